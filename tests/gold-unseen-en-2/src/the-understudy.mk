#story the-understudy en
#char Bea|female|Beatrix;Beatrix Lowe;Lowe
#char Saffron|female|Saff;Saffron Pryce;Pryce
#char Dunleavy|male|Marcus Dunleavy;Marcus;Mr Dunleavy
#char Ansel|male|
#chapter Chapter One: Places, Please
#note Author's Note: Lamplight Company fic, modern AU where everyone still does theatre because of course they do. Title from the song. Comments feed the author!
---
The Understudy

Author's Note: Lamplight Company fic, modern AU where everyone still does theatre because of course they do. Title from the song. Comments feed the author!

Chapter One: Places, Please

My name is Beatrix Lowe, I am twenty-three years old, and I have been the understudy for Ophelia for two hundred and eleven performances without once setting foot on the stage.

Tonight, at a quarter to seven, with the house filling up on the other side of the curtain, Saffron Pryce walks into the dressing room and sits down very carefully on the floor.

‘[[Saffron|a|I can’t feel my ankle,]]’ she says.

I put down my crossword. ‘[[Bea|i|What do you mean, you can’t feel it?]]’

‘[[Saffron|i|I mean I went over on the stairs by the fly gallery and now it’s the size of a grapefruit and I can’t feel it. Bea. Bea, look at it.]]’

I look at it. It is, in fact, the size of a grapefruit.

‘[[Bea|a|Okay,]]’ I say. ‘[[Bea|a|Okay. Ice. Someone get ice.]]’

‘[[Ansel|i|Someone is getting ice.]]’ Ansel appears in the doorway with his headset round his neck and a bag of frozen peas in his hand, because Ansel is the stage manager and Ansel has always already done it. He crouches beside Saff and presses the peas to her ankle. ‘[[Ansel|i|Can you stand?]]’

‘[[Saffron|i|No.]]’

‘[[Ansel|i|Can you stand for three hours and do a sword fight?]]’

‘[[Saffron|i|Ansel.]]’

‘[[Ansel|i|I’m only asking.]]’

He looks up at me over her head. I know that look. I have been dreading that look for two hundred and eleven performances.

‘[[Bea|a|No,]]’ I say.

‘[[Ansel|i|Beatrix.]]’

‘[[Bea|i|No. I don’t know the blocking for the second half. I haven’t run the mad scene since March.]]’

‘[[Saffron|e|You know it,]]’ Saff says from the floor. ‘[[Saffron|e|You mouth along every night. I can see you in the wings. It’s deeply off-putting.]]’

Then the door bangs open a second time and Marcus Dunleavy is there, all six and a half feet of him, in his opening-night waistcoat.

‘[[Dunleavy|a|Who’s dead?]]’ he asks.

‘[[Ansel|e|Nobody’s dead,]]’ Ansel tells him. ‘[[Ansel|e|Saffron’s ankle.]]’

Dunleavy looks at the peas. He looks at Saff. Then, slowly, he turns and looks at me, and I watch him do the sum.

‘[[Dunleavy|i|Lowe.]]’

‘[[Bea|i|Mr Dunleavy, I really don’t think —]]’

‘[[Dunleavy|i|Costume. Now. You have eleven minutes.]]’

‘[[Bea|i|I’m not ready.]]’

‘[[Dunleavy|i|Nobody is ever ready. That’s the job.]]’ He is already halfway out of the door again. ‘[[Dunleavy|i|Ansel, tell front of house we’re going up five late. Pryce, you’re going to hospital. And somebody find that girl some lipstick.]]’

He is gone. The room is very quiet.

[[Bea|aT|*Two hundred and eleven,*]] I think. [[Bea|aT|*And this is how it happens.*]]

‘[[Saffron|e|You’ll be brilliant,]]’ Saff says. ‘[[Saffron|e|Honestly. You’ll be better than me. Please don’t be better than me.]]’

‘[[Bea|i|I’ll do my best to be mediocre.]]’

‘[[Saffron|i|Thank you.]]’ She squeezes my hand. ‘[[Saffron|i|Break a leg. Not literally. One of us is enough.]]’

Ansel hauls her up, one arm round his shoulders, and she hops out into the corridor swearing under her breath. I am alone with the costume rail and the mirror and the rest of my life.

I put on the dress.
