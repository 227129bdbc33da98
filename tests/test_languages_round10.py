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
