#story die-arztpraxis de
#char Die Ärztin|female|Dr. Kessler;Kessler;Frau Doktor;die Ärztin;eine Frau im weißen Kittel
#char Herr Yilmaz|male|Yilmaz;ihr Vater;Papa
#char Elif|female|seine Tochter;die Tochter
#char Die Arzthelferin|female|die Arzthelferin;eine junge Frau
#note Titel: Wartezimmer
#note Autorin: kamillentee
#note Fandom: Original Work
#note Zusammenfassung: Herr Yilmaz geht nicht gern zum Arzt. Seine Tochter hat ihn trotzdem hingebracht.
---
Titel: Wartezimmer
Autorin: kamillentee
Fandom: Original Work
Zusammenfassung: Herr Yilmaz geht nicht gern zum Arzt. Seine Tochter hat ihn trotzdem hingebracht.

Wartezimmer

Das Wartezimmer war voll, und Herr Yilmaz saß so da, als wollte er jeden Moment wieder aufstehen. Seine Tochter hielt ihm die Versichertenkarte hin, zum dritten Mal. Neben ihnen hustete ein Kind, gegenüber blätterte ein Mann in einer Zeitschrift vom letzten Sommer, und am Empfang klingelte ununterbrochen das Telefon.

„[[Elif|i|Papa, du musst sie vorne abgeben.]]“

„[[Herr Yilmaz|i|Gleich.]]“

„[[Elif|i|Das hast du vor zehn Minuten auch gesagt.]]“

„[[Herr Yilmaz|a|Mir geht es schon viel besser]]“, brummte er. „[[Herr Yilmaz|a|Eigentlich können wir wieder fahren.]]“

„[[Elif|e|Du hast heute Nacht gehustet wie ein alter Traktor]]“, hielt Elif dagegen. „[[Elif|e|Ich habe es durch zwei Wände gehört.]]“

Am Empfang winkte eine junge Frau mit Pferdeschwanz und Headset.

„[[Die Arzthelferin|i|Herr Yilmaz? Ihre Karte brauche ich noch, bitte.]]“

Elif stand auf, bevor ihr Vater es sich anders überlegen konnte, und brachte die Karte nach vorne.

„[[Die Arzthelferin|i|Danke. Und Sie sind die Tochter?]]“

„[[Elif|i|Ja. Und die Fahrerin. Und die, die ihn überredet hat.]]“

„[[Die Arzthelferin|a|Dann haben Sie die schwerste Arbeit schon hinter sich]]“, lachte die Arzthelferin. „[[Die Arzthelferin|a|Sie sind gleich dran.]]“

Es dauerte trotzdem noch zwanzig Minuten. Dann ging die Tür zum Sprechzimmer auf, und eine Frau im weißen Kittel schaute heraus, eine Lesebrille im grauen Haar.

„[[Die Ärztin|i|Herr Yilmaz, bitte.]]“

Im Sprechzimmer setzte sich Herr Yilmaz auf die Kante der Liege. Elif blieb an der Tür stehen.

„[[Die Ärztin|i|Was führt Sie zu mir?]]“

„[[Herr Yilmaz|i|Meine Tochter.]]“

„[[Die Ärztin|a|Das sehe ich]]“, sagte die Ärztin und lächelte. „[[Die Ärztin|a|Und außer Ihrer Tochter?]]“

„[[Herr Yilmaz|a|Ein bisschen Husten]]“, gab er zu. „[[Herr Yilmaz|a|Seit drei Wochen vielleicht.]]“

„[[Elif|i|Seit fünf.]]“

„[[Herr Yilmaz|i|Seit vier.]]“

„[[Die Ärztin|a|Einigen wir uns auf viereinhalb]]“, schlug die Ärztin vor und griff nach dem Stethoskop. „[[Die Ärztin|a|Machen Sie bitte den Oberkörper frei.]]“

Die Ärztin hörte ihn ab, vorne und hinten, und ließ ihn zweimal tief einatmen. Dann setzte sie sich an den Schreibtisch und tippte etwas.

„[[Die Ärztin|a|Es ist nichts Schlimmes]]“, fuhr sie fort, ohne vom Bildschirm aufzusehen. „[[Die Ärztin|a|Eine Bronchitis, die Sie viel zu lange verschleppt haben. Sie bekommen einen Saft und zwei Wochen Ruhe.]]“

„[[Herr Yilmaz|i|Zwei Wochen? Und der Laden?]]“

„[[Elif|i|Den mache ich. Ich habe Ferien.]]“

„[[Herr Yilmaz|i|Du kannst die Kasse nicht.]]“

„[[Elif|i|Ich kann die Kasse, seit ich zwölf bin, Papa.]]“

Die Ärztin druckte das Rezept aus und unterschrieb mit schwungvoller Hand.

„[[Die Ärztin|i|Dann ist das ja geklärt. Und wenn es in einer Woche nicht besser ist, kommen Sie wieder. Allein, wenn Sie sich trauen.]]“

Auf dem Weg nach draußen las Elif das Schild neben der Tür und grinste.

„[[Elif|i|Dr. Kessler. Die mag ich.]]“

„[[Herr Yilmaz|a|Sie ist streng]]“, murmelte ihr Vater. „[[Herr Yilmaz|a|Aber gut. Sag ihr das bloß nicht.]]“
