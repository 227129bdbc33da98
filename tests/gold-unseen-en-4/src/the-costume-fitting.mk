#story the-costume-fitting en
#char You||Y/N
#char Laurie|male|Laurence;Laurence Ashcroft;Ashcroft;Mr Ashcroft
#char Ogunleye|female|Mrs Ogunleye;Mrs O
#char Priti|female|
#note A/N: Limelight (the West End drama) x Reader, gender-neutral reader, you work in wardrobe. Laurie is a disaster and I love him. Self-indulgent and unedited, please be nice.
#note End Notes: Yes, there will be a pub chapter. No, I have not written it yet.
---
Pins

A/N: Limelight (the West End drama) x Reader, gender-neutral reader, you work in wardrobe. Laurie is a disaster and I love him. Self-indulgent and unedited, please be nice.

Half an hour before curtain up, Laurence Ashcroft walked into wardrobe holding his trousers together with one hand.

'[[Laurie|i|Don't laugh.]]'

'[[You|i|I'm not laughing.]]'

'[[Laurie|i|You're laughing with your eyebrows.]]'

You were, a bit. You put down the hem you'd been working on and held out your hand for the trousers, and he looked at the hand, then at the door, then at you.

'[[Laurie|i|I'm not taking them off in front of you.]]'

'[[You|i|Then I can't fix them, can I?]]'

'[[Ogunleye|a|Oh, for heaven's sake,]]' said someone behind the costume rails. '[[Ogunleye|a|Screen's in the corner, Mr Ashcroft. Nobody in here is interested in your legs.]]'

The rails parted and the wardrobe mistress came through them with a mouthful of pins and a tape measure round her neck like a stethoscope. Mrs Ogunleye had dressed three Hamlets and a Lear, and none of them had been allowed to argue with her either.

'[[Ogunleye|a|And you can stop smirking,]]' she told you, round the pins. '[[Ogunleye|a|You'll be sewing, not watching.]]'

Laurie went behind the screen. A moment later the trousers came flying over the top of it and landed on your head.

'[[You|a|Thank you,]]' you said, with dignity.

'[[Laurie|e|Sorry!]]' Laurie called. '[[Laurie|e|Sorry. That was meant to go on the chair.]]'

'[[Ogunleye|i|How did you split them?]]'

'[[Laurie|i|I may have been practising the jump from Act Two in the corridor.]]'

'[[Ogunleye|i|In my trousers.]]'

'[[Laurie|i|In your trousers, Mrs O. I'm very sorry.]]'

You found the split, a seam gone from the waistband halfway to the knee, and threaded a needle. The tannoy over the door clicked, hissed and cleared its throat.

'[[Priti|a|Ladies and gentlemen of the company, this is your half-hour call,]]' said the tannoy. '[[Priti|a|Half an hour, please. Mr Ashcroft to the stage manager's desk. Mr Ashcroft, please.]]'

'[[Laurie|i|I can't go to the desk. I haven't got any trousers.]]'

'[[Ogunleye|i|I'll tell Priti.]]' Mrs Ogunleye pressed the button on the wall box. '[[Ogunleye|i|He's in wardrobe, pet. Trouser emergency. Give us ten minutes.]]'

'[[Priti|i|Understood. Is he decent?]]'

'[[Ogunleye|i|Never has been.]]'

Then, to your horror, she gathered up her pins and went off to see to the chorus, and left you alone with him and his bare knees.

'[[Laurie|i|Is it bad?]]'

'[[You|i|It's a seam. I've done worse.]]'

'[[Laurie|i|What's the worst?]]'

'[[You|i|A whole dress. Backwards. In the interval.]]'

'[[Laurie|i|You're making that up.]]'

'[[You|i|Ask Mrs O.]]'

'[[Laurie|i|I'm never asking Mrs O anything ever again.]]'

You bit off the thread and held the trousers up over the screen. His hand found them, and then your hand, and stayed there a moment longer than it needed to.

'[[Laurie|i|Y/N?]]'

'[[You|i|Five minutes, Laurie. Go.]]'

The tannoy clicked again before he could answer, and somewhere above you a hundred people stopped chatting and started to run.

'[[Priti|i|Mr Ashcroft, this is your five-minute call, and I know exactly where you are.]]'

He went. At the door he stopped and looked back at you, trousers and all, and grinned like an idiot.

'[[Laurie|a|Come to the pub after,]]' he said, and was gone before you could say no.

End Notes: Yes, there will be a pub chapter. No, I have not written it yet.
