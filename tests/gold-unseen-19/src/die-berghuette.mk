#story die-berghuette de
#char Lena|female|
#char Tobi|male|Tobias
#char Der Wirt|male|Alois;der Hüttenwirt;der Wirt;ein breiter Mann mit Schürze
#char Gerda|female|eine ältere Frau mit Stirnlampe;die Frau mit der Stirnlampe;die Frau
#note Titel: Hüttenabend
#note Autorin: edelweiss_und_espresso
#note Fandom: Original
#note Genre: Humor, Freundschaft
#note Zusammenfassung: Lena wollte nie auf einer Hütte übernachten. Tobi hat sie trotzdem überredet.
---
Titel: Hüttenabend
Autorin: edelweiss_und_espresso
Fandom: Original
Genre: Humor, Freundschaft
Zusammenfassung: Lena wollte nie auf einer Hütte übernachten. Tobi hat sie trotzdem überredet.

Hüttenabend

Als sie die Hütte erreichten, war es schon dunkel, und Lena spürte ihre Zehen nicht mehr. Drinnen war es warm und laut. Hinter dem Tresen stand ein breiter Mann mit Schürze und zapfte Bier.

„[[Tobi|i|Servus. Wir haben reserviert. Zwei Plätze im Lager, auf Berger.]]“

„[[Der Wirt|i|Berger, Berger … Ah, da. Ihr seid spät dran.]]“

„[[Lena|e|Wir haben uns verlaufen]]“, sagte Lena. „[[Lena|e|Zweimal.]]“

„[[Tobi|a|Einmal]]“, verbesserte er. „[[Tobi|a|Das zweite Mal war eine Abkürzung.]]“

Der Wirt lachte und stellte ihnen zwei Teller Kaspressknödel hin, ohne dass jemand bestellt hatte. Am Ende des langen Tisches saß eine ältere Frau mit Stirnlampe und strickte.

„[[Gerda|i|Die Abkürzung über den Grat? Die nehmen alle. Die hätte man längst sperren sollen.]]“

„[[Lena|i|Sehen Sie? Ich hab's ihm gesagt.]]“

„[[Tobi|i|Du hast gesagt, dass du Hunger hast.]]“

„[[Lena|i|Das ist dasselbe.]]“

„[[Der Wirt|e|Gerda kommt seit vierzig Jahren herauf]]“, sagte der Wirt und wischte über den Tresen. „[[Der Wirt|e|Die kennt jeden Stein.]]“

„[[Gerda|i|Einundvierzig, Alois. Und die Steine kennen mich.]]“

Vorher aber setzte sich Tobi zu Gerda und ließ sich von ihr die Route für morgen auf der Karte zeigen.

„[[Gerda|i|Hier runter, dann links am Marterl vorbei. Nicht rechts. Rechts ist die Abkürzung.]]“

„[[Tobi|e|Verstanden]]“, sagte Tobi ernst. „[[Tobi|e|Links am Marterl.]]“

„[[Lena|i|Er geht trotzdem rechts. Wetten?]]“

„[[Der Wirt|i|Ich wette mit. Zwei Schnaps auf rechts.]]“

Um zehn klopfte der Wirt mit dem Löffel gegen ein Glas.

„[[Der Wirt|i|Hüttenruhe, Herrschaften! Licht aus um halb elf, und wer schnarcht, schläft im Schuhraum.]]“

„[[Lena|i|Tobi schnarcht.]]“

„[[Tobi|a|Ich schnarche nicht]]“, protestierte er. „[[Tobi|a|Ich atme nur laut.]]“

Im Lager lagen zwölf Matratzen nebeneinander. Lena lag zwischen Tobi und der Frau mit der Stirnlampe, die sich mit einem Ruck zu ihr umdrehte.

„[[Gerda|a|Ohrstöpsel?]]“, flüsterte sie und hielt ihr eine kleine Dose hin.

„[[Lena|i|Sie sind ein Engel.]]“

„[[Gerda|i|Nein. Ich bin nur schon einmal neben einem Mann gelegen, der laut atmet.]]“

Tobi schlief nach drei Minuten. Lena hörte ihn trotzdem, durch die Stöpsel hindurch, und musste so lachen, dass die ganze Matratzenreihe wackelte.

„[[Der Wirt|i|Schuhraum!]]“, rief es von unten.
