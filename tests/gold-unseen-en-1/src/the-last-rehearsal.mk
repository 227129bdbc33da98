#story the-last-rehearsal en
#char Theo|male|Theo Marsh;Marsh
#char Nessa|female|Ines;Ines Calloway;Calloway
#char Hollis|male|Hollis Grey;Grey
#char Bea|female|Beatrix;Bea Okonjo
#note A/N: Static Bloom band AU, everyone is twenty-two and broke. Title from the song they never finish in canon. Kudos and comments are my lifeblood etc.
---
The Last Rehearsal

A/N: Static Bloom band AU, everyone is twenty-two and broke. Title from the song they never finish in canon. Kudos and comments are my lifeblood etc.

The garage smells of damp carpet and old amplifiers, and the gig is in four hours.

Theo counts them in for the third time. Hollis misses the first beat for the third time. The song falls apart somewhere around the second bar, like a table with one leg too short.

“[[Theo|e|Okay,]]” Theo says, very calmly. “[[Theo|e|Okay. Let’s take five.]]”

Hollis throws his drumsticks at the ceiling and catches only one of them. “[[Hollis|i|It’s the click track. The click track is haunted.]]”

“[[Nessa|i|The click track is fine, Grey.]]” Nessa doesn’t even look up from her bass. She is re-taping her wrist with her teeth. “[[Nessa|i|You’re just late.]]”

“[[Hollis|i|I’m not late, I’m behind. It’s a style.]]”

“[[Nessa|i|It’s a problem.]]”

Bea is sitting cross-legged on the amp with her keyboard across her knees. She plays a run of notes that sounds exactly like someone falling down the stairs.

“[[Theo|i|Thank you, Bea.]]”

“[[Bea|i|Any time.]]”

Theo drops onto the sofa, which sighs out a cloud of dust. He rubs his face with both hands. The setlist is taped to the wall above the drum kit, and the last line on it, in his own handwriting, says LAST SONG ??? with three question marks.

“[[Bea|a|We could just not play it,]]” she offers. “[[Bea|a|End on the loud one. People like the loud one.]]”

“[[Theo|i|We always end on the loud one.]]”

“[[Bea|i|Because people like it.]]”

“[[Hollis|i|I like the loud one.]]”

“[[Nessa|i|You like it because it has no tempo changes.]]”

“[[Hollis|i|I like it because it has a gong.]]”

Nessa finishes taping her wrist and sets the bass down on its stand. She crosses the garage, takes the setlist off the wall, and holds it out to Theo.

“[[Nessa|a|Play it for us,]]” she says. “[[Nessa|a|Just you. No click, no Hollis, no gong.]]”

“[[Hollis|i|Rude.]]”

“[[Theo|i|It’s not finished, Ness.]]”

“[[Nessa|i|I know. Play the bit that is.]]”

Theo looks at her for a long moment. Then he picks up the acoustic that lives behind the sofa, the one with the crack in the body and the sticker of a frog on it, and tunes the low string by ear.

He plays the verse. His voice is rough from shouting over Hollis all afternoon, and it cracks on the high note, and he doesn’t stop. When he gets to the place where the chorus should be, he stops, because there isn’t one.

Nobody says anything for a second.

Then Bea reaches over and plays a chord on the keyboard, soft, a little sad. And another. And another, and it fits, it fits like the missing piece of a jigsaw.

“[[Theo|a|Wait,]]” he says. “[[Theo|a|Wait, do that again.]]”

She does it again. Hollis picks up a single stick and taps the rim of the snare, very quietly, on the off-beat, exactly on time. Nessa laughs under her breath and reaches for her bass.

“[[Hollis|e|Don’t look at me,]]” says Hollis. “[[Hollis|e|If you look at me I’ll lose it.]]”

Nobody looks at him. They play it through twice, three times, and by the fourth it has a chorus and a bridge and an ending that isn’t a gong.

Theo sets the guitar down. His hands are shaking slightly.

“[[Theo|i|Bea. Beatrix Okonjo. Where did that come from?]]”

“[[Bea|i|I’ve been humming it at you for two weeks, Marsh. You never listen.]]”

“[[Nessa|e|He never listens,]]” Nessa agrees.

“[[Hollis|e|He doesn’t,]]” says Hollis.

Theo takes the setlist, crosses out the question marks, and writes a title underneath. Then he tapes it back on the wall.

“[[Theo|a|Four hours,]]” he says. “[[Theo|a|From the top.]]”
