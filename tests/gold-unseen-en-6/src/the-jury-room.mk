#story the-jury-room en
#char Winnie|female|Winifred;Winifred Castellano;Castellano;Mrs Castellano
#char Tabitha|female|Tabitha Oyelaran;Oyelaran;Mrs Oyelaran;Tabs
#char Rupert|male|Rupert Ollerenshaw;Ollerenshaw;Mr Ollerenshaw;Foreman
#char Caleb|male|Caleb Strand;Strand
#char Dobbs|male|Mr Dobbs
#note Summary: Eleven jurors want to go home. Winnie wants to know why the clock stopped at 9:14.
#note Notes: For the Courtside fandom, set during the Harker trial arc. No beta, we die like men.
---
Reasonable Doubt, Unreasonable Coffee

Summary: Eleven jurors want to go home. Winnie wants to know why the clock stopped at 9:14.

Notes: For the Courtside fandom, set during the Harker trial arc. No beta, we die like men.

The jury room smelled of burnt coffee and wet umbrellas, and the vote on the whiteboard said eleven to one.

"[[Rupert|i|Right.]]" Rupert Ollerenshaw capped his marker with a click. He had volunteered to be foreman before anyone else had taken their coat off. "[[Rupert|i|Let's hear it, then. Mrs Castellano?]]"

"[[Winnie|i|The clock.]]"

"[[Rupert|i|The clock.]]"

"[[Winnie|i|The kitchen clock in the photographs. It says nine fourteen. The neighbour said she heard the shout at ten.]]"

"[[Caleb|a|Clocks stop,]]" said the young man by the window. He had not taken his earbuds out all week. "[[Caleb|a|My nan's has been stuck on half six since I was born.]]"

"[[Tabitha|i|Your nan wasn't murdered, Caleb.]]"

Tabitha Oyelaran had been knitting since the first morning of the trial, and she did not look up from it now. Winnie had assumed she was asleep half the time. Apparently not. She had a ball of mustard wool in her lap and a face like a closed door.

"[[Caleb|i|I'm just saying.]]"

"[[Tabitha|i|I know what you're saying. Winnie, go on.]]"

"[[Winnie|i|If it stopped at nine fourteen, someone stopped it. And if someone stopped it—]]"

"[[Rupert|e|Then it was him,]]" said Rupert. "[[Rupert|e|Eleven to one.]]"

"[[Winnie|i|Then he had an alibi until nine thirty. The bus driver saw him.]]"

Nobody said anything. Caleb pulled one earbud out.

"[[Caleb|i|Hang on.]]"

"[[Rupert|i|Don't you start.]]"

"[[Caleb|i|No, hang on. The driver was sure. He said the bloke paid in coins and dropped one.]]"

"[[Tabitha|a|Ten pence,]]" she said, counting stitches. "[[Tabitha|a|Under the seat. I wrote it down.]]"

There was a knock at the door, two raps, polite and heavy.

"[[Dobbs|a|Everything all right in there?]]" came a voice from the corridor. "[[Dobbs|a|His Honour's asking if you need another night.]]"

"[[Rupert|i|No!]]"

"[[Winnie|i|Yes.]]"

The door opened a crack, and the usher, Mr Dobbs, put his grey head round it like a tortoise testing the weather.

"[[Dobbs|i|Which is it?]]"

"[[Rupert|e|Give us an hour,]]" Rupert said, and Dobbs withdrew. Rupert turned back to the board, and he was red to the ears. "[[Rupert|e|One hour. Then I'm writing guilty and going home to my dog.]]"

Caleb got up, muttering about the vending machine, and went out after the usher. The door swung shut behind him, and the room was suddenly very quiet, only the radiator ticking and the rain against the glass.

"[[Tabitha|e|He'll be back,]]" Tabitha said. "[[Tabitha|e|He's left his phone.]]"

"[[Rupert|i|Good. Quieter.]]"

"[[Winnie|i|You don't mean that, Rupert.]]"

"[[Rupert|i|I mean every word.]]" But he wiped out the eleven and the one, and stood there with the cloth in his hand.

Caleb came back with four cups of tea on a cardboard tray and set them down in the middle of the table.

"[[Caleb|a|The machine was out of coffee,]]" he said. "[[Caleb|a|Also, I've changed my mind.]]"

"[[Rupert|i|You can't change your mind over a cup of tea.]]"

"[[Caleb|i|Watch me. Ten to two.]]"

Tabitha finished her row, laid the needles down, and reached for a cup.

"[[Tabitha|a|Three,]]" she said. "[[Tabitha|a|Write it down, love.]]"
