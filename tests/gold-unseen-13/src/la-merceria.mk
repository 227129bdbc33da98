#story la-merceria es
#char _narr|female|
#char La tía|female|tía Encarna;Encarna;mi tía
#char Iván|male|mi primo
#char El hombre|male|un hombre;el hombre
---
La mercería

Los veranos los pasaba en el pueblo, ayudando a mi tía Encarna en la mercería. Mi primo Iván también ayudaba, o eso decía él.

—[[La tía|i|Niña, baja la caja de los botones grandes.]]

—[[_narr|i|¿La azul o la roja?]]

—[[La tía|i|La roja. La azul es de cremalleras.]]

—[[Iván|i|La azul es de botones. Las cremalleras están en la verde.]]

—[[La tía|i|¿Desde cuándo sabes tú dónde están las cosas?]]

—[[Iván|i|Desde que las ordené yo, el martes.]]

Mi tía se quedó mirándolo por encima de las gafas.

—[[La tía|e|Así que fuiste tú]] —dijo tía Encarna—. [[La tía|e|Llevo tres días buscando los imperdibles.]]

—[[Iván|i|Están con los alfileres. Es lo lógico.]]

—[[_narr|i|Es bastante lógico, tía.]]

—[[La tía|i|Lo lógico es que estén donde han estado siempre.]]

Sonó la campanilla. Entró un hombre con sombrero de paja y una chaqueta a la que le faltaba un botón.

—[[El hombre|a|Buenas tardes]] —se quitó el sombrero—. [[El hombre|a|Necesito un botón como este. Bueno, como los otros tres.]]

—[[La tía|i|A ver, déjeme ver.]]

—[[El hombre|i|Es de hueso, creo. Me lo cosió mi mujer hace veinte años.]]

—[[Iván|i|Los de hueso están en la caja roja.]]

—[[La tía|i|Lo sé, Iván.]]

—[[_narr|a|Aquí hay uno igual]] —dije, levantando un botón marrón hacia la luz.

—[[El hombre|i|¡Ese es! ¿Cuánto le debo?]]

—[[La tía|i|Nada, hombre. Por un botón.]]

—[[El hombre|i|Pues muchas gracias. Se lo diré a mi mujer.]]

Cuando se fue, mi tía cerró la caja roja, la miró un momento y se la dio a mi primo.

—[[La tía|a|Toma]] —refunfuñó—. [[La tía|a|Ponla donde sea lógico.]]

—[[Iván|i|¿Ves? Al final tengo razón.]]

—[[La tía|i|Al final tienes suerte, que no es lo mismo.]]
