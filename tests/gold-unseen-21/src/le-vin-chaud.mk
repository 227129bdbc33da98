#story le-vin-chaud fr
#char _narr|male|Quentin
#char Apolline|female|ma sœur
#char Ginette|female|la dame du stand d'à côté;la dame
#char Roger|male|un monsieur en doudoune;le monsieur
#note Note : écrit pour le calendrier de l'Avent du forum. Jour 9 !
#note Titre : Le vin chaud
#note Auteur : petitbonnetrouge
#note Fandom : Original
#note Résumé : Deux jours, un stand, quarante litres de vin chaud.
---
Titre : Le vin chaud
Auteur : petitbonnetrouge
Fandom : Original
Résumé : Deux jours, un stand, quarante litres de vin chaud.

Ma sœur Apolline avait loué un stand au marché de Noël de la place Kléber, et elle avait décidé que j'étais son employé. Non payé, bien sûr.

«[[Apolline|i|Tu touilles, tu sers, tu souris. C'est tout.]]»

«[[_narr|e|Et toi ?]]» j'ai demandé.

«[[Apolline|i|Moi, je gère.]]»

À dix heures, la dame du stand d'à côté, qui vendait des bredeles dans des sachets à rubans, s'est penchée par-dessus la cloison.

«[[Ginette|i|Vous êtes nouveaux ? Le vin chaud, ici, c'était Maurice. Maurice est parti en Bretagne.]]»

«[[Apolline|i|On ne remplace pas Maurice, madame. On fait autre chose.]]»

«[[Ginette|e|Ginette,]] dit-elle. [[Ginette|e|Tout le monde m'appelle Ginette. Maurice mettait de la cannelle. Beaucoup.]]»

"[[_narr|i|Nous aussi, on en met,]]» j'ai dit, un peu vexé.

Un monsieur en doudoune s'est arrêté devant nous et a reniflé la marmite.

«[[Roger|i|C'est de l'orange, que je sens ?]]»

«[[Apolline|i|Orange, clou de girofle, cannelle. Et un secret.]]»

«[[Roger|i|Maurice n'avait pas de secret.]]»

«[[Ginette|i|Maurice avait un secret, Roger. C'était le rhum.]]»

Le monsieur en doudoune a ri si fort que les gens du manège se sont retournés.

«[[Roger|e|Deux gobelets, alors,]] a-t-il dit. [[Roger|e|Un pour moi, un pour Ginette.]]»

«[[_narr|i|Ça fait six euros.]]»

«[[Roger|i|Maurice faisait cinq.]]»

«[[Apolline|e|Maurice est en Bretagne,]]» a répondu ma sœur sans lever les yeux.

Ginette a pris son gobelet, a soufflé dessus et a bu une gorgée.

«[[Ginette|i|Hm. Pas mal, petit. Un peu moins d'orange.]]»

"[[_narr|e|Je m'appelle Quentin,]]» j'ai dit.

«[[Ginette|i|Un peu moins d'orange, Quentin.]]»

Le soir, on avait vendu trente litres. Apolline a mis un peu moins d'orange le lendemain.

Note : écrit pour le calendrier de l'Avent du forum. Jour 9 !
