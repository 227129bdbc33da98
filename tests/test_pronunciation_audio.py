"""Pronunciations reach the real engine (pyttsx3 -> eSpeak NG): the clip really changes, and only that clip."""

from __future__ import annotations

import wave
from pathlib import Path

from click.testing import CliRunner

from ficaudio.casting import cast_voices
from ficaudio.cli import cli
from ficaudio.config import config_from_text
from ficaudio.model import Voice
from ficaudio.pipeline import analyse, plan_audio, render
from ficaudio.readers import read_text
from ficaudio.synth import ClipCache, ClipRequest, engine_version
from ficaudio.tts import pyttsx3_engine

from audio_checks import envelope_similarity

STORY = """Chapter 1: The Workshop

The workshop smelled of cedar and glue.

Sasori smiled at the puppet on the bench.

Hermione knocked twice and waited by the door.
"""

NARRATOR = "narrator: {voice: en-gb}\n"
PRONUNCIATIONS = NARRATOR + "pronunciations:\n  sasori: \"[[s'as0ri]]\"\n  Hermione: her-my-oh-nee\n"


def _seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


def test_phonemes_in_double_brackets_are_spoken_as_phonemes(tmp_path):
    engine = pyttsx3_engine.Pyttsx3Engine()
    voice = Voice("en-gb")
    # eSpeak NG's own phonemes for "hello" are h@l'oU (espeak-ng -x hello).
    words, phonemes = tmp_path / "words.wav", tmp_path / "phonemes.wav"
    engine.synthesize("hello there", voice, words)
    engine.synthesize("[[h@l'oU]] there", voice, phonemes)
    assert abs(_seconds(words) - _seconds(phonemes)) < 0.02
    assert envelope_similarity(words, phonemes) > 0.95
    # Without eSpeak NG's phoneme flag the brackets are read as text: a far longer clip.
    literal = tmp_path / "literal.wav"
    original = pyttsx3_engine._phoneme_start
    try:
        pyttsx3_engine._phoneme_start = lambda driver: None
        engine.synthesize("[[h@l'oU]] there", voice, literal)
    finally:
        pyttsx3_engine._phoneme_start = original
    assert _seconds(literal) > _seconds(words) + 0.3


def test_a_pronunciation_changes_its_clips_and_only_those(tmp_path):
    cache_dir = tmp_path / "cache"
    doc = analyse(read_text(STORY, title="The Workshop"), config_from_text(NARRATOR))
    plain = config_from_text(NARRATOR)
    first = render(doc, plain, tmp_path / "a", cache_dir=cache_dir, jobs=1)
    assert first.clips_synthesized == first.clips_total == 4  # heading and three paragraphs

    said = config_from_text(PRONUNCIATIONS)
    second = render(doc, said, tmp_path / "b", cache_dir=cache_dir, jobs=1)
    assert second.clips_synthesized == 2  # only the lines with Sasori and Hermione are spoken again
    assert render(doc, said, tmp_path / "c", cache_dir=cache_dir, jobs=1).clips_synthesized == 0

    cache = ClipCache(cache_dir, engine_version("pyttsx3"))

    def clip(config, words: str) -> tuple[Path, str, Voice]:
        """The cached clip, speech text and voice of the line containing ``words``."""
        casting = cast_voices(doc.characters, config)
        line = next(l for ch in plan_audio(doc, casting, config) for l in ch.lines
                    if words in doc.segment_text(l.segment))
        return cache.path(cache.key(ClipRequest(line.speech, line.voice))), line.speech, line.voice

    before, before_speech, _ = clip(plain, "Sasori")
    after, after_speech, voice = clip(said, "Sasori")
    assert (before_speech, after_speech) == ("Sasori smiled at the puppet on the bench.",
                                             "[[s'as0ri]] smiled at the puppet on the bench.")
    # The clip says what the phonemes say (as the engine says them directly), not what it said before.
    direct = tmp_path / "direct.wav"
    pyttsx3_engine.Pyttsx3Engine().synthesize(after_speech, voice, direct)
    assert envelope_similarity(after, direct) > 0.95
    assert envelope_similarity(after, before) < 0.9

    before, _, _ = clip(plain, "Hermione")
    after, after_speech, _ = clip(said, "Hermione")
    assert after_speech == "her-my-oh-nee knocked twice and waited by the door."
    assert _seconds(after) > _seconds(before) + 0.05  # two extra syllables
    assert envelope_similarity(after, before) < 0.9

    # The line without either name is the very same cached clip.
    assert clip(plain, "cedar") == clip(said, "cedar")


def test_preview_speaks_the_pronunciation(tmp_path, cache_dir):
    voices = tmp_path / "voices.yaml"
    voices.write_text(PRONUNCIATIONS, encoding="utf-8")
    out = tmp_path / "clip.mp3"
    result = CliRunner().invoke(cli, ["preview", "--text", "Sasori smiled.", "-c", str(voices), "-o", str(out),
                                      "--cache-dir", str(cache_dir)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "[[s'as0ri]] smiled." in result.output
    assert out.stat().st_size > 1000


def test_a_new_reader_name_speaks_again_only_the_lines_it_is_in(tmp_path):
    story = "Chapter 1: The Stall\n\nThe lamps were lit.\n\n\"Oi, Y/N,\" he called.\n\nThe crowd moved on.\n"
    doc = analyse(read_text(story, title="The Stall"), config_from_text(NARRATOR))
    cache_dir = tmp_path / "cache"

    def spoken(reader: str) -> int:
        config = config_from_text(NARRATOR + reader)
        return render(doc, config, tmp_path / "out", cache_dir=cache_dir, engine_name="silent", jobs=1).clips_synthesized

    assert spoken("") == 5  # heading, two narration lines, the call and its tag
    assert spoken("reader: {name: Rowan}\n") == 1
    assert spoken("reader: {name: Rowan, eye_colour: grey}\n") == 0  # no E/C in the story: nothing changes
    assert spoken("reader: {name: Sam}\n") == 1
    # Subtitles show the words as written, with the reader's name for Y/N.
    cues = (tmp_path / "out" / "the-stall" / "the-stall.srt").read_text(encoding="utf-8")
    assert "Oi, Sam," in cues and "Y/N" not in cues
