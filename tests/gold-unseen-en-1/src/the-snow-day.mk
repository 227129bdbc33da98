#story the-snow-day en
#char You||Y/N
#char Jasper|male|Jas;Jasper Thorne;Thorne
#char Lottie|female|Charlotte
#note Notes: Jasper Thorne (Ironwood Saga) x Reader. Gender-neutral reader, pure fluff, no warnings apply. Requested on tumblr!
---
The Snow Day

Notes: Jasper Thorne (Ironwood Saga) x Reader. Gender-neutral reader, pure fluff, no warnings apply. Requested on tumblr!

The snow starts just after lunch, and by three o'clock the whole of Ironwood is buried.

You are halfway through your second mug of cocoa when someone hammers on the door of your flat. You open it and Jasper is standing there, snow in his hair, holding two battered sledges.

"[[You|a|No,]]" you say.

"[[Jasper|i|You haven't even heard the plan.]]"

"[[You|i|The plan involves sledges. I can see the sledges, Jas.]]"

"[[Jasper|i|The plan involves sledges and the big hill behind the foundry, and Lottie is already there, and she says if you don't come she's telling everyone about the goose.]]"

You close your eyes. "[[You|a|She wouldn't.]]"

"[[Jasper|i|She would. She's been waiting three years.]]"

"[[You|i|Fine. Give me five minutes.]]"

It takes you fifteen, because you can't find your second glove, and Jasper spends all fifteen leaning on the doorframe and humming the Ironwood anthem off-key, which is, he claims, for morale.

The hill behind the foundry is already crowded. Half the apprentices from the forge are there, shrieking and crashing into drifts. Lottie is at the top, red-cheeked, her scarf wound round her three times.

"[[Lottie|i|Y/N! You came!]]" She throws her arms around you and nearly knocks you both over. "[[Lottie|i|I knew the goose would work.]]"

"[[You|a|There is no goose,]]" you tell her. "[[You|a|The goose never happened.]]"

"[[Lottie|i|The goose absolutely happened.]]"

"[[Jasper|e|It did happen,]]" Jasper agrees. "[[Jasper|e|I was there. It was magnificent.]]"

You snatch one of the sledges out of his hands. "[[You|i|Right. Race you both to the bottom. Loser buys dinner.]]"

"[[Lottie|i|Oh, you're on.]]"

"[[Jasper|i|That's not fair, you've had practice —]]"

But you have already pushed off.

The sledge is ancient and has no steering to speak of. The hill is steeper than it looks. Somewhere behind you Lottie is screaming with laughter and Jasper is yelling something that sounds like your name, and then there is a bump, and the world turns over, and you are lying on your back in a drift with snow down the neck of your coat.

A shadow falls over you. Jasper, out of breath, sledge abandoned somewhere up the slope.

"[[Jasper|i|Are you hurt? Y/N, say something.]]"

"[[You|i|I won.]]"

"[[Jasper|i|You did not win. You crashed.]]"

"[[You|i|I crashed first. That's a kind of winning.]]"

He laughs, and it is a helpless sort of laugh, and he holds out his hand. You take it. He pulls you up, and for a second you are standing very close, and his glove is warm even through your wet one.

"[[Jasper|a|You've got snow on your eyelashes,]]" he says quietly.

"[[You|i|You've got snow everywhere.]]"

"[[Jasper|i|Fair.]]"

"[[Lottie|e|Oi!]]" Lottie shouts from halfway down the hill, where she has got stuck in a hedge. "[[Lottie|e|Thorne! Stop flirting and come and get me out!]]"

Jasper goes very red. You are fairly sure you do too.

"[[You|i|We should help her.]]"

"[[Jasper|i|We should.]]"

Neither of you moves for a moment. Then he squeezes your hand, lets go, and starts up the slope, and you follow him, and you decide that dinner is on you after all.
