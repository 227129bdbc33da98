#story the-campfire en
#char Rowan|female|Ro
#char Sol|female|Marisol
#char Hughie|male|Hugh;Hugh Fairbrother
#char Jonah|male|Jonah Abara
#char Wick|female|Miss Wick;Tansy;Tansy Wick;miss
#chapter Chapter 2: Moonrise
#note End Notes: Next chapter: the woodshed, feelings, and one (1) very large wolf. Thank you for reading, and for every comment on chapter one!
---
Chapter 2: Moonrise

The marshmallows are Hughie's idea. The ghost stories are Sol's. Jonah, who has been weird all day, doesn't have any ideas at all, which is how Rowan knows something is wrong.

"[[Hughie|i|Okay, okay, so the hook is still hanging off the car door—]]"

"[[Sol|i|Everyone knows the hook one, Hughie.]]"

"[[Hughie|i|Not the way I tell it.]]"

"[[Sol|e|Exactly the way you tell it,]]" Sol says. "[[Sol|e|You told it on the Year Nine trip. And in Year Eight.]]"

Rowan laughs, and glances sideways. Jonah is sitting on the far end of the log with his hood up, turning a stick over and over in his hands. He hasn't eaten a single marshmallow. Jonah Abara, who once ate eleven on a dare.

"[[Rowan|a|You okay?]]" she asks him, under Hughie's story.

"[[Jonah|i|Fine.]]"

"[[Rowan|i|You're shaking.]]"

"[[Jonah|i|It's cold.]]"

It is not cold. It's June, and the fire is so hot her shins are stinging. Above the pines the sky is going from blue to purple, and on the far side of the loch something big and round and white is starting to come up.

[[Rowan|eT|*Oh,*]] Rowan thinks. [[Rowan|eT|*Oh no. It's tonight.*]]

"[[Rowan|a|Jonah,]]" she says, very quietly. "[[Rowan|a|Is it tonight?]]"

He doesn't answer. His knuckles have gone white around the stick. The stick snaps.

"[[Hughie|i|—and the hook was dripping with— what was that?]]"

"[[Sol|i|Jonah broke a stick. Keep going, you're nearly at the boring bit.]]"

"[[Wick|i|Bedtime, Year Ten!]]"

The voice comes bouncing out of the dark beyond the firelight, bright as a whistle, with a torch beam ahead of it. Miss Wick teaches geography, looks about twelve, and drew the short straw for the field trip.

"[[Hughie|i|It's not even nine!]]"

"[[Wick|i|It's nine-oh-four, Hugh Fairbrother, and you have a river survey at seven. Lights out in fifteen.]]"

"[[Sol|e|Can we at least finish the hook?]]" Sol pleads.

"[[Wick|i|Nobody has ever finished the hook. Come on. Up.]]"

Sol groans, and Hughie groans louder, and they both get up, because you do what Miss Wick says or you end up washing up for forty. Rowan stands up too. Jonah doesn't.

"[[Wick|i|Jonah? You too.]]"

"[[Rowan|e|He's not feeling great,]]" Rowan says. "[[Rowan|e|I'll walk him to the first-aid room.]]"

Miss Wick looks at Jonah, and then at the moon over the loch, and then at Rowan, and something in her bright young face goes very still and very old.

"[[Wick|i|First aid's no good for this. You know that, don't you?]]"

Rowan swallows.

"[[Rowan|i|Yes, miss.]]"

"[[Wick|i|Right.]]" Miss Wick takes one key off her lanyard, a big iron one, nothing like the others. "[[Wick|i|The woodshed behind the hostel. It's got a proper bolt. Lock it from the outside, and if anyone asks, Tansy Wick said so.]]"

Sol and Hughie have gone on ahead with the torch, still arguing. Miss Wick goes after them without looking back.

Jonah finally lifts his head. His eyes, in the firelight, have gone a strange flat gold.

"[[Jonah|i|Ro. You don't have to.]]"

"[[Rowan|i|Shut up.]]"

"[[Jonah|i|I mean it. I could hurt you.]]"

"[[Rowan|a|You could,]]" she agrees, and takes his hand, which is burning hot. "[[Rowan|a|You won't. Come on. Race you to the woodshed.]]"

[[Jonah|eT|*She's going to get herself killed,*]] Jonah thinks, [[Jonah|eT|*and she's going to be smug about it.*]]

End Notes: Next chapter: the woodshed, feelings, and one (1) very large wolf. Thank you for reading, and for every comment on chapter one!
