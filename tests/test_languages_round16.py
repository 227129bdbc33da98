"""Issue 17, round 16: attribution in French, Spanish and German (original short texts)."""

from __future__ import annotations

from attribution_checks import dialogue_lines as _lines


def test_the_second_line_of_a_run_is_the_other_one_the_narration_before_it_named():
    # 'Dans la salle du fond, Quentin rangeait les chaises (...) Au même moment, Margot repoussa la porte du local.' / '« Tu as vu mes clés ? »
    # demanda Margot.' / '« Non. »': the other one that narration named, Quentin (before: turn-taking went two
    # lines back, past the narration, to Lise, who had spoken with Margot before).
    _, lines = _lines("Le local\n\n« On ferme à six heures », dit Lise.\n\n« Je sais », dit Margot.\n\n"
                      "« Alors dépêche-toi », dit Lise.\n\n"
                      "Dans la salle du fond, Quentin rangeait les chaises une à une. Quentin ne se pressait jamais. "
                      "Au même moment, Margot repoussa la porte du local, les bras vides.\n\n"
                      "« Tu as vu mes clés ? » demanda Margot.\n\n« Non. Regarde dans ton manteau. »\n", "fr")
    assert [who for text, who in lines if text.startswith("Non. Regarde")] == ["Quentin"], lines
    _, lines = _lines("El almacén\n\n—Cerramos a las seis —dijo Nieves.\n\n—Ya lo sé —dijo Ramiro.\n\n"
                      "—Pues date prisa —dijo Nieves.\n\n"
                      "En el fondo de la nave, Adela apilaba sillas. Adela nunca tenía prisa. Al rato Ramiro "
                      "volvió con las manos vacías.\n\n"
                      "—¿Has visto mis llaves? —preguntó Ramiro.\n\n—No. Mira en tu abrigo.\n", "es")
    assert [who for text, who in lines if text.startswith("No. Mira")] == ["Adela"], lines


def test_a_pronoun_in_the_narration_after_a_newcomer_is_theirs_not_a_name_of_unknown_gender():
    # 'Hinter der Theke saß ein Mann mit Brille. Er sah nicht auf.': 'er' is the man who came in (before: Kiri, a
    # name whose gender is not known, was taken for him and cast male, so his 'sagte er' later went to Kiri).
    doc, lines = _lines("Der Laden\n\nKiri und ich betraten den Laden kurz vor acht. Kiri hatte es eilig.\n\n"
                        "Hinter der Theke saß ein Mann mit Brille und las Zeitung. Er sah nicht auf.\n\n"
                        "»Haben Sie Batterien?«, fragte Kiri.\n\n»Dritte Reihe«, sagte er. »Ganz unten.«\n", "de")
    assert doc.characters["Kiri"].gender != "male", doc.characters
    assert [who for text, who in lines if text.startswith("Dritte Reihe")] == ["Der Mann"], lines


def test_a_line_is_not_said_by_the_one_the_next_paragraphs_tag_names():
    # 'Nuria doblaba toallas ... Entonces llegó Bruno' / '—¿Cerramos ya?' / '—Todavía no —dijo Bruno.': a new
    # paragraph, a new speaker, so the question is Nuria's (before: the last one the narration named, Bruno).
    _, lines = _lines("La tienda\n\nNuria doblaba toallas detrás del mostrador. Nuria no levantó la vista cuando "
                      "se abrió la puerta. Entonces llegó Bruno con las llaves en la mano.\n\n—¿Cerramos ya?\n\n"
                      "—Todavía no —dijo Bruno—. Falta la caja.\n", "es")
    assert [who for text, who in lines if text.startswith("¿Cerramos")] == ["Nuria"], lines
    # '»Ich auch«, sagte Max.' / '»Dann koche ich«, sagte Ida.' / '»Was denn?«' / '»Nudeln«, sagte Max.':
    # turn-taking gave 'Was denn?' to Max, two lines back, whose tag the next line has; it is Lena's.
    _, lines = _lines("Der Abend\n\n»Wer hat Hunger?«, fragte Lena.\n\n»Ich«, sagte Ida.\n\n»Ich auch«, sagte Max.\n\n"
                      "»Dann koche ich«, sagte Ida.\n\n»Was denn?«\n\n»Nudeln«, sagte Max.\n", "de")
    assert [who for text, who in lines if text.startswith("Was denn")] == ["Lena"], lines
