"""Issue 17, round 8: German separable tags, roles in no list, notes in the story's language (original short texts)."""

from __future__ import annotations

from ficaudio.config import Config
from ficaudio.pipeline import analyse
from ficaudio.readers import read_text


def _lines(text: str, code: str):
    doc = analyse(read_text(text, title="T"), Config(language=code))
    return doc, [(doc.text[s.start : s.end], s.speaker) for s in doc.segments if s.kind == "dialogue"]


def test_a_german_tag_ending_on_a_separable_particle_is_a_tag_whatever_its_verb():
    # 'hielt Kai dagegen', 'brachte er heraus', 'las sie vom Zettel ab': tags, so each line is its subject's, not
    # the one turn-taking would give it to.
    doc, de = _lines("Der Keller\n\nKai und Rieke trugen die Kisten in den Keller.\n\n"
                     "„Die letzte“, sagte Rieke.\n\n„Noch sieben“, las sie vom Zettel ab.\n\n"
                     "„Sieben?“, brachte Kai heraus.\n\n„Das schaffen wir nie“, hielt er dagegen.\n", "de")
    assert [who for _, who in de] == ["Rieke", "Rieke", "Kai", "Kai"]


def test_a_details_block_and_notes_in_the_story_language_are_the_authors_not_the_story():
    # 'Titre : ... / Auteur : ...' is the work's details (the title read from it), 'N/A :' and 'Nota de la
    # autora:' open notes, as 'Title:' and 'A/N:' do.
    doc = analyse(read_text("Titre : Le jardin\nAuteur : plume_verte\nRésumé : Deux voisines et un potager.\n\n"
                            "N/A : Merci pour vos commentaires !\n\nLe jardin\n\nMarie arrosait les tomates.\n\n"
                            "« Il fait chaud, dit-elle. »\n", title="T"), Config(language="fr"))
    notes = " ".join(doc.text[s.start : s.end] for s in doc.segments if s.kind == "author_note")
    assert "plume_verte" in notes and "Merci pour vos commentaires" in notes and "arrosait" not in notes
    assert doc.title == "Le jardin"
    for text, code in [("Nota de la autora: gracias por leer.\n\nLa playa\n\nAna nadaba.\n\n—Qué fría —dijo Ana.\n", "es"),
                       ("Anmerkung: Danke fürs Lesen!\n\nDer See\n\nAnna schwamm.\n\n„Kalt“, sagte Anna.\n", "de")]:
        doc = analyse(read_text(text, title="T"), Config(language=code))
        notes = [doc.text[s.start : s.end] for s in doc.segments if s.kind == "author_note"]
        assert len(notes) == 1 and notes[0].split()[0] in ("Nota", "Anmerkung:"), notes


def test_a_german_header_labelled_in_german_is_read_as_one():
    doc = analyse(read_text("Titel: Wartezimmer\nAutorin: kamillentee\nZusammenfassung: Ein Tag beim Arzt.\n\n"
                            "Wartezimmer\n\nTom wartete.\n\n„Noch lange?“, fragte Tom.\n", title="T"), Config(language="de"))
    assert doc.title == "Wartezimmer" and doc.author == "kamillentee"
