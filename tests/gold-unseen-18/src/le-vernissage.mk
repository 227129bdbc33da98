#story le-vernissage fr
#char _narr|female|Juju
#char Clémence|female|
#char Antoine|male|mon frère;ton frère;le frère
#char La galeriste|female|la galeriste;une femme en tailleur noir
#char Le monsieur|male|monsieur Roussel;Roussel;le monsieur;un monsieur âgé à l'écharpe rouge;son ancien prof de dessin
#note Titre : Vernissage
#note Autrice : lune_de_miel_42
#note Fandom : Original
#note Rating : Tout public
#note Résumé : Mon petit frère expose ses toiles pour la première fois. Je ne comprends rien à l'art contemporain. Ça va bien se passer.
---
Titre : Vernissage
Autrice : lune_de_miel_42
Fandom : Original
Rating : Tout public
Résumé : Mon petit frère expose ses toiles pour la première fois. Je ne comprends rien à l'art contemporain. Ça va bien se passer.

Vernissage

La galerie est minuscule, blanche, et il y fait trente degrés. Antoine nous a donné rendez-vous à dix-neuf heures ; à dix-neuf heures cinq, Clémence a déjà bu deux coupes de crémant.

— [[Clémence|i|Il est où, ton frère ?]]

— [[_narr|i|Quelque part derrière le grand tableau orange. Il se cache.]]

— [[Clémence|i|Il se cache à son propre vernissage ?]]

— [[_narr|i|C'est Antoine.]]

Une femme en tailleur noir fend la foule dans notre direction, un carnet à la main. Elle a le sourire de quelqu'un qui vend des choses.

— [[La galeriste|a|Vous êtes la sœur, n'est-ce pas ?]] me demande-t-elle. [[La galeriste|a|Il vous ressemble beaucoup.]]

— [[_narr|i|On me le dit souvent. Pas forcément comme un compliment.]]

— [[La galeriste|i|Et vous, madame, vous êtes de la famille aussi ?]]

— [[Clémence|e|Presque,]] répond Clémence. [[Clémence|e|Je le gardais quand il avait six ans. Il mordait.]]

Antoine finit par sortir de derrière le tableau orange. Il porte une chemise que je lui ai offerte à Noël et qu'il n'a jamais mise.

— [[Antoine|e|Juju, tu es venue,]] dit Antoine, comme si c'était une surprise. [[Antoine|e|Tu as vu la salle du fond ?]]

— [[_narr|i|Pas encore. Il y a quoi, dans la salle du fond ?]]

— [[Antoine|i|Toi. Enfin, un portrait de toi. Ne te fâche pas.]]

Devant le portrait, un monsieur âgé à l'écharpe rouge se tient les mains dans le dos, très droit, le nez presque sur la toile.

— [[Le monsieur|i|Le bleu est trop froid. Je vous l'avais dit, Antoine.]]

— [[Antoine|a|Vous me l'avez dit en 2011,]] soupire mon frère. [[Antoine|a|Je l'ai gardé quand même.]]

— [[Clémence|e|C'est qui ?]] chuchote Clémence à mon oreille.

— [[_narr|i|Son ancien prof de dessin, je crois. Monsieur Roussel. Il lui mettait des sept sur vingt.]]

— [[Le monsieur|i|Des huit, mademoiselle. J'ai l'oreille fine.]]

Clémence s'étouffe dans sa coupe. La galeriste revient avec son carnet et une pastille rouge.

— [[La galeriste|i|Monsieur Roussel, vous aviez une question sur le prix ?]]

— [[Le monsieur|i|Je n'ai pas de question. Je le prends.]]

— [[Antoine|i|Vous le prenez ? Le portrait de ma sœur ?]]

— [[Le monsieur|a|Le bleu est trop froid,]] répète-t-il en haussant les épaules. [[Le monsieur|a|Mais le reste est juste.]]

Antoine ne dit rien. Moi non plus. Clémence, elle, commande une troisième coupe.
