#story der-adventsbasar de
#char Ottilie|female|Mama
#char Gregor|male|
#char Henrike|female|
#char Herr Pfannkuch|male|ein Mann mit rotem Schal;Pfannkuch
---
Der Adventsbasar

Am ersten Advent verkaufte der Kirchenchor im Gemeindesaal Kuchen, Strohsterne und selbst gestrickte Socken. Ottilie stand seit halb neun hinter dem Kuchentisch, neben ihr Gregor, der nur gekommen war, weil seine Mutter ihn darum gebeten hatte.

„[[Ottilie|i|Die Linzer Torte nach links, Gregor. Links sieht man sie besser.]]“

„[[Gregor|i|Man sieht sie überall gleich gut. Der Tisch ist einen Meter breit.]]“

„[[Ottilie|i|Nach links.]]“

Gregor schob die Torte nach links. Henrike, die Enkelin der Organistin, kam mit einer Kasse aus Blech und stellte sie zwischen die beiden.

„[[Henrike|e|Wechselgeld]]“, sagte sie. „[[Henrike|e|Zwanzig Euro in Münzen. Pastor Bendix sagt, ihr sollt nichts anschreiben.]]“

„[[Gregor|i|Wer schreibt denn hier an?]]“

„[[Henrike|i|Deine Mutter. Letztes Jahr. Drei Bleche Bienenstich.]]“

„[[Ottilie|i|Das war für den Seniorenkreis, das zählt nicht.]]“

Um zehn öffnete sich die Tür, und ein Mann mit rotem Schal kam herein, schüttelte den Schnee vom Hut und steuerte direkt auf den Kuchentisch zu.

„[[Herr Pfannkuch|i|Ist das Bienenstich? Pfannkuch, guten Morgen. Ich nehme zwei Stück.]]“

„[[Henrike|i|Drei Euro, bitte.]]“

„[[Herr Pfannkuch|i|Drei Euro für zwei Stück? Im Café kostet eines schon vier.]]“

„[[Ottilie|i|Dann kaufen Sie doch vier, Herr Pfannkuch.]]“

„[[Herr Pfannkuch|e|Das ist ein gutes Argument]]“, gab er zu und zog sein Portemonnaie heraus.

„[[Gregor|i|Mama, du kannst nicht jedem Kunden mehr verkaufen, als er will.]]“

„[[Ottilie|i|Warum nicht? Es ist für die Orgel.]]“

Herr Pfannkuch zahlte, bekam seine vier Stück in eine Serviette gewickelt und blieb trotzdem vor dem Tisch stehen.

„[[Herr Pfannkuch|i|Und die Socken? Wer hat die gestrickt?]]“

„[[Henrike|e|Sie]]“, sagte Henrike und zeigte auf Ottilie. „[[Henrike|e|Alle vierzig Paar.]]“

„[[Gregor|i|Und alle in Grau.]]“

„[[Ottilie|i|Grau passt zu allem, mein Junge.]]“
