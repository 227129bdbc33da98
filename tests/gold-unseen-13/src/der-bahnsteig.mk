#story der-bahnsteig de
#char Renate|female|Mama;die Mutter;ihre Mutter
#char Svenja|female|die Tochter;ihre Tochter;Kind
#char Der Schaffner|male|ein Mann in Uniform;der Mann
#char Frau Kowalski|female|Kowalski;eine alte Frau;die alte Frau
---
Der Bahnsteig

Der Zug nach Hamburg hatte vierzig Minuten Verspätung. Renate stand mit ihrem Koffer unter der Anzeigetafel, und ihre Tochter Svenja tippte neben ihr auf dem Handy herum.

„[[Renate|i|Vierzig Minuten. Dann verpassen wir den Anschluss.]]“

„[[Svenja|i|Verpassen wir nicht. Der Anschluss hat auch Verspätung.]]“

„[[Renate|i|Woher weißt du das?]]“

„[[Svenja|i|Steht in der App, Mama.]]“

„[[Renate|i|In der App steht auch, dass der Zug pünktlich ist.]]“

„[[Svenja|i|Stand. Vor einer Stunde.]]“

Ein Mann in Uniform kam den Bahnsteig entlang, ein Funkgerät am Gürtel.

„[[Der Schaffner|a|Hamburg? Der kommt heute auf Gleis sieben]]“, rief er im Vorbeigehen. „[[Der Schaffner|a|Nicht auf drei!]]“

„[[Renate|e|Gleis sieben?]]“, wiederholte Renate entsetzt. „[[Renate|e|Das ist ganz am anderen Ende!]]“

„[[Der Schaffner|i|Da gibt es einen Aufzug. Meistens.]]“

„[[Svenja|i|Meistens?]]“

„[[Der Schaffner|i|Heute nicht. Heute gibt es die Treppe.]]“

Svenja nahm ihrer Mutter den Koffer aus der Hand, ohne zu fragen.

„[[Svenja|e|Ich trag den]]“, beschloss Svenja. „[[Svenja|e|Du nimmst die Tasche mit den Broten.]]“

„[[Renate|i|Der ist schwer, Kind.]]“

„[[Svenja|i|Da sind deine fünf Paar Schuhe drin. Natürlich ist der schwer.]]“

Auf Gleis sieben wartete schon eine Menschentraube. Ganz vorne stand eine alte Frau mit einem Dackel auf dem Arm und lächelte ihnen zu.

„[[Frau Kowalski|a|Auch nach Hamburg?]]“, erkundigte sie sich.

„[[Renate|i|Wenn er denn kommt.]]“

„[[Frau Kowalski|i|Der kommt. Ich fahre die Strecke seit dreißig Jahren, der kommt immer. Nur nie dann, wenn er soll.]]“

„[[Svenja|a|Das ist ja tröstlich]]“, grinste die Tochter.

„[[Frau Kowalski|i|Ich bin übrigens Frau Kowalski. Und das ist Bruno.]]“

„[[Renate|i|Sehr angenehm. Ich bin Renate, und das ist meine Tochter.]]“

Da rollte der Zug ein, mit kreischenden Bremsen, und die Menschentraube setzte sich in Bewegung.

„[[Frau Kowalski|i|Sehen Sie? Er kommt immer.]]“
