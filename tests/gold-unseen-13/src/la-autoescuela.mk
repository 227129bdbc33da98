#story la-autoescuela es
#char Lucía|female|
#char Ramón|male|el profesor
#char La madre|female|su madre;la madre;mamá
---
La autoescuela

Lucía llevaba tres semanas de prácticas y todavía se le calaba el coche en cada semáforo. Aquella tarde, el profesor se sentó a su lado, se abrochó el cinturón y cerró los ojos un momento, como si rezara.

—[[Ramón|i|Espejo, intermitente y, cuando yo te diga, arrancas.]]

—[[Lucía|i|¿Ya?]]

—[[Ramón|i|Todavía no. ¿Ves la moto?]]

—[[Lucía|i|¿Qué moto?]]

—[[Ramón|i|Esa. La que acaba de pasar rozándote el retrovisor.]]

—[[Lucía|i|Ah. Esa moto.]]

Cuando por fin salieron a la avenida, el coche dio dos saltos y se quedó quieto en mitad del carril.

—[[Lucía|e|¡Otra vez no!]] —gimió Lucía, con la frente en el volante.

—[[Ramón|a|Tranquila]] —se rio él—. [[Ramón|a|Embrague a fondo, punto muerto y vuelta a empezar. Nadie se muere por calar un coche.]]

—[[Lucía|i|El de atrás me está pitando.]]

—[[Ramón|i|El de atrás también se caló alguna vez. Que espere.]]

Recorrieron la avenida entera en segunda. En la rotonda, Lucía se metió por el carril de dentro sin mirar.

—[[Ramón|i|¿Por qué carril sales ahora?]]

—[[Lucía|i|¿Por el de fuera?]]

—[[Ramón|i|¿Me lo preguntas o me lo dices?]]

—[[Lucía|i|Te lo digo. Por el de fuera.]]

—[[Ramón|i|Muy bien. Pues hazlo.]]

Al volver a la autoescuela, aparcó a la primera, entre una furgoneta y un contenedor. Se quedó mirando el volante sin creérselo.

—[[Lucía|i|Ramón, ¿has visto eso?]]

—[[Ramón|a|Lo he visto]] —asintió el profesor, y por primera vez en tres semanas abrió la puerta sin suspirar—. [[Ramón|a|El jueves, examen.]]

En la acera la esperaba su madre, con las bolsas de la compra.

—[[La madre|a|¿Qué tal ha ido?]] —quiso saber la madre.

—[[Lucía|i|Me presento el jueves, mamá.]]

—[[La madre|i|¿Tan pronto?]]

—[[Lucía|a|Tan pronto]] —sonrió ella—. [[Lucía|a|Ramón dice que estoy lista.]]
