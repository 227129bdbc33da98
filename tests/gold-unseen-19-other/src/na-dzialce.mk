#story na-dzialce pl
#char Ania|female|Anka
#char Tomek|male|
#char Pan Zenon|male|starszy pan w kapeluszu;sąsiad;pan Zenon;Zenon
---
Na działce

Ania i Tomek przyjechali na działkę w sobotę rano. Przy płocie stał już starszy pan w kapeluszu i patrzył na ich trawę.

„[[Pan Zenon|i|Dzień dobry. To wy jesteście nowi?]]”

„[[Ania|e|Dzień dobry]]” – powiedziała Ania. „[[Ania|e|Tak, od wczoraj.]]”

„[[Pan Zenon|i|Trawa jest za wysoka. Tu wszyscy koszą w piątek.]]”

„[[Tomek|i|Nie mamy jeszcze kosiarki.]]”

„[[Pan Zenon|a|To pożyczę wam swoją]]” – odpowiedział sąsiad. „[[Pan Zenon|a|Ale oddać trzeba w niedzielę.]]”

Tomek spojrzał na Anię, a Ania na Tomka.

„[[Ania|i|Dziękujemy. Jak pan ma na imię?]]”

„[[Pan Zenon|i|Zenon. Pan Zenon, dla młodych.]]”

„[[Tomek|a|A my jesteśmy Tomek i Ania]]” – zaśmiał się Tomek.

„[[Pan Zenon|i|Wiem. Cała ulica już wie.]]”
