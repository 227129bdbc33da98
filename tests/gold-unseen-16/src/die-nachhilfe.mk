#story die-nachhilfe de
#char Jonas|male|
#char Ben|male|ein etwa achtjähriger Junge;der Junge
#char Frau Brandt|female|Brandt;Mama;eine Frau mit Lesebrille;eine Frauenstimme
#char Lena|female|ihre Tochter
#note Titel: Binomische Formeln
#note Autorin: spekulatius_forever
#note Fandom: Original Work
#note Genre: Alltag, Humor
#note Zusammenfassung: Jonas gibt Nachhilfe, um sein Studium zu finanzieren. Niemand hat ihn vor Familie Brandt gewarnt.
---
Titel: Binomische Formeln
Autorin: spekulatius_forever
Fandom: Original Work
Genre: Alltag, Humor
Zusammenfassung: Jonas gibt Nachhilfe, um sein Studium zu finanzieren. Niemand hat ihn vor Familie Brandt gewarnt.

Binomische Formeln

Jonas klingelte um Punkt vier, und die Tür ging auf, bevor er den Finger vom Knopf genommen hatte. Vor ihm stand ein etwa achtjähriger Junge mit einem Laserschwert aus Plastik.

„[[Ben|i|Passwort?]]“

„[[Jonas|i|Ähm. Mathe?]]“

„[[Ben|i|Falsch. Du musst jetzt gegen mich kämpfen.]]“

„[[Frau Brandt|a|Ben! Lass den armen Mann rein!]]“, rief eine Frauenstimme aus der Küche.

Eine Frau mit Lesebrille im Haar erschien im Flur und wischte sich die Hände an einer Schürze ab.

„[[Frau Brandt|i|Sie müssen Jonas sein. Brandt, hallo. Lena ist oben, sie hat sich vor einer Stunde eingeschlossen. Das ist ein gutes Zeichen, glaube ich.]]“

„[[Jonas|i|Warum ist das ein gutes Zeichen?]]“

„[[Frau Brandt|i|Letzte Woche hat sie sich zwei Stunden vorher eingeschlossen.]]“

Lena saß am Schreibtisch, die Kopfhörer auf, und tat so, als hätte sie das Klopfen nicht gehört. Erst als Jonas sich neben sie setzte und das Mathebuch aufschlug, nahm sie einen Stöpsel heraus.

„[[Lena|i|Ich kann das eh nicht.]]“

„[[Jonas|i|Was genau?]]“

„[[Lena|i|Alles. Die Formeln. Dieses a plus b in Klammern.]]“

„[[Jonas|e|Das ist nur ein Rezept]]“, erklärte Jonas und malte ein Quadrat auf einen Zettel. „[[Jonas|e|Schau mal. Das hier ist a, das hier ist b.]]“

Sie sah hin. Zuerst misstrauisch, dann ein bisschen weniger. Nach zwanzig Minuten rechnete sie die dritte Aufgabe allein.

„[[Lena|a|Moment]]“, murmelte sie. „[[Lena|a|Das ist ja nur Ausmultiplizieren.]]“

„[[Jonas|i|Genau das ist es.]]“

„[[Lena|a|Warum sagt das dann keiner so?]]“, wollte sie wissen.

Die Tür ging auf. Ben stand da, immer noch mit dem Laserschwert, und hinter ihm Frau Brandt mit einem Teller Kekse.

„[[Frau Brandt|i|Ich will gar nicht stören. Nur ein bisschen Nervennahrung.]]“

„[[Ben|i|Ich hab die mitgebacken!]]“

„[[Lena|i|Du hast den Teig gegessen.]]“

„[[Ben|i|Das ist auch mitbacken.]]“

Frau Brandt stellte den Teller ab und warf einen Blick auf das Heft ihrer Tochter, auf die Aufgaben, die durchgerechnet und nicht durchgestrichen waren.

„[[Frau Brandt|a|Oh]]“, sagte sie nur. „[[Frau Brandt|a|Oh, das ist ja schön.]]“

„[[Lena|e|Mama, bitte]]“, stöhnte Lena, aber sie lächelte dabei.

„[[Jonas|e|Sie hat das ganz allein gemacht]]“, warf Jonas ein.

„[[Ben|i|Kann ich jetzt gegen ihn kämpfen?]]“

„[[Frau Brandt|i|Nächste Woche, Schatz. Nach den binomischen Formeln.]]“
