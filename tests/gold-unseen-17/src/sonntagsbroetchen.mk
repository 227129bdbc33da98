#story sonntagsbroetchen de
#char _narr|female|junge Frau;die Dame vor uns
#char Die Verkäuferin|female|Gabi;die Verkäuferin
#char Der alte Herr|male|Herr Sommer;ein älterer Herr mit Hut;der Herr mit Hut
#char Die Mutter|female|Mama;eine Frau mit Kinderwagen
#char Mats|male|der Kleine;ein kleiner Junge
#note Anmerkung: Kleiner Oneshot zwischendurch, weil ich bei Kapitel zwölf festhänge. Sorry!
---
Anmerkung: Kleiner Oneshot zwischendurch, weil ich bei Kapitel zwölf festhänge. Sorry!

Sonntagsbrötchen

Am Sonntag um halb acht ist die Schlange vor der Bäckerei Brandl länger als der Bürgersteig. Ich stand hinter einem älteren Herrn mit Hut und vor einer Frau mit Kinderwagen, aus dem ein kleiner Junge ununterbrochen seine Mütze warf.

„[[Mats|i|Mama, ich will ein Schokocroissant.]]“

„[[Die Mutter|i|Erst mal sind wir dran, Mats. Dann sehen wir weiter.]]“

„[[Mats|i|Wann sind wir dran?]]“

„[[Die Mutter|i|Wenn die Dame vor uns dran war.]]“

Die Dame vor ihnen war ich. Ich drehte mich um und lächelte entschuldigend, als könnte ich etwas dafür.

„[[_narr|i|Es dauert nicht mehr lange. Glaube ich.]]“

„[[Der alte Herr|i|Das glauben Sie.]]“

Der Herr mit Hut war an der Reihe. Hinter der Theke stand die Frau, die hier jeden Sonntag stand, mit rotem Lippenstift und Armen wie ein Bäcker.

„[[Die Verkäuferin|i|Wie immer, Herr Sommer?]]“

„[[Der alte Herr|i|Wie immer. Zwei Kaiser, ein Roggen. Und die Zeitung.]]“

„[[Die Verkäuferin|i|Die Zeitung ist aus. Der Fahrer hatte einen Platten.]]“

„[[Der alte Herr|e|Dann nehme ich ein Stück Bienenstich]]“, sagte Herr Sommer nach langem Nachdenken. „[[Der alte Herr|e|Als Trost.]]“

Dann war ich dran. Ich hatte mir auf dem Weg einen Zettel geschrieben, aber jetzt, vor der Theke, konnte ich meine eigene Schrift nicht lesen.

„[[Die Verkäuferin|i|Na, junge Frau? Was darf's sein?]]“

„[[_narr|i|Sechs Brötchen, bitte. Nein, acht. Und ein Vollkornbrot.]]“

„[[Die Verkäuferin|i|Geschnitten?]]“

„[[_narr|i|Ja. Nein. Doch, ja.]]“

„[[Mats|a|Die weiß gar nicht, was sie will]]“, stellte der Kleine hinter mir laut fest.

„[[Die Mutter|i|Mats! Das sagt man nicht.]]“

„[[_narr|a|Er hat ja recht]]“, gab ich zu. „[[_narr|a|Ich weiß es wirklich nicht.]]“

Die Verkäuferin packte die Brötchen ein, dann beugte sie sich über die Theke und hielt dem Jungen ein Schokocroissant hin.

„[[Die Verkäuferin|i|Für den ehrlichsten Kunden des Tages. Geht aufs Haus.]]“

„[[Die Mutter|i|Gabi, das musst du nicht.]]“

„[[Die Verkäuferin|a|Ich weiß]]“, sagte sie. „[[Die Verkäuferin|a|Ich will aber.]]“

Mats hatte den Mund schon voll. Er sagte trotzdem danke, oder etwas, das so ähnlich klang. Von der Tür her brummte Herr Sommer, den Bienenstich in der Hand.

„[[Der alte Herr|i|Mir hat sie noch nie was geschenkt. In zwanzig Jahren nicht.]]“

„[[Die Verkäuferin|i|Sie waren auch noch nie so ehrlich, Herr Sommer.]]“
