#story la-veillee fr
#char Bastien|male|
#char Clémence|female|
#char Louna|female|la petite
#char Sacha|male|
#char Le directeur|male|Jean-Marc;le directeur;monsieur le directeur;une silhouette en doudoune
#note Titre : Veillée
#note Auteur : marmotte_des_alpes
#note Fandom : Original
#note Rating : K
#note Résumé : Dernier soir de colo. Personne ne veut dormir, surtout pas les animateurs.
---
Titre : Veillée
Auteur : marmotte_des_alpes
Fandom : Original
Rating : K
Résumé : Dernier soir de colo. Personne ne veut dormir, surtout pas les animateurs.

Veillée

Le feu de camp avait fini par prendre, après trois allumettes et beaucoup de jurons étouffés. Autour, une vingtaine d'enfants en pyjama se serraient sous des couvertures qui sentaient la naphtaline. Bastien tenait sa guitare comme un bouclier.

« [[Clémence|i|Tu sais en jouer, au moins ?]] »

« [[Bastien|i|Trois accords. C'est largement assez pour une colo.]] »

« [[Clémence|i|Pour une chanson, peut-être. Pas pour tout ce qu'ils vont te demander.]] »

Une petite main se leva au premier rang. C'était Louna, la plus petite du groupe des Marmottes, qui levait la main pour tout, même pour aller aux toilettes.

« [[Louna|i|Bastien, tu connais une chanson de fantômes ?]] »

« [[Bastien|i|Je connais une chanson de marmottes.]] »

« [[Sacha|e|C'est nul, les marmottes,]] lança Sacha, assis juste à côté d'elle. [[Sacha|e|On veut une histoire qui fait peur.]] »

« [[Louna|i|Pas trop peur.]] »

« [[Sacha|i|Si, très peur. Sinon ça compte pas.]] »

Clémence se pencha vers Bastien avec un sourire qui ne lui disait rien de bon.

« [[Clémence|a|Vas-y, raconte-leur la dame du lac,]] murmura-t-elle. »

« [[Bastien|i|Il n'y a pas de dame du lac.]] »

« [[Clémence|i|Il y en a une depuis tout de suite.]] »

Bastien posa la guitare, soupira, et baissa la voix.

« [[Bastien|i|Alors. Il y a très longtemps, avant même que le directeur ait une moustache...]] »

Des rires éclatèrent. Au fond, près du chalet, une silhouette en doudoune toussa bruyamment.

« [[Le directeur|i|J'ai entendu, Bastien.]] »

« [[Bastien|e|Bonsoir, monsieur le directeur,]] répondit Bastien sans se retourner. [[Bastien|e|Vous voulez un chamallow ?]] »

« [[Le directeur|i|Deux. Et à vingt-deux heures, tout le monde au lit.]] »

« [[Sacha|i|Même les animateurs ?]] »

« [[Le directeur|i|Surtout les animateurs.]] »

Il s'assit sur un tronc, à côté de Clémence, et tendit la main vers le sachet. L'histoire reprit. La dame du lac sortait de l'eau les soirs de pleine lune, elle cherchait son peigne, elle frappait aux fenêtres des chalets. Louna s'était rapprochée de Clémence à chaque phrase, jusqu'à se retrouver presque sur ses genoux.

« [[Louna|a|C'est pas vrai, hein ?]] chuchota la petite. »

« [[Clémence|i|Bien sûr que non. Il invente tout.]] »

« [[Sacha|i|Comment tu sais ?]] »

« [[Clémence|i|Parce que le lac est à douze kilomètres, et que la dame n'a pas de voiture.]] »

Même Sacha rit. Quand les derniers chamallows eurent fondu, le directeur se leva et frappa dans ses mains.

« [[Le directeur|i|Au lit, les Marmottes. Brossage de dents, et je ne veux plus entendre une mouche.]] »

Les enfants filèrent vers les chalets en traînant leurs couvertures. Il ne resta bientôt plus que les trois adultes et les braises.

« [[Bastien|i|Merci pour la moustache, Jean-Marc. Je vous la revaudrai.]] »

« [[Le directeur|e|Tu me la revaudras dès demain,]] corrigea Jean-Marc. [[Le directeur|e|C'est toi qui fais le réveil à sept heures.]] »

« [[Clémence|e|Moi, je trouve que c'est mérité,]] dit Clémence en éteignant sa lampe frontale. »

« [[Bastien|i|Toi, tu m'as jeté dans la gueule du loup.]] »

« [[Clémence|i|Dans le lac, plutôt.]] »
