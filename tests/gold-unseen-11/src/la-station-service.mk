#story la-station-service fr
#char _narr|female|
#char Karim|male|
#char Madame Giraud|female|Giraud;la caissière
#char Le routier|male|le chauffeur;routier
---
La station-service

Il était deux heures du matin quand nous sommes tombés en panne d'essence, à trois kilomètres de la station. Karim a poussé la voiture pendant que je tenais le volant, et nous sommes arrivés devant les pompes en nage.

— [[_narr|a|Je te l'avais dit,]] ai-je soufflé en sortant.

— [[Karim|i|Tu m'avais dit quoi ?]]

— [[_narr|i|Qu'il fallait s'arrêter à Vierzon.]]

— [[Karim|i|Tu as dit ça en dormant. Ça ne compte pas.]]

— [[_narr|i|Ça compte quand j'ai raison.]]

Il a levé les bras au ciel et il est entré dans la boutique. Derrière le comptoir, une femme aux lunettes rouges lisait un roman policier. Son badge disait : Madame Giraud.

— [[Karim|e|Bonsoir,]] a dit Karim. [[Karim|e|Enfin, bonjour. On a besoin d'un bidon.]]

— [[Madame Giraud|e|Les bidons sont au fond, à côté des essuie-glaces,]] a répondu Madame Giraud sans lever les yeux.

— [[_narr|a|Il n'y en a plus,]] ai-je crié depuis le fond.

— [[Madame Giraud|i|Alors il n'y en a plus.]]

— [[Karim|i|Vous n'auriez pas un jerricane, quelque part ? Une bouteille ? N'importe quoi ?]]

Elle a enfin posé son livre. Elle nous a regardés l'un après l'autre, comme si elle se demandait lequel des deux avait eu l'idée.

— [[Madame Giraud|i|Vous êtes venus à pied ?]]

— [[Karim|e|En poussant,]] a précisé Karim.

La porte automatique s'est ouverte sur un grand type en gilet fluo, les clés d'un camion à la main.

— [[Le routier|a|C'est à vous, la petite voiture au milieu de la piste ?]] a demandé le routier.

— [[Karim|e|C'est à elle,]] a dit Karim.

— [[_narr|a|C'est à nous deux,]] ai-je corrigé.

— [[Le routier|i|J'ai un bidon dans la cabine. Je vous le prête si vous me laissez passer.]]

— [[_narr|i|Vous êtes un ange.]]

— [[Le routier|i|Je suis surtout pressé.]]
