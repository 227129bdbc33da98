#story the-apothecary en
#char Sorrel|female|
#char Nan|female|Agathe;Agathe Thistlewood;Mother Agathe
#char Garrow|male|Tam Garrow;Lieutenant Garrow;Lieutenant Tam Garrow;Lieutenant;Tam
#char Posy|female|Posy Abbot
#note Summary: The Witchfinder’s new lieutenant has a cough. Sorrel has a shop full of things that could cure it, and every one of them is illegal.
#note Notes: Hedgewitch Chronicles, canon-divergent from book one. Sorrel/Garrow, enemies to reluctant customers. Nan is based on my own nan, who would also have poisoned a witchfinder.
---
Bitterroot

Summary: The Witchfinder’s new lieutenant has a cough. Sorrel has a shop full of things that could cure it, and every one of them is illegal.

Notes: Hedgewitch Chronicles, canon-divergent from book one. Sorrel/Garrow, enemies to reluctant customers. Nan is based on my own nan, who would also have poisoned a witchfinder.

The shop smells of mint and woodsmoke and, faintly, of whatever Nan is boiling in the back room that nobody is allowed to ask about.

‘[[Posy|i|Two ounces of honeycomb and a bit of feverfew, please, for Mam’s head.]]’ Posy Abbot stands on tiptoe at the counter, coins hot in her fist. ‘[[Posy|i|And Mam says don’t put anything funny in it this time.]]’

‘[[Sorrel|i|I never put anything funny in it.]]’

‘[[Posy|i|She says last time she could see sounds.]]’

‘[[Nan|a|That was me,]]’ calls a voice from the back room. ‘[[Nan|a|Tell her she’s welcome.]]’

Sorrel rolls her eyes and wraps the feverfew. Then the bell over the door rings, and Posy turns round, and goes very still.

A young man in a red sash is standing on the mat, dripping. He is tall and thin and too young for the sash, and he is trying very hard not to cough.

‘[[Garrow|a|Good evening,]]’ he says. ‘[[Garrow|a|Is this the apothecary?]]’

‘[[Sorrel|i|It says so on the door.]]’

‘[[Garrow|i|It says Thistlewood on the door.]]’

‘[[Sorrel|i|Then it’s Thistlewood’s. What do you want?]]’

Posy grabs her parcel and runs, ducking under his elbow. He watches her go with an expression Sorrel can’t read.

‘[[Garrow|i|Does everyone in this town run from me?]]’

‘[[Sorrel|i|Only the ones with sense.]]’

He coughs then, he can’t help it, a long wet rattle that bends him over the counter. Sorrel finds herself reaching for the coltsfoot before she has decided to.

[[Sorrel|eT|*Don’t,*]] Sorrel thinks. [[Sorrel|eT|*He’s a witchfinder. Let him cough.*]]

‘[[Sorrel|i|How long have you had that?]]’

‘[[Garrow|i|Since the marshes. A month.]]’

‘[[Sorrel|i|And what did the Order’s physician give you?]]’

‘[[Garrow|i|Prayer.]]’

‘[[Sorrel|i|Well, that’s working beautifully.]]’

Something that might be a laugh turns into another cough. Nan comes out of the back room, wiping her hands on her apron, and stops.

‘[[Nan|i|Well, now.]]’ She looks him up and down, the sash and the wet boots and the sword. ‘[[Nan|i|They’re sending us babies.]]’

‘[[Garrow|i|Lieutenant Tam Garrow, madam. Of the Order of the Lamp.]]’

‘[[Nan|i|Agathe Thistlewood. Of the kitchen.]]’ She jerks her chin at Sorrel. ‘[[Nan|i|Give him the coltsfoot, girl, and the good honey, not the market stuff.]]’

‘[[Sorrel|i|Nan, he’s going to arrest us.]]’

‘[[Nan|i|Not if he’s dead of the lung rot, he isn’t. Are you, Lieutenant?]]’

‘[[Garrow|a|I had not planned to arrest anyone,]]’ the lieutenant says carefully. ‘[[Garrow|a|Tonight.]]’

Sorrel measures out the coltsfoot. Her hands are not quite steady. She ties the paper with twine and holds it out across the counter, and he takes it, and their fingers don’t touch.

‘[[Sorrel|i|Three times a day, in hot water. Not boiling.]]’

‘[[Garrow|i|What do I owe you?]]’

‘[[Nan|e|Come back on Thursday,]]’ says Nan, before Sorrel can answer, ‘[[Nan|e|and tell us whether you’ve stopped dying. That’ll do.]]’

He bows to them both, a real bow, and goes out into the rain. The bell rings behind him.

‘[[Sorrel|i|Nan.]]’

‘[[Nan|i|I know.]]’

‘[[Sorrel|i|Thursday?]]’

‘[[Nan|i|Wear the blue.]]’
