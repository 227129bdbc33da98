#story the-toll-bridge en
#char Hesper|female|
#char Leo|male|Leofric
#char Mother Sallow|female|Sallow
#char Fennick|male|
#note A/N: written for the Wyrmwood Winter Exchange! Prompt was "a bargain gone sideways". Hesper and Leo are from the main series; the bridgekeeper is mine.
---
The Toll Bridge

A/N: written for the Wyrmwood Winter Exchange! Prompt was "a bargain gone sideways". Hesper and Leo are from the main series; the bridgekeeper is mine.

The bridge over the Carrick was older than the road on either side of it, and the sign nailed to its first post said only TOLL, in letters a foot high.

"[[Leo|e|I don't see anyone to pay,]]" Leo said.

"[[Hesper|i|That's what worries me.]]" Hesper shifted the pack on her shoulders. "[[Hesper|i|Nobody puts up a sign like that and then goes home.]]"

"[[Leo|i|Maybe they died.]]"

"[[Hesper|i|Maybe they're under the bridge.]]"

"[[Leo|i|Why would anyone be under the bridge?]]"

"[[Mother Sallow|e|Because I like it here,]]" said a voice from under the bridge. "[[Mother Sallow|e|It's dry, it's quiet, and nobody asks me stupid questions. Usually.]]"

Leo took a step backwards into Hesper, who did not move. The voice was thin and cracked and sounded extremely pleased with itself.

"[[Hesper|e|We'd like to cross,]]" Hesper said.

"[[Mother Sallow|i|Everybody would like to cross. That's the point of a bridge. The toll is one true thing.]]"

"[[Hesper|i|One true what?]]"

"[[Mother Sallow|i|Thing. A secret. Something you've never told anyone.]]" There was a scraping sound, like claws on stone. "[[Mother Sallow|i|Or you can go round by the ford. It's only thirty miles.]]"

Leo looked at Hesper. Hesper looked at the river, which was high and brown and full of branches.

"[[Leo|a|I'll go first,]]" he said.

"[[Hesper|i|Leo —]]"

"[[Leo|i|It's fine. I've got loads of secrets.]]" He cleared his throat and leaned out over the parapet. "[[Leo|i|I can't swim.]]"

A long pause from below.

"[[Mother Sallow|e|That,]]" said the voice, "[[Mother Sallow|e|is not a secret. Everybody who has ever seen you near water knows that.]]"

"[[Leo|i|Oh, come on.]]"

"[[Mother Sallow|i|Next.]]"

Hesper set her jaw. Before she could speak, a cart came rattling up the road behind them, pulled by a mule with a red ribbon on its bridle, and a man in a patched green coat hopped down from the seat.

"[[Fennick|i|Morning! Fennick, tinker, pots mended, knives sharpened.]]" He tipped his hat to them and then bent, quite casually, to the gap beneath the first arch. "[[Fennick|i|Morning, Mother Sallow. Usual?]]"

"[[Mother Sallow|i|Usual, Fennick.]]"

He whispered something into the dark. There was a satisfied cackle. Then he climbed back onto his cart, clicked his tongue to the mule, and rattled across the bridge and away without a backwards glance.

"[[Leo|e|Did he just —]]" Leo began.

"[[Hesper|i|He did.]]"

"[[Leo|i|What did he tell her?]]"

"[[Hesper|i|Something true, I expect.]]"

"[[Mother Sallow|e|Are you going to tell me yours?]]" asked Mother Sallow, and now a face appeared at the edge of the arch, grey and wrinkled as a walnut, with eyes like two wet pebbles.

Hesper knelt down on the stones, so that only the old woman could hear.

"[[Hesper|a|I'm not sure I want to go home,]]" she said quietly.

The wet pebble eyes blinked once, slowly.

"[[Mother Sallow|e|That'll do,]]" said Mother Sallow. "[[Mother Sallow|e|Off you go, the pair of you.]]"

Leo caught up with her halfway across. "[[Leo|i|What did you say?]]"

"[[Hesper|i|Something true.]]"

"[[Leo|i|Hesper.]]"

"[[Hesper|i|Keep walking, Leo.]]"
