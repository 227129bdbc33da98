#story the-mountain-hut en
#char Ingrid|female|Ingrid Halvorsen;Halvorsen;Inge
#char Bram|male|Abraham;Bram Visser;Visser
#char Nadia|female|Nadia Kaur;Kaur;Nads
#char Mattias|male|Mattias Kerr;Kerr
#note Summary: Three climbers, one hut, a storm coming in over the col. Someone is knocking.
#chapter Chapter 1: The Col
#chapter Chapter 2: The Knock
---
Whiteout

Summary: Three climbers, one hut, a storm coming in over the col. Someone is knocking.

Chapter 1: The Col

By four the cloud had come down so far that Ingrid could not see the end of the rope.

'[[Bram|e|Hut's there,]]' Bram shouted back to her. '[[Bram|e|Fifty metres. I can see the flag.]]'

'[[Nadia|i|You said that an hour ago.]]'

'[[Bram|i|I could see it an hour ago.]]'

They reached the door in a scramble of ice and swearing. Inside it was dark and smelled of old paraffin, and there were six bunks and a stove and a logbook with a pencil on a string.

'[[Ingrid|a|Stove first,]]' she said, stamping her boots. '[[Ingrid|a|Then the radio. Nadia, can you get a signal?]]'

'[[Nadia|i|Not in here. The mast's round the back.]]'

'[[Bram|i|You're not going out in that.]]'

'[[Nadia|i|It's twenty steps, Bram. I'll clip on to the line.]]'

She went before he could argue, pulling her hood up, and the wind slammed the door behind her.

'[[Bram|a|She'll be fine,]]' he said, to nobody.

'[[Ingrid|i|She's always fine. Pass me the matches.]]'

Chapter 2: The Knock

The stove was roaring and the pan was on when the knock came: three blows, hard, on the outside of the door.

'[[Bram|e|That's not Nadia,]]' Bram said.

'[[Ingrid|i|How do you know?]]'

'[[Bram|i|She'd have just come in.]]'

'[[Mattias|a|Hello?]]' called someone on the far side of the door, a man's voice, hoarse with cold. '[[Mattias|a|Is anyone there? Please.]]'

Ingrid pulled the bolt. A man in an orange shell jacket half fell over the step, white to the eyebrows, and Bram caught him by the arms and hauled him to the bench by the stove.

'[[Bram|i|Where've you come from?]]'

'[[Mattias|i|The north ridge. Lost my partner's tracks at the bergschrund. Mattias. Mattias Kerr.]]' He was shaking so hard his teeth clicked. '[[Mattias|i|Is there tea?]]'

'[[Ingrid|i|There will be. Bram, get his gloves off.]]'

'[[Bram|i|I'm getting them.]]'

The door crashed open again and Nadia came in backwards, dragging the snow in with her.

'[[Nadia|i|Got through to the valley. They say it clears by morning—]]' She stopped. '[[Nadia|i|Who's this?]]'

'[[Mattias|a|Mattias,]]' said the man on the bench. '[[Mattias|a|Sorry. I know I'm not on the booking.]]'

'[[Nadia|i|There isn't a booking. There's a tin for coins and a sign that says take nothing.]]'

'[[Mattias|i|Then I'm not sorry.]]'

Bram laughed, and then Nadia did, and Ingrid put the first mug into the stranger's hands and folded his fingers round it herself.

'[[Ingrid|i|Your partner. What's his name?]]'

'[[Mattias|i|Her name. Saskia. She turned back at noon. She's in the valley, I hope. I was the stupid one.]]'

'[[Nadia|e|I'll call down again,]]' Nadia said, already reaching for her hood. '[[Nadia|e|Saskia what?]]'

'[[Mattias|i|Saskia Lund.]]'

'[[Bram|i|Take the big torch, Nads. And clip on properly this time.]]'

Nadia went out. The wind took the door and Bram caught it and shut it, and the three of them sat listening to the stove, and the gale, and the long silence outside that meant she was at the mast.

When she came back she was smiling.

'[[Nadia|i|She's at the lodge. She says you're an idiot.]]'

'[[Mattias|a|She's right,]]' he said, and put his face in his hands, and wept.
