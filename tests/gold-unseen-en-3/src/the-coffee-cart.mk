#story the-coffee-cart en
#char You||Y/N
#char Nik|male|Nikolai;Nikolai Brandt;Brandt
#char Bette|female|
#char Lindqvist|female|Professor Lindqvist;Professor
#note Summary: You run the coffee cart outside the physics building. Nikolai Brandt orders the same thing every day. Today he doesn’t.
#note Notes: Quantum Hearts (the webcomic) x Reader, gender-neutral reader, coffee shop AU but make it a cart. Nik is soft and I will not be taking questions.
---
Same As Usual

Summary: You run the coffee cart outside the physics building. Nikolai Brandt orders the same thing every day. Today he doesn’t.

Notes: Quantum Hearts (the webcomic) x Reader, gender-neutral reader, coffee shop AU but make it a cart. Nik is soft and I will not be taking questions.

It is eight fifty-two, which means Nikolai Brandt is three minutes away.

“[[Bette|e|Stop watching the door,]]” Bette says. She is sitting on an upturned milk crate behind the cart, eating a croissant she definitely did not pay for. “[[Bette|e|It’s a cart, Y/N. There isn’t a door.]]”

“[[You|i|I’m watching the general direction of a door.]]”

“[[Bette|i|You’re watching the physics building like it owes you money.]]”

You do not dignify that with an answer. You wipe down the counter, which is already clean, and line up the cups, which are already lined up, and at eight fifty-five exactly he comes round the corner with his scarf wound up to his nose and his glasses fogged from the cold.

“[[Nik|i|Morning.]]”

“[[You|i|Morning. Same as usual?]]”

He stops. He pushes his glasses up his nose with one finger and looks at the chalkboard menu as if he has never seen it before in his life.

“[[Nik|i|Actually, no.]]”

Behind you, Bette chokes on her croissant.

“[[You|i|No?]]”

“[[Nik|i|I thought I’d try something different.]]”

“[[You|i|You’ve had a flat white every morning for seven months.]]”

“[[Nik|i|You’ve been counting?]]”

“[[You|i|I’ve been making them. It’s not the same thing.]]”

“[[Nik|i|Isn’t it?]]”

“[[You|i|What do you want, Nik?]]”

He goes pink above the scarf. “[[Nik|i|What do you recommend?]]”

You are still trying to work out what to say to that when someone clears her throat at his elbow. Professor Lindqvist is standing there in her enormous yellow raincoat, holding out a reusable cup with a dent in it.

“[[Lindqvist|a|If the two of you are quite finished,]]” she says, “[[Lindqvist|a|some of us have a lecture at nine.]]”

“[[Nik|i|Professor. Sorry. Go ahead.]]” Nik steps aside so fast he nearly falls off the curb.

“[[Lindqvist|i|Black, please. Large. As large as legally permitted.]]” The professor watches you pour, then looks from you to Nik and back again with the expression of a woman who has supervised a great many doctoral students. “[[Lindqvist|i|Brandt, your chapter draft is late.]]”

“[[Nik|i|I know.]]”

“[[Lindqvist|i|You’ve been distracted.]]”

“[[Nik|i|I know.]]”

“[[Lindqvist|i|Hm.]]” She takes her coffee and drops a coin in the tip jar. “[[Lindqvist|i|Do ask them, Nikolai. It’s painful to watch.]]” And she sweeps off across the quad with her coat flapping.

There is a very long silence.

“[[Bette|a|I love her,]]” Bette says from the milk crate. “[[Bette|a|I want to be her when I grow up.]]”

“[[You|i|Bette.]]”

“[[Bette|i|I’m going. I’m going. I’m fetching more milk.]]” She does not go very far. You can see her lurking behind the recycling bins.

You turn back to Nik. He is studying the chalkboard with intense scientific interest.

“[[You|a|Ask me what?]]” you say.

“[[Nik|i|It’s nothing. It’s stupid.]]”

“[[You|i|You’ve been distracted for seven months?]]”

“[[Nik|i|More like eight.]]” He takes a breath. “[[Nik|i|Would you want to get a coffee sometime? Not here. Somewhere you don’t have to make it.]]”

You look at him, and at his fogged glasses, and at Bette giving you two enormous thumbs up from behind the bins.

“[[You|a|Yes,]]” you say, and then, because you can’t help it, “[[You|a|but I’m ordering your flat white.]]”
