#story la-clase-de-cocina es
#char La profesora|female|Maite;la profesora
#char Jorge|male|un señor jubilado
#char Nerea|female|
#char Sofía|female|su amiga
#char Iker|male|un chaval;el chaval;chaval;guapo
#note Nota: basado en hechos reales. La tortilla sí que se quemó.
---
Nota: basado en hechos reales. La tortilla sí que se quemó.

La clase de cocina

El taller de cocina del centro cívico empezaba los martes a las seis. Aquel martes había cinco alumnos apuntados, cuatro presentes y doce delantales, porque la profesora siempre esperaba a más gente de la que venía.

—[[La profesora|i|Hoy, tortilla de patatas. La de verdad, con cebolla.]]

—[[Jorge|i|Con cebolla no es la de verdad.]]

—[[La profesora|a|Con cebolla es la de verdad, Jorge]] —respondió ella sin mirarlo—. [[La profesora|a|Y el que no esté de acuerdo, que pele patatas.]]

Jorge, un señor jubilado que venía a todas las actividades del centro, se puso a pelar patatas con cara de mártir. A su lado, Nerea y su amiga Sofía cortaban cebolla y lloraban a la vez.

—[[Nerea|i|No veo nada. Se me empañan las gafas.]]

—[[Sofía|i|Pues quítatelas.]]

—[[Nerea|i|Entonces sí que no veo nada.]]

—[[La profesora|i|Mojad el cuchillo. Y respirad por la boca.]]

—[[Sofía|e|¿Eso funciona?]] —preguntó Sofía.

—[[La profesora|i|No, pero os distrae.]]

En ese momento entró un chaval de unos dieciséis años, con el casco de la moto todavía puesto.

—[[Iker|i|¿Es aquí lo de cocina? Mi madre me ha apuntado.]]

—[[La profesora|i|Es aquí. Quítate el casco y coge un delantal.]]

—[[Iker|i|¿Uno de esos? Son de flores.]]

—[[Jorge|i|Todos son de flores, chaval. Yo llevo el de las margaritas y no me quejo.]]

—[[Nerea|i|Te quejas de todo lo demás.]]

—[[Jorge|i|De todo lo demás, sí.]]

La profesora puso la sartén al fuego y echó un chorro de aceite tan generoso que Jorge silbó.

—[[Jorge|i|Eso es medio litro.]]

—[[La profesora|i|Eso es una tortilla. ¿Cómo te llamas, guapo?]]

—[[Iker|a|Iker]] —dijo el chaval, poniéndose el delantal de amapolas.

—[[La profesora|i|Pues, Iker, tú le das la vuelta.]]

—[[Iker|i|¿Yo? Si es mi primer día.]]

—[[Sofía|i|Por eso. Si se cae, no es culpa tuya.]]

La tortilla no se cayó. Se quemó por un lado, se quedó cruda por el otro y tenía forma de zapato, pero no se cayó. Iker la miró como si hubiera ganado un premio.

—[[Iker|i|¿Me la puedo llevar a casa?]]

—[[La profesora|e|Llévatela]] —se rio Maite—. [[La profesora|e|Y dile a tu madre que el martes que viene te traiga otra vez.]]
