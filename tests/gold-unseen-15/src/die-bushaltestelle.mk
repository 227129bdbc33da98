#story die-bushaltestelle de
#char Noah|male|
#char Die alte Dame|female|eine alte Dame;die alte Dame;Frau Brinkmann;Brinkmann
#char Die Mutter|female|eine Frau;die Frau;die Mutter;Mama
#char Mia|female|die Kleine;ein kleines Mädchen;das Mädchen;Kleine
#char Der Busfahrer|male|der Busfahrer;der Fahrer;Herr Fahrer
---
Die letzte Linie

Es regnete seit dem Nachmittag, und das Wartehäuschen an der Endhaltestelle hatte nur drei Wände. Die Straßenlaterne gegenüber flackerte, als überlegte sie, ob sie sich noch lohnte. Noah stand in der trockensten Ecke, die Kopfhörer auf den Ohren, als sich eine alte Dame mit Regenschirm neben ihn schob.

„[[Die alte Dame|i|Junger Mann, wissen Sie, ob die Vierzehn noch fährt?]]“

Noah nahm einen Kopfhörer ab.

„[[Noah|i|Wie bitte?]]“

„[[Die alte Dame|i|Die Vierzehn. Die letzte.]]“

„[[Noah|a|Um dreiundzwanzig Uhr zwölf]]“, las er von der Anzeige ab. „[[Noah|a|Wenn sie pünktlich ist.]]“

„[[Die alte Dame|i|Die ist nie pünktlich. Seit vierzig Jahren nicht.]]“

Eine Frau mit Kinderwagen kam die Straße heruntergelaufen, ein kleines Mädchen in gelber Regenjacke an der Hand. Sie drängten sich zu viert unter das Dach.

„[[Mia|i|Mama, ich bin nass bis in die Socken.]]“

„[[Die Mutter|a|Ich weiß, Schatz]]“, seufzte die Frau. „[[Die Mutter|a|Gleich kommt der Bus, dann wird es warm.]]“

„[[Mia|i|Wann ist gleich?]]“

„[[Noah|i|In sieben Minuten.]]“

Die Kleine sah zu ihm hoch, als hätte er ihr ein Geheimnis verraten.

„[[Mia|i|Woher weißt du das?]]“

„[[Noah|i|Da oben steht es. Siehst du die Zahl?]]“

„[[Mia|i|Eine Sieben. Jetzt ist es eine Sechs!]]“

„[[Die alte Dame|a|Das kann ja heiter werden]]“, lachte die alte Dame. „[[Die alte Dame|a|Ein Countdown, wie bei einer Rakete.]]“

Sie zählten zu dritt, das Mädchen laut, Noah und die alte Dame leiser. Bei null kam nichts. Bei minus zwei bogen endlich die Scheinwerfer um die Ecke.

„[[Mia|i|Da ist er! Da ist er!]]“

Der Bus hielt mit einem Zischen, und die vordere Tür klappte auf. Der Fahrer, ein bärtiger Mann mit Wollmütze, lehnte sich aus seinem Sitz.

„[[Der Busfahrer|i|Alle einsteigen, die nach Hause wollen. Für die anderen fahre ich nicht.]]“

„[[Die alte Dame|i|Sie sind zu spät, Herr Fahrer.]]“

„[[Der Busfahrer|i|Und Sie sind zu früh, Frau Brinkmann. Wie jeden Donnerstag.]]“

Noah half der Frau, den Kinderwagen die Stufen hinaufzuheben. Das Mädchen setzte sich sofort auf den Platz ganz vorne, direkt hinter den Fahrer.

„[[Die Mutter|a|Danke]]“, sagte die Mutter leise zu Noah. „[[Die Mutter|a|Das war nett.]]“

„[[Noah|i|Kein Problem.]]“

Der Bus fuhr an. Drinnen roch es nach nassen Jacken und Heizungsluft. Die alte Dame setzte sich neben Noah und klopfte ihm auf das Knie.

„[[Die alte Dame|i|Sie sind ein höflicher junger Mann. Das gibt es nicht mehr oft.]]“

„[[Noah|a|Meine Oma würde mich sonst umbringen]]“, sagte er und grinste.

„[[Die alte Dame|i|Dann grüßen Sie Ihre Oma von mir.]]“

„[[Mia|a|Fährst du jetzt auch nach Hause?]]“, fragte das Mädchen den Fahrer.

„[[Der Busfahrer|i|Erst wenn ich euch alle abgeliefert habe. Dann ja.]]“

„[[Mia|i|Und wer fährt dich?]]“

Der Fahrer lachte so laut, dass Frau Brinkmann sich umdrehte.

„[[Der Busfahrer|i|Niemand, Kleine. Ich gehe zu Fuß.]]“
