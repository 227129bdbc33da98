#story el-cuarto-piso es
#char _narr|male|Rodrigo;Rodri;joven
#char Toño|male|
#char Caro|female|mi hermana;Carolina
#char Don Chema|male|un señor bajito con faja;el de la mudanza;don Chema;el señor
#char La vecina|female|una señora en bata;la vecina;la del 3
#note Nota: Para todos los que se mudaron sin ascensor. Los entiendo. Los abrazo.
---
La mudanza

El camión llegó una hora tarde, y con él un señor bajito con faja que se bajó mirando el edificio como quien mira una montaña.

—[[Don Chema|i|¿Cuarto piso? ¿Sin elevador?]]

—[[_narr|i|Es que está bonito el departamento.]]

—[[Don Chema|a|Bonito para usted, joven]] —dijo, y se amarró la faja—. [[Don Chema|a|Yo me llamo Chema, y le cobro extra por el piso.]]

Toño y mi hermana ya estaban en la banqueta, cada uno con un café. Toño había prometido ayudar a cambio de pizza. Caro había venido a criticar.

—[[Caro|i|¿Todo esto es tuyo? ¿Para qué quieres tres licuadoras?]]

—[[_narr|i|Una era de mi abuela.]]

—[[Caro|i|¿Y las otras dos?]]

—[[Toño|i|Las otras dos son de cuando te cortó la Fer. Se le olvidó que ya tenía.]]

—[[Caro|i|Qué triste eres, hermanito.]]

—[[_narr|i|No soy triste. Soy precavido.]]

Le aventé un cojín. Don Chema subió el refri solo, en la espalda, sin decir una palabra, y bajó silbando.

En el tercer piso se abrió una puerta. Salió una señora en bata, con tubos en el pelo y un chihuahua debajo del brazo.

—[[La vecina|i|¿Quién hace tanto ruido a estas horas?]]

—[[_narr|i|Buenos días, señora. Soy el nuevo del cuatro.]]

—[[La vecina|a|Ah, el nuevo]] —me miró de arriba abajo—. [[La vecina|a|El de antes tocaba la batería. ¿Usted toca algo?]]

—[[Toño|i|Toca la licuadora, señora. Tres.]]

—[[Caro|e|No le haga caso]] —se metió mi hermana—. [[Caro|e|Es muy tranquilo. Demasiado.]]

—[[La vecina|i|Eso dicen todos.]]

Don Chema apareció en la escalera con el colchón encima de la cabeza. La señora se pegó a la pared.

—[[Don Chema|i|Con permiso, seño. ¿Es usted Lupita? ¿La de la fonda de la esquina?]]

—[[La vecina|i|¿Chema? ¿Chema el de la secundaria?]]

Se quedaron viendo, él con el colchón, ella con el chihuahua.

—[[Don Chema|e|Treinta años]] —dijo don Chema—. [[Don Chema|e|Y sigue igualita.]]

—[[La vecina|i|Y usted sigue igual de mentiroso.]]

—[[Caro|e|¿Se conocen?]] —preguntó Caro, divertida.

—[[Don Chema|i|Me dejó plantado en la kermés del ochenta y nueve.]]

Al final nos invitó a todos a tamales. Nadie se acordó de la pizza.

—[[Toño|i|Oye, Rodri. Creo que sí me gusta tu edificio.]]

Nota: Para todos los que se mudaron sin ascensor. Los entiendo. Los abrazo.
