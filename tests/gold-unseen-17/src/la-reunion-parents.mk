#story la-reunion-parents fr
#char _narr|female|Claire
#char Stéphane|male|
#char Madame Garnier|female|la prof principale;madame Garnier;Garnier;une petite femme en gilet
#char Le prof de sport|male|monsieur Blin;Blin;le prof de sport;un homme en survêtement
#char Noé|male|
#note Note : merci d'avoir lu ! Toute ressemblance avec un vrai collège serait... totalement voulue.
---
La réunion parents-profs

La salle 204 sentait le feutre et la craie, même si plus personne n'utilisait de craie depuis des années. Stéphane était déjà là, assis au premier rang sur une chaise de collégien, les genoux presque sous le menton. Ça faisait deux ans qu'on était divorcés et il arrivait toujours en avance pour me le faire remarquer.

«[[Stéphane|i|Tu as vu le bulletin ?]]»

«[[_narr|i|Je l'ai vu. Bonjour quand même.]]»

«[[Stéphane|i|Bonjour. Quatre en maths, Claire. Quatre.]]»

Une petite femme en gilet est entrée avec une pile de copies dans les bras. Elle a posé le tout sur le bureau et nous a regardés par-dessus ses lunettes.

«[[Madame Garnier|i|Vous êtes les parents de Noé ?]]»

«[[_narr|i|Oui. Enfin, chacun notre tour.]]»

«[[Madame Garnier|i|Asseyez-vous. Je suis sa professeure principale, je l'ai aussi en français.]]»

"[[Stéphane|e|Ça ne va pas, en français ?]]» s'est inquiété Stéphane.

«[[Madame Garnier|i|En français, ça va très bien. C'est le reste qui m'inquiète.]]»

Elle a sorti une feuille. Des croix rouges dans presque toutes les cases.

«[[Madame Garnier|i|Il dort en classe. Il dort en maths, il dort en histoire. En sport, il dort debout.]]»

«[[_narr|a|Il se couche tard,]] ai-je reconnu. [[_narr|a|Il joue en ligne avec ses copains.]]»

«[[Stéphane|i|Pas chez moi. Chez moi, le wifi se coupe à vingt-deux heures.]]»

«[[_narr|i|Chez toi, il passe un week-end sur deux.]]»

La porte s'est ouverte sur un homme en survêtement, un sifflet autour du cou.

«[[Le prof de sport|i|Pardon, je cherche les parents du petit Noé. On m'a dit la 204.]]»

«[[Madame Garnier|e|Entrez, monsieur Blin,]] a soupiré madame Garnier. [[Madame Garnier|e|On parlait justement de vous.]]»

«[[Le prof de sport|i|En bien, j'espère ?]]»

"[[Stéphane|i|Elle dit qu'il dort debout.]]»

«[[Le prof de sport|i|C'est vrai. Mais il court très vite quand il se réveille.]]»

Personne n'a su quoi répondre à ça. Et c'est là que Noé a passé la tête par la porte, son sac sur une épaule, avec une tête de condamné.

«[[Noé|i|Vous avez fini ? Ça fait une heure que j'attends dans le couloir.]]»

«[[_narr|i|Vingt minutes. Entre.]]»

«[[Noé|a|Je suis obligé ?]]» a-t-il demandé à son père.

«[[Madame Garnier|a|Oui,]] lui a répondu la prof principale avant que Stéphane ouvre la bouche. [[Madame Garnier|a|Assieds-toi. Et cette fois, reste éveillé.]]»

Note : merci d'avoir lu ! Toute ressemblance avec un vrai collège serait... totalement voulue.
