#story der-kochkurs de
#char _narr|female|Rike
#char Ulf|male|
#char Bettina|female|
#char Herr Sauter|male|ein Mann mit Kochmütze;der Koch;Sauter;Chef
#note A/N: Für meine Schwester, die wirklich einmal eine Zwiebel angezündet hat.
---
Der Kochkurs

Zum Geburtstag hatte mir Ulf einen Kochkurs geschenkt, "Italienisch für Anfänger", und natürlich kam er mit. Bettina, meine Kollegin, hatte sich in letzter Minute angemeldet. Wir standen zu dritt an einem Herd, der größer war als meine ganze Küche.

"[[Ulf|i|Ich schneide, du rührst. Das ist fair.]]"

"[[_narr|e|Du schneidest nie]]", sagte ich. "[[_narr|e|Du sagst nur, dass du schneidest.]]"

"[[Bettina|i|Streitet ihr immer so? Dann stelle ich mich lieber an den anderen Herd.]]"

"[[Ulf|i|Wir streiten nicht. Wir verhandeln.]]"

Ein Mann mit Kochmütze klatschte zweimal in die Hände, und alle drehten sich um.

"[[Herr Sauter|i|Guten Abend! Ich bin Sauter, Ihr Koch für heute. Wer von Ihnen hat schon einmal frische Pasta gemacht?]]"

Niemand meldete sich. Bettina hob halb die Hand und ließ sie wieder sinken.

"[[Herr Sauter|i|Sie? Halb zählt nicht.]]"

"[[Bettina|i|Einmal. Mit meiner Oma. Es war eher Kleister.]]"

"[[Herr Sauter|i|Kleister ist ein Anfang. Mehl auf den Tisch, ein Loch in die Mitte, die Eier hinein.]]"

Ulf schlug das erste Ei so fest auf, dass die Schale mit in den Krater fiel.

"[[_narr|i|Ulf!]]"

"[[Ulf|i|Das ist Kalzium. Gesund.]]"

"[[Herr Sauter|e|Fischen Sie das raus]]", seufzte der Koch, "[[Herr Sauter|e|bevor es jemand isst.]]"

Bettina kicherte. Ich fischte, weil Ulf es nicht tat.

"[[Bettina|i|Rike, dein Teig klebt.]]"

"[[_narr|i|Deiner auch.]]"

"[[Bettina|i|Meiner soll kleben. Ich mache Kleister, hast du nicht zugehört?]]"

Am Ende waren unsere Tagliatelle dick wie Schnürsenkel. Herr Sauter probierte eine und kaute sehr lange.

"[[Herr Sauter|i|Das ist... rustikal.]]"

"[[Ulf|i|Danke, Chef!]]"

A/N: Für meine Schwester, die wirklich einmal eine Zwiebel angezündet hat.
