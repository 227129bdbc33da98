#story le-pot-de-depart fr
#char _narr|male|
#char Sandrine|female|
#char Brigitte|female|la compta
#char Le chef|male|monsieur Perrin;Perrin;Patrick;le chef
#char Le stagiaire|male|Hugo;le stagiaire
#note Note de l'auteur : pour Brigitte, la vraie, qui est partie en juin. Tu nous manques. (Le chef n'est pas le vrai chef. Enfin, un peu.)
---
Note de l'auteur : pour Brigitte, la vraie, qui est partie en juin. Tu nous manques. (Le chef n'est pas le vrai chef. Enfin, un peu.)

Le pot de départ

Brigitte partait à la retraite après trente et un ans à la compta, et on avait réservé la salle de réunion du deuxième de seize heures à seize heures trente. Trente minutes, pour trente et un ans. Sandrine avait fait un gâteau. Le stagiaire avait gonflé des ballons sans que personne ne lui demande rien. Moi, j'avais apporté des gobelets, parce que c'était la seule chose qu'on m'avait demandée, et j'avais oublié les gobelets.

«[[Sandrine|i|Tu as signé la carte?]]»

«[[_narr|i|J'ai signé la carte. J'ai mis bonne continuation, avec trois points d'exclamation.]]»

«[[Sandrine|i|Tu es nul. Elle t'a appris Excel, quand même.]]»

«[[_narr|i|Elle m'a appris à avoir peur d'Excel. C'est différent.]]»

Brigitte est entrée à seize heures pile, son sac à main sur l'épaule, comme si elle avait encore un bus à prendre.

«[[Brigitte|i|Oh non. Vous n'auriez pas dû. Des ballons?]]»

«[[Le stagiaire|i|C'est moi, les ballons.]]»

«[[Brigitte|a|C'est très gentil,]] a-t-elle dit en le regardant comme si elle le voyait pour la première fois. [[Brigitte|a|Vous êtes qui, déjà?]]»

«[[Le stagiaire|e|Hugo,]] a répondu le stagiaire. [[Le stagiaire|e|Je suis là depuis mars.]]»

Le chef est arrivé à seize heures dix, avec un discours imprimé recto verso. Sandrine m'a donné un coup de coude.

"[[Le chef|e|Chère Brigitte,]] a commencé monsieur Perrin. [[Le chef|e|Quand je suis arrivé dans cette entreprise, en 1998...]]»

«[[Brigitte|i|En 2001, Patrick.]]»

«[[Le chef|i|En 2001. Merci, Brigitte. Toujours aussi précise.]]»

«[[Sandrine|i|C'est pour ça qu'on va la regretter.]]»

Le discours a duré onze minutes. Hugo a applaudi à la fin de chaque page, parce qu'il croyait que c'était fini.

«[[_narr|i|Il reste combien de pages?]]»

«[[Sandrine|i|Deux. Tiens bon.]]»

Quand il a enfin replié ses feuilles, Brigitte s'est levée. Elle n'avait pas de papier, elle.

«[[Brigitte|i|Je voulais juste dire une chose. Le code de la photocopieuse, c'est 1234. Ça l'a toujours été.]]»

"[[Le chef|i|Pardon?]]»

«[[Brigitte|i|Trente et un ans que vous me demandez de la débloquer. Voilà. Maintenant, vous savez.]]»

«[[_narr|i|Ah. Ça explique beaucoup de choses.]]»

«[[Le stagiaire|i|Je peux avoir une part de gâteau?]]»

«[[Sandrine|e|Prends-en deux,]] a soupiré Sandrine. [[Sandrine|e|On va en avoir besoin.]]»

Le chef est reparti à son bureau sans un mot. Le lendemain, il y avait une affichette au-dessus de la photocopieuse, écrite à la main, en lettres capitales : LE CODE A CHANGÉ. Brigitte aurait adoré.
