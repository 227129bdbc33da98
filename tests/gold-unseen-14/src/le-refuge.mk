#story le-refuge fr
#char Mathis|male|
#char Aurélie|female|
#char Solange|female|la gardienne;une femme;la femme
---
Le refuge

Il neigeait depuis midi quand Mathis et Aurélie atteignirent enfin le refuge. La porte était fermée, mais de la fumée sortait de la cheminée.

— [[Aurélie|i|Tu es sûr que c'est ouvert en cette saison ?]]

— [[Mathis|i|Sur le site, c'était écrit « ouvert toute l'année ».]]

— [[Aurélie|i|Le site date de quand ?]]

— [[Mathis|i|Je préfère ne pas le savoir.]]

Il frappa trois coups. Rien. Il frappa encore, plus fort, et la porte s'ouvrit d'un coup sur une femme en pull rouge, une louche à la main.

— [[Solange|a|Vous êtes les deux de la réservation ?]] demanda-t-elle en les détaillant des pieds à la tête.

— [[Mathis|i|Quelle réservation ?]]

— [[Solange|i|Alors vous n'êtes pas les deux de la réservation.]]

— [[Aurélie|e|On a juste besoin de dormir au sec,]] plaida Aurélie. [[Aurélie|e|On peut payer.]]

La femme soupira, recula d'un pas et les laissa entrer. À l'intérieur, il faisait chaud et ça sentait la soupe aux poireaux.

— [[Solange|i|Posez vos chaussures près du poêle. Pas dessus, près.]]

— [[Mathis|i|Merci, madame.]]

— [[Solange|i|Solange. Ici, il n'y a pas de madame.]]

— [[Aurélie|i|Vous êtes seule là-haut tout l'hiver, Solange ?]]

— [[Solange|i|Avec la radio et le chat. Le chat parle moins que la radio.]]

Elle posa trois bols sur la table en bois, puis remplit le premier à ras bord.

— [[Mathis|e|C'est la meilleure soupe de ma vie,]] déclara Mathis après la première cuillerée.

— [[Solange|a|C'est la seule soupe à trois mille mètres,]] sourit la gardienne. [[Solange|a|Vous n'avez pas beaucoup de concurrence.]]

Dehors, le vent secouait les volets. Aurélie regarda par la fenêtre et se mordit la lèvre.

— [[Aurélie|i|Et les deux de la réservation ? S'ils sont dehors, par ce temps...]]

— [[Solange|i|Ils ont annulé ce matin. Ils ont eu plus de bon sens que vous.]]

— [[Mathis|i|Donc on a pris leurs lits ?]]

— [[Solange|i|Leurs lits, leur soupe et leur chat. Finissez votre bol.]]
