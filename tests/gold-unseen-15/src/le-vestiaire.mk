#story le-vestiaire fr
#char Chloé|female|
#char Yasmine|female|Yas
#char Manon|female|
#char L'entraîneuse|female|Sandrine;l'entraîneuse;la coach;coach
#char Le concierge|male|le concierge;un vieil homme;le vieil homme
#note Disclaimer : l'équipe et les personnages sont à moi, le gymnase aussi (malheureusement). Bonne lecture !
---
Le vestiaire

Disclaimer : l'équipe et les personnages sont à moi, le gymnase aussi (malheureusement). Bonne lecture !

Le match commençait dans vingt minutes et le vestiaire sentait déjà le baume du tigre. Dehors, les supporters tapaient déjà des pieds sur les gradins en bois. Chloé laçait ses chaussures, un pied sur le banc, pendant que Yasmine fouillait le fond de son sac depuis cinq bonnes minutes.

— [[Chloé|i|Tu cherches quoi, exactement ?]]

— [[Yasmine|i|Ma genouillère. La gauche.]]

— [[Chloé|i|Tu as regardé sur ton genou ?]]

— [[Yasmine|e|Très drôle,]] grogna Yasmine sans relever la tête. [[Yasmine|e|Je l'avais hier, je te jure.]]

La porte s'ouvrit sur Manon, essoufflée, son téléphone encore à la main.

— [[Manon|i|Elles sont là. Les filles de Villeurbanne. Elles sont immenses.]]

— [[Chloé|i|Immenses comment ?]]

— [[Manon|e|Immenses comme des armoires,]] répondit Manon en se laissant tomber sur le banc. [[Manon|e|La numéro sept doit faire deux mètres.]]

— [[Yasmine|i|Personne ne fait deux mètres au hand.]]

— [[Manon|i|Va voir, toi.]]

Chloé alla entrouvrir la porte du couloir et revint aussitôt, un peu pâle.

— [[Chloé|i|Bon. Un mètre quatre-vingt-dix, au moins.]]

Des pas résonnèrent dans le couloir, puis deux coups secs contre la porte. L'entraîneuse entra sans attendre de réponse, un sifflet autour du cou et la feuille de match sous le bras.

— [[L'entraîneuse|a|Bon, on se calme,]] lança-t-elle. [[L'entraîneuse|a|On vous entend depuis le parking.]]

— [[Manon|i|Coach, vous avez vu la numéro sept ?]]

— [[L'entraîneuse|i|J'ai vu. Elle est grande, elle est lente et elle a peur des ballons bas. Yasmine, tu la prends.]]

— [[Yasmine|i|Moi ? Je n'ai qu'une genouillère !]]

— [[L'entraîneuse|i|Alors tu joueras avec un seul genou.]]

Chloé pouffa dans sa serviette. L'entraîneuse lui lança un regard, et elle se tut aussitôt.

On frappa de nouveau. Cette fois, c'était le concierge du gymnase, un vieil homme en blouse grise qui tenait du bout des doigts un objet noir et tout tordu.

— [[Le concierge|i|Excusez-moi, mesdames. Ce ne serait pas à l'une de vous ? C'était sous les gradins depuis hier soir.]]

— [[Yasmine|i|Ma genouillère !]]

Elle bondit du banc et la lui arracha presque des mains.

— [[Yasmine|i|Merci, monsieur, merci, vous me sauvez la vie.]]

— [[Le concierge|a|Je ne sauve rien du tout,]] dit le vieil homme en haussant les épaules. [[Le concierge|a|Je passe le balai, c'est tout. Allez, bon match.]]

Il referma la porte derrière lui. L'entraîneuse regarda sa montre, puis ses joueuses, une par une.

— [[L'entraîneuse|i|Plus d'excuses, alors. Tout le monde debout.]]

— [[Chloé|e|On y va, Sandrine,]] dit Chloé en attrapant la main de Manon. [[Chloé|e|Les armoires n'ont qu'à bien se tenir.]]
