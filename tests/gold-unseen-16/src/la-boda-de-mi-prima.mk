#story la-boda-de-mi-prima es
#char _narr|female|
#char Mi mamá|female|mi mamá;la señora;señora
#char Fer|female|Fernanda;mi prima;prima
#char El DJ|male|Chuy;el DJ;el muchacho de la birria
#char Tía Lupe|female|mi tía Lupe;Lupe;mi tía
#note Notas: escrito para el reto de bodas del grupo. No es autobiográfico. Bueno, un poquito.
---
Notas: escrito para el reto de bodas del grupo. No es autobiográfico. Bueno, un poquito.

La boda de mi prima

A las once de la noche, la pista ya era de mi tía Lupe. Se había quitado los tacones, los había dejado en la mesa de los regalos y bailaba cumbia con el papá del novio como si llevaran ensayando toda la vida. Yo estaba en la mesa nueve con mi mamá, cuidando un pastel que nadie nos había pedido que cuidáramos.

—[[Mi mamá|i|Mija, ve por tu tía antes de que se lastime.]]

—[[_narr|i|¿Yo? Ni loca. La última vez que la quise sacar de la pista me hizo bailar la Macarena.]]

—[[Mi mamá|i|Pues por eso. Ya te la sabes.]]

Antes de que pudiera contestar, llegó Fer con el vestido recogido en una mano y el celular en la otra. Tenía el rímel corrido y una sonrisa enorme.

—[[Fer|i|¡Prima! ¿Dónde está el DJ? Ya le toca a la canción de mi papá y no lo encuentro.]]

—[[_narr|i|¿No estaba en la cabina?]]

—[[Fer|i|En la cabina está su laptop. Él no.]]

Mi mamá se levantó, se alisó la falda y miró alrededor con cara de general antes de una batalla.

—[[Mi mamá|a|Yo lo vi salir hace rato con un plato de birria]] —dijo—. [[Mi mamá|a|Debe de estar en el estacionamiento.]]

Así que fuimos las tres al estacionamiento. El DJ estaba sentado en la defensa de una camioneta, comiendo birria con mucha concentración.

—[[El DJ|a|Ya sé, ya sé]] —dijo en cuanto nos vio—. [[El DJ|a|Cinco minutos. No he comido nada desde las cuatro.]]

—[[Fer|i|Es que ya va a empezar el vals de mi papá.]]

—[[El DJ|i|El vals está en la lista. Le das play al número doce y listo.]]

—[[Fer|i|¿Yo?]]

—[[El DJ|i|Tú, tu prima o la señora. Es un botón.]]

Mi mamá lo miró de arriba abajo. El DJ dejó el plato en el cofre, muy despacio.

—[[El DJ|i|Ahorita voy, señora.]]

Cuando volvimos al salón, mi tía Lupe estaba sentada en la silla de la novia, abanicándose con el menú.

—[[Tía Lupe|i|¿Y ustedes dónde andaban? Me dejaron sola con la cumbia.]]

—[[_narr|a|Buscando al DJ]] —le expliqué.

—[[Tía Lupe|i|¿Al muchacho de la birria? Pero si es mi ahijado, Chuy. Le hubieran gritado.]]

Fer y yo nos miramos. Mi mamá se sirvió otro tequila sin decir nada. En la cabina, Chuy se puso los audífonos, levantó el pulgar hacia nosotras y le dio play al número doce.

—[[Fer|a|Es la de mi papá]] —susurró mi prima, y se le volvió a correr el rímel.

—[[Tía Lupe|i|Ándale, pues. ¿Qué esperas? Ve por él.]]
