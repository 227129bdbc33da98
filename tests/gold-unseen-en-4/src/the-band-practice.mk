#story the-band-practice en
#char Zig|female|Zoe;Zoe Ziegler;Ziegler
#char Marcus|male|Marc
#char Kenji|male|
#char Poppy|female|Pops
#char Fitch|male|Mr Fitch
#chapter Chapter 1: Soundcheck
#chapter Chapter 2: Encore
#note Summary: The Static Saints have one garage, one amp and one week until Battle of the Bands. Something has to give. Probably the amp.
---
Feedback

Summary: The Static Saints have one garage, one amp and one week until Battle of the Bands. Something has to give. Probably the amp.

Chapter 1: Soundcheck

The amp died at seven minutes past eight, in the middle of the best chorus Zig had ever written, with a smell like burnt toast.

“[[Kenji|i|Was that us?]]” Kenji had stopped drumming with his sticks still in the air. “[[Kenji|i|Tell me that was the song.]]”

“[[Marcus|i|That was the amp.]]” Marcus knelt behind it and sniffed. “[[Marcus|i|That was definitely the amp.]]”

Zig stared at it. “[[Zig|i|It can’t be the amp. We need the amp.]]”

“[[Poppy|e|We needed the amp,]]” Poppy said from the couch, where she was supposed to be writing the set list and was instead eating Kenji’s chips. “[[Poppy|e|Past tense. Rest in peace.]]”

Zig put her guitar down very carefully, because otherwise she was going to throw it. “[[Zig|i|Okay. Okay. How much is a new one?]]”

Marcus was still on his knees behind it. “[[Marcus|i|A good one? Four hundred.]]”

“[[Zig|i|A bad one?]]”

“[[Marcus|i|Still three.]]”

“[[Zig|i|We have forty dollars and a coupon for pizza.]]”

“[[Marcus|i|Then we have a pizza.]]”

Kenji was already on his feet, digging in his jacket for his keys. “[[Kenji|i|I’ll go. Nobody make any decisions without me.]]”

He went. The garage door rattled down behind him, his car coughed twice in the driveway before it started, and the three of them sat in the sudden quiet, listening to the fridge hum.

Poppy sat up, scattering crumbs. “[[Poppy|i|We could borrow one.]]”

“[[Zig|e|From who?]]” Zig asked.

“[[Poppy|i|Trent Baxley has three. His dad buys him a new one every time he fails a class.]]”

“[[Marcus|a|Trent Baxley is in the Battle. Trent would rather die,]]” he said.

The phone on the workbench buzzed. Zig looked at the screen and groaned.

“[[Zig|i|It’s Mr Fitch.]]”

Poppy made a face. “[[Poppy|i|Don’t answer.]]”

“[[Zig|i|It’s his garage.]]” She put it on speaker. “[[Zig|i|Hi, Mr Fitch.]]”

“[[Fitch|a|Zoe,]]” said the phone, crackly and tired. “[[Fitch|a|Mrs Fitch says something’s on fire.]]”

“[[Zig|i|Nothing’s on fire. It was the amp. It’s fine now. It’s dead.]]”

“[[Fitch|i|Is that the amp I gave you?]]”

“[[Zig|i|Yes?]]”

There was a long pause on the line. Somewhere behind it a television was playing a game show, and a woman was asking loudly who on earth Zoe was.

“[[Fitch|i|Hang on.]]”

Chapter 2: Encore

Twenty minutes later Kenji came back with a large pepperoni and found Mr Fitch in his slippers in the middle of the garage, holding a soldering iron like a sword. The other three were lined up on the couch like kids outside the principal’s office, and nobody had touched the chips.

“[[Kenji|i|What did I miss?]]”

“[[Poppy|e|Mr Fitch was in a band,]]” Poppy whispered.

“[[Fitch|i|I was in The Velvet Gutters, young man, from nineteen eighty-one to nineteen eighty-three, and this amp was in the band with me.]]” The old man twisted something deep inside it, and it gave a small pop. “[[Fitch|i|There. Loose valve. Always was.]]”

Marcus flicked the switch. The amp hummed, warm and low, like something waking up. “[[Marcus|i|Zig. It’s alive.]]”

“[[Zig|i|Play something.]]”

“[[Marcus|i|You play something. It’s your song.]]”

She picked up her guitar. Her hands were shaking a little. Mr Fitch settled himself on the couch next to Poppy and took a slice of pizza without asking.

“[[Fitch|a|Go on, then,]]” he said. “[[Fitch|a|From the chorus.]]”
