#story la-playa es
#char Marta|female|su nieta
#char Pablo|male|
#char El abuelo|male|el abuelo Tomás;abuelo;Tomás
#char La socorrista|female|una chica;la chica
---
La playa

A las ocho de la mañana, el abuelo ya había clavado la sombrilla en primera línea. Marta y Pablo llegaron arrastrando las toallas, todavía medio dormidos.

«[[El abuelo|i|¡Por fin! Creía que os había tragado la cama.]]»

«[[Pablo|i|Abuelo, son las ocho.]]»

«[[El abuelo|i|Las ocho y cuarto. A las diez esto está lleno de guiris.]]»

«[[Marta|i|A las diez yo quiero estar dormida en la toalla.]]»

«[[El abuelo|i|Pues duerme. Pero duerme en primera línea.]]»

Pablo se quitó la camiseta y salió corriendo hacia el agua. Volvió a los dos minutos, tiritando.

«[[Pablo|a|¡Está helada!]]», chilló, dando saltitos en la arena.

«[[Marta|i|Te lo he dicho en el coche.]]»

«[[Pablo|i|Tú no has dicho nada en el coche. Tú ibas dormida.]]»

«[[Marta|i|Lo he dicho mentalmente.]]»

Una chica con camiseta roja y un silbato al cuello se acercó a la sombrilla.

«[[La socorrista|a|Perdonen, ¿esta sombrilla es suya?]]», preguntó la chica.

«[[El abuelo|i|Sí, señorita. Desde las ocho.]]»

«[[La socorrista|i|Es que aquí no se puede poner. Es la zona del puesto de socorro.]]»

«[[El abuelo|e|Llevo cuarenta años poniéndola aquí]]», protestó el abuelo Tomás. «[[El abuelo|e|Antes no había puesto.]]»

«[[La socorrista|i|Antes no había socorrista, tampoco.]]»

«[[Marta|a|Tiene razón, abuelo]]», suspiró su nieta mientras recogía las toallas.

«[[El abuelo|i|¿Y dónde la pongo, según usted?]]»

«[[La socorrista|i|Allí, junto a las rocas. Hay sombra y no molesta a nadie.]]»

«[[Pablo|i|Y el agua está menos fría.]]»

«[[El abuelo|i|Eso no te lo crees ni tú.]]»

Al final la sombrilla acabó junto a las rocas. El abuelo se sentó en su silla plegable, se caló la gorra y miró el mar con el ceño fruncido.

«[[El abuelo|a|Segunda línea]]», murmuró. «[[El abuelo|a|Cuarenta años y me mandan a segunda línea.]]»
