"""Short stories run through the stages the attribution tests need."""

from __future__ import annotations

from ficaudio.chapters import find_chapters
from ficaudio.config import Config
from ficaudio.model import Document
from ficaudio.pipeline import analyse
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


def dialogue_lines(text: str, code: str) -> tuple[Document, list[tuple[str, str | None]]]:
    """The whole analysis of ``text`` told in language ``code``: the document, and each dialogue line with its speaker."""
    doc = analyse(read_text(text, title="T"), Config(language=code))
    return doc, [(doc.text[s.start : s.end], s.speaker) for s in doc.segments if s.kind == "dialogue"]
