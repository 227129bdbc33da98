#story der-escape-room de
#char Basti|male|
#char Mira|female|
#char Lea|female|
#char Tobi|male|
#char Der Spielleiter|male|Kai;eine Männerstimme;der Spielleiter;ein junger Mann mit Headset
#note Titel: Noch zehn Minuten
#note Autorin: schlüsselkind_88
#note Fandom: Original
#note Genre: Humor, Freundschaft
#note Zusammenfassung: Vier Freunde, ein Escape Room, ein Thema: Pharaonen. Was soll da schon schiefgehen?
---
Titel: Noch zehn Minuten
Autorin: schlüsselkind_88
Fandom: Original
Genre: Humor, Freundschaft
Zusammenfassung: Vier Freunde, ein Escape Room, ein Thema: Pharaonen. Was soll da schon schiefgehen?

Noch zehn Minuten

Die Tür fiel hinter ihnen ins Schloss, und irgendwo tickte eine Uhr. Der Raum sollte eine Grabkammer sein, aber er roch nach Teppichkleber und nach dem Pärchen, das vor ihnen drin gewesen war. Basti hatte den Termin zu Leas Geburtstag gebucht, und Basti hatte vorher drei Videos über Escape Rooms geschaut. Das merkte man.

„[[Basti|i|Okay. Keiner fasst was an, bis wir einen Plan haben.]]“

„[[Mira|i|Ich hab schon was angefasst.]]“

„[[Basti|i|Was?]]“

„[[Mira|i|Die Katze. Die Katzenstatue. Die wackelt.]]“

Lea kniete schon vor einer Truhe mit Zahlenschloss und drehte an den Rädchen, als hinge ihr Leben davon ab. Tobi stand in der Mitte des Raums und machte Fotos.

„[[Lea|a|Vier Ziffern]]“, murmelte sie. „[[Lea|a|Tobi, wie viele Hieroglyphen sind an der Wand?]]“

„[[Tobi|i|Welche Wand?]]“

„[[Lea|i|Irgendeine Wand! Du stehst doch davor!]]“

„[[Tobi|i|Sieben. Nein, acht. Da ist noch ein Vogel.]]“

Aus einem Lautsprecher über der Tür knackte es.

„[[Der Spielleiter|e|Kleiner Tipp von mir]]“, sagte eine Männerstimme. „[[Der Spielleiter|e|Der Vogel zählt nicht.]]“

„[[Mira|i|Woher weiß der, dass wir den Vogel zählen?]]“

„[[Basti|i|Kamera. Da oben, in der Ecke.]]“

Mira winkte in die Ecke. Die Kamera winkte nicht zurück. Lea drehte weiter an ihren Rädchen, acht, sieben, null, vier, und irgendwann klickte es, und alle schrien gleichzeitig.

Eine halbe Stunde später hatten sie die Truhe offen, einen Schlüssel gefunden und die Katzenstatue kaputt gemacht.

„[[Basti|i|Die war schon locker! Mira hat sie locker gemacht!]]“

„[[Mira|i|Ich hab sie angefasst. Du hast sie geworfen.]]“

„[[Der Spielleiter|i|Noch zehn Minuten.]]“

„[[Lea|e|Zehn Minuten]]“, wiederholte Lea und sah auf den Schlüssel in ihrer Hand. „[[Lea|e|Und wir haben kein einziges Schloss mehr.]]“

„[[Tobi|i|Doch. Da.]]“

Tobi zeigte auf den Sarkophag. An seiner Seite, ganz unten, war ein winziges Schlüsselloch. Er hatte es die ganze Zeit fotografiert.

„[[Lea|i|Und das sagst du jetzt?]]“

„[[Tobi|i|Ihr habt nicht gefragt.]]“

Der Deckel ging auf, drinnen lag ein roter Knopf, und als Mira draufdrückte, ging das Licht an und die Tür auf. Ein junger Mann mit Headset und Vereins-T-Shirt stand davor. Auf dem T-Shirt stand KAI.

„[[Der Spielleiter|a|Glückwunsch, neunundfünfzig Minuten vierzig]]“, sagte er. „[[Der Spielleiter|a|Die Katze müsst ihr aber bezahlen.]]“

„[[Mira|i|Die hat Basti geworfen.]]“
