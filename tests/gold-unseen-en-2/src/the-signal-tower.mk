#story the-signal-tower en
#char Corin|male|Corin Vale;Vale;Cadet Vale
#char Vesna|female|Ves;Vesna Ilić;Ilić;Cadet Ilić
#char Okafor|male|Instructor Okafor
#char Pip|male|Pip Harlan;Harlan;Cadet Harlan
#note Summary: Third-years are not supposed to be in the signal tower after curfew. Corin and Vesna have never been good at supposed to.
#note Notes: Starfall Academy, set between books two and three. Unbeta'd, all mistakes are mine.
---
The Signal Tower

Summary: Third-years are not supposed to be in the signal tower after curfew. Corin and Vesna have never been good at supposed to.

Notes: Starfall Academy, set between books two and three. Unbeta'd, all mistakes are mine.

The lock on the signal tower had been broken since the spring storms, and everyone at Starfall knew it, which was why Corin was so surprised to find the door bolted from the inside.

"[[Corin|a|Someone's in there,]]" he said.

Vesna pressed her ear to the wood. "[[Vesna|i|Someone's in there and they're humming.]]"

"[[Corin|i|Who hums at midnight?]]"

"[[Vesna|i|Pip hums at midnight. Pip hums at all hours. It's his worst quality.]]"

"[[Corin|i|He has worse ones.]]"

She knocked, three short raps and a long one, the way the second-years did when they wanted the kitchens opened. For a moment nothing happened. Then the bolt scraped back and a round, freckled face peered out at them.

"[[Pip|e|Oh,]]" said Pip. "[[Pip|e|It's you. I thought you were Okafor.]]"

"[[Vesna|e|If we were Okafor you'd already be scrubbing the flight deck,]]" Vesna said, shouldering past him. "[[Vesna|e|What are you doing up here?]]"

"[[Pip|i|Listening.]]" He pointed at the great brass receiver in the middle of the room, its dials glowing faintly green. "[[Pip|i|It's been picking up something since ten. Not a ship. Not a station. Just — numbers.]]"

Corin bent over the receiver. The speaker crackled, and beneath the crackle a flat voice was reading out digits, one after another, without any pause for breath.

"[[Corin|a|That's a call-sign,]]" he said slowly. "[[Corin|a|Or half of one.]]"

"[[Pip|i|It's been the same forty numbers, over and over.]]" Pip was practically bouncing. "[[Pip|i|I wrote them down. Look.]]"

Vesna took the notebook from him and frowned at it. "[[Vesna|i|These aren't random. Corin, these are coordinates.]]"

"[[Corin|i|Where?]]"

"[[Vesna|i|Here. They're ours. Someone out there is reading our own position back to us.]]"

The three of them stared at the receiver. Somewhere below, a door banged.

"[[Pip|e|Right,]]" Pip said, very fast. "[[Pip|e|I've just remembered that I'm on the breakfast rota and I need my sleep, goodnight, good luck, it was lovely seeing you.]]"

He was gone down the stairs before either of them could grab him.

"[[Vesna|e|Coward,]]" Vesna muttered.

"[[Corin|i|Sensible coward.]]"

"[[Vesna|i|Is there another kind?]]"

Footsteps on the stairs, slow and heavy, nothing like Pip's scramble. Corin's stomach dropped. He knew that walk.

"[[Okafor|i|Good evening, Cadet Vale. Cadet Ilić.]]"

The voice came out of the dark at the top of the stairs before its owner did. Then Instructor Okafor stepped into the green light, his coat buttoned to the chin and his face unreadable.

"[[Corin|e|Sir,]]" Corin said. "[[Corin|e|We can explain.]]"

"[[Okafor|i|I doubt that very much.]]" Okafor crossed to the receiver and listened for a long moment, his head tilted. "[[Okafor|i|How long has it been doing this?]]"

"[[Corin|i|Since ten, sir. Pip — Cadet Harlan noticed it.]]"

"[[Okafor|i|And where is Cadet Harlan now?]]"

"[[Vesna|e|Asleep, sir,]]" Vesna said. "[[Vesna|e|Very suddenly.]]"

Something that might have been a smile crossed the instructor's face and was gone. He took the notebook out of her hand, read down the column of numbers, and closed it.

"[[Okafor|i|You will both forget you heard this.]]"

"[[Vesna|i|Sir, it's our position. Someone knows exactly where —]]"

"[[Okafor|i|I know what it is, Ilić.]]" He tucked the notebook into his coat. "[[Okafor|i|Bed. Both of you. Now.]]"

They went. At the bottom of the stairs Vesna caught Corin's sleeve.

"[[Vesna|a|He wasn't surprised,]]" she whispered.

"[[Corin|i|No.]]"

"[[Vesna|i|He was waiting for it.]]"

Corin looked back up at the faint green glow in the tower window, and did not answer.
