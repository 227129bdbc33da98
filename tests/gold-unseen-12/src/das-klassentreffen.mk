#story das-klassentreffen de
#char Miriam|female|Miri
#char Tobias|male|Tobias Krämer
#char Kerstin|female|
#char Stefan|male|der Mann
---
Das Klassentreffen

Zwanzig Jahre nach dem Abitur sah die Aula kleiner aus, als Miriam sie in Erinnerung hatte. Tobias stand schon am Buffet und hielt zwei Gläser Sekt in der Hand.

"[[Tobias|i|Da bist du ja. Ich dachte schon, du kneifst.]]"

"[[Miriam|i|Ich hab es mir dreimal überlegt.]]"

"[[Tobias|i|Und?]]"

"[[Miriam|i|Und dann hatte ich das Kleid schon gekauft.]]"

Er reichte ihr ein Glas. Hinter ihnen kreischte jemand, und eine Frau mit rotem Lockenkopf fiel Miriam um den Hals.

"[[Kerstin|i|Miri! Du hast dich überhaupt nicht verändert!]]"

"[[Miriam|i|Kerstin? Du hast dich total verändert!]]"

"[[Kerstin|i|Ich weiß. Drei Kinder, zwei Umzüge, eine Scheidung. Und du?]]"

"[[Miriam|i|Eine Katze.]]"

"[[Tobias|i|Und eine Steuerkanzlei. Sie ist bescheiden.]]"

"[[Kerstin|e|Tobias Krämer]]", sagte Kerstin und musterte ihn von oben bis unten. "[[Kerstin|e|Du hast mir in der Siebten einen Frosch in den Rucksack gesteckt.]]"

"[[Tobias|i|Das war nicht ich. Das war Stefan.]]"

"[[Kerstin|i|Stefan ist gar nicht gekommen, oder?]]"

"[[Miriam|i|Der ist doch nach Kanada gegangen.]]"

Ein Mann mit Glatze und Strickjacke drehte sich am Buffet zu ihnen um, einen Teller mit Kartoffelsalat in der Hand.

"[[Stefan|a|Ich bin aus Kanada zurück]]", sagte er. "[[Stefan|a|Schon seit sechs Jahren.]]"

"[[Kerstin|i|Stefan?]]"

"[[Stefan|i|Stefan.]]"

"[[Tobias|i|Jetzt sag ihr, dass das mit dem Frosch du warst.]]"

"[[Stefan|a|Das mit dem Frosch war ich]]", gab der Mann zu. "[[Stefan|a|Aber die Idee war von Tobias.]]"

"[[Tobias|i|Das ist eine Lüge!]]"

"[[Miriam|a|Das ist keine Lüge]]", sagte sie und lachte zum ersten Mal an diesem Abend. "[[Miriam|a|Ich war dabei.]]"
