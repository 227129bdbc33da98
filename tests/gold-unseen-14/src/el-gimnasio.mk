#story el-gimnasio es
#char Marta|female|
#char Andrés|male|el entrenador
#char Sergio|male|su hermano;un chico;el chico
---
El gimnasio

Marta había pagado el año entero en enero y era ya octubre cuando cruzó por primera vez la puerta del gimnasio. El entrenador la reconoció enseguida por la foto de la ficha.

—[[Andrés|i|¡Hombre, la socia fantasma!]]

—[[Marta|i|No soy un fantasma. He estado muy ocupada.]]

—[[Andrés|i|¿Nueve meses?]]

—[[Marta|i|Diez, si cuentas diciembre.]]

—[[Andrés|i|Bueno, pues hoy empezamos suave. Cinta, diez minutos.]]

Marta subió a la cinta y miró los botones como quien mira el panel de un avión.

—[[Marta|e|¿Cuál es el de parar?]] —preguntó Marta antes de que arrancara.

—[[Andrés|a|El rojo]] —contestó él—. [[Andrés|a|Pero hoy no lo vas a necesitar.]]

A los cuatro minutos, Marta ya jadeaba. En la máquina de al lado, un chico con auriculares corría sin despeinarse.

—[[Sergio|a|¿Primera vez?]] —le preguntó el chico, quitándose un auricular.

—[[Marta|i|Segunda. La primera fue en enero y no llegué a entrar.]]

—[[Sergio|i|A mí me pasó igual. Ahora vengo todos los días.]]

—[[Marta|i|¿Todos? ¿Y cómo lo haces?]]

—[[Sergio|i|Vivo encima. Si no bajo, mi hermana me echa de casa.]]

Andrés se acercó con una carpeta y apuntó algo sin mirar a ninguno de los dos.

—[[Andrés|i|Sergio, no me la distraigas. Marta, sube la velocidad a seis.]]

—[[Marta|i|¿A seis? ¿Tú quieres matarme?]]

—[[Andrés|i|Quiero que vuelvas en noviembre.]]

—[[Sergio|e|Hazle caso]] —se rio Sergio—. [[Sergio|e|A mí me dijo lo mismo y mírame.]]

—[[Marta|i|Ya te miro. Por eso me preocupo.]]

Al terminar, Marta se sentó en un banco con la toalla en la cabeza.

—[[Andrés|a|¿Mañana a la misma hora?]] —quiso saber el entrenador.

—[[Marta|i|Mañana, no. El jueves.]]

—[[Andrés|i|¿Qué jueves?]]

—[[Marta|i|El de noviembre.]]
