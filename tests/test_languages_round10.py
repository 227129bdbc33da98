"""Issue 17, round 10: attribution in French, Spanish and German (original short texts)."""

from __future__ import annotations

from attribution_checks import dialogue_lines as _lines


def test_a_bare_third_person_tag_in_a_first_person_story_is_not_the_narrator():
    # '—dijo, y arrancó' has no subject, but its verb is no 'dije': someone other than the narrator said it
    # (before, turn-taking gave it to the narrator, who had spoken the line before last).
    _, lines = _lines("El taxi\n\nEran las cuatro de la mañana. Mi hermana Valeria llevaba dos maletas y yo llevaba "
                      "sueño. Me senté en la banqueta a esperar.\n\n—¿Ya lo pediste?\n\n—Ya lo pedí —le contesté."
                      "\n\nAl final llegó un taxi blanco y el taxista me ayudó con las maletas.\n\n—¿Al aeropuerto, "
                      "señoritas? —preguntó el taxista.\n\n—Sí —respondí.\n\n—Terminal dos —dijo Valeria.\n\n"
                      "—Ahorita lo averiguamos —dijo, y arrancó.\n", "es")
    assert lines[3][1] == "Narrator" and lines[-1] == ("Ahorita lo averiguamos", "El taxista"), lines


def test_a_clause_joined_with_a_comma_and_its_own_named_subject_announces_that_person():
    # 'Ich saß ..., und Jana neben mir tat so, ...': Jana acted last, the line after is hers (before, the
    # narrator, who opened the sentence); 'Marta y Dani bajaron' (two subjects of one verb) announces no one.
    _, lines = _lines("Elternabend\n\nDie Stühle waren klein. Ich saß trotzdem auf einem, die Knie auf Höhe der Ohren, "
                      "und Jana neben mir tat so, als würde sie mich nicht kennen.\n\n„Du hättest stehen bleiben "
                      "können.“\n\n„Dann hätte ich als Einziger gestanden“, sagte ich.\n\n„Du sitzt auch als Einziger "
                      "so“, sagte Jana.\n", "de")
    assert lines[0] == ("Du hättest stehen bleiben können.", "Jana"), lines


def test_a_colloquial_noun_for_a_man_brings_a_newcomer_in():
    # 'un type en bleu de travail' is someone, as 'un homme' is: 'Il' and the line after are his (before, 'type'
    # was no noun for a person and his lines went to the women of the scene).
    _, lines = _lines("La fuite\n\nInès et moi, on épongeait la cuisine. Vingt minutes plus tard, un type en bleu de "
                      "travail montait l'escalier en soufflant. Il a jeté un coup d'œil au placard.\n\n« Qui a monté "
                      "ça ? C'est du scotch, là. »\n\n« Le propriétaire, a répondu Inès. »\n", "fr")
    assert lines[0][1] == "Le type", lines


def test_a_description_after_the_role_opening_a_sentence_is_that_role():
    # 'La fotógrafa, una mujer bajita ...': the woman described is the photographer, someone of the scene from
    # then on (before, no one: the line went to Iñaki, who came in with the narrator).
    _, lines = _lines("La sesión\n\nIñaki y yo llegamos tarde al parque. La fotógrafa, una mujer bajita con dos "
                      "cámaras, nos colocó junto a la fuente sin preguntarnos nada.\n\n—Ahí. No, más a la izquierda."
                      "\n\n—¿Así? —pregunté yo.\n\n—Así. Y sonríe, que es una boda.\n", "es")
    assert [who for _, who in lines] == ["La fotógrafa", "Narrator", "La fotógrafa"], lines
    # 'Le concierge, un vieil homme en gilet': the old man of the tag is the caretaker already named.
    _, lines = _lines("Le vestiaire\n\nChloé et Yasmine se changeaient en silence. Le concierge, un vieil homme en "
                      "gilet gris, passa la tête par la porte.\n\n« Vous fermerez derrière vous, dit le vieil homme."
                      "\n\n— Oui, monsieur. »\n", "fr")
    assert lines[0][1] == "Le concierge", lines


def test_the_pronoun_after_a_newcomer_in_the_narration_is_the_newcomer():
    # 'Vorne stand eine junge Frau ... Sie drehte sich um': she is the newcomer, and so is the line after (before,
    # 'Sie' was Jana, the woman already there, and 'junge' made a person 'Die junge' of its own).
    doc, lines = _lines("Elternabend\n\nJana saß neben mir.\n\n„Du hättest stehen bleiben können“, sagte Jana.\n\n"
                        "„Dann hätte ich als Einziger gestanden“, sagte ich.\n\nVorne stand eine junge Frau mit "
                        "Pferdeschwanz an der Tafel. Sie drehte sich um und lächelte in die Runde.\n\n„Schön, dass Sie "
                        "alle da sind.“\n", "de")
    assert lines[-1][1] == "Die Frau", lines
    assert "Die junge" not in doc.characters


def test_a_name_alone_answering_an_introduction_is_the_speakers_own():
    # 'Moi, c'est Thomas.' / '— Malik, soupire-t-il': Malik says who he is, as after 'Comment tu t'appelles ?'
    # (before, 'Malik,' was taken as a call, and 'il' went to the barman).
    _, lines = _lines("Le karaoké\n\nMalik et Célia étaient assis au fond. Derrière le comptoir, Fred essuyait un "
                      "verre.\n\n— On réfléchit, dit Malik.\n\n— Vous réfléchissez depuis septembre, dit Fred.\n\n"
                      "Un garçon s'arrêta devant leur table.\n\n— Salut. Moi, c'est Thomas.\n\n— Malik, soupire-t-il en "
                      "lui serrant la main. Et je chanterai pas.\n", "fr")
    assert [who for _, who in lines][-3:] == ["Thomas", "Malik", "Malik"], lines


def test_a_tag_noun_for_a_person_that_fits_no_one_else_is_someone_of_their_own():
    # '« ... », protesta le gamin.' right after Kévin, the only other man: the boy is someone of his own (before,
    # no one, and the line went by turn-taking to the baker).
    _, lines = _lines("Le fournil\n\nOdette rangeait les baguettes et Kévin comptait la monnaie. La porte s'ouvrit."
                      "\n\n« Des croissants, s'il vous plaît. »\n\n« Le chien n'a pas droit aux croissants, dit Kévin. »"
                      "\n\n« Il en a eu un à Noël, protesta le gamin. »\n", "fr")
    assert lines[-1] == ("Il en a eu un à Noël,", "Le gamin"), lines


def test_a_joined_clause_whose_subject_is_a_role_already_known_announces_them():
    # '..., y el director bajó los brazos.': the conductor acted last, the line after is his (before, the
    # sentence's first subject, 'la tuba', was no one, and turn-taking gave the line to Lucía, who spoke before
    # Inma).
    _, lines = _lines("El ensayo\n\nLucía e Inma afinaban. El director llegó a las ocho y se subió a la tarima."
                      "\n\n—Desde el principio —dijo el director.\n\n—Siempre entramos a tiempo —protestó Lucía.\n\n"
                      "—Casi siempre —dijo Inma.\n\nA los tres compases, la tuba soltó una nota que no era de ningún "
                      "pasodoble, y el director bajó los brazos.\n\n—Otra vez.\n", "es")
    assert lines[-1] == ("Otra vez.", "El director"), lines


def test_one_spoken_of_by_name_answers_even_before_speaking_in_the_scene():
    # '»Das ist Mirja.«' / '»Stimmt doch gar nicht ...«': Mirja, named in the narration but silent so far,
    # answers for herself (before, only someone who had spoken did; the line went by turn-taking).
    _, lines = _lines("Der Spieleabend\n\nMirja holte die Chips aus dem Schrank. Konstantin breitete den Spielplan aus, "
                      "und Tobi sah zu.\n\n»Wer fängt an?«, fragte ich.\n\n»Der Jüngste«, sagte Konstantin.\n\n"
                      "»Das ist Mirja«, sagte ich.\n\n»Stimmt doch gar nicht. Tobi ist jünger als ich.«\n", "de")
    assert lines[-1][1] == "Mirja", lines


def test_one_name_of_a_list_after_an_opening_phrase_is_not_the_subject_announced():
    # 'C'est pour ça que Célia, Malik et Pauline y viennent': three people do it, none is announced (before,
    # the pattern for a subject after an opening phrase and its comma took 'Malik').
    doc, _ = _lines("Le karaoké\n\nLe jeudi, les chansons sont à deux euros. C'est pour ça que Célia, Malik et "
                    "Pauline y viennent tous les jeudis.\n\n— Ce soir, c'est toi qui commences.\n\n— Hors de question, "
                    "dit Malik.\n\n— Tu as chanté en dernier, dit Pauline.\n\n— Bon, dit Célia.\n", "fr")
    first = next(s for s in doc.segments if s.kind == "dialogue")
    assert not first.why.startswith("announced"), (first.speaker, first.why)


def test_a_pronoun_tag_after_a_line_speaking_of_a_woman_of_the_scene_who_has_not_spoken_is_hers():
    # '—Siéntate al lado de Lucía. Ella te enseña.' / '—... —le susurró ella al niño': Lucía, whom the narration
    # has named, even though she has not spoken yet (before, only someone who had spoken counted: Inma).
    _, lines = _lines("El ensayo\n\nLucía montaba el clarinete. Inma llegó con la tuba.\n\n—¿Ha llegado ya el "
                      "director? —preguntó Inma.\n\nEl director entró con un niño de la mano.\n\n—Pues siéntate al "
                      "lado de Lucía. Ella te enseña cuándo hay que entrar —le dijo al niño.\n\n—Y cuándo hay que "
                      "fingir —le susurró ella al niño.\n", "es")
    assert lines[-1] == ("Y cuándo hay que fingir", "Lucía"), lines


def test_a_german_neuter_noun_keeps_its_article_in_the_name_of_the_one_it_makes():
    # 'ein kleines Mädchen' goes on as 'Das Mädchen' (before, 'Der Mädchen': the article of 'ein' for a man).
    doc, lines = _lines("Die Haltestelle\n\nNoah wartete im Regen. Eine Frau kam die Straße herunter, ein kleines "
                        "Mädchen an der Hand.\n\n„Mama, ich bin nass“, sagte das Mädchen.\n\n„Ich weiß, Schatz“, "
                        "seufzte die Frau.\n", "de")
    assert "Das Mädchen" in doc.characters and "Der Mädchen" not in doc.characters, list(doc.characters)
    assert lines[0][1] == "Das Mädchen", lines
