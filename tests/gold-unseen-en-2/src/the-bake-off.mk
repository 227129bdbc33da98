#story the-bake-off en
#char Pet|female|Perpetua;Perpetua Blackwood;Blackwood;Miss Blackwood
#char Gus|male|Augustin
#char Dimitri|male|Dimitri Szabo;Szabo;Mr Szabo
#char Mrs Fairweather|female|Fairweather
#chapter Chapter 2: The Showstopper
#note Notes: Hollow Oak Village Fete AU, part two of three. You don't need to have read part one but it helps. Gus is a menace and I love him.
---
Chapter 2: The Showstopper

Notes: Hollow Oak Village Fete AU, part two of three. You don't need to have read part one but it helps. Gus is a menace and I love him.

The marquee is forty degrees inside and Pet’s meringue is weeping.

It had been a perfectly good meringue at half past one. It had peaks. It had gloss. Then the sun came round the side of the church and hit the canvas full on, and now it is sliding slowly sideways off its plate like something in a nature documentary.

“[[Gus|e|It’s fine,]]” Gus says, leaning over her shoulder. “[[Gus|e|It’s rustic.]]”

“[[Pet|i|It’s *crying*, Gus.]]”

“[[Gus|i|Rustically.]]”

She swats him with a spatula. He ducks, grinning, and steals a raspberry from her bowl on the way down.

At the next bench Dimitri is building something that looks like a cathedral out of choux buns. He has not spoken for an hour. He has a tiny spirit level.

“[[Gus|e|Show-off,]]” Gus says, loudly enough to carry.

Dimitri does not look up. “[[Dimitri|i|Jealousy is unbecoming, Augustin.]]”

“[[Gus|i|I’m not jealous. I’m worried. If that thing falls over it’ll take out half the tent.]]”

“[[Dimitri|i|It will not fall over.]]”

“[[Gus|i|Famous last words.]]”

“[[Pet|e|Famous last words are usually true,]]” Pet says, “[[Pet|e|that’s what makes them famous. Gus, stop eating my raspberries.]]”

“[[Gus|i|I’m quality-testing them.]]”

“[[Pet|i|You’ve quality-tested half the punnet.]]”

“[[Gus|i|They’re very high quality.]]”

Dimitri sets the last bun on top of his spire. It wobbles. The three of them hold their breath. It stops wobbling.

“[[Dimitri|e|Ha,]]” says Dimitri, with enormous dignity.

Then the tent flap lifts and the temperature seems to drop ten degrees, because Mrs Fairweather has come in with her clipboard.

Everyone straightens. Even Gus.

“[[Mrs Fairweather|a|Fifteen minutes, bakers,]]” she announces. She walks the length of the benches slowly, peering at each one. At Dimitri’s cathedral she pauses. “[[Mrs Fairweather|i|Ambitious.]]”

“[[Dimitri|i|Thank you, Mrs Fairweather.]]”

“[[Mrs Fairweather|i|It wasn’t a compliment, Mr Szabo. Ambition collapses.]]” She moves on to Pet’s bench and looks down at the meringue for a long, terrible moment. “[[Mrs Fairweather|i|Miss Blackwood. Is it meant to be wet?]]”

“[[Pet|e|It’s — a choice,]]” Pet says.

“[[Mrs Fairweather|i|Hm.]]”

She writes something on her clipboard and sweeps out again. The flap falls shut behind her.

“[[Pet|e|She hates me,]]” Pet says.

“[[Gus|e|She hates everyone,]]” Gus tells her. “[[Gus|e|She hated Dimitri and his thing has a spirit level.]]”

“[[Dimitri|i|She said it was ambitious.]]”

“[[Gus|i|That’s how she says she hates you.]]”

“[[Pet|i|Then what does ‘hm’ mean?]]”

Gus considers this. He takes the last raspberry. He puts it, very carefully, on the top of her weeping meringue, where it sits like a little red crown.

“[[Gus|a|It means,]]” he says, “[[Gus|a|that you’ve still got fourteen minutes.]]”

Pet looks at the raspberry. She looks at him. Then she rolls up her sleeves.

“[[Pet|i|Get me the cream. And the mint. And stop looking so smug.]]”

“[[Gus|i|I’m not smug. This is just my face.]]”
