#story the-flower-show en
#char Dorcas|female|Dorcas Pymm;Pymm;Dor
#char Fintan|male|Fintan Rudd;Rudd;Fin;Mr Rudd
#char Ormerod|female|Mrs Ormerod;Judith Ormerod
#char Basil|male|Uncle Baz;Baz
#note Rating: General Audiences
#note Relationship: Dorcas Pymm/Fintan Rudd
#note Characters: Dorcas Pymm, Fintan Rudd, Original Characters
#note Additional Tags: Rivals to Lovers, Competitive Gardening, Fluff
---
Best in Show

Rating: General Audiences
Relationship: Dorcas Pymm/Fintan Rudd
Characters: Dorcas Pymm, Fintan Rudd, Original Characters
Additional Tags: Rivals to Lovers, Competitive Gardening, Fluff

The marquee smells of wet grass and sweet peas, and Fintan Rudd is standing next to her dahlias.

'[[Dorcas|a|Don't breathe on them,]]' she says.

'[[Fintan|i|I'm not breathing on them. I'm admiring them.]]'

'[[Dorcas|i|Admire from over there.]]'

'[[Fintan|i|They're very good, Dor. For dahlias.]]'

'[[Dorcas|i|What's wrong with dahlias?]]'

'[[Fintan|i|Nothing. They're just a bit obvious.]]'

She looks along the trestle to where his own entry sits: one perfect rose in a cut-glass vase, the colour of the inside of a shell. It is not obvious. It is the most beautiful thing in the tent, and she hates it.

'[[Basil|e|He's got you there, love,]]' says Uncle Baz, arriving with two paper cups of tea. '[[Basil|e|Here. Milk, no sugar. Morning, Fintan.]]'

'[[Fintan|i|Morning, Basil. How's the marrow?]]'

'[[Basil|i|Enormous. Obscene. I had to bring it in the wheelbarrow.]]'

'[[Dorcas|i|It's got a crack in it.]]'

'[[Basil|i|Character, that is.]]'

A woman with a clipboard comes down the aisle, slowly, stopping at every vase. She has a hat like a small upturned boat and reading glasses on a chain, and everyone she passes falls silent.

'[[Fintan|e|Judge,]]' Fintan murmurs. '[[Fintan|e|Look busy.]]'

The woman stops at the dahlias. She bends. She looks for a long time.

'[[Ormerod|a|Whose are these?]]' she asks.

'[[Dorcas|i|Mine. Dorcas Pymm. Number forty-one.]]'

'[[Ormerod|i|There's earwig damage on the third bloom.]]'

'[[Dorcas|i|There isn't.]]'

'[[Ormerod|i|Underneath, dear. There is.]]'

Dorcas bends too. There is. A tiny ragged crescent on the underside of one petal, the size of a fingernail clipping. Her face goes hot.

The judge moves on to the rose, and stops again, and this time she smiles.

'[[Ormerod|i|And this?]]'

'[[Fintan|i|Mine, Mrs Ormerod.]]'

'[[Ormerod|i|Of course it is. Well done, Mr Rudd.]]'

She writes something on the clipboard and sails away down the tent. Basil lets out a long breath.

'[[Basil|i|Bad luck, love.]]'

'[[Dorcas|i|It's fine. It's an earwig. It's nature.]]'

'[[Fintan|i|It's a very small earwig.]]'

'[[Dorcas|i|Don't.]]'

'[[Fintan|a|I mean it,]]' he says, and for once he isn't grinning. '[[Fintan|a|I'd rather have your dahlias than a card. Yours look like they've been alive. Mine looks like it's been in a fridge.]]'

'[[Dorcas|i|It has been in a fridge.]]'

'[[Fintan|i|Two days. Don't tell anyone.]]'

She laughs, despite everything, and Uncle Baz looks from one of them to the other and goes off very quickly to see about his marrow.

'[[Fintan|i|Your uncle's very subtle.]]'

'[[Dorcas|i|He's the least subtle man in the county.]]'

'[[Fintan|i|Dor. Would you, after the prizegiving. Would you want to get a drink?]]'

She looks at the rose, and at the little ragged crescent on her dahlia, and at him.

'[[Dorcas|a|Only if you tell me what you feed it,]]' she says.

'[[Fintan|i|Banana skins.]]'

'[[Dorcas|i|Liar.]]'
