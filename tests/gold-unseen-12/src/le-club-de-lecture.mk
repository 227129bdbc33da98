#story le-club-de-lecture fr
#char Odile|female|
#char Gérard|male|le vieil homme
#char Yasmine|female|
#char Paul|male|le jeune homme
---
Le club de lecture

Le premier jeudi du mois, le club de lecture se réunissait dans l'arrière-salle de la librairie. Odile avait disposé six chaises en cercle, mais il n'y avait que trois personnes ce soir-là : elle, Yasmine, et Gérard, qui avait soixante-dix ans et un avis sur tout.

"[[Odile|i|Bon. On commence sans les autres ?]]"

"[[Gérard|i|Les autres ne viendront pas. Il pleut.]]"

"[[Yasmine|i|Il pleut tous les jeudis, Gérard.]]"

"[[Gérard|i|Justement. Ils ne viennent jamais.]]"

Odile ouvrit son exemplaire, hérissé de petits papiers jaunes.

“[[Odile|e|Alors, qu'est-ce que vous en avez pensé ?]]” demanda Odile.

“[[Gérard|i|Trop long.]]”

“[[Yasmine|i|Tu dis ça de tous les livres.]]”

“[[Gérard|i|Parce que tous les livres sont trop longs.]]”

"[[Yasmine|e|Moi, j'ai adoré la fin,]] dit Yasmine. [[Yasmine|e|Quand la sœur revient avec la lettre, j'ai pleuré dans le métro.]]"

"[[Odile|i|Moi aussi. Enfin, pas dans le métro.]]"

"[[Gérard|i|Je ne suis pas arrivé à la fin.]]"

"[[Odile|i|Gérard !]]"

"[[Gérard|i|Il est trop long, je vous dis.]]"

La porte de la boutique tinta. Un jeune homme entra, trempé, un livre serré contre sa poitrine sous son blouson.

"[[Paul|a|C'est ici, le club ?]]" demanda-t-il.

"[[Odile|i|C'est ici. Asseyez-vous, il reste des chaises. Beaucoup de chaises.]]"

"[[Paul|i|Je m'appelle Paul. J'ai vu l'affiche dans la vitrine. Je n'ai pas fini le livre, par contre.]]"

"[[Gérard|a|Enfin quelqu'un de raisonnable,]] grogna le vieil homme en lui tendant la main."

"[[Yasmine|i|Vous en êtes où ?]]"

"[[Paul|i|Page quatre-vingts. Le chapitre du mariage.]]"

"[[Odile|i|Alors on ne vous dit rien. Gérard, tu ne dis rien non plus.]]"

"[[Gérard|i|Je ne peux rien dire, je ne sais rien.]]"

"[[Yasmine|e|C'est bien la première fois que ça t'arrête,]] lança Yasmine, et même Gérard se mit à rire."
