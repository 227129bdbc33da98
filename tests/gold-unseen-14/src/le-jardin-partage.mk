#story le-jardin-partage fr
#char Odile|female|Madame Girard;la vieille dame
#char Karim|male|
#char Jeanne|female|la petite
#char Monsieur Pinto|male|Pinto;le gardien;un homme;l'homme
---
Le jardin partagé

Le samedi matin, le jardin partagé de la rue des Tilleuls n'était jamais très calme. Odile arrosait ses tomates quand Karim arriva, une brouette pleine de terreau devant lui.

« [[Odile|i|Tu es en retard, mon garçon.]] »

« [[Karim|i|Il est neuf heures et quart.]] »

« [[Odile|i|Justement. Les limaces, elles, se lèvent à six heures.]] »

« [[Karim|i|Les limaces ne font pas la grasse matinée ?]] »

« [[Odile|i|Jamais. C'est pour ça qu'elles gagnent.]] »

Karim vida sa brouette au pied du carré de fraises et s'essuya le front.

« [[Karim|a|Et vos courgettes ?]] demanda-t-il. [[Karim|a|L'an dernier, vous en aviez de quoi nourrir tout l'immeuble.]] »

« [[Odile|e|Cette année, rien,]] soupira Odile. [[Odile|e|Trois fleurs et puis plus rien.]] »

Une petite fille en bottes jaunes passa la tête par le portillon, un seau vide à la main.

« [[Jeanne|a|Madame Girard, je peux ramasser les escargots ?]] » demanda-t-elle.

« [[Odile|i|Tous ceux que tu trouves, Jeanne. Et tu les emmènes loin, au square.]] »

« [[Jeanne|i|Même les petits ?]] »

« [[Odile|i|Surtout les petits. Ce sont eux qui deviennent gros.]] »

« [[Karim|i|Tu veux que je t'aide ?]] »

« [[Jeanne|i|Non. Toi, tu fais peur aux escargots.]] »

Karim éclata de rire et reprit sa pelle. La petite fouillait déjà sous les feuilles de rhubarbe.

Vers dix heures, un homme en gilet orange traversa les allées avec un trousseau de clés.

« [[Monsieur Pinto|a|Qui a laissé le robinet ouvert hier soir ?]] lança-t-il à la cantonade. »

« [[Karim|i|Pas moi, monsieur Pinto.]] »

« [[Odile|i|Ni moi.]] »

« [[Monsieur Pinto|e|Le compteur a tourné toute la nuit,]] grogna le gardien. [[Monsieur Pinto|e|Il y avait un lac devant la cabane à outils.]] »

Jeanne se releva lentement, son seau à moitié plein contre la poitrine.

« [[Jeanne|a|C'était pour les escargots,]] avoua-t-elle tout bas. [[Jeanne|a|Ils avaient soif.]] »

Le gardien la regarda un long moment, puis ses moustaches se mirent à trembler.

« [[Monsieur Pinto|i|Les escargots ont soif, maintenant ?]] »

« [[Odile|i|Laissez-la, Pinto. Elle a fait plus de travail ce matin que vous en un mois.]] »

« [[Monsieur Pinto|i|Bon. La prochaine fois, tu fermes le robinet après. D'accord ?]] »

« [[Jeanne|i|D'accord.]] »

Karim tendit une fraise à la petite, qui la mangea sans lâcher son seau.
