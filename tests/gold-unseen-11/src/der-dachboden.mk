#story der-dachboden de
#char _narr|female|
#char Pia|female|meine Schwester
#char Die Mutter|female|Mama;meine Mutter;Gisela
#char Opa Kurt|male|Kurt;Opa;der Großvater
---
Der Dachboden

Am Sonntag sollten wir den Dachboden aufräumen. Meine Schwester Pia stieg als Erste die Leiter hinauf, und ich reichte ihr die Taschenlampe nach oben.

»[[Pia|i|Hier oben riecht es nach alten Socken.]]«

»[[_narr|i|Das sind die Kisten von Opa.]]«

»[[Pia|i|Dann riecht Opa nach alten Socken.]]«

»[[_narr|a|Sag das bloß nicht laut]]«, flüsterte ich und kletterte hinterher.

Unter dem Dachfenster standen drei Kisten mit Bindfaden verschnürt. Pia zog an der ersten, und eine Staubwolke stieg auf.

»[[Pia|i|Briefe. Lauter Briefe.]]«

»[[_narr|i|Von wem?]]«

»[[Pia|i|Keine Ahnung. Die Schrift kann ich nicht lesen.]]«

»[[_narr|i|Lass mal sehen. Das ist Sütterlin.]]«

»[[Pia|i|Seit wann kannst du Sütterlin?]]«

»[[_narr|i|Kann ich ja nicht. Ich weiß nur, wie es heißt.]]«

Von unten klapperte die Leiter, und der Kopf unserer Mutter erschien in der Luke.

»[[Die Mutter|e|Was ist denn da oben los?]]«, fragte die Mutter. »[[Die Mutter|e|Ihr solltet aufräumen, nicht lesen.]]«

»[[Pia|i|Mama, wir haben Briefe gefunden!]]«

»[[Die Mutter|i|Die gehören Opa. Lasst sie, wo sie sind.]]«

Hinter ihr räusperte sich jemand. Opa Kurt stand unten an der Leiter, auf seinen Stock gestützt.

»[[Opa Kurt|e|Lass sie nur lesen, Gisela]]«, sagte Opa Kurt. »[[Opa Kurt|e|Das sind meine Briefe an eure Oma. Sie hat jeden einzelnen aufgehoben.]]«

»[[_narr|i|Alle?]]«

»[[Opa Kurt|i|Alle dreihundert.]]«
