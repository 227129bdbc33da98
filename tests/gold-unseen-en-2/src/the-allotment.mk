#story the-allotment en
#char Connie|female|Constance;Constance Achterberg;Achterberg;DI Achterberg;Inspector;guv
#char Osei|male|DS Osei;Sergeant;Kwame Osei
#char Gedge|male|Mr Gedge;Dennis;Dennis Gedge
#char Mrs Lambley|female|Lambley
#note A/N: a little Marrowfield Mysteries case-fic, because the show never gave us enough of Connie and Osei bickering at a crime scene. Set mid series two.
#note End note: This was so much fun. I might do a whole series of Marrowfield crimes that aren't really crimes?
---
The Allotment

A/N: a little Marrowfield Mysteries case-fic, because the show never gave us enough of Connie and Osei bickering at a crime scene. Set mid series two.

The body in plot forty-seven turns out to be a scarecrow, which is the first disappointment of Connie's morning.

'[[Osei|e|It's wearing a suit,]]' Osei says, crouching beside it. '[[Osei|e|A good one. Somebody's put a lot of effort into this.]]'

'[[Connie|i|Somebody's wasted my time.]]' Connie glares at the uniformed constable by the gate, who finds something interesting to look at in the leeks. '[[Connie|i|Who called it in?]]'

'[[Osei|i|Him.]]'

Osei nods towards the shed, where a small man in a flat cap is sitting on an upturned bucket, clutching a mug of tea in both hands.

'[[Connie|e|Mr Gedge?]]' Connie says, going over. '[[Connie|e|DI Achterberg. You found the — gentleman?]]'

'[[Gedge|i|I did, Inspector. Gave me a terrible turn.]]'

'[[Connie|i|It's a scarecrow, Mr Gedge.]]'

'[[Gedge|i|I know that now.]]' He sniffs. '[[Gedge|i|Didn't know it at six o'clock this morning, in the fog, with its face down in my onions. And it isn't mine, before you ask. I've never had a scarecrow. Pigeons laugh at scarecrows.]]'

'[[Connie|i|Then whose is it?]]'

'[[Gedge|a|That,]]' he says darkly, '[[Gedge|a|is the question.]]'

Osei comes up behind her with something in an evidence bag. '[[Osei|i|Guv. It was in the jacket pocket.]]'

It's a seed packet. Runner beans, Scarlet Emperor. Someone has written on the back, in neat capitals: YOU KNOW WHAT YOU DID.

Connie turns it over twice. '[[Connie|i|Well. That's not ominous at all.]]'

'[[Osei|e|Do you know what you did, Mr Gedge?]]' Osei asks.

'[[Gedge|i|I've done nothing! I grow onions!]]'

'[[Mrs Lambley|i|Good morning, good morning!]]' A tall woman in a quilted gilet is coming up the path with a trug over her arm, beaming at all of them. '[[Mrs Lambley|i|Is it true? Has somebody murdered Bertram?]]'

'[[Connie|e|Who's Bertram?]]' Connie asks.

'[[Mrs Lambley|i|The scarecrow, Inspector. He's mine. Well, he was mine, until someone stole him on Sunday.]]' She peers down at the suit. '[[Mrs Lambley|i|Oh, they've dressed him up. How lovely. That's Dennis Gedge's wedding suit, you know.]]'

Everyone looks at Mr Gedge.

'[[Gedge|a|It is not,]]' he says.

'[[Mrs Lambley|i|It is, Dennis. I was at the wedding. You wore it with a yellow carnation.]]'

'[[Osei|e|Mrs Lambley,]]' Osei says, very politely, '[[Osei|e|could you tell us where you were on Sunday night?]]'

'[[Mrs Lambley|i|At home with the cat, Sergeant, and the cat will vouch for me.]]' She shifts the trug on her arm. '[[Mrs Lambley|i|Now, I'll leave you to it. My courgettes don't water themselves. Dennis, you know where I am if you want to confess.]]'

She sweeps off down the path. Mr Gedge stares after her, purple.

'[[Gedge|a|She stole my prize marrow in 2019,]]' he says. '[[Gedge|a|Everyone knows she did. I just never proved it.]]'

'[[Connie|e|So you stole her scarecrow,]]' Connie says.

'[[Gedge|i|I borrowed her scarecrow.]]'

'[[Connie|i|And put it in your wedding suit.]]'

'[[Gedge|i|It's a very old suit.]]'

'[[Connie|i|And left a threatening note in the pocket.]]'

'[[Gedge|i|It's not threatening. It's a reminder.]]'

Osei makes a small strangled noise and turns away to examine the leeks with great interest.

'[[Connie|e|Right,]]' Connie says. She hands the seed packet back to him. '[[Connie|e|Sergeant. We're leaving.]]'

'[[Osei|i|Not arresting anyone, guv?]]'

'[[Connie|i|For what? Grievous bodily harm to a marrow?]]' She is already walking. '[[Connie|i|Get in the car before I start laughing in front of the public.]]'

Behind them, quietly, Mr Gedge goes back to his onions.

End note: This was so much fun. I might do a whole series of Marrowfield crimes that aren't really crimes?
