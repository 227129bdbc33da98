#story la-couchette fr
#char Chloé|female|mademoiselle;la jeune fille
#char Le vieux monsieur|male|un vieux monsieur en gilet de laine;le vieux monsieur;Marcel;le vieil homme
#char Samia|female|une jeune femme avec un bébé;la jeune femme;la mère
#char Le contrôleur|male|le contrôleur
#note Note de l'autrice : écrit dans un vrai train de nuit Paris-Briançon, donc pardon pour les fautes, ça secouait.
---
Note de l'autrice : écrit dans un vrai train de nuit Paris-Briançon, donc pardon pour les fautes, ça secouait.

Train de nuit

Chloé trouva sa couchette à onze heures passées. Dans le compartiment, un vieux monsieur en gilet de laine occupait déjà la banquette du bas, et une jeune femme avec un bébé essayait de déplier une couverture d'une seule main.

«[[Chloé|i|Bonsoir. Je crois que je suis en haut.]]»

«[[Le vieux monsieur|i|Tout le monde est en haut, mademoiselle. Moi, je suis en bas depuis 1974.]]»

«[[Samia|a|Vous pouvez le tenir deux secondes?]]» demanda la jeune femme en lui tendant le bébé.

Chloé n'avait jamais tenu de bébé. Elle le prit comme on prend un vase.

«[[Chloé|e|Il s'appelle comment?]]» demanda Chloé.

«[[Samia|i|Elle. Elle s'appelle Nour. Et moi, c'est Samia.]]»

«[[Le vieux monsieur|e|Marcel]]», dit le vieux monsieur en soulevant une casquette qu'il n'avait pas. «[[Le vieux monsieur|e|Je vais voir ma sœur à Briançon. Elle a quatre-vingt-dix ans et elle ne m'a jamais pardonné.]]»

«[[Chloé|i|Pardonné quoi?]]»

«[[Le vieux monsieur|i|Je n'ai jamais su. C'est pour ça que j'y vais chaque année.]]»

Le train démarra avec une secousse. Nour ouvrit les yeux, regarda Chloé, et se mit à hurler.

"[[Samia|a|Ce n'est pas vous]]», la rassura Samia en la reprenant. «[[Samia|a|C'est le train. Elle déteste les trains.]]»

«[[Chloé|i|Et vous prenez un train de nuit?]]»

«[[Samia|i|Son père habite à Gap. C'était ça ou huit heures de voiture avec elle.]]»

«[[Le vieux monsieur|e|Ma sœur a eu six enfants]]», remarqua Marcel. «[[Le vieux monsieur|e|Elle les calmait tous avec du pain trempé dans du vin.]]»

«[[Samia|i|Je crois que ça ne se fait plus.]]»

«[[Le vieux monsieur|i|C'est bien dommage.]]»

«[[Chloé|a|Moi, on me chantait du Goldman]]», avoua-t-elle. «[[Chloé|a|Je dormais tout de suite.]]»

On frappa à la porte. Le contrôleur passa la tête, la lampe à la main.

«[[Le contrôleur|i|Billets, s'il vous plaît. Ah, il y a un bébé. Je chuchote.]]»

«[[Le vieux monsieur|i|Chuchotez plus fort, jeune homme, je suis sourd d'une oreille.]]»

Le contrôleur poinçonna les billets en silence, puis s'arrêta devant Nour, qui hurlait toujours.

«[[Le contrôleur|a|Vous voulez un conseil?]]» proposa-t-il. «[[Le contrôleur|a|J'en ai eu trois. Chantez-lui quelque chose de triste.]]»

"[[Chloé|i|Pourquoi triste?]]»

«[[Le contrôleur|i|Je ne sais pas. Ça marche.]]»

Alors Marcel se mit à chanter, d'une voix cassée, une chanson de Brel. Au deuxième couplet, Nour dormait. Au troisième, Samia aussi. Chloé resta éveillée jusqu'à Valence, à écouter le train et le vieil homme qui chantait tout bas pour personne.
