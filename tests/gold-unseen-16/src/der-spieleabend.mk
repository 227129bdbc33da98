#story der-spieleabend de
#char _narr|male|
#char Konstantin|male|
#char Hanna|female|
#char Tobi|male|Tobias
#char Mirja|female|
#note A/N: Für alle, die auch einen Konstantin im Freundeskreis haben. Ihr wisst, wer ihr seid. <3
---
Der Spieleabend

Konstantin hatte ein neues Spiel mitgebracht. Das erkannte man daran, dass er die Schachtel mit beiden Händen trug wie eine Torte und dass Hanna schon bei seinem Anblick stöhnte.

»[[Hanna|i|Wie lange dauert die Regelerklärung?]]«

»[[Konstantin|i|Zwanzig Minuten. Höchstens dreißig.]]«

»[[Tobi|i|Das hast du bei dem Eisenbahnspiel auch gesagt.]]«

»[[Konstantin|i|Das Eisenbahnspiel war kompliziert. Das hier ist elegant.]]«

Mirja holte schon mal die Chips aus dem Schrank, und ich räumte den Tisch frei. Es war mein Wohnzimmer, also war es auch mein Tisch, aber das hatte Konstantin noch nie interessiert. Er breitete den Spielplan aus, sortierte hundertzwanzig kleine Holzschafe nach Farben und fing an.

»[[Konstantin|i|Also. Jeder von euch ist ein Schäfer auf einer Insel.]]«

»[[Mirja|i|Warum auf einer Insel?]]«

»[[Konstantin|i|Weil das das Thema ist. Unterbrich mich nicht, sonst verliere ich den Faden.]]«

»[[Tobi|e|Das wäre schade]]«, murmelte Tobi.

»[[Konstantin|i|Ich höre dich, Tobias.]]«

Nach fünfundzwanzig Minuten wussten wir, wie man Schafe bewegt, wie man Zäune baut und warum man niemals einen Wolf in den eigenen Stall lassen sollte. Wer anfangen durfte, wussten wir nicht.

»[[_narr|a|Wer fängt an?]]«, fragte ich.

»[[Konstantin|i|Der Jüngste.]]«

»[[Hanna|i|Das ist Mirja.]]«

»[[Mirja|i|Stimmt doch gar nicht. Tobi ist drei Wochen jünger als ich.]]«

»[[Tobi|i|Zwei Wochen. Und ich verzichte.]]«

Also fing Mirja an. Sie setzte ihr erstes Schaf, dann ihr zweites, und dann, mit einem unschuldigen Lächeln, den Wolf direkt neben Hannas Stall.

»[[Hanna|i|Das ist jetzt nicht dein Ernst.]]«

»[[Mirja|i|Das steht so in den Regeln. Oder, Konstantin?]]«

»[[Konstantin|e|Theoretisch ja]]«, gab Konstantin zu. »[[Konstantin|e|Praktisch macht man das in der ersten Runde nicht.]]«

»[[Mirja|i|Warum nicht?]]«

»[[Konstantin|i|Weil es unhöflich ist.]]«

»[[Hanna|i|Es ist Krieg. Tobi, gib mir deinen Zaun.]]«

»[[Tobi|i|Ich brauche meinen Zaun selbst.]]«

Um Mitternacht hatte Hanna keine Schafe mehr, Tobi war auf dem Sofa eingeschlafen, und Mirja hatte gewonnen, ohne dass irgendwer verstanden hatte, wie. Konstantin packte die Holzschafe ein, eins nach dem anderen, sehr sorgfältig.

»[[_narr|i|Und? Nächste Woche wieder?]]«

»[[Konstantin|a|Nächste Woche bringe ich was Einfaches mit]]«, sagte er.

»[[Hanna|i|Wie einfach?]]«

»[[Konstantin|i|Die Regeln dauern nur eine Stunde.]]«

A/N: Für alle, die auch einen Konstantin im Freundeskreis haben. Ihr wisst, wer ihr seid. <3
