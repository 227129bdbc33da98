#story das-kneipenquiz de
#char Lea|female|
#char Jonas|male|
#char Hannelore|female|die Frau;die alte Dame;die ältere Frau
#char Der Wirt|male|Herr Brandt;Brandt;der Wirt
---
Das Kneipenquiz

Am Dienstag war Quizabend im Goldenen Anker. Jonas und Lea saßen wie jede Woche am Tisch neben dem Spielautomaten, und wie jede Woche lagen sie auf dem vorletzten Platz.

„[[Lea|i|Frage sieben. Wie viele Herzen hat ein Oktopus?]]“

„[[Jonas|i|Eins. Wie jeder.]]“

„[[Lea|i|Das wäre zu einfach. Die fragen nie was Einfaches.]]“

„[[Jonas|i|Zwei?]]“

„[[Lea|i|Du rätst.]]“

„[[Jonas|i|Natürlich rate ich. Du rätst doch auch.]]“

Am Nachbartisch saß eine ältere Frau allein vor einem Glas Apfelschorle. Sie hatte die ganze Zeit nicht aufgesehen, aber jetzt beugte sie sich zu ihnen herüber.

„[[Hannelore|a|Drei]]“, sagte sie leise. „[[Hannelore|a|Ein Oktopus hat drei Herzen.]]“

„[[Lea|i|Woher wissen Sie das?]]“

„[[Hannelore|i|Ich war vierzig Jahre Biologielehrerin.]]“

„[[Jonas|e|Dann setzen Sie sich doch zu uns]]“, sagte Jonas und zog schon einen Stuhl heran. „[[Jonas|e|Wir brauchen dringend Hilfe.]]“

Die Frau zögerte, nahm dann aber ihr Glas und setzte sich zwischen die beiden.

„[[Hannelore|i|Ich heiße Hannelore. Aber ich sage euch gleich: Bei Fußball bin ich keine Hilfe.]]“

Hinter dem Tresen klopfte der Wirt mit einem Löffel an ein Bierglas.

„[[Der Wirt|a|Frage acht!]]“, rief er. „[[Der Wirt|a|In welchem Jahr fiel die Berliner Mauer?]]“

„[[Jonas|i|Das weiß ich! Neunundachtzig.]]“

„[[Lea|i|Das weiß jeder, Jonas.]]“

„[[Jonas|i|Trotzdem. Ich wusste es.]]“

„[[Der Wirt|e|Frage neun]]“, sagte Herr Brandt und grinste in Richtung ihres Tisches. „[[Der Wirt|e|Wer schoss im WM-Finale von 1954 das Siegtor?]]“

„[[Lea|i|Oh nein.]]“

„[[Hannelore|i|Oh doch. Helmut Rahn. Mein Vater hat es mir jeden Sonntag erzählt.]]“

„[[Jonas|i|Sie haben gesagt, bei Fußball sind Sie keine Hilfe!]]“

„[[Hannelore|a|Ich habe gelogen]]“, antwortete die alte Dame und trank einen Schluck Schorle.
