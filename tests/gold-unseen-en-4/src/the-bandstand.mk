#story the-bandstand en
#char Corrigan|female|Maeve Corrigan;DI Corrigan;Inspector Corrigan;Maeve;Guv
#char Okafor|male|Tunde Okafor;DS Okafor;Sergeant Okafor;Tunde;Sergeant
#char Varga|female|Dr Varga;Lise Varga;Lise
#char Hollis|female|PC Hollis
#note Notes: Northgate CID fandom. Corrigan/Okafor is canon in my heart. Set after series four, spoilers for the finale. I am not a police officer and it shows.
---
Body in the Bandstand

Notes: Northgate CID fandom. Corrigan/Okafor is canon in my heart. Set after series four, spoilers for the finale. I am not a police officer and it shows.

The bandstand in Larkhill Park had been painted green for the jubilee, and the body on its steps had been painted green too, rather less tidily.

‘[[Okafor|i|Morning, guv.]]’ Tunde Okafor was waiting at the tape with two coffees and the expression of a man who had been up since four. ‘[[Okafor|i|Don’t step in the paint.]]’

‘[[Corrigan|i|Is it paint?]]’

‘[[Okafor|i|Mostly.]]’

Corrigan took the coffee and ducked under the tape. A young constable with a clipboard and very red ears hurried after her.

‘[[Hollis|a|Ma’am, you have to sign in,]]’ the constable called. ‘[[Hollis|a|Everyone has to sign in. The sergeant said.]]’

‘[[Corrigan|i|The sergeant can sign for me. Write me down.]]’

She knelt by the steps. The dead man was fifty or so, in a good suit gone to ruin, and his hands were green to the wrists. Somebody had closed his eyes for him, which was more than most of them got.

‘[[Varga|e|He was alive when he started painting,]]’ said Dr Varga from the far side of the bandstand, without looking up from her bag. ‘[[Varga|e|Not when he finished. Good morning, Maeve.]]’

‘[[Corrigan|i|Lise. Time?]]’

‘[[Varga|i|Between midnight and two. Don’t write that down, I’ll change my mind after lunch.]]’

‘[[Corrigan|i|Cause?]]’

‘[[Varga|i|Someone hit him very hard behind the ear. Then, I think, someone finished the railings.]]’

Okafor crouched beside them. ‘[[Okafor|i|Why would you finish the railings?]]’

‘[[Corrigan|i|Because you’re the painter.]]’ Corrigan pointed her cup at the tins stacked by the steps. ‘[[Corrigan|i|Council contract. He’s in a suit, so he’s not the painter. But someone wanted the job done by morning.]]’

‘[[Okafor|i|So we want the painter.]]’

‘[[Corrigan|i|We want the painter.]]’

‘[[Hollis|i|Excuse me.]]’ The constable with the clipboard had crept back, and her ears were redder than ever. ‘[[Hollis|i|Sorry. Only the man who found him said the painter was here at six, same as every day. PC Hollis, ma’am. I took his statement.]]’

Corrigan looked at her properly for the first time.

‘[[Corrigan|i|Where is he now, Hollis?]]’

‘[[Hollis|i|The painter? In the café by the gate. He’s been crying into a bacon roll for an hour.]]’

[[Corrigan|eT|Not another one who cries,]] Corrigan thought, [[Corrigan|eT|they always cry, and the criers are never the ones who did it.]]

‘[[Varga|e|Go on,]]’ said Varga. ‘[[Varga|e|I’ll have him on the table by three. Try not to arrest anyone before I’ve had a sandwich.]]’

They walked. The park was grey and wet and smelled of cut grass and turpentine, and the dog walkers who had gathered at the tape watched them go with the frank, hungry interest of people who would be telling this story in the pub by lunchtime.

‘[[Okafor|i|She’s good, that constable.]]’

‘[[Corrigan|i|She’s terrified of me.]]’

‘[[Okafor|i|Everyone’s terrified of you. She’s good as well.]]’

‘[[Corrigan|i|Are you recruiting, Sergeant?]]’

‘[[Okafor|i|I’m saying you could be nicer.]]’

‘[[Corrigan|i|I bought the coffee last time.]]’

‘[[Okafor|i|You did not, ma’am. You have never once bought the coffee.]]’

She almost smiled. Ahead of them, through the café window, a thin man in spattered overalls looked up from his bacon roll, saw them coming, and ran.

‘[[Corrigan|a|Oh, for God’s sake,]]’ she said, and dropped her cup.
