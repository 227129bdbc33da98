#story the-map-room en
#char Wren|female|Wren Halloway;Halloway;Miss Halloway
#char Quill|male|Master Quill;Aldous Quill;Aldous;Master
#char Pim|male|
#char Treadwell|male|Captain Treadwell;Saul Treadwell;Saul;Captain
#note Summary: The Guild of Cartographers has one rule: nobody draws the Drowned Coast. Wren Halloway is about to break it, and she has brought snacks.
#note Notes: Inkbound fandom, post-canon for Wren. Pim is my favourite small menace. Unbeta'd, we die like apprentices.
---
Uncharted

Summary: The Guild of Cartographers has one rule: nobody draws the Drowned Coast. Wren Halloway is about to break it, and she has brought snacks.

Notes: Inkbound fandom, post-canon for Wren. Pim is my favourite small menace. Unbeta'd, we die like apprentices.

The map room was meant to be locked after the ninth bell, which was why Wren had borrowed the key.

'[[Pim|a|You said ten minutes,]]' hissed someone from under the big table. '[[Pim|a|It's been an hour. My legs have gone to sleep.]]'

Wren did not look up from the vellum. '[[Wren|i|Then wake them up and hold the lamp higher, Pim. I can't see the reefs.]]'

'[[Pim|i|You can't see the reefs because nobody's allowed to draw the reefs.]]'

'[[Wren|i|Which is exactly why someone should.]]'

The boy crawled out, all elbows and inky knees, and held the lamp over her shoulder. He was eleven and the worst apprentice the Guild had ever taken, and the only one who would follow her anywhere.

'[[Pim|i|Is that the Drowned Coast?]]'

'[[Wren|i|It will be.]]'

'[[Pim|i|Master Quill says anyone who draws it goes mad.]]'

'[[Wren|i|Master Quill says a lot of things.]]'

'[[Quill|a|Master Quill,]]' said a dry voice from the doorway, '[[Quill|a|also says that apprentices who steal keys scrub the copper plates for a month.]]'

Pim dropped the lamp. Wren caught it an inch from the floor, burned her fingers, and swore in a way that would have shocked her mother.

The Master of Maps stood in the doorway in his dressing gown, a candle in one hand and her stolen key dangling from the other. He did not look angry. That was worse.

'[[Wren|i|Sir. I can explain.]]'

'[[Quill|i|I doubt it, Miss Halloway. Go to bed, Pim.]]'

'[[Pim|i|But—]]'

'[[Quill|i|Bed.]]'

Pim fled. Quill came to the table, set his candle beside the lamp and looked down at her coastline for a long time.

'[[Quill|a|The soundings are wrong,]]' he said at last. '[[Quill|a|Here, and here. You took them from Merrow's chart, and Merrow never went past the second reef.]]'

'[[Wren|i|Then whose should I use?]]'

'[[Quill|i|Nobody's. Nobody has them.]]'

Someone knocked at the street door below, three slow knocks, and then three more.

[[Wren|eT|*At this hour,*]] Wren thought. [[Wren|eT|*Nobody knocks at this hour unless somebody's dead.*]]

Quill went down. When he came back up, a tall man in a sodden greatcoat was with him, salt crusted white on his boots and a leather tube under one arm. He dripped on the good rug and did not seem to notice.

'[[Treadwell|a|This is the one who drew it?]]' the stranger asked. '[[Treadwell|a|She's a child.]]'

'[[Wren|i|I'm nineteen.]]'

'[[Treadwell|i|As I said.]]'

'[[Quill|e|Saul,]]' Quill said wearily, '[[Quill|e|be civil or go back to your boat.]]'

'[[Treadwell|i|I have no boat, Aldous. That's rather the point.]]' He unstoppered the tube and shook a roll of oilcloth out across the table. It was covered in numbers, thousands of them, in a cramped and furious hand. '[[Treadwell|i|Captain Saul Treadwell, late of the Heron. Those are your soundings, Miss Halloway. Every reef. I took them while she sank.]]'

Wren stared at him, then at the oilcloth, then at Quill.

'[[Wren|i|You knew about this.]]'

'[[Quill|i|I knew he was alive. I didn't know he was mad enough to come here.]]'

'[[Treadwell|i|Everyone who draws it goes mad. Didn't he tell you?]]' The captain smiled for the first time. '[[Treadwell|i|Well? Are you drawing it or not?]]'

Wren pulled the lamp closer and reached for her pen.
