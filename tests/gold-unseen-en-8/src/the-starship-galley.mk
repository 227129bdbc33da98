#story the-starship-galley en
#char You|neutral|Y/N;kid
#char Oduya|female|Captain Oduya;Captain;Cap
#char Petrov|male|Ensign Petrov;Ensign
#char Haddie|female|Cook;Haddie Marsh
#note Fandom: Long Haul (TV)
#note Notes: Reader-insert, no gender specified for the reader. Set between seasons two and three.
---
Soup on the Long Haul

Fandom: Long Haul (TV)
Notes: Reader-insert, no gender specified for the reader. Set between seasons two and three.

The galley of the Marguerite was the only warm room on the ship, which was why you were hiding in it.

‘[[Haddie|a|Stir that,]]’ said the cook, without looking round. ‘[[Haddie|a|Don’t let it catch, kid, or the Captain’ll have both our heads.]]’

‘[[You|a|What is it?]]’ you asked.

‘[[Haddie|i|Soup.]]’

‘[[You|i|What kind of soup?]]’

‘[[Haddie|i|The kind you don’t ask about.]]’

You stirred it. It was grey-green and smelled faintly of the hydroponics bay. Haddie chopped something on the board beside you with a knife as long as your arm, humming a song about a girl from Ganymede.

The hatch hissed open. Ensign Petrov ducked in, still in his flight suit, his hair stuck up at the back where his helmet had been.

‘[[Petrov|i|Is that soup? Tell me that’s soup.]]’

‘[[Haddie|i|That’s soup. Wash your hands, Ensign.]]’

‘[[Petrov|i|I washed ’em yesterday.]]’

‘[[Haddie|i|Then wash ’em again.]]’

He washed them at the little sink, grumbling, and sat on the counter next to you, which he was not allowed to do.

‘[[Petrov|a|She let you cook?]]’ he whispered. ‘[[Petrov|a|She never lets anyone cook.]]’

‘[[You|a|I’m only stirring,]]’ you told him.

‘[[Petrov|i|Still. That’s promotion, that is.]]’

[[You|aT|*Or punishment,*]] you thought, looking into the pot. [[You|aT|*Hard to say with Haddie.*]]

The hatch hissed again, and everyone straightened. Captain Oduya stood in the doorway with her datapad under her arm and her eyebrows up.

‘[[Oduya|i|Petrov. Counter.]]’

‘[[Petrov|i|Off the counter, Captain. Sorry, Captain.]]’

‘[[Oduya|e|And you,]]’ said Captain Oduya, turning to you. ‘[[Oduya|e|I’ve been looking for you for half an hour. You’re not on galley duty, Y/N.]]’

‘[[You|i|No, Captain. I just—]]’

‘[[Haddie|i|I asked for a hand. Nobody else would come near the soup.]]’

The Captain looked at the pot for a long moment. Then she took a spoon off the rack, dipped it in and tasted it. Nobody breathed.

‘[[Oduya|i|That’s not bad.]]’

‘[[Haddie|i|It’s never bad. It’s just never pretty.]]’

You shrugged, and gave it another stir, because it seemed the thing to do.

‘[[Petrov|i|Can I have the big bowl?]]’

‘[[Oduya|a|Bowls, then,]]’ the Captain said. ‘[[Oduya|a|Four. I’m eating here. The bridge is freezing.]]’
