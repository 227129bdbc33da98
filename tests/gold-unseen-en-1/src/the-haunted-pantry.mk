#story the-haunted-pantry en
#char Mags|female|Magdalena;Maggie
#char Rafe|male|Rafael
#char Odile|female|Odile Brandt;Brandt
#note A/N: Crowsfoot Manor, series three. Written in first person because I wanted to be inside Mags's head for once. Thank you for all the lovely comments on the last one!
---
The Haunted Pantry

A/N: Crowsfoot Manor, series three. Written in first person because I wanted to be inside Mags's head for once. Thank you for all the lovely comments on the last one!

The thing in the pantry has been moving jars again.

I know because I lined them up myself last night, labels facing out, like a row of soldiers. This morning the marmalade is on the floor and the pickled onions are in the sink, and my little brother is standing in the doorway in his pyjamas, looking smug.

‘[[Rafe|a|Told you,]]’ he says.

‘[[Mags|a|You could have done it,]]’ I say. ‘[[Mags|a|You sleepwalk.]]’

‘[[Rafe|i|I sleepwalk into the garden, Mags. Not into the pantry. And I don’t like onions.]]’

He has a point. Nobody likes those onions. Our great-aunt made them in about 1974 and nobody has dared open the jar since.

Odile arrives at nine, as promised, with her bag of equipment and her serious face. Odile Brandt is the only person in the village who takes our house seriously, which is why I like her, and also why she frightens me a little.

‘[[Odile|i|Where?]]’

‘[[Mags|i|Pantry. Through there.]]’

She goes in without a word. Rafe and I hover in the kitchen. There is a lot of beeping.

‘[[Rafe|a|Is that good beeping or bad beeping?]]’ Rafe whispers.

‘[[Mags|i|I don’t know. I don’t speak beeping.]]’

‘[[Odile|e|It’s cold beeping,]]’ Odile calls from inside. ‘[[Odile|e|There’s a cold spot by the top shelf. About four degrees below the rest of the room.]]’

‘[[Mags|i|That’s the window. The window doesn’t shut.]]’

A pause. Then: ‘[[Odile|i|Ah.]]’

She comes back out, looking faintly disappointed, and sits down at the table. I make tea, because that is what you do in this house when something is not going the way you hoped.

‘[[Odile|a|I’ll need to stay the night,]]’ she says, wrapping her hands round the mug. ‘[[Odile|a|If it only moves things in the dark, I need to see it in the dark.]]’

‘[[Rafe|i|Can I stay up too?]]’

‘[[Mags|i|No.]]’

‘[[Rafe|i|Maggie —]]’

‘[[Mags|i|You have school.]]’

‘[[Rafe|i|It’s Saturday tomorrow!]]’

I look at Odile. Odile looks at me. She has a way of raising one eyebrow that makes you feel like you have already lost an argument you haven’t started.

‘[[Mags|a|Fine,]]’ I tell him. ‘[[Mags|a|But if you fall asleep on the stairs I’m leaving you there.]]’

* * *

At two in the morning we are sitting on the kitchen floor in the dark, the three of us, with a torch that none of us is allowed to turn on. Rafe has been asleep against my shoulder for an hour. Odile has not moved at all.

Then the pantry door creaks.

I feel Odile go still beside me, stiller than still. Very slowly she lifts the camera. There is a soft clink of glass on glass, and then another, and then a sound I have never heard before, a small, wet, satisfied crunching.

[[Mags|aT|*That isn’t a ghost,*]] I think. [[Mags|aT|*Ghosts don’t chew.*]]

‘[[Odile|a|Torch,]]’ she breathes. ‘[[Odile|a|Now, Magdalena.]]’

I switch it on.

Sitting on the top shelf, in the middle of a ring of open jars, with a pickled onion clutched in both paws, is the biggest, fattest, most startled rat I have ever seen.

For a moment the three of us just stare at each other: me, Odile and the rat.

Then Rafe wakes up.

‘[[Rafe|a|Is it the ghost?]]’ he mumbles. ‘[[Rafe|a|Did we catch the ghost?]]’

‘[[Odile|e|In a manner of speaking,]]’ says Odile, and for the first time since I’ve known her, she laughs.

‘[[Mags|i|It likes the onions, Rafe.]]’

My brother looks at the rat with something like respect.

‘[[Rafe|a|Well,]]’ he says, ‘[[Rafe|a|somebody had to.]]’
