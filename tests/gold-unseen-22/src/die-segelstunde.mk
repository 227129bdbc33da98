#story die-segelstunde de
#char Frau Harms|female|die Segellehrerin;eine Frau mit sonnenverbranntem Gesicht;Harms
#char Torben|male|
#char Kalle|male|
#char Wiebke|female|
---
Die Segelstunde

Am Dienstag war auf dem See so wenig Wind, dass die drei Jollen der Segelschule nur langsam im Kreis trieben. Torben und Kalle saßen zusammen in einem Boot, Wiebke allein im zweiten.

»[[Kalle|i|Zieh doch mal an der Schot.]]«

»[[Torben|i|Ich ziehe an der Schot. Es passiert nichts.]]«

»[[Kalle|i|Dann zieh an der anderen.]]«

»[[Wiebke|i|Es gibt keine andere, Kalle. Es gibt nur eine.]]«

Vom Steg aus winkte eine Frau mit sonnenverbranntem Gesicht mit beiden Armen. Sie ließ sich von einem Motorboot zu ihnen hinausfahren.

»[[Frau Harms|e|Ich bin Harms, für alle, die letzte Woche nicht da waren]]«, rief sie. »[[Frau Harms|e|Und wer von euch hat das Schwert nicht heruntergelassen?]]«

»[[Torben|i|Was für ein Schwert?]]«

»[[Frau Harms|i|Das Brett unter dem Boot, Torben. Ohne das treibt ihr wie eine Luftmatratze.]]«

»[[Kalle|e|Ich habe ihm gesagt, dass wir was vergessen haben]]«, behauptete Kalle.

»[[Torben|i|Du hast gesagt, wir haben die Kekse vergessen.]]«

»[[Wiebke|i|Die Kekse sind bei mir.]]«

Frau Harms schüttelte den Kopf, aber sie lachte dabei.

»[[Frau Harms|i|Wiebke, du zeigst den beiden, wie man wendet. Ich schaue zu.]]«

»[[Wiebke|i|Ich? Ich bin erst zum zweiten Mal hier.]]«

»[[Frau Harms|i|Eben. Du hast das Schwert unten.]]«

Wiebke fuhr eine saubere Wende, dann noch eine. Im anderen Boot stand Kalle auf, um besser zu sehen, und das Boot kippte beinahe.

»[[Torben|i|Setz dich hin!]]«

»[[Kalle|i|Ich sitze ja schon.]]«

»[[Wiebke|e|Kekse gibt es erst an Land]]«, rief sie ihnen zu, »[[Wiebke|e|und nur für die, die trocken bleiben.]]«
