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


# --- voices.yaml checked once per content, speech kept per text and rules -------------------


@pytest.fixture
def config_checks(monkeypatch):
    """Counts the voices.yaml texts actually parsed and checked."""
    import ficaudio.config as config_module

    calls = []
    real = config_module.config_from_text

    def counting(raw, path="voices.yaml", **kwargs):
        calls.append(raw)
        return real(raw, path, **kwargs)

    monkeypatch.setattr(config_module, "config_from_text", counting)
    return calls


def test_checked_voices_file_comes_from_the_cache_until_it_changes(two_voices_yaml, cache_dir, config_checks):
    from ficaudio.analysis_cache import checked_config
    from ficaudio.tts.espeak_voices import known_voice_ids

    first = checked_config(two_voices_yaml, cache_dir, known_voice_ids=known_voice_ids())
    again = checked_config(two_voices_yaml, cache_dir, known_voice_ids=known_voice_ids())
    assert len(config_checks) == 1 and again == first and again.characters["Nell"].voice.pitch == 70
    assert again == load_config(two_voices_yaml)  # what the file says, parsed now
    del config_checks[:]
    two_voices_yaml.write_text(two_voices_yaml.read_text().replace("pitch: 70", "pitch: 64"), encoding="utf-8")
    edited = checked_config(two_voices_yaml, cache_dir, known_voice_ids=known_voice_ids())
    assert len(config_checks) == 1 and edited.characters["Nell"].voice.pitch == 64
    # Checked against other voice ids (another eSpeak NG), the same text is checked again.
    checked_config(two_voices_yaml, cache_dir, known_voice_ids=None)
    assert len(config_checks) == 2


def test_a_voices_file_with_problems_is_reported_every_time(write_file, cache_dir, config_checks):
    from ficaudio.analysis_cache import checked_config
    from ficaudio.errors import ConfigError

    bad = write_file("voices.yaml", "narrator:\n  voice: en-gb\n  pich: 40\n")
    for _ in range(2):
        with pytest.raises(ConfigError, match=r"voices.yaml:3: narrator.pich: unknown key"):
            checked_config(bad, cache_dir)
    assert len(config_checks) == 2 and not list(cache_dir.rglob("*.pickle"))


def test_speech_memo_follows_the_pronunciations(two_chapter_story, write_file, cache_dir, monkeypatch):
    # What a render says for each line comes from the memo while text and rules are unchanged,
    # and is worked out again (and heard in the script) when a pronunciation changes.
    import json

    from ficaudio.pipeline import render

    counted = []
    real = pipeline.speech_pieces
    monkeypatch.setattr(pipeline, "speech_pieces", lambda doc, seg, config: counted.append(seg) or real(doc, seg, config))

    def render_with(yaml_text: str) -> dict:
        config = load_config(write_file("voices.yaml", yaml_text))
        result = render(analysed_story(two_chapter_story, config, cache_dir), config, cache_dir.parent / "out",
                        cache_dir=cache_dir, engine_name="silent", jobs=1)
        return {s["text"]: s["speech"] for c in json.loads(result.script_json.read_text())["chapters"]
                for s in c["segments"]}

    first = render_with("characters:\n  Nell:\n    voice: en-us+f3\n")
    worked_out = len(counted)
    assert worked_out > 0
    assert render_with("characters:\n  Nell:\n    voice: en-us+f3\n") == first
    assert len(counted) == worked_out  # all from the memo
    renamed = render_with("characters:\n  Nell:\n    voice: en-us+f3\npronunciations:\n  Nell: nelly\n")
    assert len(counted) == 2 * worked_out
    changed = [text for text in first if renamed[text] != first[text]]
    assert changed and all("nelly" in renamed[text] and "Nell" in text for text in changed)
