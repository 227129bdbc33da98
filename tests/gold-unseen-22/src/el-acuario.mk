#story el-acuario es
#char Leire|female|mamá
#char Asier|male|
#char Sagrario|female|la abuela;abuela;la abuela Sagrario
#char Damián|male|el guía;un chico con un polo verde
#note Título: Los tiburones no muerden (casi)
#note Autora: medusa_azul
#note Fandom: Original
#note Resumen: Una abuela, un niño de nueve años y un acuario en domingo.
---
Título: Los tiburones no muerden (casi)
Autora: medusa_azul
Fandom: Original
Resumen: Una abuela, un niño de nueve años y un acuario en domingo.

El domingo, Leire llevó a su hijo Asier al acuario, y la abuela Sagrario se apuntó en el último momento porque nunca había visto un pulpo de verdad.

«[[Asier|i|¡Mamá, los tiburones! ¡Quiero ver los tiburones primero!]]»

«[[Leire|e|Primero las entradas]]», le dijo Leire. «[[Leire|e|Y luego ya veremos.]]»

«[[Sagrario|i|Yo quiero el pulpo. He venido por el pulpo.]]»

«[[Asier|i|El pulpo es aburrido, abuela. No hace nada.]]»

«[[Sagrario|i|Como tu abuelo. Y bien que lo quise cuarenta años.]]»

Delante del túnel de los tiburones, un chico con un polo verde reunía a un grupo de visitantes.

«[[Damián|i|Buenos días a todos. Soy Damián y seré su guía. ¿Alguien sabe cuántos dientes tiene un tiburón?]]»

«[[Asier|i|¡Mil!]]»

«[[Damián|i|Casi. Muchos cientos, y le vuelven a salir toda la vida.]]»

«[[Sagrario|e|Qué suerte]]», suspiró la abuela. «[[Sagrario|e|A mí no me vuelve a salir ninguno.]]»

Leire se tapó la cara con la mano. El grupo entero se echó a reír.

«[[Leire|i|Perdone, es que mi madre dice lo que piensa.]]»

«[[Damián|i|No se preocupe, señora. Es lo mejor que me han dicho hoy.]]»

Más tarde, delante del cristal del pulpo, Asier se aburría y Sagrario no se movía.

«[[Asier|i|¿Nos vamos ya?]]»

«[[Sagrario|i|Espera. Me está mirando.]]»

«[[Damián|e|Es una hembra]]», explicó el guía, que había vuelto a pasar por allí. «[[Damián|e|Se llama Pepa, y mira a todo el mundo.]]»

«[[Sagrario|i|A mí me mira más.]]»
