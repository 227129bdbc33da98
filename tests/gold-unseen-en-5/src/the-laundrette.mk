#story the-laundrette en
#char Ines|female|Inesita;Miss Baptiste;Baptiste
#char Del|female|Delphine
#char Szabo|male|Mr Szabo
#char Felix|male|Felix Arden;Arden;Mr Arden
#note A/N: Hex & Spin fandom (the webcomic, pre-hiatus). Ines POV, right after the cursed duvet arc. Crackfic and not sorry.
#note End Notes: The frog lives. Come and yell at me in the comments.
---
Delicates

A/N: Hex & Spin fandom (the webcomic, pre-hiatus). Ines POV, right after the cursed duvet arc. Crackfic and not sorry.

Machine number four is eating socks again, and it is my turn to stop it.

“[[Del|i|It’s got three of mine.]]” Del is sitting cross-legged on the folding table with a bag of crisps, watching the porthole like it’s the telly. “[[Del|i|And one of yours. The stripy one.]]”

“[[Ines|i|That was my lucky sock.]]”

“[[Del|i|Not any more, babe.]]”

I crouch in front of the machine. Through the glass the water is the wrong colour, a sort of bruised violet, and the socks are going round in it very slowly, like they’re being digested.

“[[Ines|a|Mr Szabo,]]” I call. “[[Ines|a|Number four’s doing the thing.]]”

“[[Szabo|a|Which thing?]]” comes a voice from the back room, over the radio and the hiss of the steam press.

“[[Ines|i|The purple thing.]]”

A pause. Then the radio goes off.

“[[Szabo|i|Nobody touch it.]]”

“[[Del|e|Wasn’t going to,]]” Del says, and eats another crisp.

Mr Szabo comes out wiping his hands on his apron. He is about a hundred years old and five foot nothing, and he looks at machine four the way my nan used to look at the gas bill.

“[[Szabo|i|Who put a charm in my machine?]]”

“[[Ines|i|Nobody put a charm in your machine.]]”

“[[Szabo|i|Inesita. Look at the water.]]”

I look at the water. Something in it looks back.

“[[Del|e|Okay, so, in my defence,]]” Del begins, and then the door opens and lets the whole storm in.

A man in a dripping yellow raincoat is standing on the mat with a laundry bag over one shoulder. He is tall and soaked and extremely apologetic about both.

“[[Felix|a|Sorry,]]” he says. “[[Felix|a|Are you open? The sign says open.]]”

“[[Szabo|i|We are closed.]]”

“[[Del|e|We’re open!]]” Del calls from the table.

The man looks past us at machine four, and his face does something complicated.

“[[Felix|i|Is that a binding hex?]]”

“[[Ines|a|It’s a sock situation,]]” I tell him.

“[[Felix|i|It’s a binding hex. Someone’s tied it to a — what did you put in there?]]”

Everybody looks at Del.

“[[Del|i|One tiny luck charm. For the exam. On her sock. How was I supposed to know it’d get ambitious?]]”

“[[Ines|i|You charmed my sock?]]”

“[[Del|i|You’ve failed that exam twice!]]”

“[[Felix|i|May I?]]” The stranger is already shrugging out of the raincoat. Underneath he’s wearing a jumper with a badge sewn on it: ARDEN & DAUGHTERS, CURSES LIFTED, NO JOB TOO SMALL.

“[[Szabo|e|Arden,]]” Mr Szabo reads, squinting. “[[Szabo|e|You are Margit Arden’s boy.]]”

“[[Felix|i|Grandson. Felix.]]” He crouches down next to me, close enough that I can smell the rain on him. “[[Felix|i|Hi. What’s your name?]]”

“[[Ines|i|Ines.]]”

“[[Felix|i|Hi, Ines. I need you to open the door when I say, and not a second before.]]”

“[[Ines|i|It’ll flood.]]”

“[[Felix|i|It’ll try.]]”

He puts his palm flat on the glass. The violet water goes still, and then, horribly, it starts to go round the other way.

“[[Felix|i|Now.]]”

I yank the door. A wave of warm purple water hits us both in the knees, and out with it, on a slick of suds, come four socks, a tea towel, and a very small, very offended frog.

“[[Del|e|Oh no,]]” Del whispers. “[[Del|e|Oh no, it’s cute.]]”

Mr Szabo hands Felix a mop without a word, and then hands me one too.

“[[Szabo|i|Miss Baptiste. Your friend pays for the floor.]]”

End Notes: The frog lives. Come and yell at me in the comments.
