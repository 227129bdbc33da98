#story el-huerto es
#char Marta|female|
#char Joaquín|male|
#char El padre|male|Julián;su padre;papá
#char Don Anselmo|male|Anselmo;el vecino
---
El huerto

Marta llegó al huerto con una bolsa de semillas y encontró a su hermano Joaquín sentado sobre la carretilla, mirando los tomates.

—[[Marta|i|¿Has regado?]]

—[[Joaquín|i|Estaba a punto.]]

—[[Marta|i|Llevas media hora a punto.]]

—[[Joaquín|i|Es que estaba pensando.]]

—[[Marta|i|¿En qué?]]

—[[Joaquín|i|En por qué los tomates son rojos y los pimientos verdes.]]

—[[Marta|i|Los pimientos también se ponen rojos.]]

—[[Joaquín|i|¿Ves? Eso no lo sabía.]]

Marta le quitó la manguera de las manos y abrió el grifo. En ese momento se oyó la verja, y su padre entró con una azada al hombro.

—[[El padre|e|¿Quién ha dejado la verja abierta?]] —preguntó su padre—. [[El padre|e|Las gallinas de Anselmo están otra vez en las lechugas.]]

—[[Joaquín|i|Yo no he sido.]]

—[[El padre|i|Nadie ha sido nunca.]]

Al otro lado de la tapia asomó una boina, y debajo de la boina, la cara colorada del vecino.

—[[Don Anselmo|a|Perdone usted, Julián]] —dijo el vecino, muy apurado—. [[Don Anselmo|a|Ya las recojo yo.]]

—[[El padre|i|No se preocupe, don Anselmo. Mientras no se coman los tomates...]]

—[[Marta|i|Ya se han comido dos.]]

—[[Don Anselmo|e|Entonces le debo dos tomates]] —suspiró don Anselmo—. [[Don Anselmo|e|Y una disculpa.]]
