#story im-treppenhaus de
#char Frau Lindner|female|Mama;ihre Mutter
#char Katrin|female|ihre Tochter
#char Der Hausmeister|male|Wojcik;Herr Wojcik;der Hausmeister;ein Mann im grauen Kittel
#char Felix|male|der junge Mann;junger Mann;ein junger Mann mit Kopfhörern;der aus dem Dritten
---
Im Treppenhaus

Der Aufzug war seit Montag kaputt, und Frau Lindner wohnte im vierten Stock. Ihre Tochter Katrin trug die Einkaufstüten, Frau Lindner trug ihren Stock und ihre Meinung über die Hausverwaltung.

»[[Frau Lindner|i|Seit Montag! Und keiner sagt einem was.]]«

»[[Katrin|i|Da hängt ein Zettel, Mama. Unten an der Tür.]]«

»[[Frau Lindner|i|Den kann doch keiner lesen, so klein ist der.]]«

Im zweiten Stock blieben sie stehen. Frau Lindner hielt sich am Geländer fest und atmete, als wäre sie auf einen Berg gestiegen. Katrin stellte die Tüten ab.

»[[Katrin|a|Wir machen eine Pause]]«, sagte sie. »[[Katrin|a|Du musst nicht rennen.]]«

»[[Frau Lindner|i|Ich renne nicht. Ich gehe zügig.]]«

Von oben kamen Schritte, schnell und polternd. Ein junger Mann mit Kopfhörern sprang die Stufen herunter und bremste gerade noch vor den Tüten.

»[[Felix|i|Oh, Entschuldigung! Soll ich was tragen?]]«

»[[Katrin|i|Das wäre sehr nett.]]«

»[[Frau Lindner|i|Das ist der aus dem Dritten. Der mit dem Schlagzeug.]]«

»[[Felix|a|E-Drum]]«, korrigierte der junge Mann und griff nach den Tüten. »[[Felix|a|Mit Kopfhörern. Man hört fast nichts.]]«

»[[Frau Lindner|i|Fast.]]«

Katrin warf ihrer Mutter einen Blick zu, aber die tat, als hätte sie nichts gesagt. Sie stiegen weiter, Felix vorneweg. Im dritten Stock stand die Tür zum Maschinenraum offen, und ein Mann im grauen Kittel kniete vor einem Kasten voller Kabel.

»[[Der Hausmeister|i|Morgen. Frühestens.]]«

»[[Katrin|i|Wir haben noch gar nichts gefragt.]]«

»[[Der Hausmeister|i|Alle fragen dasselbe. Morgen, frühestens. Das Ersatzteil kommt aus Dortmund.]]«

»[[Frau Lindner|e|Aus Dortmund!]]«, rief Frau Lindner. »[[Frau Lindner|e|Das ist ja am anderen Ende der Welt.]]«

»[[Felix|i|Das sind zwei Stunden mit dem Auto.]]«

»[[Frau Lindner|i|Sie halten sich da raus, junger Mann.]]«

Der Hausmeister lachte und wischte sich die Hände an einem Lappen ab. Auf seinem Kittel stand in roten Buchstaben WOJCIK.

»[[Der Hausmeister|i|Frau Lindner, wenn Sie wollen, trage ich Sie hoch.]]«

»[[Frau Lindner|i|Herr Wojcik, Sie sind verheiratet.]]«

»[[Der Hausmeister|i|Deshalb frage ich ja vorher.]]«

Katrin musste sich vor Lachen auf die Stufen setzen. Ihre Mutter sah sie streng an, und dann lachte sie auch.

»[[Frau Lindner|a|Na gut]]«, sagte sie schließlich. »[[Frau Lindner|a|Aber nur bis zur Tür.]]«
