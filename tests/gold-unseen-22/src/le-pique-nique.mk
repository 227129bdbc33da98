#story le-pique-nique fr
#char _narr|female|Ombeline
#char Corentin|male|mon frère
#char Gaëlle|female|
#char Monsieur Ferrier|male|un gardien à casquette;le gardien;Ferrier
#note Titre : La nappe à carreaux
#note Auteur : petitebaguette
#note Fandom : Original
#note Résumé : Un pique-nique au parc, trop de guêpes et un gardien qui connaît le règlement par cœur.
---
Titre : La nappe à carreaux
Auteur : petitebaguette
Fandom : Original
Résumé : Un pique-nique au parc, trop de guêpes et un gardien qui connaît le règlement par cœur.

Dimanche, j'ai traîné mon frère Corentin et mon amie Gaëlle jusqu'au parc, avec une nappe à carreaux et beaucoup trop de taboulé.

« [[Corentin|i|On s'installe où ? Tout est pris.]] »

« [[_narr|e|Sous le tilleul,]] ai-je dit. [[_narr|e|Il y a de l'ombre.]] »

« [[Gaëlle|i|Il y a surtout des guêpes. Regarde, il y en a trois sur la poubelle.]] »

« [[Corentin|i|Quatre.]] »

Nous avons étalé la nappe quand même. Gaëlle a sorti les gobelets, Corentin a ouvert le melon avec son couteau suisse.

« [[Gaëlle|i|Ombeline, tu as pris du sel ?]] »

« [[_narr|i|J'ai pris du sucre.]] »

« [[Gaëlle|i|Pour le taboulé ?]] »

« [[Corentin|i|Elle a toujours mis du sucre partout. Même dans les pâtes, quand elle avait dix ans.]] »

« [[_narr|i|Une seule fois !]] »

C'est à ce moment qu'un gardien à casquette est arrivé sur son vélo. Il a freiné juste devant la nappe.

« [[Monsieur Ferrier|i|Bonjour, messieurs dames. Les barbecues sont interdits sur la pelouse.]] »

« [[Corentin|i|On n'a pas de barbecue, monsieur.]] »

« [[Monsieur Ferrier|e|Et ça, c'est quoi ?]] a-t-il demandé en montrant le réchaud de Gaëlle. »

« [[Gaëlle|i|C'est pour le café. Juste le café.]] »

« [[Monsieur Ferrier|i|Un réchaud, c'est un barbecue. Article douze. Je m'appelle Ferrier, et le règlement, je le connais par cœur.]] »

Corentin m'a regardée, j'ai regardé Gaëlle, et Gaëlle a éteint le réchaud.

« [[_narr|e|Vous voulez du melon, monsieur Ferrier ?]] ai-je proposé. »

« [[Monsieur Ferrier|i|Le melon, ce n'est pas interdit.]] »

Il s'est assis sur un coin de la nappe. Une guêpe s'est posée sur son genou.

« [[Corentin|i|Cinq.]] »
