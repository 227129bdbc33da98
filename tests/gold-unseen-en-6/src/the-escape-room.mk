#story the-escape-room en
#char Tova|female|Tova Lindgren;Lindgren
#char Kobby|male|Kwabena;Kobby Mensah;Mensah
#char Delia|female|Dee Dee;Delia Fontaine;Fontaine
#char Fraser|male|Fraser McAllister;McAllister;Fras
#char Nico|male|Nicodemus
#chapter Chapter 1
---
Locked In (Affectionately)

Chapter 1

The door shuts behind them with a heavy, theatrical clunk, and a red clock on the wall starts counting down from sixty minutes.

"[[Kobby|i|Okay.]]" Kobby rubs his hands together. "[[Kobby|i|Okay. Nobody panic.]]"

"[[Delia|i|Nobody is panicking.]]"

"[[Kobby|i|Fraser's panicking.]]"

"[[Fraser|i|I'm not panicking, I'm thinking. It looks the same from outside.]]"

Tova is already on her knees by the fireplace, running her fingers along the skirting board. The room is meant to be a Victorian study. There is a stuffed owl, a desk with three locked drawers, and a painting of a man with enormous sideburns who looks like he disapproves of all of them.

"[[Tova|a|There's a number scratched here,]]" she says. "[[Tova|a|Four, seven, something. Someone's scuffed it.]]"

"[[Delia|i|Four seven what?]]"

"[[Tova|i|Something. I said.]]"

"[[Fraser|i|The owl's got a key in it.]]"

"[[Kobby|i|In it?]]"

"[[Fraser|i|In its mouth. Do I take it?]]"

"[[Delia|i|Obviously you take it.]]"

"[[Fraser|i|What if it's a trap?]]"

"[[Delia|i|It's an escape room, Fraser. It's all a trap. That's the point.]]"

He takes it. Nothing happens. No alarm, no trapdoor, no net. He looks almost disappointed, and turns the little brass key over and over in his palm.

"[[Nico|a|Good evening, detectives,]]" says a voice from the ceiling, smooth and far too pleased with itself. "[[Nico|a|You have fifty-one minutes to find the stolen will. Would you like a clue?]]"

"[[Kobby|i|No!]]"

"[[Tova|i|Yes.]]"

"[[Kobby|i|Tova. We said no clues. We said it in the car.]]"

"[[Tova|i|You said it in the car. I was asleep in the car.]]"

The speaker gives a polite electronic cough. "[[Nico|i|I'll take that as a maybe.]]"

The clock says forty-eight. The key fits the middle drawer on the second try. Inside there is a letter, a magnifying glass, and a padlock with four wheels. Delia snatches the glass and holds it over the painting.

"[[Delia|i|There. In his sideburns. Nine.]]"

"[[Fraser|i|You're joking.]]"

"[[Delia|i|Look for yourself.]]"

He looks. She's not joking. Kobby is bent over the padlock, turning the wheels, muttering the numbers as he goes.

"[[Kobby|i|Four, seven, nine, and the last one—]]"

"[[Tova|e|Two,]]" says Tova, from the hearth, where she has scraped the last of the scuff away with a fingernail. "[[Tova|e|It's a two.]]"

The lock falls open. Somewhere behind the painting a bolt slides back, and the whole wall swings out into a corridor full of cardboard cobwebs and dim green light.

"[[Nico|a|Well,]]" says the ceiling, sounding genuinely put out. "[[Nico|a|That's a new record. I'm going to have to tell my manager.]]"

"[[Kobby|i|Who are you, anyway?]]"

"[[Nico|i|Nico. I'm the games master. Also the owl. Also the ghost in room two. It's a small company.]]"

Delia laughs, and Fraser looks up at the speaker as if the owl might be listening too. Tova is already through the gap in the wall.

"[[Tova|i|Come on! There's a coffin.]]"

"[[Fraser|i|I'm not getting in a coffin.]]"

"[[Delia|i|Nobody's asking you to get in the coffin.]]"

"[[Nico|a|Actually,]]" says the ceiling, "[[Nico|a|somebody does have to get in the coffin.]]"

Fraser closes his eyes. Kobby claps him on the shoulder, hard, and steers him towards the green light and the cobwebs and the long, creaking lid.
