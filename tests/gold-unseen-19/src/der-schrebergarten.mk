#story der-schrebergarten de
#char _narr|male|Emre;junger Mann;der Neffe vom Günther
#char Deniz|male|
#char Frau Kowalski|female|eine kleine Frau mit Strohhut;die Nachbarin;Frau Kowalski
#char Herr Brandt|male|ein Mann mit Klemmbrett;der Vorsitzende;Brandt
#note Anmerkung: Ja, die Gartenordnung gibt es wirklich. Nein, ich verrate nicht, in welcher Stadt.
---
Parzelle 47

Den Garten hatte ich von meinem Onkel geerbt, zusammen mit einem Schuppen, zwölf Gartenzwergen und einem Ordner, auf dem in Großbuchstaben GARTENORDNUNG stand. Deniz half mir beim ersten Aufräumen, weil er mir noch einen Umzug schuldete.

»[[Deniz|i|Wie viele Zwerge brauchst du eigentlich?]]«

»[[_narr|i|Keinen einzigen.]]«

»[[Deniz|i|Dann schmeiß sie weg.]]«

»[[_narr|i|Die waren von meinem Onkel. Die schmeiß ich nicht weg.]]«

Über den Zaun schaute eine kleine Frau mit Strohhut. Sie hatte eine Gießkanne in der Hand und sah uns an, als wären wir ein neues Unkraut.

»[[Frau Kowalski|i|Sie sind der Neffe vom Günther?]]«

»[[_narr|e|Ja, genau]]«, sagte ich. »[[_narr|e|Emre. Freut mich.]]«

»[[Frau Kowalski|i|Kowalski. Ihr Onkel hat mir immer die Zucchini gegossen, wenn ich bei meiner Tochter war.]]«

»[[Deniz|e|Das macht er auch]]«, sagte Deniz sofort. »[[Deniz|e|Der liebt Zucchini.]]«

Ich trat ihm auf den Fuß. Frau Kowalski nickte zufrieden und verschwand hinter ihren Bohnen.

Am Nachmittag kam ein Mann mit Klemmbrett den Weg herauf. Er blieb vor unserer Hecke stehen und maß sie mit den Augen.

»[[Herr Brandt|i|Brandt, Vorstand. Sie sind der neue Pächter von Parzelle 47?]]«

»[[_narr|i|Seit Dienstag.]]«

»[[Herr Brandt|a|Die Hecke ist zwanzig Zentimeter zu hoch]]«, stellte er fest. »[[Herr Brandt|a|Eins Komma zwanzig ist erlaubt. Steht in Paragraf acht.]]«

»[[Deniz|i|Haben Sie ein Maßband dabei, oder sieht man das so?]]«

»[[Herr Brandt|i|Das sieht man so, junger Mann.]]«

Da tauchte der Strohhut wieder über dem Zaun auf.

»[[Frau Kowalski|i|Herr Brandt, Ihre eigene Hecke ist eins fünfzig. Ich hab nachgemessen.]]«

Der Vorsitzende wurde rot bis zum Kragen.

»[[Herr Brandt|a|Das ist etwas anderes]]«, murmelte er. »[[Herr Brandt|a|Das ist eine historische Hecke.]]«

»[[Frau Kowalski|i|Dann ist die hier auch historisch. Die hat der Günther neunzehnhundertachtundachtzig gepflanzt.]]«

Brandt schrieb etwas auf sein Klemmbrett und ging.

»[[Frau Kowalski|a|So]]«, sagte sie zufrieden. »[[Frau Kowalski|a|Und jetzt zu den Zucchini. Gießen Sie morgens oder abends?]]«

»[[_narr|i|Ähm. Wann man sollte?]]«

»[[Frau Kowalski|i|Abends, Herr Neffe. Abends.]]«

Sie verschwand wieder. Deniz hob einen Zwerg auf und drehte ihn in der Hand.

»[[Deniz|i|Der hier sieht aus wie Brandt.]]«

»[[_narr|i|Der bleibt.]]«

Deniz sah mich an.

»[[Deniz|i|Ich glaube, du brauchst die Zwerge gar nicht. Du hast sie.]]«

Anmerkung: Ja, die Gartenordnung gibt es wirklich. Nein, ich verrate nicht, in welcher Stadt.
