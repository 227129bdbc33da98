#story das-fundbuero de
#char Frau Doktor Weiß|female|Frau Weiß;Weiß;Frau Doktor
#char Herr Kessler|male|Kessler;der Beamte
#char Leon|male|
#char Die Frau mit dem Hund|female|die Frau;eine Frau
---
Das Fundbüro

Das Fundbüro im Rathaus hatte nur dienstags geöffnet. Hinter dem Schalter saß Herr Kessler, wie seit dreißig Jahren, und sortierte Regenschirme nach Farben. Um neun Uhr ging die Tür auf, und Frau Doktor Weiß kam herein, ihren Enkel Leon an der Hand.

„[[Frau Doktor Weiß|e|Guten Morgen, Herr Kessler]]“, sagte Frau Doktor Weiß. „[[Frau Doktor Weiß|e|Wir suchen einen Teddybären.]]“

„[[Herr Kessler|i|Groß oder klein?]]“

„[[Leon|i|Mittel. Er hat nur ein Ohr.]]“

„[[Herr Kessler|i|Und wo ist das andere?]]“

„[[Leon|i|Das hat der Hund gefressen.]]“

„[[Herr Kessler|i|Euer Hund?]]“

„[[Leon|i|Nein, ein fremder. Im Park.]]“

Herr Kessler nickte ernst, als wäre das eine wichtige Auskunft, und verschwand zwischen den Regalen. Man hörte ihn murmeln und Kisten verschieben.

„[[Frau Doktor Weiß|a|Er findet ihn]]“, sagte sie zu Leon. „[[Frau Doktor Weiß|a|Er findet immer alles.]]“

„[[Leon|i|Auch Ohren?]]“

Hinter ihnen öffnete sich wieder die Tür. Eine Frau mit einem kleinen braunen Hund an der Leine trat an den Schalter, ein Stofftier in der Hand.

„[[Die Frau mit dem Hund|e|Entschuldigung]]“, sagte die Frau. „[[Die Frau mit dem Hund|e|Mein Hund hat das hier im Park gefunden. Ich glaube, er hat es auch ein bisschen angeknabbert.]]“

„[[Leon|i|Das ist er! Das ist Brummi!]]“

Herr Kessler tauchte mit leeren Händen zwischen den Regalen auf und sah das Stofftier.

„[[Herr Kessler|i|Na, dann brauche ich ja gar nicht weiterzusuchen.]]“

„[[Frau Doktor Weiß|i|Und das Ohr?]]“

„[[Die Frau mit dem Hund|i|Das Ohr, fürchte ich, ist verloren.]]“
