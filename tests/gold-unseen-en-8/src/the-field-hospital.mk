#story the-field-hospital en
#char Edie|female|Edith;Nurse Fairley;Fairley;Edith Fairley
#char Cathcart|female|Sister Cathcart;Sister
#char Oyelaran|male|Private Oyelaran;Tunde
#char Mulvaney|male|Dr Mulvaney;Doctor
---
Ward Nine

I kept a diary that spring, against the rules. Sister Cathcart would have burned it if she had found it. I found it again last week, at the bottom of a hatbox, and I have copied some of it out here, because I want to remember it right.

Tuesday 9th March.

Rain. Eleven new men from the line. Sister on the warpath before breakfast.

"[[Cathcart|a|Your cap is crooked,]]" she said, the moment I came on. "[[Cathcart|a|Your apron is creased, and you are four minutes late, Nurse Fairley.]]"

"[[Edie|a|Yes, Sister,]]" I said. "[[Edie|a|Sorry, Sister.]]"

"[[Cathcart|i|Sorry does not straighten caps.]]"

I straightened my cap. Bed fourteen is a boy called Oyelaran with a shoulder wound and the most beautiful manners I have ever met.

"[[Oyelaran|i|Good morning, nurse. You look tired.]]"

"[[Edie|i|Everyone looks tired.]]"

"[[Oyelaran|i|Not Sister. Sister looks like she has never been tired in her life.]]"

I laughed, and Sister heard, and I was sent to do the bedpans.

Thursday 11th March.

Dr Mulvaney came round at six with his sleeves rolled up and his pipe unlit in his mouth.

"[[Mulvaney|a|How's fourteen?]]" he asked me.

"[[Edie|a|Better, doctor. He ate all his porridge.]]"

"[[Mulvaney|i|Then he's a braver man than I am. Fairley, isn't it? Edith Fairley?]]"

"[[Edie|i|Yes, doctor.]]"

"[[Mulvaney|i|My sister was at school with a Fairley. Red hair, very rude. Margaret.]]"

"[[Edie|a|My cousin,]]" I said. "[[Edie|a|She still is.]]"

He laughed round the pipe. [[Edie|aT|*He knows my name,*]] I thought, and that night I wrote it down and underlined it twice, which makes me blush now.

That is where the diary stops for a while. I was too busy after that to write anything.

The night they moved the ward, in April, I was on with Sister alone. The guns had been going since dusk. Private Oyelaran was sitting up in bed in the dark, holding his arm.

"[[Oyelaran|i|Are they coming closer?]]"

"[[Edie|a|No,]]" I told him, which was a lie. "[[Edie|a|Lie down, Tunde. You'll open your stitches.]]"

"[[Oyelaran|i|You called me Tunde.]]"

"[[Edie|i|Don't tell Sister.]]"

"[[Cathcart|i|Don't tell Sister what?]]"

She was standing at the end of the bed with a lamp. I had not heard her come. I straightened, ready for the worst.

"[[Cathcart|e|Go and get the stretchers, Edie,]]" Sister Cathcart said, quite quietly. "[[Cathcart|e|I'll sit with him.]]"

It was the only time she ever called me by my first name. I went and got the stretchers.

Dr Mulvaney was at the lorries, counting heads, his pipe lit at last.

"[[Mulvaney|i|How many more?]]"

"[[Edie|a|Six,]]" I said. "[[Edie|a|And Sister.]]"

"[[Mulvaney|i|Sister will be last. She always is. Get in, nurse.]]"

I shook my head. "[[Edie|i|I'll wait for her.]]"
