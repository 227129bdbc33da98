#story the-hedge-maze en
#char _narr|male|
#char Wystan|male|Wys
#char Clemency|female|Clem;Lady Clemency
#char Hobday|male|Mr Hobday
---
The Maze at Throckley

It was Clemency’s idea to go into the maze after dinner, and it was Wystan’s idea to take the port.

“[[Wystan|a|We’ll be out in ten minutes,]]” he said, holding the decanter up to the last of the light. “[[Wystan|a|I did it as a boy. Left, left, right, and there you are.]]”

“[[Clemency|e|You did it as a boy with Hobday holding your hand,]]” said Clemency.

“[[Wystan|i|Details.]]”

I had no opinion on the maze. I had come to Throckley for the shooting and had been rained on for four days, and anything that was not another hand of bridge with Cousin Augustine seemed to me a holiday.

The hedges were higher than they looked from the terrace. After the second turning the house was gone, and the sound of the gramophone, and there was only yew and gravel and a sky going violet overhead.

“[[Clemency|i|Left?]]”

“[[Wystan|i|Left.]]”

“[[Clemency|i|We went left last time.]]”

“[[Wystan|i|Then right. Obviously right.]]”

“[[_narr|a|I don’t think it’s obvious at all,]]” said I.

“[[Wystan|i|Nobody asked you, old man. Have some port.]]”

I had some port. It did not help. We went right, and then left, and then right again, and came out beside a stone bench we had passed twice already.

Clemency sat down on it and took off her shoes.

“[[Clemency|i|I’m not walking another step in these. You two find the way and come back for me.]]”

“[[_narr|a|We can’t leave you here,]]” I said.

“[[Clemency|i|Why not? I’ve got the port.]]” She held out her hand for it, and Wystan, after a moment’s struggle, gave it up.

[[_narr|aT|*She is enjoying this,*]] I thought. [[_narr|aT|*She knows the way perfectly well.*]]

“[[_narr|a|You know the way,]]” I told her.

“[[Clemency|i|I might.]]”

“[[Wystan|i|Clem! You absolute beast.]]”

“[[Clemency|i|I wanted to see how long it would take you to ask. Forty minutes, darling. A record.]]”

Before Wystan could answer, a lantern came bobbing round the corner of the hedge, and behind it an old man in a cap and a gardener’s apron.

“[[Hobday|a|Thought as much,]]” he said. “[[Hobday|a|Her ladyship said you’d gone in with the decanter.]]”

“[[Wystan|i|Hobday! Thank God.]]”

“[[Hobday|i|Evening, Master Wystan. Evening, sir. Evening, Lady Clemency.]]”

“[[Clemency|i|Evening, Hobday. They were doing so well.]]”

“[[Hobday|i|I’m sure they were, my lady.]]”

I shrugged, and picked up her shoes for her, and we followed the lantern out. It was left, left, right, exactly as Wystan had said, and then eleven more turnings that he had forgotten.

“[[Wystan|a|Not a word,]]” he said to me, at the gate. “[[Wystan|a|Not one word at breakfast.]]”

“[[_narr|a|Not one,]]” I promised, and did not keep it.
