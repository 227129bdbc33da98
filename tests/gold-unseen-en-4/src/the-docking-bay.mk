#story the-docking-bay en
#char You||Y/N
#char Solano|female|Rhea Solano;Captain Solano;Captain Rhea Solano;Captain;Cap;Rhea
#char Jax|male|Jaxon
#char Vesta|female|VESTA
#char Hale|female|Marguerite Hale;Dockmaster Hale;Dockmaster
#chapter Chapter 3: Clamps
#note Chapter Notes: Long Haul fandom. Solano x Reader is a slow burn and I mean SLOW. Reader is the ship's mechanic, gender-neutral. Thanks for waiting, my laptop died and took this chapter with it.
---
Docking Fees

Chapter 3: Clamps

Chapter Notes: Long Haul fandom. Solano x Reader is a slow burn and I mean SLOW. Reader is the ship's mechanic, gender-neutral. Thanks for waiting, my laptop died and took this chapter with it.

The port docking clamp has been screaming for six hours, and you are the only person on the Magpie who can hear the difference between a clamp that's complaining and a clamp that's about to let go.

"[[Vesta|a|Pressure in the port seal is falling,]]" the intercom announces, in the same pleasant voice it uses for mealtimes. "[[Vesta|a|Y/N, I thought you would want to know.]]"

"[[You|i|I do want to know, Vesta. Thank you.]]" You wedge yourself further into the crawlspace, wrench between your teeth, then spit it out again. "[[You|i|How fast?]]"

"[[Vesta|i|Fast enough that I have also told the captain.]]"

"[[You|i|Traitor.]]"

Boots on the ladder. You know them before you see them, the way you know the hum of the reactor: heavy, quick, impatient.

"[[Solano|i|Out.]]"

"[[You|i|Cap, I'm nearly—]]"

"[[Solano|i|Out of the crawlspace, now, before the station takes your legs off with my clamp.]]"

You wriggle out backwards. Captain Rhea Solano is standing over you with her arms folded and a smear of grease on her cheek that she doesn't know about, and you are not going to tell her.

"[[You|a|It's not your clamp,]]" you point out. "[[You|a|It's the station's. That's the problem.]]"

"[[Solano|i|Explain.]]"

"[[You|i|They're squeezing us. On purpose. Someone over there wants us to stay docked.]]"

Behind her, Jax drops down the ladder without touching the rungs, which he only does to annoy you, and lands in a crouch.

"[[Jax|e|They want the fees,]]" Jax says. "[[Jax|e|Every hour we sit here is another hundred credits. Old trick.]]"

"[[Solano|i|Then we pay and we leave.]]"

"[[Jax|i|With what money, Rhea?]]"

She gives him a look that could strip paint. He puts his hands up.

Then the airlock chimes, and a short woman with a shaved head and a station clipboard steps through without waiting to be asked, two security officers at her back.

"[[Hale|i|Which of you is the captain?]]"

"[[Solano|i|Depends who's asking.]]"

"[[Hale|i|The dockmaster is asking. Marguerite Hale. You owe my station four thousand credits and your clamp is about to fail, so I'd answer nicely.]]"

"[[You|i|It's failing because you're crushing it.]]"

Hale turns to look at you properly for the first time. "[[Hale|i|And you are?]]"

"[[Solano|a|My mechanic,]]" the captain says, before you can open your mouth. "[[Solano|a|Who is right, as usual. Vesta, play the seal log for the dockmaster.]]"

"[[Vesta|i|With pleasure, Captain.]]"

The log scrolls across the bulkhead screen, a red line dropping in neat steps, one every hour on the hour. Hale reads it. One of the officers coughs.

"[[Hale|e|That's not the clamp's fault,]]" Hale says slowly.

You shake your head. "[[You|i|No.]]"

"[[Hale|i|Somebody in my control room is tightening it by hand.]]" She lowers the clipboard. "[[Hale|i|Fees waived. Clamps released in ten minutes. I'm going to go and shout at someone.]]"

She goes, and her officers go with her, and the airlock cycles shut. Jax lets out a long whistle.

"[[Jax|i|Four thousand credits. I could kiss you.]]"

"[[Solano|i|You could not.]]" The captain isn't looking at him. She's looking at you, and then, very briefly, at your mouth. "[[Solano|i|Good work, Y/N.]]"

"[[You|i|You've got grease on your face, Cap.]]"

"[[Solano|i|Where?]]"

You show her.
