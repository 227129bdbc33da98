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
