"""Shared fixtures: tiny original stories and a private clip cache per test."""

from __future__ import annotations

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
def two_chapter_story(tmp_path: Path) -> Path:
    path = tmp_path / "the-gate.txt"
    path.write_text(TWO_CHAPTER_STORY, encoding="utf-8")
    return path


@pytest.fixture
def two_voices_yaml(tmp_path: Path) -> Path:
    path = tmp_path / "voices.yaml"
    path.write_text(
        "narrator:\n  voice: en-gb\n  pitch: 40\n"
        "characters:\n"
        "  Nell:\n    voice: en-us+f3\n    pitch: 70\n    gender: female\n"
        "  Bram:\n    voice: en-gb-scotland+m3\n    pitch: 30\n    gender: male\n",
        encoding="utf-8",
    )
    return path
