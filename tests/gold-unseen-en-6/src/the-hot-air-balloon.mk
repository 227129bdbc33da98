#story the-hot-air-balloon en
#char You|female|Y/N
#char Lachie|male|Lachlan;Lachlan Reid;Reid;Captain Reid
#char Mimi|female|Mireille
#char Bertie|male|Bertram
#char Huxtable|female|Mrs Huxtable;Maud;Maud Huxtable
#chapter Chapter 3: Ballast
#note Chapter Notes: Skyborne AU, fem!reader, Lachie is still a disaster. Thank you for all the comments on chapter two!
---
Up, Up and Away With It

Chapter 3: Ballast

Chapter Notes: Skyborne AU, fem!reader, Lachie is still a disaster. Thank you for all the comments on chapter two!

The basket is smaller than it looked on the website. You are wedged between a gas cylinder and your sister, and the pilot is singing.

"[[Mimi|e|Is he allowed to sing?]]" Mimi hisses in your ear. "[[Mimi|e|Is that in the safety briefing?]]"

"[[You|i|There wasn't a safety briefing.]]"

"[[Lachie|a|There was,]]" says the pilot cheerfully, pulling the burner cord. Flame roars over your heads. "[[Lachie|a|I said hold on and don't lean out. That's the whole briefing. Lachie Reid, thirty years of flying, never lost a passenger.]]"

"[[You|a|Thirty years?]]" you ask. "[[You|a|You look about twenty-five.]]"

"[[Lachie|i|I started young.]]"

The radio on his belt gives a squawk.

"[[Bertie|i|Skyborne One, this is the van. Where are you going? You were meant to turn at the church.]]"

"[[Lachie|i|The wind had other ideas.]]"

"[[Bertie|i|The wind always has other ideas with you.]]"

Mimi grips your arm. Below you the fields are a patchwork quilt, sheep scattered over them like popcorn, a tractor crawling along a lane like a red beetle, and a long way ahead there is something that looks very much like a motorway.

"[[Mimi|i|Y/N. That's a motorway.]]"

"[[You|i|I can see it's a motorway.]]"

"[[Mimi|i|We're heading for a motorway.]]"

"[[Lachie|i|We are not heading for the motorway. We are heading near the motorway. Bertie, mate, I'm putting down in the big field after the farm.]]"

"[[Bertie|i|The one with the bull?]]"

"[[Lachie|i|There's a bull?]]"

You and your sister look at each other. She has gone a colour you have not seen on her since the ferry to Calais.

"[[You|a|Lachie,]]" you say, as calmly as you can. "[[You|a|How many passengers have you actually flown?]]"

"[[Lachie|i|Counting today?]]"

"[[You|i|Counting today.]]"

"[[Lachie|i|Two.]]"

"[[Mimi|i|Two?]]"

"[[Lachie|i|You two. Welcome aboard. Hold on to something, ladies, this bit's always a bit lively.]]"

The basket hits the grass, bounces, hits it again and tips on its side, and for a long, tangled moment you are lying in a heap of sister and rope and pilot. The envelope sighs down over the hedge like a tired giant lying down for a nap, and somewhere a dog starts barking.

A woman in a wax jacket is striding across the field towards you with a shotgun broken over her arm.

"[[Huxtable|a|Is anyone dead?]]" she shouts.

"[[Mimi|i|Not yet!]]"

"[[Huxtable|i|Then get that thing off my barley. Lachlan Reid, is that you again?]]"

Lachie sits up, picking straw out of his hair. "[[Lachie|i|Afternoon, Mrs Huxtable. How's the bull?]]"

"[[Huxtable|i|Asleep, luckily for you. That's the third time this summer.]]"

"[[Lachie|i|Sorry about the hedge.]]"

"[[Huxtable|i|You're always sorry about the hedge.]]" Mrs Huxtable looks you over, and then your sister, and her face softens a little. "[[Huxtable|i|Tea's on in the kitchen, girls. He can fold his own balloon.]]"

The radio crackles from somewhere under the basket.

"[[Bertie|i|Lachie? Lachie, talk to me. Did you hit the bull?]]"

You dig it out of the straw before he can, and press the button.

"[[You|a|Nobody hit the bull, Bertie,]]" you tell it. "[[You|a|Come and get us. Bring biscuits.]]"
