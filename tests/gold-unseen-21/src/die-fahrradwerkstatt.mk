#story die-fahrradwerkstatt de
#char Opa Günter|male|Opa;Günter
#char Linus|male|
#char Emily|female|
#char Frau Aydin|female|eine Frau mit einem Kinderanhänger;die Frau;Aydin
#note Titel: Platten
#note Autor: kettenblatt
#note Fandom: Original
#note Genre: Familie, Humor
#note Zusammenfassung: Ein Samstag in der Garage, ein Opa, zwei Enkel und sehr viele Flicken.
---
Titel: Platten
Autor: kettenblatt
Fandom: Original
Genre: Familie, Humor
Zusammenfassung: Ein Samstag in der Garage, ein Opa, zwei Enkel und sehr viele Flicken.

Opa Günter hatte seine Garage jeden Samstag zur Fahrradwerkstatt gemacht, seit er in Rente war. Linus und Emily, seine Enkel, durften helfen, wenn sie nicht zu viel redeten.

„[[Opa Günter|i|Schlauch raus, ins Wasser, und dann schauen wir, wo es blubbert.]]“

„[[Emily|i|Da! Da blubbert es!]]“

„[[Linus|i|Das ist nicht der Schlauch, das ist deine Hand.]]“

„[[Emily|e|Selber Hand]]“, sagte sie und spritzte ihn nass.

„[[Opa Günter|i|Ruhe im Betrieb. Linus, gib mir die Flicken.]]“

Vor dem Garagentor hielt eine Frau mit einem Kinderanhänger. Das Hinterrad schleifte, und im Anhänger schlief ein Kleinkind mit offenem Mund.

„[[Frau Aydin|i|Entschuldigung, sind Sie der Mann, der Fahrräder repariert?]]“

„[[Opa Günter|e|Der bin ich]]“, sagte Opa. „[[Opa Günter|e|Was hat es denn?]]“

„[[Frau Aydin|i|Es quietscht seit drei Tagen, und seit heute Morgen bremst es nicht mehr richtig. Ich bin Frau Aydin, von gegenüber.]]“

„[[Linus|i|Das ist die Bremse. Die Bremse ist immer schuld.]]“

„[[Emily|i|Du weißt doch gar nicht, was eine Bremse ist.]]“

„[[Linus|i|Weiß ich wohl. Das Ding, das quietscht.]]“

Opa Günter kniete sich neben das Hinterrad und drehte es langsam mit einem Finger.

„[[Opa Günter|i|Der Junge hat recht. Die Beläge sind runter. Frau Aydin, haben Sie eine halbe Stunde?]]“

„[[Frau Aydin|e|Solange sie schläft, habe ich alle Zeit der Welt]]“, flüsterte sie.

„[[Emily|i|Darf ich aufpassen, dass sie nicht aufwacht?]]“

„[[Frau Aydin|i|Wenn du ganz leise bist, gern.]]“

Emily setzte sich neben den Anhänger und war zum ersten Mal an diesem Tag still. Linus reichte Werkzeug an, ohne dass man ihn fragen musste.

„[[Opa Günter|e|Siehst du]]“, murmelte Opa, „[[Opa Günter|e|so geht Betrieb.]]“

„[[Linus|e|Kriege ich dafür ein Eis?]]“, fragte er.

„[[Opa Günter|i|Ein halbes. Die andere Hälfte kriegt deine Schwester fürs Stillsein.]]“
