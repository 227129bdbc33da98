#story the-knitting-circle en
#char Clem|female|Clemency;Clemency Moss;Miss Moss
#char Yevgenia|female|Mrs Petrosyan;Petrosyan;Mrs P;Yevgenia Petrosyan
#char Dulcie|female|Dulcie Amberley;Amberley
#char Orla|female|
#char Verity|female|Verity Blount;Blount;Miss Blount
#note A/N: Written for the Slipstitch Mysteries week, prompt "a stranger at the door". Set before the book four reveal.
#note End Notes: Yes, the pattern is real. No, I will not be knitting it.
---
Purl Before Swine

A/N: Written for the Slipstitch Mysteries week, prompt "a stranger at the door". Set before the book four reveal.

The Thursday circle met in the back of the library, and I was always the one who brought the biscuits, because I was the youngest by thirty years and they had decided that was my job.

‘[[Yevgenia|e|Custard creams again,]]’ Mrs Petrosyan said from the head of the table, as if I had brought her a dead mouse. ‘[[Yevgenia|e|Sit, sit. You are late.]]’

‘[[Clem|i|The bus was late.]]’

‘[[Dulcie|e|The bus is always late, Clemency,]]’ said Dulcie Amberley, without looking up. ‘[[Dulcie|e|That is why one takes the earlier bus.]]’

I sat. Orla pushed the tin towards me and winked. She was the only one of them who ever winked.

‘[[Orla|i|Don’t mind them. They’ve been arguing about the raffle since two.]]’

‘[[Clem|a|What about the raffle?]]’ I asked.

‘[[Orla|i|Somebody’s taken the prize. The blanket.]]’

‘[[Yevgenia|e|Stolen,]]’ said Mrs Petrosyan. ‘[[Yevgenia|e|Two hundred hours of my life, in a bin bag, gone from the cupboard.]]’

‘[[Dulcie|i|Mislaid.]]’

‘[[Yevgenia|i|Stolen.]]’

‘[[Dulcie|i|Nobody steals a blanket, Yevgenia.]]’

‘[[Yevgenia|i|It was cashmere.]]’

‘[[Dulcie|i|It was a cashmere blend.]]’

I took a custard cream and kept my head down. I had learned early that the circle ran on feuds the way other clubs ran on tea.

‘[[Orla|i|Clem. You found the librarian’s cat that time. You could find a blanket.]]’

‘[[Clem|i|The cat was in the photocopier.]]’

‘[[Orla|i|Still.]]’

The door at the end of the room opened, and a tall woman in a rain cape came in, shaking water off her hood. Nobody had seen her before; I could tell by the way the needles stopped.

‘[[Verity|i|Is this the knitting circle?]]’

‘[[Yevgenia|a|It depends,]]’ came from the head of the table. ‘[[Yevgenia|a|Who is asking?]]’

‘[[Verity|i|Verity Blount. I moved in above the chemist’s. I’ve brought a bin bag.]]’ She held it up. ‘[[Verity|i|It was in my new hallway. I think the last tenant took it by mistake.]]’

There was a silence you could have cut with a pair of scissors.

‘[[Yevgenia|i|My blanket.]]’

‘[[Dulcie|e|Mislaid,]]’ Dulcie said, very quietly, and then she looked at her watch and began putting her needles away. ‘[[Dulcie|e|Goodness, is that the time. I shall miss the early bus.]]’

‘[[Orla|i|Dulcie, you live above the chemist’s.]]’

‘[[Dulcie|i|I lived above the chemist’s. I moved at the weekend.]]’

She was out of the door before anyone could stop her, her umbrella half up. Mrs Petrosyan took the bin bag from Verity as if it held a baby, and untied it, and looked inside for a long time.

‘[[Orla|i|Well?]]’

‘[[Yevgenia|i|It is all here. Every stitch.]]’

‘[[Clem|a|So Dulcie had it the whole time?]]’ I said.

‘[[Orla|i|Dulcie had it the whole time. She never could bear losing a raffle.]]’

‘[[Yevgenia|i|She never won one either. Sit down, Miss Blount. Clemency, give her a biscuit.]]’

‘[[Clem|a|They’re custard creams,]]’ I warned her.

‘[[Verity|i|I love custard creams.]]’

Orla laughed so hard she dropped a stitch, and Mrs Petrosyan, for the first time since I had known her, almost smiled.

‘[[Yevgenia|a|Good,]]’ she said. ‘[[Yevgenia|a|You can bring them next week.]]’

End Notes: Yes, the pattern is real. No, I will not be knitting it.
