#story das-wg-casting de
#char _narr|female|
#char Jannik|male|
#char Sophie|female|
#char Mats|male|ein großer Typ;der Typ;der Bewerber
#note A/N: Wer schon mal ein WG-Casting mitgemacht hat, weiß Bescheid. Kudos und Kommentare sind Liebe! <3
---
Das WG-Casting

Der vierte Bewerber des Abends kam zwanzig Minuten zu spät. Jannik hatte schon die Chips aufgemacht, die eigentlich für die Bewerber gedacht waren, und Sophie malte Kringel auf die Liste. Wir hatten an diesem Abend schon drei Leute kennengelernt: eine Jurastudentin mit eigenem Staubsauger, einen Musiker, der nur nachts übte, und den Mann mit dem Kühlschrank.

»[[Sophie|i|Wenn der auch nur ein Wort über sein Start-up sagt, gehe ich ins Bett.]]«

»[[Jannik|i|Der Letzte war doch nett.]]«

»[[Sophie|i|Der Letzte wollte wissen, ob wir seinen Kühlschrank mitbenutzen dürfen. Seinen eigenen, in unserer Küche.]]«

»[[_narr|a|Vielleicht ist der hier normal]]«, sagte ich. »[[_narr|a|Einer muss ja normal sein.]]«

Es klingelte. Vor der Tür stand ein großer Typ mit Fahrradhelm und einem Blech in den Händen, das mit Alufolie abgedeckt war.

»[[Mats|i|Hallo! Entschuldigung, ich hatte einen Platten. Ich habe Apfelkuchen mitgebracht, ist das okay?]]«

»[[Jannik|e|Das ist mehr als okay]]«, sagte Jannik und nahm ihm das Blech ab, bevor jemand anderes es tun konnte.

Wir setzten uns in die Küche. Der Typ behielt den Helm auf, bis Sophie auf ihren eigenen Kopf zeigte.

»[[Mats|a|Oh. Ja. Sorry]]«, murmelte er und legte ihn auf den Stuhl neben sich.

»[[Sophie|i|Also, erzähl mal. Was machst du so?]]«

»[[Mats|i|Ich studiere Geologie. Im fünften Semester.]]«

»[[Jannik|i|Steine?]]«

»[[Mats|i|Steine, ja. Aber auch Wasser. Und Erdbeben, ein bisschen.]]«

»[[_narr|i|Und wie bist du so im Haushalt?]]«

Er überlegte ernsthaft, die Stirn in Falten.

»[[Mats|a|Ich spüle sofort ab]]«, gestand er schließlich. »[[Mats|a|Aber ich singe dabei. Laut. Das sage ich lieber gleich.]]«

Sophie und ich sahen uns an. Jannik hatte inzwischen das zweite Stück Kuchen auf dem Teller.

»[[Sophie|i|Was singst du denn?]]«

»[[Mats|i|Meistens Schlager. Helene Fischer und so.]]«

»[[Jannik|e|Das ist ein Ausschlusskriterium]]«, erklärte Jannik mit vollem Mund. »[[Jannik|e|Eigentlich.]]«

»[[_narr|i|Eigentlich?]]«

»[[Jannik|i|Der Kuchen ist sehr gut.]]«

»[[Sophie|i|Und wann stehst du morgens auf?]]«

»[[Mats|i|Um sechs. Ich gehe vor der Uni schwimmen.]]«

Jannik verschluckte sich an seinem Kuchen und hustete so lange, bis ich ihm auf den Rücken klopfte.

»[[Jannik|i|Um sechs? Freiwillig?]]«

»[[Mats|a|Man gewöhnt sich daran]]«, meinte er und zuckte mit den Schultern. »[[Mats|a|Ich bin auch ganz leise. Bis auf das Singen.]]«

Er ging um halb zehn, den Helm wieder auf dem Kopf. An der Tür drehte er sich noch einmal um.

»[[Mats|i|Ach so, ich heiße übrigens Mats. Hab ich vergessen zu sagen, glaube ich.]]«

»[[Sophie|i|Hast du. Tschüss, Mats.]]«

Als die Tür zu war, stellte Sophie sich vor die Liste und strich die drei anderen Namen durch.

»[[Sophie|i|Wir nehmen den Sänger, oder?]]«

»[[_narr|a|Wir nehmen den Kuchen]]«, sagte ich.

A/N: Wer schon mal ein WG-Casting mitgemacht hat, weiß Bescheid. Kudos und Kommentare sind Liebe! <3
