#story the-night-coach en
#char Aldous|male|Aldous Fenn;Fenn
#char Ilse|female|Ilse Varga;Varga;the woman
#note A/N: A little Wyrmwood gen fic, pre-series. Aldous deserved more screen time. No pairings, no warnings, just a very long coach ride.
---
The Night Coach

A/N: A little Wyrmwood gen fic, pre-series. Aldous deserved more screen time. No pairings, no warnings, just a very long coach ride.

The coach from Harrowgate left at midnight, and Aldous Fenn was the only passenger until the crossroads at Stane.

He was nearly asleep when it stopped. The door opened, letting in a gust of rain and a figure in a long wet coat, who sat down opposite him and shook out a hat.

'[[Ilse|i|Filthy night.]]'

'[[Aldous|i|It is.]]'

'[[Ilse|i|Going far?]]'

'[[Aldous|i|To the coast. Wyrmwood.]]'

'[[Ilse|i|Nobody goes to Wyrmwood.]]'

'[[Aldous|i|I'm told that's the charm of it.]]'

The stranger laughed, a short surprised sound. In the light of the swinging lamp Aldous saw a woman of perhaps forty, with grey in her dark hair and a scar through one eyebrow.

'[[Ilse|i|You're the new schoolmaster.]]'

'[[Aldous|i|How on earth do you know that?]]'

'[[Ilse|i|You've got chalk on your cuffs and a satchel full of primers. And you look worried.]]'

'[[Aldous|i|Do schoolmasters look worried?]]'

'[[Ilse|i|The ones going to Wyrmwood do.]]'

'[[Aldous|i|Is it so bad?]]'

'[[Ilse|i|The last one lasted a term.]]'

'[[Aldous|i|What happened to him?]]'

'[[Ilse|i|Her. She married a fisherman and moved to the islands. Very happy, I hear.]]'

'[[Aldous|i|That doesn't sound so terrible.]]'

'[[Ilse|i|You haven't met the fisherman.]]'

Aldous found, to his own surprise, that he was smiling. The coach lurched round a bend and the lamp swung wildly, and for a moment the woman's face was all shadow.

'[[Aldous|i|Do you live there?]]'

'[[Ilse|i|On and off. I keep the light on the point.]]'

'[[Aldous|i|The lighthouse?]]'

'[[Ilse|i|There's only the one.]]'

'[[Aldous|i|Then you must know everyone.]]'

'[[Ilse|i|Everyone knows me. It isn't quite the same thing.]]'

She said it lightly, but she turned to look out of the window as she did, at the rain streaming down the dark glass. Aldous waited. He had learned, in six years of teaching, that people filled a silence if you let them.

'[[Ilse|a|They'll try you,]]' she said at last. '[[Ilse|a|The children. They'll put eels in your desk and tell you the school is haunted.]]'

'[[Aldous|i|Is it?]]'

'[[Ilse|i|A bit. Not enough to matter.]]'

'[[Aldous|i|And the eels?]]'

'[[Ilse|i|Eat them. It's what they'll least expect.]]'

He laughed out loud at that, and the driver thumped on the roof, and they both fell quiet, guiltily, like children themselves.

The rain eased towards dawn. When the coach finally came over the last hill and the sea opened out below them, grey and enormous, the woman put her hat back on and stood up, bracing one hand against the roof.

'[[Ilse|i|This is me. The point road.]]'

'[[Aldous|i|I didn't ask your name.]]'

'[[Ilse|i|No, you didn't. I liked that.]]' She opened the door. The wind came in smelling of salt. '[[Ilse|i|Ilse Varga. If the eels get too much, come up to the light. I make terrible tea.]]'

'[[Aldous|i|Aldous Fenn.]]'

'[[Ilse|e|I know,]]' said Ilse, and was gone.

Aldous sat for a long time after the coach moved on, watching the lighthouse grow smaller on its rock, before it occurred to him to wonder how.
