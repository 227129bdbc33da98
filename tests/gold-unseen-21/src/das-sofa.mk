#story das-sofa de
#char _narr|male|Malte
#char Nils|male|
#char Frieda|female|
#char Herr Wessel|male|der Hausmeister;ein Mann im grauen Kittel;Wessel
#char Tante Hannelore|female|meine Tante;Hannelore
#note A/N: Ja, das Sofa steht immer noch im Flur. Danke fürs Lesen!
---
Das Sofa

Mein Umzug war für zehn Uhr geplant. Um zehn Uhr stand ich mit Nils und Frieda vor einem Haus in Wuppertal, und das Sofa passte nicht durch die Tür.

"[[Nils|i|Hochkant. Wir müssen es hochkant machen.]]"

"[[Frieda|i|Wir haben es hochkant gemacht, Nils. Zweimal.]]"

"[[_narr|e|Vielleicht die Füße abschrauben]]", sagte ich.

"[[Frieda|i|Das Sofa hat keine Füße, Malte. Das Sofa ist ein Klotz.]]"

Aus dem Keller kam ein Mann im grauen Kittel, einen Schlüsselbund am Gürtel, und sah sich das Ganze eine Weile an.

"[[Herr Wessel|i|Wessel. Ich bin hier der Hausmeister. Das wird nichts.]]"

"[[Nils|e|Das wird schon]]", sagte Nils. "[[Nils|e|Wir brauchen nur einen anderen Winkel.]]"

"[[Herr Wessel|i|Das haben die Leute vor Ihnen auch gesagt. Deren Sofa steht jetzt im Keller.]]"

Frieda lachte so sehr, dass sie ihre Ecke fallen ließ.

"[[_narr|i|Frieda!]]"

"[[Frieda|i|Entschuldigung. Aber im Keller.]]"

In diesem Moment bog meine Tante Hannelore um die Ecke, mit einem Kuchenblech in den Händen und einer Thermoskanne unter dem Arm.

"[[Tante Hannelore|i|Malte, mein Schatz! Ich habe Streuselkuchen mitgebracht. Warum steht das Sofa auf der Straße?]]"

"[[_narr|e|Es passt nicht rein]]", erklärte ich.

"[[Tante Hannelore|e|Natürlich passt es nicht rein]]", sagte sie. "[[Tante Hannelore|e|Ich habe dir gesagt, kauf kein Sofa, das größer ist als deine Küche.]]"

"[[Herr Wessel|e|Da hat sie recht]]", brummte der Hausmeister.

"[[Tante Hannelore|i|Sehen Sie? Der Herr hat Verstand. Möchten Sie ein Stück Kuchen?]]"

Herr Wessel nahm zwei. Nils setzte sich auf das Sofa, mitten auf dem Gehweg.

"[[Nils|i|Ich sag's ja nur ungern, aber es ist sehr bequem.]]"

"[[Frieda|e|Dann bleibt es eben hier]]", meinte sie und setzte sich daneben.

"[[_narr|i|Auf der Straße?]]"

"[[Herr Wessel|i|Im Flur. Der Flur ist breiter. Ich hole den Schlüssel.]]"

A/N: Ja, das Sofa steht immer noch im Flur. Danke fürs Lesen!
