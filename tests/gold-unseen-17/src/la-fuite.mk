#story la-fuite fr
#char _narr|female|
#char Inès|female|
#char Madame Ferreira|female|la voisine;la voisine du dessous;madame Ferreira;Ferreira;une dame en robe de chambre;tata
#char Le plombier|male|Gérard;le plombier;un type en bleu de travail;son neveu
#note Titre : La fuite
#note Autrice : petitpois_bleu
#note Fandom : Original
#note Rating : Tout public
#note Résumé : Une coloc, une machine à laver, un dimanche matin. Qu'est-ce qui pourrait mal se passer ?
---
Titre : La fuite
Autrice : petitpois_bleu
Fandom : Original
Rating : Tout public
Résumé : Une coloc, une machine à laver, un dimanche matin. Qu'est-ce qui pourrait mal se passer ?

La fuite

J'ai compris que quelque chose n'allait pas quand mes chaussettes se sont mises à faire floc. Il était huit heures du matin, un dimanche, et la cuisine ressemblait à une piscine municipale. Inès est arrivée derrière moi en bâillant, son téléphone à la main.

« [[Inès|i|Pourquoi tu es debout à cette heure-là ?]] »

« [[_narr|i|Regarde par terre.]] »

« [[Inès|i|Oh. Oh non. C'est la machine ?]] »

« [[_narr|i|Je sais pas. Elle tourne même pas.]] »

Inès a posé son téléphone sur le frigo, ce qui était sans doute la seule décision intelligente de la matinée, et elle a ouvert le placard sous l'évier. Une gerbe d'eau lui est arrivée en pleine figure.

« [[Inès|a|C'est pas la machine,]] a-t-elle constaté en s'essuyant les yeux. [[Inès|a|C'est le tuyau.]] »

On a essayé de couper l'eau au compteur. Enfin, on a essayé : le robinet du compteur était coincé depuis les années quatre-vingt. Et puis quelqu'un a sonné à la porte. Trois coups, secs.

Sur le palier, il y avait une dame en robe de chambre, avec des bigoudis et une serpillière à la main, comme une arme.

« [[Madame Ferreira|i|Il pleut dans ma salle de bains.]] »

« [[_narr|i|Je suis vraiment désolée, on s'en occupe, on a appelé quelqu'un…]] »

« [[Inès|i|On a appelé personne.]] »

« [[_narr|i|On va appeler quelqu'un.]] »

La voisine du dessous a levé les yeux au ciel et elle est entrée sans qu'on l'invite. Elle a regardé la cuisine, puis le placard, puis nous deux.

« [[Madame Ferreira|a|Vous avez un seau, au moins ?]] a-t-elle demandé. »

« [[Inès|i|On a une casserole.]] »

« [[Madame Ferreira|i|Mon Dieu. Bon. Mon neveu est plombier, je l'appelle.]] »

Vingt minutes plus tard, un type en bleu de travail montait l'escalier en soufflant, une caisse à outils dans chaque main. Il a jeté un coup d'œil au placard et il a sifflé entre ses dents.

« [[Le plombier|i|Qui a monté ça ? C'est du scotch, là.]] »

« [[_narr|i|Le propriétaire. Il dit que c'est provisoire.]] »

« [[Le plombier|i|Provisoire depuis quand ?]] »

« [[Inès|i|Depuis 2009, d'après le bail.]] »

Il a éclaté de rire, un grand rire qui a fait trembler les casseroles. Pendant qu'il démontait le tuyau, madame Ferreira s'est assise à notre table et s'est servi un café, comme chez elle.

« [[Madame Ferreira|e|Gérard, fais attention au carrelage,]] a lancé madame Ferreira. [[Madame Ferreira|e|Il est plus vieux que toi.]] »

« [[Le plombier|e|Tout est plus vieux que moi ici, tata,]] a répondu Gérard depuis le fond du placard. »

« [[_narr|i|Ça va coûter cher ?]] »

« [[Le plombier|i|Un café et un croissant. C'est dimanche.]] »

« [[Inès|i|On a pas de croissants.]] »

« [[Madame Ferreira|i|Moi, j'en ai. Descendez, les filles. Et apportez la casserole, elle peut encore servir.]] »
