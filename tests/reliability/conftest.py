"""Fixtures for the reliability suite (settings and helpers live in _reliability.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from _reliability import SHORT_STORY, VOICES_YAML


@pytest.fixture
def short_story(tmp_path: Path) -> Path:
    path = tmp_path / "the-lamp.txt"
    path.write_text(SHORT_STORY, encoding="utf-8")
    return path


@pytest.fixture
def voices_yaml(tmp_path: Path) -> Path:
    path = tmp_path / "voices.yaml"
    path.write_text(VOICES_YAML, encoding="utf-8")
    return path
