#story the-lighthouse-keeper en
#char You||Y/N
#char Rook|male|Elias Rook;Elias;Captain Rook
#char Tilly|female|
#note A/N: Saltmarsh Chronicles x Reader (gender neutral). Rook has been living in my head rent-free since the finale. This is self-indulgent and I regret nothing.
---
The Lighthouse Keeper

A/N: Saltmarsh Chronicles x Reader (gender neutral). Rook has been living in my head rent-free since the finale. This is self-indulgent and I regret nothing.

The ferry leaves you on the jetty at dusk with two suitcases and a key the size of your hand.

“[[Tilly|e|You’re sure about this?]]” Tilly asks, for the third time. She is leaning over the rail of the little boat, her braid whipping about in the wind. “[[Tilly|e|Nobody’s kept the light on Gull Rock for six years. There’s no phone. There’s barely a roof.]]”

“[[You|i|I’m sure.]]”

“[[Tilly|i|There are stories, Y/N.]]”

“[[You|i|There are always stories.]]”

She looks at you a moment longer, then shrugs and throws the rope. “[[Tilly|i|Wednesday, then. I’ll bring bread. If you’re still here.]]”

“[[You|i|I’ll be here.]]”

The engine coughs, and the ferry pulls away into the grey, and then it is only you and the gulls and the tower.

The door sticks. You have to put your shoulder to it twice. Inside it smells of salt and old paraffin, and the spiral stair winds up into darkness. You find a lamp on a hook and matches in your pocket, and you are halfway through lighting it when someone speaks behind you.

“[[Rook|i|I wouldn’t.]]”

You nearly drop the match. The voice is low and rough and very close, and it comes from the corner by the stair where the shadows are thickest.

“[[You|i|Who’s there?]]”

“[[Rook|i|The paraffin in that lamp is older than you are. Light it and you’ll lose your eyebrows.]]”

“[[You|i|That’s not an answer.]]”

“[[Rook|a|No,]]” the voice agrees. “[[Rook|a|It isn’t.]]”

You strike the match anyway, holding it up rather than to the wick. In its small orange light you see a man sitting on the bottom step: long coat, salt-white beard, a captain’s cap pushed back on his head. He does not look like a ghost. He looks like he has been waiting a very long time for someone to argue with.

“[[You|a|You’re trespassing,]]” you tell him.

“[[Rook|i|I’ve been trespassing for six years. You’re the one who’s new.]]” He stands, and he is taller than you expected. “[[Rook|i|Elias Rook. I kept this light before it went dark.]]”

“[[You|i|Tilly said nobody’s kept it for six years.]]”

“[[Rook|e|Tilly,]]” says Rook, “[[Rook|e|is a very nice girl who doesn’t come out here after sunset.]]”

The match burns your fingers. You shake it out, and in the sudden dark you hear him laugh, a short surprised bark.

“[[Rook|i|Tell me, keeper. What do I call you?]]”

You tell him.

“[[Rook|i|Well, Y/N.]]” You hear him move towards the stair. “[[Rook|i|The wick wants trimming and the lens wants cleaning and the stair has a loose step at forty-one. Shall I show you?]]”

You think about the ferry, and Wednesday, and the stories. You think about how long it has been since anybody waited for you.

“[[You|a|Yes,]]” you say. “[[You|a|Show me.]]”

Above you, for the first time in six years, something in the lamp room begins to hum.
