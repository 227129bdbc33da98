#story die-weinprobe de
#char _narr|female|Anna
#char Tim|male|
#char Rolf|male|Tims Vater;Papa
#char Der Winzer|male|Herr Schäfer;Schäfer;ein kleiner Mann mit roten Wangen;der Winzer
---
Stachelbeere

Tims Vater hatte sich zum Sechzigsten eine Weinprobe gewünscht, und so standen wir an einem Samstag im Oktober in einem Keller in der Pfalz, zwischen Fässern, die älter waren als wir alle zusammen. Der Winzer, ein kleiner Mann mit roten Wangen, stellte drei Gläser vor jeden von uns. Rolf hatte extra ein Sakko angezogen und ein kleines Notizbuch mitgebracht, in das er nach jedem Schluck etwas schrieb.

»[[Der Winzer|i|Wir fangen mit dem Riesling an. Erst schauen, dann riechen, dann trinken.]]«

»[[Rolf|i|Und dann noch mal trinken.]]«

»[[Tim|e|Papa]]«, sagte Tim. »[[Tim|e|Du hast es versprochen.]]«

»[[Rolf|i|Ich hab versprochen, nicht zu singen. Vom Trinken war nicht die Rede.]]«

Ich hielt mein Glas gegen das Licht, weil alle anderen es auch taten. Tim schwenkte seins so fachmännisch, dass ein Schluck auf seinem Hemd landete.

»[[Der Winzer|i|Was riechen Sie?]]«

»[[_narr|e|Wein]]«, sagte ich ehrlich.

»[[Tim|i|Anna.]]«

»[[Der Winzer|e|Nein, nein, das ist eine gute Antwort]]«, sagte der Winzer und lachte. »[[Der Winzer|e|Die meisten sagen Stachelbeere, weil sie es irgendwo gelesen haben.]]«

»[[Rolf|i|Ich rieche Stachelbeere.]]«

»[[Tim|i|Du hast es irgendwo gelesen.]]«

Beim dritten Wein, einem Spätburgunder, war Rolf aufgetaut und erzählte dem Winzer von seiner Hüfte.

»[[Rolf|i|Titan. Beide Seiten. Ich piepe am Flughafen.]]«

»[[Der Winzer|i|Mein Schwiegervater auch. Der ist mit achtzig noch auf die Leiter gestiegen, zum Lesen.]]«

»[[_narr|i|Zum Lesen?]]«

»[[Tim|e|Trauben lesen]]«, flüsterte Tim mir zu. »[[Tim|e|Nicht Bücher.]]«

»[[_narr|i|Das weiß ich.]]«

Das wusste ich nicht. Tim merkte es trotzdem und grinste in sein Glas, und der Winzer schenkte mir zum Trost noch einen Schluck ein, größer als den ersten.

Am Ende kaufte Rolf zwei Kisten, und der Winzer trug sie uns bis zum Auto.

»[[Der Winzer|i|Schäfer, übrigens. Wenn Sie wiederkommen, fragen Sie nach mir.]]«

»[[Rolf|a|Wir kommen wieder]]«, versprach er und schüttelte ihm lange die Hand. »[[Rolf|a|Nächstes Jahr. Zum Einundsechzigsten.]]«

»[[Tim|i|Papa, du hast gesagt, du singst nicht.]]«

»[[Rolf|i|Ich singe doch gar nicht.]]«

Er sang auf der ganzen Rückfahrt.
