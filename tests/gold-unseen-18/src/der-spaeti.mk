#story der-spaeti de
#char _narr|female|
#char Jule|female|
#char Der Verkäufer|male|Cem;ein Mann mit grauem Bart;der Verkäufer
#char Der Nachbar|male|Herr Doktor;der Doktor;ein Mann im Bademantel;der Mann im Bademantel;der Philosoph
#note Anmerkung: Für alle, die auch schon mal um halb drei in einem Späti standen und über ihr Leben nachgedacht haben. Kommentare machen mich glücklich!
---
Anmerkung: Für alle, die auch schon mal um halb drei in einem Späti standen und über ihr Leben nachgedacht haben. Kommentare machen mich glücklich!

Späti

Um halb drei hatte nur noch der Späti an der Ecke offen, und Jule bestand darauf, dass wir Chips brauchten. Wir brauchten keine Chips. Wir brauchten Schlaf. Aber Jule hatte gerade mit Marvin Schluss gemacht, und in so einer Nacht diskutiert man nicht über Chips.

Hinter der Theke saß ein Mann mit grauem Bart und las Zeitung. Er sah nicht auf, als die Tür klingelte.

»[[Jule|i|Haben Sie die mit Paprika? Die großen?]]«

»[[Der Verkäufer|i|Zweites Regal. Unten.]]«

»[[Jule|i|Da sind nur die kleinen.]]«

»[[Der Verkäufer|i|Dann sind die großen aus.]]«

Jule nahm drei kleine Tüten und legte sie auf die Theke, als wäre das seine Schuld. Ich holte zwei Mate aus dem Kühlschrank.

»[[_narr|e|Sie hat Liebeskummer]]«, entschuldigte ich mich. »[[_narr|e|Normalerweise ist sie netter.]]«

»[[Jule|i|Ich bin immer nett.]]«

»[[Der Verkäufer|a|Liebeskummer]]«, sagte er und faltete die Zeitung zusammen. »[[Der Verkäufer|a|Dann nehmt ihr lieber die Schokolade. Geht aufs Haus.]]«

Die Tür klingelte wieder. Ein Mann im Bademantel kam herein, mit Hausschuhen an den Füßen und einer leeren Pfandflasche in jeder Hand.

»[[Der Nachbar|i|Cem, du bist ein Engel. Hast du noch Milch?]]«

»[[Der Verkäufer|i|Für dich immer, Herr Doktor.]]«

»[[Jule|i|Herr Doktor?]]«

»[[Der Nachbar|e|Philosophie]]«, sagte der Mann im Bademantel würdevoll. »[[Der Nachbar|e|Das zählt auch.]]«

Jule starrte ihn an. Ich kannte diesen Blick. Es war der Blick, mit dem sie um halb drei Uhr nachts Fragen stellte, die niemand beantworten konnte.

»[[Jule|i|Darf ich Sie was fragen? Als Philosoph?]]«

»[[Der Nachbar|i|Nur wenn es nicht um Liebe geht.]]«

»[[Jule|i|Es geht um Liebe.]]«

»[[Der Nachbar|i|Dann fragen Sie Cem. Cem war dreimal verheiratet.]]«

»[[Der Verkäufer|i|Zweimal. Die dritte zählt nicht.]]«

»[[Jule|i|Warum zählt die dritte nicht?]]«

»[[Der Verkäufer|i|Weil sie weg war, bevor die Torte kam.]]«

Wir blieben bis vier. Cem erzählte von seinen Frauen, der Doktor von Kant, und Jule aß alle drei Tüten Chips und lachte zum ersten Mal seit Dienstag. Ich saß auf einer Kiste Wasser und dachte, dass es schlimmere Orte gibt, um nachts um drei über sein Leben nachzudenken.

»[[_narr|e|Können wir jetzt nach Hause?]]«, fragte ich irgendwann.

»[[Jule|i|Gleich. Cem, erzähl noch mal das mit der Torte.]]«

»[[Der Nachbar|i|Oh nein. Nicht die Torte.]]«

Cem legte die Zeitung weg, und der Doktor setzte sich seufzend neben mich auf die Kiste.
