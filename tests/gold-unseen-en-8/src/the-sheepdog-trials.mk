#story the-sheepdog-trials en
#char Hazel|female|Haze;Hazel Brightwater;Miss Brightwater
#char Gideon|male|Uncle Gideon;Uncle Gid
#char Rhona|female|
#char Ashworth|female|Mrs Ashworth
#note Notes: For the Fell Country zine. Fly is based on a real dog who was a very good girl.
---
Away to Me

Notes: For the Fell Country zine. Fly is based on a real dog who was a very good girl.

The morning of the trials I was sick twice behind the Land Rover, and Uncle Gideon pretended not to hear.

"[[Gideon|a|You've walked that field a hundred times,]]" he said, when I came back wiping my mouth. "[[Gideon|a|It's the same grass, Hazel. Same sheep, near enough.]]"

"[[Hazel|a|It's not the same people watching,]]" I said.

"[[Gideon|i|People don't matter. Fly matters.]]"

Fly was sitting at his boot with her ears up, looking at me as if she knew exactly how useless I was going to be. I crouched and rubbed the white stripe on her nose.

"[[Hazel|a|Don't let me down,]]" I told her.

"[[Gideon|i|It's you she's worried about.]]"

Rhona found us at the gate, in her brother's wax jacket, which came down to her knees. She had a bacon roll in each hand and gave me neither.

"[[Rhona|i|Haze! You're on fourth. After Morag's lad.]]"

"[[Hazel|i|Fourth?]]"

"[[Rhona|i|Fourth. He's got that young collie that won't stop. You'll look brilliant after him.]]"

I shrugged. [[Hazel|aT|*Or I'll look worse,*]] I thought. [[Hazel|aT|*Everyone will say it's the field.*]]

"[[Gideon|i|Eat something.]]"

"[[Hazel|i|I can't.]]"

"[[Rhona|i|She can't. Her stomach's in Carlisle.]]"

"[[Hazel|a|Thank you, Rhona,]]" said I. "[[Hazel|a|Very helpful.]]"

A woman in a tweed hat with a clipboard came down the line of trailers, checking names. She had a whistle on a cord and a face like the north wind.

"[[Ashworth|a|Brightwater?]]" she called. "[[Ashworth|a|Which of you is Brightwater?]]"

"[[Hazel|a|Me,]]" I said. "[[Hazel|a|I mean, both of us. I'm running. He's my uncle.]]"

"[[Ashworth|i|Then you're Miss Brightwater, and you're late for the draw.]]"

"[[Gideon|i|She's not late, Dorothy. The draw's at ten.]]"

"[[Ashworth|i|The draw is when I say it is, Gideon.]]"

Uncle Gideon took his cap off to her, which I had never seen him do for anyone, and she sniffed and wrote something on the clipboard. When she had gone Rhona let out her breath.

"[[Rhona|i|Is that the judge?]]"

"[[Gideon|i|That's Mrs Ashworth. She's been the judge since before your mother was born.]]"

"[[Hazel|a|Does she like you?]]" I asked him.

"[[Gideon|i|She married someone else. Make of that what you will.]]"

When my turn came I walked out to the post with my crook and my heart going like a tractor. The sheep were five specks at the top of the field. Fly lay flat at my feet and trembled.

"[[Hazel|a|Away to me,]]" I whispered, and she went.

She went wide and sweet round the top, and I forgot the people, and the tweed hat, and Carlisle. When the gate swung shut on the last ewe, there was a silence and then clapping from the trailers.

"[[Ashworth|e|Ninety-one,]]" Mrs Ashworth said to nobody, writing it down. "[[Ashworth|e|Not bad for a Brightwater.]]"

"[[Rhona|i|HAZE!]]"

"[[Hazel|i|I know!]]"

Uncle Gideon said nothing at all. He just put his hand on the back of my neck, warm and heavy, the way he used to when I was small, and left it there.
