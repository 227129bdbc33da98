#story el-flequillo es
#char _narr|female|la hija de Pilar;reina;cariño;la niña
#char Maribel|female|una mujer rubia con las uñas pintadas de verde;tía
#char Doña Amparo|female|Amparo;una señora mayor;la señora del secador;la señora
#char Jonathan|male|un chaval de unos diecisiete años;el chaval
#note Nota de la autora: para mi madre, que lleva treinta años yendo a la misma peluquería y no piensa cambiar.
---
Nota de la autora: para mi madre, que lleva treinta años yendo a la misma peluquería y no piensa cambiar.

La peluquería

Mi madre me había pedido cita sin preguntarme, como siempre, y había colgado antes de que yo pudiera protestar. La peluquería olía a laca y a café recalentado. Detrás del sillón esperaba una mujer rubia con las uñas pintadas de verde, y debajo del secador del fondo una señora mayor leía una revista con mucha concentración.

—[[_narr|i|Buenas. Tengo cita a las cinco. Soy la hija de Pilar.]]

—[[Maribel|i|¡La hija de Pilar! Pero qué mayor estás. Siéntate, reina, siéntate.]]

—[[_narr|i|Solo quiero las puntas. De verdad. Solo las puntas.]]

—[[Maribel|a|Eso dicen todas]] —se rio ella, y me echó la capa por encima—. [[Maribel|a|¿Y qué te ha dicho tu madre?]]

—[[_narr|i|Que me dejas divina.]]

—[[Doña Amparo|e|Te va a cortar el flequillo]] —dijo la señora del secador, sin levantar la vista.

—[[_narr|i|No quiero flequillo.]]

—[[Doña Amparo|e|Nadie quiere flequillo]] —siguió la señora—. [[Doña Amparo|e|A mí me lo cortó en el ochenta y dos y aquí sigo.]]

—[[Maribel|i|Doña Amparo, no me asuste a la niña.]]

Entonces se abrió la puerta y entró un chaval de unos diecisiete años con una bolsa de la panadería.

—[[Jonathan|i|Tía, que no quedaba pan de pueblo. He traído del normal.]]

—[[Maribel|e|¿Del normal?]] —Maribel dejó las tijeras en el aire—. [[Maribel|e|Jonathan, que te lo he dicho tres veces.]]

—[[Jonathan|i|Es que se había acabado.]]

—[[Doña Amparo|i|En mis tiempos se iba uno a otra panadería.]]

—[[Jonathan|i|En sus tiempos había panaderías, doña Amparo.]]

Doña Amparo se rio tanto que se le movió el secador. Maribel aprovechó para girarme hacia el espejo, y vi un mechón caer sobre la capa. Luego otro. Luego otro más.

—[[_narr|i|Maribel. Eso no son las puntas.]]

—[[Maribel|i|Es que tenías las puntas muy arriba, cariño.]]

—[[_narr|e|¡Me estás cortando el flequillo!]] —chillé.

—[[Doña Amparo|i|Te lo dije.]]

—[[Jonathan|e|Pues te queda bien]] —dijo el chaval, con la boca llena de pan del normal—. [[Jonathan|e|Pareces una de esas de Instagram.]]

—[[_narr|i|¿De cuáles?]]

—[[Jonathan|i|De las que llevan flequillo.]]

Al salir le mandé una foto a mi madre. Me contestó con cuatro corazones y un pulgar hacia arriba.
