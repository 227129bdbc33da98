#story the-archive-after-hours en
#char Tamsin|female|Tam
#char Priya|female|Priya Sethi
#char Hale|male|Professor Hale;Augustin Hale;Augustin
#note Author's Note: Hi all! Second fic for the Inkbound Archive fandom. Tamsin is my OC; Priya and Professor Hale belong to the wonderful E. V. Larkspur. Enjoy!
---
The Archive After Hours

Author's Note: Hi all! Second fic for the Inkbound Archive fandom. Tamsin is my OC; Priya and Professor Hale belong to the wonderful E. V. Larkspur. Enjoy!

I had been an apprentice at the Archive for exactly nine days when I lost the Cartographer's Ledger.

Not lost, exactly. I knew where it was. It was on the fourth gallery, on the reading desk under the broken lamp, where I had left it when the bell rang for supper. The problem was that the fourth gallery closed at sunset, and the Ledger was not supposed to leave the vault at all.

“[[Priya|i|You absolute muppet,]]” Priya whispered, when I told her. We were in the dormitory, and she was sitting on her bed with her knees pulled up. “[[Priya|i|They'll have you shelving pamphlets for a year.]]”

“[[Tamsin|i|I know.]]”

“[[Priya|i|Two years.]]”

“[[Tamsin|i|I know, Priya. That's why I'm going back for it.]]”

She stared at me. Then she swung her legs off the bed and reached for her boots. “[[Priya|i|Fine. But if we get caught, I'm telling them you kidnapped me.]]”

* * *

The Archive at night was a different building. The shelves went up into darkness, and every step we took on the iron stairs rang like a bell. Priya held the candle. I held my breath.

“[[Priya|a|Which desk?]]” she asked.

“[[Tamsin|i|Under the broken lamp. Left of the globe.]]”

We found the desk. We found the broken lamp. We did not find the Ledger.

“[[Priya|i|Tam.]]”

“[[Tamsin|i|It was here. I swear it was here.]]”

“[[Priya|i|Tam, someone's —]]”

“[[Hale|i|Looking for this?]]”

The voice came from the shadows behind the globe, dry and unhurried. Priya nearly dropped the candle. I think I made a noise like a kettle.

“[[Hale|a|Nine days,]]” the voice went on. “[[Hale|i|I confess I had money on seven.]]”

A tall shape stepped forward into the candlelight, and the Ledger was tucked under its arm. Professor Hale, Keeper of the Fourth Gallery, looked down at us over his half-moon spectacles.

“[[Tamsin|i|Professor. I can explain.]]”

“[[Hale|i|Can you? I'd enjoy that.]]”

“[[Tamsin|i|I was reading it at supper — not at supper, before supper — and the bell went, and I thought I'd come back after, and then I didn't, and —]]”

“[[Hale|a|And you left a four-hundred-year-old book under a lamp that leaks oil,]]” he finished. “[[Hale|a|Yes. I saw.]]”

Priya stepped in front of me, which was either very brave or very stupid. “[[Priya|i|It's my fault too, sir. I should have reminded her.]]”

“[[Hale|e|Miss Sethi,]]” said Professor Hale, “[[Hale|e|you were not there. I know, because you were in the kitchens stealing shortbread at the time.]]”

Priya closed her mouth.

He looked at me for a long moment. Then he held out the Ledger.

“[[Tamsin|i|You're not going to report me?]]”

“[[Hale|i|I'm going to make you copy out the index by hand. All of it. The Ledger stays in the vault, and you come to the vault every evening for a month.]]”

“[[Tamsin|i|That's — that's a punishment?]]”

“[[Hale|i|Ask me again after the first week.]]” He turned to go, then paused. “[[Hale|a|And Tamsin? Bring your own candle. Mine are for people who remember their books.]]”

The stairs rang under his feet as he went down, and then we were alone in the dark.

“[[Priya|e|He knew about the shortbread,]]” Priya said faintly.

“[[Tamsin|i|He knows about everything.]]”

“[[Priya|i|I'm never stealing shortbread again.]]”

“[[Tamsin|i|Yes, you are.]]”

“[[Priya|a|Yes,]]” she agreed, “[[Priya|a|I am.]]”
