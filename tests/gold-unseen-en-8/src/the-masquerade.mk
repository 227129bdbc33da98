#story the-masquerade en
#char You|female|Y/N;Lady Y/N
#char Caedmon|male|Lord Caedmon;Caed
#char Seraphine|female|Lady Seraphine;Sera
#char Footman|male|
#note Rating: Teen And Up Audiences
#note Relationship: Caedmon/Reader
#note Additional Tags: Reader-Insert, Masks, Mutual Pining, Fluff
---
Behind the Silver Mask

Rating: Teen And Up Audiences
Relationship: Caedmon/Reader
Additional Tags: Reader-Insert, Masks, Mutual Pining, Fluff

The ballroom is so bright it hurts. You stand at the top of the stairs with your mask tied too tight and your heart going much too fast.

“[[Seraphine|e|Stop fidgeting,]]” hisses Seraphine, at your elbow. “[[Seraphine|e|You look lovely. Everyone is looking.]]”

“[[You|a|That’s the problem,]]” you whisper back.

“[[Seraphine|i|Nonsense. Chin up, Y/N. Smile.]]”

You smile. It feels like a grimace. A footman in a powdered wig bows so low his nose nearly touches the marble.

“[[Footman|a|Your names, my ladies?]]” he asks.

“[[Seraphine|i|We’re masked. That’s rather the point.]]”

“[[Footman|i|Of course, my lady. Forgive me.]]”

You go down the stairs together. The music swells. Halfway across the floor someone in a silver fox mask steps neatly into your path and bows.

“[[Caedmon|i|May I have this dance?]]”

You know the voice at once. You would know it anywhere. [[You|aT|*Caedmon,*]] you think. [[You|aT|*Of all the people in this room.*]]

“[[You|a|You may not,]]” you say.

“[[Caedmon|i|Ah. Then may I have the next one?]]”

“[[You|i|You may not have that one either.]]”

“[[Seraphine|i|She means yes. She’s been talking about you all week.]]”

“[[You|i|Sera!]]”

“[[Seraphine|i|I’m going to find the punch. Don’t do anything I wouldn’t.]]” And she is gone, a swirl of green skirts, before you can catch her sleeve.

The fox mask tilts. Behind it his eyes are laughing.

“[[Caedmon|i|All week?]]”

“[[You|i|She exaggerates.]]”

“[[Caedmon|a|I hope not,]]” he says, and holds out his hand. “[[Caedmon|a|One dance, Y/N. If I step on your feet, you can push me in the fountain.]]”

You shrug, and take it, because your hand seems to have decided for you. He does not step on your feet. He dances as if he has been waiting his whole life to do it with you, which is ridiculous, and which makes your face hot behind the mask.

“[[You|a|How did you know it was me?]]” you ask him.

“[[Caedmon|i|You hum when you’re nervous. You’ve been humming since the stairs.]]”

“[[You|i|I have not.]]”

“[[Caedmon|i|Badly, too. Out of tune.]]”

At midnight the music stops and everyone lifts their masks. You lift yours. He lifts his. He is grinning like a boy.

“[[Footman|a|Lord Caedmon,]]” calls the footman from the stairs, “[[Footman|a|your carriage is waiting.]]”

“[[Caedmon|i|Let it wait.]]”
