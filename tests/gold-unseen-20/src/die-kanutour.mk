#story die-kanutour de
#char _narr|male|Lukas
#char Mira|female|
#char Ben|male|
#char Holger|male|der Mann vom Verleih;der Mann
#note A/N: Dieter gibt es wirklich. Er wohnt an der Spree und hasst Touristen. Danke fürs Lesen!
---
Die Kanutour

Es war Bens Idee gewesen, wie alle schlechten Ideen in diesem Sommer. Der Bootsverleih lag an einer Biegung der Spree, und der Mann vom Verleih sah uns an, als wüsste er schon, wie der Tag enden würde.

"[[Holger|i|Zwei Kanus oder ein Dreier?]]"

"[[Mira|i|Ein Dreier. Wir machen alles zusammen.]]"

"[[Ben|i|Wir machen alles zusammen, bis einer umkippt.]]"

"[[Holger|e|Hier kippt keiner um]]", sagte der Mann und warf uns drei Schwimmwesten zu. "[[Holger|e|Wer sitzt hinten?]]"

"[[_narr|e|Ich]]", sagte ich, weil sonst niemand etwas sagte.

"[[Holger|i|Dann lenkst du. Links paddeln heißt rechts fahren. Verstanden?]]"

"[[_narr|i|Links heißt rechts. Klar.]]"

Die ersten hundert Meter fuhren wir im Kreis. Mira saß vorne und gab Kommandos, die niemand verstand, und Ben in der Mitte paddelte mal links, mal rechts, mal gar nicht.

"[[Mira|i|Lukas, du sollst lenken, nicht tanzen!]]"

"[[_narr|i|Ich lenke doch!]]"

"[[Ben|i|Du lenkst ins Schilf. Schon wieder.]]"

Ein Schwan kam aus dem Schilf und sah uns sehr unfreundlich an.

"[[Mira|i|Nicht bewegen. Schwäne sind gefährlich.]]"

"[[Ben|i|Das ist ein Mythos.]]"

"[[Mira|i|Dann steig du doch aus und sag's ihm.]]"

Der Schwan fauchte. Ben paddelte plötzlich schneller als wir beide zusammen.

"[[_narr|i|Ich dachte, das ist ein Mythos?]]"

"[[Ben|a|Ich will ihn nur nicht beleidigen]]", keuchte er.

Am Nachmittag kamen wir zurück, nass bis zu den Knien und mit Schilf in den Haaren. Der Mann vom Verleih stand noch genauso am Steg wie am Morgen, als hätte er sich den ganzen Tag nicht bewegt. Mira zog die Schwimmweste aus und wrang ihren Zopf aus.

"[[Holger|i|Na? Keiner umgekippt?]]"

"[[Mira|i|Fast. Lukas hat uns zweimal ins Schilf gefahren.]]"

"[[_narr|i|Dreimal. Aber einmal war Absicht, wegen dem Schwan.]]"

"[[Holger|e|Ach, der Schwan]]", sagte der Mann und nickte. "[[Holger|e|Der heißt Dieter. Der wohnt da.]]"

"[[Ben|i|Sie kennen den Schwan?]]"

"[[Holger|i|Jeder hier kennt Dieter. Ich bin Holger, übrigens. Zwanzig Jahre am Steg, und Dieter war immer schon da.]]"

"[[Mira|i|Nächstes Mal nehmen wir zwei Kanus.]]"

"[[Ben|i|Nächstes Mal lenkt Mira.]]"

A/N: Dieter gibt es wirklich. Er wohnt an der Spree und hasst Touristen. Danke fürs Lesen!
