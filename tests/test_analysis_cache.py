"""The analysed-story cache: reused only while the story, the cast and the code are unchanged."""

from __future__ import annotations

import pytest

import ficaudio.pipeline as pipeline
from ficaudio.analysis_cache import analysed_story
from ficaudio.config import Config, Override, load_config
from ficaudio.errors import StoryError
from ficaudio.script import script_json


@pytest.fixture
def analyses(monkeypatch):
    """Counts the analyses actually run."""
    calls = []
    real = pipeline.analyse

    def counting(doc, config):
        calls.append(doc.source)
        return real(doc, config)

    monkeypatch.setattr(pipeline, "analyse", counting)
    return calls


def test_unchanged_story_is_not_analysed_again(two_chapter_story, two_voices_yaml, cache_dir, analyses):
    config = load_config(two_voices_yaml)
    first = analysed_story(two_chapter_story, config, cache_dir)
    second = analysed_story(two_chapter_story, load_config(two_voices_yaml), cache_dir)
    assert len(analyses) == 1
    assert script_json(second) == script_json(first)
    assert [s.speaker for s in second.segments] == [s.speaker for s in first.segments]
    assert {n: c.lines for n, c in second.characters.items()} == {n: c.lines for n, c in first.characters.items()}
    assert second.title == "The Gate"


def test_a_changed_story_cast_or_override_is_analysed_again(two_chapter_story, two_voices_yaml, cache_dir, analyses):
    config = load_config(two_voices_yaml)
    analysed_story(two_chapter_story, config, cache_dir)
    two_chapter_story.write_text(two_chapter_story.read_text() + "\n'Good,' said Nell.\n", encoding="utf-8")
    edited = analysed_story(two_chapter_story, config, cache_dir)
    assert [edited.segment_text(s) for s in edited.segments][-2:] == ["Good,", "said Nell."]
    assert len(analyses) == 2
    pinned = Config(characters=config.characters, overrides=[Override(text="Not far", speaker="Nell")])
    doc = analysed_story(two_chapter_story, pinned, cache_dir)
    assert len(analyses) == 3
    assert [s.speaker for s in doc.segments if "Not far" in doc.segment_text(s)] == ["Nell"]
    no_cast = analysed_story(two_chapter_story, Config(), cache_dir)
    assert len(analyses) == 4 and no_cast is not doc


def test_renamed_copy_keeps_its_own_title(two_chapter_story, write_file, cache_dir, analyses):
    # Same bytes, another file name: the title comes from the name, so it is another entry.
    copy = write_file("the-long-road.txt", two_chapter_story.read_text(encoding="utf-8"))
    assert analysed_story(two_chapter_story, Config(), cache_dir).title == "The Gate"
    assert analysed_story(copy, Config(), cache_dir).title == "The Long Road"
    assert len(analyses) == 2


def test_damaged_entry_is_analysed_again_and_replaced(two_chapter_story, cache_dir, analyses):
    first = analysed_story(two_chapter_story, Config(), cache_dir)
    (entry,) = (cache_dir / "analysis").glob("*.pickle")
    entry.write_bytes(b"not a pickle at all")
    again = analysed_story(two_chapter_story, Config(), cache_dir)
    assert script_json(again) == script_json(first) and len(analyses) == 2
    analysed_story(two_chapter_story, Config(), cache_dir)
    assert len(analyses) == 2  # the entry was written again


def test_unwritable_cache_still_analyses(two_chapter_story, tmp_path, analyses):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would go", encoding="utf-8")
    doc = analysed_story(two_chapter_story, Config(), blocker)
    assert doc.chapters and len(analyses) == 1


def test_story_errors_are_the_readers(tmp_path, cache_dir):
    with pytest.raises(StoryError, match="no such file"):
        analysed_story(tmp_path / "missing.txt", Config(), cache_dir)
    assert not (cache_dir / "analysis").exists()
