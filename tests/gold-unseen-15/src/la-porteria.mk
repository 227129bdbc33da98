#story la-porteria es
#char El portero|male|Fermín;el portero;don Fermín
#char Doña Remedios|female|Remedios;la vecina del segundo
#char Nerea|female|una chica;la chica;Nerea Ibarra Solís
#char La cartera|female|la cartera;una mujer
#note Nota de la autora: esto salió de una conversación real con el portero de mi abuela. Los nombres están cambiados, el gato no.
---
La portería

Nota de la autora: esto salió de una conversación real con el portero de mi abuela. Los nombres están cambiados, el gato no.

A las nueve de la mañana, la portería del número catorce ya olía a café recalentado. El portero leía el periódico detrás del mostrador cuando la puerta de la calle se abrió de golpe y entró doña Remedios, la vecina del segundo, con el gato en brazos. Era un atigrado gordo y viejo, y parecía muy satisfecho de sí mismo.

—[[Doña Remedios|i|¡Se ha vuelto a escapar!]]

—[[El portero|a|Buenos días a usted también]] —dijo el portero sin levantar la vista—. [[El portero|a|¿Dónde estaba esta vez?]]

—[[Doña Remedios|i|En el tejado. En el tejado, ¿se lo puede creer? Con lo mayor que es.]]

—[[El portero|i|Mayor es usted, y sube las escaleras mejor que yo.]]

—[[Doña Remedios|i|No sea usted zalamero.]]

Detrás de ella apareció una chica con dos maletas enormes y una planta medio torcida bajo el brazo. Se quedó en el umbral, mirando los buzones.

—[[Nerea|i|Perdonen... ¿Es aquí el catorce? Vengo al tercero izquierda.]]

—[[El portero|a|¡La nueva inquilina!]] —El portero dobló el periódico y salió del mostrador—. [[El portero|a|La estábamos esperando. El ascensor no funciona, se lo aviso ya.]]

—[[Nerea|i|¿Desde cuándo?]]

—[[El portero|i|Desde mil novecientos noventa y ocho, más o menos.]]

—[[Doña Remedios|e|No le haga caso, hija]] —intervino doña Remedios—. [[Doña Remedios|e|Funciona los martes. Hoy es jueves, así que mala suerte.]]

La chica miró las maletas, luego la escalera, luego otra vez las maletas.

—[[Nerea|a|Vale]] —suspiró—. [[Nerea|a|Pues a subir.]]

—[[El portero|i|Ni hablar. Deme la grande, que para algo me pagan.]]

—[[Nerea|i|No hace falta, de verdad.]]

—[[El portero|i|Sí hace falta. Remedios, vigíleme la portería un momento.]]

—[[Doña Remedios|i|¿Y el gato?]]

—[[El portero|i|El gato, que vigile también.]]

Subieron los tres pisos despacio. Cuando bajaron, había una mujer de uniforme amarillo apoyada en el mostrador, con un sobre en la mano y cara de prisa.

—[[La cartera|i|¿El portero? Traigo un certificado para el tercero izquierda.]]

—[[Nerea|a|¡Es para mí!]] —exclamó la chica—. [[Nerea|a|Es el contrato de mi trabajo nuevo.]]

—[[La cartera|i|Pues firme aquí. Y aquí. Nombre completo, por favor.]]

—[[Nerea|i|Nerea Ibarra Solís.]]

La cartera arrancó el resguardo, se despidió con dos dedos y se fue tan deprisa como había llegado. Doña Remedios seguía sentada en la silla del portero, con el gato dormido encima del periódico.

—[[Doña Remedios|i|Nerea, qué nombre tan bonito. ¿Y sabes cómo se llama este señor, que lleva treinta años aquí y nadie se acuerda?]]

—[[Nerea|i|No me lo ha dicho.]]

—[[El portero|a|Fermín]] —dijo él, y le tendió la mano por encima del mostrador—. [[El portero|a|Fermín, para lo que necesite. Menos el ascensor.]]
