#story der-elternabend de
#char _narr|male|Mein Mann
#char Jana|female|
#char Die Lehrerin|female|Frau Özdemir;Özdemir;die Lehrerin;eine junge Frau mit Pferdeschwanz
#char Herr Krüger|male|Krüger;ein Mann im Anzug
#char Frau Hartmann|female|Hartmann;Lenas Mutter;eine Frau in der ersten Reihe
#note Titel: Elternabend
#note Autor: kaffeeundkekse
#note Fandom: Original
#note Genre: Humor, Alltag
#note Zusammenfassung: Sechs Erwachsene, sehr kleine Stühle, ein Thema: die Klassenfahrt.
---
Titel: Elternabend
Autor: kaffeeundkekse
Fandom: Original
Genre: Humor, Alltag
Zusammenfassung: Sechs Erwachsene, sehr kleine Stühle, ein Thema: die Klassenfahrt.

Elternabend

Die Stühle in der 2b waren für Siebenjährige gebaut. Ich saß trotzdem auf einem, die Knie auf Höhe der Ohren, und Jana neben mir tat so, als würde sie mich nicht kennen.

„[[Jana|i|Du hättest stehen bleiben können.]]“

„[[_narr|i|Dann hätte ich als Einziger gestanden.]]“

„[[Jana|i|Du sitzt auch als Einziger so.]]“

Vorne stand eine junge Frau mit Pferdeschwanz an der Tafel und schrieb KLASSENFAHRT in großen Buchstaben an. Sie drehte sich um und lächelte in die Runde.

„[[Die Lehrerin|i|Schön, dass Sie alle da sind. Ich mache es kurz, versprochen.]]“

„[[Herr Krüger|i|Das sagen sie immer.]]“

Das kam von einem Mann im Anzug in der letzten Reihe, der sein Handy nicht aus der Hand legte. Jana verdrehte die Augen, und ich verdrehte sie solidarisch mit.

„[[Die Lehrerin|i|Wir fahren im Mai für drei Tage an den Edersee. In eine Jugendherberge.]]“

„[[Frau Hartmann|a|Drei Tage?]]“, fragte eine Frau in der ersten Reihe, Lenas Mutter, die ich vom Abholen kannte. „[[Frau Hartmann|a|Lena war noch nie drei Tage weg.]]“

„[[Die Lehrerin|i|Das ist ja gerade der Sinn, Frau Hartmann.]]“

„[[Frau Hartmann|i|Und wenn sie Heimweh hat?]]“

„[[Die Lehrerin|i|Dann rufen wir Sie an. Aber meistens haben die Eltern mehr Heimweh als die Kinder.]]“

Ein paar Leute lachten. Frau Hartmann nicht. Sie schrieb etwas in ein kleines Notizbuch und unterstrich es zweimal.

„[[Herr Krüger|i|Was kostet das Ganze?]]“

„[[Die Lehrerin|i|Hundertzwanzig Euro, mit Vollpension.]]“

„[[Herr Krüger|i|Für drei Tage Jugendherberge? Da fliege ich ja billiger nach Mallorca.]]“

„[[_narr|a|Dann fliegen Sie doch mit Ben nach Mallorca]]“, sagte ich, bevor Jana mich festhalten konnte.

Es wurde sehr still. Herr Krüger sah zum ersten Mal von seinem Handy auf.

„[[Herr Krüger|i|Kennen wir uns?]]“

„[[_narr|i|Unsere Söhne sitzen nebeneinander. Sie tauschen Pausenbrote.]]“

„[[Jana|e|Und Läuse]]“, ergänzte Jana. „[[Jana|e|Im Herbst. Schon vergessen?]]“

Frau Özdemir räusperte sich und klopfte mit dem Kreidestück auf das Pult.

„[[Die Lehrerin|a|Wer hilft beim Gepäck?]]“, fragte sie. „[[Die Lehrerin|a|Ich brauche zwei Freiwillige.]]“

„[[Frau Hartmann|i|Ich. Ich komme auch mit, wenn Sie wollen.]]“

„[[Die Lehrerin|i|Nur beim Gepäck, Frau Hartmann. Nicht auf die Fahrt.]]“

Jana hob die Hand, bevor ich es verhindern konnte.

„[[Jana|i|Wir machen das. Mein Mann braucht ohnehin Bewegung.]]“
