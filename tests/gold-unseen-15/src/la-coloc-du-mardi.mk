#story la-coloc-du-mardi fr
#char _narr|female|
#char Inès|female|
#char Maxime|male|Max
#char Le propriétaire|male|Gérard Ferrand;Gérard;Ferrand;le propriétaire;un homme
#note N/A : Petit OS écrit pour le défi du mois sur le forum. Merci à Lila pour la relecture ! Les commentaires font toujours plaisir.
---
La colocation

N/A : Petit OS écrit pour le défi du mois sur le forum. Merci à Lila pour la relecture ! Les commentaires font toujours plaisir.

Le mardi soir, c'était la réunion de coloc. Inès l'avait décidé en septembre, avec un tableau blanc et trois feutres de couleur. Maxime appelait ça le tribunal. Moi, je faisais cuire les pâtes et j'essayais de ne pas me faire remarquer.

"[[Inès|e|Premier point : la vaisselle,]] annonça Inès en tapotant le tableau. [[Inès|e|Elle est là depuis samedi.]] »

"[[Maxime|i|Ce n'est pas ma vaisselle.]] »

"[[Inès|i|Il y a ton bol de céréales dedans.]] »

"[[Maxime|i|Un bol. Un seul. Le reste, c'est la poêle de quelqu'un qui fait des crêpes à deux heures du matin.]] »

Ils se tournèrent tous les deux vers moi. Je remuai les pâtes avec beaucoup d'attention.

"[[_narr|a|C'était un anniversaire,]] me défendis-je. »

"[[Inès|i|L'anniversaire de qui ?]] »

"[[_narr|i|De la poêle. Elle a cinq ans.]] »

Maxime éclata de rire. Inès, elle, nota quelque chose en rouge sur le tableau.

«[[Inès|i|Deuxième point. Le propriétaire passe ce soir pour le radiateur.]]»

«[[Maxime|i|Ce soir ? Tu aurais pu le dire avant !]]»

«[[Inès|i|Je l'ai mis sur le groupe lundi. Personne ne lit le groupe.]]»

«[[_narr|i|Moi, je lis le groupe.]]»

«[[Maxime|i|Tu mets des pouces sur tous les messages, ce n'est pas lire.]]»

On sonna à huit heures. Un homme d'une soixantaine d'années entra avec une caisse à outils et un sourire fatigué ; il enleva ses chaussures sans qu'on le lui demande.

"[[Le propriétaire|i|Bonsoir, les jeunes. Alors, ce radiateur, il fait toujours du bruit ?]] »

"[[Maxime|i|Comme un train, monsieur. Toute la nuit.]] »

"[[Le propriétaire|i|Voyons ça.]] »

Il s'agenouilla devant le radiateur du salon, tourna une petite clé, et un long sifflement remplit la pièce. Une goutte d'eau tomba sur le parquet.

"[[Le propriétaire|a|Voilà,]] dit-il en se relevant. [[Le propriétaire|a|Il y avait de l'air. Il faut le purger tous les hivers, je vous l'avais écrit dans le bail.]] »

"[[Inès|i|Vous voyez ? Personne ne lit rien dans cette maison.]] »

"[[Le propriétaire|i|Et ça sent bon, chez vous. Qu'est-ce que c'est ?]] »

"[[_narr|i|Des pâtes au pesto. Vous en voulez ?]] »

Il hésita, regarda sa montre, puis s'assit au bout de la table comme s'il y avait toujours eu sa place.

"[[Le propriétaire|i|Juste une assiette. Ma femme croit que je suis chez le voisin.]] »

Ce n'est qu'en partant, sa caisse sous le bras, qu'il se retourna sur le palier.

"[[Le propriétaire|i|Au fait, on ne s'est jamais vraiment présentés. Gérard Ferrand. Appelez-moi Gérard.]] »

"[[Maxime|i|Bonne soirée, Gérard !]] »

Inès referma la porte et effaça le tableau d'un coup de manche.

"[[Inès|i|Troisième point : on invite Gérard mardi prochain.]] »
