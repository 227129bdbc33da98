#story the-chess-club en
#char Annika|female|Anni;Annika Sorensen;Sorensen;Miss Sorensen
#char Yusuf|male|Yusuf Demir;Demir;Mr Demir
#char Penwarden|male|Mr Penwarden;Arbiter
#char Stig|male|Stig Sorensen
#note Summary: County finals, board one, forty minutes on the clock. My opponent will not stop humming.
#note Notes: Endgame Theory fandom, Anni's POV. She is seventeen here. Thank you to R for checking the chess.
---
Zugzwang

Summary: County finals, board one, forty minutes on the clock. My opponent will not stop humming.

Notes: Endgame Theory fandom, Anni's POV. She is seventeen here. Thank you to R for checking the chess.

Yusuf Demir hummed when he was winning. I had read that in a forum, and I had not believed it until the twenty-third move.

“[[Annika|a|Could you not?]]” I said, very quietly.

“[[Yusuf|i|Not what?]]”

“[[Annika|i|Hum.]]”

“[[Yusuf|i|Was I humming?]]” He looked genuinely surprised. “[[Yusuf|i|Sorry. It’s a habit. My mum says I did it in the womb.]]”

“[[Penwarden|a|Silence at the boards, please,]]” said a dry voice from the next table. “[[Penwarden|a|Both of you.]]”

I went red to the hairline. Yusuf pulled a face at me, a small private face, and moved his knight.

It was a good move. It was a horrible move. I stared at it for six minutes while my clock ran down and the hall filled with the little clicks of other people’s games, the scrape of chairs, somebody’s cough, the radiators knocking.

[[Annika|iT|*If I take the knight, he takes the rook. If I don’t, he forks the king and the queen.*]]

“[[Yusuf|a|You’re doing the thing,]]” he whispered.

“[[Annika|i|What thing?]]”

“[[Yusuf|i|The thing with your mouth. When you’re losing.]]”

“[[Annika|i|I’m not losing.]]”

“[[Yusuf|i|Course not.]]”

The arbiter got up from his table and came and stood behind us with his hands behind his back. He was a thin grey man in a cardigan with leather patches on the elbows, and he smelled of peppermints and old paper.

“[[Penwarden|i|Miss Sorensen. Mr Demir. I won’t ask again.]]”

“[[Yusuf|i|Sorry, Mr Penwarden.]]”

“[[Annika|i|Sorry.]]”

He went back to his seat. I moved my bishop, because it was the only thing I could think of, and Yusuf stopped smiling.

“[[Yusuf|i|Oh.]]”

“[[Annika|i|Oh?]]”

“[[Yusuf|i|Nothing. Give me a minute.]]”

Someone tapped me on the shoulder. It was Stig, my little brother, in his football kit, with a packet of crisps open in his hand.

“[[Stig|i|Mum says are you nearly done, Anni? The car park shuts at six.]]”

“[[Annika|i|Stig. Go away.]]”

“[[Stig|i|She says—]]”

“[[Annika|i|I heard what she says. Go away.]]”

“[[Penwarden|i|Young man.]]” The arbiter was on his feet again. “[[Penwarden|i|Spectators behind the rope, if you please.]]”

Stig went, crunching, and Mr Penwarden watched him all the way to the rope before he sat down.

Yusuf was staring at the board. He had stopped humming at all. He picked up his king, put it down again, and then, very slowly, he laid it on its side.

“[[Yusuf|a|I didn’t see the bishop,]]” he said.

“[[Annika|i|Neither did I, until I moved it.]]”

“[[Yusuf|i|Liar.]]” But he was smiling again. He held out his hand across the board. “[[Yusuf|i|Good game, Anni.]]”

“[[Annika|a|Good game,]]” I said, and shook it, and he hummed, just once, under his breath.

“[[Penwarden|i|Mr Demir.]]”

“[[Yusuf|i|Sorry, sir. It’s a habit.]]”

From behind the rope, my brother gave me two thumbs up and a small shower of crisps.

“[[Stig|e|Does that mean we can go now?]]” Stig called, loud enough for the whole hall.

“[[Annika|i|Yes, Stig. We can go now. Tell Mum I won.]]”
