#story la-sobremesa es
#char _narr|male|Pablo;el niño
#char Tío Andrés|male|mi tío Andrés;Andrés;el tío Andrés;tío
#char Mamá|female|mi madre;Pilar;mamá
#char Clara|female|mi prima Clara;mi prima
#char La abuela|female|la abuela;abuela;mi abuela
#note Notas: cualquier parecido con mi familia es totalmente intencionado. Sí, las croquetas son un requisito.
---
La sobremesa

En casa de mi abuela la comida del domingo dura dos horas y la sobremesa, cuatro. Aquel domingo ya íbamos por el café cuando mi tío Andrés sacó el tema de siempre. Mi madre recogía las migas con la mano, mi abuela dormitaba en su butaca y Clara, que nunca se pierde una, ya había dejado el móvil.

—[[Tío Andrés|i|Pablo, ¿y la novia?]]

—[[_narr|i|No hay novia, tío.]]

—[[Tío Andrés|i|¿Todavía no?]]

—[[Mamá|e|Andrés, déjalo]] —dijo mi madre, sin levantar la vista de la servilleta.

—[[Clara|i|Sí hay novia. Se llama Irene y trabaja en una farmacia.]]

Me atraganté con el café. Mi prima Clara sonreía con la cucharilla en la boca.

—[[_narr|i|¿Tú cómo sabes eso?]]

—[[Clara|i|Porque la farmacia está debajo de mi casa, genio.]]

—[[La abuela|e|¿Una farmacéutica?]] —preguntó la abuela, que hasta entonces parecía dormida—. [[La abuela|e|Eso está muy bien. Las farmacéuticas son muy limpias.]]

—[[Tío Andrés|i|¿Y por qué no la has traído?]]

—[[_narr|i|Porque entonces estaríamos hablando de ella delante de ella.]]

—[[Mamá|i|Pues tiene razón el niño.]]

—[[La abuela|i|El niño tiene treinta y un años, Pilar.]]

—[[Clara|i|Yo la invito al cumpleaños de la abuela, si queréis.]]

—[[_narr|i|Tú no invitas a nadie.]]

—[[Clara|e|Ya la he invitado]] —admitió Clara, y se metió otra galleta en la boca.

El tío Andrés dio una palmada en la mesa tan fuerte que bailaron las tazas.

—[[Tío Andrés|i|¡Pues ya está! El día doce. Que traiga hambre.]]

—[[Mamá|a|Andrés, por favor]] —suspiró ella—. [[Mamá|a|Que la vas a asustar.]]

—[[La abuela|i|A mí no me asusta nadie. Yo quiero conocerla. ¿Sabe hacer croquetas?]]

—[[_narr|i|No lo sé, abuela. No se lo he preguntado.]]

—[[La abuela|i|Pues pregúntaselo. Es lo primero que se pregunta.]]

Mi madre se rindió, mi tío se sirvió otro café y la abuela volvió a cerrar los ojos, satisfecha. Clara me guiñó un ojo por encima de la cafetera.

—[[Clara|i|Sí sabe. Me lo dijo ella.]]

Notas: cualquier parecido con mi familia es totalmente intencionado. Sí, las croquetas son un requisito.
