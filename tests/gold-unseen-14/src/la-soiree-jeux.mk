#story la-soiree-jeux fr
#char _narr|male|
#char Clémence|female|ma sœur
#char Hugo|male|
#char Inès|female|
---
La soirée jeux

Chaque premier vendredi du mois, ma sœur Clémence organisait une soirée jeux dans son petit appartement. Ce soir-là, nous étions quatre autour de la table basse : Clémence, son ami Hugo, Inès, la voisine du dessus, et moi.

"[[Clémence|i|Alors, on commence par quoi ?]] »

"[[Hugo|i|Le jeu des trains. Comme d'habitude.]] »

"[[Inès|i|Encore ? On y a joué trois heures le mois dernier.]] »

"[[Hugo|i|Et j'ai gagné. C'est pour ça qu'on y rejoue.]] »

"[[_narr|i|C'est surtout pour ça que personne ne veut y rejouer.]] »

Clémence sortit de sous le canapé une boîte cabossée que je ne connaissais pas.

"[[Clémence|a|Celui-là, je l'ai trouvé à la brocante,]] annonça-t-elle. [[Clémence|a|Il faut construire un château et trahir ses alliés.]] »

"[[Inès|e|Parfait pour une famille,]] remarqua Inès. »

"[[_narr|i|Qui lit les règles ?]] »

"[[Hugo|i|Pas moi. La dernière fois, tu as dit que je lisais trop vite.]] »

"[[_narr|i|Tu lisais en sautant les paragraphes, Hugo.]] »

"[[Hugo|i|Seulement ceux qui étaient ennuyeux.]] »

Inès prit le livret, chaussa ses lunettes et lut à voix haute pendant dix bonnes minutes. À la fin, plus personne ne parlait.

"[[Clémence|i|Tu as compris quelque chose, toi ?]] »

"[[_narr|i|J'ai compris qu'il y a des moutons.]] »

"[[Inès|i|Il n'y a pas de moutons. Ce sont des soldats.]] »

"[[_narr|i|Sur la boîte, ils ont de la laine.]] »

"[[Hugo|e|Ce sont des soldats en laine,]] trancha Hugo en distribuant les cartes. [[Hugo|e|On joue, on verra bien.]] »

Une heure plus tard, Clémence avait conquis trois tours et Hugo boudait derrière ses cartes.

"[[Hugo|i|Tu m'as trahi. On avait un accord.]] »

"[[Clémence|i|C'est écrit dans les règles. Demande à Inès.]] »

"[[Inès|a|C'est vrai,]] confirma-t-elle sans lever les yeux. [[Inès|a|Page quatre.]] »

"[[_narr|i|On rejoue aux trains le mois prochain ?]] »

"[[Hugo|i|Oui.]] »

"[[Clémence|i|Non !]] »
