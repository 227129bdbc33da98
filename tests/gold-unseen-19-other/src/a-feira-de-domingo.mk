#story a-feira-de-domingo pt
#char Bia|female|Beatriz
#char Seu Jorge|male|um senhor de avental;o feirante;Jorge;seu Jorge
#char Dona Lurdes|female|uma senhora de chapéu;a senhora;dona Lurdes
#note Nota da autora: saudade da feira da minha rua. Comentem se gostaram!
---
A feira de domingo

Bia chegou à feira quando as barracas já estavam quase vazias. Atrás da banca de frutas, um senhor de avental contava moedas.

—[[Bia|i|Ainda tem manga?]]

—[[Seu Jorge|e|Tem, sim, moça]] —disse o feirante, sem levantar os olhos—. [[Seu Jorge|e|Três por cinco reais.]]

—[[Bia|i|E se eu levar seis?]]

—[[Seu Jorge|i|Aí são dez reais. Matemática não é comigo, é com a manga.]]

Bia riu. Uma senhora de chapéu parou ao lado dela e pegou uma manga com as duas mãos.

—[[Dona Lurdes|i|Jorge, essa aqui está madura demais.]]

—[[Seu Jorge|a|Madura demais não existe, dona Lurdes]] —respondeu ele—. [[Seu Jorge|a|Existe manga pronta.]]

—[[Dona Lurdes|e|Pronta para o lixo]] —resmungou a senhora, e colocou três na sacola.

—[[Bia|i|A senhora vem todo domingo?]]

—[[Dona Lurdes|i|Há trinta anos. E há trinta anos ele me vende manga passada.]]

—[[Seu Jorge|i|E há trinta anos a senhora volta.]]

Nota da autora: saudade da feira da minha rua. Comentem se gostaram!
