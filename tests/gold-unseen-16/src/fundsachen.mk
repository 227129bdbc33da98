#story fundsachen de
#char Nele|female|Kind;junge Frau
#char Oma|female|ihre Großmutter;die Großmutter;die alte Dame;Oma
#char Der Beamte|male|Petersen;der Beamte;ein Mann mit Strickweste;der Mann
#char Der junge Mann|male|ein junger Mann im Anzug;der junge Mann
#note Anmerkung: Ich habe keine Ahnung, wie ein echtes Fundbüro funktioniert. Bitte verzeiht mir.
---
Anmerkung: Ich habe keine Ahnung, wie ein echtes Fundbüro funktioniert. Bitte verzeiht mir.

Fundsachen

Das Fundbüro lag im Keller des Rathauses, hinter einer Tür, auf der in verblassten Buchstaben FUNDSACHEN stand. Nele schob ihre Großmutter vor sich her, die unterwegs schon dreimal hatte umkehren wollen.

„[[Oma|i|Das hat doch keinen Sinn, Kind. So einen Ring gibt niemand ab.]]“

„[[Nele|i|Das wissen wir erst, wenn wir fragen.]]“

Hinter dem Schalter saß ein Mann mit Strickweste vor einer Tasse, auf der Ich hasse Montage stand. Er sah nicht auf.

„[[Der Beamte|i|Nummer ziehen.]]“

Nele sah sich um. Außer ihnen war niemand da.

„[[Nele|i|Wir sind die Einzigen.]]“

„[[Der Beamte|i|Trotzdem. Nummer ziehen.]]“

Sie zog eine Nummer. Es war die Eins. Über dem Schalter leuchtete eine rote Eins auf, und der Mann faltete die Hände.

„[[Der Beamte|i|Was haben Sie verloren?]]“

„[[Oma|a|Meinen Ehering]]“, sagte die alte Dame leise. „[[Oma|a|Im Stadtpark, am Dienstag. Oder am Mittwoch. Gold, innen steht etwas eingraviert.]]“

„[[Der Beamte|i|Was steht drin?]]“

„[[Oma|i|Das ist privat.]]“

„[[Der Beamte|i|Dann kann ich nicht prüfen, ob es Ihrer ist.]]“

Die Großmutter presste die Lippen zusammen. Nele legte ihr eine Hand auf den Arm.

„[[Nele|i|Oma. Er muss das wissen.]]“

„[[Oma|a|Für immer dein Heinz]]“, flüsterte sie schließlich. „[[Oma|a|Neunzehnhundertachtundsechzig.]]“

Der Mann stand auf, ohne ein Wort zu sagen, und verschwand zwischen den Regalen. Man hörte Kisten, Schubladen, einmal ein Fluchen. Dann ging hinter ihnen die Tür auf, und ein junger Mann im Anzug kam herein, außer Atem, eine kleine Schachtel in der Hand.

„[[Der junge Mann|i|Entschuldigung, ist hier das Fundbüro? Ich habe am Dienstag im Park etwas gefunden und es die ganze Woche vergessen.]]“

„[[Nele|i|Sie müssen eine Nummer ziehen.]]“

„[[Der junge Mann|i|Echt jetzt?]]“

„[[Der Beamte|a|Nein]]“, rief der Beamte zwischen den Regalen hervor. „[[Der Beamte|a|Wer etwas abgibt, muss nie eine Nummer ziehen.]]“

Der junge Mann öffnete die Schachtel. Darin lag, auf einem Taschentuch, ein schmaler goldener Ring.

„[[Oma|a|Das ist er]]“, sagte die Großmutter.

Der Beamte kam zurück, mit leeren Händen und Staub auf der Weste, und sah auf die Schachtel, dann auf die alte Dame, dann auf das Namensschild an seiner eigenen Brust, auf dem Petersen stand, als müsste er nachsehen, wer hier eigentlich zuständig war.

„[[Der Beamte|a|Da muss ich ein Formular ausfüllen]]“, sagte er. „[[Der Beamte|a|Zwei Formulare. Eins für die Abgabe, eins für die Abholung.]]“

„[[Nele|i|Können wir das nicht einfach überspringen?]]“

„[[Der Beamte|i|Junge Frau, das hier ist ein Amt.]]“

Aber er lächelte, zum ersten Mal, und reichte der alten Dame den Ring über den Schalter, bevor das erste Formular überhaupt auf dem Tisch lag.

„[[Der junge Mann|a|Soll ich noch bleiben?]]“, fragte der junge Mann.

„[[Oma|i|Sie bleiben, bis ich Sie umarmt habe.]]“
