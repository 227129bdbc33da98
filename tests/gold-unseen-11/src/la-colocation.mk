#story la-colocation fr
#char Sarah|female|
#char Maxime|male|Max
#char Théa|female|
#char Le propriétaire|male|Monsieur Dumas;Dumas;le propriétaire
---
La colocation

Le tableau des corvées avait disparu du frigo. Sarah le retrouva roulé en boule dans la poubelle de la cuisine, sous une boîte de pizza.

"[[Sarah|i|Qui a fait ça ?]]» lança-t-elle vers le couloir.

Maxime apparut dans l'encadrement de la porte, une brosse à dents dans la bouche.

"[[Maxime|i|Fait quoi ?]]»

"[[Sarah|i|Le tableau. Il était dans la poubelle.]]»

"[[Maxime|i|C'est peut-être tombé.]]»

"[[Sarah|i|Dans la poubelle. Sous une pizza. Tout seul.]]»

"[[Maxime|i|Ça arrive.]]»

"[[Sarah|i|C'était ta semaine de vaisselle, Maxime.]]»

"[[Maxime|i|Justement, j'allais la faire.]]»

Théa sortit de sa chambre en pyjama, les cheveux en bataille, et regarda la boule de papier dans la main de Sarah.

"[[Théa|i|Ah. Vous l'avez trouvé.]]»

"[[Sarah|i|Tu étais au courant ?]]»

"[[Théa|i|C'est moi qui l'ai jeté. Il était faux : il me mettait aux poubelles trois semaines de suite.]]»

"[[Maxime|e|Tu vois,]] dit Maxime, triomphant. [[Maxime|e|Ce n'est pas moi.]]»

Quelqu'un frappa à la porte d'entrée. Sur le palier se tenait un homme en costume gris, une mallette à la main.

"[[Le propriétaire|a|Bonjour, je suis Monsieur Dumas, le propriétaire,]] annonça-t-il. [[Le propriétaire|a|Je viens pour l'état des lieux de mi-année.]]»

"[[Sarah|i|C'était aujourd'hui ?]]»

"[[Le propriétaire|i|C'était écrit sur le tableau du frigo, je crois.]]»
