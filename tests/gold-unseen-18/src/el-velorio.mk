#story el-velorio es
#char _narr|male|mijo
#char La abuela|female|abuela;mi abuela;mamá
#char Mi tía Rosa|female|Rosa;mi tía;tía Rosa;mi mamá
#char Beto|male|mi primo Beto;primo;güey
#char El señor|male|don Lalo;Lalo;Eduardo;un señor;el señor
#note Notas: Este capítulo es más corto, perdón. Gracias a todos los que comentaron el anterior, de verdad me ayudan mucho. Lo de los tamales es real.
---
Notas: Este capítulo es más corto, perdón. Gracias a todos los que comentaron el anterior, de verdad me ayudan mucho. Lo de los tamales es real.

El velorio

Al abuelo lo velamos en la casa, como él quería, con la caja en la sala y las sillas de plástico de la fonda de mi tía alineadas contra la pared. A las once de la noche ya no cabía ni un alfiler, y mi abuela seguía sentada junto al café sin haber probado el suyo.

—[[Mi tía Rosa|i|Mamá, ya cómase algo. Aunque sea un tamal.]]

—[[La abuela|i|No tengo hambre, Rosa.]]

—[[Mi tía Rosa|i|Nadie tiene hambre. Por eso hay que comer.]]

—[[_narr|i|Yo le traigo uno, abuela. ¿De rajas o de dulce?]]

—[[La abuela|a|De los que le gustaban a tu abuelo]] —dijo, y se le quebró la voz—. [[La abuela|a|De dulce, mijo.]]

Fui a la cocina. Mi primo Beto estaba ahí, escondido, comiéndose los tamales de dulce de dos en dos.

—[[Beto|i|No me veas. Ando en duelo.]]

—[[_narr|i|Son para la abuela, güey.]]

—[[Beto|i|Quedan tres. Llévatelos todos y no le digas a mi mamá.]]

—[[_narr|i|¿Tu mamá no te ha visto?]]

—[[Beto|i|Mi mamá no ve nada. Está ocupada regañando a la abuela.]]

Cuando volví a la sala había un señor que nadie conocía, de sombrero y bigote blanco, parado frente a la caja con el sombrero en las manos. Mi tía lo miraba como se mira a un vendedor que toca el timbre.

—[[Mi tía Rosa|i|¿Usted es de la familia?]]

—[[El señor|a|No, señora]] —contestó él—. [[El señor|a|Yo soy del dominó. Los jueves, en el parque.]]

—[[La abuela|i|¿Usted es Lalo?]]

—[[El señor|i|Eduardo, para servirle. Pero sí, Lalo.]]

—[[La abuela|i|Me habló mucho de usted. Dice que hace trampa.]]

El señor se puso colorado hasta las orejas. Beto, que había salido detrás de mí, se atragantó.

—[[El señor|a|Una vez]] —admitió—. [[El señor|a|Una sola vez, en el noventa y ocho, y él nunca me lo perdonó.]]

—[[Mi tía Rosa|i|Pues siéntese, don Lalo. ¿Le sirvo un café?]]

—[[El señor|i|Si no es molestia.]]

—[[Beto|i|¿Y un tamal? Nomás quedan de rajas.]]

—[[_narr|i|Quedan de rajas porque tú te comiste los de dulce.]]

La abuela se rio. Era la primera vez en tres días. Se rio tanto que tuvo que sacar el pañuelo.

—[[La abuela|i|Ándale, Lalo, cuéntales lo del noventa y ocho a los muchachos.]]

Y don Lalo se sentó a su lado y nos lo contó, con todo y las fichas.
