#story the-forge en
#char Tegan|female|Teg
#char Gwilym|male|Master Gwilym;Gwil
#char Aldwyn|male|Steward Aldwyn;Steward
#char Idony|female|Dame Idony;Idony of Carrow
#chapter Chapter One: Quench
#note (Comments are love! Next chapter Friday, if the muse allows.)
---
Iron and Ash

Chapter One: Quench

The blade had been in the fire since dawn, and Tegan’s arms had stopped aching an hour ago, which Master Gwilym said was a bad sign.

‘[[Gwilym|e|Out,]]’ said Gwilym. ‘[[Gwilym|e|Now. Tongs, girl, not your hands.]]’

‘[[Tegan|i|I know not my hands.]]’

‘[[Gwilym|i|You knew last week, too.]]’

She drew it out, orange going to cherry at the tip, and laid it on the anvil. He struck and she struck, turn and turn about, and the sparks went up like bees.

‘[[Tegan|i|How many more?]]’

‘[[Gwilym|i|Till it’s straight.]]’

‘[[Tegan|i|It is straight.]]’

‘[[Gwilym|i|It’s straight to you.]]’

The forge door creaked. A thin man in a green robe stood on the threshold, holding a handkerchief over his nose against the smoke.

‘[[Aldwyn|a|Is it ready?]]’ he said. ‘[[Aldwyn|a|His lordship asked for it by the feast.]]’

‘[[Gwilym|i|Feast is tomorrow.]]’

‘[[Aldwyn|i|The feast is tonight. It was moved.]]’

‘[[Gwilym|i|Nobody told me.]]’

‘[[Aldwyn|i|I am telling you, Master Gwilym. Now.]]’

Gwilym set down his hammer, very slowly, and Tegan moved the blade back into the coals before it cooled. She had seen him set a hammer down like that before.

‘[[Gwilym|a|Steward,]]’ he said, ‘[[Gwilym|a|a sword made in half a day is a sword that breaks in half a fight.]]’

‘[[Aldwyn|i|His lordship does not intend to fight in it. He intends to give it away.]]’

‘[[Idony|a|To me,]]’ said someone behind him. ‘[[Idony|a|Though I do intend to fight in it.]]’

A woman in scuffed mail stepped past the steward into the heat. She was taller than Gwilym, with a scar through one eyebrow, and she looked at the blade in the coals the way other people look at a fire on a cold night.

‘[[Gwilym|i|You’ll be Dame Idony.]]’

‘[[Idony|i|I will. And you’ll be the man who makes my sword. Can it be done by tonight?]]’

‘[[Gwilym|i|No.]]’

‘[[Tegan|e|Yes,]]’ said Tegan, before she could stop herself. Everyone turned. ‘[[Tegan|e|If I work the bellows and he doesn’t stop for dinner. It’s nearly straight. It only wants the quench.]]’

‘[[Gwilym|i|It’s straight to you.]]’

‘[[Tegan|i|It’s straight to anyone with eyes, Gwil.]]’

The knight laughed. The steward made a small noise into his handkerchief.

‘[[Idony|a|I like her,]]’ she said.

‘[[Gwilym|i|You can have her, then. Instead of the sword.]]’

‘[[Idony|i|I’ll take both.]]’

In the end it was done by the third bell, and quenched in brine with a scream of steam that filled the whole forge, and when it came out grey and true Gwilym turned it over in his hands for a long time.

‘[[Gwilym|a|Straight,]]’ he said at last, to nobody in particular, and handed it to Tegan to carry up to the hall.

(Comments are love! Next chapter Friday, if the muse allows.)
