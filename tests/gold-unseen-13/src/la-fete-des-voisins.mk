#story la-fete-des-voisins fr
#char _narr|male|
#char Claire|female|ma femme
#char Madame Roux|female|Roux;la vieille dame
#char Jean-Pierre|male|un grand type;le grand type
#char Zoé|female|une fillette;la fillette
---
La fête des voisins

Tous les ans, c'était Madame Roux, du troisième, qui organisait la fête des voisins dans la cour. Tous les ans, je promettais à ma femme que nous resterions une heure, pas plus.

«[[Madame Roux|i|Ah, les jeunes du deuxième ! Vous avez apporté quoi ?]]»

«[[_narr|i|Une quiche.]]»

«[[Madame Roux|i|Encore une quiche. Ça fait quatre quiches.]]»

«[[Claire|e|La nôtre est aux poireaux,]] précisa Claire en posant le plat sur la table à tréteaux. [[Claire|e|Ce n'est pas pareil.]]»

«[[Madame Roux|i|Aux poireaux. Bon. Posez-la à côté des trois autres.]]»

Un grand type en tablier agita une pince à barbecue dans notre direction.

«[[Jean-Pierre|a|Merguez ou chipolata ?]]» cria-t-il par-dessus la fumée.

«[[_narr|i|Merguez.]]»

«[[Claire|i|Chipolata, pour moi.]]»

«[[Jean-Pierre|i|Une de chaque, ça marche. Et vous êtes ?]]»

«[[_narr|i|Le deuxième gauche. Depuis mars.]]»

«[[Jean-Pierre|a|Jean-Pierre, premier droite,]] se présenta-t-il en me tendant une main pleine de moutarde. [[Jean-Pierre|a|Depuis 1987.]]»

Une fillette en robe jaune se glissa entre nous et la table, un gobelet vide dans chaque main.

«[[Zoé|a|Il reste du sirop de grenadine ?]]» demanda-t-elle.

«[[Madame Roux|i|Zoé, tu en as déjà bu trois.]]»

«[[Zoé|i|C'est pour mon frère.]]»

«[[Madame Roux|i|Ton frère est à la piscine.]]»

«[[Zoé|i|C'est pour quand il rentrera.]]»

Claire éclata de rire et lui remplit les deux gobelets.

«[[Claire|i|Tiens. Un pour toi, un pour ton frère.]]»

«[[Zoé|i|Merci, madame !]]»

«[[Jean-Pierre|i|Les merguez sont prêtes ! Le deuxième gauche, c'est pour vous !]]»

Nous mangeâmes debout, nos assiettes en carton pliées dans la main. À dix heures, la cour était encore pleine.

«[[_narr|a|On avait dit une heure,]] chuchotai-je à l'oreille de ma femme.»

«[[Claire|i|C'est toi qui as repris de la quiche.]]»

«[[_narr|i|C'était la quiche de Madame Roux. Je ne pouvais pas refuser.]]»

«[[Madame Roux|a|Je vous ai entendus, vous deux,]] lança la vieille dame depuis sa chaise pliante. [[Madame Roux|a|L'an prochain, vous apportez un dessert.]]»
