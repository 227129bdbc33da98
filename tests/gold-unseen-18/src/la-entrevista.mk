#story la-entrevista es
#char _narr|female|Irene;Irene Castro;la señorita Castro;señorita
#char Sonia|female|una chica de mi edad con coleta;la chica;hija
#char El librero|male|don Ramón;Ramón;su padre;mi padre;un señor mayor con chaleco de punto
#char La clienta|female|una señora con un carrito de la compra;la señora
#note Nota de la autora: esto me pasó de verdad (más o menos). Me dieron el trabajo. No os voy a decir qué librería es, que os conozco.
---
Nota de la autora: esto me pasó de verdad (más o menos). Me dieron el trabajo. No os voy a decir qué librería es, que os conozco.

La entrevista

La librería estaba en una calle tan estrecha que casi no la encuentro. Llegué diez minutos antes, con el currículum en una carpeta de plástico y la camisa que mi madre había planchado dos veces. Detrás del mostrador había una chica de mi edad con coleta, ordenando marcapáginas.

—[[_narr|i|Hola. Vengo por lo del anuncio. Lo de dependienta.]]

—[[Sonia|i|¡Ah, tú eres Irene! Siéntate, que mi padre baja ahora.]]

—[[_narr|i|¿Tu padre hace las entrevistas?]]

—[[Sonia|a|Mi padre lo hace todo]] —suspiró ella—. [[Sonia|a|Yo solo pongo los anuncios.]]

Se oyeron pasos en la escalera de caracol. Bajó un señor mayor con chaleco de punto y las gafas colgadas de un cordón, y me miró de arriba abajo.

—[[El librero|i|Buenos días. ¿Usted es la señorita Castro?]]

—[[_narr|i|Sí, señor. Irene Castro.]]

—[[El librero|i|¿Y qué fue lo último que leyó, señorita Castro?]]

—[[_narr|i|¿Lo último?]]

—[[El librero|i|Lo último. No lo más bonito, ni lo que queda bien. Lo último.]]

Me quedé en blanco. La chica, detrás de él, me hacía gestos que no entendí.

—[[_narr|e|Un manual de la lavadora]] —confesé al final—. [[_narr|e|Se nos estropeó el martes.]]

Ella se tapó la boca. Su padre no se movió.

—[[El librero|i|¿Y le sirvió?]]

—[[_narr|i|No. Al final vino un técnico.]]

—[[El librero|i|Entonces ya sabe usted lo que es un libro malo.]]

En ese momento sonó la campanilla de la puerta y entró una señora con un carrito de la compra y mucha prisa.

—[[La clienta|i|Don Ramón, ¿ha llegado ya lo mío? El de los crímenes en el tren.]]

—[[El librero|e|Pregúntele a la señorita]] —dijo don Ramón, señalándome con la barbilla—. [[El librero|e|Es nueva.]]

—[[_narr|i|¿Soy nueva?]]

—[[Sonia|i|Eres nueva. Está en la caja de la izquierda, la que pone PEDIDOS.]]

—[[La clienta|a|Muy bien, hija]] —me dijo la señora cuando le di el paquete—. [[La clienta|a|¿Cuánto es?]]

—[[_narr|i|No tengo ni idea.]]

—[[El librero|i|Dieciocho con noventa. Mañana a las diez, señorita Castro. Y tráigase algo que leer.]]

Volvió a subir por la escalera de caracol sin despedirse. La chica, que se llamaba Sonia, me acompañó hasta la puerta.

—[[Sonia|e|Le has caído bien]] —me dijo Sonia en voz baja—. [[Sonia|e|Nunca le dice a nadie que vuelva.]]
