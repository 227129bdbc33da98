"""The text pipeline's glue: tag-seeded casts and line overrides."""

from __future__ import annotations

from pathlib import Path

from ficaudio.config import Config, Override
from ficaudio.pipeline import analyse
from ficaudio.readers import read_story, read_text

FIXTURES = Path(__file__).parent / "fixtures"


def test_character_tags_seed_the_cast_with_short_names():
    doc = analyse(read_story(FIXTURES / "ao3-the-night-ferry.html"), Config())
    assert {"Tamsin Rook", "Oskar Brandt"} <= set(doc.characters)
    assert "Tamsin" in doc.characters["Tamsin Rook"].aliases
    speakers = {s.speaker for s in doc.segments if s.kind == "dialogue"}
    # Lines tagged 'Tamsin said' go to the tag's full name, not to a second 'Tamsin'.
    assert "Tamsin" not in speakers and "Tamsin Rook" in speakers


def test_override_pins_a_line_to_a_speaker_and_survives_reanalysis():
    text = "'Who goes there?' asked a voice.\n\nMara stepped back.\n\n'Only me,' said Jon.\n"
    config = Config(overrides=[Override(text="Who goes there?", speaker="Mara")])
    for _ in range(2):  # the same config gives the same decision every run
        doc = analyse(read_text(text), config)
        first = doc.segments[0]
        assert doc.segment_text(first) == "Who goes there?"
        assert first.speaker == "Mara" and first.why.startswith("override")
        assert doc.characters["Mara"].lines == 1


def test_override_pins_a_line_to_a_kind():
    text = "Chapter 1: Start\n\n'Hello,' said Jon.\n\nThanks for reading everyone, see you next week!\n"
    config = Config(overrides=[Override(text="see you next week", kind="author_note")])
    doc = analyse(read_text(text), config)
    last = doc.segments[-1]
    assert last.kind == "author_note"
