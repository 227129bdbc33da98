#story die-hundeschule de
#char Frau Köhler|female|die Trainerin;eine drahtige Frau mit Pfeife;Köhler
#char Markus|male|
#char Britta|female|
#char Herr Okafor|male|ein großer Mann mit einem winzigen Hund;der große Mann;Okafor
---
Sitz, Platz, Bleib

Die Welpengruppe traf sich sonntags um neun auf einer Wiese hinter dem Sportplatz. Markus und Britta waren mit Bruno gekommen, einem Labrador von vier Monaten, der alles fraß, was nicht weglief.

»[[Britta|i|Er hat schon wieder den Handschuh.]]«

»[[Markus|i|Das ist nicht sein Handschuh.]]«

»[[Britta|i|Eben.]]«

Eine drahtige Frau mit Pfeife um den Hals stellte sich in die Mitte des Kreises und klatschte in die Hände.

»[[Frau Köhler|i|Guten Morgen! Ich bin Frau Köhler. Heute üben wir das Bleiben. Wer hat einen Hund, der schon bleibt?]]«

Niemand meldete sich. Nur ein großer Mann mit einem winzigen Hund auf dem Arm hob zögernd die Hand.

»[[Herr Okafor|i|Sie bleibt. Aber nur, wenn ich sie trage.]]«

»[[Frau Köhler|e|Das zählt nicht, Herr Okafor]]«, sagte die Trainerin. »[[Frau Köhler|e|Setzen Sie sie ab.]]«

Er setzte sie ab. Die Kleine setzte sich auf seinen Schuh.

»[[Markus|i|Technisch gesehen bleibt sie.]]«

»[[Herr Okafor|i|Danke. Das finde ich auch.]]«

»[[Frau Köhler|i|Sie beide reden wie alle Männer, die hier anfangen. Bruno, hierher!]]«

Bruno kam nicht. Bruno hatte den Handschuh fallen lassen und einen Stock gefunden, der größer war als er.

»[[Britta|e|Markus, tu was]]«, zischte sie.

»[[Markus|e|Was denn?]]«, fragte er. »[[Markus|e|Er hört ja nicht mal auf dich.]]«

»[[Frau Köhler|i|Nicht rufen. Weggehen. Ein Hund will dahin, wo die Leute sind.]]«

Britta und Markus drehten sich um und gingen. Nach drei Schritten ließ Bruno den Stock fallen und rannte hinterher.

»[[Britta|i|Er kommt! Er kommt wirklich!]]«

»[[Herr Okafor|e|Darf ich das auch probieren?]]«, fragte der große Mann.

»[[Frau Köhler|i|Wenn Sie Ihren Hund vorher von Ihrem Schuh nehmen.]]«

Herr Okafor ging drei Schritte weg. Die Kleine sah ihm nach, gähnte und blieb sitzen.

»[[Markus|i|Sie bleibt. Sie bleibt wirklich.]]«

»[[Frau Köhler|e|Sehen Sie]]«, sagte Frau Köhler und lächelte zum ersten Mal. »[[Frau Köhler|e|Das nennen wir Bleiben.]]«
