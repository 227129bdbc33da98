#story la-junta es
#char Marta|female|
#char Dani|male|joven;este chico
#char La portera|female|Encarna;la portera
#char Don Julián|male|don Julián;Julián;el presidente;un señor con carpeta
#char Doña Pilar|female|doña Pilar;Pilar;la del tercero
#note Nota de la autora: sí, esto está basado en mi comunidad. No, no voy a decir cuál. ¡Gracias por los comentarios del capítulo anterior, os leo todos!
---
Nota de la autora: sí, esto está basado en mi comunidad. No, no voy a decir cuál. ¡Gracias por los comentarios del capítulo anterior, os leo todos!

La junta

La junta de vecinos era a las siete en el portal, porque el local del sótano se había inundado otra vez. Marta y Dani bajaron con dos sillas plegables y la sensación de que aquello iba a durar más que su contrato de alquiler.

—[[Marta|i|¿Tú sabes de qué va la reunión?]]

—[[Dani|i|Del ascensor. Siempre es del ascensor.]]

—[[Marta|i|Pero si funciona.]]

—[[Dani|i|Por eso. Alguien querrá cambiarlo.]]

En el portal ya estaba la portera, sentada junto a los buzones con su bata de cuadros y un termo de café. Les hizo sitio con un gesto.

—[[La portera|a|Poneos aquí, que el presidente viene con ganas]] —les advirtió en voz baja—. [[La portera|a|Trae carpeta.]]

—[[Dani|i|¿Y eso es malo?]]

—[[La portera|i|La carpeta siempre es mala, hijo.]]

Un señor con carpeta bajó por la escalera a las siete y cuarto, con un jersey de pico y las gafas en la punta de la nariz. Detrás venía doña Pilar, la del tercero, agarrada a la barandilla.

—[[Don Julián|i|Buenas tardes a todos. Empezamos, que hay mucho orden del día.]]

—[[Doña Pilar|i|Somos cinco, Julián. Qué orden ni qué orden.]]

—[[Don Julián|e|Cinco con quórum]] —replicó don Julián, y abrió la carpeta—. [[Don Julián|e|Primer punto: el ascensor.]]

Marta le dio un codazo a Dani. Dani no se rio, pero le costó.

—[[Don Julián|i|Propongo cambiar la cabina. Es de 1974.]]

—[[Doña Pilar|i|Como yo. Y aquí sigo.]]

—[[La portera|i|Y la cabina no se queja tanto como usted, doña Pilar.]]

—[[Doña Pilar|i|Encarna, no me hagas hablar.]]

—[[Marta|e|¿Y cuánto costaría?]] —preguntó Marta, más por educación que por otra cosa.

—[[Don Julián|i|Dieciocho mil euros. A repartir.]]

Se hizo un silencio tan grande que se oyó el ascensor subir solo hasta el quinto.

—[[Dani|i|Yo voto que no.]]

—[[Don Julián|i|Usted es inquilino, joven. No vota.]]

—[[Dani|i|Pues entonces voto que no en voz baja.]]

Doña Pilar soltó una carcajada que le duró hasta el segundo punto del orden del día.

—[[Doña Pilar|a|Este chico me gusta]] —le dijo a la portera—. [[Doña Pilar|a|Que se quede.]]

—[[La portera|i|Se queda, se queda. Si no paga ascensor, que le suba a usted la compra.]]
