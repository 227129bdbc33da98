#story la-gita-al-lago it
#char Giulia|female|
#char Marco|male|
#char Nonna|female|la nonna;nonna Pina;Pina
#char Il barcaiolo|male|un uomo con la barba;il barcaiolo
---
La gita al lago

Giulia e Marco avevano portato la nonna al lago per il suo compleanno. Sul molo, un uomo con la barba sistemava i remi di una barca.

«[[Giulia|i|Buongiorno. Si può fare il giro del lago?]]»

«[[Il barcaiolo|e|Certo]]» disse il barcaiolo. «[[Il barcaiolo|e|Un'ora, venti euro a testa.]]»

«[[Marco|i|Venti euro? Per un'ora?]]»

«[[Il barcaiolo|i|Per un'ora con me. Io racconto anche le storie.]]»

La nonna si era già seduta a prua, con la borsa sulle ginocchia.

«[[Nonna|i|Marco, non fare il tirchio. Paga il signore.]]»

«[[Marco|e|Nonna, sono sessanta euro]]» sussurrò Marco.

«[[Nonna|i|E io compio novanta anni una volta sola.]]»

Il barcaiolo rise e spinse la barca lontano dal molo.

«[[Il barcaiolo|a|Signora, lei è di qui?]]» le chiese.

«[[Nonna|e|Sono nata sull'altra riva]]» rispose la nonna. «[[Nonna|e|Ci venivo a nuoto, da ragazza.]]»

«[[Giulia|i|A nuoto? Nonna, non me l'hai mai detto!]]»

«[[Nonna|i|Non me l'hai mai chiesto, tesoro.]]»
