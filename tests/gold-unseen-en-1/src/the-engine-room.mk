#story the-engine-room en
#char Kit|male|Kit Navarro;Navarro
#char Juno|female|Juno Reyes;Reyes;Chief
#char Bash|male|Sebastian;Sebastian Cole;Cole
#note A/N: Ridgeway Station fic, set during the blackout arc. Kit is the engineer from the spin-off novels. Thanks to my beta, driftwood_and_static, for catching all my plot holes.
---
The Engine Room

A/N: Ridgeway Station fic, set during the blackout arc. Kit is the engineer from the spin-off novels. Thanks to my beta, driftwood_and_static, for catching all my plot holes.

The lights went out on deck nine at 0300, and by 0310 I was flat on my back under the main coupling with a torch in my teeth.

"[[Juno|a|Talk to me,]]" said a voice from somewhere above my knees. Juno. Nobody else on Ridgeway sounded that calm when the air was running out.

I took the torch out of my mouth. "[[Kit|i|The coupling's fine. It's the relay behind it. Something's chewed through the housing.]]"

"[[Juno|i|Chewed?]]"

"[[Kit|i|Chewed, Chief. Teeth marks. Little ones.]]"

There was a pause. Then Bash's voice, from over by the door, where he was supposed to be keeping watch and was almost certainly eating. "[[Bash|i|Okay, I would like to formally state that I did not bring the ferret on board.]]"

"[[Juno|i|Cole.]]"

"[[Bash|i|I'm just saying. For the record.]]"

"[[Juno|a|There is no record,]]" she said. "[[Juno|a|There is a dead relay and a deck full of people who would like to keep breathing. Kit, can you bypass it?]]"

I slid out from under the coupling. The engine room was lit only by the emergency strips along the floor, which turned everyone the colour of a bruise. Juno was crouched beside me with her sleeves pushed up. Bash was, as predicted, eating a protein bar.

"[[Kit|i|I can bypass it. I need a spare relay, though, and the nearest one's in stores on deck six.]]"

"[[Bash|i|Deck six is sealed.]]"

"[[Kit|i|I know deck six is sealed, Bash.]]"

"[[Bash|i|I'm just —]]"

"[[Juno|i|— saying, for the record. We know.]]" Juno stood up and wiped her hands on her trousers. "[[Juno|i|How long without a relay?]]"

I did the maths in my head, and then I did it again, because I didn't like it the first time.

"[[Kit|a|Forty minutes,]]" I said. "[[Kit|a|Maybe forty-five if everyone on nine stops panicking and breathes slowly.]]"

"[[Bash|i|Nobody on nine is going to stop panicking. I'm not on nine and I'm panicking.]]"

"[[Juno|i|Then stop talking and start thinking. What else on this deck uses that relay type?]]"

Bash lowered the protein bar. I sat up. We both looked, at the same moment, at the coffee machine in the corner.

It had been installed by the previous chief engineer, who had loved it more than his own children. It was enormous. It was chrome. It had, somewhere in its overengineered guts, exactly the relay I needed.

"[[Bash|a|No,]]" Bash said. "[[Bash|a|Absolutely not. Navarro, that is the only good coffee for six decks.]]"

"[[Kit|i|It's the coffee or the air.]]"

"[[Bash|i|Can I think about it?]]"

"[[Juno|e|No,]]" said Juno, and handed me a screwdriver.

It took me eleven minutes to gut the machine and nine to fit the relay. When I closed the housing and threw the switch, the main lights stuttered, hummed, and came back on, white and blinding, and somewhere above us on deck nine a ragged cheer went up through the vents.

Juno let out a long breath. "[[Juno|i|Good work, Kit.]]"

"[[Kit|i|Thanks, Chief.]]"

Bash was standing over the ruins of the coffee machine with his head bowed, like a man at a funeral.

"[[Bash|a|It had a milk frother,]]" he said softly. "[[Bash|a|It had three settings of milk frother.]]"

"[[Kit|i|I'll build you a new one.]]"

"[[Bash|i|You can't build a new one. They don't make them anymore. They don't make anything anymore.]]"

"[[Juno|i|Cole, find the ferret.]]"

He looked up, betrayed. "[[Bash|i|Now?]]"

"[[Juno|i|Now.]]"

He went. Juno looked at me, and I looked at her, and for the first time since 0300 she smiled.
