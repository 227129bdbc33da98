#story el-partido es
#char _narr|male|
#char Dani|male|Daniel;mi hermano
#char El padre|male|mi padre;papá
#char Reme|female|la mujer;la vecina
---
El partido

Faltaban diez minutos para el final y seguíamos empatados. Mi hermano Dani se había puesto de pie delante de la tele, y mi padre le gritaba desde el sofá que se apartara.

«[[El padre|i|¡Que no veo, Daniel!]]»

«[[Dani|i|Es que no puedo estar sentado.]]»

«[[El padre|i|Pues estate de pie detrás del sofá, como las personas normales.]]»

«[[_narr|a|Déjalo, papá]]», dije yo. «[[_narr|a|Si se sienta, perdemos.]]»

«[[Dani|i|Exacto. Es ciencia.]]»

«[[El padre|i|Es superstición, que no es lo mismo.]]»

En ese momento llamaron al timbre. Nadie se movió. Volvieron a llamar, más largo.

«[[El padre|i|Abre tú, que eres el pequeño.]]»

Fui a abrir. En el rellano había una mujer con un perro salchicha en brazos y cara de pocos amigos.

«[[Reme|a|¿Sois vosotros los que gritáis?]]», preguntó la mujer.

«[[_narr|i|Es que está la final.]]»

«[[Reme|i|Ya sé que está la final. La estoy viendo yo también. Y con vuestros gritos no me entero de nada.]]»

Desde el salón llegó la voz de Dani:

«[[Dani|e|¡Penalti! ¡Penalti!]]»

La mujer se asomó por encima de mi hombro.

«[[Reme|i|¿A favor de quién?]]»

«[[El padre|e|¡Nuestro!]]», gritó mi padre. «[[El padre|e|Pase, pase, señora, que esto hay que verlo con gente.]]»

La vecina dudó un segundo y luego entró, con el perro y todo. Se sentó en el brazo del sofá.

«[[Reme|i|Me llamo Reme, por cierto. Vivo justo debajo.]]»

«[[Dani|i|Encantado, Reme. Ahora no hable, por favor.]]»

«[[El padre|i|¡Daniel!]]»

«[[Dani|i|Es que si habla, falla.]]»

El jugador tomó carrerilla. El perro ladró una vez. El balón entró por la escuadra.

«[[Reme|e|¡Gol!]]», gritó Reme más fuerte que todos nosotros juntos.

«[[_narr|i|¿No decía usted que gritábamos mucho?]]»

«[[Reme|i|Una cosa es gritar y otra es celebrar, hijo.]]»
