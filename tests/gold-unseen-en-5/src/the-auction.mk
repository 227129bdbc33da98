#story the-auction en
#char You|female|Y/N;Miss Y/N
#char Honoria|female|Lady Blackwood;Aunt Honoria;Honoria Blackwood;Aunt
#char Lyle|male|Mr Lyle;Everard;Everard Lyle
#char Pettigrew|male|Mr Pettigrew
#char Fane|female|Mrs Fane;Cordelia;Cordelia Fane
#note A/N: The Marriage Mart fandom, book four timeline. Fem!reader, Lady Blackwood's goddaughter and companion. Lyle is a menace and a gentleman. Title from the auctioneer, obviously.
---
Going, Going

A/N: The Marriage Mart fandom, book four timeline. Fem!reader, Lady Blackwood's goddaughter and companion. Lyle is a menace and a gentleman. Title from the auctioneer, obviously.

You had come to Fenwick's Rooms with eleven pounds in your reticule, and the painting on the easel was going to cost a great deal more than that.

'[[Pettigrew|i|Lot forty-two.]]' The voice came from the rostrum, high and precise, a voice made for counting other people's money. '[[Pettigrew|i|A portrait of a lady, artist unknown. I have ten guineas to start.]]'

'[[Honoria|i|Ten! The frame alone is worth more, Pettigrew, and you know it.]]' Lady Blackwood did not lower her voice; she never did. '[[Honoria|i|Sit up, child, and stop wringing your gloves.]]'

'[[You|a|Aunt, please,]]' you whispered.

'[[Honoria|i|Well? Are you going to bid, or are you going to sit there looking like a wet hen?]]'

You lifted your card. Your hand was shaking.

'[[Pettigrew|i|Ten guineas, from the young lady. Do I have twelve?]]'

'[[Lyle|i|Fifteen.]]'

The whole room turned. At the back, leaning against a pillar as if the pillar had asked him to, was a gentleman in a dark green coat with his hat in one hand and his card in the other.

'[[Honoria|e|Oh, for heaven's sake,]]' said Lady Blackwood. '[[Honoria|e|It's the Lyle boy.]]'

'[[You|i|Who?]]'

'[[Honoria|i|Everard Lyle. Four thousand a year and no sense whatever. Bid again.]]'

'[[You|i|I can't. I have eleven pounds.]]'

'[[Honoria|i|Then I shall. Twenty!]]'

'[[Pettigrew|i|Twenty, from Lady Blackwood.]]'

'[[Lyle|a|Twenty-five,]]' said the gentleman at the pillar, quite pleasantly.

A stout lady in purple in the row in front twisted round in her seat to stare at you both.

'[[Fane|i|Honoria Blackwood, what on earth do you want with a picture like that?]]'

'[[Honoria|i|Mind your business, Cordelia.]]'

'[[Fane|i|It isn't even a good likeness.]]'

'[[You|a|It's my mother,]]' you said.

The purple lady's mouth closed. So, for a moment, did Lady Blackwood's.

'[[Pettigrew|i|I have twenty-five guineas. Going once.]]'

You looked back at the pillar. Mr Lyle was looking at you, not at the painting, with an expression you could not read at all.

'[[Pettigrew|i|Going twice.]]'

'[[Honoria|i|Thirty.]]'

'[[Lyle|i|Forty.]]'

'[[Honoria|e|Insufferable,]]' Lady Blackwood muttered. '[[Honoria|e|I'll not go above fifty. I am not made of money.]]'

'[[You|i|You are, rather.]]'

'[[Honoria|i|Don't be clever, it gives you lines.]]'

'[[Pettigrew|i|Forty guineas. Going, going, gone, to the gentleman at the back.]]'

The hammer came down. You sat very still and looked at your hands, because if you looked at anything else you were going to cry in front of the whole of Fenwick's Rooms and Cordelia Fane.

Mrs Fane rose with a rustle of purple and swept off towards the tea room, and a moment later there was a cough at your elbow.

'[[Lyle|i|Miss Y/N.]]' Mr Lyle had come round the end of the row, hat against his chest. '[[Lyle|i|Forgive me. I didn't know it was your mother until you said so.]]'

'[[You|i|It doesn't matter.]]'

'[[Lyle|i|It does. I'll have it sent round to Lady Blackwood's in the morning.]]'

'[[You|i|I can't pay you forty guineas, Mr Lyle.]]'

'[[Lyle|i|I didn't ask you to.]]'

'[[Honoria|e|Hmph,]]' said Lady Blackwood, to nobody in particular, and began very deliberately to put her gloves back on. '[[Honoria|e|Some sense after all.]]'
