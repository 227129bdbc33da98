#story el-concierto es
#char _narr|female|Paloma
#char Rubén|male|
#char Noelia|female|
#char Yolanda|female|una mujer de seguridad con chaleco amarillo;la mujer de seguridad;la de seguridad
---
La cola

Llevábamos cinco horas en la cola del concierto cuando empezó a llover. Rubén había traído una lona, Noelia había traído galletas, y yo había traído las entradas, que era lo único importante.

"[[Rubén|i|¿Seguro que las tienes?]]"

"[[_narr|e|Me lo has preguntado seis veces]]", le dije.

"[[Rubén|i|Y es la séptima. ¿Las tienes?]]"

Saqué el sobre del bolsillo y se lo enseñé. Noelia repartió galletas como quien reparte medallas.

"[[Noelia|i|Si abren a las ocho, estamos dentro a las ocho y cuarto. Primera fila.]]"

"[[Rubén|i|Primera fila no. Hay gente que lleva aquí desde ayer.]]"

"[[Noelia|i|Esa gente no tiene galletas.]]"

Una mujer de seguridad con chaleco amarillo recorría la fila con una linterna, aunque todavía era de día.

"[[Yolanda|e|Entradas en la mano, chicos]]", dijo. "[[Yolanda|e|Y nada de botellas de cristal.]]"

"[[_narr|i|No tenemos botellas.]]"

"[[Yolanda|e|¿Y eso?]]", preguntó ella, señalando la mochila de Rubén.

"[[Rubén|i|Es un termo. De colacao.]]"

"[[Yolanda|i|¿Un termo de colacao? ¿En un concierto?]]"

"[[Noelia|e|Su madre no le deja salir sin él]]", explicó Noelia con la boca llena.

La mujer de seguridad tardó un momento en decidir si se reía o no. Al final se rio.

"[[Yolanda|i|Yo me llamo Yolanda. Si alguien os empuja dentro, me buscáis. Chaleco amarillo.]]"

"[[_narr|i|Gracias, Yolanda.]]"

"[[Yolanda|i|Y guardadme una galleta.]]"

Noelia le dio dos. A las ocho abrieron las puertas, y echamos a correr los tres a la vez.

"[[Rubén|e|¡Paloma, las entradas!]]", gritó Rubén.

"[[_narr|i|¡Las tengo! ¡Corre!]]"

No fue la primera fila. Fue la cuarta. Pero Noelia dijo que era mejor, porque desde la cuarta se veía todo el escenario.

"[[Noelia|i|Lo he calculado]]", añadió.

"[[Rubén|i|No lo has calculado.]]"

"[[Noelia|e|Un poco sí]]", dijo ella.
