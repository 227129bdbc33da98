#story le-karaoke fr
#char Malik|male|Dalida
#char Célia|female|
#char Pauline|female|Popo
#char Le barman|male|Fred;le barman;le patron
#char Thomas|male|un grand blond
#note Note de l'auteur : écrit pour le défi du mois sur le forum (une nuit, un lieu). Le lieu, c'est un bar à karaoké de Lille qui n'existe plus. RIP.
---
Note de l'auteur : écrit pour le défi du mois sur le forum (une nuit, un lieu). Le lieu, c'est un bar à karaoké de Lille qui n'existe plus. RIP.

Le karaoké

Le jeudi, au Micro d'Or, les chansons sont à deux euros et les bières aussi. C'est pour ça que Célia, Malik et Pauline y viennent tous les jeudis depuis la rentrée, à la même table collante, sous la même boule à facettes qui ne tourne plus.

— [[Célia|i|Ce soir, c'est toi qui commences.]]

— [[Malik|i|Hors de question. J'ai chanté en premier la semaine dernière.]]

— [[Pauline|i|Tu as chanté en dernier, la semaine dernière. Et personne n'a applaudi.]]

— [[Malik|e|Parce que vous étiez aux toilettes,]] proteste Malik. [[Malik|e|Toutes les deux. En même temps.]]

Célia tire le classeur des chansons vers elle et le feuillette avec l'air d'une juge d'instruction.

— [[Célia|a|Dalida,]] annonce-t-elle. [[Célia|a|Pour Malik. Gigi l'Amoroso.]]

— [[Malik|i|Elle fait neuf minutes !]]

— [[Pauline|i|Sept. J'ai vérifié.]]

Derrière le comptoir, le barman essuie un verre qui est sec depuis longtemps. Il les regarde par-dessus ses lunettes.

— [[Le barman|i|Alors, la table du fond ? J'inscris qui ?]]

— [[Célia|i|Lui !]]

— [[Pauline|i|Lui !]]

— [[Malik|i|Personne. On réfléchit.]]

— [[Le barman|i|Vous réfléchissez depuis septembre.]]

Finalement, c'est un grand blond qu'aucun d'eux ne connaît qui monte sur la petite scène. Il chante du Johnny, faux mais avec conviction, et quand il redescend, il s'arrête devant leur table.

— [[Thomas|i|C'est vous, les Dalida ? Le patron m'a dit de venir vous encourager.]]

— [[Pauline|a|On est pas les Dalida,]] dit-elle. [[Pauline|a|C'est lui, la Dalida.]]

— [[Thomas|i|Enchanté, Dalida. Moi, c'est Thomas.]]

— [[Malik|a|Malik,]] soupire-t-il en lui serrant la main. [[Malik|a|Et je chanterai pas.]]

Thomas s'assoit à côté de Pauline sans qu'on l'invite, et Célia lui donne un coup de pied sous la table. Pauline fait semblant de ne pas comprendre. Elle est toute rouge.

— [[Célia|i|Popo, tu veux bien aller chercher des bières ?]]

— [[Pauline|i|Pourquoi moi ?]]

— [[Célia|i|Parce que tu es la plus proche du bar.]]

— [[Thomas|e|Je viens avec toi,]] propose Thomas.

Au comptoir, Fred leur sert quatre demis et leur fait un clin d'œil.

— [[Le barman|e|C'est offert,]] dit Fred. [[Le barman|e|Si votre copain chante Dalida avant minuit.]]

À minuit moins cinq, Malik monte sur scène.
