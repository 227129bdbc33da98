#story les-choristes fr
#char Hélène|female|la cheffe de chœur;la cheffe
#char Odile|female|
#char Yves|male|
#char Maëlle|female|une grande fille aux cheveux rouges;la grande fille;la nouvelle
#char Bernard|male|
---
La répétition du mardi

Le mardi soir, la chorale de Saint-Aubin répète dans la salle paroissiale, sous un crucifix et un panneau « Défense de fumer » qui date des années soixante. Hélène, la cheffe de chœur, tape trois fois sur son pupitre.

— [[Hélène|i|Les altos, on reprend à la mesure douze. Odile, vous étiez en avance.]]

— [[Odile|e|J'étais en avance parce que Yves était en retard,]] réplique Odile.

— [[Yves|i|Je n'étais pas en retard. J'étais expressif.]]

— [[Hélène|i|Soyez expressifs en même temps, je vous en supplie.]]

La porte grince. Une grande fille aux cheveux rouges entre avec un casque de vélo sous le bras et reste près du radiateur.

— [[Maëlle|i|Excusez-moi. On m'a dit que vous cherchiez des voix ?]]

— [[Yves|i|On cherche surtout des hommes.]]

— [[Odile|i|On cherche surtout quelqu'un de moins de soixante-dix ans. Approchez, mademoiselle.]]

— [[Hélène|e|Comment vous appelez-vous ?]] demande la cheffe.

— [[Maëlle|i|Maëlle. Je chantais au lycée, mais ça fait longtemps.]]

— [[Hélène|e|Alors chantez-moi un la,]] dit Hélène en tendant le diapason.

Maëlle chante un la. Le radiateur lui-même semble se taire. Au fond, Bernard, le seul ténor, pose sa partition sur ses genoux.

— [[Bernard|i|Ah. Bon. Elle est meilleure que nous tous.]]

— [[Yves|i|Parle pour toi, Bernard.]]

— [[Bernard|i|Je parle pour toi aussi, Yves. Je t'entends depuis douze ans.]]

Odile éclate de rire et fait tomber ses lunettes.

— [[Odile|i|Maëlle, vous venez le mardi prochain ? Il y a des gâteaux, le mardi prochain.]]

— [[Maëlle|e|Il y a des gâteaux tous les mardis ?]] demande-t-elle.

— [[Hélène|i|Seulement quand quelqu'un chante juste. Donc jamais, jusqu'à aujourd'hui.]]

— [[Yves|e|C'est méchant,]] marmonne-t-il. [[Yves|e|C'est vrai, mais c'est méchant.]]

— [[Hélène|i|Mesure douze. Tout le monde. Maëlle, avec les sopranos.]]

Et pour la première fois depuis l'automne, la mesure douze tombe juste.
