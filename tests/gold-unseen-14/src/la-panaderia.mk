#story la-panaderia es
#char _narr|female|
#char El abuelo|male|mi abuelo;abuelo
#char Doña Pilar|female|Pilar;una señora;la señora
#char Quique|male|el repartidor
---
La panadería

Los veranos los pasaba en el pueblo, ayudando a mi abuelo en la panadería. Él se levantaba a las cuatro y yo, con suerte, a las siete.

«[[El abuelo|i|Llegas tarde.]]»

«[[_narr|i|Son las siete y cinco.]]»

«[[El abuelo|i|Pues eso. La masa no espera a nadie.]]»

«[[_narr|i|¿Y qué hago?]]»

«[[El abuelo|i|Lo de siempre. Las barras al mostrador y las magdalenas en la bandeja grande.]]»

Coloqué las barras en fila, como soldados, y mi abuelo las volvió a colocar a su manera sin decir nada.

A las ocho en punto entró la primera clienta, una señora con un carrito de la compra y una permanente perfecta.

«[[Doña Pilar|a|Buenos días. ¿Ha llegado ya el pan de centeno?]]», preguntó la señora.

«[[El abuelo|i|Para usted siempre llega, doña Pilar.]]»

«[[Doña Pilar|i|Es usted un zalamero. ¿Y esta niña tan alta quién es?]]»

«[[_narr|i|Soy su nieta.]]»

«[[Doña Pilar|e|¡La nieta!]]», exclamó doña Pilar, y me pellizcó la mejilla. «[[Doña Pilar|e|La última vez que te vi llevabas pañales.]]»

«[[_narr|i|Eso fue hace mucho.]]»

«[[Doña Pilar|i|Para mí fue ayer.]]»

Se fue con su centeno y dos magdalenas que no había pedido. Entonces sonó la campanilla otra vez y entró un chico con una caja enorme.

«[[Quique|a|¡Las harinas!]]», anunció el repartidor. «[[Quique|a|¿Dónde las dejo?]]»

«[[El abuelo|i|En el almacén, Quique. Como siempre.]]»

«[[Quique|i|El almacén está lleno de bicicletas.]]»

«[[El abuelo|a|Entonces, encima de las bicicletas]]», gruñó mi abuelo.

Quique me guiñó un ojo y desapareció con la caja por el pasillo.

«[[_narr|i|¿Por qué hay bicicletas en el almacén?]]»

«[[El abuelo|a|Porque tu abuela no tira nada]]», suspiró él. «[[El abuelo|a|Ni siquiera las bicicletas.]]»
