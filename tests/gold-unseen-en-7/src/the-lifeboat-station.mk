#story the-lifeboat-station en
#char Wenna|female|Morwenna;Morwenna Pascoe;Pascoe;Cox
#char Jago|male|Jago Trelawny;Trelawny
#char Denzil|male|Den;Denzil Roskilly;Roskilly
#char Ruan|male|
#char Demelza|female|Coastguard
#note Disclaimer: I own nothing but the OCs. The station is made up; the sea is not.
#note A/N: Written for the Salt Water prompt fest. Prompt: the pager goes off at the worst possible moment.
---
Shout

Disclaimer: I own nothing but the OCs. The station is made up; the sea is not.

The pager went off while Ruan had a mouthful of pasty.

"[[Denzil|i|Leave it!]]" Denzil was already running. "[[Denzil|i|Boots, lad, boots!]]"

They came into the boathouse from three directions at once: Denzil from the café, Jago from the slipway with a paintbrush still in his hand, Ruan last, chewing. Wenna was already in her drysuit and standing by the radio.

"[[Demelza|a|Porthkennack lifeboat, this is Coastguard,]]" said the speaker on the wall, a woman's voice, calm and flat. "[[Demelza|a|Yacht with two aboard, dismasted, drifting on to the Mare's Teeth. Can you launch?]]"

"[[Wenna|i|Launching now. Ten minutes.]]"

"[[Demelza|i|Understood. Be quick, Wenna.]]"

"[[Wenna|i|Always am, Demelza.]]"

Then the boat was going down the slip, and the sea hit the bow like a slammed door, and nobody could hear anything for a while.

"[[Jago|i|How far?]]"

"[[Wenna|i|Two miles. Less.]]"

"[[Denzil|i|Tide's against us.]]"

"[[Jago|i|Tide's always against us.]]"

"[[Denzil|i|Not always. Nineteen eighty-six, it was with us.]]"

"[[Ruan|i|Were you even born in nineteen eighty-six?]]"

"[[Denzil|i|Cheek.]]"

"[[Wenna|i|Eyes front, all of you. Ruan, you're on the line. Jago, the pump.]]"

The yacht came up out of the murk all at once, rolling on her side, her mast trailing over the rail in a tangle of wire. Two faces at the cockpit, white as paper.

Jago leaned out past Ruan, squinting. "[[Jago|i|Only one lifejacket between them.]]"

"[[Wenna|i|Then the kid goes first. Den, take us in.]]"

"[[Denzil|i|Taking us in.]]"

He laid the lifeboat alongside as gently as if he were parking a car, and Ruan threw the line, and the man on the yacht caught it at the second try.

"[[Ruan|e|Pass her over!]]" Ruan yelled. "[[Ruan|e|I've got her. I've got you, it's all right.]]"

The child came across the gap in a rush and a scream, and Ruan held on. Then the father, who was not so light, and it took both Jago and Denzil to haul him in.

"[[Wenna|i|Coastguard, this is the lifeboat. Two recovered. Returning to station.]]"

"[[Demelza|i|Good work. Kettle's on.]]"

On the way back the little girl sat wrapped in a foil blanket between Ruan's knees and stared at him.

"[[Ruan|a|What?]]" he said at last.

"[[Denzil|a|She's wondering why you've got pasty on your face,]]" said the old man at the wheel.

Ruan wiped his chin. Jago laughed so hard he had to hold the rail.

"[[Jago|i|First shout, and he goes out with his lunch on him.]]"

"[[Wenna|i|Leave him alone. He held on.]]"

"[[Jago|i|He did.]]"

"[[Denzil|e|He did,]]" Denzil agreed, and nobody said anything else until the slipway.

A/N: Written for the Salt Water prompt fest. Prompt: the pager goes off at the worst possible moment.
