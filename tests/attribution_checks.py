"""The text stages run on a short story, as the attribution tests need them."""

from __future__ import annotations

from ficaudio.chapters import find_chapters
from ficaudio.quotes import segment_quotes
from ficaudio.readers import read_text
from ficaudio.speakers import attribute_speakers, discover_characters
from ficaudio.speakers.cast import Cast


def said(text: str) -> tuple[dict[str, str | None], Cast]:
    """Segment, discover and attribute ``text`` with nothing configured: {each line's words: its speaker}, the cast."""
    doc = read_text(text, title="Test")
    segment_quotes(doc, find_chapters(doc))
    cast = discover_characters(doc, [])
    attribute_speakers(doc, cast)
    return {doc.segment_text(s): s.speaker for s in doc.segments if s.kind in ("dialogue", "thought")}, cast
