#story la-laverie fr
#char _narr|female|
#char Chloé|female|
#char Madame Ferreira|female|Ferreira;la dame;Mamie
#char Le garçon|male|le garçon;le petit
---
La laverie

La machine numéro quatre s'était arrêtée au milieu de l'essorage, avec mes draps dedans et la porte verrouillée. Chloé, assise sur le banc en plastique, ne leva même pas les yeux de son livre.

— [[_narr|i|Elle est encore bloquée.]]

— [[Chloé|i|Elle se bloque tout le temps. Tape sur le côté.]]

— [[_narr|i|J'ai déjà tapé sur le côté.]]

— [[Chloé|i|Plus fort.]]

— [[_narr|i|Si je tape plus fort, je vais la casser.]]

— [[Chloé|i|Elle est déjà cassée, c'est pour ça qu'elle se bloque.]]

Je donnai un coup de paume sur la tôle. Rien. Au fond de la laverie, une femme qui pliait des serviettes se retourna.

— [[Madame Ferreira|a|Pas comme ça,]] dit-elle. [[Madame Ferreira|a|Il faut appuyer trois fois sur le bouton rouge, et ensuite sur la porte.]]

— [[_narr|i|Sur la porte ?]]

— [[Madame Ferreira|i|Avec le genou. Comme ça.]]

Elle traversa la salle, appuya trois fois sur le bouton, donna un petit coup de genou sous le hublot, et la porte s'ouvrit avec un déclic.

— [[Chloé|e|Incroyable,]] murmura Chloé en refermant son livre.

— [[Madame Ferreira|i|Ça fait onze ans que je viens ici. Je connais toutes les machines. La six fuit, la deux mange les chaussettes et la quatre, c'est le genou.]]

— [[_narr|a|Merci beaucoup,]] dis-je. [[_narr|a|Vraiment.]]

— [[Madame Ferreira|i|Madame Ferreira. Tout le monde ici m'appelle comme ça.]]

Un garçon d'une dizaine d'années entra en poussant la porte avec son dos, un énorme sac de linge dans les bras.

— [[Le garçon|a|Mamie, la sept est libre ?]] demanda le garçon.

— [[Madame Ferreira|e|La sept est toujours libre,]] répondit Madame Ferreira. [[Madame Ferreira|e|Personne ne veut de la sept.]]

— [[Le garçon|i|Pourquoi ?]]

— [[Chloé|i|Laisse-moi deviner. Elle mange les chaussettes, elle aussi ?]]

— [[Madame Ferreira|i|Non. Elle chante.]]

— [[_narr|i|Elle chante ?]]

— [[Le garçon|i|C'est vrai, elle fait un bruit de sirène pendant le rinçage. Moi, je l'aime bien.]]

— [[Chloé|a|Alors on prend la sept,]] décida-t-elle en se levant enfin du banc. [[Chloé|a|J'ai toujours voulu une machine qui chante.]]
