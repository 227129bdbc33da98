#story the-darkroom en
#char Suki|female|Suki Nakamura;Nakamura;Miss Nakamura
#char Jem|male|Jeremiah;Jem Walcott;Walcott
#char Aldridge|male|Mr Aldridge;sir
#char Fergus|male|Fergus Doyle;Ferg
#note Notes: Silver Halide fandom. Suki/Jem, sixth form, pre-canon. The darkroom was the only good thing about my school.
---
Fixer

Notes: Silver Halide fandom. Suki/Jem, sixth form, pre-canon. The darkroom was the only good thing about my school.

The red light made everything look like the inside of a heart.

Suki slid the paper into the developer and rocked the tray, the way she had been shown, and waited for the picture to come up out of nothing.

“[[Jem|i|It’s not working.]]” Jem was leaning on the sink beside her, arms folded. “[[Jem|i|You’ve killed it.]]”

“[[Suki|i|Give it a second.]]”

“[[Jem|i|I’ve given it thirty.]]”

“[[Suki|i|Give it thirty-one.]]”

[[Suki|eT|*He’s counting,*]] Suki thought. [[Suki|eT|*He’s actually counting under his breath, the absolute child.*]]

Grey shapes swam up in the tray. A railing. A wave. A boy on the harbour wall with his arms out, laughing at something off the edge of the frame.

“[[Jem|i|Oh.]]”

“[[Suki|i|Told you.]]”

“[[Jem|i|That’s me.]]”

“[[Suki|i|That’s you.]]”

“[[Jem|i|When did you take that?]]”

“[[Aldridge|a|Thirty seconds more,]]” said a voice from behind the blackout curtain, dry as chalk. “[[Aldridge|a|Then the stop bath, or you’ll have a very dark boy.]]”

They both jumped. Suki had forgotten anyone else was in the building; it was gone five, and the caretaker had already been round with his keys, rattling every door.

“[[Suki|i|Sorry, sir.]]”

“[[Aldridge|i|Don’t be sorry. Be quick.]]”

She moved the print across with the tongs. Behind the curtain a chair creaked and someone coughed, and then Mr Aldridge’s shoes went away down the corridor towards the staff room.

“[[Jem|i|Does he always just sit there?]]”

“[[Suki|i|He marks in there. He says it’s the only quiet room in the school.]]”

“[[Jem|i|In the dark?]]”

“[[Suki|i|He’s got a torch. He’s a strange man. He’s also the only teacher who’s ever read my reports.]]”

The outer door banged. Light knifed in round the edge of the curtain, and Suki yelped and threw herself over the box of paper.

“[[Fergus|i|Is Walcott in here?]]”

“[[Suki|i|Shut the door!]]”

“[[Fergus|i|Sorry! Sorry.]]” The light went. A large shape blundered through the curtain, knocking the clothes-line of drying prints. It was Fergus Doyle, from the rugby team, with mud to his knees and a gum shield still in his hand. “[[Fergus|i|Coach is looking for you, Jem. Training was at four.]]”

“[[Jem|i|I know when training was.]]”

“[[Fergus|i|It’s ten past.]]”

“[[Jem|i|I know what time it is, Ferg.]]”

Fergus looked at him, and at Suki, and at the print in the fixer, and his eyebrows went up almost into his hair.

“[[Fergus|a|Right,]]” he said. “[[Fergus|a|I’ll tell him you’re ill. Very ill. Contagious.]]”

He went out, more carefully this time, and shut the door behind him without a crack of light.

[[Suki|iT|*Brilliant. The whole team will know by tomorrow.*]]

Jem did not seem to care. He was looking down at the boy in the tray, the boy with his arms out.

“[[Jem|a|I didn’t know I looked like that,]]” he said at last.

“[[Suki|i|Like what?]]”

“[[Jem|i|Happy.]]”

“[[Suki|i|You do, sometimes.]]”

“[[Jem|i|When?]]”

Suki washed the print and clipped it to the line beside the others, the gulls and the bins and the chip shop sign, and did not answer, although she thought the answer very loudly, and the red light hid her face.
