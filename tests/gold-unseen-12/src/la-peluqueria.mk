#story la-peluqueria es
#char Merche|female|
#char Amparo|female|
#char Sonia|female|la chica nueva;la chica;la aprendiza
#char Don Julián|male|Julián;el señor
---
La peluquería

Los sábados por la mañana, la peluquería de Merche era el mejor sitio del barrio para enterarse de todo. Amparo llegó a las nueve en punto, como siempre, y se sentó en el sillón del fondo.

—[[Merche|i|¿Lo de siempre?]]

—[[Amparo|i|Lo de siempre, pero un poco más corto. Que viene mi nieta de Alemania.]]

—[[Merche|i|¿La que estudia para médica?]]

—[[Amparo|i|Para ingeniera. La médica es la otra.]]

—[[Merche|i|Ay, yo ya no sé cuántos nietos tienes.]]

—[[Amparo|i|Siete. Y uno en camino.]]

Desde el lavacabezas, la chica nueva levantó la cabeza.

—[[Sonia|a|¿Siete?]] —preguntó, con los ojos muy abiertos—. [[Sonia|a|Mi madre tiene dos y dice que ya no puede más.]]

—[[Amparo|i|Tu madre es joven. Ya se acostumbrará.]]

—[[Merche|i|Sonia, hija, tráeme las tijeras buenas, que estas no cortan.]]

La chica fue a buscarlas al cajón. Mientras tanto, sonó la campanilla de la puerta y entró un señor mayor con boina y un periódico bajo el brazo.

—[[Don Julián|a|Buenos días, señoras]] —saludó el señor—. [[Don Julián|a|¿Hay sitio para un afeitado?]]

—[[Merche|e|Don Julián, aquí no afeitamos desde que se jubiló mi padre]] —contestó Merche sin dejar de peinar.

—[[Don Julián|i|Ya lo sé. Pero siempre pregunto, por si acaso.]]

—[[Amparo|i|Siéntese, hombre, que le hacemos compañía.]]

El señor se sentó en la silla de espera y desplegó el periódico.

—[[Sonia|i|Aquí están las tijeras.]]

—[[Merche|i|Gracias, guapa.]]

—[[Don Julián|i|¿Y esta niña quién es?]]

—[[Sonia|i|Soy la aprendiza. Empecé el lunes.]]

—[[Don Julián|i|Pues que le enseñen bien. El padre de esta mujer cortaba el pelo como nadie en esta ciudad.]]

—[[Merche|a|Y usted lo sabe porque venía todos los días]] —dijo ella, riéndose—, [[Merche|a|aunque no tuviera pelo que cortar.]]

—[[Amparo|i|Eso es verdad. Venía por las noticias.]]

—[[Don Julián|i|Vengo por las noticias todavía. ¿Qué hay de nuevo?]]

—[[Amparo|i|Que tengo siete nietos.]]

—[[Don Julián|i|Eso no es nuevo, Amparo. Eso lo sabe todo el barrio.]]
