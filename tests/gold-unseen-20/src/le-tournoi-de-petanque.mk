#story le-tournoi-de-petanque fr
#char Gilles|male|papy;monsieur Bertin;Bertin
#char Josiane|female|sa femme;mamie
#char Karim|male|le fils du boulanger
#char Enzo|male|un gamin à vélo;le gamin
#note Titre : La mène de trop
#note Auteur : carreau_sur_place
#note Fandom : Original
#note Rating : Tout public
#note Résumé : Une finale de pétanque, un mètre ruban et une égalité que personne n'avait prévue.
---
Titre : La mène de trop
Auteur : carreau_sur_place
Fandom : Original
Rating : Tout public
Résumé : Une finale de pétanque, un mètre ruban et une égalité que personne n'avait prévue.

La mène de trop

Le tournoi de pétanque du 14 Juillet commence à dix heures sur la place de l'église, et à dix heures cinq Gilles se dispute déjà avec son adversaire. Josiane, sa femme, s'est assise sur le banc avec un thermos et une patience infinie.

— [[Gilles|i|Elle est à moi, celle-là. Elle est à moi, je la vois d'ici.]]

— [[Karim|i|Vous la voyez d'ici parce que vous êtes myope d'un œil.]]

— [[Gilles|e|Je suis myope des deux, merci,]] grogne Gilles. [[Gilles|e|Josiane, le mètre !]]

— [[Josiane|i|Le mètre est dans ta poche, Gilles. Comme l'année dernière.]]

Karim, le fils du boulanger, est en finale pour la première fois, et il fait de son mieux pour rester poli.

— [[Karim|i|On mesure, alors ?]]

— [[Gilles|i|On mesure.]]

Un gamin à vélo freine juste à côté du cochonnet et manque de tout renverser.

— [[Josiane|i|Enzo ! Pas sur le terrain !]]

— [[Enzo|e|Pardon, mamie,]] dit le gamin sans descendre du vélo. [[Enzo|e|C'est qui qui gagne ?]]

— [[Gilles|i|Moi.]]

— [[Karim|i|Personne. On mesure.]]

Gilles s'agenouille, déplie le mètre avec des gestes de chirurgien et le tend entre la boule et le cochonnet.

— [[Gilles|a|Quarante-deux,]] annonce-t-il.

— [[Karim|i|Et la mienne ?]]

— [[Gilles|a|Quarante-deux aussi,]] marmonne-t-il, beaucoup moins fort.

— [[Enzo|i|Ça fait égalité, papy ?]]

— [[Josiane|i|Ça fait qu'on va manger froid.]]

— [[Karim|e|On rejoue la mène,]] propose Karim. [[Karim|e|C'est le règlement.]]

— [[Gilles|i|Le règlement, le règlement… Tu l'as lu, toi, le règlement ?]]

— [[Karim|i|Je l'ai écrit, monsieur Bertin. Je suis au comité.]]

Josiane rit si fort qu'elle renverse son café sur le banc.

— [[Josiane|i|Il t'a eu, Gilles. Joue.]]

Gilles joue. Sa boule roule, roule, et vient se coller au cochonnet avec un petit bruit sec.

— [[Enzo|i|Papy ! T'as gagné !]]

— [[Gilles|a|Évidemment,]] dit-il en se relevant, une main sur les reins. [[Gilles|a|Josiane, tu as vu ?]]

— [[Josiane|i|J'ai vu. Tu me dois un café.]]
