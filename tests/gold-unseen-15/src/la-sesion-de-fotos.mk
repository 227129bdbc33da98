#story la-sesion-de-fotos es
#char _narr|male|
#char Claudia|female|mi hermana;la novia
#char Iñaki|male|el novio
#char La fotógrafa|female|Marta;la fotógrafa;una mujer
#char Mi madre|female|mi madre;mamá;la madre;señora
---
La sesión de fotos

La boda era a las doce, pero la fotógrafa nos había citado a las diez en el jardín del hotel, para aprovechar la luz. A las diez y cuarto, mi hermana todavía no había salido de la habitación, e Iñaki, el novio, daba vueltas alrededor de un rosal con el traje puesto y la corbata en la mano.

«[[Iñaki|i|¿Tú crees que se lo ha pensado mejor?]]»

«[[_narr|a|Claudia tarda una hora en elegir unos calcetines]]», le dije. «[[_narr|a|Imagínate un vestido.]]»

«[[Iñaki|i|El vestido lo eligió hace seis meses.]]»

«[[_narr|i|Pues imagínate los calcetines.]]»

La fotógrafa, una mujer bajita con dos cámaras colgadas del cuello, nos colocó junto a la fuente sin preguntarnos nada.

«[[La fotógrafa|i|El novio, aquí. Tú eres el hermano, ¿verdad? Un paso atrás. No, atrás de verdad. Así.]]»

«[[_narr|i|¿Yo salgo en esta?]]»

«[[La fotógrafa|i|Sales en todas, pero desenfocado.]]»

Iñaki se echó a reír y se le cayó la corbata a la fuente. La fotógrafa la pescó con dos dedos sin cambiar de cara.

«[[La fotógrafa|i|Esto, mejor seco. ¿Alguien sabe hacer un nudo?]]»

«[[_narr|i|Claudia. Claudia sabe hacer todos los nudos del mundo.]]»

Mi madre llegó por el camino de grava con los zapatos en una mano y el móvil en la otra.

«[[Mi madre|a|Ya baja, ya baja]]», anunció. «[[Mi madre|a|Se le ha enganchado el velo en la puerta del baño, pero ya está.]]»

«[[Iñaki|i|¿Está bien?]]»

«[[Mi madre|i|Está preciosa, hijo. Y muy enfadada con la puerta.]]»

«[[La fotógrafa|i|Señora, ¿usted quiere salir con los zapatos puestos o en la mano?]]»

«[[Mi madre|i|Puestos, por Dios. Es que la grava me está matando.]]»

Entonces se abrió la puerta del hotel y salió Claudia, recogiéndose la cola del vestido con las dos manos. Iñaki se quedó quieto, con la corbata todavía colgando de los dedos.

«[[Claudia|i|¿Qué pasa? ¿Por qué me miráis así?]]»

«[[Iñaki|i|Por nada. Por nada, de verdad.]]»

«[[Claudia|e|Te has dejado la corbata sin hacer]]», dijo Claudia, y se la anudó ella misma en dos segundos. «[[Claudia|e|Ahora sí.]]»

«[[La fotógrafa|i|¡Quietos! No os mováis. Esa es la foto.]]»

Disparó diez o doce veces seguidas. Luego bajó la cámara y sonrió por primera vez en toda la mañana.

«[[La fotógrafa|a|Me llamo Marta, por cierto]]», dijo mientras se guardaba la tapa del objetivo en el bolsillo. «[[La fotógrafa|a|Con tanto lío no me había presentado. Y tú, el hermano, ya puedes dar un paso adelante.]]»

«[[_narr|i|¿Ahora salgo enfocado?]]»

«[[La fotógrafa|i|Ahora sí.]]»

Mi madre se puso los zapatos, por fin, y se coló en la foto por el otro lado.

«[[Mi madre|i|¿Y yo? ¿Yo salgo enfocada?]]»

«[[La fotógrafa|i|Usted sale guapísima, señora. Que es mejor.]]»
