#story the-dig-site en
#char Amara|female|Dr Nwosu;Amara Nwosu;Nwosu;Doc
#char Crispin|male|Cris;Crispin Vey;Vey
#char Hattie|female|Hattie Gosling;Gosling
#char Bartek|male|Bartek Wozniak;Wozniak
#note Summary: Trench Four has been empty for three weeks. Today it isn’t.
#note Notes: Thank you to my beta, who knows far too much about trowels.
#note Work Text:
---
Trench Four

Summary: Trench Four has been empty for three weeks. Today it isn’t.

Notes: Thank you to my beta, who knows far too much about trowels.

Work Text:

It was Hattie who found it, which annoyed Crispin more than he would ever admit.

“[[Hattie|e|There’s something here,]]” Hattie said, sitting back on her heels. “[[Hattie|e|Something hard. It’s not a stone. It rings.]]”

“[[Crispin|i|Everything rings if you hit it hard enough.]]”

“[[Hattie|i|I didn’t hit it. I tapped it.]]”

“[[Crispin|i|Let me see.]]”

“[[Hattie|i|Get your own square.]]”

“[[Amara|e|Nobody’s getting anybody’s square,]]” called Dr Nwosu from the site hut. She came across the grass with her hat pushed back and a brush already in her hand. “[[Amara|e|Show me.]]”

Hattie showed her. Under the crumbling brown soil there was a curve of something green, no bigger than a thumbnail.

“[[Amara|a|Bronze,]]” she said softly. “[[Amara|a|Crispin, the camera. Hattie, don’t move.]]”

“[[Hattie|i|I wasn’t going to move.]]”

“[[Amara|i|You were going to move. Everybody moves. Sit on your hands.]]”

Crispin came back with the camera and the scale bar and crouched at the edge of the trench, and for twenty minutes nobody said anything but numbers. Slowly, under the brush, the curve became a rim, and the rim became a bowl.

“[[Bartek|a|You finding treasure down there?]]” came a voice from the top of the spoil heap.

“[[Crispin|i|Go away, Bartek.]]”

“[[Bartek|i|I only ask. I have a digger going cold up here.]]”

“[[Amara|i|Your digger can wait. Come and look.]]”

The big man slid down the heap in a shower of earth and knelt beside them, very carefully, like someone entering a church.

“[[Bartek|a|Oh,]]” he breathed. “[[Bartek|a|Oh, that is beautiful.]]”

“[[Hattie|i|Isn’t it?]]”

“[[Bartek|i|How old?]]”

“[[Amara|i|Two and a half thousand years. At a guess.]]”

“[[Crispin|i|At least.]]”

“[[Hattie|i|And it was just lying here?]]”

“[[Amara|i|Not lying. Waiting.]]”

“[[Crispin|i|She says that about everything.]]”

“[[Amara|i|Because it’s true about everything.]]”

Bartek reached out one huge finger and then thought better of it.

“[[Bartek|i|Three weeks, this trench. Three weeks you find nothing. Then the volunteer.]]”

“[[Crispin|i|Don’t.]]” Crispin put his face in his hands.

“[[Hattie|e|Beginner’s luck,]]” said Hattie, and grinned at him. “[[Hattie|e|You can hold the scale bar in the photo, if you like.]]”

“[[Amara|i|He’d like that very much. Wouldn’t you, Crispin?]]”

“[[Crispin|i|I would not.]]”

But he did, in the end, and in the photograph he was smiling.

Later, when the bowl had been lifted and boxed and labelled, and Bartek had gone back to his digger, the three of them sat on the edge of the trench with their boots dangling and shared the last of the biscuits.

“[[Hattie|i|Will it go in a museum?]]”

“[[Amara|i|Eventually. After Crispin has written a very long thesis about it.]]”

“[[Crispin|i|A very good thesis.]]”

“[[Hattie|i|With my name in it?]]”

“[[Crispin|a|In the acknowledgements,]]” he said, and then, when she kicked his boot, “[[Crispin|a|In the first line of the acknowledgements.]]”
