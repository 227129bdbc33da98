"""nltk sentence splitting without downloaded data, and long segments split into clips."""

from __future__ import annotations

from ficaudio.casting import cast_voices
from ficaudio.config import Config
from ficaudio.pipeline import MAX_CLIP_CHARS, analyse, plan_audio
from ficaudio.readers import read_text
from ficaudio.sentences import count_words, sentence_spans


def test_sentence_spans_keep_abbreviations_and_offsets():
    text = "Mr. Hollis rang the bell. Dr. Abernathy said no. Then? Yes!"
    spans = sentence_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "Mr. Hollis rang the bell.", "Dr. Abernathy said no.", "Then?", "Yes!",
    ]


def test_sentence_spans_with_offset_window():
    text = "xx One. Two. yy"
    assert [text[a:b] for a, b in sentence_spans(text, 3, 12)] == ["One.", "Two."]


def test_count_words_treats_contractions_and_possessives_as_one():
    assert count_words("I don't own Sakura's 3 cats, 'em either.") == 8


def test_long_narration_becomes_several_clips_without_losing_words():
    sentence = "The fog rolled over the harbour wall and the lamps burned low. "
    text = "Chapter 1: Fog\n\n" + sentence * 30 + "\n"
    doc = analyse(read_text(text, title="Fog"), Config())
    config = Config()
    chapters = plan_audio(doc, cast_voices(doc.characters, config), config)
    lines = [l for ch in chapters for l in ch.lines]
    narration = [l for l in lines if l.segment.kind == "narration"]
    assert len(narration) >= 3
    assert all(len(l.speech) <= MAX_CLIP_CHARS + 10 for l in narration)
    spoken = " ".join(l.speech for l in narration).split()
    assert spoken == (sentence * 30).split()
    assert all(l.pause_before_ms == config.pauses.sentence_ms for l in narration[1:])


def test_subtitles_of_a_long_segment_show_the_words_as_written(tmp_path):
    from ficaudio.config import config_from_text
    from ficaudio.pipeline import render

    sentence = "Hermione and Mr. Vane rolled the barrels up the harbour wall. "
    doc = analyse(read_text("Chapter 1: Fog\n\n" + sentence * 20 + "\n", title="Fog"), Config())
    config = config_from_text("pronunciations:\n  Hermione: her-my-oh-nee\n")
    result = render(doc, config, tmp_path / "out", cache_dir=tmp_path / "cache", engine_name="silent", jobs=1)
    assert result.clips_total >= 3  # the heading and several clips of one segment
    cues = result.story_mp3.with_suffix(".srt").read_text(encoding="utf-8")
    # Each clip's own words, as the story has them: not the respelling, not "Mister".
    assert " ".join(cues.split()).count("Hermione and Mr. Vane") == 20  # cues wrap their lines
    assert "her-my-oh-nee" not in cues and "Mister" not in cues
