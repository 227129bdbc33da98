#story le-cheval-de-bois fr
#char Margaux|female|ma grande
#char Papy|male|Jean;Papy Jean;son grand-père;ton grand-père;papy
#char Le type|male|un type en casquette;le type
#char Odette|female|une dame en ciré jaune;la dame
#char Le garçon|male|un petit garçon en trottinette;le gamin
#note Titre : Vide-grenier
#note Auteur : pastis_et_paillettes
#note Fandom : Original
#note Rating : Tout public
#note Résumé : Margaux a promis à son grand-père de l'aider à vider le garage. Elle n'avait pas prévu les clients.
---
Titre : Vide-grenier
Auteur : pastis_et_paillettes
Fandom : Original
Rating : Tout public
Résumé : Margaux a promis à son grand-père de l'aider à vider le garage. Elle n'avait pas prévu les clients.

Vide-grenier

À six heures du matin, la place de l'église est déjà couverte de tréteaux. Margaux déplie la dernière nappe pendant que son grand-père aligne ses vieux disques dans une caisse de vin.

— [[Margaux|i|Papy, on ne vendra jamais ta platine. Personne n'a de platine.]]

— [[Papy|i|Tout le monde a une platine, ma grande. Tu verras.]]

— [[Margaux|a|Personne,]] insiste-t-elle. [[Margaux|a|On est en 2026.]]

Le premier client arrive avant le café : un type en casquette, un cabas sous le bras, qui retourne chaque objet comme s'il cherchait une étiquette cachée.

— [[Le type|i|C'est combien, la lampe ?]]

— [[Papy|i|Dix euros.]]

— [[Le type|i|Je vous en donne deux.]]

— [[Papy|e|Elle en vaut dix,]] répond Papy sans lever les yeux. [[Papy|e|Elle marche, en plus.]]

— [[Le type|i|Trois, et je prends le cendrier.]]

Margaux tend le cendrier avant que son grand-père ait le temps de protester. Le type repart avec sa lampe, l'air d'avoir gagné au loto.

— [[Papy|a|Tu brades mon héritage,]] grogne-t-il.

— [[Margaux|i|Ton héritage, c'est un cendrier Ricard, papy.]]

Vers dix heures, une dame en ciré jaune s'arrête devant la caisse de jouets. Elle en sort un petit cheval en bois, tout écaillé, et le tient à deux mains.

— [[Odette|i|Mon Dieu. Jean ? C'est toi qui l'as fabriqué, celui-là ?]]

— [[Papy|i|Odette ? Ça alors. Je l'ai fait pour ton Lucien, en soixante-dix-huit.]]

— [[Odette|e|Il l'a perdu au camping,]] dit Odette. [[Odette|e|Il a pleuré tout l'été.]]

— [[Margaux|i|Vous vous connaissez ?]]

— [[Odette|i|On a dansé ensemble au bal du 14 Juillet. Ton grand-père marchait sur les pieds de tout le monde.]]

— [[Papy|i|Pas sur les tiens.]]

Margaux regarde son grand-père, qui regarde très fort ses disques.

— [[Odette|a|Combien, pour le cheval ?]] demande-t-elle.

— [[Papy|i|Rien du tout. Il est à Lucien.]]

— [[Odette|i|Lucien a cinquante ans et plus un cheveu sur le crâne, Jean.]]

— [[Papy|i|Alors il est à toi.]]

Un petit garçon en trottinette freine pile devant la table, les yeux sur la platine.

— [[Le garçon|i|Wesh, c'est un vrai tourne-disque ? Ça marche ?]]

— [[Margaux|e|Ça marche,]] soupire Margaux. [[Margaux|e|Apparemment, tout marche, ici.]]

— [[Papy|e|Tu vois,]] triomphe Papy. [[Papy|e|Tout le monde a une platine.]]
