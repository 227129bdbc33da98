#story the-cat-cafe en
#char Izzy|female|Isadora;Iz
#char Benedikt|male|Ben;Benny
#char Okonjo|female|Mrs Okonjo
#char Tarquin|male|
---
Nine Lives and a Flat White

My name’s Isadora, but nobody has called me that since primary school, and I have worked at the Whisker Lounge for exactly six days.

“[[Benedikt|a|Don’t let Biscuit out,]]” Benedikt says, when I come in. “[[Benedikt|a|Whatever you do, Izzy. He’s an escape artist.]]”

“[[Izzy|a|Which one’s Biscuit?]]” I ask.

“[[Benedikt|i|The ginger one.]]”

“[[Izzy|i|They’re all ginger.]]”

“[[Benedikt|i|The ginger one with the face.]]”

I look at the cats. There are eleven of them, sprawled across the window seats and the cushions and, in one case, the cake stand. Every single one of them has a face.

The bell goes at ten. A woman with a shopping trolley and an enormous hat comes in and sits at the table by the radiator, the way she has every morning this week.

“[[Okonjo|i|Good morning, young lady. The usual, please.]]”

“[[Izzy|a|Flat white and a scone,]]” I say. “[[Izzy|a|Coming up, Mrs Okonjo.]]”

“[[Okonjo|i|You remembered! Benedikt, she remembered.]]”

“[[Benedikt|i|She writes everything on her arm.]]”

“[[Izzy|i|I do not.]]” I pull my sleeve down over the biro.

I make the flat white. The milk screams. Somewhere behind me a cat knocks a spoon off the counter and looks me in the eye while it does it. [[Izzy|aT|*Don’t react,*]] I think. [[Izzy|aT|*That’s what it wants.*]]

The bell goes again. It is a tall young man in a cycling helmet, holding the door wide open while he checks his phone.

“[[Tarquin|i|Is this the place with the cats?]]”

“[[Benedikt|a|Door!]]” yells Benedikt. “[[Benedikt|a|Shut the door!]]”

Too late. A ginger streak goes between the young man’s ankles and out onto the pavement.

“[[Izzy|i|Was that—]]”

“[[Benedikt|i|That was Biscuit.]]”

I run. I have never run so fast in my life, in an apron, down the high street after a cat. The young man in the helmet runs with me, apologising the whole way.

“[[Tarquin|i|I’m so sorry. I’m so sorry. I’m Tarquin, by the way.]]”

“[[Izzy|a|Not now, Tarquin,]]” I pant.

Biscuit stops outside the fishmonger’s and sits down, as if that was the plan all along. I scoop him up. He purrs like an engine.

When we get back Mrs Okonjo is behind the counter, frothing her own milk.

“[[Okonjo|i|I’ve served two customers. One of them wanted oat milk. I said we were out.]]”

“[[Izzy|i|We’re not out.]]”

“[[Okonjo|i|I don’t believe in oat milk, Isadora.]]”

Tarquin is still in the doorway, with the door firmly shut behind him this time. He takes his helmet off.

“[[Tarquin|a|Can I still have a coffee?]]” he asks. “[[Tarquin|a|I’ll pay double. For the trauma.]]”

I shrug, and hand Biscuit to Benedikt. “[[Izzy|i|Sit down. I’ll bring it over.]]”
