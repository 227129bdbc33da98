#story a-la-cuarta es
#char Noelia|female|señorita
#char El profesor|male|Roberto;el profesor
#char La examinadora|female|la examinadora;una mujer de pelo blanco
#note Nota: one-shot para el intercambio de Navidad. Para ti, Ari, que aprobaste a la cuarta.
---
Nota: one-shot para el intercambio de Navidad. Para ti, Ari, que aprobaste a la cuarta.

A la cuarta

Noelia llevaba tres suspensos y una tila en el cuerpo. El coche de la autoescuela olía a ambientador de pino y a nervios ajenos. En el asiento del copiloto iba el profesor, con las manos sobre las rodillas, cerca del freno que él también tenía y que ella esperaba que no tuviera que usar.

«[[El profesor|i|Respira. Tú sabes conducir.]]»

«[[Noelia|i|Sé conducir cuando no me mira nadie.]]»

«[[El profesor|i|Pues hoy te mira una persona. Una. No es un estadio.]]»

La examinadora subió al asiento de atrás con una carpeta y un bolígrafo que hacía clic, clic, clic. Era una mujer de pelo blanco y gafas de pasta, y no sonrió al saludar.

«[[La examinadora|i|Buenos días. Cuando quiera, arranque y salga a la avenida.]]»

«[[Noelia|e|Buenos días]]», contestó Noelia, y se le caló el coche a la primera.

Hubo un silencio largo. Clic, clic.

«[[El profesor|a|No pasa nada]]», murmuró él. «[[El profesor|a|Embrague, punto muerto, otra vez.]]»

Noelia arrancó. Salió a la avenida. Puso el intermitente, miró el retrovisor, volvió a mirarlo por si acaso.

«[[La examinadora|i|En la próxima rotonda, tome la segunda salida.]]»

«[[Noelia|i|¿La segunda contando la que acabo de pasar?]]»

«[[La examinadora|i|La segunda de la rotonda, señorita.]]»

El profesor se tapó la boca con la mano. Noelia tomó la segunda salida, y luego, por orden de la examinadora, aparcó en batería, hizo un cambio de sentido y paró en un paso de cebra para que cruzara un señor con un perro salchicha que iba todavía más despacio que él.

«[[Noelia|a|Vamos, bonito, vamos]]», le susurró ella al perro.

«[[La examinadora|i|No hable con los peatones, por favor.]]»

«[[Noelia|i|Perdón. Es que era muy pequeño.]]»

Al volver a la autoescuela, la examinadora tardó una eternidad en rellenar la hoja. Clic. Clic. Luego arrancó el papel y se lo dio al profesor, no a ella.

«[[La examinadora|a|Apta]]», dijo. «[[La examinadora|a|Y enhorabuena, Roberto. A la cuarta, como todos los tuyos.]]»

«[[El profesor|e|Como todos no]]», protestó Roberto. «[[El profesor|e|Alguno a la quinta.]]»

Noelia no los oía. Tenía el papel en la mano y lo miraba como si estuviera escrito en otro idioma.

«[[Noelia|i|¿Apta de aprobada?]]»

«[[El profesor|i|Apta de aprobada. Ya puedes llorar.]]»

«[[Noelia|i|No voy a llorar.]]»

Lloró un poco. La examinadora, al bajarse, le dio una palmadita en el hombro que nadie más vio.
