#story the-ghost-tour en
#char You|neutral|Y/N
#char Tolly|male|Ptolemy;Ptolemy Grange;Grange
#char Margo|female|
#char Dwight|male|
#char Threlfall|female|Mrs Threlfall;Winsome Threlfall;Auntie Win;the Grey Lady;Grey Lady
#note Notes: Reader-insert, gender-neutral reader. Y/N used once. Mild peril, terrible jokes.
#note Warnings: None apply, unless you count Tolly's puns.
---
The Grey Lady of Gallows Lane

Notes: Reader-insert, gender-neutral reader. Y/N used once. Mild peril, terrible jokes.

Warnings: None apply, unless you count Tolly's puns.

"[[Tolly|i|Stay together, and if you see anything, don't scream. It upsets the ghosts.]]"

Your guide is a lanky young man in a top hat, holding a lantern that is very obviously battery-powered. His badge says TOLLY. There are six of you on the tour: you, Margo, a couple from Ohio, and two teenagers who have been on their phones since the start.

"[[Margo|e|Do ghosts get upset?]]" Margo whispers.

"[[You|i|Shh. You'll upset them.]]"

"[[Margo|i|I paid twelve pounds for this. I want to be upset.]]"

Tolly leads you down Gallows Lane, which is narrow and cobbled and smells of chip fat. He stops under a lamp-post.

"[[Tolly|a|This,]]" he says, lowering his voice, "[[Tolly|a|is where the Grey Lady walks. Every year, on this very night, she comes looking for her lost ring.]]"

"[[Dwight|a|What's the ring look like?]]" asks the man from Ohio. "[[Dwight|a|In case we see it.]]"

"[[Tolly|i|Gold. Very small. Very haunted.]]"

"[[Dwight|i|Gotcha.]]"

"[[You|a|Is this the bit where someone jumps out?]]" you ask.

"[[Tolly|i|Nobody is going to jump out. This is a serious historical—]]"

Somewhere above you a window creaks open. All six of you look up.

"[[Threlfall|a|Ptolemy Grange,]]" says a voice from the window, high and quavering, "[[Threlfall|a|you are eleven minutes early.]]"

A pale shape leans out over the sill, wrapped in something grey and floating. The teenagers put their phones down. Margo grabs your arm so hard it hurts.

"[[Tolly|i|Ah. Madam. Good evening. We were just—]]"

"[[Threlfall|i|I know what you were just. I've been sitting here in this wig since half past eight.]]"

"[[Margo|i|Is that the ghost?]]"

"[[You|i|I think that's the ghost.]]"

"[[Margo|i|Why does the ghost know his full name?]]"

"[[Threlfall|i|Because the ghost is his auntie, dear, and he forgot to text.]]" The shape pulls off its hood and becomes a plump woman with reading glasses pushed up into a silver wig. "[[Threlfall|i|Winsome Threlfall. Pleased to meet you all. Now go back to the corner and come down the lane again, and I'll do it properly.]]"

"[[Tolly|i|Auntie Win—]]"

"[[Threlfall|i|Properly, Ptolemy.]]"

So you all troop back to the corner. Tolly's ears are bright red under the top hat. The man from Ohio is laughing so hard his wife has to hold him up.

"[[Tolly|a|Please don't put this in the review,]]" he says to you, low.

"[[You|a|Y/N,]]" you tell him. "[[You|a|That's my name. For the review.]]"

"[[Tolly|i|Oh no.]]"

"[[You|i|Five stars. Best ghost I ever saw.]]"

Then the window creaks again, and the Grey Lady begins to wail, and this time, despite everything, Margo screams.
