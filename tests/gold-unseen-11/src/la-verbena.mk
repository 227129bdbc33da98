#story la-verbena es
#char Rocío|female|
#char Andrés|male|
#char Tía Pilar|female|Pilar;la tía
#char Nico|male|
---
La verbena

La plaza olía a churros y a pólvora. Rocío y Andrés se habían escapado de la mesa de los mayores y paseaban entre los puestos de feria.

«[[Rocío|i|¿Subimos a la noria?]]»

«[[Andrés|i|Me mareo en la noria.]]»

«[[Rocío|i|Te mareas en todo.]]»

«[[Andrés|i|No me mareo en los coches de choque.]]»

«[[Rocío|i|Porque en los coches de choque no te subes, te escondes detrás de la taquilla.]]»

Andrés iba a contestar cuando una mano le agarró del hombro. Era su tía Pilar, con un abanico en una mano y un algodón de azúcar en la otra.

«[[Tía Pilar|e|Os he estado buscando por toda la plaza]]», dijo tía Pilar. «[[Tía Pilar|e|Vuestra madre cree que os ha secuestrado el tío de las tómbolas.]]»

«[[Rocío|i|Solo estábamos mirando.]]»

«[[Tía Pilar|i|Pues mirad desde la mesa.]]»

Un chico con una camiseta del equipo del pueblo se acercó corriendo. Llevaba un peluche gigante bajo el brazo.

«[[Nico|i|¡Rocío! ¡He ganado el oso!]]»

«[[Rocío|i|¿Tú? ¿En el tiro al blanco?]]»

«[[Nico|a|A la tercera. Soy Nico, señora, encantado]]», añadió, tendiéndole la mano libre a la tía.

«[[Tía Pilar|a|Encantada]]», respondió ella, sin soltar el algodón. «[[Tía Pilar|a|¿Y ese oso es para alguien?]]»

Nico se puso colorado hasta las orejas. Andrés se echó a reír.

«[[Andrés|i|Creo que ya sé quién va a subir a la noria.]]»
