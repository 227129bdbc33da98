#story der-wochenmarkt de
#char _narr|female|
#char Felix|male|mein Bruder
#char Herr Yilmaz|male|Yilmaz;der Gemüsehändler;der Händler
#char Oma Gerda|female|Oma;unsere Oma;Gerda
---
Der Wochenmarkt

Jeden Samstag schickte uns Oma mit einem Zettel auf den Wochenmarkt. Mein Bruder Felix las den Zettel nie, und ich verlor ihn meistens.

»[[Felix|i|Was steht drauf?]]«

»[[_narr|i|Kartoffeln, Lauch, Eier. Und etwas, das ich nicht lesen kann.]]«

»[[Felix|i|Zeig mal. Das heißt Quitten.]]«

»[[_narr|i|Was macht sie denn mit Quitten?]]«

»[[Felix|i|Gelee. Das Zeug, das keiner isst.]]«

Am Gemüsestand stand Herr Yilmaz hinter einer Pyramide aus Tomaten und winkte uns schon von weitem.

»[[Herr Yilmaz|a|Da sind ja meine zwei Lieblingskunden!]]«, rief er. »[[Herr Yilmaz|a|Was braucht die Oma heute?]]«

»[[_narr|i|Kartoffeln, Lauch und Quitten, bitte.]]«

»[[Herr Yilmaz|i|Quitten habe ich keine mehr. Die letzten hat eine Dame um sieben Uhr gekauft.]]«

»[[Felix|e|Um sieben?]]«, staunte Felix. »[[Felix|e|Wer kauft um sieben Uhr Quitten?]]«

Hinter uns räusperte sich jemand. Ich drehte mich um und sah in das Gesicht unserer Oma, mit einem vollen Korb am Arm.

»[[Oma Gerda|i|Ich, zum Beispiel.]]«

»[[_narr|i|Oma! Warum schickst du uns dann los?]]«

»[[Oma Gerda|i|Weil ihr sonst bis Mittag schlaft.]]«

»[[Herr Yilmaz|a|Guten Morgen, Gerda]]«, lachte der Gemüsehändler. »[[Herr Yilmaz|a|Die Kartoffeln lege ich trotzdem dazu.]]«

»[[Oma Gerda|i|Und zwei Stangen Lauch. Die Kinder tragen.]]«

Felix nahm den Korb, ich nahm die Kartoffeln, und Oma ging mit leeren Händen voraus.

»[[Felix|a|Das war eine Falle]]«, flüsterte er mir zu.

»[[_narr|i|Das ist jeden Samstag eine Falle.]]«

Auf dem Heimweg blieb Oma vor dem Blumenstand stehen und drehte sich zu uns um.

»[[Oma Gerda|i|Welche Farbe mögt ihr lieber, Gelb oder Rot?]]«

»[[Felix|i|Rot.]]«

»[[_narr|i|Gelb.]]«

»[[Oma Gerda|e|Dann nehmen wir Weiß]]«, entschied Oma Gerda und bezahlte.

»[[Felix|i|Warum fragst du uns überhaupt?]]«

»[[Oma Gerda|i|Damit ihr das Gefühl habt, dass ihr mitreden dürft.]]«
