#story the-customs-house en
#char Ibbotson|male|Constable Ibbotson;Constable
#char Mabey|male|Sergeant Mabey;Sergeant;Sarge
#char Quigley|female|Ma Quigley;Mrs Quigley;Ma
#char Ned|male|Ned Quigley
#note A/N: Set in the same harbour as 'Salt and Tar'. You don't need to have read it.
---
The Brandy Cellar

A/N: Set in the same harbour as 'Salt and Tar'. You don't need to have read it.

The Sergeant had sent me down to the Quigleys’ because, he said, nobody ever suspected a constable as green as I was.

‘[[Mabey|a|Keep your eyes open and your mouth shut,]]’ he told me at the station door. ‘[[Mabey|a|And if the old woman offers you tea, you drink it, Ibbotson. All of it.]]’

‘[[Ibbotson|a|Why, Sergeant?]]’ I asked.

‘[[Mabey|i|Because if you don’t, she’ll know you’re looking for something.]]’

The cottage was the last on the quay, low and whitewashed, with nets hung over the wall to dry and a row of girls’ coats on pegs inside the door. Ma Quigley opened it before I knocked. She was four foot ten and had a pipe in her teeth.

‘[[Quigley|i|Well, if it ain’t the new constable. Come in out o’ the wet, then.]]’

‘[[Ibbotson|a|Thank you, madam,]]’ I said.

‘[[Quigley|i|Madam! Hark at ’im. Ned! Put the kettle on for Constable Ibbotson.]]’

A boy of about twelve came out of the back room, wiping his hands on his trousers. He looked at my helmet the way a cat looks at a dog.

‘[[Ned|i|What’s he want, Ma?]]’

‘[[Quigley|i|He wants his tea, same as anyone.]]’

I sat on a stool by the fire and drank the tea, which was strong enough to stand a spoon in and tasted faintly of something that was not tea at all. [[Ibbotson|aT|*Brandy,*]] I thought. [[Ibbotson|aT|*She’s put it in my cup to see if I’ll say.*]]

I said nothing. I drank it all.

‘[[Quigley|i|There’s a good lad. More?]]’

‘[[Ibbotson|i|If it’s no trouble.]]’

‘[[Ned|i|It’s no trouble. We got plenty.]]’

‘[[Quigley|e|Edward,]]’ said Ma Quigley, quite gently, and the boy went red to the ears and shut his mouth.

‘[[Ibbotson|a|Your husband’s out fishing?]]’ said I.

‘[[Quigley|i|Fishin’, yes. Out since Tuesday. The fish don’t come to you, constable, you got to go to ’em.]]’

‘[[Ibbotson|i|And the girls?]]’

‘[[Quigley|i|At the chapel. Good girls, all four.]]’

There was a trapdoor under the rag rug by my feet. I could feel the edge of it through my boot. I moved my foot off it, slowly, and put my cup down.

When I got back to the station the Sergeant was eating a pie at the desk.

‘[[Mabey|i|Well?]]’

‘[[Ibbotson|i|There’s a cellar, Sarge. Under the rug.]]’

‘[[Mabey|i|Course there is. Did you drink the tea?]]’

‘[[Ibbotson|i|Two cups.]]’

He laughed so hard he dropped the pie.

‘[[Mabey|e|Then she likes you,]]’ Sergeant Mabey said, when he could speak. ‘[[Mabey|e|That’s worse, Ibbotson. Now you’ll have to go back.]]’

‘[[Ibbotson|a|Back?]]’ I said. ‘[[Ibbotson|a|What for?]]’

‘[[Mabey|i|For Sunday dinner. She’ll ask you. They always ask the ones they like.]]’

‘[[Ibbotson|i|And I say yes?]]’

‘[[Mabey|i|You say yes, lad, and you eat everything, and you keep your foot off that rug.]]’
