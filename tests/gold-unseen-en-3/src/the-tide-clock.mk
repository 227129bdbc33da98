#story the-tide-clock en
#char Otto|female|Ottoline
#char Jory|male|
#char Fell|male|Captain Fell;Ambrose Fell;Captain
#char Penhallow|female|Mrs Penhallow;Agnes
#note A/N: Drowned Bells fic, canon-compliant-ish. Otto finally gets to meet the Captain, because the show never let her and I am still bitter. Rated T for one (1) skeleton.
---
The Tide Clock

A/N: Drowned Bells fic, canon-compliant-ish. Otto finally gets to meet the Captain, because the show never let her and I am still bitter. Rated T for one (1) skeleton.

The clock in the harbour-master’s house had not worked in a hundred years, and the night my brother and I broke in, it struck thirteen.

‘[[Jory|a|That’s not right,]]’ Jory said. He was holding the candle, and the flame shook. ‘[[Jory|a|Otto. Clocks don’t do that.]]’

‘[[Otto|i|This one does, apparently.]]’

‘[[Jory|i|Can we go home now?]]’

‘[[Otto|i|We’ve only just got here.]]’

I went up to it. It was taller than me, black wood carved with fish and anchors, and instead of hours its face showed the tides: high, ebb, low, flood. The single hand was pointing straight down at low.

‘[[Fell|i|I should not touch that, miss.]]’

Jory yelped and dropped the candle. It rolled under the table and went out, and in the sudden dark I grabbed for him and got a fistful of his collar.

‘[[Otto|a|Who said that?]]’ I asked the dark.

‘[[Fell|i|The owner of the clock. And of the house, I suppose, though I have rather let the house go.]]’

It was a man’s voice, low and courteous, with an accent I had only ever heard from very old fishermen. It seemed to come from the empty chair beside the fireplace.

‘[[Jory|i|Otto, there’s no one there. Otto. There’s no one in the chair.]]’

‘[[Otto|i|I know, Jory.]]’

‘[[Jory|i|Then who’s talking?]]’

Something lit the candle again. I didn’t see what. One moment it was under the table, the next it was standing upright on the mantelpiece and burning steadily, and in its light I could see the chair, and the shape in it: a man in a long blue coat, pale as sea fog, with a captain’s hat on his knee.

‘[[Fell|i|Ambrose Fell,]]’ he said, and inclined his head. ‘[[Fell|a|Captain, formerly, of the Marigold. Drowned, latterly, off Hob’s Point. You are the Penhallow girl.]]’

‘[[Otto|i|I’m not. I’m a Tresize. Mrs Penhallow’s our neighbour.]]’

‘[[Fell|i|Ah.]]’ He seemed disappointed. ‘[[Fell|i|Pity. The Penhallows always did know when to leave a thing alone.]]’

‘[[Otto|i|Why did your clock strike thirteen?]]’

‘[[Fell|i|Because it is a tide clock, Miss Tresize, and tonight there is a thirteenth tide.]]’

‘[[Otto|i|There’s no such thing.]]’

‘[[Fell|i|Not often. Once in a lifetime, if you are unlucky. Tonight the sea will come up past the harbour wall and past the church and past your mother’s kitchen door, and in the morning it will go back down again as if nothing had happened.]]’

Jory’s hand crept into mine. He was nine, and he was trying very hard not to cry.

‘[[Jory|i|Is that true?]]’

‘[[Fell|i|I am afraid so, young man.]]’

‘[[Otto|i|Then why are you telling us?]]’

The captain turned his hat slowly round on his knee. ‘[[Fell|i|Because somebody ought to ring the bell.]]’

Then the door banged open behind us, and there was Mrs Penhallow in her dressing gown with a lantern and a poker, her hair in rags.

‘[[Penhallow|e|Ottoline Tresize,]]’ said Mrs Penhallow. ‘[[Penhallow|e|I might have known. Your mother is beside herself.]]’

‘[[Otto|i|Mrs Penhallow, the Captain says—]]’

‘[[Penhallow|i|I know what the Captain says, my girl. He’s been saying it since eighteen ninety.]]’ She lifted the lantern and looked straight at the chair, and nodded to it, as if to an old acquaintance. ‘[[Penhallow|i|Evening, Ambrose.]]’

‘[[Fell|i|Agnes.]]’

‘[[Penhallow|i|The bell, is it?]]’

‘[[Fell|i|I am afraid so.]]’

Mrs Penhallow sighed and handed me the poker. ‘[[Penhallow|i|Come on, then, the pair of you. It’s a long way up that tower.]]’
