#story the-roller-derby en
#char Saskia|female|Hex;Sas
#char Dorrity|male|Coach Dorrity;Coach
#char Anouk|female|Nookie
#char Gemma|female|Gem
#note Summary: Hex has one jam to prove she belongs on the team. No pressure.
---
Hex Marks the Spot

Summary: Hex has one jam to prove she belongs on the team. No pressure.

The sports hall smells of floor polish and sweat and somebody's cheese sandwich, and my knee pads are on the wrong legs.

"[[Anouk|a|Other way round,]]" Anouk says, crouching to look. "[[Anouk|a|The logo goes on the outside, Hex.]]"

"[[Saskia|a|I knew that,]]" I say.

"[[Anouk|i|You didn't.]]"

"[[Saskia|i|I didn't.]]"

I swap them over. Across the track Coach Dorrity is blowing his whistle at nobody in particular, just to check it still works. He is sixty, has a grey ponytail and has never once, as far as anyone knows, worn skates.

"[[Dorrity|i|Jammers! Who's jamming first?]]"

"[[Gemma|e|Hex is,]]" Gemma calls from the bench. "[[Gemma|e|You said she's jamming first, Coach.]]"

"[[Dorrity|i|Did I?]]"

"[[Gemma|i|Last Tuesday. I wrote it on my hand.]]"

"[[Dorrity|i|Then Hex is jamming first.]]"

My stomach drops into my skates. I pull the star cover over my helmet and roll to the line. [[Saskia|aT|*Don't fall over,*]] I think. [[Saskia|aT|*Whatever else happens, don't fall over in the first ten seconds.*]]

"[[Anouk|i|Breathe, Sas. Low and wide. Find the gap.]]"

"[[Saskia|a|What if there isn't a gap?]]" I ask her.

"[[Anouk|i|Then make one.]]"

The whistle goes. I go. The pack is a wall of elbows and grinning mouthguards, and for a second I am sure I am going to bounce off it like a tennis ball. Then Gemma drops her hip and there is a gap, and I am through it.

"[[Gemma|i|GO, HEX, GO!]]"

I go round again. On the second pass I get one, two, three of them, and somebody's elbow catches me under the ribs, and I don't fall over.

"[[Dorrity|a|Call it off!]]" he shouts. "[[Dorrity|a|Call it off, Saskia, you've got the points!]]"

I tap my hips. The whistle goes four times. I sit down very suddenly on the track, not because I've fallen, I tell myself, but because I want to.

Anouk skates over and holds out a hand.

"[[Anouk|i|Eleven points. Not bad for a girl with her pads on backwards.]]"

"[[Saskia|i|They weren't on backwards. They were on inside out.]]"

"[[Anouk|i|Worse.]]"

Coach Dorrity comes down onto the track in his trainers, which is banned, and stands over me.

"[[Dorrity|i|You're on the roster for the Gravediggers game. Tasha will be jamming for them. She's a nightmare.]]"

"[[Saskia|a|Okay,]]" I say. I shrug, because my voice has gone. "[[Saskia|a|Okay, Coach.]]"

"[[Gemma|i|She means thank you.]]"

"[[Dorrity|i|I know what she means, Gemma.]]"
