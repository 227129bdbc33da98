"""Synthesis: content-addressed clip cache, checks and retries, only the needed clips made."""

from __future__ import annotations

import wave
from pathlib import Path

import pytest

from ficaudio.errors import SynthesisError
from ficaudio.model import Voice
from ficaudio.synth import ClipCache, ClipRequest, clip_frames, clip_is_plausible, synthesize_all, synthesize_one
from ficaudio.tts.silent import SilentEngine

NARRATOR = Voice("en-gb", 170, 45)
MIRA = Voice("en-us+f3", 170, 62)


def _requests() -> list[ClipRequest]:
    return [ClipRequest("The fog came in off the harbour.", NARRATOR, "chapter 1, line 1"),
            ClipRequest("You're late.", MIRA, "chapter 1, line 2"),
            ClipRequest("She said nothing for a while.", NARRATOR, "chapter 1, line 3"),
            ClipRequest("I know.", MIRA, "chapter 1, line 4"),
            ClipRequest("You're late.", MIRA, "chapter 2, line 1")]


def test_cache_key_covers_text_every_voice_setting_and_engine(tmp_path):
    cache = ClipCache(tmp_path, "engine/1")
    base = cache.key(ClipRequest("Hello there.", NARRATOR))
    assert base == cache.key(ClipRequest("Hello there.", NARRATOR, "another label"))
    assert base != cache.key(ClipRequest("Hello there!", NARRATOR))
    for other in (Voice("en-gb", 171, 45), Voice("en-gb", 170, 46), Voice("en-gb", 170, 45, 0.9), Voice("en-us", 170, 45)):
        assert base != cache.key(ClipRequest("Hello there.", other))
    assert base != ClipCache(tmp_path, "engine/2").key(ClipRequest("Hello there.", NARRATOR))


def test_second_run_synthesizes_nothing_and_a_voice_change_only_its_lines(tmp_path):
    cache = ClipCache(tmp_path, "silent/1")
    made = synthesize_all(_requests(), cache, engine_name="silent", jobs=1)
    assert made == 4  # the repeated line is spoken once
    assert all(clip_frames(cache.path(cache.key(r))) > 0 for r in _requests())
    made_again = synthesize_all(_requests(), cache, engine_name="silent", jobs=1)
    assert made_again == 0
    higher = Voice("en-us+f3", 170, 70)
    changed = [ClipRequest(r.text, higher if r.voice == MIRA else r.voice, r.label) for r in _requests()]
    made_changed = synthesize_all(changed, cache, engine_name="silent", jobs=1)
    assert made_changed == 2


def test_worker_processes_give_the_same_clips(tmp_path):
    requests = [ClipRequest(f"Line number {n} of the test.", NARRATOR) for n in range(6)]
    cache = ClipCache(tmp_path / "a", "silent/1")
    made = synthesize_all(requests, cache, engine_name="silent", jobs=2)
    assert made == 6
    assert all(clip_frames(cache.path(cache.key(r))) > 0 for r in requests)


class _FlakyEngine:
    """Writes an empty WAV (44 bytes, as pyttsx3 sometimes does) for the first ``failures`` calls."""

    name = "flaky"
    version = "flaky/1"

    def __init__(self, failures: int) -> None:
        self.failures = failures
        self.calls = 0
        self.real = SilentEngine()

    def synthesize(self, text: str, voice: Voice, wav_path: Path) -> None:
        self.calls += 1
        if self.calls <= self.failures:
            with wave.open(str(wav_path), "wb") as w:
                w.setnchannels(1)
                w.setsampwidth(2)
                w.setframerate(22050)
            return
        self.real.synthesize(text, voice, wav_path)


def test_an_empty_clip_is_retried(tmp_path):
    engine = _FlakyEngine(failures=2)
    out = synthesize_one(engine, ClipRequest("The lamps were lit.", NARRATOR), tmp_path / "clip.wav")
    assert engine.calls == 3 and clip_frames(out) > 0
    assert [p.name for p in tmp_path.iterdir()] == ["clip.wav"]  # no temporary files left


def test_a_clip_that_keeps_failing_names_the_line(tmp_path):
    engine = _FlakyEngine(failures=99)
    req = ClipRequest("The lamps were lit.", NARRATOR, "chapter 3, characters 120-140")
    with pytest.raises(SynthesisError, match=r"chapter 3, characters 120-140.*The lamps were lit"):
        synthesize_one(engine, req, tmp_path / "clip.wav")
    assert list(tmp_path.iterdir()) == []


def test_plausible_duration_for_the_word_count(tmp_path):
    wav = tmp_path / "c.wav"
    SilentEngine().synthesize("one two three four five six", NARRATOR, wav)
    assert clip_is_plausible(wav, "one two three four five six", 170)
    # Far too short for two hundred words at this rate.
    assert not clip_is_plausible(wav, " ".join(["word"] * 200), 170)
    assert not clip_is_plausible(tmp_path / "missing.wav", "word", 170)


def test_damaged_cached_clip_is_not_trusted(tmp_path):
    cache = ClipCache(tmp_path, "silent/1")
    synthesize_all(_requests()[:1], cache, engine_name="silent", jobs=1)
    path = cache.path(cache.key(_requests()[0]))
    path.write_bytes(path.read_bytes()[:60])  # cut short, as by a crash mid-write
    made = synthesize_all(_requests()[:1], cache, engine_name="silent", jobs=1)
    assert made == 1


def test_requests_are_read_lazily_and_repeats_spoken_once(tmp_path):
    # A render hands over a generator (a long story's requests are never all in memory).
    consumed = []

    def stream():
        for n in range(3):
            for req in _requests():
                consumed.append(req)
                yield req

    cache = ClipCache(tmp_path, "silent/1")
    assert synthesize_all(stream(), cache, engine_name="silent", jobs=1) == 4
    assert len(consumed) == 15
    assert synthesize_all(stream(), cache, engine_name="silent", jobs=2) == 0
