#story el-museo es
#char La profesora Ibáñez|female|Ibáñez;la profesora;profe
#char Nico|male|
#char Alba|female|
#char Rubén|male|
#char El vigilante|male|un vigilante;un hombre mayor
---
El museo

La excursión al museo de ciencias había empezado mal: el autobús llegó tarde y Rubén se había olvidado el bocadillo. La profesora Ibáñez reunió a los tres que quedaban rezagados delante del esqueleto de la ballena.

—[[La profesora Ibáñez|i|Nico, Alba, Rubén. ¿Dónde está el resto de la clase?]]

—[[Nico|i|En la tienda de regalos.]]

—[[La profesora Ibáñez|i|¿Toda la clase?]]

—[[Alba|i|Menos nosotros. Nosotros queríamos ver la ballena.]]

—[[Rubén|i|Yo quería ver la cafetería.]]

—[[La profesora Ibáñez|e|Tú siempre quieres ver la cafetería]] —suspiró la profesora Ibáñez—. [[La profesora Ibáñez|e|Quedaos aquí y no toquéis nada.]]

En cuanto se alejó hacia la tienda, Nico se acercó a la cola de la ballena hasta casi rozarla con la nariz.

—[[Nico|i|¿Esto es de verdad?]]

—[[Alba|a|Claro que es de verdad]] —dijo ella, muy seria—. [[Alba|a|Pone que medía veinte metros.]]

—[[Rubén|i|¿Y qué comía?]]

—[[Alba|i|Niños que tocan los huesos.]]

Nico dio un salto hacia atrás y chocó con un hombre mayor de uniforme azul que acababa de aparecer detrás de ellos.

—[[El vigilante|a|Cuidado, chaval]] —murmuró el vigilante—. [[El vigilante|a|Que ese bicho lleva aquí cien años y no quiero que se caiga hoy.]]

—[[Nico|i|Perdone. No la he tocado. Casi.]]

—[[El vigilante|i|Casi. Eso dicen todos.]]

—[[Rubén|e|¿Usted sabe qué comía?]] —le preguntó Rubén.

—[[El vigilante|i|Gambas. Toneladas de gambas pequeñitas.]]

—[[Rubén|i|¿Gambas? ¿Como las de la paella?]]

—[[El vigilante|i|Más pequeñas. Y sin arroz.]]

La profesora volvió con el resto de la clase detrás, como una fila de patitos con bolsas de la tienda.

—[[La profesora Ibáñez|i|¿Habéis tocado algo?]]

—[[Alba|i|Nico ha tocado la ballena, profe.]]

—[[Nico|i|¡Casi!]]

—[[El vigilante|a|No ha tocado nada, señora]] —intervino el hombre, guiñándole un ojo a Nico—. [[El vigilante|a|Le estaba contando lo de las gambas.]]
