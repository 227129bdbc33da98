"""Property: no word of a story is lost or doubled on its way to the script.

Hypothesis builds stories from fic-shaped fragments (every kind of quote
mark, apostrophes, headings, scene breaks, author's notes, unicode, blank
lines, giant paragraphs, no newline at all) and mutates real ones; the whole
text pipeline must keep every word in exactly one segment, in order, and
raise nothing but ficaudio's own errors.
"""

from __future__ import annotations

import bisect
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from ficaudio.config import Config
from ficaudio.languages import supported
from ficaudio.errors import FicaudioError
from ficaudio.model import Document
from ficaudio.pipeline import analyse
from ficaudio.readers import read_text

from _reliability import RELIABILITY, SHORT_STORY

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"

QUOTES = ["'", '"', "‘", "’", "“", "”", "„", "«", "»"]
WORDS = [
    "Mira", "Tam", "said", "asked", "whispered", "thought", "the", "a", "rain", "don't", "twins'", "'em",
    "o'clock", "rock'n'roll", "café", "naïve", "Zoë", "日本語", "こんにちは", "Ελένη", "Дмитрий", "مرحبا",
    "🙂", "👩‍👩‍👧", "e\u0301", "x²", "½", "I", "I'm", "she", "he", "Chapter", "1", "42", "Prologue",
    "A/N:", "Disclaimer:", "please", "review", "***", "~~~", "xXx", "-o-", "—", "–", "...", "…", "!", "?",
    ",", ".", ";", ":", "(", ")", "*", "_", "<3", "R&R",
]
GAPS = [" ", " ", " ", "  ", "\n", "\n\n", "\n\n\n", "\t", "\r\n", "\r", " \n \n", "\u00a0", "\u2028", "\f"]
FRAGMENTS = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(QUOTES),
    st.sampled_from(GAPS),
    st.sampled_from(["\nChapter 2: The Storm\n", "\n* * *\n", "\nA/N: thanks for reading!\n", "\nPART IV\n",
                     "\n\nThe End\n\n", "\nEpilogue\n"]),
    st.text(min_size=1, max_size=6),
)
STORIES = st.lists(FRAGMENTS, min_size=1, max_size=120).map("".join)


def _words(text: str) -> list[tuple[int, int]]:
    """(start, end) of every maximal run of alphanumeric characters."""
    spans: list[tuple[int, int]] = []
    start = None
    for i, ch in enumerate(text):
        if ch.isalnum():
            if start is None:
                start = i
        elif start is not None:
            spans.append((start, i))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def check_story(text: str, language: str | None = None) -> Document | None:
    """Analyse ``text`` (in ``language``, else as detected) and assert the segment invariants; None when refused cleanly."""
    try:
        doc = read_text(text, title="Property")
        analyse(doc, Config(language=language))
    except FicaudioError:
        return None
    segments = doc.segments
    previous_end = 0
    for seg in segments:
        assert 0 <= seg.start < seg.end <= len(doc.text), f"bad offsets {seg}"
        assert seg.start >= previous_end, f"segments overlap or go backwards at {seg.start}:{seg.end}"
        assert doc.text[seg.start : seg.end].strip(), f"blank segment {seg}"
        previous_end = seg.end
    for chapter in doc.chapters:
        assert all(chapter.start <= s.start and s.end <= chapter.end for s in chapter.segments), chapter.title
    starts = [s.start for s in segments]
    breaks = [(b.start, b.end) for b in doc.scene_breaks]
    for start, end in _words(doc.text):
        i = bisect.bisect_right(starts, start) - 1
        in_segment = i >= 0 and segments[i].start <= start and end <= segments[i].end
        in_break = any(b_start <= start and end <= b_end for b_start, b_end in breaks)
        assert in_segment != in_break or not in_segment, f"word {doc.text[start:end]!r} in a segment and a scene break"
        assert in_segment or in_break, (
            f"word {doc.text[start:end]!r} at {start}:{end} is in no segment: "
            f"{doc.text[max(0, start - 40):end + 40]!r}"
        )
    return doc


@RELIABILITY
@given(STORIES)
@example("'")
@example("“")
@example("'Hello,' said Mira. 'It's the twins' room, isn't it?'")
@example('"Unclosed quote runs to the end')
@example("no newline at all " * 400)
@example("\n\n\n".join(["“Hi,” he said."] * 50))
@example("***\n\nChapter 1\n\n***")
def test_generated_stories_keep_every_word(text: str) -> None:
    check_story(text)


def _mutate(base: str, edits: list[tuple[int, str, int]]) -> str:
    text = base
    for at, insert, delete in edits:
        at %= len(text) + 1
        text = text[:at] + insert + text[at + delete :]
    return text


EDITS = st.lists(
    st.tuples(st.integers(0, 10**6), st.one_of(st.sampled_from(QUOTES + GAPS), st.text(max_size=4)), st.integers(0, 12)),
    min_size=1,
    max_size=25,
)


@RELIABILITY
@given(st.sampled_from(["short", "lantern", "clockwork"]), EDITS)
def test_mutated_real_stories_keep_every_word(which: str, edits: list[tuple[int, str, int]]) -> None:
    base = {
        "short": SHORT_STORY,
        "lantern": (EXAMPLES / "the-lantern-keepers.txt").read_text(encoding="utf-8")[:6000],
        "clockwork": (EXAMPLES / "the-clockwork-garden.txt").read_text(encoding="utf-8")[:6000],
    }[which]
    check_story(_mutate(base, edits))


@RELIABILITY
@given(st.lists(st.sampled_from(WORDS + QUOTES + [" ", " ", " "]), min_size=1, max_size=200), st.integers(10, 60))
def test_giant_single_paragraph_keeps_every_word(pieces: list[str], repeat: int) -> None:
    # One paragraph of thousands of words: a chunk repeated, with its own mutations.
    text = " ".join(" ".join(pieces[i:] + pieces[:i]) for i in range(repeat))
    check_story(text)


def test_real_examples_keep_every_word() -> None:
    for path in sorted(EXAMPLES.glob("*.txt")):
        doc = check_story(path.read_text(encoding="utf-8"))
        assert doc is not None and len(doc.segments) > 20, path.name


# Stories in other languages: their own marks and dialogue dashes (quote_marks.py), their speaker rules.
OTHER_LANGUAGES = [code for code in supported() if code != "en"]
OTHER_MARKS = ["«", "»", "« ", " »", "\u00a0»", "„", "“", "”", "»", "«", "「", "」", "『", "』", "—", "– ", "-", "--"]
OTHER_WORDS = ["dit-elle", "demanda-t-il", "dijo", "ella", "sagte", "er", "сказала", "Marie", "Le", "La", "Der", "l'homme",
               "aujourd’hui", "¿Vienes?", "¡Hola!", "Madame", "Frau", "don", "une", "voix"]
OTHER_STORIES = st.lists(st.one_of(FRAGMENTS, st.sampled_from(OTHER_MARKS + OTHER_WORDS)), min_size=1,
                         max_size=120).map("".join)
TEXTS = Path(__file__).resolve().parents[1] / "texts"


@RELIABILITY
@given(st.sampled_from(OTHER_LANGUAGES), OTHER_STORIES)
@example("fr", "— Tu viens ? demanda-t-il.\n\n« Je sais, dit-elle, mais »")
@example("es", "—Hola —dijo ella—. ¿Vienes? —— —")
@example("ja", "「『」』「")
def test_stories_in_other_languages_keep_every_word(language: str, text: str) -> None:
    check_story(text, language)


@RELIABILITY
@given(st.sampled_from(["le-phare", "la-tormenta", "der-letzte-zug"]), EDITS)
def test_mutated_stories_in_other_languages_keep_every_word(which: str, edits: list[tuple[int, str, int]]) -> None:
    check_story(_mutate((TEXTS / f"{which}.txt").read_text(encoding="utf-8"), edits))
