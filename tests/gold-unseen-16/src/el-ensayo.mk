#story el-ensayo es
#char Álvaro|male|
#char Lucía|female|
#char Inma|female|
#char Don Ernesto|male|don Ernesto;Ernesto;el director
#char Marcos|male|un niño;el niño
#note Nota de la autora: este capítulo va dedicado a todas las bandas de pueblo. Sí, las fiestas son en agosto. Sí, seguimos ensayando en julio a cuarenta grados.
---
Nota de la autora: este capítulo va dedicado a todas las bandas de pueblo. Sí, las fiestas son en agosto. Sí, seguimos ensayando en julio a cuarenta grados.

El ensayo

Hacían treinta y ocho grados a las ocho de la tarde y el local de la banda no tenía aire acondicionado, solo un ventilador que giraba la cabeza como si dijera que no. Lucía montaba el clarinete mientras Álvaro se abanicaba con una partitura.

—[[Álvaro|i|Si me muero aquí dentro, que conste que fue por el pasodoble.]]

—[[Lucía|i|Nadie se muere por un pasodoble.]]

—[[Álvaro|i|Eso díselo a mi labio.]]

La puerta se abrió y entró Inma arrastrando la funda de la tuba, que era casi más grande que ella.

—[[Inma|a|¿Ha llegado ya don Ernesto?]] —preguntó sin aliento.

—[[Lucía|i|Todavía no. Tienes cinco minutos para fingir que has estudiado.]]

—[[Inma|i|He estudiado.]]

—[[Álvaro|i|¿Cuánto?]]

—[[Inma|i|Lo suficiente para fingir.]]

El director llegó a las ocho y diez, con la batuta en una mano y un helado de limón en la otra. Se subió a la tarima, se terminó el helado con calma y dio dos golpecitos en el atril.

—[[Don Ernesto|i|Señores, el pasodoble. Desde el principio, y esta vez los clarinetes entran a tiempo.]]

—[[Lucía|e|Los clarinetes siempre entramos a tiempo]] —protestó Lucía en voz baja.

—[[Don Ernesto|i|Los clarinetes entráis cuando os parece. Uno, dos...]]

Sonaron los primeros compases. Luego los segundos. A los terceros, la tuba soltó una nota que no era de ese pasodoble ni de ningún otro, y el director bajó los brazos.

—[[Don Ernesto|i|Inma.]]

—[[Inma|i|Lo sé.]]

—[[Don Ernesto|i|¿Qué nota era esa?]]

—[[Inma|i|Una nota nueva. La estoy probando.]]

Álvaro se atragantó de risa detrás de su trompeta. Don Ernesto lo señaló con la batuta sin mirarlo.

—[[Don Ernesto|i|Y usted no se ría, que el solo de la segunda parte todavía no se lo sabe.]]

—[[Álvaro|i|Me lo sé a medias.]]

—[[Don Ernesto|i|A medias no se toca en una procesión.]]

Entonces se oyó un carraspeo en la puerta. Un niño de unos diez años, con una gorra del revés y un estuche de clarinete debajo del brazo, miraba el local como quien mira una cueva.

—[[Marcos|i|Perdón... Me ha dicho mi madre que venga hoy. Que necesitan clarinetes.]]

—[[Don Ernesto|e|¡Siempre necesitamos clarinetes!]] —exclamó don Ernesto, y por primera vez en toda la tarde sonrió—. [[Don Ernesto|e|¿Cómo te llamas?]]

—[[Marcos|i|Marcos. Toco desde hace un año.]]

—[[Don Ernesto|i|Pues siéntate al lado de Lucía. Ella te enseña cuándo hay que entrar.]]

—[[Lucía|a|Y cuándo hay que fingir]] —le susurró ella al niño cuando se sentó a su lado.

Marcos abrió mucho los ojos. Inma soltó otra nota nueva, esta vez a propósito, y hasta el director tuvo que reírse.

—[[Don Ernesto|a|Desde el principio]] —dijo, golpeando el atril—. [[Don Ernesto|a|Y a tiempo, por favor, que tenemos público.]]
