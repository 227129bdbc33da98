#story le-demenagement fr
#char _narr|female|Élodie
#char Bastien|male|
#char Capucine|female|
#char Monsieur Leroux|male|un vieil homme en pantoufles;le vieil homme;Leroux
---
Le quatrième sans ascenseur

J'avais promis des pizzas à tous ceux qui viendraient m'aider, et à neuf heures du matin, devant le camion loué, nous n'étions que trois : Bastien, Capucine et moi. Mon nouvel appartement se trouvait au quatrième étage d'un immeuble sans ascenseur.

« [[Bastien|i|Tu aurais pu le dire avant, pour l'ascenseur.]] »

« [[_narr|e|Si je l'avais dit avant, tu ne serais pas venu,]] répondis-je. »

« [[Bastien|i|Exactement.]] »

Capucine avait déjà attrapé le premier carton. Elle lut l'étiquette à voix haute.

« [[Capucine|i|LIVRES, LOURD. Élodie, pourquoi tu as mis tous les livres dans le même carton ?]] »

« [[_narr|i|Pour qu'ils restent ensemble.]] »

« [[Capucine|i|Ils vont rester ensemble au fond de l'escalier, oui.]] »

Au deuxième étage, une porte s'ouvrit. Un vieil homme en pantoufles nous regarda passer avec le canapé, les bras croisés sur son gilet.

« [[Monsieur Leroux|i|C'est vous, la nouvelle du quatrième ?]] »

« [[_narr|i|Oui, bonjour. Je m'appelle Élodie.]] »

« [[Monsieur Leroux|e|Leroux,]] dit-il. [[Monsieur Leroux|e|Le canapé ne passera pas le virage du troisième. Le dernier locataire a essayé.]] »

Bastien posa son bout du canapé sur une marche et s'essuya le front.

« [[Bastien|i|Et il a fait comment, le dernier locataire ?]] »

« [[Monsieur Leroux|i|Il l'a laissé sur le palier pendant un an.]] »

« [[Capucine|e|On ne va pas laisser un canapé sur le palier,]] protesta Capucine. [[Capucine|e|Bastien, tu lèves ton côté, je pivote.]] »

« [[Bastien|i|Tu pivotes toujours, et c'est toujours moi qui porte.]] »

« [[Capucine|i|Parce que tu as les bras. Moi, j'ai le sens de l'espace.]] »

Le canapé passa le virage à un centimètre près. Monsieur Leroux, qui nous avait suivis à petits pas, hocha la tête.

« [[Monsieur Leroux|i|Eh bien. Vous êtes plus malins que le dernier.]] »

« [[_narr|e|Vous voulez une part de pizza, monsieur Leroux ?]] demandai-je. »

« [[Monsieur Leroux|e|Aux anchois ?]] demanda-t-il. »

« [[Bastien|i|Personne ne prend d'anchois.]] »

« [[Monsieur Leroux|i|Alors je monte quand même. On ne sait jamais.]] »

Il mangea trois parts. Sans anchois.
