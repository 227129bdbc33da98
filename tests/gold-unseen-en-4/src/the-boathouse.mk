#story the-boathouse en
#char Jules|female|Julesy;Ferreira
#char Bea|female|
#char Sam|male|Sammy
#char Dunleavy|male|Mr Dunleavy
#char Krol|female|Mrs Krol
#note A/N: Camp Nightjar fic for the summer exchange! I took the prompt "stolen canoe at midnight" and ran with it. Jules/Bea, extremely gen, they are fifteen.
---
Canoe Theft Is a Felony

A/N: Camp Nightjar fic for the summer exchange! I took the prompt "stolen canoe at midnight" and ran with it. Jules/Bea, extremely gen, they are fifteen.

Bea had the flashlight, which meant Bea was in charge, which meant we were going to get caught.

"[[Bea|a|Left,]]" she whispered. "[[Bea|a|No, your other left. Jules, you're going to walk into the lake.]]"

"[[Jules|i|I can't see the lake.]]"

"[[Bea|i|That's why you're going to walk into it.]]"

Sam was somewhere behind us, carrying the paddles and breathing like a vacuum cleaner. He'd only come because Bea asked him to, and he'd complained all the way from the cabin to the boathouse.

"[[Sam|e|This is a felony,]]" Sam said. "[[Sam|e|I looked it up. Canoe theft is a felony in this state.]]"

Bea snorted. "[[Bea|i|You didn't look it up. There's no signal.]]"

"[[Sam|i|I looked it up last week. In case.]]"

"[[Jules|a|In case of what?]]" I asked.

"[[Sam|i|In case of you two.]]"

The boathouse door wasn't locked. It never was. Bea swung the flashlight over the racks, and the canoes looked back at us, long and pale, like sleeping fish.

"[[Bea|i|The red one. It's the fastest.]]"

"[[Jules|a|It's got a hole in it,]]" I pointed out.

"[[Bea|i|A small hole.]]"

"[[Jules|i|Bea.]]"

"[[Bea|i|Fine. The green one.]]"

We'd got it halfway down to the water when the loudspeaker on the flagpole crackled, loud as a gunshot in the dark.

"[[Krol|i|Good evening, Nightjars.]]"

Sam dropped the paddles. I dropped my end of the canoe, onto my own foot.

"[[Krol|a|This is your director speaking,]]" the voice went on, pleasant and awful. "[[Krol|a|Whoever is in the boathouse, please stay exactly where you are. Mr Dunleavy is on his way down.]]"

"[[Sam|e|We're dead,]]" Sam moaned. "[[Sam|e|We're so dead.]]"

"[[Bea|i|Nobody's dead. Get in the canoe.]]"

I grabbed her arm. "[[Jules|i|Bea, he's coming.]]"

"[[Bea|i|So paddle faster.]]"

A flashlight beam came bouncing down the path from the cabins, much bigger than ours, and behind it a voice none of us could mistake, because it had been yelling at us about sunscreen for three weeks.

"[[Dunleavy|i|Ferreira! I know that's you. Nobody else runs like a baby giraffe.]]"

"[[Jules|a|Hi, Mr Dunleavy,]]" I said weakly.

He came to a stop at the end of the dock, panting, in pajama pants and a Camp Nightjar sweatshirt, and shone his flashlight over us one at a time: me, Bea, Sam, the canoe, the paddles, my foot.

"[[Dunleavy|a|Mrs Krol would like to know,]]" he said, "[[Dunleavy|a|what exactly you three think you're doing.]]"

"[[Bea|e|Night fishing,]]" Bea said brightly.

"[[Dunleavy|i|With no rods.]]"

"[[Sam|i|It was their idea. I was coerced. I'd like that on the record.]]"

"[[Dunleavy|i|Noted, Sam.]]" He sighed and looked out at the lake, where the moon was coming up over the far shore, big and orange and ridiculous. For a second he didn't look like a counselor at all. "[[Dunleavy|i|You were going to the island.]]"

Nobody said anything.

"[[Dunleavy|i|To see the nightjars. Before the end of camp.]]"

"[[Jules|a|We were going to come back,]]" I said. "[[Jules|a|Before breakfast. Honest.]]"

He looked at the canoe for a long time. Then he bent down, picked up one of the paddles, and held it out to me.

"[[Dunleavy|i|The green one's got a slow leak too, Julesy. Bail as you go. I'm coming with you.]]"
