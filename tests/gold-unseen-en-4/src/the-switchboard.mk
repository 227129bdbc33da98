#story the-switchboard en
#char Dot|female|Dorothy;Dorothy Lowry;Miss Lowry;Lowry
#char Lou|female|Louisa;Miss Kemp;Kemp
#char Abernethy|female|Mrs Abernethy;Mrs A
#char Gage|female|Mrs Gage
#char Vane|male|Inspector Vane;Detective Inspector Vane
#note A/N: Exchange Girls fandom (the radio drama, not the film, the film is a crime). Dot POV. 1943, so everyone smokes and nobody sleeps.
#note End Notes: Yes, the cat will be in the next part. Thank you for every single comment on the last one, I read them all twice.
---
Hold the Line

A/N: Exchange Girls fandom (the radio drama, not the film, the film is a crime). Dot POV. 1943, so everyone smokes and nobody sleeps.

At ten past two the board in front of me lights up like a Christmas tree, and every lamp on it is the same street.

“[[Lou|i|Dot. Dot, are you seeing this?]]” Lou has half turned on her stool at the next position, a cord in each hand. “[[Lou|i|Forty-one, forty-three, forty-five. That’s the whole of Carrow Lane.]]”

“[[Dot|i|I’m seeing it.]]”

“[[Lou|i|Well, do something.]]”

I plug into forty-three, because it’s nearest. “[[Dot|a|Number, please,]]” I say, the way they trained us, bright as a bell.

Nobody answers. There is breathing on the line, fast and shallow, and behind it a sound like a kettle left on too long.

“[[Dot|i|Caller? Can you hear me?]]”

“[[Gage|a|There’s somebody in the garden,]]” a woman whispers. “[[Gage|a|He’s been there an hour. He’s looking at the houses.]]”

“[[Dot|i|What’s your name, love?]]”

“[[Gage|i|Gage. Mrs Gage. Please don’t ring off.]]”

“[[Dot|i|I won’t. I’m right here.]]”

Behind me heels click down the aisle between the boards, and I know without looking that it’s the supervisor, because nobody else walks as if the floor owes her money.

“[[Abernethy|i|Miss Lowry.]]” Her voice is very low. “[[Abernethy|i|What is happening on my board?]]”

“[[Dot|i|Carrow Lane, Mrs Abernethy. All of it at once.]]”

“[[Abernethy|i|Then somebody has cut through to the cable. Miss Kemp, ring the police station.]]”

“[[Lou|e|I did,]]” says Lou. “[[Lou|e|Nobody’s picking up.]]”

“[[Abernethy|i|Then ring again.]]”

Lou rings again. I keep my headset pressed to my ear with the flat of my hand and listen to Mrs Gage breathing.

“[[Gage|i|He’s at the window now.]]”

“[[Dot|i|Stay away from it. Go into the hall. Is there a door you can lock?]]”

“[[Gage|i|The pantry.]]”

“[[Dot|i|Then go into the pantry.]]”

There’s a click on the line, not a hang-up but the other kind, the kind you hear when a second telephone picks up in the same house. Then a man’s voice, close and calm.

“[[Vane|i|Operator, don’t disconnect this call.]]”

My heart stops.

“[[Dot|a|Who is this?]]” I ask.

“[[Vane|i|Detective Inspector Vane, Carrow Lane station. I’m next door to your caller, and I’ve been trying to get a line out for twenty minutes. Our cable’s cut. Put me through to Harbour Road instead, would you, Dot? And keep Mrs Gage talking.]]”

“[[Dot|i|How do you know my name?]]”

“[[Vane|i|Because you put me through to my sister every Sunday, and you always ask after her cat.]]”

Lou is already reaching across me with the cord. Mrs Abernethy takes it out of her hand and plugs it in herself.

“[[Abernethy|e|Harbour Road, Inspector,]]” says Mrs Abernethy. “[[Abernethy|e|You’re connected.]]”

“[[Vane|i|Thank you, madam.]]”

Much later, when the lamps have gone dark one by one and a constable has rung to say they’ve got him, whoever he is, hiding in the coal shed at forty-seven, Lou slides a cup of tea along the desk to me.

“[[Lou|i|Every Sunday, Dot?]]”

“[[Dot|i|Shut up.]]”

“[[Lou|i|You ask after his sister’s cat.]]”

“[[Dot|i|It’s a very nice cat.]]”

[[Dot|aT|*It’s a very nice voice,*]] I think, and drink my tea before she can see my face.

End Notes: Yes, the cat will be in the next part. Thank you for every single comment on the last one, I read them all twice.
