#story die-baustelle de
#char Ben|male|
#char Greta|female|
#char Der Polier|male|Polier;Herr Yilmaz;Yilmaz
---
Die Baustelle

Hinter dem Zaun der Schule wurde seit Wochen gebaut. Ben und Greta standen jeden Nachmittag dort und schauten dem gelben Bagger zu.

„[[Ben|i|Heute baggert er gar nicht.]]“

„[[Greta|i|Vielleicht hat er Pause.]]“

„[[Ben|i|Bagger haben keine Pause.]]“

„[[Greta|i|Woher willst du das wissen?]]“

„[[Ben|i|Mein Onkel fährt einen. Der fährt den ganzen Tag.]]“

„[[Greta|i|Dein Onkel fährt einen Gabelstapler.]]“

„[[Ben|i|Das ist fast dasselbe.]]“

„[[Greta|i|Das ist überhaupt nicht dasselbe.]]“

Ben drückte die Nase an den Zaun. Hinter dem Bagger kam ein Mann mit einem weißen Helm hervor, ein Klemmbrett unter dem Arm.

„[[Der Polier|a|Was macht ihr denn da?]]“, rief der Mann. „[[Der Polier|a|Das hier ist kein Spielplatz.]]“

„[[Greta|e|Wir spielen ja nicht]]“, sagte Greta. „[[Greta|e|Wir gucken nur.]]“

„[[Der Polier|i|Und was guckt ihr?]]“

„[[Ben|i|Warum der Bagger nicht baggert.]]“

Der Mann lachte und schob den Helm in den Nacken.

„[[Der Polier|i|Weil sein Fahrer krank ist. Ich bin Yilmaz, der Polier hier. Und ihr seid die zwei, die jeden Tag am Zaun hängen.]]“

„[[Ben|e|Dürfen wir mal reinsitzen?]]“, fragte Ben.

„[[Der Polier|i|Wenn eure Eltern unterschreiben, am Tag der offenen Baustelle. Samstag.]]“

„[[Greta|i|Versprochen?]]“

„[[Der Polier|i|Versprochen.]]“
