#story the-frost-fair en
#char You||Y/N
#char Caspian|male|Caspian Ferrars;Lord Caspian;Lord Ferrars;Ferrars;Cas
#char Hetty|female|Henrietta
#char Araminta|female|Lady Araminta;Minty
#note Notes: The Winterglass Court, Regency AU. Lord Caspian Ferrars x Reader, gender-neutral reader, no use of Y/N in narration I promise. Fluff with a side of ice. Prompt: "you can't skate and you said yes anyway."
---
The Frost Fair

Notes: The Winterglass Court, Regency AU. Lord Caspian Ferrars x Reader, gender-neutral reader, no use of Y/N in narration I promise. Fluff with a side of ice. Prompt: "you can't skate and you said yes anyway."

The river had been frozen for eleven days when Hetty finally dragged you down to the fair.

"[[Hetty|a|You cannot spend the whole winter indoors,]]" she told you, tucking your scarf in with brisk, motherly fingers. "[[Hetty|a|People will think you've died.]]"

"[[You|i|People will be right. I'm going to die. Look at it.]]"

The ice stretched from bank to bank, grey and glittering, crowded with stalls and sledges and tents striped red and white. Somebody was roasting an entire pig in the middle of the river, which seemed to you like tempting fate.

"[[Hetty|i|It's a foot thick, Y/N. They've had an elephant on it.]]"

"[[You|i|Whose elephant?]]"

"[[Hetty|i|Does it matter whose elephant?]]"

Before you could decide whether it mattered, a sledge came skidding to a halt beside you in a spray of white, and a young woman in a fur hat tumbled out of it, laughing.

"[[Araminta|i|Hetty! You came!]]" She seized Hetty's hands. Then she saw you, and her eyes went very wide and very bright. "[[Araminta|i|Oh, and you brought them. Cas will be furious. Cas, come here, look who it is!]]"

Your stomach dropped through the ice.

Lord Caspian Ferrars climbed out of the sledge a good deal more slowly than his sister had. He was wearing the long dark coat you remembered from the Ashcombe ball, and the same expression of polite suffering, and he stopped dead when he saw you.

"[[Caspian|a|Minty,]]" he said, without looking away from you, "[[Caspian|a|I am going to drown you in the river.]]"

"[[Araminta|i|It's frozen.]]"

"[[Caspian|i|I shall make a hole.]]"

Lady Araminta only laughed again, hooked her arm through Hetty's, and steered her off towards the gingerbread tent before either of you could protest. Which left you alone on the ice with the man whose hand you had refused in front of forty people.

"[[You|a|My lord,]]" you said.

"[[Caspian|i|Don't. Please.]]" He winced. "[[Caspian|i|I think we are past my lord.]]"

"[[You|i|Are we?]]"

"[[Caspian|i|You told me I danced like a wardrobe falling down a staircase.]]"

"[[You|i|That was a compliment. Wardrobes are very sturdy.]]"

"[[Caspian|i|You are not sorry at all.]]"

"[[You|i|Not even slightly.]]"

Something twitched at the corner of his mouth. He looked down at your boots, then at the skaters whirling past behind you, and the twitch became, unmistakably, the beginning of a smile.

"[[Caspian|i|You can't skate.]]"

"[[You|i|How could you possibly know that?]]"

"[[Caspian|i|You are holding on to a tent pole.]]"

You let go of the tent pole. Your feet went two different ways at once, and he caught you by both elbows before you could discover exactly how thick a foot of ice felt against the back of your head.

"[[Caspian|a|There,]]" he said, rather breathless. "[[Caspian|a|Now we are even. I have rescued you, and you owe me a dance.]]"

"[[You|i|On the ice?]]"

"[[Caspian|i|Why not? You said I dance like furniture. Furniture doesn't fall over.]]"

"[[You|i|That is not how furniture works, Cas.]]"

He went very still at the name. Then he laughed, properly, a sound you had never once heard across a ballroom.

"[[Hetty|e|Are you two coming?]]" Hetty called from the gingerbread tent, waving a paper cone. "[[Hetty|e|Minty's bought the whole tray!]]"

"[[Caspian|e|In a moment,]]" Lord Caspian called back, and did not let go of your elbows.
