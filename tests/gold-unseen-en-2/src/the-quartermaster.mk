#story the-quartermaster en
#char Barney|male|Barnaby;Barnaby Pollock;Pollock
#char Fitz|male|Fitzwilliam
#char Vane|female|Captain Vane;Odessa Vane;Captain
#char Ada|female|
#chapter Chapter 3: Inventory
#note End Notes: Ada will be back! I have Plans. Thank you to everyone who has stuck with this fic through my very erratic updating.
---
Chapter 3: Inventory

The quartermaster of the Gannet had counted the ship’s stores every morning for fourteen years, and in fourteen years the numbers had never once come out wrong.

This morning they were wrong.

‘[[Barney|e|Forty-one tins of peaches,]]’ Barney said. ‘[[Barney|e|Forty-one. There were forty-four on Tuesday.]]’

Fitz, perched on a crate with his legs swinging, tried to look like someone who had never seen a tin of peaches in his life.

‘[[Fitz|i|Maybe you counted wrong on Tuesday.]]’

‘[[Barney|i|I don’t count wrong.]]’

‘[[Fitz|i|Everyone counts wrong sometimes.]]’

‘[[Barney|i|Not me. Not in fourteen years.]]’

‘[[Fitz|i|Maybe the ship ate them.]]’

‘[[Barney|i|Ships don’t eat peaches, Fitz.]]’

‘[[Fitz|i|This one might. It’s very old. Old things get hungry.]]’

Barney set down his ledger and looked at the boy over the top of his spectacles. Fitz held the look for nearly three seconds, which was a record.

[[Fitz|eT|*He knows,*]] Fitz thought. [[Fitz|eT|*He definitely knows.*]]

‘[[Barney|i|Empty your pockets.]]’

‘[[Fitz|i|I haven’t got pockets.]]’

‘[[Barney|i|You’ve got six. I sewed two of them.]]’

‘[[Fitz|i|Those are decorative.]]’

‘[[Barney|i|Fitzwilliam.]]’

Nobody called him Fitzwilliam except his mother, and Barney, and his mother was four hundred miles away. Fitz sighed and reached into his coat. One tin of peaches. Then another. Then, after a pause, a third.

‘[[Fitz|a|They were for the stowaway,]]’ he said.

Barney went very still. ‘[[Barney|i|The what?]]’

‘[[Fitz|i|The stowaway. In the sail locker. She’s been there since Calloway Port and she hasn’t got anything to eat, and you always say nobody goes hungry on the Gannet, so I thought —]]’

‘[[Barney|i|Stay here.]]’

* * *

Captain Vane was on the bridge with her telescope when Barney came up the ladder, and she did not lower it.

‘[[Vane|i|If it’s the peaches again, Pollock, I don’t want to know.]]’

‘[[Barney|i|It’s not the peaches, Captain. Well. It is a bit the peaches.]]’

‘[[Vane|i|Go on.]]’

‘[[Barney|i|We’ve got a stowaway. In the sail locker. The boy’s been feeding her.]]’

Now she lowered the telescope. ‘[[Vane|i|How long?]]’

‘[[Barney|i|Since Calloway.]]’

‘[[Vane|i|Five days.]]’ She tapped the brass against her palm. ‘[[Vane|i|Five days, in my ship, and nobody noticed but a twelve-year-old with a sweet tooth. Is she armed?]]’

‘[[Barney|i|Don’t know, Captain. Didn’t look. Thought I’d better tell you first.]]’

‘[[Vane|i|Good man.]]’

[[Barney|eT|*Good man,*]] Barney thought, following her down the ladder. [[Barney|eT|*Fourteen years and that’s the first time she’s said it.*]]

The sail locker door was ajar. Inside, among the folded canvas, a girl of about Fitz’s age was sitting cross-legged with a spoon in one hand and an empty tin in the other. Fitz was beside her. He looked up as the door swung open, and he did not look sorry at all.

‘[[Fitz|a|Captain,]]’ he said. ‘[[Fitz|a|This is Ada. She can navigate.]]’

The captain looked at the girl. The girl looked at the captain.

‘[[Vane|e|Can you?]]’ asked Vane.

‘[[Ada|e|By the stars,]]’ Ada said. ‘[[Ada|e|Better than your man on the bridge. He’s been two degrees off since Tuesday.]]’

There was a short, dreadful silence.

Then Captain Vane began, quite helplessly, to laugh.

End Notes: Ada will be back! I have Plans. Thank you to everyone who has stuck with this fic through my very erratic updating.
