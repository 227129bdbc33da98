#story the-canal-boat en
#char Hester|female|Hester Quayle;Quayle;Hes
#char Lee|male|Leander;Leander Quayle
#char Birdie|female|Bridget;Bridget Amory;Amory
#char Trevithick|male|Mr Trevithick;Silas;Silas Trevithick
#note Fandom: The Long Cut (Radio)
#note Summary: Hester, her useless brother, one borrowed narrowboat and a lock that will not open.
#note Notes: For the Towpath Exchange. Unbeta'd, all mistakes mine.
---
Seventeen Locks

Fandom: The Long Cut (Radio)

Summary: Hester, her useless brother, one borrowed narrowboat and a lock that will not open.

Notes: For the Towpath Exchange. Unbeta'd, all mistakes mine.

The Heron had been their grandmother's boat, and it steered like a wardrobe.

'[[Lee|e|Left,]]' Lee said from the roof. '[[Lee|e|Your other left, Hes.]]'

'[[Hester|i|I am going left.]]'

'[[Lee|i|You're going into the reeds.]]'

'[[Birdie|i|She's going into the reeds on purpose. There's a heron in there and she wants a photo.]]'

'[[Hester|i|There is not a heron, Birdie.]]'

'[[Birdie|i|There's always a heron. It's the law.]]'

The bow nudged the bank, bounced off, and swung back into the middle of the cut as if it had meant to all along. Hester let go of the tiller and breathed out.

'[[Hester|a|Right,]]' she said. '[[Hester|a|Who's doing the lock?]]'

Lock seventeen was a black wall of timber with water sheeting over the top gate. Lee jumped for the bank with the windlass, missed his footing, and came up muddy to the knee.

'[[Lee|i|Not a word.]]'

'[[Birdie|i|I didn't say anything.]]'

'[[Lee|i|You were thinking it.]]'

'[[Birdie|i|I was thinking about lunch.]]'

'[[Hester|i|You're always thinking about lunch.]]'

'[[Birdie|i|Someone on this boat has to.]]'

He fitted the windlass to the paddle and leaned on it. Nothing moved. He leaned harder, and his face went red, and still nothing moved.

'[[Trevithick|a|You'll not shift that,]]' called a voice from the lock cottage. '[[Trevithick|a|Not with the safety catch on.]]'

A man in a flat cap was coming down the garden path with a mug in one hand. He was seventy if he was a day, and he walked like someone who had never once hurried.

Lee straightened up. '[[Lee|i|There's a safety catch?]]'

'[[Trevithick|a|There's always a safety catch,]]' the old man said, and flipped it up with his thumb. '[[Trevithick|a|Silas Trevithick. I keep this one and the two above.]]'

'[[Hester|e|Hester,]]' said Hester from the boat. '[[Hester|e|That's my brother, Lee, and that's Birdie.]]'

'[[Birdie|i|Hello. Is that tea?]]'

'[[Trevithick|i|It is. It's mine.]]'

'[[Birdie|i|Fair enough.]]'

The paddle came up sweet as anything for Trevithick, and the water boiled white under the gates. Hester held the Heron off the wall with the boathook while the boat rose, foot by foot, until she could see over the top into the next pound.

'[[Trevithick|a|Where are you bound?]]' he asked her.

'[[Hester|i|Marsh Lane, by Sunday. Our gran's mooring.]]'

'[[Trevithick|i|Dilys Quayle's boat?]]' He peered at the name painted on the cabin side. '[[Trevithick|i|So it is. I'd know that paintwork anywhere. She did it herself, you know. Took her a whole summer.]]'

'[[Lee|i|She never told us that.]]'

'[[Trevithick|i|She never told anyone anything, your gran.]]' He drained his mug. '[[Trevithick|i|Go on, then. Top gate's yours, lad. Catch off first.]]'

Lee went up the steps two at a time. Birdie leaned over the rail.

'[[Birdie|i|Mr Trevithick? Is there a pub?]]'

'[[Trevithick|a|Two miles,]]' said the lock-keeper, already walking back up his path. '[[Trevithick|a|The Kingfisher. Tell them Silas sent you and they'll charge you double.]]'
