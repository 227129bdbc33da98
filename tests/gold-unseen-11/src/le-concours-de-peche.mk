#story le-concours-de-peche fr
#char Papy Robert|male|Robert;Papy;le grand-père
#char Inès|female|
#char Yanis|male|
#char Le juge|male|l'arbitre;juge
---
Le concours de pêche

L'étang était encore dans la brume quand Papy Robert planta son pliant sur la berge. Inès et Yanis, ses petits-enfants, déroulaient leurs lignes en se disputant la meilleure place.

« [[Yanis|i|C'est moi qui étais là en premier.]] »

« [[Inès|i|Tu étais aux toilettes.]] »

« [[Yanis|i|J'étais là en premier avant d'aller aux toilettes.]] »

« [[Papy Robert|e|Les poissons se moquent de qui était là en premier,]] dit Papy Robert. [[Papy Robert|e|Asseyez-vous et taisez-vous.]] »

Pendant dix minutes, on n'entendit que le clapotis de l'eau. Puis le bouchon d'Inès plongea d'un coup.

« [[Inès|i|Papy ! Papy, ça tire !]] »

« [[Papy Robert|i|Doucement. Ne tire pas comme une brute, laisse-le se fatiguer.]] »

« [[Inès|i|Il est énorme !]] »

« [[Yanis|i|Il est surtout coincé dans les herbes.]] »

Le poisson sortit de l'eau en frétillant : une ablette pas plus longue qu'un doigt. Yanis éclata de rire.

« [[Yanis|i|Énorme, hein ?]] »

« [[Inès|i|Elle compte quand même. Un poisson, c'est un poisson.]] »

Un homme en gilet orange s'approchait le long de la berge, un carnet à la main et un sifflet autour du cou.

« [[Le juge|a|Premier poisson de la matinée,]] nota le juge. [[Le juge|a|Comment tu t'appelles ?]] »

« [[Inès|i|Inès. Avec un accent.]] »

« [[Le juge|i|Et celui-là, il a pris quelque chose ?]] »

« [[Yanis|a|Pas encore,]] grogna le garçon. »

« [[Papy Robert|i|Il a pris un coup de soleil, c'est déjà ça.]] »
