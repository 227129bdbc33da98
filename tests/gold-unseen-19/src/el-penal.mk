#story el-penal es
#char Vero|female|Verónica;la mamá de Benja
#char Martín|male|su marido;Martu
#char Gustavo|male|un señor de bigote con un termo bajo el brazo;el de bigote;el papá de Thiago
#char El profe|male|Nacho;el profe;el técnico
#char El árbitro|male|el árbitro;un pibe de unos dieciséis;el pibe
#note Notas: escrito en la tribuna de un club de barrio, un sábado a las nueve de la mañana, con mucho frío. Cualquier parecido con padres reales es pura coincidencia (mentira).
---
El partido

A las nueve de la mañana hacía un frío de locos en la cancha del club. Vero se había traído dos camperas y el mate, y aun así le temblaban las rodillas. Martín, a su lado, ya gritaba como si fuera la final del mundo.

—[[Martín|i|¡Benja, arriba! ¡Arriba, te digo!]]

—[[Vero|i|Martu, tiene ocho años. Dejalo jugar.]]

—[[Martín|a|Lo estoy dejando]] —protestó él—. [[Martín|a|Le estoy dando indicaciones.]]

Un señor de bigote con un termo bajo el brazo se sentó en el escalón de abajo y le ofreció el mate a Vero sin preguntar.

—[[Gustavo|i|¿Vos sos la mamá de Benja? Yo soy el papá de Thiago, el nueve.]]

—[[Vero|i|Ah, Thiago. El que llora cuando no le pasan la pelota.]]

—[[Gustavo|i|Ese mismo.]]

En la cancha, el árbitro, un pibe de unos dieciséis con el silbato colgado del cuello, marcó un penal para el otro equipo. Martín se levantó de un salto.

—[[Martín|i|¡Pero qué penal! ¡Si ni lo tocó!]]

—[[Gustavo|e|Lo tocó]] —dijo Gustavo, tranquilo—. [[Gustavo|e|Yo lo vi.]]

—[[Martín|i|¿Y vos de qué lado estás?]]

—[[Gustavo|i|Del lado del reglamento, flaco.]]

Vero se tapó la cara con la campera. El profe, Nacho, cruzó la línea y se acercó a la tribuna con las manos en los bolsillos.

—[[El profe|i|Señores, les pido por favor. Los chicos los escuchan.]]

—[[Martín|i|Perdón, profe.]]

—[[Gustavo|i|Yo no dije nada, profe.]]

—[[El profe|i|Usted dijo «del lado del reglamento», Gustavo. Lo escuchó toda la cancha.]]

—[[El profe|a|No es conmigo]] —suspiró el profe—. [[El profe|a|Es con el árbitro. Tiene dieciséis años y se quiere ir a la casa.]]

Al final del primer tiempo el árbitro vino a pedir agua. Vero le pasó una botella.

—[[El árbitro|i|Gracias, señora. ¿Usted es la del que grita?]]

—[[Vero|i|Soy la del que está al lado del que grita.]]

—[[El árbitro|a|Dígale que el penal fue penal]] —pidió el pibe, y volvió corriendo a la cancha.

En el segundo tiempo Benja metió un gol de rebote, con la rodilla, sin querer. Martín lloró. Gustavo también.

—[[Vero|e|¿Vos también?]] —le preguntó Vero.

—[[Gustavo|i|Es que con la rodilla es más difícil.]]

Notas: escrito en la tribuna de un club de barrio, un sábado a las nueve de la mañana, con mucho frío. Cualquier parecido con padres reales es pura coincidencia (mentira).
