#story le-vide-grenier fr
#char Lucas|male|
#char Élodie|female|
#char La mère|female|sa mère;Maman
#char Monsieur Pradel|male|Pradel;le vieux monsieur
---
Le vide-grenier

Le dimanche matin, la rue des Tilleuls était couverte de tables pliantes. Élodie avait étalé sur une couverture ses vieilles bandes dessinées, une lampe en forme de champignon et trois puzzles dont elle n'était plus très sûre qu'ils soient complets. Lucas, son voisin, arriva avec deux cafés.

« [[Lucas|i|Tu as déjà vendu quelque chose ?]]

— [[Élodie|i|Un puzzle. À un enfant de six ans qui m'a payée en pièces de dix centimes.]]

— [[Lucas|i|C'est un début.]]

— [[Élodie|i|C'est surtout quarante centimes.]]

— [[Lucas|i|Et la lampe ?]]

— [[Élodie|i|Personne ne veut de la lampe. Les gens la regardent, ils sourient, et ils s'en vont.]]

— [[Lucas|i|Moi je l'aime bien, ta lampe.]]

— [[Élodie|i|Alors achète-la.]] »

Il fit semblant de chercher son portefeuille, puis haussa les épaules. Une dame en imperméable beige traversa la rue à petits pas et s'arrêta devant la couverture.

« [[La mère|e|Tu n'as pas mis les prix ?]] demanda sa mère en posant un panier à ses pieds.

— [[Élodie|i|Maman, je t'ai dit que je m'en occupais.]]

— [[La mère|i|Je vois ça. Et ce champignon, c'est combien ?]]

— [[Élodie|i|Cinq euros.]]

— [[La mère|i|C'est moi qui te l'ai offert, ce champignon.]] »

Lucas pouffa dans son gobelet. Un vieux monsieur à casquette, qui fouillait depuis un moment dans les bandes dessinées, leva la tête.

« [[Monsieur Pradel|a|Vous avez le tome trois ?]] demanda le vieux monsieur. [[Monsieur Pradel|a|Il me manque depuis 1982.]]

— [[Élodie|i|Je crois qu'il est dans la pile de gauche.]]

— [[Monsieur Pradel|i|Ah ! Le voilà. Je m'appelle Pradel, mademoiselle, et vous venez de faire un homme heureux.]] »

Il paya sans discuter. Élodie rangea le billet dans sa boîte à chaussures et regarda sa mère, qui avait repris la lampe dans ses bras.

« [[Élodie|i|Tu la rachètes, c'est ça ?]]

— [[La mère|i|Je la récupère. Nuance.]] »
