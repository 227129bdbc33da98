#story das-theaterstueck de
#char Frau Brandt|female|Brandt;die Regisseurin
#char Paul|male|
#char Lena|female|
#char Emre|male|
---
Das Theaterstück

Drei Tage vor der Premiere stand im Gemeindesaal noch immer keine einzige Kulisse. Frau Brandt saß in der ersten Reihe, das Textbuch auf den Knien, und klopfte mit dem Bleistift gegen die Stuhllehne.

„[[Frau Brandt|i|Noch einmal von vorne. Paul, dein Auftritt.]]“

Paul kam von links auf die Bühne, stolperte über ein Kabel und fing sich am Vorhang.

„[[Paul|i|Oh Königin, ich bringe Kunde aus dem Norden!]]“

„[[Lena|i|Welche Kunde, treuer Bote?]]“

„[[Paul|i|Die Kunde... die Kunde ist...]]“

„[[Emre|i|Dass das Heer geschlagen ist.]]“

„[[Paul|i|Das wollte ich gerade sagen!]]“

„[[Frau Brandt|e|Stopp!]]“, rief Frau Brandt. „[[Frau Brandt|e|Emre, du bist der Hofnarr. Der Hofnarr flüstert nicht mit.]]“

„[[Emre|i|Aber er hat es seit Wochen nicht gewusst.]]“

„[[Paul|i|Ich weiß es. Ich weiß es nur nicht, wenn alle gucken.]]“

Lena setzte sich auf den Pappthron, der bei jeder Bewegung knarrte, und zog die Krone zurecht.

„[[Lena|a|Vielleicht hilft es, wenn du mich nicht ansiehst]]“, schlug sie vor. „[[Lena|a|Sieh einfach auf die Uhr da hinten.]]“

„[[Paul|i|Die Uhr geht falsch.]]“

„[[Lena|i|Das ist doch egal, Paul. Du sollst sie ja nicht lesen.]]“

„[[Frau Brandt|i|Gut. Versuchen wir es so. Von ‚Oh Königin‘ an.]]“

Paul holte tief Luft, starrte auf die Uhr und sprach den ganzen Satz ohne Stocken.

„[[Emre|e|Bravo!]]“, jubelte Emre und warf seine Narrenkappe in die Luft.

„[[Frau Brandt|i|Emre, die Kappe bleibt auf dem Kopf. Lena, deine Antwort.]]“

„[[Lena|i|Ich... Moment. Was sage ich jetzt?]]“

„[[Paul|i|Das glaube ich jetzt nicht.]]“

„[[Emre|i|Soll ich flüstern?]]“

„[[Frau Brandt|a|Nein!]]“, rief die Regisseurin, und Paul hielt sich die Ohren zu.

„[[Paul|i|Ich meine ja nur. Wir haben noch drei Tage.]]“

„[[Frau Brandt|i|Zwei, Paul. Morgen ist Sonntag.]]“
