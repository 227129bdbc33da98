#story the-kitchen-pass en
#char Moreau|male|Bastien Moreau;Chef Moreau;Bastien;Chef
#char Yara|female|
#char Ollie|male|Oliver
#char Rafael|male|Rafa
#note Summary: Saturday night at Moreau's. The walk-in is broken, the commis is crying, and the most feared critic in the city has just ordered the fish.
#note Notes: Open Flame fandom (the cooking show AU nobody asked for). Chef Moreau is a menace, Yara is a saint, Ollie is baby. Enjoy!
---
Yes, Chef

Summary: Saturday night at Moreau's. The walk-in is broken, the commis is crying, and the most feared critic in the city has just ordered the fish.

Notes: Open Flame fandom (the cooking show AU nobody asked for). Chef Moreau is a menace, Yara is a saint, Ollie is baby. Enjoy!

At eight-fifteen the printer starts spitting tickets and doesn't stop.

"[[Rafael|a|Ordering, two lamb, one duck, one risotto no cheese!]]" someone yells from the pass. "[[Rafael|a|And table nine wants to know where their bread is!]]"

"[[Moreau|e|Table nine can wait for their bread,]]" Chef Moreau says, without looking up from his sauce. "[[Moreau|e|Table nine can die waiting. Yara, where's my lamb?]]"

"[[Yara|i|Resting, Chef. Two minutes.]]"

"[[Moreau|i|It rested yesterday. Ollie!]]"

Ollie drops a tray of shallots. Nobody looks round. Ollie drops something every night, and he is only nineteen, and so far he has cried only twice.

"[[Ollie|i|Yes, Chef?]]"

"[[Moreau|i|Bread for nine.]]"

"[[Ollie|i|Yes, Chef.]]"

Rafael leans through the pass, bow tie crooked, waving a ticket like a flag. He's the only waiter brave enough to come that far into the kitchen, and he knows it.

"[[Rafael|i|Chef. Chef. She's here.]]"

"[[Moreau|i|Who's here?]]"

"[[Rafael|i|Table four. Small woman, green hat. Ordered the halibut and a glass of tap water, and she's writing in a little book.]]"

The kitchen goes quiet in the way kitchens never go quiet. Even the extractor fan seems to hold its breath.

"[[Yara|a|Crane,]]" the sous-chef says softly. "[[Yara|a|That's Imelda Crane.]]"

"[[Moreau|i|I know who it is.]]" Chef puts down his spoon. His hands are perfectly steady, which is how Yara knows he's terrified. "[[Moreau|i|Who's on fish?]]"

Yara doesn't look up from the lamb. "[[Yara|i|Ollie.]]"

"[[Moreau|i|Ollie is on bread.]]"

"[[Yara|i|Ollie is on bread and fish, because Danny walked out at six, remember?]]"

Moreau closes his eyes. Then he turns around, and Ollie, who has come back from the bread station with flour to his elbows, takes one look at his face and nearly drops another tray.

"[[Moreau|a|Oliver,]]" he says. "[[Moreau|a|The halibut for table four. You will cook it exactly as I showed you on Tuesday. Not Wednesday. Tuesday.]]"

"[[Ollie|i|Yes, Chef.]]"

Chef goes back to his sauce. Yara slides in next to Ollie at the stove and bumps his hip with hers.

"[[Ollie|i|I can't do this.]]"

"[[Yara|i|You can. Pan.]]"

"[[Ollie|i|It's hot.]]"

"[[Yara|i|It's meant to be hot. Butter. More. Now wait.]]"

"[[Ollie|i|How long?]]"

"[[Yara|i|Till it smells like toast. Don't touch it.]]"

"[[Ollie|i|It smells like toast.]]"

"[[Yara|i|Then in it goes. Skin down. Count to ninety and don't you dare move it.]]"

He counts out loud, very quietly. Yara plates the lamb with one eye on him. At ninety he flips it, and the skin is gold and perfect, and he makes a small noise like a kettle.

Eleven minutes later Rafael comes back through the swing doors with an empty plate and a folded note.

"[[Rafael|a|She wants to see the chef,]]" he says.

Moreau wipes his hands and reaches for the note. Rafael holds it back.

"[[Rafael|i|Not you, Chef. The one who cooked the fish.]]"

Every head in the kitchen turns. Ollie goes white, then red, then white again, and the tongs slide out of his hand and clatter on the tiles.

"[[Ollie|i|Me?]]"

"[[Yara|e|You,]]" says Yara, and unties his apron for him, and gives him a push towards the doors.
