"""Fixtures for the reliability suite (settings and helpers live in _reliability.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from _reliability import SHORT_STORY, VOICES_YAML


@pytest.fixture
def short_story(write_file) -> Path:
    return write_file("the-lamp.txt", SHORT_STORY)


@pytest.fixture
def voices_yaml(write_file) -> Path:
    return write_file("voices.yaml", VOICES_YAML)
