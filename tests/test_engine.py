"""The pyttsx3 engine as eSpeak NG really behaves: voices, rates, pitches, empty clips."""

from __future__ import annotations

import subprocess
import sys
import wave
from pathlib import Path

import pytest

from ficaudio.errors import SynthesisError
from ficaudio.model import Voice
from ficaudio.synth import ClipRequest, synthesize_one
from ficaudio.tts.pyttsx3_engine import Pyttsx3Engine, embed_prosody

from audio_checks import zero_crossings_per_second

RATE_CHECK = """
import sys, wave
from pathlib import Path
from ficaudio.tts.pyttsx3_engine import Pyttsx3Engine
from ficaudio.model import Voice
from ficaudio.synth import ClipRequest, synthesize_one
engine = Pyttsx3Engine()
frames = []
for rate in (175, 100, 300):
    path = Path(sys.argv[1])
    synthesize_one(engine, ClipRequest("The lamps along the harbour wall were lit one by one.", Voice("en-us+f3", rate, 62)), path)
    with wave.open(str(path)) as w:
        frames.append(w.getnframes())
print(frames[0], frames[1], frames[2])
"""


def test_rate_changes_take_effect_in_fresh_processes(tmp_path):
    # espeak_SetParameter(RATE) was ignored in most fresh processes; each run
    # here is a new process so that regression would show.
    for run in range(4):
        proc = subprocess.run([sys.executable, "-c", RATE_CHECK, str(tmp_path / f"r{run}.wav")],
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == 0, proc.stderr
        normal, slow, fast = map(int, proc.stdout.split())
        assert slow > normal * 1.4 > fast * 1.4 * 1.2, (normal, slow, fast)


def _frames(path: Path) -> int:
    with wave.open(str(path)) as w:
        return w.getnframes()


def test_unknown_voice_is_refused_not_silently_replaced(tmp_path):
    engine = Pyttsx3Engine()
    with pytest.raises(SynthesisError, match='voice "en-gb\\+nosuchvariant" is not one eSpeak NG has'):
        engine.synthesize("Hello.", Voice("en-gb+nosuchvariant"), tmp_path / "x.wav")


def test_voice_change_really_changes_the_voice(tmp_path):
    engine = Pyttsx3Engine()
    text = "Nobody in the village had seen the lighthouse dark before."
    names = ("low1.wav", "high.wav", "low2.wav")
    for name, voice in zip(names, (Voice("en-gb", 170, 30), Voice("en-gb+f3", 170, 75), Voice("en-gb", 170, 30))):
        synthesize_one(engine, ClipRequest(text, voice), tmp_path / name)
    low1, high, low2 = (zero_crossings_per_second(tmp_path / n) for n in names)
    # Switching to a high female voice and back again is heard both ways.
    assert high > 1.15 * low1 and high > 1.15 * low2, (low1, high, low2)


def test_embedded_prosody_strips_control_characters():
    text = embed_prosody("Hi\x01999S there", Voice("en-gb", 150, 120, 3.0))
    assert text.startswith("\x01150S\x0199P\x01200A ")
    assert text.count("\x01") == 3 and "999S" in text


LINES = (
    "Hello there.",
    "She handed him the lantern and walked out into the rain without a word.",
    "No.",
    "It was the kind of evening that made even the crows sound tired, and everyone in the yard knew it.",
)


def _cli_frames(tmp_path: Path, text: str, voice: Voice) -> int:
    out = tmp_path / "cli.wav"
    subprocess.run(["espeak-ng", "-v", voice.voice_id, "-s", str(voice.rate), "-p", str(voice.pitch), "-w", str(out),
                    text], check=True, timeout=60)
    return _frames(out)


def test_each_clip_is_whole_back_to_back(tmp_path):
    # The engine starts the driver's synthesis and waits for its end-of-message
    # callback itself (not pyttsx3's 10 ms run loop). Clips spoken back to back,
    # changing voice each time, must each be the whole line: as long as the
    # espeak-ng command line makes it (eSpeak varies lengths by a few ms).
    engine = Pyttsx3Engine()
    voices = (Voice("en-gb", 175, 50), Voice("en-us+f3", 175, 50))
    for round_ in range(3):
        for n, text in enumerate(LINES):
            voice = voices[(n + round_) % 2]
            path = tmp_path / f"{round_}-{n}.wav"
            engine.synthesize(text, voice, path)
            expected = _cli_frames(tmp_path, text, voice)
            assert abs(_frames(path) - expected) < 0.05 * expected + 2205, (text, _frames(path), expected)


def test_public_run_loop_still_works_when_the_driver_changes(tmp_path, monkeypatch):
    # A pyttsx3 whose eSpeak driver lacks the members the fast path uses goes
    # through save_to_file + runAndWait.
    import ficaudio.tts.pyttsx3_engine as module

    engine = Pyttsx3Engine()
    monkeypatch.setattr(module, "_direct_start", lambda driver: None)
    path = tmp_path / "loop.wav"
    engine.synthesize(LINES[1], Voice("en-gb", 175, 50), path)
    expected = _cli_frames(tmp_path, LINES[1], Voice("en-gb", 175, 50))
    assert abs(_frames(path) - expected) < 0.05 * expected + 2205, (_frames(path), expected)
