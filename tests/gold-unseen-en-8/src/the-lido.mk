#story the-lido en
#char Dilly|female|Cordelia;Dil
#char Sanjay|male|Sanj
#char Ffion|female|
#char Pargeter|male|Mr Pargeter
#char Mum|female|Mrs Shah-Evans
---
The Last Day of August

The lido opened at seven and we were there at ten to, the three of us, sitting on the wall with our towels round our necks like boxers.

“[[Sanjay|a|It’ll be freezing,]]” Sanjay said. “[[Sanjay|a|It’s always freezing on the last day. It’s a rule.]]”

“[[Dilly|a|It’s not a rule,]]” I said.

“[[Sanjay|i|It’s a law of nature, Dilly. Look it up.]]”

Ffion was plaiting her hair so tight it pulled her eyebrows up. She had been quiet all the way from the bus stop, which for Ffion meant something was wrong.

“[[Dilly|a|You all right?]]” I asked her.

“[[Ffion|i|Bronwen says we’re moving. After Christmas. To Swansea.]]”

“[[Sanjay|i|Swansea? That’s miles.]]”

“[[Ffion|i|I know how far it is, Sanj.]]”

I didn’t know what to say, so I said nothing. The gate rattled and Mr Pargeter came out with the keys, in his red shorts and his whistle, yawning.

“[[Pargeter|e|Morning, troublemakers,]]” said Mr Pargeter. “[[Pargeter|e|No bombing, no running, no pushing Sanjay in the deep end.]]”

“[[Sanjay|i|That was one time!]]”

“[[Pargeter|i|Once was enough.]]”

The water was green and flat and steaming a little where the sun hit it. I went in first, off the side, and it was so cold my whole body shouted.

“[[Ffion|i|Well?]]”

“[[Dilly|a|Lovely,]]” I lied, through my teeth. “[[Dilly|a|Like a bath.]]”

“[[Sanjay|i|She’s blue. Ffion, she’s actually blue.]]”

“[[Ffion|i|Dil, your lips.]]”

“[[Dilly|i|Get in or go home.]]”

They got in. Sanjay screamed, Ffion swore in Welsh, and for a while we just swam up and down and forgot about Swansea. Mr Pargeter sat in his high chair and read the paper and blew his whistle at a man doing butterfly.

Later we lay on the hot concrete with our eyes shut. [[Dilly|aT|*Last time,*]] I thought. [[Dilly|aT|*Last time all three of us.*]]

“[[Ffion|e|You could come and visit,]]” Ffion said, as if she had heard me. “[[Ffion|e|There’s a beach. A proper one.]]”

“[[Sanjay|i|With sharks?]]”

“[[Ffion|i|With chips.]]”

“[[Dilly|a|We’ll come at Easter,]]” I said. “[[Dilly|a|Both of us. Sanjay’s mum can drive.]]”

“[[Sanjay|i|My mum can’t drive to Tesco without crying.]]”

I shrugged. “[[Dilly|i|Then we’ll get the train.]]”

My mother was waiting at the gate at five, in her work clothes, jangling the car keys.

“[[Dilly|i|Five more minutes?]]”

She looked at the three of us, and at Ffion’s red eyes, and sighed.

“[[Dilly|i|Mum. Please.]]”

“[[Pargeter|i|Ten, if she likes, Mrs Shah-Evans. I’m not locking up till six.]]”

It was Mr Pargeter, from his chair. My mother laughed and sat down on the wall.

“[[Mum|i|Ten minutes, then, Cordelia. Not a second over.]]”
