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
