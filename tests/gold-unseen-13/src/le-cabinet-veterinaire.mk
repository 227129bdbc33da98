#story le-cabinet-veterinaire fr
#char Monsieur Lebrun|male|Lebrun;Papi;le vieil homme
#char Lou|female|la petite;sa petite-fille;la petite-fille
#char Théo|male|un jeune homme;le jeune homme
#char Le docteur Martel|female|Martel;la vétérinaire;une femme;docteur
---
Le cabinet vétérinaire

La salle d'attente sentait le désinfectant et la croquette. Monsieur Lebrun était assis tout au bord de sa chaise, un carton à chaussures sur les genoux, et sa petite-fille regardait les affiches sur les puces.

— [[Lou|i|Papi, il bouge encore ?]]

— [[Monsieur Lebrun|i|Il bouge, ne t'inquiète pas. Il dort, c'est tout.]]

— [[Lou|i|Les tortues, ça dort beaucoup ?]]

— [[Monsieur Lebrun|i|Celle-là, oui. Elle a soixante ans, elle a bien le droit.]]

— [[Lou|i|Plus vieille que toi ?]]

— [[Monsieur Lebrun|i|Presque aussi vieille que moi, Lou.]]

La porte du fond s'ouvrit sur un jeune homme en blouse verte, une tablette à la main.

— [[Théo|a|Monsieur Lebrun ? Avec... Ernest ?]] lut-il sur l'écran.

— [[Monsieur Lebrun|i|C'est nous.]]

— [[Théo|i|Le docteur Martel vous attend. Suivez-moi.]]

Dans la salle de consultation, une femme aux cheveux gris coupés court se lavait les mains. Elle se retourna et sourit à la petite.

— [[Le docteur Martel|a|Alors, c'est toi qui m'amènes Ernest ?]]

— [[Lou|i|Il ne mange plus sa salade.]]

— [[Le docteur Martel|i|Depuis combien de temps ?]]

— [[Monsieur Lebrun|e|Depuis dimanche,]] s'inquiéta Monsieur Lebrun. [[Monsieur Lebrun|e|D'habitude, il mange comme quatre.]]

La vétérinaire souleva la tortue, l'examina de tous les côtés, tapota la carapace du bout de l'ongle.

— [[Le docteur Martel|i|Vous le gardez où, la nuit ?]]

— [[Monsieur Lebrun|i|Dans le garage. Il fait frais.]]

— [[Le docteur Martel|a|Trop frais,]] soupira-t-elle. [[Le docteur Martel|a|Il croit que l'hiver arrive, il se prépare à hiberner. Il n'est pas malade, il a sommeil.]]

— [[Lou|i|Comme toi, Papi, après le déjeuner.]]

— [[Théo|e|Exactement comme ça,]] pouffa Théo derrière son écran.

— [[Monsieur Lebrun|i|Alors qu'est-ce qu'on fait ?]]

— [[Le docteur Martel|i|Vous le rentrez dans la maison, vous lui laissez un coin chaud, et dans une semaine il vous réclame sa salade. Théo, tu leur imprimes la fiche sur l'hibernation ?]]

— [[Théo|i|Tout de suite, docteur.]]

— [[Lou|i|On peut le mettre dans ma chambre ?]]

— [[Monsieur Lebrun|i|On verra avec ta mère.]]
