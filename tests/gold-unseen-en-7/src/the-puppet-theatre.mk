#story the-puppet-theatre en
#char Tine|female|Albertine;Albertine Zanetti;Zanetti
#char Cosimo|male|Nonno;Cosimo Zanetti
#char Marek|male|Marek Novy
#char Lark|female|
#note Author's Note: This started as a drabble and got away from me. Set after the season two finale, so spoilers if you're not caught up!
#note Thanks for reading! Kudos and comments feed the muse.
---
Strings Attached

Author's Note: This started as a drabble and got away from me. Set after the season two finale, so spoilers if you're not caught up!

Ten minutes before curtain, the dragon lost its head.

“[[Marek|e|It just came off,]]” Marek said, holding it out in both hands like a dead cat. “[[Marek|e|I didn’t even pull.]]”

“[[Tine|i|You always pull.]]”

“[[Marek|i|I pulled a normal amount.]]”

“[[Cosimo|i|Give it here.]]”

Her grandfather took the head and turned it over under the work lamp. The wire that held the jaw had snapped clean through. He clicked his tongue.

“[[Cosimo|a|Pliers,]]” he said. “[[Cosimo|a|And the thin wire, not the thick. Albertine, the glue pot.]]”

Tine was already reaching for it. [[Tine|eT|*Forty years he’s had that dragon,*]] Tine thought. [[Tine|eT|*And it picks tonight.*]]

Out front, the benches were filling. She could hear the rustle of coats and a baby complaining and the tinny bell that meant someone had come in late.

“[[Marek|i|Full house. Full. Even the back row.]]”

“[[Cosimo|i|Then we are not late.]]”

“[[Marek|i|We’re six minutes from late.]]”

“[[Cosimo|i|Six minutes is an hour, if you do not talk.]]”

Marek stopped talking. Tine held the lamp while the old man’s hands did the work, quick and sure, winding the fine wire three times round the hinge and snipping it off.

“[[Lark|a|Is that the dragon?]]” asked a small voice from under the stage.

All three of them looked down. A girl of about seven was lying on her front in the gap beneath the boards, chin in her hands, gazing up at them through the curtain fringe.

“[[Tine|i|You can’t be back here.]]”

“[[Lark|i|I came to see the dragon.]]”

“[[Tine|i|Where’s your mum?]]”

“[[Lark|i|Row three. She’s looking at her phone. I’m Lark.]]”

“[[Marek|e|Of course you are,]]” Marek muttered.

Cosimo set the head back on the dragon’s neck and worked the jaw. It opened, and shut, and opened, with a wooden clack that made Lark squeal.

“[[Cosimo|a|There,]]” he said to her, quite seriously. “[[Cosimo|a|Now he can eat the knight. Do you want to see how?]]”

“[[Lark|i|Yes.]]”

“[[Tine|i|Nonno, we’ve got four minutes—]]”

“[[Cosimo|i|Then she will watch from the wings, very quiet, like a mouse. Yes?]]”

“[[Lark|i|Like a mouse.]]”

“[[Marek|i|Mice aren’t quiet. We’ve got mice. They’re really loud.]]”

“[[Lark|i|Not this mouse.]]”

The bell rang again, twice: the signal. Tine climbed the ladder to the bridge and took the knight’s control bar in her right hand, the princess in her left. Below her Marek was lifting the dragon, his arms shaking a little with the weight, and at the edge of the wings a small pale face was watching with its mouth open.

[[Tine|iT|*Please don’t come off again. Please, please.*]]

The curtain went up. The dragon roared, and its jaw held.

Afterwards, when the benches were empty and Lark had been claimed by a mortified woman in a raincoat, Marek sat on an upturned crate and laughed until he had to wipe his eyes.

“[[Marek|a|Did you see her face?]]” he said. “[[Marek|a|When the knight got eaten?]]”

“[[Tine|i|I saw yours.]]”

“[[Cosimo|e|Both the same,]]” said Cosimo, putting the pliers away. “[[Cosimo|e|That is the whole job.]]”

~

Thanks for reading! Kudos and comments feed the muse.
