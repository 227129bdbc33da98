#story el-ascensor es
#char _narr|male|
#char Doña Encarna|female|Encarna;la señora
#char Lucía|female|
#char El técnico|male|el técnico;técnico
---
El ascensor

El ascensor se paró entre el tercero y el cuarto con un golpe seco. Se apagó la luz, luego se encendió una bombilla amarilla, y me quedé mirando a mis dos compañeras de viaje: doña Encarna, la vecina del quinto, con su carrito de la compra, y una chica con auriculares a la que no había visto nunca.

—[[Doña Encarna|e|Ya está]] —dijo doña Encarna—. [[Doña Encarna|e|Otra vez.]]

—[[_narr|i|¿Otra vez? ¿Esto pasa a menudo?]]

—[[Doña Encarna|i|Cada vez que llueve. Y hoy llueve.]]

La chica se quitó un auricular.

—[[Lucía|i|¿Nos hemos quedado encerrados?]]

—[[_narr|a|Eso parece]] —contesté, y apreté el botón de alarma. No sonó nada.

—[[Lucía|i|Genial. Tengo un examen a las diez.]]

—[[Doña Encarna|i|¿De qué, hija?]]

—[[Lucía|i|De anatomía. Me llamo Lucía, por cierto. Vivo en el segundo desde el lunes.]]

—[[Doña Encarna|i|Pues bienvenida al edificio. Esto es lo primero que hay que saber de él.]]

Pasaron diez minutos. Doña Encarna sacó del carrito una bolsa de magdalenas y nos ofreció una a cada uno.

—[[_narr|i|Es usted previsora.]]

—[[Doña Encarna|i|Es usted joven. Ya aprenderá.]]

Por fin se oyeron pasos en la escalera y una voz de hombre al otro lado de la puerta.

—[[El técnico|a|¿Hay alguien ahí dentro?]] —gritó el técnico.

—[[Lucía|i|¡Tres personas y media bolsa de magdalenas!]]

—[[El técnico|i|Aguanten cinco minutos, que les saco.]]

—[[Doña Encarna|i|Eso dijo usted en marzo.]]
