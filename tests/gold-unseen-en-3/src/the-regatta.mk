#story the-regatta en
#char Wyn|female|Bronwyn;Bronwyn Price;Price
#char Roo|female|Ruth
#char Hamish|male|Ham
#char Danvers|female|Coach Danvers;Coach
#char Tansy|female|
#note A/N: Blackwater Eight, set during the Henley arc. I rowed for exactly one term at uni and this is the result. Wyn/Roo if you squint, friendship if you don't.
#note End Notes: I know nothing about rowing that I didn't learn from being shouted at on a cold river. Kudos and comments make my week!
---
Catch

A/N: Blackwater Eight, set during the Henley arc. I rowed for exactly one term at uni and this is the result. Wyn/Roo if you squint, friendship if you don't.

The river is flat and brown and smells of diesel, and I am going to throw up into it.

'[[Roo|e|Don't,]]' Roo says from the seat behind me. She doesn't even have to see my face. '[[Roo|e|If you're sick in the boat, Wyn, Tansy will make you clean it with your tongue.]]'

'[[Tansy|i|I absolutely will.]]' Tansy is sitting in the stern with the megaphone in her lap, the only one of us who looks relaxed, because she is the cox and she doesn't have to do anything except shout. '[[Tansy|i|Backs straight. Eyes in the boat. Hamish, stop waving at your mum.]]'

'[[Hamish|i|She's come all the way from Dundee!]]'

'[[Tansy|i|She can see you perfectly well without you waving, Ham.]]'

Hamish stops waving. I try to unclench my hands from the oar and can't.

[[Wyn|aT|*Four minutes,*]] I think. [[Wyn|aT|*Four minutes and then it's over, one way or another.*]]

On the bank a whistle blows, and the boat beside us, the Oxford crew, straightens like a row of soldiers. A figure in a red jacket is running along the towpath towards us with a clipboard, shouting something I can't make out.

'[[Danvers|i|Price! Bronwyn Price!]]'

'[[Roo|i|Oh, God, that's Coach.]]'

Coach Danvers reaches the edge of the landing stage and stops, bent double, gasping. She's sixty if she's a day and I have never once seen her run.

'[[Tansy|a|What is it?]]' Tansy calls. '[[Tansy|a|We're about to go, Coach.]]'

'[[Danvers|i|I know you're about to go, I have eyes. Price.]]' She straightens up and points the clipboard at me. '[[Danvers|i|Your stroke rate. On the practice piece. Thirty-eight.]]'

'[[Wyn|i|Is that bad?]]'

'[[Danvers|i|It's thirty-eight, girl! Keep it there and we'll beat them by a length.]]'

The whistle goes again, twice. Coach Danvers steps back, and Tansy raises the megaphone.

'[[Tansy|i|Attention.]]'

I stop breathing.

'[[Tansy|i|Go.]]'

Everything after that is noise. Water. My own breath tearing in and out. Roo behind me grunting on every catch, and Tansy's voice over all of it, steady as a metronome.

'[[Tansy|i|Long and strong. Long and strong. They're up a seat, we're taking it back. Now, Hamish, now!]]'

'[[Hamish|i|I'm trying!]]'

'[[Tansy|i|Try harder! Wyn, up two! Give me two!]]'

I give her two. I don't know where they come from.

'[[Roo|i|That's it, Wyn. That's it. Don't you dare stop.]]'

[[Wyn|aT|*I'm going to die,*]] I think, very clearly, and then, [[Wyn|aT|*no I'm not, I'm going to win.*]]

The horn goes. I don't know who it's for. I slump over my oar and the world is very bright and very quiet, and somebody is thumping me on the back.

'[[Roo|e|Wyn,]]' Roo is saying. '[[Roo|e|Wyn, look. Look at the board.]]'

I look. Blackwater, it says, in white letters, and then a number, and then Oxford.

'[[Wyn|a|Is that us?]]' I ask. '[[Wyn|a|Are we first? Roo, is that us?]]'

'[[Roo|i|Half a length, you absolute idiot. Half a length!]]'

On the bank Coach Danvers is jumping up and down and waving the clipboard over her head, and beside her a small woman in a tartan coat is screaming Hamish's name.

'[[Tansy|e|Right,]]' Tansy says into the megaphone, perfectly calm. '[[Tansy|e|Now you can wave at your mum.]]'

End Notes: I know nothing about rowing that I didn't learn from being shouted at on a cold river. Kudos and comments make my week!
