#story the-spare-room en
#char You|female|Y/N
#char Ezra|male|Ez;Ezra Vance;Vance
#char Goldie|female|Marigold;Marigold Vance
#note Summary: Ezra Vance needs somewhere to stay for a week. You have a spare room. What could possibly go wrong? (Ezra Vance x fem!Reader, fluff, one swear word)
---
The Spare Room

Summary: Ezra Vance needs somewhere to stay for a week. You have a spare room. What could possibly go wrong? (Ezra Vance x fem!Reader, fluff, one swear word)

You had not meant to say yes. That was the first thing you told yourself, standing in the doorway of your flat at eleven at night with Ezra Vance on the step, his duffel bag over one shoulder and rain dripping off the end of his nose.

"[[Ezra|a|One week,]]" he said. "[[Ezra|a|Seven days. I'll sleep on the floor, I'll do the washing up, I'll be so quiet you'll forget I'm there.]]"

"[[You|i|You've never been quiet in your life, Ez.]]"

"[[Ezra|i|I could start.]]"

"[[You|i|Why can't you stay with Goldie?]]"

"[[Ezra|i|Goldie has a new boyfriend and a one-bedroom flat and she says if I turn up again she'll put me in the canal.]]"

That sounded like Goldie. You sighed and stood aside, and he came in smelling of rain and trains.

"[[You|a|The spare room's full of boxes,]]" you told him.

"[[Ezra|i|I love boxes.]]"

"[[You|i|There's no bed.]]"

"[[Ezra|i|I love floors.]]"

"[[You|i|The radiator doesn't work.]]"

"[[Ezra|i|I love —]]" He stopped. "[[Ezra|i|Actually, that one's bad.]]"

"[[You|i|It's very bad.]]"

"[[Ezra|i|Can I have a blanket?]]"

"[[You|i|You can have two blankets.]]"

"[[Ezra|i|Y/N, you're a saint.]]"

"[[You|i|I'm an idiot.]]"

"[[Ezra|i|Those aren't mutually exclusive.]]"

By Thursday the boxes were stacked in the hall, the washing up was done every night, and you had stopped pretending you didn't like coming home to the smell of something on the stove. By Friday you had stopped pretending about a few other things too, though only to yourself.

On Saturday morning someone leaned on the doorbell and did not take their finger off it.

"[[Ezra|e|Don't answer it,]]" Ezra said from the kitchen. "[[Ezra|e|It's a trap.]]"

You answered it. Marigold Vance swept in past you in a yellow raincoat, shaking water everywhere, and stopped dead at the sight of her brother in your apron.

"[[Goldie|a|Oh my God,]]" she said.

"[[Ezra|i|Hello, Goldie.]]"

"[[Goldie|i|You're cooking. You're wearing an apron. Y/N, what have you done to him?]]"

"[[You|a|Nothing,]]" you said. "[[You|a|He just does that.]]"

"[[Goldie|i|He has never done that. Not once. Not in twenty-six years.]]" She narrowed her eyes at him, then at you, then back at him. "[[Goldie|i|Oh. Oh, I see.]]"

"[[Ezra|e|There's nothing to see,]]" Ezra said, going red to the ears.

"[[Goldie|i|There's loads to see. I'm seeing it right now.]]" She grinned, enormously pleased. "[[Goldie|i|Anyway. I came to say I've dumped Craig, so the sofa's free if you want it.]]"

There was a very long silence in the kitchen. The pan hissed.

"[[Ezra|e|I think,]]" Ezra said carefully, not looking at you, "[[Ezra|e|I'm all right here. If that's all right.]]"

You found you were smiling. "[[You|i|It's all right.]]"

"[[Goldie|e|Disgusting,]]" Goldie said happily. "[[Goldie|e|I'll see myself out.]]"

She did, slamming the door behind her, and the two of you stood there in the steam and the quiet.

"[[Ezra|a|So,]]" he said.

"[[You|i|So.]]"

"[[Ezra|i|Do you want breakfast?]]"

"[[You|i|I want breakfast.]]"
