#story la-tombola fr
#char Huguette|female|
#char Marius|male|le boulanger
#char Fabrice|male|le maire;monsieur le maire
#char Séverine|female|la directrice
#note Note de l'auteur : merci à tous ceux qui ont commenté ! Le jambon existe vraiment.
---
La tombola

Chaque année, à la fête de l'école, Huguette tenait la tombola. Elle avait une boîte à chaussures pleine de tickets, une table pliante et un jambon entier comme gros lot. Marius, le boulanger, était venu l'aider à plier les tickets.

« [[Huguette|i|Pas comme ça, Marius. En quatre, pas en deux.]] »

« [[Marius|i|En deux, c'est plus rapide.]] »

« [[Huguette|i|En deux, on voit les numéros à travers.]] »

Séverine, la directrice, passa devant la table avec un mégaphone et s'arrêta net.

« [[Séverine|e|Huguette, il est où, le jambon ?]] demanda-t-elle. »

« [[Huguette|i|Sous la table. Au frais.]] »

« [[Séverine|i|Il faut qu'on le voie ! Les gens achètent des tickets pour le jambon, pas pour la boîte à chaussures.]] »

« [[Marius|i|Moi, j'achèterais pour la boîte. Elle est jolie.]] »

Vers midi, Fabrice, le maire, arriva en costume, suivi d'un photographe du journal local.

« [[Fabrice|i|Alors, cette tombola ? Je prends dix tickets. Pour la photo.]] »

« [[Huguette|i|Dix tickets, ça fait vingt euros, monsieur le maire.]] »

« [[Fabrice|i|Vingt ? L'an dernier, c'était un euro le ticket.]] »

« [[Séverine|i|L'an dernier, il n'y avait pas de jambon.]] »

« [[Marius|e|Il y avait des confitures,]] ajouta Marius. [[Marius|e|Celles de ma belle-mère.]] »

« [[Fabrice|i|Justement. Personne n'a oublié ces confitures.]] »

Le photographe prit la photo au moment où le maire tendait son billet. À trois heures, Huguette plongea la main dans la boîte à chaussures.

« [[Huguette|i|Le numéro quarante-deux !]] »

Silence. Puis Fabrice regarda ses dix tickets, un par un, et leva lentement le bras.

« [[Séverine|i|Ce n'est pas possible.]] »

« [[Fabrice|i|Je le rends. Je le rends tout de suite. Donnez-le à l'école.]] »

« [[Marius|i|Prenez au moins les confitures.]] »

Note de l'auteur : merci à tous ceux qui ont commenté ! Le jambon existe vraiment.
