#story le-covoit fr
#char _narr|female|Zoé
#char Thierry|male|
#char Aurélie|female|une fille
#char Yanis|male|un étudiant;un grand garçon
#note Note de l'autrice : OS inspiré d'un vrai trajet Lyon-Marseille (en pire). Bonne lecture !
---
Note de l'autrice : OS inspiré d'un vrai trajet Lyon-Marseille (en pire). Bonne lecture !

Le covoit

Le point de rendez-vous, c'est le parking de la gare de Perrache, devant le fast-food. Il y en a trois. J'attends devant le deuxième depuis un quart d'heure quand une Clio grise s'arrête à ma hauteur et que la vitre descend.

— [[Thierry|i|Zoé ? Pour Marseille ?]]

— [[_narr|i|C'est moi. Vous êtes Thierry ?]]

— [[Thierry|i|En chair et en os. Montez, montez, on est déjà en retard.]]

À l'arrière, il y a déjà une fille avec un casque énorme sur les oreilles et un chat dans une caisse de transport. Le chat me fixe. La fille, pas du tout.

— [[Thierry|a|C'est Aurélie,]] dit-il en démarrant. [[Thierry|a|Et Moustache. Moustache ne paie pas, mais il râle pour deux.]]

Aurélie soulève un côté de son casque.

— [[Aurélie|i|Salut.]]

— [[_narr|i|Salut. Il est beau, ton chat.]]

— [[Aurélie|e|C'est une chatte,]] répond Aurélie, et elle remet son casque.

On roule. Thierry parle. Il parle de l'autoroute, des radars, de son beau-frère qui a un camping-car, du prix du gazole, de sa fille qui fait médecine à Montpellier. Je hoche la tête aux bons moments. Après Valence, il met son clignotant.

— [[Thierry|i|On prend quelqu'un à la prochaine aire. Un étudiant. Il a réservé ce matin.]]

— [[_narr|i|Il reste de la place ?]]

— [[Thierry|i|Il reste toujours de la place. Aurélie, tu peux pousser le chat ?]]

Aurélie ne l'entend pas. Je me retourne et je tape sur son genou.

— [[_narr|i|Il faut pousser le chat.]]

— [[Aurélie|i|Quoi ?]]

— [[_narr|i|Le chat. Quelqu'un monte.]]

Sur l'aire, un grand garçon attend à côté des pompes, avec un sac de sport et une housse de guitare. Il se plie en quatre pour entrer à côté de la caisse.

— [[Yanis|i|Bonjour ! Merci, hein, vraiment. Mon train était annulé.]]

— [[Thierry|a|Pas de souci,]] fait-il en redémarrant. [[Thierry|a|Tu t'appelles comment, déjà ?]]

— [[Yanis|i|Yanis.]]

— [[Thierry|i|Yanis, moi c'est Thierry, devant c'est Zoé, derrière c'est Aurélie et Moustache. Tu fais quoi, à Marseille ?]]

— [[Yanis|i|Un concert. Enfin, un tremplin. On passe en quatrième.]]

Aurélie enlève son casque pour de bon.

— [[Aurélie|i|Au Molotov ? Samedi ?]]

— [[Yanis|i|Tu connais ?]]

— [[Aurélie|i|J'y travaille. Au bar.]]

Ils se mettent à parler de groupes dont je n'ai jamais entendu parler. Thierry me lance un regard en coin et monte le son de la radio, juste un peu.

— [[Thierry|a|Vous voyez,]] murmure-t-il, [[Thierry|a|le covoit, c'est fait pour ça.]]

— [[_narr|i|Pour quoi ?]]

— [[Thierry|i|Pour que les gens se rencontrent. Ma femme, je l'ai rencontrée en covoit. Enfin, dans une 2 CV, en 1989, mais c'est pareil.]]

Derrière nous, Moustache miaule une seule fois, très fort, comme pour dire qu'elle n'est pas d'accord.
