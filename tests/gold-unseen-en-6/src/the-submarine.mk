#story the-submarine en
#char Iwu|female|Captain Iwu;Captain;Adaeze;Adaeze Iwu;Skipper;ma'am
#char Brisco|male|Commander Brisco;Lieutenant Commander Brisco;XO;Tom Brisco
#char Roos|female|Malin;Malin Roos;Petty Officer Roos
#char Haldane|male|Chief;Chief Haldane
#char Ferdie|male|Ferdinand;Ferdie Okello;Okello
#chapter Chapter 7: Silent Running
---
Chapter 7: Silent Running

The control room of the Gannet was never quiet, but at three hundred metres it had learned to whisper.

"[[Roos|i|Contact. Bearing two-seven-zero.]]" Petty Officer Roos had one hand pressed to her headset and her eyes shut. "[[Roos|i|Twin screws. Big.]]"

"[[Iwu|i|How far?]]"

"[[Roos|i|Eight thousand yards and closing, ma'am.]]"

Captain Iwu did not move from the periscope stand. She never moved when things were bad; it was the first thing Brisco had learned about her, three patrols ago.

"[[Iwu|a|All stop,]]" she said. "[[Iwu|a|Rig for silent running.]]"

"[[Brisco|a|All stop,]]" the executive officer repeated into the handset, low. "[[Brisco|a|Rig for silent running. Pass it on.]]"

The hum of the motors died away, and the air fans, and the pump in the galley. In the silence Brisco could hear the boat ticking as it cooled, and somebody's watch, and his own heart.

"[[Haldane|i|Control, engine room.]]" The intercom was turned down to a murmur. "[[Haldane|i|We've got a leak on the aft gland. Small. Dripping.]]"

"[[Brisco|i|How small?]]"

"[[Haldane|i|Teacup an hour. It's the noise I'm worried about, not the water.]]"

"[[Iwu|i|Can you stop it, Chief?]]"

"[[Haldane|i|I can stop it with a wrench, Skipper, and the wrench'll ring like a church bell.]]"

"[[Iwu|i|Then leave it.]]"

"[[Haldane|i|Aye. Leaving it. I'll just sit here and watch it, then, shall I?]]"

Roos lifted one hand, and every head in the room turned to her.

"[[Roos|i|She's slowing. She's listening.]]"

"[[Brisco|i|Has she heard us?]]"

"[[Roos|i|I don't know, sir. I don't think so. She's turning.]]"

The hatch at the back of the control room swung open, and a round young man in an apron backed through it with a tray of mugs, whistling.

Nine people hissed at him at once. The whistle stopped mid-note.

"[[Ferdie|a|Sorry,]]" he mouthed. "[[Ferdie|a|Sorry, sorry. Cocoa?]]"

"[[Iwu|i|Okello. Put the tray down. Very gently.]]"

The cook put the tray down as if it were made of eggshells, and stood beside it, and did not breathe. Brisco had never seen Ferdie Okello silent for more than four seconds in his life.

"[[Roos|i|Still turning. Bearing two-nine-zero. Two-nine-five.]]" A long pause. "[[Roos|i|She's opening. She's going away.]]"

"[[Iwu|i|You're sure?]]"

"[[Roos|i|Sure as I can be, ma'am. Screws fading. Ten thousand yards.]]"

The minutes went by. Nobody drank the cocoa. Somebody at the planes shifted in his seat and the leather creaked, and he froze, and Brisco saw a bead of sweat run down the back of his neck and into his collar.

"[[Roos|i|Twelve thousand.]]"

The captain let out a breath she must have been holding since the first contact. She looked, for a moment, very tired.

"[[Iwu|a|Well done, Roos,]]" she said. "[[Iwu|a|Well done, everyone. Stay quiet another hour. Chief?]]"

"[[Haldane|i|Still dripping, Skipper.]]"

"[[Iwu|i|Then fix it. Quietly. Put a sock on the wrench.]]"

"[[Haldane|i|Aye, ma'am.]]" There was the faintest sound, down the intercom, of a man trying not to laugh.

Brisco reached past the cook and took a mug of cocoa off the tray. It was lukewarm. It was the best thing he had ever tasted.

"[[Ferdie|i|Was that the enemy, sir?]]"

"[[Brisco|e|That,]]" said Brisco, "[[Brisco|e|was a very large fishing trawler. Don't tell anyone.]]"
