#story la-salle-des-profs fr
#char Nadia|female|
#char Bertrand|male|
#char Chloé|female|une jeune femme avec un cartable tout neuf;la jeune femme;la remplaçante
#char Le principal|male|monsieur Vasseur;Vasseur;le principal
#note Note de l'autrice : pour toutes les salles des profs de France et leur photocopieuse. Courage.
---
Note de l'autrice : pour toutes les salles des profs de France et leur photocopieuse. Courage.

Le deuxième volet

Le lundi matin, à sept heures quarante, la photocopieuse de la salle des profs rendit l'âme. Nadia la regarda clignoter en orange, ses trente copies d'équations coincées quelque part dans le ventre de la machine. Bertrand, qui enseignait l'histoire au collège depuis plus longtemps que la machine existait, ne leva pas les yeux de son café.

« [[Bertrand|i|Bourrage papier, bac deux. Il faut ouvrir le volet de gauche et prier.]] »

« [[Nadia|i|J'ai ouvert le volet de gauche. J'ai prié. Rien.]] »

« [[Bertrand|i|Alors il faut prier plus fort.]] »

Une jeune femme avec un cartable tout neuf entra, s'arrêta sur le seuil et regarda les casiers comme on regarde un plan de métro.

« [[Chloé|i|Pardon, c'est bien ici, la salle des professeurs ?]] »

« [[Bertrand|i|Hélas.]] »

« [[Nadia|e|Ne l'écoutez pas,]] dit Nadia. [[Nadia|e|Vous êtes la remplaçante de madame Girard ?]] »

« [[Chloé|i|Oui. Enfin, je crois. On m'a dit lettres, quatrième B et troisième A.]] »

« [[Bertrand|a|La troisième A,]] répéta-t-il en reposant sa tasse. [[Bertrand|a|Courage.]] »

« [[Nadia|i|Ils ne sont pas méchants. Ils sont juste… nombreux.]] »

La porte s'ouvrit de nouveau et le principal entra, une pile de dossiers sous le bras, déjà en retard sur sa journée.

« [[Le principal|i|Ah, vous avez trouvé ! Chloé, c'est ça ? Bienvenue. Tout le monde est gentil avec elle, n'est-ce pas ?]] »

« [[Bertrand|i|Nous sommes toujours gentils, monsieur Vasseur.]] »

« [[Le principal|i|Vous, Bertrand, vous êtes gentil une fois par trimestre.]] »

Nadia montra la photocopieuse du menton.

« [[Nadia|i|Elle est morte. J'ai trente copies dedans et un contrôle à huit heures.]] »

« [[Le principal|e|Le technicien passe jeudi,]] soupira monsieur Vasseur. »

« [[Nadia|i|Jeudi ?]] »

« [[Le principal|i|Jeudi. Peut-être.]] »

Chloé posa son cartable, s'accroupit devant la machine et tira sur une petite poignée verte que personne n'avait jamais remarquée.

« [[Chloé|i|Il y a un deuxième volet, là-dessous. C'était pareil dans mon ancien lycée.]] »

Une feuille froissée sortit, puis une autre. La machine ronronna. Les trente copies tombèrent dans le bac, une à une, encore chaudes.

« [[Bertrand|e|Mon Dieu,]] murmura Bertrand. [[Bertrand|e|Vingt-six ans que je prie devant le mauvais volet.]] »

« [[Le principal|i|Vous voyez ? Je vous l'avais dit. Gentils avec elle.]] »

« [[Nadia|a|Gentils ?]] » Elle ramassa ses copies encore tièdes. « [[Nadia|a|On va la garder, oui.]] »
