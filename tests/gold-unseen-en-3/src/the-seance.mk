#story the-seance en
#char Cressida|female|Cress
#char Tom|male|Tom Aldous;Aldous
#char Orlova|female|Madame Orlova;Madame
#char Pemberton|male|Percy Pemberton;Percy;Pembs
#char Lettice|female|
#chapter Chapter 1: Lights Out
#chapter Chapter 2: The Sixth Chair
#note Summary: Five people, one table, one very rude ghost. Hollowmere Manor fic, set the summer before the fire.
---
Hands on the Table

Summary: Five people, one table, one very rude ghost. Hollowmere Manor fic, set the summer before the fire.

Chapter 1: Lights Out

Madame Orlova insists on candles, and Percy Pemberton insists on complaining about them.

"[[Pemberton|i|It's a fire hazard, is what it is.]]" He flaps a hand at the six candles in the middle of the table. "[[Pemberton|i|This house is three hundred years old. It's basically kindling.]]"

"[[Orlova|e|The spirits do not like electric light,]]" says Madame Orlova. She is wrapped in so many shawls that Cressida has stopped counting. "[[Orlova|e|It hurts them.]]"

"[[Pemberton|i|It hurts my eyes, trying to see in here.]]"

"[[Tom|i|Then close them, Pembs.]]" Tom Aldous drops into the chair beside Cressida and bumps her shoulder with his. "[[Tom|i|All right, Cress? You look like you're about to be sick.]]"

"[[Cressida|i|I'm fine.]]"

"[[Tom|i|Liar.]]"

"[[Cressida|i|I'm fine, Tom. It's just a silly party game.]]"

It isn't, and they both know it. It was Cressida's idea. It was Cressida who found the diary in the attic, and Cressida who read the last page, and Cressida who wrote to Madame Orlova in London. She just didn't expect the medium to actually come.

"[[Orlova|i|Hands on the table, please. Fingers touching. Whatever happens, nobody lets go.]]"

They put their hands on the table. Pemberton's are clammy. Tom's are warm and steady.

Madame Orlova closes her eyes. "[[Orlova|i|Is there anyone here who wishes to speak with us?]]"

Nothing. The candles burn. Somewhere in the house a clock ticks.

"[[Pemberton|e|Well, this is thrilling,]]" Pemberton mutters.

Then all six flames go flat at once, as if someone has leaned over the table and blown.

"[[Lettice|i|You are sitting in my chair.]]"

Chapter 2: The Sixth Chair

Nobody moves. The voice is a girl's, thin and clear and very cross, and it comes from the empty chair at the end of the table. There are five of them. There are six chairs. Cressida realises she never once wondered why.

"[[Tom|a|Who's there?]]" Tom asks. His fingers tighten on hers.

"[[Lettice|i|I asked first. No, I didn't ask, I said. You are sitting in my chair, and he is sitting in my brother's, and she is wearing my grandmother's shawl.]]"

Madame Orlova's eyes snap open. She looks, for the first time all evening, genuinely frightened.

"[[Orlova|i|What is your name, child?]]"

"[[Lettice|i|Lettice. Lettice Hollow. This is my house. Who are you?]]"

"[[Pemberton|i|Nope.]]" Pemberton snatches his hands back and shoves his chair away from the table. "[[Pemberton|i|Absolutely not. I'm going to bed. Goodnight, everyone. Enjoy being murdered.]]"

The door slams behind him. The candles stay dark.

"[[Lettice|a|He let go,]]" says the voice. "[[Lettice|a|You said nobody lets go.]]"

"[[Cressida|i|He's scared. We all are.]]" Cressida hears herself say it before she decides to. "[[Cressida|i|Lettice, I found your diary.]]"

A long silence.

"[[Lettice|i|Did you read it?]]"

"[[Cressida|i|Yes.]]"

"[[Lettice|i|All of it?]]"

"[[Cressida|i|All of it. Even the last page.]]"

"[[Lettice|i|Then you know where they put him.]]"

Tom turns to look at Cressida in the dark. She can't see his face, only feel him staring. "[[Tom|i|Put who? Cress, what's on the last page?]]"

Before she can answer, the door bangs open again, and there is Pemberton in the doorway in his pyjamas, with a torch in one hand and a poker in the other.

"[[Pemberton|i|Right. I've changed my mind. If somebody's going to be murdered, I'm not missing it.]]" He points the torch at the sixth chair. "[[Pemberton|i|Evening, Miss Hollow. Budge up.]]"
