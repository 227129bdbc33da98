#story the-lift en
#char Ezzie|female|Ezinne;Ezinne Obi;Obi;Ms Obi
#char Lucas|male|Lucas Fairley;Fairley;Luke
#char Des|male|Desmond
#note Notes: Quarterly (the US version, not the UK one). Obi/Fairley, enemies to lifts to lovers. Set during the season three audit. I regret nothing.
---
Going Down

Notes: Quarterly (the US version, not the UK one). Obi/Fairley, enemies to lifts to lovers. Set during the season three audit. I regret nothing.

The lift stopped between the eleventh and twelfth floors with a clunk that Ezinne felt in her fillings.

“[[Lucas|i|No.]]” Lucas Fairley jabbed the button for the lobby. Then he jabbed it again. “[[Lucas|i|No, no, no. Not today.]]”

“[[Ezzie|i|Pressing it harder won’t help.]]”

“[[Lucas|i|It might.]]”

“[[Ezzie|i|It won’t. Press the alarm.]]”

He pressed the alarm. Somewhere far above them a bell rang, faint and apologetic, and then the little speaker grille by the buttons gave a crackle and a cough.

“[[Des|i|Security. What’s up?]]”

“[[Lucas|i|We are, apparently. We’re stuck.]]”

“[[Des|i|Which car?]]”

“[[Ezzie|e|The left one,]]” Ezinne said, leaning past him. “[[Ezzie|e|Between eleven and twelve. There are two of us.]]”

“[[Des|i|Hang tight. I’ll call the engineer.]]”

The speaker clicked off. Lucas turned round and slid down the mirrored wall until he was sitting on the floor, tie askew, knees up, briefcase clutched to his chest like a life jacket.

Ezinne stayed on her feet. She had been standing up in this building for six years, through two reorganisations, a fire drill that turned out to be a real fire, and the arrival of Lucas Fairley in accounts, and she was not about to sit on the floor of a lift in the skirt she had bought for the audit.

Lucas hugged the briefcase tighter. “[[Lucas|i|The audit’s at nine.]]”

“[[Ezzie|i|I know when the audit is.]]”

“[[Lucas|i|My slides are on this laptop.]]”

“[[Ezzie|i|Your slides are terrible.]]”

“[[Lucas|i|My slides are fine, Obi.]]”

“[[Ezzie|i|Your slides have clip art.]]”

“[[Lucas|i|Tasteful clip art.]]”

“[[Ezzie|i|There’s a dancing paperclip on slide four.]]”

“[[Lucas|i|He’s a mascot.]]”

She did not laugh. She absolutely did not laugh. She sat down on the opposite side of the lift, as far from him as she could get, which was about four feet.

“[[Lucas|i|You’re laughing.]]”

“[[Ezzie|i|I’m coughing.]]”

“[[Lucas|i|You’re coughing in a laughing way.]]”

Twenty minutes went by. The light flickered twice. Ezinne checked her phone, which had no signal, and then her watch, which had no mercy. Lucas took off his tie, and then, after a long moment of thought, his shoes.

“[[Ezzie|i|What are you doing?]]”

“[[Lucas|i|Getting comfortable. We might be here for hours. We might be here for days. They’ll find our skeletons.]]”

“[[Ezzie|i|Put your shoes back on.]]”

“[[Lucas|i|Ezzie.]]”

It was the first time he had ever called her that. Everyone called her that; everyone except Lucas Fairley, who had called her Obi since the day she got the corner office he’d wanted.

“[[Lucas|i|Can I tell you something? Since we’re going to die.]]”

“[[Ezzie|i|We’re not going to die.]]”

“[[Lucas|i|The slides are terrible. I know they’re terrible. I put the paperclip in because I knew you’d be in the room, and I wanted to see if you’d—]]”

The speaker crackled.

“[[Des|i|Good news, folks. Engineer’s here. Give her five minutes.]]”

“[[Ezzie|e|Thanks, Des,]]” Ezinne called, without taking her eyes off Lucas. “[[Ezzie|e|Take ten.]]”

“[[Des|i|Ten?]]”

“[[Ezzie|i|Ten. Maybe fifteen.]]”

A long, thoughtful silence from the grille. Then, faintly: “[[Des|i|Copy that, Ms Obi.]]”

Lucas was staring at her as if she had grown a second head. She sat down on the floor beside him, skirt and all, and took off her own shoes, one and then the other, and set them neatly beside his.

“[[Ezzie|i|If I’d laugh. You wanted to see if I’d laugh.]]”

“[[Lucas|a|Yeah,]]” he said, hoarsely. “[[Lucas|a|Did it work?]]”
