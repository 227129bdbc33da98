#story le-fournil fr
#char La boulangère|female|Odette;la patronne;la boulangère;madame
#char Kévin|male|l'apprenti;le nouveau
#char Madame Roux|female|Roux;une vieille dame;la vieille dame
#char Le petit garçon|male|un petit garçon;le gamin
#note Titre : Le pain du dimanche
#note Auteur : brioche_et_cafe
#note Fandom : Original
#note Résumé : Six heures du matin, une boulangerie de quartier, et un apprenti qui ne comprend pas pourquoi on ouvre le dimanche.
---
Titre : Le pain du dimanche
Auteur : brioche_et_cafe
Fandom : Original
Résumé : Six heures du matin, une boulangerie de quartier, et un apprenti qui ne comprend pas pourquoi on ouvre le dimanche.

Le pain du dimanche

Six heures moins le quart. Le rideau de fer était encore à moitié baissé quand Kévin passa dessous, son sac sur l'épaule et les cheveux en bataille. Dans le fournil, la boulangère sortait déjà la première fournée.

« [[La boulangère|i|Tu es en retard.]] »

« [[Kévin|i|De trois minutes.]] »

« [[La boulangère|i|Trois minutes, c'est douze baguettes qui brûlent. Enfile ton tablier.]] »

Il obéit en bâillant. Pendant un long moment, on n'entendit plus que le ronflement du four et le crissement des croûtes qui refroidissaient sur les grilles.

« [[Kévin|a|Madame, je peux vous poser une question ?]] » finit-il par demander.

« [[La boulangère|i|Tu viens d'en poser une.]] »

« [[Kévin|i|Pourquoi on ouvre le dimanche, si personne ne vient avant huit heures ?]] »

La boulangère posa sa pelle contre le mur et le regarda par-dessus ses lunettes.

« [[La boulangère|a|Personne ?]] répéta-t-elle. [[La boulangère|a|Attends un peu.]] »

À six heures pile, la clochette de la porte tinta. Une vieille dame en manteau bleu entra à petits pas, un cabas à roulettes derrière elle.

« [[Madame Roux|i|Bonjour, bonjour ! Ma tradition est prête ?]] »

« [[La boulangère|i|Bien cuite, comme d'habitude, madame Roux.]] »

« [[Madame Roux|i|Vous êtes un ange. Et lui, c'est le nouveau ?]] »

« [[Kévin|e|Kévin, madame,]] se présenta Kévin en rougissant. [[Kévin|e|Je suis apprenti.]] »

« [[Madame Roux|i|Apprenti ! Il est bien maigre, pour un boulanger.]] »

« [[La boulangère|i|Il mange tout ce qui tombe des grilles. Ça ne se voit pas encore.]] »

Madame Roux paya en petite monnaie, compta deux fois et repartit en tirant son cabas. Elle n'avait pas refermé la porte qu'un petit garçon en pyjama se glissa à l'intérieur, un billet froissé dans le poing.

« [[Le petit garçon|i|C'est pour des croissants. Maman dort encore.]] »

« [[La boulangère|i|Combien, mon grand ?]] »

« [[Le petit garçon|i|Autant qu'il y a de gens à la maison. Moi, maman, papa, ma sœur... et le chien ?]] »

« [[Kévin|e|Le chien n'a pas droit aux croissants,]] dit Kévin. »

« [[Le petit garçon|a|Il en a eu un à Noël,]] protesta le gamin. »

« [[La boulangère|i|Alors disons quatre, et un petit bout de pain pour le chien. Tu sais compter ta monnaie ?]] »

« [[Le petit garçon|i|Oui. Enfin, presque.]] »

Kévin l'aida à compter, pièce par pièce, sur le comptoir. Le gamin repartit en serrant le sachet contre son pyjama, et la clochette tinta derrière lui.

À sept heures, il y avait la queue jusque sur le trottoir. Kévin emballait, rendait la monnaie, emballait encore, les joues rouges.

« [[Kévin|i|D'accord. J'ai compris.]] »

« [[La boulangère|a|Qu'est-ce que tu as compris ?]] demanda-t-elle sans lever les yeux de la caisse. »

« [[Kévin|i|Pourquoi on ouvre le dimanche.]] »

« [[La boulangère|i|Bien. Et tu m'appelleras Odette, comme tout le monde. “Madame”, ça me vieillit.]] »

« [[Kévin|i|D'accord, Odette.]] »
