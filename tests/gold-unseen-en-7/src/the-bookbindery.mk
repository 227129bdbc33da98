#story the-bookbindery en
#char Dita|female|Perdita;Perdita Lowther;Miss Lowther;Lowther
#char Quarrie|male|Mr Quarrie;Jerome Quarrie
#char Osric|male|Oz
#char Delacourt|female|Mrs Delacourt;Eulalia Delacourt
#chapter Chapter 2
#note Notes: (See the end of the chapter for more notes.)
#note Notes: Gold tooling is real and it is terrifying. Dita's POV again next chapter, I promise.
---
The Binder's Apprentice

Chapter 2

Notes: (See the end of the chapter for more notes.)

Mr Quarrie had told me never to touch the gold leaf on a damp day, and of course it was raining.

"[[Quarrie|i|Breathe out through your nose, Dita. Not at the book. Away.]]"

"[[Dita|a|I am breathing away,]]" I said.

"[[Quarrie|i|You're breathing at the book.]]"

The leaf lifted off the cushion on the tip of my knife and hung there, trembling, thinner than a thought. Across the bench Osric had stopped sewing to watch.

"[[Osric|i|Ten pence says it folds.]]"

"[[Dita|i|Nobody asked you.]]"

"[[Osric|i|Twenty.]]"

"[[Quarrie|i|Osric. Your signatures.]]"

"[[Osric|i|Sewing, sir.]]"

I laid the leaf on the spine. It did not fold. I pressed the hot tool down through it, counted three, and lifted, and there was the title, TALES OF THE RIVER, bright as a new coin in the brown calf.

"[[Quarrie|a|Good,]]" he said, which from Mr Quarrie was a speech. "[[Quarrie|a|Again. Eleven more.]]"

The shop bell went before I could load the knife. A woman in a fur collar came in out of the wet, shaking an umbrella the size of a tent, with a parcel under her arm wrapped in old newspaper.

"[[Delacourt|a|I want to speak to whoever is in charge,]]" she announced.

"[[Quarrie|i|That will be me, madam.]]" Mr Quarrie wiped his hands on his apron.

"[[Delacourt|i|It was my husband's. The dog got at it.]]"

She unwrapped the parcel on the bench. It had been a book once. Now it was a wad of pages held together by one corner of the binding and a great deal of hope.

Osric let out a low whistle. He was eighteen and had no manners at all.

"[[Osric|a|What sort of dog?]]" he asked.

"[[Delacourt|i|A large one. Can it be saved?]]"

"[[Quarrie|i|Anything can be saved.]]"

"[[Osric|i|Within reason.]]"

"[[Quarrie|i|Anything can be saved within reason. Miss Lowther will take the pages apart this afternoon and we will see what is left.]]"

"[[Dita|a|Me?]]" I said. "[[Dita|a|I've never done a rebind on my own.]]"

"[[Quarrie|i|Then today you will.]]"

Mrs Delacourt looked at me over the wreck of her husband's book. She had very pale eyes, and I saw that they were wet, and that it was not the rain.

"[[Delacourt|i|He read it to me every Christmas. Every single one, for forty years. Please be careful with it, Miss Lowther.]]"

"[[Dita|a|I will,]]" I told her. "[[Dita|a|I promise.]]"

When she had gone, Osric came round the bench and looked at the pages for a long time without saying anything, which was a first.

"[[Osric|i|I'll help with the sewing. If you want.]]"

"[[Dita|i|You'll want twenty pence.]]"

"[[Osric|i|I'll do it for ten.]]"

"[[Quarrie|e|You'll do it for nothing,]]" said Mr Quarrie from the back, "[[Quarrie|e|and you'll both go home before dark for once. Load your knife, Dita. Eleven more.]]"

Notes: Gold tooling is real and it is terrifying. Dita's POV again next chapter, I promise.
