#story le-cours-de-poterie fr
#char _narr|female|
#char Léa|female|
#char Sylvie|female|une femme aux mains grises d'argile;la prof;la femme
#char Marc|male|un monsieur à la barbe blanche;le monsieur
#note Note : oui, j'ai un bol bleu penché. Non, vous ne pouvez pas le voir.
---
Le bol bleu

C'est Léa qui m'a inscrite au cours de poterie, pour mon anniversaire, sans me demander mon avis. Le mardi soir, on s'est retrouvées dans un atelier au fond d'une cour, avec six tours, une odeur de terre mouillée et une femme aux mains grises d'argile qui nous attendait à la porte.

«[[Sylvie|i|Vous êtes les deux nouvelles? Entrez, entrez. Tabliers à gauche.]]»

«[[Léa|i|On a mis des vieux vêtements, comme vous avez dit.]]»

«[[Sylvie|i|Vous avez bien fait. L'argile, ça ne pardonne pas.]]»

Au tour d'à côté, un monsieur à la barbe blanche faisait tourner une motte avec une concentration de moine.

«[[Marc|i|Ne vous inquiétez pas. Moi, ça fait trois mois, et je n'ai fait que des cendriers.]]»

«[[_narr|i|Vous vouliez faire des cendriers?]]»

«[[Marc|i|Je voulais faire des vases.]]»

La prof m'a installée au tour, m'a posé une boule d'argile dans les mains et a appuyé sur la pédale.

«[[Sylvie|e|Les coudes sur les genoux,]] a dit Sylvie. [[Sylvie|e|Et vous laissez la terre venir à vous.]]»

"[[_narr|i|Elle ne vient pas. Elle s'en va.]]»

«[[Léa|i|Elle s'en va sur moi, surtout.]]»

En effet, Léa avait un grand trait d'argile sur la joue.

«[[Marc|i|Moins vite, la pédale. Vous allez trop vite.]]»

«[[Sylvie|i|Marc, laissez-la chercher.]]»

«[[Marc|a|Je ne dis rien,]] a-t-il protesté. [[Marc|a|Je conseille.]]»

Au bout d'une heure, j'avais fait un objet. Ce n'était pas un bol. Ce n'était pas un vase. Léa l'a regardé longtemps, la tête penchée.

"[[Léa|i|C'est… un cendrier?]]»

«[[_narr|i|C'est un bol.]]»

«[[Marc|e|C'est un cendrier,]] a dit Marc avec une grande douceur. [[Marc|e|Bienvenue au club.]]»

«[[Sylvie|i|Ne l'écoutez pas. On va le cuire, et vous verrez. Tout est plus beau après le four.]]»

«[[Léa|i|Même elle?]]»

«[[Sylvie|i|Surtout elle.]]»

La semaine suivante, Sylvie m'a rendu mon bol. Il était bleu, un peu penché, et parfaitement étanche.

«[[_narr|i|Il tient l'eau!]]»

«[[Marc|i|Les miens aussi tiennent l'eau. Ce sont les meilleurs cendriers du quartier.]]»

«[[Léa|e|Je t'inscris pour l'année,]] a décidé Léa. [[Léa|e|C'est mon cadeau de Noël.]]»

Note : oui, j'ai un bol bleu penché. Non, vous ne pouvez pas le voir.
