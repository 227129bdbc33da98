#story the-apiary en
#char Gran|female|Effie;Euphemia;Euphemia Gault;Mrs Gault;Gault
#char Arlo|male|Arlo Gault
#char Piers|male|Piers Gault
#char Thackeray|male|Mr Thackeray;Thackeray;Lionel
---
Queen Bee

The bees were angry that morning, and Gran said it was because of the thunder.

'[[Gran|a|They can feel it coming,]]' she said, lacing up the veil. '[[Gran|a|Same as my knees. Arlo, the smoker. Piers, stop fidgeting.]]'

'[[Piers|i|I'm not fidgeting. There's one in my sleeve.]]'

'[[Gran|i|Then it's your own fault for not tucking in.]]'

Arlo lit the smoker and puffed it twice, the way she had taught them, and the grey smoke rolled over the first hive. Piers was hopping on one foot, shaking his arm.

'[[Arlo|i|Hold still, you'll get stung.]]'

'[[Piers|i|I've been stung!]]'

'[[Arlo|i|You'll get stung again.]]'

[[Arlo|eT|*Ten years old and he still screams like a kettle,*]] Arlo thought. [[Arlo|eT|*And he'll tell Mum it was my fault.*]]

Gran lifted the lid. The hum rose to a roar. She drew out a frame thick with bees, brown and gold and moving like a single animal, and held it up to the light.

'[[Gran|i|There. See her?]]'

'[[Arlo|i|Where?]]'

'[[Gran|i|The long one. With the spot of paint on her back.]]'

'[[Piers|i|That's the queen?]]'

'[[Gran|i|That's the queen. Eleven hundred eggs a day, and never a word of thanks.]]'

'[[Thackeray|a|Sounds like my wife,]]' said somebody on the other side of the hedge.

Arlo nearly dropped the smoker. A face appeared over the privet: a round red face under a tweed cap, with a pipe in the middle of it.

'[[Gran|i|Lionel Thackeray, you'll frighten the children.]]'

'[[Thackeray|i|I've come about the swarm, Effie. They're in my apple tree again.]]'

'[[Gran|i|They're not my bees in your apple tree.]]'

'[[Thackeray|i|They've got your temper.]]'

Piers laughed so hard he forgot about his sleeve. Gran did not laugh. She slid the frame back, put the lid on, and straightened her veil.

'[[Gran|e|Arlo,]]' Gran said, '[[Gran|e|fetch the skep from the shed. Piers, you stay with me.]]'

'[[Piers|i|Why does he get to go?]]'

'[[Gran|i|Because he doesn't scream.]]'

'[[Piers|i|I don't scream.]]'

'[[Gran|i|You screamed at the shed on Monday, and at the cockerel, and at the postman, who is a very nice man and did nothing to deserve it.]]'

Arlo ran. When he came back with the straw basket, Mr Thackeray had come round by the gate and was standing under the apple tree beside his brother, and the swarm hung from a branch like a dark, dripping pear.

'[[Thackeray|a|Big one,]]' he said admiringly, puffing on the pipe. '[[Thackeray|a|Bigger than last year.]]'

'[[Piers|i|Is it going to attack us?]]'

'[[Arlo|i|Swarms don't attack. They're full of honey. They're too happy.]]'

[[Arlo|iT|*That's what Gran says, anyway. I hope Gran's right.*]]

Gran held the skep under the branch and gave it one sharp shake. The swarm fell into the basket with a soft, heavy sound, like a sack of flour dropped on a floor, and a cloud of stragglers went up round all their heads.

'[[Gran|i|There. Done.]]'

'[[Thackeray|i|You're a marvel, Effie.]]'

'[[Gran|i|I'm a beekeeper. Go home, Lionel, before the rain.]]'

He went, chuckling, with a jar of last year's honey under his arm. The first fat drops began to fall on the hedge.

'[[Piers|a|Can we have honey on toast?]]' his brother asked.

'[[Gran|i|You can have honey on toast when you've washed that sting.]]'
