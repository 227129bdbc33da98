#story die-nachtschicht de
#char _narr|male|
#char Svetlana|female|
#char Der Fahrer|male|der Mann
#char Der Chef|male|Herr Okafor;Okafor;der Chef;Chef
---
Die Nachtschicht

Um halb drei in der Nacht roch die Backstube schon nach Hefe. Svetlana stand am Ofen und zählte die Bleche, und ich wusch zum dritten Mal dieselbe Schüssel ab, weil ich noch nicht richtig wach war.

»[[Svetlana|i|Du wäschst die Schüssel schon wieder.]]«

»[[_narr|i|Sie war noch nicht sauber.]]«

»[[Svetlana|i|Sie war vor zehn Minuten sauber.]]«

»[[_narr|i|Dann ist sie jetzt besonders sauber.]]«

Sie schüttelte den Kopf und schob das erste Blech in den Ofen.

»[[Svetlana|a|Hol lieber das Mehl aus dem Lager]]«, sagte sie. »[[Svetlana|a|Der Chef kommt gleich, und dann will er, dass alles fertig ist.]]«

Ich war gerade mit dem ersten Sack zurück, als die Hintertür aufging. Aber es war nicht der Chef, sondern ein Mann in einer orangefarbenen Warnweste mit einem Klemmbrett.

»[[Der Fahrer|a|Lieferung für die Bäckerei Okafor?]]«, fragte der Mann.

»[[Svetlana|i|Das sind wir. Aber wir haben nichts bestellt.]]«

»[[Der Fahrer|i|Hier steht: zweihundert Kilo Zucker.]]«

»[[_narr|i|Zweihundert Kilo? Wir brauchen im Monat vielleicht vierzig.]]«

»[[Der Fahrer|i|Ich fahre nur. Ich bestelle nicht.]]«

Der Mann hielt ihr das Klemmbrett hin. Svetlana las, runzelte die Stirn und las noch einmal.

»[[Svetlana|i|Das ist nicht unsere Adresse. Das ist die Lindenstraße zwölf. Wir sind die Lindenstraße einundzwanzig.]]«

»[[Der Fahrer|i|Ach du liebe Zeit.]]«

In diesem Moment kam der Chef herein, den Schal bis über die Nase gezogen.

»[[Der Chef|e|Was ist denn hier los?]]«, fragte Herr Okafor. »[[Der Chef|e|Warum steht ein Lastwagen in meiner Einfahrt?]]«

»[[_narr|i|Zweihundert Kilo Zucker, Chef. Aber nicht für uns.]]«

»[[Der Chef|i|Für wen denn?]]«

»[[Svetlana|i|Für die Konditorei gegenüber, glaube ich.]]«

»[[Der Chef|a|Für Frau Lindner?]]« Er lachte laut. »[[Der Chef|a|Die hat letzte Woche behauptet, wir benutzen zu viel Zucker.]]«

»[[Der Fahrer|i|Soll ich also wieder fahren?]]«

»[[Der Chef|i|Fahren Sie nur. Und grüßen Sie Frau Lindner schön von mir.]]«
