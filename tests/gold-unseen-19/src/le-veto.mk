#story le-veto fr
#char _narr|male|monsieur;jeune homme
#char Madame Ferrand|female|une vieille dame;madame Ferrand;la vieille dame
#char Inès|female|une petite fille;la petite;ma puce
#char Le père|male|son père;le père;un homme en costume
#char L'assistante|female|l'assistante;une jeune femme en blouse verte
#char La vétérinaire|female|la vétérinaire;docteur Masson;la docteure
#note Note : Mon chat va très bien, merci de vous inquiéter. Il me déteste toujours autant.
---
Chez le véto

Le samedi matin, la salle d'attente du cabinet était pleine. J'ai posé la caisse de Patate sur mes genoux et Patate a poussé le miaulement qu'il réserve aux grandes injustices. En face de moi, une vieille dame tenait un caniche gris qui tremblait de tout son corps.

« [[Madame Ferrand|i|C'est sa première fois ?]] »

« [[_narr|e|Non, sa quatrième]] », ai-je répondu. « [[_narr|e|Il ne s'habitue pas.]] »

« [[Madame Ferrand|i|Le mien non plus. Douze ans qu'on vient, et il tremble toujours comme une feuille.]] »

À côté d'elle, une petite fille serrait contre elle une boîte à chaussures percée de trous. Son père, un homme en costume, regardait sa montre toutes les trente secondes.

« [[Inès|i|Papa, et si Caramel est mort ?]] »

« [[Le père|i|Il n'est pas mort, ma puce. Il dort.]] »

« [[Inès|i|Il dort depuis mardi.]] »

La vieille dame s'est penchée vers la boîte avec beaucoup de sérieux.

« [[Madame Ferrand|i|C'est un hamster ? Ils dorment beaucoup, vous savez. Mon petit-fils en avait un qui dormait tout l'hiver.]] »

« [[Inès|a|Et il s'est réveillé ?]] » a demandé la petite.

« [[Madame Ferrand|i|Au printemps. Furieux.]] »

Une jeune femme en blouse verte a passé la tête par la porte du fond.

« [[L'assistante|i|Patate ?]] »

« [[_narr|i|C'est nous.]] »

« [[L'assistante|i|Désolée, le docteur Masson a une urgence. Vous en avez encore pour un quart d'heure.]] »

Le père a soupiré si fort que le caniche a sursauté.

« [[Inès|i|C'est long, un quart d'heure ?]] »

« [[Le père|e|C'est très long]] », a dit son père. « [[Le père|e|Surtout le samedi.]] »

« [[_narr|i|Patate, lui, trouve que c'est trop court.]] »

« [[Le père|i|J'ai une réunion à onze heures.]] »

« [[Madame Ferrand|a|Un samedi ?]] » s'est étonnée madame Ferrand. « [[Madame Ferrand|a|Vous devriez dormir tout l'hiver, vous aussi.]] »

Inès a ri pour la première fois. Puis la porte du fond s'est ouverte pour de bon, et la vétérinaire est sortie en s'essuyant les mains.

« [[La vétérinaire|i|Le hamster, c'est lequel ?]] »

« [[Inès|i|C'est moi ! Enfin, c'est Caramel.]] »

La vétérinaire a soulevé le couvercle, a regardé longtemps, puis a souri.

« [[La vétérinaire|i|Il hiberne. Il fait trop froid chez vous, monsieur.]] »

« [[Madame Ferrand|i|Je vous l'avais dit.]] »

Patate, lui, a profité de la confusion pour me mordre le pouce.

Note : Mon chat va très bien, merci de vous inquiéter. Il me déteste toujours autant.
