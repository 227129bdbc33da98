#story die-blutspende de
#char Finn|male|Junge
#char Alina|female|Fräulein
#char Die Schwester|female|Petra;Schwester Petra;eine Frau im weißen Kittel;die Schwester
#char Herr Brenner|male|Brenner;ein alter Mann mit Hosenträgern;der alte Mann
#note Anmerkung: Geht Blut spenden, Leute. Wirklich. Es gibt hinterher Kuchen.
---
Erstspender

Im Gemeindehaus roch es nach Desinfektionsmittel und Streuselkuchen. Finn hatte Alina versprochen, dass er mitkommt, und jetzt saß er auf einer Liege und sah auf die Nadel wie auf einen Feind. Alina saß auf einem Hocker neben ihm. Sie spendete zum vierten Mal dieses Jahr, heute aber erst nach ihm, und sah so entspannt aus, als wäre sie beim Friseur. Sie hatte ihm auf der Fahrt alles erklärt: den Fragebogen, das Gespräch mit der Ärztin, den kleinen Piks am Finger. Er hatte nichts davon gehört.

„[[Alina|i|Du musst nicht hinsehen.]]“

„[[Finn|i|Ich sehe nicht hin. Ich sehe nur in die Richtung.]]“

Eine Frau im weißen Kittel kam mit einem Tablett und einem Lächeln, das schon tausend Finns gesehen hatte.

„[[Die Schwester|i|Das erste Mal?]]“

„[[Finn|i|Merkt man das?]]“

„[[Die Schwester|a|Sie sind grün im Gesicht]]“, sagte sie freundlich. „[[Die Schwester|a|Das merkt man.]]“

Auf der Liege daneben lag ein alter Mann mit Hosenträgern und einem Kreuzworträtsel. Aus seinem Arm lief Blut in einen Beutel, und er füllte dabei in aller Ruhe sieben senkrecht aus.

„[[Herr Brenner|i|Hundertzwölftes Mal, Junge. Das tut nicht weh.]]“

„[[Finn|i|Hundertzwölf?]]“

„[[Herr Brenner|e|Seit dreiundsiebzig]]“, sagte der alte Mann stolz. „[[Herr Brenner|e|Petra, wie viele hab ich noch bis zur goldenen Nadel?]]“

„[[Die Schwester|i|Acht, Herr Brenner. Wie letzte Woche.]]“

„[[Alina|i|Letzte Woche? Darf man denn jede Woche?]]“

„[[Die Schwester|i|Nein. Er kommt trotzdem. Wegen dem Kuchen.]]“

Herr Brenner protestierte nicht. Die Schwester band Finn den Arm ab, klopfte auf die Vene und sagte etwas von einem kleinen Piks.

„[[Finn|i|Aua.]]“

„[[Die Schwester|i|Ich bin noch gar nicht drin.]]“

„[[Finn|i|Ach so. Dann: noch nicht aua.]]“

Alina hielt seine andere Hand und tat so, als würde sie nicht lachen. Es gelang ihr schlecht. Herr Brenner legte den Kugelschreiber in die Falte seiner Zeitung und räusperte sich, wie sich Leute räuspern, die gleich um Hilfe bitten, ohne darum zu bitten.

„[[Herr Brenner|i|Sieben senkrecht. Mutig, mit vier Buchstaben?]]“

„[[Alina|a|Tapfer]]“, sagte sie und sah Finn an. „[[Alina|a|Ganz eindeutig tapfer.]]“

„[[Herr Brenner|i|Passt nicht. Ich brauch was mit K.]]“

„[[Finn|i|Kühn.]]“

„[[Herr Brenner|i|Kühn! Der Junge ist gut. Den behalten Sie, Fräulein.]]“

„[[Die Schwester|i|So, fertig. Jetzt liegen bleiben und Kuchen essen.]]“

„[[Finn|i|Schon fertig?]]“

Die Schwester lachte, und Herr Brenner schrieb KÜHN in seine Kästchen, in großen, zufriedenen Buchstaben. Finn aß drei Stück Streuselkuchen und erzählte Alina auf der Heimfahrt zweimal, dass es gar nicht wehgetan hatte.

Anmerkung: Geht Blut spenden, Leute. Wirklich. Es gibt hinterher Kuchen.
