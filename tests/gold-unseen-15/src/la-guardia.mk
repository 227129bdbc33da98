#story la-guardia es
#char Rocío|female|la enfermera
#char El doctor Salinas|male|Salinas;el doctor;doctor;el médico;el médico de guardia
#char Don Benito|male|Benito;el anciano;el paciente
#char El celador|male|el celador;un chico
#note Nota: segundo fic del reto «Turnos de noche». Gracias por los comentarios del anterior, os leo todos.
---
La guardia

Nota: segundo fic del reto «Turnos de noche». Gracias por los comentarios del anterior, os leo todos.

A las tres de la madrugada, la planta de medicina interna estaba en silencio, salvo por el pitido del monitor de la doscientos doce. Le gustaban las noches tranquilas, aunque no se fiaba nunca de ellas. Rocío dejó el café a medias y fue a ver. En la cama, don Benito se había quitado la pinza del dedo y la miraba con cara de niño pillado.

—[[Don Benito|i|No se asuste, hija, que no me muero. Es que me apretaba.]]

—[[Rocío|e|Don Benito, esa pinza no aprieta]] —suspiró Rocío mientras se la volvía a poner—. [[Rocío|e|Y si se la quita, el aparato cree que le pasa algo.]]

—[[Don Benito|i|Al aparato no le pasa nada. A mí sí, que no puedo dormir.]]

—[[Rocío|i|¿Quiere que le traiga otra manta?]]

—[[Don Benito|i|Quiero que me traigas a mi mujer, pero esa ya no viene.]]

Rocío se sentó un momento en el borde del sillón. Por el pasillo se oían unos pasos arrastrados y un bostezo largo.

—[[El doctor Salinas|a|¿Quién me ha llamado?]] —preguntó el médico de guardia desde la puerta, con el pelo aplastado de un lado.

—[[Rocío|i|Nadie, doctor. Ha sido la pinza otra vez.]]

—[[El doctor Salinas|e|Benito, Benito]] —El doctor Salinas se frotó los ojos—. [[El doctor Salinas|e|Usted y yo vamos a tener un disgusto.]]

—[[Don Benito|i|Usted duerme mucho para ser médico.]]

—[[El doctor Salinas|i|Y usted duerme poco para tener ochenta y siete años.]]

—[[Don Benito|a|Ochenta y seis]] —le corrigió el anciano—. [[Don Benito|a|Los cumplo en marzo.]]

Entró entonces un chico alto empujando una silla de ruedas vacía. Llevaba un auricular en una oreja y el uniforme verde arrugado.

—[[El celador|i|¿La doscientos doce baja a rayos?]]

—[[Rocío|i|A las ocho, no a las tres.]]

—[[El celador|i|Pues aquí pone las tres.]]

—[[El doctor Salinas|e|A ver]] —El doctor Salinas le quitó el papel de la mano y lo miró a contraluz—. [[El doctor Salinas|e|Esto es un ocho, hombre. Un ocho con prisa.]]

—[[El celador|a|Pues vaya letra]] —murmuró el celador, y se llevó la silla por donde había venido.

Don Benito se reía tanto que el monitor volvió a pitar.

—[[Rocío|i|¿Lo ve? Así no hay manera.]]

—[[Don Benito|i|Ya me callo. Pero quédate un rato, Rocío. Solo hasta que me duerma.]]

—[[El doctor Salinas|i|Rocío, si se duerme, me avisas. Yo voy a intentar lo mismo.]]

—[[Don Benito|i|Yo a usted no le aviso de nada, que me pincha.]]

Rocío miró al médico. El médico miró el reloj, se encogió de hombros y se fue por el pasillo, bostezando otra vez.

—[[Rocío|a|Cinco minutos]] —dijo ella, y apagó la luz grande.

—[[Don Benito|i|Diez.]]

—[[Rocío|i|Cinco, don Benito. Y la pinza, en el dedo.]]

—[[Don Benito|i|Mandona.]]

—[[Rocío|i|Dormilón.]]
