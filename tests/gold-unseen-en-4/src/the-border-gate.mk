#story the-border-gate en
#char Nell|female|Bryce;Corporal Bryce;Corporal
#char Bolt|male|Sergeant Bolt;Harald Bolt;Sergeant Harald Bolt;Sergeant;Sarge
#char Emrys|male|Em
#char Isolde|female|Isolde Marr;Lady Isolde;Marr;Envoy
#chapter Chapter 12: The Gate
#note Chapter Notes: Eastmarch fic, chapter twelve of who knows how many. Previously: Nell got demoted, Bolt got a cold, and the border got closed. Thank you for sticking with this!
#note End Notes: Next chapter: the pass, and someone finally tells Nell what happened to the old Queen. I’m so sorry in advance.
---
The Long Winter

Chapter 12: The Gate

Chapter Notes: Eastmarch fic, chapter twelve of who knows how many. Previously: Nell got demoted, Bolt got a cold, and the border got closed. Thank you for sticking with this!

Snow has been falling on the Eastmarch gate since dawn, and Sergeant Bolt has been complaining about it since a little before that.

‘[[Bolt|a|Nobody’s coming,]]’ he says, stamping his feet on the wall walk. ‘[[Bolt|a|Nobody in their right mind travels in this. Go and get warm, Bryce.]]’

‘[[Nell|i|I’m on watch till noon, Sarge.]]’

‘[[Bolt|i|I’m telling you to go and get warm.]]’

‘[[Nell|i|And I’m telling you I’m on watch till noon.]]’

‘[[Bolt|i|Stubborn as a goat.]]’

‘[[Nell|i|Thank you, Sarge.]]’

He snorts into his scarf. Emrys, huddled by the brazier with his hands practically in the coals, laughs at both of us.

‘[[Emrys|e|You two should get married,]]’ says Emrys. ‘[[Emrys|e|You argue like my parents.]]’

‘[[Bolt|i|Your parents are lovely people, lad.]]’

‘[[Emrys|i|That’s what I mean.]]’

Then somebody on the far side of the gate bangs on it, three times, hard enough to shake the snow off the arch.

‘[[Isolde|i|Open in the name of the Queen!]]’

Bolt and I look at each other.

‘[[Nell|a|The Queen’s dead,]]’ I call down. ‘[[Nell|a|Which one do you mean?]]’

There is a pause. Then, in a very different voice, dry and tired:

‘[[Isolde|i|The new one. Please. It’s extremely cold.]]’

I lean over the parapet. Below, a woman in a grey travelling cloak is standing knee-deep in the drift, holding the reins of a horse that looks even more miserable than she does. There is no one else with her. There should be, if she’s from the Queen.

‘[[Bolt|a|Name?]]’ the sergeant shouts.

‘[[Isolde|i|Isolde Marr. Envoy to the Eastmarch, for my sins. I have a letter.]]’

‘[[Bolt|e|Everybody’s got a letter,]]’ Bolt mutters.

‘[[Isolde|i|Mine has a seal on it, Sergeant, and if you make me stand here much longer it will have my frozen corpse on it as well.]]’

Emrys is already at the winch. ‘[[Emrys|i|Nell, give us a hand.]]’

I take the other handle. The gate groans open just wide enough for a horse, and the envoy leads hers through, and the three of us stand there in the snow, staring.

She pushes her hood back. She’s younger than her voice, with ink on her fingers and ice in her eyebrows.

Emrys finds his voice first. ‘[[Emrys|i|Where’s your escort, my lady?]]’

‘[[Isolde|i|Dead, most of them. The rest are with the Queen.]]’

‘[[Isolde|i|Which of you is in command?]]’

‘[[Bolt|i|That’d be me, my lady. Sergeant Harald Bolt.]]’

‘[[Isolde|i|And these?]]’

‘[[Bolt|i|Emrys. And Corporal Bryce, who never does what she’s told.]]’

She looks at me for a long moment. Her eyes are grey, like the cloak.

‘[[Isolde|a|Good,]]’ she says. ‘[[Isolde|a|I need someone who doesn’t. Nell, is it? Sergeant, I’m borrowing her.]]’

‘[[Bolt|i|Borrowing her for what?]]’

‘[[Isolde|i|The Queen is three days behind me, on foot, with eleven people and no horses. I need someone who knows the pass and won’t wait for permission.]]’

Emrys whistles. Bolt looks at me, and I look at the pass, white and endless.

[[Nell|aT|*Three days in that,*]] I think. [[Nell|aT|*Three days, and nobody’s ever come back the same.*]]

‘[[Nell|a|I’ll get my boots,]]’ I say.

End Notes: Next chapter: the pass, and someone finally tells Nell what happened to the old Queen. I’m so sorry in advance.
