"""Issue 17, round 13: attribution in French, Spanish and German (original short texts)."""

from __future__ import annotations

from attribution_checks import dialogue_lines as _lines


def test_a_name_first_heard_called_right_after_a_first_person_narrator_s_line_is_the_narrator_s():
    # '"Links heißt rechts. Klar."' (said by 'ich') / '"Lukas, du sollst lenken!"': the narration never says the
    # narrator's name, so the lines say it; it is the narrator's, not a role's of the scene (before, 'Der Mann'
    # of the boat hire became 'Lukas', and the narrator's own reply went to him).
    doc, lines = _lines('Der Steg\n\nIch stand mit Mira am Wasser. Am Steg wartete ein Mann mit Mütze und sah mich an.\n\n'
                        '"Wer lenkt?", fragte der Mann.\n\n"Ich", sagte ich, und ich nahm das Paddel.\n\n'
                        '"Dann links paddeln heißt rechts fahren."\n\n"Links heißt rechts. Klar."\n\n'
                        'Wir fuhren los, und ich paddelte sofort in die falsche Richtung.\n\n'
                        '"Lukas, du sollst lenken, nicht tanzen!"\n\n"Ich lenke doch!"\n', "de")
    assert "Lukas" not in doc.characters, doc.characters
    assert [who for text, who in lines if text.startswith("Wer lenkt")] == ["Der Mann"], lines
    assert [who for text, who in lines if text.startswith("Ich lenke doch")] == ["Narrator"], lines
    # Not a name the narration says: that one is someone else ('Jonas kam aus dem Haus').
    doc, lines = _lines('Der Garten\n\nIch stand mit Mira am Zaun. Ich hatte die Gießkanne in der Hand.\n\n'
                        '"Gießt du morgens?", fragte Mira.\n\n"Abends", sagte ich.\n\n"Jonas, komm mal her!"\n\n'
                        'Jonas kam aus dem Haus und wischte sich die Hände ab.\n\n"Was ist?", fragte Jonas.\n', "de")
    assert "Jonas" in doc.characters, doc.characters


def test_lines_a_description_tag_gives_a_newcomer_are_not_those_of_one_named_before_who_is_called_next():
    # 'Aus dem Erdgeschoss kam ein älterer Herr ...' ... '„Der Junge hat recht“, sagte der ältere Herr.' ...
    # '„Mehmet, das brennt!“': the man who came in is someone new, so not Mehmet, named long before, whom the
    # next line calls (before, the newcomer's lines went to Mehmet and he was Mehmet from then on).
    _, lines = _lines("Der Hof\n\nMehmet stand am Grill. Sabine deckte den Tisch, und ihr Sohn Finn lag in der "
                        "Hängematte.\n\n„Sind die Würstchen durch?“, fragte Sabine.\n\n„Noch nicht“, sagte Mehmet.\n\n"
                        "Aus dem Erdgeschoss kam ein älterer Herr mit einer Schüssel Salat.\n\n„Ist hier noch Platz?“\n\n"
                        "„Immer“, sagte Finn.\n\n„Der Junge hat recht“, sagte der ältere Herr und setzte sich.\n\n"
                        "Mehmet drehte die Würstchen um, und die Flammen schlugen hoch.\n\n„Mehmet, das brennt!“\n", "de")
    said = [who for text, who in lines if text.startswith("Der Junge hat recht")]
    assert said and said != ["Mehmet"], lines


def test_a_german_sentence_opening_with_a_short_phrase_then_the_verb_announces_its_subject():
    # 'Um zehn klopfte der Wirt mit dem Löffel gegen ein Glas.' / '„Hüttenruhe, Herrschaften!“': the subject comes
    # after the verb when two words open the sentence ('Um zehn'), as after 'Hinter dem Tresen' (before, no one
    # was announced: the line went by turn-taking to one of the two friends).
    _, lines = _lines("Die Hütte\n\nLena und Tobi saßen am Tresen. Der Wirt, ein breiter Mann, zapfte Bier.\n\n"
                      "„Noch zwei Bier?“, fragte der Wirt.\n\n"
                      "„Wir wollen morgen auf den Grat“, sagte Tobi.\n\n„Über die Abkürzung?“, fragte Lena.\n\n"
                      "„Nein“, sagte Tobi.\n\nUm zehn klopfte der Wirt mit dem Löffel gegen ein Glas.\n\n"
                      "„Hüttenruhe, Herrschaften! Licht aus um halb elf.“\n", "de")
    assert [who for text, who in lines if text.startswith("Hüttenruhe")] == ["Der Wirt"], lines


def test_a_first_name_takes_its_gender_in_the_country_of_the_story_s_language():
    # 'Rosario' is a man's name in gender-guesser's table at large and a woman's in Spain; 'Sacha' a woman's at
    # large and a man's in France. With no pronoun of the narration to tell, the story's own language decides
    # (before, Rosario was cast with a man's voice and Sacha with a woman's).
    doc, _ = _lines("El bingo\n\nRosario y Amalia se sentaban siempre en la misma mesa.\n\n—¿Has traído el rotulador?"
                    " —preguntó Amalia.\n\n—El verde —dijo Rosario.\n", "es")
    assert doc.characters["Rosario"].gender == "female", doc.characters
    doc, _ = _lines("La veillée\n\nSacha et Bastien allumèrent le feu.\n\n« Tu as les allumettes ? » demanda Bastien."
                    "\n\n« Trois », dit Sacha.\n", "fr")
    assert doc.characters["Sacha"].gender == "male", doc.characters
    doc, _ = _lines("Al lago\n\nAndrea e Giulia presero il treno delle otto.\n\n«Hai i biglietti?» chiese Giulia.\n\n"
                    "«Certo» disse Andrea.\n", "it")
    assert doc.characters["Andrea"].gender == "male", doc.characters  # a man's name in Italy


def test_a_question_saying_back_someone_s_words_is_asked_of_them_and_they_answer():
    # '"Das ist ein Mythos."' ... '"Ich dachte, das ist ein Mythos?"' / '"Ich will ihn nur nicht beleidigen",
    # keuchte er.': the question is asked of the one who said the words, so not by him, and his 'er' answers
    # (before, the question went to him, announced by the narration, and 'er' to the other man).
    _, lines = _lines('Der Schwan\n\nIch saß hinten, Ben in der Mitte. Ein Schwan kam aus dem Schilf.\n\n'
                      '"Nicht bewegen", sagte Mira. "Schwäne sind gefährlich."\n\n"Das ist ein Mythos", sagte Ben.\n\n'
                      'Am Steg stand der Mann vom Verleih. "Alles gut?", rief er.\n\n"Alles gut", sagte ich.\n\n'
                      'Der Schwan fauchte. Ben paddelte plötzlich schneller als wir alle.\n\n'
                      '"Ich dachte, das ist ein Mythos?"\n\n"Ich will ihn nur nicht beleidigen", keuchte er.\n', "de")
    assert [who for text, who in lines if text.startswith("Ich will ihn")] == ["Ben"], lines
    assert [who for text, who in lines if text.startswith("Ich dachte")] != ["Ben"], lines


def test_a_noun_for_any_person_with_a_phrase_saying_which_one_brings_someone_in_when_no_one_of_that_gender_is_about():
    # 'Der Bootsverleih lag an der Spree, und der Mann vom Verleih sah uns an.' / '"Zwei Kanus oder ein Dreier?"':
    # the man of the boat hire is someone of the scene, announced, as 'ein Mann' would be (before, the line went
    # by turn-taking to the first-person narrator).
    _, lines = _lines('Die Kanutour\n\nIch war mit Mira da. Der Bootsverleih lag an einer Biegung der Spree, und der '
                      'Mann vom Verleih sah uns an.\n\n"Zwei Kanus oder ein Dreier?"\n\n"Ein Dreier", sagte Mira.\n', "de")
    assert [who for text, who in lines if text.startswith("Zwei Kanus")] == ["Der Mann"], lines
