#story the-vault-job en
#char Moth|female|
#char Ilya|male|Ilya Sorokin;Sorokin
#char Dee|female|Deirdre
#char Perpetua|female|Auntie Perpetua;Auntie
#char Colley|male|Mr Colley
#chapter Chapter 4: The Vault
#note End Notes: Next chapter: consequences!! Thank you for reading, and special thanks to everyone in the Crooked Crown discord for screaming about Ilya with me.
---
Crooked Crown

Chapter 4: The Vault

The vault door was older than the bank, older than the street, possibly older than the city, and Moth loved it on sight.

"[[Moth|a|Look at her,]]" she whispered, running a gloved hand over the brass. "[[Moth|a|Look at those tumblers. Nobody makes locks like this any more.]]"

"[[Ilya|i|Nobody makes locks like this because they're impossible to open.]]" Ilya Sorokin was crouched by the corridor mouth with his back to the wall, watching the stairs. "[[Ilya|i|You have eleven minutes.]]"

"[[Moth|i|I need twelve.]]"

"[[Ilya|i|You said ten at the briefing.]]"

"[[Moth|i|I lied at the briefing. Everyone lies at the briefing, Sorokin.]]"

Her earpiece crackled. "[[Perpetua|i|Children.]]"

Moth nearly dropped her stethoscope. The voice was calm and elderly and very slightly amused, and it belonged to nobody who was supposed to be on this channel.

"[[Perpetua|i|Guard on the second landing, coming down. Big fellow. Limps on the left.]]"

"[[Dee|i|Who the hell is this?]]" That was Dee, up in the van. Moth could hear her keyboard going like hail. "[[Dee|i|This is a closed line. Nobody's on this line but us.]]"

"[[Perpetua|i|Deirdre, darling, I taught you how to close a line. Do you honestly think I can't open one?]]"

There was a short, awful silence.

"[[Dee|e|Auntie Perpetua?]]" said Dee faintly.

"[[Perpetua|i|Guard, my loves. Thirty seconds.]]"

Ilya swore in Russian and flattened himself into the shadow behind a pillar. Moth pressed the stethoscope to the brass and closed her eyes.

[[Moth|aT|Of course it's Auntie,]] she thought, [[Moth|aT|of course she's been listening the whole time, and of course she waited until we were inside to say so.]]

The first tumbler fell with a click like a dropped coin.

Footsteps on the stairs. A torch beam swung across the floor, across the pillar, across the toes of Ilya's boots, and stopped.

"[[Colley|i|Who's down there?]]"

Nobody breathed. The torch came closer.

"[[Ilya|a|Maintenance,]]" said a voice, and Ilya stepped out into the light with his hands in his pockets and a terrible yawn. "[[Ilya|i|Boiler again. You'd think they'd replace it.]]"

"[[Colley|i|At two in the morning?]]"

"[[Ilya|i|Boilers don't care what time it is, my friend.]]"

The guard grunted. Moth, frozen against the vault door, could see only his shadow and the torch.

"[[Perpetua|e|His name is Colley,]]" Auntie Perpetua murmured in her ear. "[[Perpetua|e|He has a granddaughter called Rose. Ask after Rose.]]"

"[[Ilya|i|How's Rose, Mr Colley?]]"

The shadow softened all over. "[[Colley|i|Oh, she's grand. Walking now. Into everything.]]"

"[[Ilya|i|They always are.]]"

The second tumbler fell. The third. Moth's hands had stopped shaking at last.

"[[Colley|a|Well,]]" the guard said, "[[Colley|a|don't let me keep you.]]" And the torch swung away up the stairs again, and the footsteps went with it.

"[[Dee|e|You're insane,]]" Dee said over the line. "[[Dee|e|All of you. Auntie, where are you?]]"

"[[Perpetua|i|Across the street, dear, in the café. They do a very good scone.]]"

The last tumbler fell. The great brass door sighed and swung inward, and cold air breathed out of the dark.

"[[Moth|e|Eleven minutes,]]" Moth said. "[[Moth|e|Told you.]]"

"[[Ilya|i|You said twelve.]]"

"[[Moth|i|I lied.]]"

End Notes: Next chapter: consequences!! Thank you for reading, and special thanks to everyone in the Crooked Crown discord for screaming about Ilya with me.
