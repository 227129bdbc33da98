#story the-glasshouse-heist en
#char Mara|female|Mara Quill;Quill
#char Dev|male|Dev Okafor;Okafor
#char Immy|female|Imogen;Imogen Hart;Hart
#char Pike|male|Calder Pike;Calder
#note A/N: Written for the Hollowbrook Academy rarepair week, day three: "break-in". Set after book two, so mild spoilers for the greenhouse fire. Unbeta'd, all mistakes are mine!
---
The Glasshouse Heist

A/N: Written for the Hollowbrook Academy rarepair week, day three: "break-in". Set after book two, so mild spoilers for the greenhouse fire. Unbeta'd, all mistakes are mine!

The east glasshouse was locked, which nobody had expected, least of all Dev.

He rattled the handle twice and stepped back. "[[Dev|i|Okay. That's new.]]"

"[[Immy|e|You said it was never locked,]]" Immy hissed. She had her scarf pulled up over her nose like a bandit in a bad film. "[[Immy|i|You swore, Dev. On your mother's chutney.]]"

"[[Dev|i|It was never locked. Past tense. Apparently the present has other ideas.]]"

Mara crouched by the lock and pulled a hairpin out of her braid. "[[Mara|i|Move.]]"

"[[Dev|i|Since when can you pick locks?]]"

"[[Mara|i|Since about now.]]" She slid the pin in, frowned, and twisted. Nothing happened. She twisted again.

Immy leaned over her shoulder. "[[Immy|i|Is it supposed to make that noise?]]"

"[[Mara|i|Probably not.]]"

"[[Immy|i|Mara.]]"

"[[Mara|i|I've got it. I've — almost — got it.]]"

The lock gave with a click that sounded, in the frosty quiet of the garden, about as loud as a cannon. Mara grinned up at them. "[[Mara|i|Sure you want to come in? Last chance to be sensible.]]"

Dev was already past her. Immy sighed through her scarf and followed.

Inside, the air was warm and wet and smelled of earth. The moonflowers were on the far bench, exactly where Professor Ellery had said they would be, pale and closed and faintly glowing.

"[[Immy|a|There,]]" she breathed. "[[Immy|a|Three of them. We only need one petal each.]]"

"[[Dev|e|And then we run,]]" said Dev.

"[[Mara|i|And then we walk, very calmly, like people who have every right to be here.]]"

"[[Dev|i|We have no right to be here.]]"

"[[Mara|i|Which is why we walk calmly.]]"

A lamp flared at the end of the row. Dev froze with his hand halfway to the bench.

"[[Pike|i|Well, well.]]" The voice was lazy and pleased with itself. "[[Pike|i|Quill. Of course it's Quill.]]"

Calder Pike stepped into the light, lamp held high, the silver prefect's pin bright on his collar. He looked at Mara the way a cat looks at a mouse that has wandered into the kitchen on purpose.

"[[Mara|i|Evening, Pike.]]" Mara straightened up slowly. "[[Mara|i|Lovely night for a stroll.]]"

"[[Pike|i|It's past curfew.]]"

"[[Mara|i|Is it? I lost track.]]"

"[[Pike|i|You picked a lock, Quill. I heard it from the path. Half the grounds heard it.]]"

Immy pulled her scarf down. "[[Immy|i|It was my idea, actually.]]"

"[[Pike|e|Hart,]]" Pike said, sounding almost disappointed. "[[Pike|e|I expected better from you.]]"

"[[Immy|i|Most people do. It's exhausting.]]"

Dev cleared his throat. "[[Dev|i|Look, the moonflowers bloom once a year, and the potion only works with fresh —]]"

"[[Pike|i|— with fresh petals, I know, Okafor. I sat the same exam.]]" Pike set the lamp down on the bench. For a long moment nobody said anything. Then he sighed. "[[Pike|i|Which one are you brewing?]]"

Mara blinked. "[[Mara|i|What?]]"

"[[Pike|i|The potion. Which one?]]"

"[[Immy|e|Clear Sight,]]" Immy said. "[[Immy|e|For Wednesday.]]"

"[[Pike|i|Then you're picking the wrong flower. That one's still a bud. You want the one on the left.]]" He folded his arms. "[[Pike|i|Five minutes. After that, I come back with Ellery, and I tell her I found the door open.]]"

"[[Mara|i|You'd do that for us?]]"

"[[Pike|i|I'd do it for Hart. You, Quill, I'd happily watch get expelled.]]"

"[[Mara|e|Love you too, Calder,]]" said Mara sweetly, and reached for the flower on the left.
