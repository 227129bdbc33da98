#story la-permanence fr
#char Monique|female|chef;madame Monique
#char Karim|male|
#char M. Dos Santos|male|monsieur Dos Santos;Dos Santos;le vieil homme
#char Priscilla|female|une jeune femme;la jeune femme
#note Note : je suis bénévole dans une asso comme celle-ci depuis deux ans. Tout est inventé, sauf les carottes.
---
La permanence

Le jeudi, la distribution commençait à quatorze heures, mais Monique arrivait à midi. Elle disait que c'était pour ranger les cagettes ; en réalité, c'était pour boire son café avant que Karim n'arrive et ne parle sans s'arrêter.

Karim arriva à midi et quart.

«[[Karim|i|Bonjour, chef ! Il y a des yaourts, cette semaine ?]]»

«[[Monique|i|Il y a des yaourts à la fraise qui périment demain, et des carottes. Beaucoup de carottes.]]»

«[[Karim|i|Encore ? Les gens vont finir par voir dans le noir.]]»

«[[Monique|e|Les gens seront contents d'avoir des carottes,]] répliqua Monique. [[Monique|e|Va plutôt ouvrir le carton des couches.]]»

À quatorze heures, la file s'étirait déjà jusqu'au trottoir. Le premier, comme toujours, était monsieur Dos Santos, avec son caddie écossais et sa casquette de foot.

«[[M. Dos Santos|i|Madame Monique, vous êtes rayonnante.]]»

«[[Monique|i|Et vous, vous êtes en avance. Votre carte ?]]»

«[[M. Dos Santos|a|Ma carte...]]» Il fouilla ses poches une à une, lentement, avec un air de grand mystère. «[[M. Dos Santos|a|Je l'ai laissée chez ma voisine. Mais vous me connaissez, depuis le temps.]]»

«[[Karim|i|Moi, je vous connais. Vous êtes le monsieur qui prend toutes les clémentines.]]»

«[[M. Dos Santos|i|Toutes, non. Presque toutes.]]»

Monique leva les yeux au ciel et lui tendit son sac. Derrière lui attendait une jeune femme avec une poussette, qui regardait ses chaussures.

«[[Monique|e|C'est la première fois que vous venez ?]]» lui demanda doucement Monique.

«[[Priscilla|i|Oui. On m'a dit qu'il fallait une inscription...]]»

«[[Monique|i|On va la faire ensemble, ne vous inquiétez pas. Karim, tu prends la suite ?]]»

«[[Karim|i|Je prends la suite !]]»

Monique emmena la jeune femme vers le petit bureau, derrière les étagères. Karim se retrouva seul face à la file, et monsieur Dos Santos ne bougeait toujours pas.

«[[Karim|a|Il vous manque quelque chose ?]]» demanda-t-il.

«[[M. Dos Santos|i|Les clémentines, mon grand. Il n'y en a pas, aujourd'hui ?]]»

«[[Karim|i|Il n'y a que des carottes.]]»

Le vieil homme soupira comme si on lui annonçait un deuil, puis il prit quand même deux bottes.

Dans le bureau, on entendait Monique poser des questions de sa voix calme. Nom, prénom, nombre d'enfants. Quand elles revinrent, la jeune femme avait un sac plein accroché à la poussette et les yeux un peu rouges.

"[[Priscilla|i|Merci. Vraiment. Je peux revenir jeudi prochain ?]]»

"[[Monique|i|Tous les jeudis, Priscilla. Et si vous avez besoin avant, vous appelez ce numéro.]]»

Karim se pencha vers le bébé, qui dormait la bouche ouverte.

«[[Karim|i|Il aime les carottes, lui ?]]»

«[[Priscilla|e|Elle,]] corrigea Priscilla en souriant pour la première fois. [[Priscilla|e|Et oui, elle adore ça.]]»

«[[Karim|i|Vous voyez, chef ? Il y a des gens contents d'avoir des carottes.]]»

Monique ne répondit pas. Elle était déjà en train de compter les yaourts.

Note : je suis bénévole dans une asso comme celle-ci depuis deux ans. Tout est inventé, sauf les carottes.
