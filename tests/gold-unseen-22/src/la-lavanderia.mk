#story la-lavanderia es
#char Custodia|female|doña Custodia
#char Telmo|male|
#char Maripaz|female|
#char Eusebio|male|el encargado;un hombre con bata azul
#note Nota de la autora: gracias por los comentarios del capítulo anterior. Este es más corto.
---
La lavandería

Los jueves por la tarde, la lavandería de la calle Zurbarán se llenaba de gente que no tenía lavadora o que la tenía rota. Aquel jueves estaban Telmo, con una bolsa de deporte, y doña Custodia, que venía todas las semanas con su carrito.

—[[Custodia|e|Esa máquina no, hijo]] —dijo doña Custodia—. [[Custodia|e|Esa se come los calcetines.]]

—[[Telmo|i|¿Cómo que se los come?]]

—[[Custodia|i|Entran dos y salen uno. Siempre.]]

Telmo miró la máquina número cuatro con desconfianza y se cambió a la cinco. En ese momento entró Maripaz, empapada, con el móvil en una mano y un edredón en la otra.

—[[Maripaz|i|¿Alguien sabe si la grande funciona? La del fondo.]]

—[[Telmo|i|Ni idea. Yo acabo de llegar.]]

—[[Custodia|i|Funciona, pero hay que darle un golpe aquí, en el lado.]]

—[[Maripaz|e|¿Un golpe?]] —repitió Maripaz—. [[Maripaz|e|¿Fuerte?]]

—[[Custodia|i|Con cariño. Como a un marido.]]

Telmo se rió tan alto que se le cayó la bolsa. De la trastienda salió un hombre con bata azul, secándose las manos en un trapo.

—[[Eusebio|i|Aquí no se le pega a nada. Me llamo Eusebio y las máquinas son mías.]]

—[[Custodia|i|Eusebio, por favor. Tú les das golpes todos los días.]]

—[[Eusebio|i|Yo sí. Yo sé dónde.]]

—[[Maripaz|i|Pues enséñeme, que el edredón pesa.]]

El encargado le dio a la máquina grande un golpe seco con la palma, y el tambor empezó a girar.

—[[Telmo|i|Impresionante.]]

—[[Eusebio|i|Treinta años de práctica, chaval.]]

—[[Custodia|e|Y la cuatro sigue comiéndose calcetines]] —murmuró ella, sin levantar la vista de su revista.

—[[Eusebio|i|La cuatro tiene hambre, doña Custodia. Como todos.]]

Nota de la autora: gracias por los comentarios del capítulo anterior. Este es más corto.
