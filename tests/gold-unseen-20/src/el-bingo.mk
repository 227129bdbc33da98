#story el-bingo es
#char Rosario|female|
#char Amalia|female|
#char Paco|male|
#char Iván|male|un chico con una camiseta de voluntario;el chico;hijo;el primo de Lucía
#note Nota de la autora: mi abuela juega al bingo todos los jueves y sí, tiene un rotulador de la suerte. Este fic es para ella.
---
El bingo de los jueves

Los jueves por la tarde, el hogar del jubilado de la calle Mayor olía a café con leche y a colonia de abuela. Rosario y Amalia se sentaban siempre en la misma mesa, la de la ventana, con sus cartones y sus rotuladores de colores, y nadie se atrevía a quitársela.

—[[Amalia|i|¿Has traído el rotulador de la suerte?]]

—[[Rosario|i|El verde. El rojo se me secó en agosto.]]

—[[Amalia|i|Con el rojo cantaste dos líneas.]]

—[[Rosario|i|Y con el verde canté un bingo. No me hables del rojo.]]

En el escenario, Paco probaba el micrófono con tres golpecitos, como todos los jueves desde hacía once años.

—[[Paco|e|¿Se me oye?]] —preguntó Paco—. [[Paco|e|¿Se me oye al fondo?]]

—[[Amalia|i|¡Se te oye hasta en Burgos, Paco!]]

Un chico con una camiseta de voluntario se acercó a la mesa con una bandeja de magdalenas.

—[[Iván|i|Buenas tardes, señoras. ¿Quieren una?]]

—[[Rosario|i|¿Y tú quién eres? Tú no eres Lucía.]]

—[[Iván|i|Lucía está de exámenes. Soy su primo, Iván. Hoy les toca conmigo.]]

—[[Amalia|e|Pues siéntate, hijo]] —le dijo Amalia, apartando su bolso de la silla—. [[Amalia|e|Que Rosario te enseña.]]

—[[Rosario|i|Yo no enseño a nadie. Que mire y aprenda.]]

Paco sacó la primera bola del bombo y la levantó como si fuera un trofeo.

—[[Paco|i|¡El cuarenta y cuatro! ¡Cuatro, cuatro!]]

—[[Iván|i|¿Lo tengo? Creo que lo tengo.]]

—[[Rosario|i|No lo tienes. Ese es el cuarenta y siete. Las gafas, hijo.]]

—[[Paco|i|¡El quince, la niña bonita!]]

—[[Amalia|i|¡Línea! ¡Línea, Paco!]]

—[[Paco|e|Amalia, llevamos dos bolas]] —suspiró Paco por el micrófono, y media sala se rio.

—[[Rosario|i|Siempre canta antes de tiempo. Desde el ochenta y nueve.]]

—[[Iván|i|¿Y eso no está prohibido?]]

—[[Amalia|a|Prohibido está hacer trampas]] —contestó ella, muy digna—. [[Amalia|a|Esto es entusiasmo.]]

Al final de la tarde fue Iván quien cantó bingo, con el cartón que le había prestado Rosario y el rotulador verde.

—[[Iván|i|¡Bingo! Creo. ¿Es así?]]

—[[Rosario|i|Es así.]] —Rosario le quitó el rotulador de la mano—. [[Rosario|e|Pero el verde me lo devuelves.]]

Nota de la autora: mi abuela juega al bingo todos los jueves y sí, tiene un rotulador de la suerte. Este fic es para ella.
