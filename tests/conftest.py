"""Shared fixtures: tiny original stories and a private clip cache per test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

TWO_CHAPTER_STORY = """A/N: A tiny test story. Please review :)

Chapter 1: The Gate

The rain had not stopped for three days when Nell reached the gate.

'Is anyone there?' Nell called.

'Only me,' said Bram, stepping out of the hut. 'You're late.'

Nell shook the water from her hood. 'The bridge was out,' she said.

Chapter 2: The Road

Nell and Bram walked until the lamps of the town were small behind them.

'How far now?' she asked.

'Not far,' Bram said.
"""


@pytest.fixture
def cache_dir(tmp_path: Path) -> Path:
    return tmp_path / "cache"


@pytest.fixture
def write_file(tmp_path: Path) -> Callable[[str, str], Path]:
    """Write UTF-8 text to a file of this name in the test's folder; returns its path."""

    def write(name: str, text: str) -> Path:
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def two_chapter_story(write_file) -> Path:
    return write_file("the-gate.txt", TWO_CHAPTER_STORY)


@pytest.fixture
def two_voices_yaml(write_file) -> Path:
    return write_file(
        "voices.yaml",
        "narrator:\n  voice: en-gb\n  pitch: 40\n"
        "characters:\n"
        "  Nell:\n    voice: en-us+f3\n    pitch: 70\n    gender: female\n"
        "  Bram:\n    voice: en-gb-scotland+m3\n    pitch: 30\n    gender: male\n",
    )


def pytest_addoption(parser):
    parser.addoption(
        "--update-golden", action="store_true", default=False,
        help="write tests/golden/*.script.tsv from the current code instead of comparing (review the diff)",
    )
