#story le-camping fr
#char _narr|female|
#char Baptiste|male|mon frère
#char L'oncle|male|mon oncle;tonton
#char Nadia|female|une femme;la femme
---
Le camping

Mon oncle avait promis que la tente se montait en cinq minutes. Cela faisait une heure que nous étions dans le champ, mon frère Baptiste et moi, avec des piquets plein les mains.

« [[L'oncle|i|Passe-moi le maillet.]] »

« [[_narr|i|Quel maillet ?]] »

« [[L'oncle|i|Le maillet en caoutchouc. Il était dans le sac bleu.]] »

« [[Baptiste|i|Il n'y a pas de sac bleu, tonton.]] »

« [[L'oncle|i|Il y a toujours un sac bleu.]] »

« [[_narr|i|Il y a un sac vert et une glacière.]] »

Mon oncle se redressa, les mains sur les reins, et regarda la toile effondrée à ses pieds.

« [[L'oncle|a|Bon,]] grimaça-t-il. [[L'oncle|a|On va faire sans maillet.]] »

« [[Baptiste|e|On va surtout faire sans tente,]] ricana Baptiste. »

Sur l'emplacement d'à côté, une femme en short kaki nous observait depuis un moment, une tasse à la main.

« [[Nadia|a|Vous voulez un coup de main ?]] » proposa-t-elle.

« [[L'oncle|i|Non merci, on s'en sort très bien.]] »

« [[_narr|i|Oui, s'il vous plaît.]] »

« [[Baptiste|i|Oui !]] »

La femme posa sa tasse sur sa glacière et s'approcha.

« [[Nadia|i|Je m'appelle Nadia. Ce modèle-là, je le connais, j'ai le même. Il faut commencer par les arceaux, pas par les piquets.]] »

« [[L'oncle|a|Je le savais,]] mentit mon oncle. »

« [[Nadia|i|Bien sûr. Toi, tu tiens ce côté. Et toi, le grand, tu enfiles l'arceau dans la gaine.]] »

« [[Baptiste|i|Comme ça ?]] »

« [[Nadia|i|Parfait. Vous voyez, ce n'est pas sorcier.]] »

Dix minutes plus tard, la tente était debout. Mon oncle en fit le tour deux fois, les mains dans le dos.

« [[L'oncle|a|Elle penche un peu,]] constata-t-il. »

« [[_narr|i|Elle ne penche pas, tonton. C'est le champ qui penche.]] »

« [[Nadia|e|Votre nièce a raison,]] sourit Nadia en reprenant sa tasse. [[Nadia|e|Bonne soirée, les campeurs.]] »

« [[Baptiste|i|Merci, Nadia !]] »

« [[L'oncle|i|Bon. Qui a faim ? J'ai apporté des saucisses.]] »

« [[_narr|i|Et le barbecue ?]] »

Mon oncle ouvrit la glacière, puis le sac vert, puis la glacière encore une fois.

« [[L'oncle|i|Il était dans le sac bleu.]] »
