#story el-taxi es
#char _narr|female|
#char Valeria|female|mi hermana;Vale
#char El taxista|male|Ramiro;don Ramiro;Ramiro Sánchez Olvera;el taxista
#char El policía|male|el policía;un policía;oficial
#note Notas: En el próximo capítulo sí sale el aeropuerto, lo prometo. Gracias por leer ♥
---
El taxi

Eran las cuatro y media de la mañana y el vuelo salía a las siete. Mi hermana llevaba dos maletas, una mochila y una almohada de viaje en el cuello, como si ya estuviera en el avión. Yo llevaba sueño.

—[[Valeria|i|Pide el taxi tú, que a mí no me carga la aplicación.]]

—[[_narr|i|Ya lo pedí. Dice que llega en tres minutos.]]

—[[Valeria|i|Eso dijo hace diez.]]

Al final llegó un Tsuru blanco con una Virgen de Guadalupe colgando del espejo. El taxista se bajó a ayudarnos con las maletas sin que se lo pidiéramos.

—[[El taxista|i|¿Al aeropuerto, señoritas? ¿Terminal uno o dos?]]

—[[Valeria|i|Uno. Creo.]]

—[[_narr|i|Dos. Es la de Aeroméxico.]]

—[[El taxista|a|Ahorita lo averiguamos]] —dijo, y arrancó antes de que cerráramos la puerta.

Manejaba rápido y hablaba todavía más rápido. En diez minutos supimos que tenía tres hijos, que el mayor estudiaba ingeniería y que la Virgen del espejo se la había regalado su suegra, a la que no soportaba.

—[[Valeria|i|¿Y entonces por qué la trae colgada?]]

—[[El taxista|i|Porque la Virgen no tiene la culpa, mija.]]

Me dio tanta risa que se me quitó el sueño. Valeria me pellizcó el brazo.

—[[Valeria|a|No te rías]] —me susurró—. [[Valeria|a|Que se ofende.]]

—[[El taxista|i|No me ofendo. Ríase, ríase, que es gratis.]]

En Circuito Interior había un retén. Un policía con chaleco fosforescente nos hizo señas con la linterna y el taxista se orilló, suspirando.

—[[El policía|i|Buenos días. ¿A dónde van tan temprano?]]

—[[El taxista|i|Al aeropuerto, oficial. Las muchachas pierden el vuelo.]]

—[[El policía|i|¿Y la licencia?]]

—[[El taxista|i|Aquí está. Ramiro Sánchez Olvera, para servirle.]]

El policía la miró un rato largo con la linterna. Después nos miró a nosotras, a las maletas y a la almohada de Valeria.

—[[El policía|e|¿Todo bien, señoritas?]] —preguntó el policía.

—[[_narr|a|Todo bien]] —le contesté—. [[_narr|a|Nada más tenemos prisa.]]

—[[El policía|i|Pues que tengan buen viaje.]]

Don Ramiro arrancó otra vez, y esta vez no habló en todo el camino. Nos dejó en la terminal dos, bajó las maletas y se despidió con la mano en el pecho.

—[[El taxista|e|Que Dios las acompañe]] —dijo don Ramiro—. [[El taxista|e|Y si no, que las acompañe la Virgen.]]

—[[Valeria|i|¿La de su suegra?]]

—[[El taxista|i|Esa mera. Esa nunca falla.]]

Notas: En el próximo capítulo sí sale el aeropuerto, lo prometo. Gracias por leer ♥
