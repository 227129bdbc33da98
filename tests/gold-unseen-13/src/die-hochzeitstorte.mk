#story die-hochzeitstorte de
#char Melanie|female|
#char Der Vater|male|ihr Vater;Papa;Melanies Vater
#char Frau Haas|female|Haas;die Konditorin;eine breite Frau
#char Deniz|male|ein junger Mann;der junge Mann;der Junge
---
Die Hochzeitstorte

In der Konditorei Haas roch es nach Vanille und Marzipan. Melanie saß mit ihrem Vater vor einer Reihe kleiner Teller, auf jedem ein Stück Probetorte.

„[[Melanie|i|Das ist Himbeere, glaube ich.]]“

„[[Der Vater|i|Das ist Erdbeere. Himbeere hat Kerne.]]“

„[[Melanie|i|Papa, seit wann kennst du dich mit Torten aus?]]“

„[[Der Vater|i|Seit ich deine Mutter geheiratet habe. Wir haben damals zwölf Sorten probiert.]]“

Die Konditorin, eine breite Frau mit mehligen Unterarmen, stellte einen weiteren Teller auf den Tisch.

„[[Frau Haas|a|Und das hier ist unsere Champagnertorte]]“, verkündete sie. „[[Frau Haas|a|Die nehmen die meisten.]]“

„[[Der Vater|i|Champagner in einer Torte? Das ist Verschwendung.]]“

„[[Melanie|i|Du trinkst doch gar keinen Champagner.]]“

„[[Der Vater|i|Eben. Dann will ich ihn auch nicht essen.]]“

Die Glocke über der Tür bimmelte, und ein junger Mann mit Fahrradhelm stürzte herein, außer Atem.

„[[Deniz|a|Entschuldigung! Die S-Bahn!]]“, keuchte er.

„[[Melanie|i|Du hast nichts verpasst, Deniz. Papa mag keinen Champagner.]]“

„[[Deniz|i|Ich auch nicht.]]“

„[[Der Vater|a|Siehst du]]“, triumphierte Melanies Vater. „[[Der Vater|a|Der Junge hat Geschmack.]]“

„[[Frau Haas|i|Dann vielleicht Schokolade? Oder Zitrone?]]“

„[[Melanie|i|Zitrone.]]“

„[[Deniz|i|Schokolade.]]“

„[[Der Vater|i|Beides.]]“

Die Konditorin sah vom einen zum anderen und schrieb etwas in ihr Heft.

„[[Frau Haas|a|Drei Stockwerke]]“, entschied sie. „[[Frau Haas|a|Unten Schokolade, in der Mitte Zitrone und oben Erdbeere für den Herrn.]]“

„[[Der Vater|i|Himbeere.]]“

„[[Melanie|e|Erdbeere, Papa]]“, lachte Melanie. „[[Melanie|e|Du hast es selbst gesagt.]]“
