#story the-orchestra-pit en
#char Solveig|female|Solveig Aune;Aune
#char Valdis|male|Maestro;Maestro Valdis
#char Eamon|male|Eamon Roche;Roche
#char Celestine|female|Celie;Miss Celestine
#char Ludo|male|Ludovic
#note Series: Pit Crew (Part 3)
#note A/N: Not a musician, just married to one. Any mistakes about oboes are his fault.
---
Overture

Series: Pit Crew (Part 3)

A/N: Not a musician, just married to one. Any mistakes about oboes are his fault.

Four minutes to the downbeat, and the harp was still in its cover.

“[[Eamon|e|She’s not coming,]]” Eamon said, sucking on his reed. “[[Eamon|e|She’s not coming and we’ll do the whole first act without a harp and nobody in the stalls will notice.]]”

“[[Solveig|i|The Maestro will notice.]]”

“[[Eamon|i|The Maestro notices the weather.]]”

Ludo looked up from his timpani. “[[Ludo|i|He noticed my socks once.]]”

“[[Eamon|i|Everyone noticed your socks, Ludo.]]”

“[[Ludo|i|They were festive.]]”

“[[Solveig|i|It was March.]]”

Solveig checked her A again against the oboe and looked up at the rail, where the pit lights met the dark of the house. Eight hundred people were settling into their seats up there, coughing and unwrapping sweets. [[Solveig|aT|*Come on, Celie,*]] she thought. [[Solveig|aT|*Don’t do this to me tonight.*]]

The pass door opened with a bang and a woman in black came skidding down the steps with her hair half pinned and her shoes in her hand.

“[[Celestine|a|Sorry!]]” she gasped. “[[Celestine|a|Sorry, sorry. The bridge was up. Is he here?]]”

“[[Eamon|i|Not yet.]]”

“[[Celestine|i|Thank God.]]”

“[[Ludo|i|Your cover’s still on.]]”

“[[Celestine|i|I know my cover’s still on, Ludovic, I’ve got eyes.]]”

She tore it off. Solveig helped her tilt the harp back on to her shoulder, and Celestine ran a hand up the strings, wincing.

“[[Celestine|i|Flat. Everything’s flat. It’s been in a cold van.]]”

“[[Solveig|i|How long do you need?]]”

“[[Celestine|i|Ten minutes.]]”

“[[Eamon|i|You’ve got three.]]”

“[[Celestine|i|Then I’ll do it in three.]]”

She did it in two and a half, tuning key flying, head bent close to the wood. Ludo watched with his mouth open.

Then the house lights dimmed and the murmur above them dropped away, and a thin man in tails slipped down the pit steps and climbed on to the podium. He looked round at them all, one by one, and his eyes rested on the harp for a long moment.

“[[Valdis|a|Good evening,]]” he said quietly. “[[Valdis|a|We are all here, I see.]]”

“[[Solveig|i|All here, Maestro.]]”

“[[Valdis|i|Miss Celestine. Your hair.]]”

Celestine put up a hand. There was a pencil stuck through the knot of it.

“[[Celestine|i|It stays in, Maestro. It’s holding everything up.]]”

“[[Valdis|i|Then it stays.]]”

He raised his baton. Solveig lifted her bow and felt the whole pit draw breath with her, forty people and one pencil, and waited.

“[[Ludo|a|Break a leg,]]” whispered somebody behind the timpani.

“[[Eamon|i|That’s theatre, you idiot. This is opera.]]”

The baton came down.

At the interval Celestine slumped against the harp with her eyes closed.

“[[Celestine|i|Did anyone hear the B flat in the second scene?]]”

“[[Eamon|i|No.]]”

“[[Ludo|i|Yes.]]”

“[[Solveig|i|No, Ludo. Nobody heard it.]]”

“[[Ludo|a|Oh,]]” he said. “[[Ludo|a|Right. No. Nobody heard anything.]]”
