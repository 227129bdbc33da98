#story le-covoiturage fr
#char Inès|female|
#char Bastien|male|
#char Nadia|female|la jeune femme
#char Monsieur Roche|male|Roche;Henri;l'homme
---
Le covoiturage

Inès avait garé la voiture devant la gare de Tours à sept heures moins cinq. Bastien, à côté d'elle, vérifiait l'application sur son téléphone pour la troisième fois.

« [[Bastien|i|Elle a dit sept heures pile.]] »

« [[Inès|i|Il est sept heures moins cinq.]] »

« [[Bastien|i|Je dis ça pour qu'on ne parte pas sans elle.]] »

Une jeune femme en doudoune rouge frappa à la vitre arrière, un sac de sport sur l'épaule.

« [[Nadia|i|Bonjour ! C'est bien pour Bordeaux ? Je suis Nadia.]] »

« [[Inès|i|C'est nous. Montez, le coffre est ouvert.]] »

Nadia s'installa derrière Bastien et boucla sa ceinture.

« [[Nadia|i|On attend quelqu'un d'autre ?]] »

« [[Bastien|i|Un monsieur. Il devait être là à moins cinq.]] »

« [[Inès|e|Il est moins deux,]] dit Inès. [[Inès|e|On lui laisse cinq minutes.]] »

Un homme d'une soixantaine d'années traversa le parking en courant à moitié, une valise à roulettes qui sautait derrière lui sur les pavés.

« [[Monsieur Roche|a|Pardon, pardon,]] souffla-t-il en ouvrant la portière. [[Monsieur Roche|a|Le bus de Joué était en retard.]] »

« [[Inès|i|Ce n'est pas grave. Vous êtes Monsieur Roche ?]] »

« [[Monsieur Roche|i|Roche, oui. Appelez-moi Henri, ça ira plus vite.]] »

La voiture quitta la ville. Pendant vingt kilomètres, personne ne parla. Puis l'homme se pencha vers l'avant.

« [[Monsieur Roche|i|Vous mettez de la musique, d'habitude ?]] »

« [[Bastien|i|Ça dépend de qui conduit.]] »

« [[Inès|i|C'est moi qui conduis, donc non.]] »

« [[Nadia|i|Moi, j'ai un podcast sur les crimes non élucidés, si vous voulez.]] »

« [[Monsieur Roche|i|Surtout pas. Je suis à la retraite de la gendarmerie, j'en ai assez entendu.]] »

« [[Nadia|i|Vous étiez gendarme ?]] »

« [[Monsieur Roche|i|Trente-deux ans.]] »

« [[Bastien|i|Et vous en avez résolu, des crimes non élucidés ?]] »

« [[Monsieur Roche|a|S'ils étaient résolus, ils ne seraient plus non élucidés,]] répondit l'homme. »

Bastien ouvrit la bouche, la referma, et Nadia éclata de rire sur la banquette arrière.

« [[Inès|e|Il t'a eu,]] dit Inès sans quitter la route des yeux. »

« [[Bastien|i|Je sais.]] »
