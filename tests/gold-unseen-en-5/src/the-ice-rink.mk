#story the-ice-rink en
#char You||Y/N
#char Aksel|male|Aks;Lindqvist;Aksel Lindqvist
#char Marchetti|female|Coach;Coach Marchetti;Ilona;Ilona Marchetti
#char Rourke|male|Mr Rourke;Gerry
#char Petra|female|
#chapter Chapter 5: Edges
#note Chapter Notes: Crossover Edge pairs AU. Reader is Aksel's pairs partner, gender-neutral, no physical description. Chapter four made you cry, so this one is nicer.
---
Thin Ice

Chapter 5: Edges

Chapter Notes: Crossover Edge pairs AU. Reader is Aksel's pairs partner, gender-neutral, no physical description. Chapter four made you cry, so this one is nicer.

The rink is yours from six until seven, which means it is yours and Aksel's, which means it is mostly Aksel's.

"[[Marchetti|e|Again,]]" Coach Marchetti calls from the boards, without looking up from her phone. "[[Marchetti|e|And this time, Y/N, land it like you mean it.]]"

You skate back to the corner, breath smoking. Aksel is already there, bent over with his hands on his knees.

"[[Aksel|i|She's not even watching.]]"

"[[You|i|She's always watching.]]"

"[[Aksel|i|She's texting her ex-husband about the dog.]]"

"[[Marchetti|i|I heard that, Lindqvist.]]"

He straightens up with a grin that doesn't reach his eyes. You know that grin. It's the one he wears in the kiss-and-cry when the marks are bad.

"[[You|a|Hey,]]" you say, quieter. "[[You|a|Your knee?]]"

"[[Aksel|i|Fine.]]"

"[[You|i|Aks.]]"

"[[Aksel|i|It's fine. Twist, then the throw. Let's go.]]"

You go. The twist is clean: his hands at your waist, the ice dropping away, his hands again, catching. The throw is not clean. You feel him hesitate on the take-off, a quarter-second, a half, and you come down on the wrong edge and the ice comes up to meet your hip.

"[[Marchetti|i|Stop. Stop, stop.]]" Now she's watching. She's through the gate and onto the ice in her boots, skidding. "[[Marchetti|i|Are you hurt?]]"

"[[You|i|No. Maybe. Just my pride.]]"

"[[Marchetti|i|Your pride is not my concern.]]" She hauls you up by the elbow and looks past you at Aksel, who hasn't moved. "[[Marchetti|i|And you. Off the ice.]]"

"[[Aksel|i|Coach—]]"

"[[Marchetti|i|Off. Now. Show me the knee.]]"

The tannoy crackles overhead, a burst of static and then a cough.

"[[Rourke|i|Morning, all. Zamboni's going on at quarter to, so if Team Marchetti could start wrapping it up.]]"

"[[Marchetti|a|We're injured, Gerry!]]" she shouts at the ceiling.

"[[Rourke|i|Oh. Sorry. Take your time, then.]]"

Aksel sits on the bench by the boards and rolls up the leg of his tights. His knee is the size of a grapefruit.

"[[You|a|Since when?]]" you ask.

"[[Aksel|i|Nationals.]]"

"[[You|i|Nationals was three weeks ago.]]"

"[[Aksel|i|I know when Nationals was, Y/N.]]"

A small figure in a pink fleece comes clattering down the matting with a water bottle in each hand: Petra, the junior who has the seven o'clock slot.

"[[Petra|i|I brought waters. Is he dead?]]"

"[[Aksel|i|Not yet.]]"

"[[Marchetti|e|Petra, go and find Mr Rourke and ask him for the ice packs,]]" Coach says. "[[Marchetti|e|The big ones, from the freezer in his office.]]"

Petra goes, at a run. Marchetti kneels in front of Aksel and presses two fingers to the side of his knee, very gently, and he hisses through his teeth.

"[[Marchetti|i|Three weeks. You skated qualifiers on this.]]"

"[[Aksel|i|We qualified.]]"

"[[Marchetti|i|You could have ended your career.]]"

"[[Aksel|a|We qualified,]]" he says again, and he looks at you, not at her. "[[Aksel|a|I wasn't going to be the reason we didn't.]]"

You sit down next to him on the bench. Your hip aches. So does something under your ribs.

"[[You|i|You absolute idiot.]]"

"[[Aksel|i|Yeah.]]"

"[[You|i|We'd have gone next year.]]"

"[[Aksel|i|You wouldn't have waited for me.]]"

"[[You|a|I'd have waited for you,]]" you tell him. "[[You|a|I'd have waited ten years.]]"

Petra comes back with the ice packs, and Mr Rourke puffing behind her, a stout man in a fleece the colour of a traffic cone.

"[[Rourke|i|Physio's in at eight. I'll ring her now, love.]]"
