#story la-sala-de-espera es
#char Lola|female|
#char Iker|male|
#char Ramiro|male|Ramiro Gil;el hombre
#char La enfermera|female|la enfermera
---
La sala de espera

A las tres de la madrugada, la sala de espera de urgencias estaba casi vacía. Lola se había dormido con la cabeza apoyada en el hombro de Iker, y él no se atrevía a moverse aunque se le había dormido el brazo.

“[[Lola|i|¿Cuánto llevamos aquí?]]”

“[[Iker|i|Dos horas. Casi tres.]]”

“[[Lola|i|¿Y el dedo?]]”

“[[Iker|i|Sigue morado.]]”

“[[Lola|i|Te dije que no abrieras la lata con el cuchillo.]]”

“[[Iker|i|Y yo te dije que no era el momento de decirme que me lo dijiste.]]”

“[[Lola|i|Siempre es el momento.]]”

Enfrente de ellos, un hombre con una pierna escayolada y dos muletas apoyadas en la pared se rió por lo bajo.

“[[Ramiro|a|Perdonad]]”, dijo el hombre. “[[Ramiro|a|Es que mi mujer me dice lo mismo desde hace cuarenta años.]]”

“[[Iker|i|¿Y qué le contesta usted?]]”

“[[Ramiro|i|Nada. Por eso sigo casado.]]”

“[[Lola|i|¿Qué le ha pasado en la pierna?]]”

“[[Ramiro|i|Me subí a una escalera para cambiar una bombilla.]]”

“[[Lola|i|¿Y su mujer le dijo que no se subiera?]]”

“[[Ramiro|i|Me lo dijo tres veces.]]”

Se abrió la puerta del pasillo y salió una enfermera con una carpeta.

“[[La enfermera|a|¿Ramiro Gil?]]”, llamó.

“[[Ramiro|a|Aquí]]”, contestó el hombre, y buscó a tientas las muletas.

“[[La enfermera|i|¿Puede solo o le traigo una silla?]]”

“[[Ramiro|i|Puedo solo. Llevo cuarenta años pudiendo solo.]]”

Iker se levantó para alcanzarle la muleta que se había caído, y la enfermera se fijó en su mano.

“[[La enfermera|e|¿Y eso?]]”, le preguntó la enfermera.

“[[Lola|i|Una lata de atún.]]”

“[[Iker|i|¡Lola!]]”

“[[Lola|i|¿Qué? Es la verdad.]]”

“[[La enfermera|a|Pues detrás del señor vais vosotros]]”, dijo ella, y sonrió por primera vez en toda la noche.
