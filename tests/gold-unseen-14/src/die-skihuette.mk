#story die-skihuette de
#char Lars|male|
#char Anke|female|
#char Jonas|male|sein Bruder
#char Die Wirtin|female|eine Frau;die Frau;die Wirtin
---
Die Skihütte

Lars und Anke saßen seit einer Stunde in der Skihütte und warteten auf Jonas. Draußen war der Nebel so dicht, dass man den Lift nicht mehr sah.

„[[Anke|i|Er hat gesagt, er fährt nur noch einmal die schwarze Piste.]]“

„[[Lars|i|Das hat er um zwei gesagt.]]“

„[[Anke|i|Und jetzt ist es halb vier.]]“

„[[Lars|i|Mein Bruder verfährt sich sogar im Supermarkt.]]“

„[[Anke|i|Das beruhigt mich überhaupt nicht.]]“

Eine Frau mit einer karierten Schürze stellte zwei dampfende Tassen auf den Tisch.

„[[Die Wirtin|a|Zweimal Kakao mit Sahne]]“, sagte sie. „[[Die Wirtin|a|Wartet ihr auf jemanden?]]“

„[[Anke|e|Auf einen Idioten mit rotem Helm]]“, seufzte Anke.

„[[Die Wirtin|i|Ach, der. Der ist vorhin am Fenster vorbeigefahren. Zweimal.]]“

„[[Lars|i|Zweimal?]]“

„[[Die Wirtin|i|Einmal hin und einmal zurück. Er sah nicht so aus, als wüsste er, wohin.]]“

Lars stand auf, zog die Jacke an und setzte sich dann wieder hin.

„[[Lars|i|Ich kann ihn bei dem Nebel sowieso nicht finden.]]“

„[[Anke|i|Ruf ihn doch an.]]“

„[[Lars|i|Sein Handy ist in meinem Rucksack. Er wollte es nicht nass machen.]]“

In diesem Moment flog die Tür auf, und ein Schneemann mit rotem Helm stolperte herein.

„[[Jonas|e|Hat jemand die Hütte verschoben?]]“, keuchte Jonas und klopfte sich den Schnee von den Schultern.

„[[Anke|i|Jonas! Wo warst du?]]“

„[[Jonas|i|Im Wald. Zweimal.]]“

„[[Die Wirtin|a|Ich habe es ja gesagt]]“, lachte die Wirtin. „[[Die Wirtin|a|Noch ein Kakao?]]“

„[[Jonas|i|Drei, bitte. Und eine Karte von dem Berg.]]“
