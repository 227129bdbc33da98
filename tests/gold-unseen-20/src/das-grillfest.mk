#story das-grillfest de
#char Sabine|female|
#char Mehmet|male|
#char Finn|male|der Junge
#char Herr Kaminski|male|Kaminski;ein älterer Herr mit Hosenträgern;der ältere Herr;der Herr
#note Titel: Kartoffelsalat Nummer fünf
#note Autor: hinterhof_harry
#note Fandom: Original
#note Genre: Humor, Alltag
#note Zusammenfassung: Das erste Grillfest der Hausgemeinschaft. Es gibt Würstchen. Und sehr viel Kartoffelsalat.
---
Titel: Kartoffelsalat Nummer fünf
Autor: hinterhof_harry
Fandom: Original
Genre: Humor, Alltag
Zusammenfassung: Das erste Grillfest der Hausgemeinschaft. Es gibt Würstchen. Und sehr viel Kartoffelsalat.

Kartoffelsalat Nummer fünf

Am Samstag hatte die Hausgemeinschaft zum ersten Mal ein Grillfest im Hinterhof organisiert, und Mehmet stand seit vier Uhr am Grill, als hätte man ihn dort festgeschraubt. Sabine aus dem zweiten Stock deckte den Tisch, und ihr Sohn Finn lag in der Hängematte und tat nichts. Die Kinder aus dem Vorderhaus spielten Fußball zwischen den Mülltonnen, und irgendwo lief ein Radio.

„[[Sabine|i|Sind die Würstchen schon durch?]]“

„[[Mehmet|i|Noch zwei Minuten. Die Würstchen haben es nicht eilig.]]“

„[[Finn|i|Ich aber. Ich hab seit heute Mittag nichts gegessen.]]“

„[[Sabine|e|Du hast um drei eine Pizza gegessen]]“, sagte Sabine. „[[Sabine|e|Eine ganze.]]“

„[[Finn|i|Das war eine kleine.]]“

Aus dem Erdgeschoss kam ein älterer Herr mit Hosenträgern, einen Klappstuhl unter dem Arm und eine Schüssel Kartoffelsalat in der Hand.

„[[Herr Kaminski|i|Ist hier noch ein Platz frei? Meine Frau hat Salat für zwanzig gemacht.]]“

„[[Mehmet|i|Für Kartoffelsalat ist immer Platz. Stellen Sie ihn zu den anderen.]]“

„[[Herr Kaminski|i|Zu welchen anderen?]]“

Auf dem Tisch standen schon vier Schüsseln Kartoffelsalat nebeneinander.

„[[Finn|i|Das ist jetzt der fünfte.]]“

„[[Sabine|i|Finn.]]“

„[[Finn|i|Was denn? Ich zähle nur.]]“

„[[Herr Kaminski|e|Der Junge hat recht]]“, sagte der ältere Herr und setzte sich. „[[Herr Kaminski|e|Aber meiner ist mit Gurke. Die anderen sind bestimmt ohne.]]“

Mehmet drehte die Würstchen um, eins nach dem anderen, und die Flammen schlugen hoch.

„[[Sabine|i|Mehmet, das brennt!]]“

„[[Mehmet|i|Das soll so. Das ist Röstaroma.]]“

„[[Herr Kaminski|i|Das hat mein Schwager auch immer gesagt. Dann kam die Feuerwehr.]]“

„[[Finn|i|Echt jetzt?]]“

„[[Herr Kaminski|i|Neunzehnhundertachtundachtzig. Kaminski, übrigens. Erdgeschoss rechts.]]“

„[[Mehmet|e|Mehmet]]“, sagte Mehmet und hielt ihm die Grillzange hin wie eine Hand. „[[Mehmet|e|Dritter Stock. Und die Feuerwehr brauchen wir heute nicht.]]“

Die Würstchen waren schwarz, aber niemand sagte etwas. Finn aß drei.

„[[Sabine|i|Und? Noch hungrig?]]“

„[[Finn|a|Nein]]“, gab er zu. „[[Finn|a|Aber der Salat mit Gurke ist der beste.]]“

„[[Herr Kaminski|i|Siehst du. Ich sag's ja.]]“

Herr Kaminski lehnte sich zufrieden zurück, als hätte er gerade ein Turnier gewonnen.
