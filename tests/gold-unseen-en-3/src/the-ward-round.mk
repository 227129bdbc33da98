#story the-ward-round en
#char Fen|female|Fen Achterberg;Dr Achterberg;Achterberg
#char Iqbal|male|Hassan Iqbal;Dr Iqbal;Hassan
#char Bramley|female|Sister Bramley;Sister
#char Rhys|male|
#char Pruitt|male|Mr Pruitt
#chapter Chapter 7: Bed Nine
#note Chapter Notes: Back to Holloway General! Thank you for 300 kudos, you are all unwell and I love you. Medical accuracy has left the building.
---
Rounds

Chapter 7: Bed Nine

Chapter Notes: Back to Holloway General! Thank you for 300 kudos, you are all unwell and I love you. Medical accuracy has left the building.

Ward Six at seven in the morning smells of toast and disinfectant, and Fen is already late.

‘[[Bramley|i|Dr Achterberg.]]’ Sister Bramley does not look up from the drug chart. She never looks up. She simply knows. ‘[[Bramley|i|How nice of you to join us.]]’

‘[[Fen|i|Sorry, Sister. The lift—]]’

‘[[Bramley|i|The lift has been broken since nineteen ninety-eight, pet. Take the stairs like the rest of us.]]’

Rhys, wheeling the obs machine past, catches Fen’s eye and taps his watch. Fen pulls a face at him. He grins and disappears behind the curtains of bed four.

The registrar arrives at a quarter past, which is apparently not late when you are the registrar. Hassan Iqbal is tall and tired and has a coffee in each hand, and he gives one of them to Sister Bramley without a word, as if paying a toll.

‘[[Iqbal|e|Right,]]’ says Iqbal. ‘[[Iqbal|e|Who have we got?]]’

‘[[Fen|i|Bed one, Mrs Odell, chest infection, much better overnight. Bed two—]]’

‘[[Iqbal|i|Skip to the interesting ones.]]’

‘[[Fen|i|They’re all interesting.]]’

‘[[Iqbal|i|That’s adorable. Skip to the ones who might die.]]’

Sister Bramley snorts into her coffee. ‘[[Bramley|i|Nine.]]’

‘[[Iqbal|i|Nine?]]’

‘[[Bramley|i|Came up from A and E at four. Nobody can work out what he’s got, and he won’t stop asking for a Dr Wren.]]’

‘[[Iqbal|i|There isn’t a Dr Wren.]]’

‘[[Bramley|i|I did tell him.]]’

They walk down to the end of the ward together. The curtains around bed nine are drawn, and before Fen can reach for them a voice comes from behind the fabric, cracked and cheerful.

‘[[Pruitt|i|Is that her? Is that the new one?]]’

Iqbal pulls the curtain back. The man in the bed is perhaps eighty, with a magnificent white moustache and a hospital gown on inside out.

‘[[Iqbal|e|Good morning,]]’ Iqbal says. ‘[[Iqbal|e|I’m Dr Iqbal. This is Dr Achterberg. And you are Mr Pruitt.]]’

‘[[Pruitt|i|So they tell me.]]’ The old man squints at Fen. ‘[[Pruitt|i|You’re not Wren.]]’

‘[[Fen|i|No, I’m sorry. I don’t think we have a—]]’

‘[[Pruitt|i|You’ve got her hands, though. She had hands like that. Always cold.]]’

[[Fen|eT|*How does he know my hands are cold,*]] Fen thinks, and then, absurdly, [[Fen|eT|*they are, though.*]]

Rhys pokes his head through the gap in the curtains. ‘[[Rhys|i|Sorry. Hassan, you’re wanted in Resus. Now-now, not in-a-minute now.]]’

Iqbal swears under his breath, hands Fen the notes, and goes. Rhys goes with him. The curtain swings shut behind them, and it is only Fen and Sister Bramley and Mr Pruitt, who is watching her with bright, wet eyes.

‘[[Pruitt|i|She worked here, you know. Wren. During the war.]]’

‘[[Bramley|e|This hospital wasn’t built until sixty-two, Mr Pruitt,]]’ says Sister Bramley, but gently, more gently than Fen has ever heard her say anything.

‘[[Pruitt|i|Not this building, Sister. This ward.]]’

Fen looks down at the notes. Under the name, in a hand she doesn’t recognise, someone has written in pencil: ask for Wren.

‘[[Fen|e|Sister,]]’ Fen says slowly, ‘[[Fen|e|who wrote this?]]’

Sister Bramley takes the notes and stares at them for a long moment.

‘[[Bramley|i|Nobody on my ward, pet.]]’
