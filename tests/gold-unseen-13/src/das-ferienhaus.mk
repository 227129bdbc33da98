#story das-ferienhaus de
#char _narr|male|
#char Tobias|male|mein Freund
#char Jule|female|
#char Herr Albers|male|Albers;der Vermieter;ein kleiner Mann;der kleine Mann
---
Das Ferienhaus

Wir hatten das Ferienhaus im Internet gebucht, nach einem Foto mit Blick auf den See. Als wir ankamen, war der See da, das Haus auch, aber zwischen beiden lag eine Autobahn.

»[[Tobias|e|Seeblick]]«, sagte Tobias nur und stellte die Taschen ab.

»[[_narr|i|Man sieht den See doch. Da, zwischen den Lastwagen.]]«

»[[Jule|i|Ich sehe nur Lastwagen.]]«

»[[Tobias|i|Ich auch.]]«

»[[_narr|i|Ihr müsst euch etwas nach links lehnen.]]«

Jule lehnte sich nach links, dann nach rechts, dann setzte sie sich auf ihren Koffer.

»[[Jule|i|Wer hat das gebucht?]]«

»[[Tobias|i|Er.]]«

»[[_narr|i|Wir haben zusammen abgestimmt!]]«

»[[Jule|i|Wir haben über das Foto abgestimmt, nicht über die Autobahn.]]«

Die Tür des Hauses ging auf, und ein kleiner Mann mit Schnurrbart kam heraus, einen Schlüsselbund in der Hand.

»[[Herr Albers|a|Sie sind die Berliner?]]«, strahlte er. »[[Herr Albers|a|Willkommen, willkommen! Ich bin Albers, der Vermieter.]]«

»[[_narr|a|Guten Tag]]«, brachte ich heraus. »[[_narr|a|Wegen der Autobahn ...]]«

»[[Herr Albers|i|Ach, die hört man nach zwei Tagen gar nicht mehr. Drinnen haben wir Schallschutzfenster.]]«

»[[Tobias|i|Und draußen?]]«

»[[Herr Albers|i|Draußen haben wir den See!]]«

Er führte uns durch einen kleinen Garten hinter dem Haus. Dort, hinter einer Hecke, lag ein Steg, und von der Autobahn war nichts mehr zu sehen.

»[[Jule|e|Oh]]«, staunte Jule. »[[Jule|e|Das ist ja schön.]]«

»[[Herr Albers|i|Sehen Sie. Seeblick. Ich habe nicht gelogen.]]«

»[[Tobias|i|Jule, jetzt sag nicht, dass es dir gefällt.]]«

»[[Jule|i|Es gefällt mir. Ein bisschen.]]«

»[[_narr|i|Ich habe es euch gesagt.]]«

»[[Tobias|a|Du hast gar nichts gesagt]]«, lachte mein Freund. »[[Tobias|a|Du hast nur gebucht.]]«
