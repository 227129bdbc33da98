#story the-clock-tower en
#char Rell|female|Aurelie;Aurelie Dufresne
#char Harrow|male|Master Harrow;Master;Gideon;Gideon Harrow
#char Vos|female|Captain Vos;Captain
#char Crumb|male|
#char Odo|male|
#note A/N: Ninefold Bells fandom, for the "stopped clock" prompt in the winter fest. Rell is fifteen here. Master Harrow is a grump and I love him.
---
Four Minutes to Midnight

A/N: Ninefold Bells fandom, for the "stopped clock" prompt in the winter fest. Rell is fifteen here. Master Harrow is a grump and I love him.

The great clock of Ansel Tower had stopped at four minutes to midnight, and the whole city was holding its breath.

"[[Harrow|i|Lantern.]]" Master Harrow held out a hand without looking, and Rell put the lantern in it. "[[Harrow|i|Higher. No, give it here. Your arms are too short.]]"

"[[Rell|i|My arms are perfectly normal, Master.]]"

"[[Harrow|i|Your arms are an apprentice's arms.]]"

The clock room was a forest of brass wheels, all of them silent. Rell had never heard it silent before.

"[[Vos|i|How long?]]"

A woman's voice, from the trapdoor below, clipped and out of breath. Rell saw a helmet and a blue cloak with the Watch's silver bell on it.

"[[Harrow|a|How long what?]]" the master said without turning.

"[[Vos|i|How long until you fix it, Harrow. The wards on the east wall went dark when it stopped.]]"

Captain Vos climbed up and looked at the silent wheels as if she would like to arrest them.

"[[Harrow|i|An hour. If it's the mainspring.]]"

"[[Vos|i|And if it isn't?]]"

"[[Harrow|i|Then longer.]]"

[[Rell|eT|It isn't the mainspring,]] Rell thought, [[Rell|eT|it's the escapement, and I told him so on Tuesday.]]

"[[Rell|i|Master—]]"

"[[Harrow|i|Not now.]]"

"[[Rell|i|Master, the escapement—]]"

"[[Harrow|i|Not now, I said.]]" He was already reaching into the spring housing with both arms, grease to the elbows.

Feet pounded up the stair, and a boy's head popped up through the trapdoor, red-cheeked and gasping: Crumb, the bell-ringer's boy.

"[[Crumb|i|Captain! Captain, they're at the east gate. Things. In the dark.]]"

"[[Vos|i|What kind of things?]]"

"[[Crumb|i|The kind with teeth, ma'am.]]"

Captain Vos swore, once. Then she was gone down the trapdoor, and Crumb hung in the hole looking from the master to Rell.

"[[Crumb|i|Is it fixed?]]"

"[[Rell|e|No,]]" said Rell.

"[[Harrow|a|Yes,]]" said the master, at the same moment.

Then he drew his arms out of the housing, and looked at his hands, and said nothing at all.

"[[Rell|a|It's the escapement.]]" She said it as gently as she could. "[[Rell|a|The pallet's cracked. I can reach it. You can't.]]"

"[[Harrow|i|You're a child.]]"

"[[Rell|i|I'm a child with small arms.]]"

For a long moment he looked at her. Then a deep, slow voice rolled up the stairwell, a voice like a bell before it is struck.

"[[Odo|i|Let the girl go in, Gideon.]]"

Odo the bell-ringer came up through the trapdoor one enormous shoulder at a time, with Crumb clinging to his back like a monkey.

"[[Harrow|e|You stay out of this, Odo,]]" Master Harrow growled.

"[[Odo|i|Forty years you've been telling me that. Let her go in.]]"

So she went in. It was dark inside the works, and the cracked pallet was exactly where she had said it was.

"[[Harrow|a|Left hand,]]" came the master's voice behind her, low and steady, the way he talked when he was teaching. "[[Harrow|a|The spare's in my apron. I'll pass it through. Don't drop it.]]"

"[[Rell|i|I won't drop it.]]"

"[[Harrow|i|You'll want to. Don't.]]"

She didn't. Twenty minutes later the great wheel shuddered, and caught, and below them the first bell of midnight struck at last.

"[[Crumb|i|Did it work? Rell, did it work?]]"

Far off over the east wall, a line of blue light was climbing into the sky.

"[[Harrow|e|It worked,]]" said Master Harrow, and for the first time in her apprenticeship he put his hand on her head. "[[Harrow|e|Well done, Aurelie.]]"
