#story the-radio-hour en
#char Marnie|female|Marn
#char Dash|male|Dash Okoro;Okoro;Dashiell
#char Priya|female|
#char Haverford|male|Mr Haverford
#char Agnes|female|
#chapter Chapter 1: Dead Air
#note A/N: Static Hearts, radio station AU!! Marnie and Dash deserve everything. Beta'd by the lovely fernsandfog, any remaining errors are my own.
---
After Midnight

Chapter 1: Dead Air

A/N: Static Hearts, radio station AU!! Marnie and Dash deserve everything. Beta'd by the lovely fernsandfog, any remaining errors are my own.

The red light over the studio door has been on for forty seconds and nobody is talking.

“[[Priya|e|Say something,]]” Priya hisses through the glass. She’s got her headphones half off and both hands pressed flat on the desk like she can hold the whole building up. “[[Priya|e|Marnie. Say anything.]]”

I lean into the mic. My mouth is very dry. “[[Marnie|i|Good evening, Harbor City. You’re listening to The Late Hour on KSTR, and I am not Dash Okoro.]]”

[[Marnie|aT|*Brilliant,*]] I think. [[Marnie|aT|*Inspired. They’ll give you an award.*]]

The door bangs open behind me. Dash comes in sideways, coat half on, a paper cup of coffee in one hand and his bike helmet in the other.

“[[Dash|i|Sorry, sorry, sorry.]]” He drops into the other chair and drags the second mic toward him. “[[Dash|i|Flat tire. Don’t look at me like that, Marn.]]”

“[[Marnie|i|I’m not looking at you like anything.]]”

“[[Dash|i|You’re looking at me like I ran over your cat.]]”

“[[Marnie|i|I don’t have a cat.]]”

“[[Dash|i|That’s what you want me to think.]]”

Through the glass, Priya draws a finger across her throat. Dash grins at her and flips on his mic.

“[[Dash|i|Evening, everybody. Dash here, late as usual. Lines are open. Tell us what’s keeping you up tonight.]]”

The board lights up almost at once. Priya jabs a button and points at me.

“[[Marnie|a|You’re on The Late Hour,]]” I say. “[[Marnie|a|Who’s calling?]]”

For a second there is only hiss. Then a woman’s voice, old and careful, as if she’s reading from a card.

“[[Agnes|i|I’ve been listening to this station since nineteen sixty-one.]]”

“[[Marnie|i|That’s — wow. That’s a long time.]]”

“[[Agnes|i|It is. And I’ve never once called in, dear. Not until tonight.]]”

Dash raises his eyebrows at me. I shrug.

“[[Dash|a|What made tonight different?]]” he asks.

“[[Agnes|i|Someone is broadcasting on your frequency after you sign off. Every night at three. I thought you ought to know.]]”

The door opens again. Mr Haverford, the station manager, is standing there in his cardigan with his arms crossed, which is never good.

“[[Haverford|a|Who’s on the line?]]” he says quietly.

Priya checks her screen. “[[Priya|i|Says her name is Agnes. No last name.]]”

Haverford goes very still. “[[Haverford|i|Put her through to my office.]]”

“[[Dash|e|We’re live,]]” Dash says.

“[[Haverford|i|I know we’re live, Okoro. Play a song. Now.]]”

Dash fumbles for the cart machine, and some eighties ballad swells up out of the speakers. Haverford is already gone. Priya is staring after him.

“[[Priya|a|What was that?]]” she says.

“[[Marnie|i|No idea.]]” I pull my headphones off. “[[Marnie|i|Dash. Three o’clock. Were you here last night?]]”

“[[Dash|i|Until two. You?]]”

“[[Marnie|i|Until one.]]”

“[[Dash|i|So nobody’s here at three.]]”

“[[Marnie|i|Nobody’s supposed to be.]]”

We look at each other over the mics. Agnes’s line is still blinking on the board, a small patient red light.

“[[Dash|e|We’re staying tonight,]]” Dash says.

“[[Marnie|i|Obviously we’re staying tonight.]]”

“[[Priya|a|Then I’m ordering pizza,]]” says a voice from the doorway, and Priya leans in, holding up her phone. “[[Priya|i|Nobody investigates a ghost on an empty stomach, Marnie.]]”
