"""Issue 17, round 9: parents beside a titled aunt, long French incises, Brazilian voices (original short texts)."""

from __future__ import annotations

from ficaudio.config import Config
from ficaudio.pipeline import analyse
from ficaudio.readers import read_text


def _lines(text: str, code: str):
    doc = analyse(read_text(text, title="T"), Config(language=code))
    return doc, [(doc.text[s.start : s.end], s.speaker) for s in doc.segments if s.kind == "dialogue"]


def test_a_parent_the_story_never_names_is_someone_even_beside_an_aunt_with_her_title():
    # 'mi tía Lupe' is titled, but her title is another relation: she is not 'mi mamá', who is someone of the
    # scene of her own (before, the aunt, who never speaks, was given the mother's lines).
    doc, lines = _lines("La boda\n\nA medianoche, mi tía Lupe seguía en la pista. Yo estaba en la mesa con mi mamá."
                        "\n\n—Ve por tu tía, anda.\n\n—¿Yo? Ni loca.\n\n—Pues yo tampoco.\n", "es")
    assert "La mamá" in doc.characters
    assert "Tía Lupe" not in {who for _, who in lines}, lines


def test_a_french_incise_goes_on_with_a_participle_and_comes_back_to_the_speech_after_a_noun():
    # ', assis juste à côté d'elle.' is more of the tag; ', le covoit, c'est fait pour ça.' is the speech again.
    _, lines = _lines("Le feu\n\nSacha et Louna étaient assis.\n\n« C'est nul, lança Sacha, assis juste à côté "
                      "d'elle. On veut une histoire. »\n", "fr")
    assert [t for t, _ in lines] == ["C'est nul,", "On veut une histoire."]
    _, lines = _lines("La voiture\n\nThierry conduisait.\n\n— Vous voyez, murmure-t-il, le covoit, c'est fait pour "
                      "ça.\n\n— Pas du tout, dit-elle, le menton haut, les yeux ailleurs.\n", "fr")
    assert [t for t, _ in lines] == ["Vous voyez,", "le covoit, c'est fait pour ça.", "Pas du tout,"]
    _, lines = _lines("La cour\n\nManon attendait.\n\n« Viens, dit-elle, mais vite. »\n", "fr")
    assert [t for t, _ in lines] == ["Viens,", "mais vite."]
