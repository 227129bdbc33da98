#story la-granja es
#char Begoña|female|la profesora;la seño
#char Fermín|male|el conductor;un hombre bajito con bigote
#char Unai|male|
#char Carla|female|
#char Ainhoa|female|
#note Nota de la autora: basado en una excursión real. Nadie vomitó en el autobús, esta vez.
---
La excursión a la granja

El autobús salió del colegio a las nueve y diez, con cuarenta minutos de retraso y veintiséis niños de tercero que ya se habían comido el bocadillo. Begoña, la profesora, contaba cabezas por tercera vez.

—[[Begoña|e|Veinticinco, veintiséis]] —dijo Begoña—. [[Begoña|e|Bien. Nadie se levanta hasta que lleguemos.]]

—[[Unai|i|Seño, Carla me ha quitado la gorra.]]

—[[Carla|i|Me la ha dejado él. Es un préstamo.]]

—[[Unai|i|¡Es un robo!]]

—[[Begoña|i|Carla, devuélvele la gorra. Unai, siéntate.]]

Desde el volante, un hombre bajito con bigote levantó la vista hacia el espejo.

—[[Fermín|i|¿Siempre son así, o hoy es especial?]]

—[[Begoña|i|Hoy es especial. Hay vacas.]]

—[[Fermín|e|Yo me llamo Fermín, niños]] —anunció el conductor por el micrófono—. [[Fermín|e|Y en mi autobús no se come chicle.]]

—[[Ainhoa|i|¿Y pipas?]]

—[[Fermín|i|Tampoco pipas.]]

—[[Ainhoa|e|¿Y gominolas?]] —insistió la niña del asiento de delante, que se llamaba Ainhoa y tenía siempre una pregunta más.

—[[Fermín|i|Las gominolas, a la profesora.]]

Begoña se rió por primera vez en toda la mañana.

—[[Begoña|i|Eso, todas a la profesora.]]

En la granja los esperaba un ternero de dos semanas. Unai se acercó tanto a la valla que casi se cayó dentro.

—[[Unai|e|¡Me ha lamido!]] —gritó—. [[Unai|e|¡Seño, me ha lamido la mano!]]

—[[Carla|i|Porque la tenías llena de chocolate.]]

—[[Unai|i|Mentira.]]

—[[Carla|i|Verdad. Te he visto.]]

—[[Begoña|e|A ver, los dos]] —suspiró ella—, [[Begoña|e|¿podemos mirar al ternero sin pelearnos?]]

—[[Ainhoa|i|¿Cómo se llama el ternero?]]

—[[Fermín|i|Chicle. Por eso no se come chicle en mi autobús.]]

Nadie supo si era verdad, pero durante el viaje de vuelta nadie comió chicle.

Nota de la autora: basado en una excursión real. Nadie vomitó en el autobús, esta vez.
