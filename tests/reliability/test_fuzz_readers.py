"""Fuzz the readers: random, truncated and damaged files raise only StoryError.

Seeds are the reader fixtures (AO3 and FanFicFare EPUB/HTML/TXT, EPUB 3,
odd encodings); hypothesis cuts them short, flips bytes, splices them and
renames them. Whatever a reader accepts must then go through the text
pipeline without a crash.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ficaudio.config import Config
from ficaudio.errors import FicaudioError, StoryError
from ficaudio.pipeline import analyse
from ficaudio.readers import read_story

from _reliability import RELIABILITY

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEEDS = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".html", ".epub"))
EXTENSIONS = [".txt", ".html", ".htm", ".xhtml", ".epub", "", ".TXT", ".pdf", ".docx"]


def read_or_refuse(tmp_path: Path, data: bytes, extension: str) -> None:
    """read_story either gives a Document the pipeline can analyse, or raises StoryError."""
    path = tmp_path / f"fuzzed{extension}"
    path.write_bytes(data)
    try:
        doc = read_story(path)
    except StoryError as exc:
        message = str(exc)
        assert message and "\n" not in message, f"not one line: {message!r}"
        assert str(path) in message, f"the message does not say which file: {message!r}"
        return
    assert doc.text.strip(), "a reader returned a Document with no text"
    assert "\r" not in doc.text
    try:
        analyse(doc, Config())
    except FicaudioError:
        return
    for seg in doc.segments:
        assert 0 <= seg.start < seg.end <= len(doc.text)


def test_seeds_exist() -> None:
    assert {p.suffix for p in SEEDS} == {".txt", ".html", ".epub"}, SEEDS


@RELIABILITY
@given(st.binary(max_size=4096), st.sampled_from(EXTENSIONS))
@example(b"", ".txt")
@example(b"\x00" * 100, ".txt")
@example(b"PK\x03\x04", ".epub")
@example(b"PK\x05\x06" + b"\x00" * 18, ".epub")
@example(b"<html>", ".html")
@example(b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'>]><html><body>&a;</body></html>", ".html")
@example(b"\xef\xbb\xbf", ".txt")
@example(b"\xff\xfe\x00", ".txt")
@example(b"%PDF-1.4", ".txt")
def test_random_bytes_raise_only_story_errors(tmp_path: Path, data: bytes, extension: str) -> None:
    read_or_refuse(tmp_path, data, extension)


@RELIABILITY
@given(st.sampled_from(SEEDS), st.floats(0, 1), st.booleans())
def test_truncated_files_raise_only_story_errors(tmp_path: Path, seed: Path, fraction: float, rename: bool) -> None:
    data = seed.read_bytes()
    cut = data[: int(len(data) * fraction)]
    read_or_refuse(tmp_path, cut, ".txt" if rename else seed.suffix)


@RELIABILITY
@given(st.sampled_from(SEEDS), st.lists(st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=8)),
                                        min_size=1, max_size=12))
def test_damaged_files_raise_only_story_errors(tmp_path: Path, seed: Path, edits: list[tuple[float, bytes]]) -> None:
    data = bytearray(seed.read_bytes())
    for where, replacement in edits:
        at = int(where * len(data))
        data[at : at + len(replacement)] = replacement
    read_or_refuse(tmp_path, bytes(data), seed.suffix)


@RELIABILITY
@given(st.sampled_from(SEEDS), st.sampled_from(SEEDS), st.floats(0, 1), st.floats(0, 1))
def test_spliced_files_raise_only_story_errors(tmp_path: Path, first: Path, second: Path, a: float, b: float) -> None:
    one, two = first.read_bytes(), second.read_bytes()
    read_or_refuse(tmp_path, one[: int(len(one) * a)] + two[int(len(two) * b) :], first.suffix)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name)
def test_every_seed_reads(seed: Path) -> None:
    doc = read_story(seed)
    analyse(doc, Config())
    assert len(doc.segments) > 3
