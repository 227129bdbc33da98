"""Issue 17, round 7: who speaks in scenes of three or more people (original short texts)."""

from __future__ import annotations

from attribution_checks import dialogue_lines as _lines
from ficaudio.readers import read_text


def test_a_person_called_new_is_someone_of_their_own_not_the_woman_of_the_scene():
    # 'la chica nueva', 'la nouvelle serveuse', 'die neue Kellnerin': not Rosa / Odile / Greta, who were talking.
    doc, es = _lines("La tienda\n\nRosa y Pilar doblaban camisetas detrás del mostrador.\n\n"
                     "—¿Cuántas quedan? —preguntó Rosa.\n\n—Veinte —dijo Pilar.\n\n"
                     "Desde el almacén, la chica nueva asomó la cabeza.\n\n—¿Veinte?\n", "es")
    assert es[-1][1] not in ("Rosa", "Pilar", None)
    doc, fr = _lines("Le café\n\nOdile et Manon essuyaient les tasses derrière le comptoir.\n\n"
                     "« Il en reste combien ? demanda Odile. »\n\n« Douze, dit Manon. »\n\n"
                     "Près de la porte, la serveuse nouvelle posa son plateau.\n\n« Douze ? »\n", "fr")
    assert fr[-1][1] not in ("Odile", "Manon", None)


def test_a_name_first_heard_called_is_the_role_of_the_scene_and_the_line_calling_it_is_the_other_one():
    # 'el panadero' is the one man of the scene: 'Andrés', called and never narrated, is him (his earlier lines
    # too), and the line calling him is Marta's, the one who spoke last.
    doc, es = _lines("El obrador\n\nMarta llegó al obrador a las cinco. Junto al horno, el panadero se ató el delantal.\n\n"
                     "—Amasa tú hoy.\n\n—¿Yo sola?\n\n—Tú sola. Yo miro.\n\n—¿Y si sale mal?\n\n"
                     "Amasó, formó las barras y las metió en el horno sin mirar atrás.\n\n"
                     "—Andrés, ¿lo has visto?\n", "es")
    assert [who for _, who in es] == ["Andrés", "Marta", "Andrés", "Marta", "Marta"]


def test_a_little_girl_who_comes_in_is_the_she_of_the_next_tag():
    # 'une fillette' is a person: 'demanda-t-elle' after she slipped in is her, not Léa who was talking.
    doc, fr = _lines("La kermesse\n\nLéa et Hugo tenaient le stand des gâteaux.\n\n« Il en reste six, dit Léa. »\n\n"
                     "« Six ? C'est tout ? dit Hugo. »\n\n"
                     "Une fillette en salopette se faufila entre les tables, une pièce dans la main.\n\n"
                     "« Il reste des crêpes ? demanda-t-elle. »\n", "fr")
    assert fr[-1][1] not in ("Léa", "Hugo", None)


def test_a_german_strong_verb_of_deciding_is_a_tag():
    # ', entschied er.': a tag, so the line is the seller's ('er'), not Lena's, whom turn-taking would give it to.
    doc, de = _lines("Das Eis\n\nLena und Mia standen vor der Eisdiele. Der Verkäufer wischte die Theke ab.\n\n"
                     "„Ich nehme Zitrone“, sagte Lena.\n\n„Ich nehme Schokolade“, sagte Mia.\n\n"
                     "„Zwei Kugeln für jede“, entschied er.\n", "de")
    assert de[-1][1] not in ("Lena", "Mia", None)


def test_an_unnamed_voice_is_the_one_the_narration_brings_in_right_after_it():
    # 'cria une voix ... Une femme en ciré surgit ...': the voice and the line after that sentence are hers, not
    # Hugo's or Inès's.
    doc, fr = _lines("Le port\n\nHugo et Inès attendaient le bateau sur le quai.\n\n"
                     "« Il est en retard, dit Hugo. »\n\n« Comme toujours, dit Inès. »\n\n"
                     "« Ohé ! » cria une voix derrière eux. Une femme en ciré jaune surgit du brouillard. "
                     "« Le bateau ne viendra pas ce soir. »\n", "fr")
    assert fr[-2][1] == fr[-1][1] and fr[-1][1] not in ("Hugo", "Inès", None)


def test_a_dash_line_ending_on_a_quote_inside_it_keeps_its_full_stop():
    # '— C'était écrit « ouvert toute l'année ».': the full stop after the inner quote is the line's own; a
    # line that is one quotation, '—«Ya lo he decidido».', still loses the marks that close it.
    from ficaudio.chapters import find_chapters
    from ficaudio.quotes import segment_quotes

    def spoken(text: str, language: str) -> list[str]:
        doc = read_text(text, title="T")
        doc.language = language
        segment_quotes(doc, find_chapters(doc))
        return [doc.text[s.start : s.end] for s in doc.segments if s.kind == "dialogue"]

    assert spoken("— Sur la carte, c'était écrit « ouvert tous les jours ».\n\n— C'est faux, dit Inès.\n", "fr") == [
        "Sur la carte, c'était écrit « ouvert tous les jours ».", "C'est faux,"]
    assert spoken("—«Ya lo he pensado».\n", "es") == ["Ya lo he pensado"]
