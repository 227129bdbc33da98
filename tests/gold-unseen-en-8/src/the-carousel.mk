#story the-carousel en
#char Lorelei|female|Lori
#char Fox|male|Foxton;Mr Foxton
#char Peg|female|Aunt Peg;Auntie Peg
#char Alfie|male|
#chapter Chapter 3
---
Gallopers

Chapter 3

The fair came to Hollins Green every October, and that was the year I went to work on the gallopers.

Aunt Peg took me across the field on the first night. The carousel was lit up like a wedding cake, all gold and mirrors, and a man was oiling the brass poles with a rag.

"[[Peg|e|That's him,]]" Aunt Peg said. "[[Peg|e|Be polite. He's fussy.]]"

"[[Lorelei|a|Fussy how?]]" I asked.

"[[Peg|i|You'll see.]]"

The man looked up. He was younger than I had expected, with sawdust in his hair and a burn scar on one wrist.

"[[Fox|i|You're the niece?]]"

"[[Lorelei|a|Hi. I'm Lorelei,]]" I said, and held out my hand.

He looked at it, then wiped his own on the rag and shook it. "[[Fox|i|Fox. Nobody calls me Foxton except the council.]]"

"[[Peg|i|And the police.]]"

"[[Fox|i|And the police, Peg, thank you.]]"

He showed me the horses one by one. They all had names painted on their necks in curly gold letters: Bluebell, Captain, Sweet Sal. He said Captain bit, which I thought was a joke until I put my hand on his nose and got a splinter.

"[[Fox|i|Told you.]]"

"[[Lorelei|i|He's made of wood.]]"

"[[Fox|i|Doesn't stop him.]]"

By nine the field was full. My job was to take the tokens and help the small ones up, and to shout when the ride was about to start, which I was bad at.

"[[Fox|i|Louder, Lorelei. They can't hear you over the organ.]]"

"[[Lorelei|i|HOLD ON TIGHT!]]"

"[[Fox|i|Better.]]"

A little boy in a dinosaur hat had been standing at the rail for three rides without getting on. He had a token in his fist and was holding it so hard his knuckles were white.

"[[Lorelei|a|Do you want a go?]]" I said to him.

"[[Alfie|i|Captain bites.]]"

"[[Lorelei|i|Who told you that?]]"

"[[Alfie|i|Him.]]" He pointed at Fox.

I shrugged. "[[Lorelei|i|He only bites people who work here. What's your name?]]"

"[[Alfie|e|Alfie,]]" said the boy.

"[[Lorelei|i|Well, Alfie, I'll put you on Bluebell. She's never bitten anyone.]]"

I lifted him on and buckled the strap, and Fox pulled the lever, and the organ wheezed into a waltz. Alfie went round six times with his mouth open and his hat over one eye.

[[Lorelei|aT|*That,*]] I thought, watching him, [[Lorelei|aT|*is the best job in the world.*]]

"[[Peg|i|Well? Is she any use?]]"

It was Aunt Peg, at my elbow with two toffee apples. Fox took one without asking.

"[[Fox|a|She'll do,]]" he said, with his mouth full. "[[Fox|a|She's too quiet. But she'll do.]]"
