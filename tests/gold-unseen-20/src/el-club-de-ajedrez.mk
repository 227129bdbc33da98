#story el-club-de-ajedrez es
#char _narr|female|tía;la de la mesa seis
#char Dani|male|mi sobrino;jovencito
#char Ortega|male|un señor de chaqueta de pana;el señor;el presidente
#char Noa|female|una niña con coletas;la niña;la campeona
---
Mesa seis

Mi sobrino Dani me había convencido de acompañarlo al torneo de ajedrez del barrio, y en cuanto entramos en el local un señor de chaqueta de pana me puso un reloj delante. El local olía a café y a goma de borrar, y en cada mesa había dos personas muy calladas mirando un tablero.

«[[Ortega|i|¿Usted juega? Nos falta uno en la mesa seis.]]»

«[[_narr|i|Yo vengo de acompañante. Sé mover el caballo y poco más.]]»

«[[Dani|e|Miente]]», dijo Dani. «[[Dani|e|Le ganó a mi padre en Navidad.]]»

«[[_narr|i|Tu padre deja la reina colgada en la jugada cuatro. Eso no cuenta.]]»

«[[Ortega|e|Aquí cuenta todo]]», dijo el señor, muy serio. «[[Ortega|e|Soy Ortega, el presidente del club. Mesa seis, las negras.]]»

En la mesa seis me esperaba una niña con coletas que no me llegaba al hombro. Tenía las piernas cruzadas en la silla y un zumo de melocotón al lado del tablero.

«[[Noa|i|Hola. Soy Noa. ¿Tú eres la de la mesa seis?]]»

«[[_narr|i|Eso parece.]]»

«[[Noa|i|Vale. No toques las piezas si no vas a moverlas. Es la norma.]]»

Dani se sentó detrás de mí para mirar, y Ortega se quedó de pie junto a la mesa, con los brazos cruzados.

«[[Dani|i|Sal con el peón del rey, tía.]]»

«[[Ortega|i|Los espectadores no hablan, jovencito.]]»

«[[Dani|i|Perdón.]]»

«[[Noa|i|Y tampoco hacen señas. Te he visto.]]»

A los veinte minutos yo había perdido dos peones y un alfil, y Noa se bebía el zumo con la pajita sin mirar el tablero.

«[[_narr|i|¿Cuántos años tienes tú?]]»

«[[Noa|i|Nueve. Y medio.]]»

«[[Ortega|e|Es la campeona provincial sub-diez]]», me explicó Ortega en voz baja. «[[Ortega|e|No se lo tome como algo personal.]]»

«[[_narr|i|¿Y por qué no me lo ha dicho antes?]]»

«[[Ortega|i|Porque entonces no se habría sentado.]]»

Noa movió la dama y dejó la mano encima un segundo, para que se notara.

«[[Noa|i|Jaque mate. ¿Quieres la revancha?]]»

«[[Dani|i|¡Sí! Dile que sí.]]»

«[[_narr|i|Dani, cállate.]]»

«[[Noa|i|Él también puede jugar, ¿eh? Si quiere perder él.]]»
