#story the-lantern-stall en
#char Wren|female|Wren Abernathy
#char Cass|male|Cassius;Cassius Marlowe;Marlowe
#char Mrs Pettigrew|female|Pettigrew
#note A/N: Tides of Vessa, post-canon, no beta. For sunnyside_ink, who asked for 'Cass being useless at haggling'. Hope this delivers!
---
The Lantern Stall

A/N: Tides of Vessa, post-canon, no beta. For sunnyside_ink, who asked for 'Cass being useless at haggling'. Hope this delivers!

The night market opens at dusk, and by the time Wren drags Cass down the harbour steps the whole quay is strung with paper light.

‘[[Wren|a|Remember what I told you,]]’ she says. ‘[[Wren|a|You don’t pay the first price. Nobody pays the first price.]]’

‘[[Cass|i|I know how markets work.]]’

‘[[Wren|i|You paid full price for a fish once. A fish, Cass.]]’

‘[[Cass|i|It was a very good fish.]]’

She snorts and pulls him past a stall of hot chestnuts, past a woman selling knives, past a boy with a tray of candied ginger, to the far end of the quay where the lanterns hang in ranks, red and gold and sea-green.

The stallholder is a tiny old woman in three shawls. She does not look up from her knitting.

‘[[Mrs Pettigrew|i|Two silver for the small ones. Five for the big.]]’

‘[[Cass|e|Five,]]’ Cass repeats faintly.

Wren elbows him. ‘[[Wren|i|We’ll give you three for a big one.]]’

‘[[Mrs Pettigrew|i|Five.]]’

‘[[Wren|i|Three and a half.]]’

‘[[Mrs Pettigrew|i|Five, dearie. They’re hand-painted.]]’

‘[[Wren|i|They’re printed. I can see the smudge.]]’

The old woman’s needles stop. For the first time she looks up, and her eyes are very sharp and very black. ‘[[Mrs Pettigrew|i|You’re the Abernathy girl. From the lighthouse.]]’

‘[[Wren|i|I might be.]]’

‘[[Mrs Pettigrew|i|Your gran owes me four silver from the spring fair.]]’

Cass makes a small noise that might be a laugh. Wren ignores him.

‘[[Wren|i|Then take it off the lantern, Mrs Pettigrew, and we’re square.]]’

‘[[Mrs Pettigrew|e|Ha!]]’ says Mrs Pettigrew, and goes back to her knitting, which Wren decides to take as a yes. She picks a sea-green lantern with a heron painted on it, smudge and all, and hands over one silver coin.

They walk back along the quay with the lantern swinging between them. Cass keeps glancing at it.

‘[[Cass|i|That was extortion.]]’

‘[[Wren|i|That was family business.]]’

‘[[Cass|i|Does your gran really owe her money?]]’

‘[[Wren|i|Probably. Gran owes everyone money.]]’

‘[[Cass|i|So you paid one silver for a five-silver lantern by using a debt you didn’t know existed.]]’

‘[[Wren|i|I guessed. It’s a small town.]]’

‘[[Cass|i|Remind me never to play cards with you.]]’

‘[[Wren|i|You already played cards with me. You lost your boots.]]’

‘[[Cass|i|I lent you my boots.]]’

‘[[Wren|i|Is that what we’re calling it?]]’

He stops at the end of the quay, where the water is black and quiet and the light from the stalls barely reaches. Wren stops too. The lantern turns slowly on its string.

‘[[Cass|e|What’s it for, anyway?]]’ Cassius asks. ‘[[Cass|e|You never said.]]’

She doesn’t answer straight away. Out past the harbour wall the lighthouse is dark, the way it has been dark since the storm.

‘[[Wren|a|Gran used to hang one in the lamp room on the first night of winter,]]’ she says at last. ‘[[Wren|a|So the ships knew someone was still up there.]]’

‘[[Cass|a|Oh,]]’ he says.

‘[[Wren|i|Yeah.]]’

‘[[Cass|i|Do you want me to come up with you? To hang it?]]’

Wren looks at him, at the silly fish-buying boy who followed her all the way across the sea, and finds she is smiling.

‘[[Wren|i|Only if you carry it up all three hundred steps.]]’

‘[[Cass|e|Deal,]]’ says Cass, and takes the lantern from her hand.
