#story the-tattoo-parlour en
#char Rory|male|Rory Flanagan;Flanagan
#char Juniper|female|Juni;Juniper Dorn;Dorn
#char Anton|male|Anton Dorn;Ant
#char Bex|female|Rebecca
#note A/N: Needlework (the webcomic) fandom. Rory/Juni if you squint. Title from a thing my mum said when I showed her mine.
---
Ink Blot

A/N: Needlework (the webcomic) fandom. Rory/Juni if you squint. Title from a thing my mum said when I showed her mine.

The bell over the door of Dorn & Dorn sounds like a goat, and everybody in the shop looks up when it goes.

“[[Juniper|i|We’re closed.]]” The woman behind the counter doesn’t stop sketching. She has ink to the elbows and a pencil behind each ear. “[[Juniper|i|Sign says closed.]]”

“[[Rory|a|Sign says open,]]” I tell her. “[[Rory|a|I checked. Twice.]]”

“[[Anton|a|He’s right, Juni,]]” calls somebody from the back room, over the buzz of a machine. “[[Anton|a|You never flipped it.]]”

She puts the pencil down with a sigh that goes on for a while.

“[[Juniper|i|Fine. What do you want?]]”

“[[Rory|i|A swallow. Here.]]” I hold out my wrist. “[[Rory|i|Small. Just the outline.]]”

“[[Juniper|i|First one?]]”

“[[Rory|i|How can you tell?]]”

“[[Juniper|i|You’re holding your arm like it’s going to bite you. Name?]]”

“[[Rory|i|Rory.]]”

“[[Juniper|i|Sit down, Rory. Don’t touch anything.]]”

I sit in the big black chair and don’t touch anything. The buzzing in the back room stops. A man comes out wiping his hands on a towel, tall, bald, with a swallow of his own on the side of his neck, and looks me up and down.

“[[Anton|i|He’s going to faint.]]”

“[[Juniper|i|He’s not going to faint, Anton.]]”

“[[Anton|i|They always faint, the quiet ones.]]”

“[[Rory|i|I’m not going to faint.]]”

He grins at me. He has the same eyes as her, grey and sharp as the needles in the tray.

“[[Anton|a|Ten quid says he faints,]]” he says to his sister.

“[[Juniper|i|Twenty says he doesn’t. Go and finish your client.]]”

He goes. The machine starts up again behind the curtain.

“[[Rory|i|Is he always like that?]]”

“[[Juniper|i|Since he was four. He’s my little brother, if you can believe it.]]”

“[[Rory|i|He’s twice your size.]]”

“[[Juniper|i|He’s twice everyone’s size. Hold still.]]”

She swabs my wrist, cold and sharp with alcohol, and draws the bird on in purple ink, and I watch her mouth go tight with concentration.

The goat bell goes again. A girl with a shaved head and a guitar case puts her head round the door.

“[[Bex|i|Is Ant in?]]”

“[[Juniper|i|Back room, Bex. He’s with someone.]]”

“[[Bex|i|I’ll wait.]]” She drops into the chair beside mine and looks at my wrist. “[[Bex|i|Swallow? Classic. You know what they mean?]]”

“[[Rory|i|Coming home.]]”

“[[Bex|a|Coming home,]]” she agrees, and I think she is going to say something else, but then the needle touches my skin and I forget about everything.

It doesn’t hurt the way I thought it would. It’s like a cat scratching, over and over, in the same place, and after a while it is almost nice, the buzz and the radio and the smell of green soap.

“[[Juniper|i|Breathe, Rory.]]”

“[[Rory|i|I’m breathing.]]”

“[[Juniper|i|You’re holding it. Breathe out.]]”

I breathe out. When I look down again there is a small black bird on my wrist, wings open, and it is the best thing I have ever seen.

The curtain swishes. Anton leans in the doorway with his arms folded.

“[[Anton|i|Well?]]”

“[[Rory|a|Twenty quid,]]” I say. “[[Rory|a|She wins.]]”
