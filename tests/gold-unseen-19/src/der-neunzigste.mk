#story der-neunzigste de
#char Oma Hilde|female|Oma;Mutti;Hilde;die Großmutter;Frau Berger
#char Rainer|male|ihr Sohn;der Sohn
#char Nele|female|die Enkelin;Nelchen
#char Paul|male|der Kleine;ein kleiner Junge
#char Frau Schulte|female|die Nachbarin;eine Frau mit Kuchenblech;Frau Schulte;Marianne
#note Anmerkung: Für meine Oma, die nächstes Jahr neunzig wird und das hier hoffentlich nie liest.
---
Neunzig

Rainer hatte den Saal im Gasthaus Linde gemietet, zwanzig Gäste eingeladen und eine Rede geschrieben, die vier Seiten lang war. Seine Mutter saß am Kopfende des Tisches und sah aus, als würde sie gleich wieder nach Hause gehen.

„[[Oma Hilde|i|Wer sind denn die ganzen Leute?]]“

„[[Rainer|i|Deine Familie, Mutti.]]“

„[[Oma Hilde|i|So viel Familie hab ich nicht.]]“

„[[Nele|e|Doch, Oma]]“, sagte Nele und setzte ihr den Papierhut auf. „[[Nele|e|Das da drüben ist Tante Gisela, und das sind ihre Enkel.]]“

„[[Oma Hilde|a|Gisela ist dick geworden]]“, stellte die alte Frau laut fest.

Rainer hustete. Unter dem Tisch kroch ein kleiner Junge hervor, mit Sahne im Gesicht.

„[[Paul|i|Uroma, bist du wirklich neunzig? Das ist älter als die Dinosaurier!]]“

„[[Oma Hilde|i|Fast, mein Schatz. Die Dinosaurier waren ein bisschen früher.]]“

„[[Paul|i|Wie viel früher?]]“

„[[Oma Hilde|i|Kurz vor dem Krieg.]]“

„[[Nele|a|Paul, komm da raus]]“, lachte sie. „[[Nele|a|Du hast die ganze Torte schon probiert, oder?]]“

Die Tür ging auf, und eine Frau mit Kuchenblech kam herein, ganz außer Atem.

„[[Frau Schulte|i|Hilde! Entschuldige, der Bus. Ich hab dir deinen Bienenstich gebacken.]]“

„[[Oma Hilde|i|Endlich jemand, den ich kenne. Setz dich, Marianne.]]“

„[[Rainer|a|Frau Schulte, schön, dass Sie da sind]]“, sagte er und rückte ihr einen Stuhl zurecht. „[[Rainer|a|Ich wollte gerade meine Rede halten.]]“

„[[Frau Schulte|i|Oh. Ist die lang?]]“

„[[Nele|i|Vier Seiten.]]“

„[[Frau Schulte|i|Dann hol ich mir vorher noch einen Kaffee.]]“

„[[Paul|i|Ich will auch einen Kaffee!]]“

„[[Rainer|e|Du kriegst Apfelschorle]]“, sagte Rainer, ohne aufzusehen. „[[Rainer|e|Und zwar eine kleine.]]“

„[[Oma Hilde|i|Gib dem Jungen einen Kaffee. Du hast mit sechs auch schon Kaffee getrunken.]]“

„[[Rainer|i|Das war Muckefuck, Mutti.]]“

Rainer stand auf, faltete die Blätter auseinander und räusperte sich. Seine Mutter hob die Hand.

„[[Oma Hilde|a|Rainer]]“, sagte sie. „[[Oma Hilde|a|Ich hab dich lieb. Aber lies das bitte nicht vor.]]“

Er sah auf die vier Seiten, dann auf sie, dann faltete er sie wieder zusammen.

„[[Rainer|i|Auf Mutti. Auf neunzig Jahre.]]“

„[[Paul|i|Und auf die Dinosaurier!]]“

Anmerkung: Für meine Oma, die nächstes Jahr neunzig wird und das hier hoffentlich nie liest.
