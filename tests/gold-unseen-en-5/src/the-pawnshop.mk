#story the-pawnshop en
#char Kettle|male|Sergeant Kettle;Detective Sergeant Kettle;Sergeant
#char Noor|female|Constable Noor;Constable
#char Crane|female|Mrs Crane;Imelda;Auntie Mel;Auntie
#char Wilf|male|Wilfred
#char Lottie|female|Lottie Briggs
#note Notes: Gaslight Row, the podcast. Kettle and Noor are my whole heart. Spoilers for episode forty.
---
Notes: Gaslight Row, the podcast. Kettle and Noor are my whole heart. Spoilers for episode forty.

The bell over the door of Crane’s Loans & Sundries rang twice, once for Kettle and once for Noor, and Mrs Crane did not look up from her ledger.

‘[[Crane|i|We’re closed, Sergeant.]]’

‘[[Kettle|i|Your sign says open.]]’

‘[[Crane|i|My sign is a liar. Like most of my customers.]]’

Detective Sergeant Kettle took off his hat, which was as close as he came to manners, and set a pocket watch on the counter. Somebody had scratched the initials off the back.

‘[[Kettle|i|Seen this before?]]’

‘[[Crane|i|I see a lot of watches.]]’

‘[[Kettle|i|This one came in through your back door on Tuesday.]]’

‘[[Crane|i|I haven’t got a back door.]]’

‘[[Kettle|i|You’ve got three, Imelda. I’ve counted.]]’

Behind him, Constable Noor coughed into her glove in a way that might have been a laugh. She had wandered off along the shelves, past the christening cups and a stuffed owl with one glass eye.

‘[[Crane|e|Your girl’s touching my stock,]]’ said Mrs Crane.

‘[[Noor|i|Your girl has a name, Mrs Crane. And I’m only looking.]]’

‘[[Crane|i|Look with your hands in your pockets.]]’

Kettle tapped the watch.

‘[[Kettle|i|The man who owned this was pulled out of the canal on Wednesday morning.]]’

The pen stopped.

‘[[Crane|i|Which man?]]’

‘[[Kettle|i|You tell me.]]’

‘[[Crane|i|I don’t do business with dead men.]]’

‘[[Kettle|i|He wasn’t dead on Tuesday.]]’

For a long moment the only sound was the ticking of forty clocks, none of them together. Then a door banged at the back, and a boy’s voice called out, much too loud.

‘[[Wilf|i|Auntie! Auntie, the fella’s back about the— oh.]]’

He had come through the curtain with a crate in his arms, a lanky lad all wrists and Adam’s apple, and at the sight of two police officers he went the colour of skimmed milk.

‘[[Crane|i|Wilfred. Put that down and go upstairs.]]’

‘[[Kettle|i|Stay where you are, son.]]’

‘[[Wilf|e|Auntie Mel?]]’ said Wilf uncertainly.

‘[[Noor|e|Which fella’s back?]]’ Noor asked, coming back along the shelves.

‘[[Wilf|i|Nobody. A customer. I don’t know his name.]]’

‘[[Kettle|i|He doesn’t know his name.]]’

‘[[Noor|i|He’s outside, then. Waiting.]]’

The boy’s eyes went to the window. On the far side of the street a thin figure in a man’s overcoat had turned up its collar and was walking away, fast.

‘[[Kettle|e|Noor,]]’ said Kettle, without turning his head.

She was out of the door before the bell had finished. Kettle picked up the watch and set it down very gently in front of Mrs Crane.

‘[[Kettle|i|It’s a girl, isn’t it. Selling for him.]]’

‘[[Crane|i|I don’t know what you mean.]]’

‘[[Kettle|i|How old?]]’

Mrs Crane looked at her nephew. Her nephew looked at the floor.

‘[[Crane|a|Fifteen,]]’ she said at last. ‘[[Crane|a|Sixteen, maybe. She said he was her dad. She said he’d lost his place and they needed the rent.]]’

The bell rang again. Noor came in out of breath, one hand round the arm of the girl in the overcoat, who was kicking at her shins with great determination and no aim.

‘[[Lottie|i|Get off me! I ain’t done nothing!]]’

‘[[Noor|i|Then you won’t mind a chat.]]’

‘[[Lottie|i|I’m not talking to no coppers.]]’

‘[[Crane|e|Lottie,]]’ said Mrs Crane, in a voice none of them had heard before. ‘[[Crane|e|Lottie Briggs, you stop that this minute and tell the sergeant about your father.]]’

The girl stopped kicking. She looked at the watch for a long time.

‘[[Lottie|a|He wasn’t my dad,]]’ she whispered. ‘[[Lottie|a|He just said I had to say he was.]]’
