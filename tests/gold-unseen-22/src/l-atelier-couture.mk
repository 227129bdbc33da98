#story l-atelier-couture fr
#char Madame Quéré|female|la couturière;Quéré
#char Roseline|female|
#char Thibaut|male|
#char Armelle|female|
---
L'atelier couture

Le mercredi soir, Madame Quéré ouvre l'arrière-boutique de sa mercerie à quatre élèves et à six machines à coudre, dont deux fonctionnent.

— [[Madame Quéré|e|Aujourd'hui, on pose une fermeture Éclair]], annonce-t-elle. [[Madame Quéré|e|Invisible.]]

— [[Thibaut|i|Invisible comment ? On ne la voit pas du tout ?]]

— [[Madame Quéré|i|Si elle est bien posée, non.]]

— [[Roseline|i|Alors la mienne sera très visible.]]

Armelle arrive en retard, comme toujours, un rouleau de tissu à fleurs sous le bras.

— [[Armelle|e|Pardon, pardon]], souffle-t-elle. [[Armelle|e|Le bus est resté bloqué derrière un camion de livraison.]]

— [[Roseline|i|Tous les mercredis, le même camion ?]]

— [[Armelle|i|C'est un camion très régulier.]]

Thibaut éclate de rire et casse son fil. Madame Quéré soupire et lui tend une bobine neuve sans lever les yeux.

— [[Madame Quéré|i|Thibaut, le fil se passe par le haut. Je vous l'ai dit trois fois.]]

— [[Thibaut|i|Quatre. Mais je n'écoutais pas la première.]]

— [[Armelle|i|Qu'est-ce qu'on fait, ce soir ? Je n'ai pas de fermeture.]]

— [[Roseline|i|Une fermeture invisible. Tu as de la chance, la tienne est déjà posée.]]

— [[Madame Quéré|e|Roseline]], gronde doucement la couturière. [[Madame Quéré|e|Donnez-lui plutôt une des vôtres, vous en avez acheté cinq.]]

— [[Roseline|i|Trois vertes et deux roses. Elle veut laquelle ?]]

— [[Armelle|i|La rose. Avec les fleurs, ça ira.]]

— [[Thibaut|i|Rien ne va avec ces fleurs.]]

À dix heures, trois fermetures sont posées. Celle de Thibaut se voit de l'autre bout de la pièce.

— [[Madame Quéré|e|Elle n'est pas invisible]], constate Madame Quéré, [[Madame Quéré|e|mais elle est solide.]]

— [[Thibaut|i|C'est mon style.]]
