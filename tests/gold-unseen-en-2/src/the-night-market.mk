#story the-night-market en
#char Sunny|female|Sunniva
#char Dax|male|
#char Granny Tallow|female|Tallow
#char Pim|male|
#note Author's Note: Lanternfall fic!! Set during the Festival of Ash, before the big reveal in book four. I don't own these characters, I just borrow them and give them back slightly damaged.
---
The Night Market

Author's Note: Lanternfall fic!! Set during the Festival of Ash, before the big reveal in book four. I don't own these characters, I just borrow them and give them back slightly damaged.

The night market opened at moonrise, and by the time Dax and I got there the whole of Copper Lane was strung with paper lights.

“[[Dax|a|Stay close,]]” he said. “[[Dax|a|Last time I lost you for an hour.]]”

“[[Sunny|i|Last time you lost me because you stopped to watch a man juggle eels.]]”

“[[Dax|i|They were very good eels.]]”

I didn’t argue. I was looking for one stall, and one stall only, and I had been looking for it for three festivals in a row.

We found it at the far end of the lane, squeezed between a fortune-teller and a woman selling roasted chestnuts: a narrow table covered in a black cloth, and on the cloth a row of glass bottles with something glowing inside each one.

“[[Granny Tallow|i|Memories,]]” said the woman behind the table, before I could ask. Everyone in Copper Lane called her Granny Tallow, and nobody knew her real name. She was small and very old, and her hands were covered in silver rings. “[[Granny Tallow|i|Bottled fresh. One coin a sip. Yours, or someone else’s.]]”

“[[Sunny|a|Someone else’s,]]” I said.

“[[Dax|e|Sunny,]]” Dax said in my ear. “[[Dax|e|We talked about this.]]”

“[[Sunny|i|You talked about it. I listened.]]”

Granny Tallow smiled. “[[Granny Tallow|i|Whose, dearie?]]”

“[[Sunny|i|My mother’s. Her name was Ilsa Marrow. She died when I was six.]]”

For a moment the market noise seemed to fall away. The old woman looked at me very hard, and then she reached under the cloth and brought out a bottle smaller than the rest, with a faint blue light in it like the last of a candle.

“[[Granny Tallow|i|That one’s not for sale, Sunniva.]]”

I went cold. I had not told her my name.

“[[Sunny|i|How do you know who I am?]]”

“[[Granny Tallow|i|Your mother sold me this bottle the winter before you were born. She told me her daughter would come asking for it.]]” The rings clinked as she turned it in her fingers. “[[Granny Tallow|i|She also told me not to give it to you.]]”

“[[Sunny|i|Why?]]”

“[[Granny Tallow|i|She didn’t say.]]”

Then something small and fast came out of nowhere and snatched the bottle clean out of the old woman’s hand.

“[[Dax|i|Oi!]]” Dax was already moving. “[[Dax|i|Oi, you — stop!]]”

The thief was a boy of about ten, all elbows, and he went through the crowd like a fish through weeds. Dax went after him. I went after Dax. We caught up with him in the alley behind the chestnut stall, backed against a wall, clutching the bottle to his chest.

“[[Dax|e|Give it here, Pim,]]” Dax said, holding out his hand. He knew every pickpocket on the lane by name.

“[[Pim|i|Won’t.]]”

“[[Dax|i|It isn’t yours.]]”

“[[Pim|i|Isn’t hers either. It’s hers.]]” The boy jabbed his chin at me. “[[Pim|i|The lady said. The lady with the blue coat. She paid me to bring it to you, miss, when you came.]]”

My mother had worn a blue coat. I remembered it suddenly, the way you remember a smell.

“[[Sunny|a|What lady?]]” I asked. “[[Sunny|a|When?]]”

“[[Pim|i|Dunno when. Ages ago. I was little.]]” He held the bottle out at last, and his hands were shaking. “[[Pim|i|She said you’d say that. She said to tell you, Sunny, it’s all right to drink it now.]]”

Dax looked at me. I looked at the little blue light.

“[[Dax|a|You don’t have to,]]” he said.

“[[Sunny|a|I know,]]” I said, and pulled out the cork.
