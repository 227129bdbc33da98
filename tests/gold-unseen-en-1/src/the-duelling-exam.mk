#story the-duelling-exam en
#char Nell|female|Nell Ashgrove;Ashgrove;Nellie
#char Finch|male|Toby Finch;Toby
#char Sorrel|female|Sorrel Vane;Vane
#char Master Corwin|male|Corwin
#note A/N: Chapter one of my Spellwright Chronicles duelling AU. Thank you to everyone who commented on the prompt post, you're all enablers. Updates on Sundays if I'm lucky.
---
The Duelling Exam

A/N: Chapter one of my Spellwright Chronicles duelling AU. Thank you to everyone who commented on the prompt post, you're all enablers. Updates on Sundays if I'm lucky.

The duelling hall smelled of chalk and scorched wood, and Nell's hands would not stop shaking.

[[Nell|aT|*I am going to be sick,*]] she thought. [[Nell|aT|*I am going to be sick on Master Corwin's boots, in front of the whole year.*]]

'[[Finch|i|You're going to be fine.]]' Toby Finch bumped her shoulder with his. He was eating an apple, because of course he was. '[[Finch|i|You beat me in practice twice last week.]]'

'[[Nell|i|You were half asleep.]]'

'[[Finch|i|I was tactically relaxed.]]'

'[[Nell|i|You fell over your own cloak, Toby.]]'

'[[Finch|a|Tactically,]]' he said, with great dignity, and took another bite.

Across the circle, Sorrel Vane was warming up. She did it the way she did everything, neatly and without hurry, each ward snapping into place like a shutter. When she caught Nell watching she smiled, and it was not a kind smile.

'[[Sorrel|i|Ashgrove. I hear you've been practising.]]'

'[[Nell|i|A bit.]]'

'[[Sorrel|i|With Finch?]]' Sorrel glanced at the apple. '[[Sorrel|i|Brave of you.]]'

'[[Finch|e|I'm standing right here,]]' said Finch.

'[[Sorrel|i|I'd noticed.]]'

Master Corwin struck the floor with his staff, and the hall fell silent. He was a short, square man with a voice that could strip varnish.

'[[Master Corwin|i|First pairing. Vane and Ashgrove. To the circle.]]'

[[Nell|eT|*Of course,*]] Nell thought. [[Nell|eT|*Of course it's her.*]]

She walked into the chalk ring. Her knees felt like water. Sorrel bowed, perfectly; Nell bowed, badly.

'[[Master Corwin|i|Three touches. No curses above the third grade. Begin.]]'

Sorrel's first spell came so fast that Nell barely saw it — a bright lash of light aimed at her wrist. She got a ward up just in time, and the shock of it went all the way up to her elbow.

'[[Sorrel|a|Slow,]]' Sorrel murmured. '[[Sorrel|a|You've always been slow, Ashgrove.]]'

Nell didn't answer. She was counting. Toby had told her, in between apples, that Sorrel always threw three quick spells and then paused to breathe. One. Two. Three —

There. The pause.

Nell threw the only offensive spell she had ever really mastered, a small ugly thing that turned the floor to ice for a stride in every direction. Sorrel's boots went out from under her. She landed on her back with a thump that echoed off the rafters.

'[[Master Corwin|e|Touch to Ashgrove,]]' said Master Corwin, sounding faintly surprised.

'[[Sorrel|i|That's — that's a first-year charm!]]' Sorrel was on her elbows, scarlet. '[[Sorrel|i|That isn't even duelling, that's a prank —]]'

'[[Master Corwin|i|It is a touch, Miss Vane, and you will keep your voice down in my hall. Again.]]'

They went again. Sorrel took the second touch easily, and the third, and the bout, and bowed afterwards with her chin very high. But as she walked past Nell she said, quite quietly, '[[Sorrel|i|Where did you learn the ice trick?]]'

'[[Nell|i|Finch.]]'

Sorrel looked at Toby, who waved his apple core at her. She shook her head.

'[[Sorrel|i|Unbelievable.]]'

* * *

Afterwards, on the steps outside, Nell sat with her head between her knees while Toby patted her back.

'[[Finch|i|You got a touch off Sorrel Vane. Nobody gets a touch off Sorrel Vane.]]'

'[[Nell|i|I lost.]]'

'[[Finch|i|You lost well. There's a difference.]]'

[[Nell|aT|*Is there?*]] she wondered. But the sun was warm, and her hands had stopped shaking, and Toby had somehow produced a second apple, which he was holding out to her.

'[[Nell|i|Where do you keep getting these?]]'

'[[Finch|e|Tactical reserves,]]' said Toby, and grinned.
