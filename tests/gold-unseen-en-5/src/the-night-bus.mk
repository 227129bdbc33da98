#story the-night-bus en
#char Teddy|female|Teodora;Miss Ruiz;Ruiz
#char Kofi|male|
#char Pugh|male|Mr Pugh;Barnaby;Barnaby Pugh
#char Sparrow|female|Mrs Sparrow
#note Summary: The N38 doesn’t stop at Hollow Lane. Tonight it does.
#note Notes: Last Stop fandom, for the Halloween swap. Teddy and Kofi are canon, the bus is canon, Mrs Sparrow is mine. Content note for one (1) ghost.
---
Request Stop

Summary: The N38 doesn’t stop at Hollow Lane. Tonight it does.

Notes: Last Stop fandom, for the Halloween swap. Teddy and Kofi are canon, the bus is canon, Mrs Sparrow is mine. Content note for one (1) ghost.

Kofi fell asleep on my shoulder somewhere past the ring road, and I didn’t have the heart to wake him until the bus stopped where no bus should.

‘[[Kofi|i|Mm. Are we home?]]’

‘[[Teddy|i|No. Kofi. Look where we are.]]’

He looked. The windows were fogged, but through the patch his sleeve cleared I could see the sign on the shelter: HOLLOW LANE. There had been no Hollow Lane on the N38 for forty years.

‘[[Kofi|a|Oh, that’s not good,]]’ he said. ‘[[Kofi|a|We don’t stop here, Teddy. Nobody stops here.]]’

The speakers crackled.

‘[[Pugh|a|Sorry for the delay, ladies and gents,]]’ said a voice over them, flat and bored. ‘[[Pugh|a|We’re just waiting on a passenger. Won’t be a tick.]]’

‘[[Teddy|a|Which passenger?]]’ I said to nobody.

The doors hissed open. In came the wet-leaf cold of late October, and behind it an old woman in a hat with a feather in it, climbing the step very slowly, one gloved hand on the rail.

‘[[Sparrow|i|Evening, dear. Is this seat taken?]]’

It was the seat across the aisle from me. It wasn’t taken. Apart from us, the bottom deck was empty.

‘[[Teddy|a|Go ahead,]]’ I said, because Gran raised me properly.

She sat. She folded her hands on her handbag. She had no reflection in the window, and Kofi, who noticed at the same moment I did, made a small noise like a kettle.

‘[[Kofi|i|Teddy.]]’

‘[[Teddy|i|I know.]]’

‘[[Kofi|i|Teddy, she’s—]]’

‘[[Teddy|i|I know, Kofi.]]’

‘[[Sparrow|i|You’ll be the Ruiz girl.]]’ The old woman was smiling at me. ‘[[Sparrow|i|Teodora. You’ve got your grandmother’s nose.]]’

‘[[Teddy|i|You knew my gran?]]’

‘[[Sparrow|i|We rode this bus together every night for thirty-one years. Nights at the bakery, both of us. She’d save me a seat.]]’ She patted the one beside her. ‘[[Sparrow|i|She’s not been on lately.]]’

Something went tight in my throat. Gran had died in March.

‘[[Teddy|a|She’s not coming,]]’ I said. ‘[[Teddy|a|I’m sorry. She passed. In the spring.]]’

The old woman looked at the empty seat for a long time.

‘[[Sparrow|i|Ah. Well. That explains it.]]’

‘[[Kofi|e|Explains what?]]’ Kofi whispered, before I could kick him.

‘[[Sparrow|i|Why she’s stopped saving my seat, love.]]’

The cab door banged, and the driver came down the aisle towards us, a short man in a peaked cap with a ticket machine round his neck.

‘[[Pugh|i|All right, Mrs Sparrow?]]’

‘[[Sparrow|i|Evening, Barnaby. I won’t be riding tonight after all.]]’

‘[[Pugh|i|No?]]’

‘[[Sparrow|i|No. I was only waiting for Consuelo, and it turns out she went on ahead.]]’ She stood, slow and careful, and touched my cheek with one cold glove. ‘[[Sparrow|i|Thank you for telling me, Teodora. Mind how you go.]]’

Then she walked down the bus, and down the step, and out into the dark, and the dark took her.

Kofi let out a breath. The driver looked at the two of us and sighed.

‘[[Pugh|i|Next stop Tennyson Road. You two all right?]]’

‘[[Kofi|e|No,]]’ said Kofi. ‘[[Kofi|e|Not even slightly, Mr Pugh. Can we sit up the front with you?]]’

‘[[Pugh|i|Go on, then.]]’ He almost smiled. ‘[[Pugh|i|Mind the step, Miss Ruiz. She always said that too.]]’

‘[[Teddy|i|Who, Gran?]]’

‘[[Pugh|i|Both of them.]]’
