"""Issue 17, round 14: attribution in French, Spanish and German (original short texts)."""

from __future__ import annotations

from attribution_checks import dialogue_lines as _lines


def test_a_call_to_one_who_has_had_turns_does_not_name_the_newcomer_who_spoke_before():
    # 'Aus dem Keller kam ein Mann ...' / '"Das haben die Leute vor Ihnen auch gesagt."' / 'Frieda lachte so sehr,
    # dass sie ihre Ecke fallen ließ.' / '"Frieda!"': the call answers what Frieda did, and Frieda has talked in
    # the scene already; the man's line stays his (before, it became Frieda's).
    _, lines = _lines('Der Hof\n\nIch stand mit Nils und Frieda vor der Tür. Der Schrank passte nicht hinein.\n\n'
                      '"Wir müssen ihn kippen", sagte Nils.\n\n"Wir haben ihn gekippt, Nils", sagte Frieda.\n\n'
                      'Aus dem Keller kam ein Mann mit einem Schlüsselbund.\n\n'
                      '"Das wird nichts. Der letzte Schrank steht jetzt im Keller."\n\n'
                      'Frieda lachte so sehr, dass sie ihre Ecke fallen ließ.\n\n"Frieda!"\n\n'
                      '"Entschuldigung."\n', "de")
    said = [who for text, who in lines if text.startswith("Das wird nichts")]
    assert said and said != ["Frieda"], lines


def test_a_description_tag_naming_its_speaker_in_a_relative_clause_gives_the_line_to_that_name():
    # '—¿Y gominolas? —insistió la niña del asiento de delante, que se llamaba Ainhoa ...': the clause names
    # her, a name the story says only there (before, 'la niña' went to the other girl of the scene, Carla).
    _, lines = _lines("El autobús\n\nCarla y Unai se sentaban al fondo. La profesora contaba cabezas.\n\n"
                      "—¿Falta mucho? —preguntó Carla.\n\n—Una hora —dijo la profesora.\n\n"
                      "—¿Y podemos comer? —insistió la niña del asiento de delante, que se llamaba Ainhoa y "
                      "tenía siempre una pregunta más.\n\n—Todavía no.\n", "es")
    assert [who for text, who in lines if text.startswith("¿Y podemos")] == ["Ainhoa"], lines
    _, lines = _lines("Der Bus\n\nLeon und Mia saßen hinten. Die Lehrerin zählte die Köpfe.\n\n"
                      "„Ist es noch weit?“, fragte Mia.\n\n„Eine Stunde“, sagte die Lehrerin.\n\n"
                      "„Und dürfen wir essen?“, fragte das Mädchen in der ersten Reihe, das Lotte hieß.\n\n"
                      "„Noch nicht.“\n", "de")
    assert [who for text, who in lines if text.startswith("Und dürfen")] == ["Lotte"], lines
    _, lines = _lines("Le car\n\nLéon et Mia étaient assis au fond. La maîtresse comptait les têtes.\n\n"
                      "« C'est encore loin ? » demanda Mia.\n\n« Une heure », dit la maîtresse.\n\n"
                      "« Et on peut manger ? » insista la fille du premier rang, qui s'appelait Zélie.\n\n"
                      "« Pas encore. »\n", "fr")
    assert [who for text, who in lines if text.startswith("Et on peut")] == ["Zélie"], lines


def test_a_question_whose_tag_points_at_someone_is_answered_by_them():
    # '"¿Y eso?", preguntó ella, señalando la mochila de Rubén.' / '"Es un termo."': the one the tag names
    # besides the asker answers (before, the turn went back to the friend who had spoken before her).
    _, lines = _lines('La cola\n\nRubén y Noelia esperaban en la cola. Una mujer de seguridad recorría la fila.\n\n'
                      '"Nada de botellas", dijo la mujer.\n\n"No tenemos botellas", dijo Noelia.\n\n'
                      '"¿Y eso?", preguntó ella, señalando la mochila de Rubén.\n\n"Es un termo. De colacao."\n', "es")
    assert [who for text, who in lines if text.startswith("Es un termo")] == ["Rubén"], lines
