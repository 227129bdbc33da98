#story the-dragon-stables en
#char Barty|male|Bartholomew;Bartholomew Quince;Quince
#char Ione|female|
#char Greaves|male|Stablemaster Greaves;Stablemaster
#char Aurek|male|Prince Aurek;Your Highness
#note Summary: The prince's dragon has eaten a boot. The prince is still in it. (He isn't. Mostly.)
#note Notes: Emberhold fandom, stable-hand AU. Barty and Ione are my OCs, the rest belong to canon. Crossposted from tumblr.
---
Mucking Out

Summary: The prince's dragon has eaten a boot. The prince is still in it. (He isn't. Mostly.)

Notes: Emberhold fandom, stable-hand AU. Barty and Ione are my OCs, the rest belong to canon. Crossposted from tumblr.

There were eleven dragons in the Emberhold stables, and Barty was on first-name terms with all of them, which was more than he could say for most of the people.

'[[Ione|e|Barty,]]' said Ione, leaning over the half-door of stall seven. '[[Ione|e|Why is Cinder chewing a boot?]]'

He looked up from the water trough. The big red drake in stall seven was lying on her straw with her eyes half shut and a tall leather riding boot sticking out of the side of her mouth, and she was chewing it with slow, blissful concentration.

'[[Barty|i|Because she likes boots?]]'

'[[Ione|i|Whose boot, Barty?]]'

'[[Barty|i|I don't know whose boot! I've been here since five!]]'

'[[Ione|i|It's got a crest on it.]]'

Barty dropped the bucket. He went over to the stall, very slowly, and looked. There was, without question, a little gold crest stamped on the heel: a crown over a flame.

'[[Barty|a|Oh no,]]' he said. '[[Barty|a|Oh, no, no, no.]]'

'[[Greaves|i|Quince!]]'

The bellow came from the far end of the yard and rattled every bucket on its hook. Ione ducked behind the half-door. Barty, who had nowhere to duck, straightened up and tried to look like somebody who had not lost a prince's boot.

Stablemaster Greaves came down the row like weather. He was broad and bald and had a scar across his jaw from a dragon nobody was allowed to name.

'[[Greaves|a|Where,]]' he said, '[[Greaves|a|is His Highness's left boot?]]'

'[[Barty|i|Good morning, Stablemaster.]]'

'[[Greaves|i|Don't good-morning me, boy.]]'

'[[Barty|i|It's in Cinder, sir.]]'

'[[Greaves|i|In her.]]'

'[[Barty|i|Partly in her. Mostly. The heel's still out.]]'

Greaves closed his eyes.

'[[Ione|e|She won't give it up for anyone but Barty, sir,]]' Ione offered from behind the door. '[[Ione|e|We tried with the fish yesterday. She bit Pell.]]'

'[[Greaves|i|I remember. I was there when she bit Pell.]]' He opened his eyes again. '[[Greaves|i|Well? Go on, Bartholomew. Ask her nicely.]]'

Barty climbed into the stall. Cinder opened one gold eye at him and rumbled, deep in her chest, a sound that made the straw tremble.

'[[Barty|i|Hello, lovely. Hello, my clever girl. Can I have that? Can I have the boot?]]'

Cinder chewed.

'[[Barty|i|I'll give you a sheep's head. A whole one. With the eyes.]]'

'[[Aurek|i|You will not give her a sheep's head on my account.]]'

Everyone turned. A young man stood in the stable doorway in shirtsleeves, one foot in a riding boot and the other in a sock, and he was laughing.

'[[Greaves|a|Your Highness,]]' Greaves said, and bowed so fast his knees cracked. Ione disappeared entirely.

'[[Aurek|i|Stablemaster. Please don't. I took it off myself. I was trying to see if she'd let me on without the saddle, and she took a liking to it.]]' Prince Aurek came down the row and leaned on the half-door beside Barty as if he did it every morning. '[[Aurek|i|You must be Quince. She talks about you.]]'

'[[Barty|i|She — sorry, she what, Your Highness?]]'

'[[Aurek|i|Well, she looks at the door whenever anyone comes in, and it isn't me she's hoping for.]]'

Cinder spat out the boot. It landed at the prince's feet, dripping and scorched and full of holes.

'[[Aurek|e|Ah,]]' said Aurek. '[[Aurek|e|Thank you, Cinder. That's very generous.]]'

'[[Ione|a|She likes you, Your Highness,]]' said a small voice from the next stall.

'[[Aurek|i|Does she? How can you tell?]]'

'[[Barty|e|She didn't eat the other one,]]' Barty said, and then wished very much that he hadn't.
