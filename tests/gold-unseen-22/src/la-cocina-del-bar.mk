#story la-cocina-del-bar es
#char Candela|female|la cocinera
#char Baltasar|male|el dueño
#char Olalla|female|
#char Fidel|male|el repartidor;un chico con el casco todavía puesto
---
La cocina del bar

El sábado a las dos, la cocina del bar Los Arcos era un horno. Candela freía croquetas en dos sartenes a la vez, y Baltasar, el dueño, entraba cada cinco minutos a preguntar lo mismo.

"[[Baltasar|i|¿Cuánto falta para las croquetas de la mesa seis?]]"

"[[Candela|i|Lo mismo que hace cinco minutos, menos cinco minutos.]]"

"[[Baltasar|i|Eso no es una respuesta.]]"

"[[Candela|i|Es matemáticas.]]"

Olalla entró con una bandeja llena de vasos y la dejó en el fregadero con un golpe.

"[[Olalla|e|La seis dice que ya no quiere croquetas]]", anunció. "[[Olalla|e|Ahora quiere calamares.]]"

"[[Candela|i|¿Y las croquetas?]]"

"[[Olalla|i|Las quiere también. Pero después.]]"

"[[Baltasar|e|Pues ya está]]", dijo él, frotándose las manos. "[[Baltasar|e|Croquetas y calamares. El cliente siempre tiene razón.]]"

"[[Candela|i|El cliente no tiene que freírlos.]]"

Por la puerta de atrás apareció un chico con el casco todavía puesto y una caja de cartón en los brazos.

"[[Fidel|i|¿Pedido para Los Arcos? Soy Fidel, de Pescados Arroyo. Traigo los calamares.]]"

"[[Olalla|i|Justo a tiempo. ¿Nos lees el pensamiento?]]"

"[[Fidel|i|No, el pensamiento me lo lee mi jefe. Yo solo conduzco.]]"

"[[Baltasar|i|Fidel, déjalos en la cámara, que aquí no cabe ni un alfiler.]]"

"[[Candela|i|En la cámara no. Aquí, en la encimera. Los necesito ya.]]"

Fidel miró al dueño, luego a la cocinera, y dejó la caja en la encimera.

"[[Fidel|i|Yo también sé quién manda en una cocina.]]"

"[[Olalla|i|Todo el mundo lo sabe menos él.]]"

Baltasar abrió la boca, la volvió a cerrar y salió a la barra.
