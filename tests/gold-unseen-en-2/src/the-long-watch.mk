#story the-long-watch en
#char Idris|male|
#char Saoirse|female|
#char Brannock|female|Captain Brannock;Captain
#note Notes: For Ember Throne Rarepair Week, day four: night watch. Idris/Saoirse if you squint. Thanks to my beta, who is a saint.
---
The Long Watch

Notes: For Ember Throne Rarepair Week, day four: night watch. Idris/Saoirse if you squint. Thanks to my beta, who is a saint.

The wall above the east gate was the coldest place in Carrow, and Idris had drawn the midnight watch on it for the ninth night running.

'[[Saoirse|e|You're doing it again,]]' Saoirse said.

'[[Idris|i|Doing what?]]'

'[[Saoirse|i|Counting. Your lips move.]]'

'[[Idris|i|I'm not counting.]]'

'[[Saoirse|i|You're counting the torches on the far ridge. You've done it every hour since we came up.]]'

He stopped. She was right, which was irritating. There were eleven torches on the ridge tonight. Last night there had been nine.

[[Idris|aT|*She notices everything,*]] he thought. [[Idris|aT|*It's unbearable.*]]

'[[Idris|a|There are more of them,]]' he said.

'[[Saoirse|i|I know.]]'

'[[Idris|i|You know?]]'

'[[Saoirse|i|I counted too. I just don't move my lips.]]'

'[[Idris|i|Should we tell the captain?]]'

'[[Saoirse|i|Tell her what? That the enemy camp has two more torches? She'll say they've got cold.]]'

'[[Idris|i|Maybe they have got cold.]]'

'[[Saoirse|i|Idris.]]'

'[[Idris|i|What?]]'

'[[Saoirse|i|Nobody lights two more torches because they're cold. They light them because there are more people to see by.]]'

He pulled his cloak tighter and stamped his feet against the stones, which did nothing at all. Below them the town was dark and silent, every shutter closed, every chimney cold by order of the garrison.

'[[Idris|a|How many more people does it take,]]' he said, '[[Idris|a|to need two torches?]]'

'[[Saoirse|i|Fifty. A hundred. Depends how tidy they are.]]'

'[[Idris|i|You're making that up.]]'

'[[Saoirse|a|I'm making it up,]]' she agreed. '[[Saoirse|a|But I'm making it up well.]]'

He laughed despite himself, and the sound went out over the wall and into the dark, and somewhere on the far ridge a horse whinnied as though in answer.

They both went very still.

[[Saoirse|eT|*That was closer,*]] Saoirse thought. [[Saoirse|eT|*That was much closer than the ridge.*]]

* * *

Captain Brannock came up the steps an hour before dawn, with a lantern shuttered to a slit and her sword already drawn.

'[[Brannock|i|Report.]]'

'[[Saoirse|e|Eleven torches, Captain,]]' Saoirse said. '[[Saoirse|e|And horses below the ridge. At least one.]]'

'[[Brannock|i|At least?]]'

'[[Saoirse|i|We heard one. We didn't see it.]]'

Brannock set the lantern on the parapet and looked out for a long moment.

'[[Brannock|i|You should have sent for me.]]'

'[[Idris|e|We weren't sure, ma'am,]]' Idris said.

'[[Brannock|i|You're never sure. That's what captains are for.]]' She turned. '[[Brannock|i|Wake the west barracks. Quietly. Nobody rings anything.]]'

'[[Idris|i|Yes, ma'am.]]'

He was three steps down when he looked back. Saoirse was still at the wall beside the captain, her face pale in the slit of lantern light, and she lifted one hand to him, not quite a wave. He decided it meant come back up. He hoped it did.

Then he turned his back on the wall and the ridge and the eleven torches, and went down into the dark to wake the barracks.
