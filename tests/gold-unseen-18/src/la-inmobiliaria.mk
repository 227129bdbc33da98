#story la-inmobiliaria es
#char Lucía|female|
#char Andrés|male|
#char El agente|male|Sergio;el chico de la inmobiliaria;el chico
#char La señora|female|una señora con un perro pequeño en brazos;la señora
#note Nota: gracias por los 200 kudos, de verdad que no me lo esperaba. Este va para todos los que estáis buscando piso en Madrid. Ánimo.
---
Nota: gracias por los 200 kudos, de verdad que no me lo esperaba. Este va para todos los que estáis buscando piso en Madrid. Ánimo.

El piso

El piso estaba en un cuarto sin ascensor, y el chico de la inmobiliaria subió las escaleras de dos en dos, hablando por el móvil. Lucía y Andrés llegaron arriba sin aliento y sin ganas de vivir allí. Llevaban tres meses buscando. Habían visto un bajo sin ventanas, un ático con goteras y un estudio donde la ducha estaba en la cocina, y ya no se hacían ilusiones con nada que tuviera fotos bonitas en internet.

—[[El agente|i|Cuarenta y cinco metros, exterior, muy luminoso. Pasen, pasen.]]

—[[Lucía|e|Luminoso]] —repitió Lucía en voz baja—. [[Lucía|e|Tiene una ventana.]]

—[[Andrés|i|Una ventana es luminoso, para Madrid.]]

—[[El agente|i|¿Perdón?]]

—[[Andrés|i|Nada, nada. ¿La cocina?]]

—[[El agente|e|Americana]] —dijo el chico, y abrió los brazos como si enseñara un palacio—. [[El agente|e|Integrada en el salón.]]

La cocina americana era una placa de dos fuegos junto al sofá. Lucía abrió el horno y lo cerró enseguida.

—[[Lucía|i|Andrés, hay algo vivo ahí dentro.]]

—[[Andrés|i|¿Vivo cómo?]]

—[[Lucía|i|Vivo como que se ha movido.]]

Entonces sonó el timbre y apareció en la puerta una señora con un perro pequeño en brazos. El perro le ladraba a todo.

—[[La señora|i|¿Es aquí lo del piso? Me dijeron a las seis.]]

—[[El agente|i|A las seis y media, señora. Pero pase, no se preocupe.]]

—[[Lucía|i|¿Nos lo enseña a la vez?]]

—[[El agente|a|Es que hay mucha demanda]] —se disculpó él—. [[El agente|a|Hoy tengo once visitas.]]

La señora dio una vuelta completa al salón sin moverse del sitio, porque no hacía falta moverse. El perro olfateaba el aire con mucho interés, sobre todo en dirección a la cocina.

—[[La señora|i|¿Y cuánto piden?]]

—[[El agente|i|Mil cien. Más gastos de comunidad.]]

—[[Andrés|i|¿Mil cien? ¿Por esto?]]

—[[La señora|e|Me lo quedo]] —dijo la señora—. [[La señora|e|A Pipo le gusta.]]

Lucía miró a Andrés. Andrés miró al perro. El perro miró al horno y gruñó. Algo, dentro del horno, arañó la puerta.

—[[Andrés|i|Señora, yo que usted abriría el horno primero.]]

—[[La señora|i|¿El horno? Yo no cocino, hijo.]]

Sergio, que así ponía en su tarjeta, se había puesto pálido.

—[[El agente|i|El horno se revisa. Eso se revisa todo.]]
