#story the-missing-teaspoon en
#char Harriet|female|Harry;Harriet Lisle;Lisle;Inspector Lisle
#char Amos|male|Amos Penrose;Penrose;Sergeant Penrose
#char Brooks|male|Gideon Brooks;Gideon;Inspector Brooks
#char Mrs Dunmore|female|Dunmore
#note A/N: Gilded Compass, case-fic! I have never written a mystery before and it shows. Harry and Amos are canon, Mrs Dunmore is mine. Con-crit welcome.
---
The Missing Teaspoon

A/N: Gilded Compass, case-fic! I have never written a mystery before and it shows. Harry and Amos are canon, Mrs Dunmore is mine. Con-crit welcome.

The teaspoon had been missing for three days when Mrs Dunmore finally called the police, and the police, in the person of Detective Inspector Harriet Lisle, were not amused.

"[[Harriet|e|A teaspoon,]]" Harriet repeated, standing in the doorway of the tea room. Rain dripped off the brim of her hat. "[[Harriet|e|You called the Yard about a teaspoon.]]"

"[[Mrs Dunmore|i|It was silver, Inspector. It belonged to the Duchess of Arle.]]" Mrs Dunmore was small and round and furious. "[[Mrs Dunmore|i|And it was taken from under my nose, in my own shop, in broad daylight.]]"

Behind Harriet, Sergeant Penrose was trying very hard not to smile. She could hear him trying.

"[[Amos|i|Who was in the shop at the time, madam?]]"

"[[Mrs Dunmore|i|Three ladies from the church, the vicar, and a young man with a moustache who ordered a scone and didn't eat it.]]"

"[[Amos|i|Didn't eat it?]]"

"[[Mrs Dunmore|i|Not a crumb.]]"

Harriet and Amos exchanged a look. [[Harriet|eT|Who orders a scone and doesn't eat it,]] Harriet thought, [[Harriet|eT|unless he isn't here for the scone?]]

"[[Harriet|i|Which table?]]"

Mrs Dunmore pointed. It was the one by the window, with a view of the street and, Harriet noticed, of the jeweller's shop opposite.

"[[Brooks|i|Well, if it isn't Lisle.]]"

The voice came from the door, and Harriet did not need to turn round to know whose it was. Nobody else at the Yard said her name as though it tasted of vinegar.

"[[Harriet|i|Brooks. What are you doing here?]]"

Detective Inspector Gideon Brooks shook the rain off his umbrella, all over the clean floor. "[[Brooks|i|The jeweller across the road was robbed last night. A very professional job. I'm asking the neighbours if they saw anything.]]" He glanced at Mrs Dunmore, then at the empty table, then back at Harriet. "[[Brooks|i|And you're here about — what was it? A cake fork?]]"

"[[Mrs Dunmore|e|A teaspoon,]]" said Mrs Dunmore stiffly.

"[[Brooks|i|A teaspoon. How thrilling for you, Lisle.]]"

Harriet smiled at him. It was her very sweetest smile, and Amos, who had known her eleven years, took a small step back.

"[[Harriet|i|Tell me, Gideon. Did your professional thief leave any marks on the jeweller's back door? Little scratches, perhaps? The sort you might make with the end of a silver spoon, if you'd ground it down to a point?]]"

Brooks opened his mouth and shut it again.

"[[Amos|e|He sat there for an hour,]]" Amos said, nodding at the window table. "[[Amos|e|Watching the shop. Ordered a scone so nobody would ask him to leave, and took the spoon on his way out.]]"

"[[Brooks|i|That's — that's pure speculation —]]"

"[[Harriet|i|It's a description. Moustache, young, doesn't like scones. I'm sure Mrs Dunmore can tell you the rest.]]" Harriet put her hat back on. "[[Harriet|i|Come along, Sergeant. We've a teaspoon to find.]]"

"[[Amos|i|Right behind you, Harry.]]"

* * *

They found it two days later, in a pawnshop in Lambeth, filed to a needle point and wrapped in a handkerchief embroidered with the letter B. The young man with the moustache turned out to be the jeweller's own nephew. Brooks made the arrest and took the credit, which Harriet had expected.

Mrs Dunmore got her teaspoon back, which Harriet had not.

"[[Mrs Dunmore|a|It's ruined, of course,]]" she said, turning it over in her hands. "[[Mrs Dunmore|a|Quite ruined. I shall have it framed.]]"

"[[Amos|i|And the scone, madam?]]"

"[[Mrs Dunmore|i|On the house, Sergeant. Both of you. Every Thursday, for as long as you like.]]"

Harriet looked at Amos. Amos looked at the cake stand.

[[Harriet|aT|Worth it,]] she thought, [[Harriet|aT|I'd say, on the whole.]]
