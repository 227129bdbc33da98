#story the-observatory en
#char Roz|female|Rosalind;Rosalind Achebe;Achebe;Miss Achebe
#char Benny|male|Benedikt;Kowalczyk
#char Thorne|male|Professor Thorne;Professor;Emeric Thorne
#char Prentiss|male|Mr Prentiss
#note Summary: The comet comes round once every ninety-one years. Roz is not going to miss it for a curfew.
#note Notes: Starwatch Academy fandom, set between series two and three. Benny deserves better. Unbeta'd, all mistakes mine.
---
Light Years Late

Summary: The comet comes round once every ninety-one years. Roz is not going to miss it for a curfew.

Notes: Starwatch Academy fandom, set between series two and three. Benny deserves better. Unbeta'd, all mistakes mine.

The observatory key had cost Roz two weeks of Benny's chemistry homework and a promise she already regretted.

'[[Benny|i|You said it'd be unlocked.]]' Benny was standing on the bottom step of the spiral stair, holding the torch the way other people held a crucifix. '[[Benny|i|You said, and I quote, nobody ever locks the dome.]]'

'[[Roz|i|Nobody does. I've got the key anyway. Stop whining and hold the light still.]]'

'[[Benny|i|I'm not whining. I'm documenting.]]'

The lock gave on the third try. Above them the dome was a great dark eggshell, and the big refractor slept under its canvas like a horse in a stall.

'[[Roz|a|Eleven forty,]]' she said, checking her watch. '[[Roz|a|It clears the roofline at midnight. We've got twenty minutes to get the shutter open.]]'

'[[Benny|i|The shutter that weighs about a ton.]]'

'[[Roz|i|There's a crank.]]'

'[[Benny|i|Of course there's a crank.]]'

The crank was stiff with cold and shrieked every time it turned, and the slit of sky it opened widened so slowly that Roz started counting stars to keep from swearing.

'[[Thorne|i|You're turning it the wrong way.]]'

The voice came from the gallery above, dry and unhurried, and Benny dropped the torch. It rolled in a circle on the floorboards, lighting Roz's feet, the telescope, and a pair of carpet slippers on the gallery stairs.

'[[Roz|e|Sir,]]' Roz said. '[[Roz|e|We were just—]]'

'[[Thorne|i|Turning my shutter the wrong way. Yes. I heard you from my rooms.]]' Professor Thorne came down the last few steps in a dressing gown the colour of old port, his hair on end. '[[Thorne|i|Kowalczyk. I'm surprised at you.]]'

'[[Benny|e|She made me,]]' Benny said faintly.

'[[Thorne|i|I don't doubt it.]]'

[[Roz|eT|*Expelled,*]] Roz thought. [[Roz|eT|*Expelled the week of the comet, and Mum will never let me hear the end of it.*]]

But the professor was looking up at the slit of sky, and then at his watch, and then he sighed like a man giving up something he had never wanted.

'[[Thorne|i|Clockwise, Miss Achebe. Put your back into it. Kowalczyk, the canvas.]]'

'[[Benny|i|Sir?]]'

'[[Thorne|i|The canvas off the instrument, boy. Unless you were planning to look at the comet through a dust sheet.]]'

They worked in silence after that. The shutter groaned open, the refractor came out from under its cover, brass and black and beautiful, and the professor swung it round with one finger.

'[[Prentiss|i|Who's up there?]]'

This came from the bottom of the stair, a wheezing shout and the jingle of a great many keys.

'[[Roz|e|Caretaker,]]' Roz hissed.

'[[Thorne|a|I know who it is,]]' said the professor. He leaned over the rail. '[[Thorne|a|Only me, Mr Prentiss. Go back to bed.]]'

'[[Prentiss|i|Professor? There's lights on all over.]]'

'[[Thorne|i|There's a comet. It would be rude not to.]]'

A long pause from below. Then, grudgingly: '[[Prentiss|i|You'll lock up after.]]'

'[[Thorne|i|I always do.]]'

The keys jingled away. Benny let out a breath.

'[[Benny|i|Does that mean we're not in trouble?]]'

'[[Thorne|i|It means you're in trouble tomorrow.]]' The professor stepped back from the eyepiece. '[[Thorne|i|Tonight, you look.]]'

She looked. It was smaller than she had imagined, a smudge with a tail, a thumbprint of light on the dark.

'[[Roz|a|Oh,]]' was all she could say. '[[Roz|a|Oh, Benny, come and see.]]'
