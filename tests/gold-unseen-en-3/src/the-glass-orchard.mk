#story the-glass-orchard en
#char Juno|female|Juno Ashby;Ashby;Ash
#char Corin|male|Corin Marlow;Marlow;Mr Marlow
#char Tobiah|male|Tob
#char Vell|female|Mistress Vell
#note Summary: Juno has one night to find the tree that rings. Corin is not helping.
#note Notes: Vellichor Cycle, set between books two and three. Unbeta'd, all mistakes mine. The title is literal, sorry.
---
The Glass Orchard

Summary: Juno has one night to find the tree that rings. Corin is not helping.

Notes: Vellichor Cycle, set between books two and three. Unbeta'd, all mistakes mine. The title is literal, sorry.

The orchard was colder than Juno had expected, and it sang. Every branch was glass, and when the wind moved through them the whole hillside chimed like a shelf of wineglasses knocked by a careless elbow.

'[[Corin|e|This is a terrible idea,]]' said Corin, for what had to be the fifth time.

'[[Juno|i|You said that at the gate.]]'

'[[Corin|i|It was a terrible idea at the gate, too.]]'

Tobiah, trailing behind them both with the lantern, snorted. '[[Tobiah|i|He's not wrong, Ash.]]'

Juno rounded on him. '[[Juno|i|Whose side are you on?]]'

'[[Tobiah|i|The side that gets home with all its fingers.]]' He lifted the lantern higher, and the light slid along a thousand glass twigs and broke into colours. '[[Tobiah|i|Which tree is it, anyway?]]'

'[[Juno|i|The one that rings when you touch it.]]'

'[[Corin|i|They all ring when you touch them.]]'

'[[Juno|i|Not like this. Gran said I'd know it. She said it sounds like somebody calling your name.]]'

Corin opened his mouth, shut it again, and crouched to retie his boot. Juno knew that look. It was the look he wore when he thought she was being ridiculous and had decided, out of kindness, not to say so.

The lantern guttered. Tobiah swore and shook it. '[[Tobiah|i|Oil's low. I filled it, I swear I filled it.]]'

'[[Corin|e|Go back to the wall,]]' Corin told him. '[[Corin|e|There's a can in the cart. We'll wait.]]'

'[[Tobiah|i|In the dark? In here?]]'

'[[Juno|i|Tob. Go.]]'

He went, grumbling, and the light went with him, bobbing away down the slope until it was only a spark. Then it was gone, and the glass trees stood around them pale as frost under the moon.

'[[Vell|i|You are a long way from the road, children.]]'

Juno's heart slammed into her ribs. Corin was on his feet in an instant, one arm out in front of her, which was annoying and also, she admitted privately, quite nice.

'[[Corin|a|Who's there?]]' he called.

'[[Vell|i|Who is asking?]]' The voice was dry and amused and seemed to come from everywhere at once, the way sound did in the orchard. '[[Vell|i|No, let me guess. Ashby's granddaughter, with Ashby's chin. And a Marlow boy, by the look of those ears.]]'

A woman stepped out between two trees. She was tall and grey-haired and wore a coat stitched all over with shards of mirror, and a little silver hammer hung on a cord at her belt.

'[[Juno|e|Mistress Vell,]]' Juno breathed.

'[[Vell|i|The same.]]'

'[[Corin|i|The glassmistress? You're real?]]'

'[[Vell|i|Disappointingly so, Mr Marlow.]]' Vell tapped a branch with one fingernail, and it gave a thin sweet note. '[[Vell|i|Your grandmother owes me a tree, Juno Ashby. Did she send you to pay?]]'

[[Juno|eT|*She never said anything about owing,*]] Juno thought. [[Juno|eT|*She never said anything about you.*]]

'[[Juno|i|She sent me to find one.]]'

'[[Vell|i|Ah.]]' The glassmistress smiled, and it was not an entirely friendly smile. '[[Vell|i|Then be quiet, both of you, and listen.]]'

They listened. The wind picked up. The hillside chimed and chimed, a thousand small bright voices, and underneath them, so faint that Juno thought at first she had imagined it, something low and clear spoke her name.

'[[Corin|e|Did you hear that?]]' Corin whispered. His hand found hers in the dark.

'[[Juno|i|Yes.]]'

'[[Vell|i|Then go and get it, girl, before it stops.]]'

Far down the slope, a spark of light came bobbing back towards them. '[[Tobiah|e|Found the oil!]]' Tobiah yelled. '[[Tobiah|e|What did I miss?]]'
