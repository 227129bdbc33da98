#story the-recording-booth en
#char Kes|female|Kestrel
#char Dario|male|Dar
#char Tiny|male|Horace
#char Magda|female|Magda Lindholm
#char Rufus|male|
#chapter Chapter 1: Take One
#chapter Chapter 2: Take Fourteen
#note Summary: Fourteen takes, one song, and a session cellist who will not stop eating in the live room.
---
Take It From the Bridge

Summary: Fourteen takes, one song, and a session cellist who will not stop eating in the live room.

Chapter 1: Take One

The red light over the booth door comes on, and Kes forgets every word she has ever known.

“[[Rufus|i|Whenever you’re ready.]]” The voice in her headphones is mild and tinny and belongs to nobody she can see; the control room glass shows her only her own reflection and a green glow. “[[Rufus|i|Rolling.]]”

“[[Kes|i|Right. Sorry. Yes.]]”

She sings the first verse. She sings it badly. Through the headphones Dario’s guitar sounds a long way off, like it’s coming from another flat.

“[[Magda|i|Stop there.]]” A second voice cuts in, a woman’s, lower and much less mild. “[[Magda|i|Kestrel, darling. Who are you singing to?]]”

“[[Kes|i|The microphone?]]”

“[[Magda|i|Sing to someone who owes you money.]]”

Behind his cello Tiny snorts into a sausage roll. He is six foot five and built like a wardrobe, and he has been eating in the live room since nine this morning, which is against every rule pinned to the door.

“[[Tiny|i|She means me. I owe you a tenner.]]”

“[[Kes|i|You owe me forty quid, Horace.]]”

“[[Tiny|e|Don’t Horace me,]]” says Tiny, wounded.

Chapter 2: Take Fourteen

By four o’clock the sausage rolls are gone and so, mostly, is Kes’s voice.

“[[Dario|e|Water,]]” Dario says, and holds out a bottle without looking up from his tuning pegs. He has been tuning the same string for ten minutes. “[[Dario|e|And honey. There’s honey in my bag.]]”

“[[Kes|i|Why is there honey in your bag?]]”

“[[Dario|i|Because I’ve met you.]]”

She drinks. The talkback clicks.

“[[Rufus|i|Magda’s gone to take a call. She says go again without her and don’t, quote, get precious.]]”

“[[Kes|a|Rufus,]]” she says into the mic, “[[Kes|a|is it me? Honestly. Is it me or the song?]]”

A long pause. Through the glass she can just make out the shape of him now, hunched over the desk, a beanie and a pair of enormous headphones.

“[[Rufus|i|Honestly? It’s the bridge. You sing it like you’re sorry.]]”

“[[Kes|i|I am sorry. It’s a sorry bridge.]]”

“[[Dario|i|I wrote that bridge.]]”

“[[Kes|i|I know, Dar.]]”

Dario stops tuning. Tiny, who has found a packet of biscuits from somewhere, stops chewing.

“[[Dario|i|You hate it.]]”

“[[Kes|i|I don’t hate it. I hate singing it. It’s about her, and she’s not here, and I’m the one who has to stand in a cupboard and sound like I mean it.]]”

“[[Tiny|e|Oh, mate,]]” Tiny says softly.

Nobody says anything for a while. Then the control room door opens, and Magda Lindholm comes into the live room in her socks, phone in one hand, and sits down on Tiny’s cello case as if it were a throne.

“[[Magda|i|I heard that. The talkback was still open.]]”

“[[Kes|i|Brilliant.]]”

“[[Magda|i|It was, actually.]]” She points the phone at Kes. “[[Magda|i|That. What you just said. Sing the bridge like that.]]”

“[[Kes|i|Like I’m angry with him?]]”

“[[Magda|i|Like you’re angry with him, darling, and you love him anyway. Rufus, are we rolling?]]”

“[[Rufus|i|We’ve been rolling since take nine.]]”

“[[Kes|i|Since take nine?]]”

“[[Rufus|i|You’re welcome.]]”

Dario laughs, helplessly, and picks up the guitar again. He doesn’t look at Kes. He doesn’t have to.

“[[Dario|e|From the top of the bridge,]]” Dario says. “[[Dario|e|Kes. Sing it at me.]]”

She does.
