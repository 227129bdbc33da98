#story the-tram-depot en
#char Zuzana|female|Zuzka;Zuzana Brezina;Brezina
#char Oskar|male|Oskar Maly;Maly
#char Radomir|male|Rado;Mr Havel;Havel;Radomir Havel
#char Lidka|female|Ludmila;Ludmila Novak;Mrs Novak;Novak
#chapter Chapter 12: Last Tram
#note Previously: Zuzka found a ticket from 1961 in the driver's cab. Now the depot is locked for the night.
#note End Notes: Tram 9 is based on a real one I rode as a kid. It did not have a ghost, as far as I know.
---
Night Lines

Chapter 12: Last Tram

Previously: Zuzka found a ticket from 1961 in the driver's cab. Now the depot is locked for the night.

The last tram comes in at 00:40, and Zuzka brings it down the depot fan with the bell clanging because she likes the echo.

"[[Oskar|i|You'll wake the dead.]]" Oskar is waiting at the pit with a torch, grinning up at her.

"[[Zuzana|i|The dead have been awake all week. Did you check number nine?]]"

"[[Oskar|i|Twice. No ghost. A lot of chewing gum.]]"

"[[Zuzana|i|Someone's been sitting in the cab. The seat was warm when I took it out this morning.]]"

"[[Oskar|i|Seats are warm. That's what seats do when someone sits in them.]]"

"[[Zuzana|i|Nobody sat in it, Oskar. It was locked.]]"

She climbs down. The depot is huge and mostly dark, rows of trams asleep in their bays, and somewhere at the far end someone is singing.

They both stop.

"[[Oskar|a|That's coming from nine,]]" he says.

"[[Zuzana|i|You said no ghost.]]"

"[[Oskar|i|I said no ghost at six o'clock.]]"

They walk down the bay together, not quite holding hands. The singing gets louder: an old song, something about a river, in a woman's cracked alto. Number nine's doors are open. Inside, a small figure in a blue tabard is sweeping between the seats.

"[[Lidka|a|Mind my floor,]]" says the figure, without turning round. "[[Lidka|a|It's wet.]]"

"[[Zuzana|i|Who are you?]]"

"[[Lidka|i|Who am I? I'm the cleaner. Who are you?]]"

"[[Zuzana|i|I drive this tram.]]"

"[[Lidka|i|Then you're the one who leaves the crisps.]]" The woman turns. She is about eighty, with a face like a walnut. "[[Lidka|i|Ludmila Novak. Lidka. Thirty years I've done the night shift on this one.]]"

"[[Oskar|i|Nobody told us there was a night cleaner.]]"

"[[Lidka|i|Nobody tells anybody anything in this depot.]]"

A door bangs at the end of the shed, and a torch beam comes swinging down the rails towards them, and a man's voice with it.

"[[Radomir|a|Who's in there?]]" calls the voice. "[[Radomir|a|The depot's closed. I'll call security.]]"

"[[Oskar|i|It's us, Mr Havel!]]"

"[[Radomir|i|Oskar? What are you doing in nine at this hour?]]"

The depot manager climbs aboard, out of breath, in a coat over his pyjamas. He sees Lidka and stops dead.

"[[Radomir|a|Mrs Novak,]]" he says. "[[Radomir|a|I thought you retired.]]"

"[[Lidka|i|I did. Nine didn't.]]"

"[[Zuzana|i|You've been cleaning it for free?]]"

"[[Lidka|i|Somebody has to. You people have no respect for a tram.]]"

Rado takes off his glasses and rubs his eyes, and for a moment nobody says anything at all.

"[[Radomir|e|Tea,]]" Rado says finally. "[[Radomir|e|In my office. All of you. And then, Mrs Novak, we are going to talk about your wages.]]"

"[[Lidka|i|Finally.]]"

End Notes: Tram 9 is based on a real one I rode as a kid. It did not have a ghost, as far as I know.
