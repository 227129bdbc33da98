#story el-rastro es
#char _narr|male|Gonzalo
#char Íñigo|male|
#char Benito|male|un hombre con gorra de visera;el hombre de la gorra;el vendedor
#char Rocío|female|una señora con un carrito de la compra;la señora
---
Un domingo en el Rastro

Íñigo quería un tocadiscos. Yo quería dormir. Ganó Íñigo, como siempre, y a las nueve de la mañana estábamos bajando la Ribera de Curtidores entre lámparas, bicicletas sin ruedas y cajas de cromos.

«[[Íñigo|e|Ese. El rojo. Mira qué bonito.]]», me dijo, agarrándome del brazo.

«[[_narr|i|No tiene aguja.]]»

«[[Íñigo|i|Las agujas se compran.]]»

Detrás de la mesa había un hombre con gorra de visera, sentado en una silla plegable, leyendo el periódico.

«[[Benito|i|Cuarenta euros. Funciona.]]»

«[[_narr|e|¿Cómo sabe que funciona?]]», le pregunté yo.

«[[Benito|i|Porque lo digo yo, que soy Benito y llevo treinta años aquí.]]»

Una señora con un carrito de la compra se paró a nuestro lado y miró el tocadiscos por encima de las gafas.

«[[Rocío|i|Benito, ese tocadiscos era de mi cuñado.]]»

«[[Benito|i|Rocío, todo lo que hay aquí era de tu cuñado, según tú.]]»

«[[Rocío|e|Porque mi cuñado lo vendía todo]] —contestó ella—. [[Rocío|e|Chico, no le des más de veinte.]]»

«[[Íñigo|e|¿Veinte?]]», repitió Íñigo, mirándome a mí, luego a ella.

«[[Benito|i|Treinta y cinco. Y no le hagáis caso a Rocío, que viene a espantarme a los clientes.]]»

«[[Rocío|i|Vengo a por churros. Lo de los clientes es gratis.]]»

Íñigo sacó la cartera. Yo le puse la mano encima.

«[[_narr|i|Veinticinco.]]»

«[[Benito|i|Treinta.]]»

«[[Íñigo|i|Veintiocho y me llevo también ese disco de Camarón.]]»

El hombre de la gorra dobló el periódico despacio, como si estuviera pensando en algo muy serio.

«[[Benito|e|Trato]] —dijo al fin—. [[Benito|e|Pero si no funciona, no me conocéis.]]»

«[[Rocío|i|Funciona. Mi cuñado lo cuidaba mucho.]]»

Volvimos a casa con el tocadiscos en brazos. Funcionaba.
