#story le-bureau-de-vote fr
#char Nadia|female|l'assesseure
#char Monsieur Lambert|male|Lambert;le président;jeune homme
#char Madame Chaussat|female|Chaussat;une vieille dame en imperméable beige;la vieille dame;la première électrice
#char Kevin|male|Kevin Marchal;Marchal;le garçon;un grand garçon en survêtement
#char La mère|female|sa mère;maman;une femme
#note Titre : Dimanche, 8 h – 18 h
#note Auteur : le_scrutateur
#note Fandom : Original
#note Rating : Tout public
#note Résumé : Une salle des fêtes, une urne transparente, et Nadia qui regrette déjà de s'être portée volontaire.
#note Note : les bureaux de vote, c'est vraiment comme ça. J'y étais l'an dernier. Le bon stylo existe !
---
Titre : Dimanche, 8 h – 18 h
Auteur : le_scrutateur
Fandom : Original
Rating : Tout public
Résumé : Une salle des fêtes, une urne transparente, et Nadia qui regrette déjà de s'être portée volontaire.

Dimanche, 8 h – 18 h

À huit heures pile, monsieur Lambert ouvrit les portes de la salle des fêtes comme on ouvre un coffre-fort. Il présidait le bureau de vote numéro trois depuis vingt-deux ans, et il n'avait jamais perdu un bulletin.

« [[Monsieur Lambert|i|Vous avez bien les listes d'émargement, Nadia ?]] »

« [[Nadia|i|Je les ai sous les yeux, monsieur Lambert.]] »

« [[Monsieur Lambert|i|Et le stylo ? Le bon stylo, pas le vôtre.]] »

« [[Nadia|i|Le bon stylo.]] »

Nadia, vingt-quatre ans, avait accepté d'être assesseure parce que sa tante le lui avait demandé. Elle commençait à comprendre pourquoi sa tante ne l'avait pas fait elle-même.

La première électrice arriva à huit heures deux. C'était une vieille dame en imperméable beige, sa carte d'électeur déjà à la main, comme un ticket de métro.

« [[Madame Chaussat|e|Je suis toujours la première,]] annonça madame Chaussat. [[Madame Chaussat|e|Depuis Giscard.]] »

« [[Monsieur Lambert|i|Bonjour, madame Chaussat. Vous connaissez le chemin.]] »

« [[Madame Chaussat|i|Je le connais mieux que vous, jeune homme.]] »

Monsieur Lambert avait soixante-trois ans. Il ne releva pas. Elle passa dans l'isoloir, tira le rideau d'un coup sec, en ressortit, et glissa son enveloppe dans l'urne avec une lenteur de cérémonie.

« [[Monsieur Lambert|i|A voté !]] »

« [[Madame Chaussat|a|Vous dites ça à chaque fois,]] remarqua-t-elle. [[Madame Chaussat|a|On pourrait croire que vous êtes surpris.]] »

Vers onze heures, un grand garçon en survêtement entra, poussé dans le dos par une femme qui avait l'air d'avoir gagné une bataille.

« [[La mère|i|Vas-y. Donne ta carte à la dame.]] »

« [[Kevin|i|Je sais, maman. J'ai dix-huit ans, pas quatre.]] »

« [[Nadia|i|C'est votre première fois ?]] »

« [[Kevin|i|Ça se voit tant que ça ?]] »

« [[La mère|a|Il a hésité jusqu'à ce matin,]] dit sa mère. [[La mère|a|Il voulait aller au foot.]] »

« [[Kevin|i|Maman.]] »

Nadia chercha son nom sur la liste. Kevin Marchal. Elle lui tendit le bon stylo.

« [[Nadia|i|Vous signez ici. Et ensuite, l'isoloir.]] »

« [[Kevin|i|Je dois prendre tous les bulletins ?]] »

« [[Monsieur Lambert|e|Au moins deux,]] répondit le président sans lever les yeux. [[Monsieur Lambert|e|C'est le secret du vote.]] »

Le garçon prit les bulletins, disparut derrière le rideau, et y resta si longtemps que sa mère se mit à tapoter sur la table.

« [[La mère|i|Tu t'es endormi ?]] »

« [[Kevin|i|Je lis !]] »

Note : les bureaux de vote, c'est vraiment comme ça. J'y étais l'an dernier. Le bon stylo existe !
