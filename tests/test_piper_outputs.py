"""Piper through every output: preview, the ACX profile, the M4B, and a multi-speaker model's speaker ids.

All with the real engine (the bundled voice, or a tiny real ONNX model with Piper's signature for
speakers), real ffmpeg and checks of the real audio. The texts are a few short lines so this stays fast.
"""

from __future__ import annotations

import array
import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from mutagen.id3 import ID3
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4
from pydub import AudioSegment

from ficaudio.cli import cli
from ficaudio.tts import piper_engine

pytestmark = pytest.mark.skipif(piper_engine.neural_missing() is not None,
                                reason="ficaudio[neural] is not installed (make test installs it)")

STORY = """Chapter 1: The Lamp

Wren lit the lamp at the top of the stair.

'They are late tonight,' said Hollis.

Chapter 2: The Ships

Three sails came round the point after midnight.
"""
WORDS = len(re.sub(r"Chapter \d: \w+ \w+", "", STORY).split())


def _invoke(*args: str):
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_preview_with_a_piper_narrator(tmp_path):
    voices = tmp_path / "voices.yaml"
    voices.write_text("narrator:\n  engine: piper\n  rate: 170\ncharacters:\n  Nell:\n    voice: en-us+f3\n")
    out = tmp_path / "clip.mp3"
    result = _invoke("preview", "--text", "The door opened slowly. 'Hi,' said Nell.", "-c", str(voices),
                     "-o", str(out), "--cache-dir", str(tmp_path / "cache"))
    assert "Nell (en-us+f3)" in result.output
    audio = AudioSegment.from_file(out)
    # 7 words at 170 words per minute, and the pauses: 2.5 s give or take.
    assert 1.5 < audio.duration_seconds < 7, audio.duration_seconds
    assert audio.dBFS > -40  # speech, not silence
    # The narration was spoken by Piper: its clip is in the cache under the Piper voice's key.
    from ficaudio.model import Voice
    from ficaudio.synth import ClipCache, ClipRequest, engine_version

    clips = ClipCache(tmp_path / "cache", engine_version("pyttsx3"))
    narration = clips.get(clips.key(ClipRequest("The door opened slowly.", Voice("en_US-joe-medium", 170, 50, 1.0,
                                                                                  engine="piper"))))
    assert narration is not None


@pytest.fixture(scope="module")
def acx_render(tmp_path_factory) -> Path:
    """The two-chapter story read by the Piper narrator (Hollis in eSpeak NG), ACX profile, MP3 and M4B."""
    tmp = tmp_path_factory.mktemp("piper-acx")
    story = tmp / "the-lamp.txt"
    story.write_text(STORY, encoding="utf-8")
    _invoke("render", str(story), "-o", str(tmp / "out"), "--cache-dir", str(tmp / "cache"),
            "--narrator-engine", "piper", "--profile", "acx", "--format", "mp3", "--format", "m4b", "-j", "2")
    return tmp / "out" / "the-lamp"


def test_acx_render_with_a_piper_narrator_passes_check(acx_render):
    chapters = sorted((acx_render / "chapters").glob("*.mp3"))
    assert len(chapters) == 2
    result = CliRunner().invoke(cli, ["check", *map(str, chapters)])
    assert result.exit_code == 0, result.output
    assert result.output.count(": PASS") == 2 and "FAIL" not in result.output
    for rule in ("RMS level", "peak level", "noise floor", "head room tone", "tail room tone"):
        assert rule in result.output
    info = MP3(chapters[0]).info
    assert (info.sample_rate, info.bitrate) == (44100, 192000)


def test_m4b_with_a_piper_narrator_has_chapters_and_the_mp3s_length(acx_render):
    mp3, m4b_path = acx_render / "the-lamp.mp3", acx_render / "the-lamp.m4b"
    m4b = MP4(m4b_path)
    assert [c.title for c in m4b.chapters] == ["Chapter 1: The Lamp", "Chapter 2: The Ships"]
    mp3_chapters = sorted(ID3(mp3).getall("CHAP"), key=lambda c: c.start_time)
    assert m4b.chapters[0].start == 0
    assert abs(mp3_chapters[1].start_time / 1000 - m4b.chapters[1].start) < 0.01
    length = m4b.info.length
    assert abs(length - MP3(mp3).info.length) < 0.05
    # The words at about 170 a minute, plus chapter titles, pauses and the ACX room tone at each end.
    assert WORDS * 60 / 170 * 0.6 < length < WORDS * 60 / 170 * 2 + 15, length
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-of", "csv=p=0", str(m4b_path)],
                           capture_output=True, text=True, check=True).stdout
    assert probe.count("Chapter") == 2


# --- a multi-speaker model --------------------------------------------------------


@pytest.fixture(scope="module")
def crowd_model(tmp_path_factory) -> Path:
    pytest.importorskip("onnx", reason="the onnx package (the test extra) builds the tiny model")
    from tiny_piper_model import build

    folder = tmp_path_factory.mktemp("crowd")
    return build(folder / "en_US-crowd-x_low.onnx", Path(f"{piper_engine.bundled_model_path()}.json"))


def _pitch(audio: AudioSegment) -> float:
    from tiny_piper_model import tone_hz

    return tone_hz(array.array("h", audio.get_array_of_samples()), audio.frame_rate, floor=1000)


def test_each_speaker_id_reaches_the_model(crowd_model, tmp_path):
    """A render with the narrator as speaker 'ada' and two characters as 'ben' and 2: each cue at its speaker's pitch."""
    from test_piper import _srt_cues
    from tiny_piper_model import SPEAKERS, frequency

    story = tmp_path / "crowd.txt"
    story.write_text("The hall was full.\n\n'Quiet,' said Bo.\n\n'Never,' said Cal.\n")
    voices = tmp_path / "voices.yaml"
    voices.write_text(f"narrator:\n  engine: piper\n  model: {crowd_model}\n  speaker: ada\n"
                      f"characters:\n  Bo:\n    engine: piper\n    model: {crowd_model}\n    speaker: ben\n"
                      f"  Cal:\n    engine: piper\n    model: {crowd_model}\n    speaker: 2\n")
    _invoke("render", str(story), "-c", str(voices), "-o", str(tmp_path / "out"),
            "--cache-dir", str(tmp_path / "cache"), "-j", "2")
    mp3 = tmp_path / "out" / "crowd" / "crowd.mp3"
    audio = AudioSegment.from_file(mp3)
    heard: dict[str, list[float]] = {}
    for speaker, start, end in _srt_cues(mp3.with_suffix(".srt")):
        heard.setdefault(speaker, []).append(_pitch(audio[start:end]))
    expected = {"Narrator": frequency(SPEAKERS["ada"]), "Bo": frequency(SPEAKERS["ben"]), "Cal": frequency(2)}
    assert set(heard) == set(expected), heard
    for speaker, pitches in heard.items():
        for pitch in pitches:
            assert abs(pitch - expected[speaker]) < 0.05 * expected[speaker], (speaker, pitches, expected)


def test_voices_lists_a_multi_speaker_model_with_its_speakers(crowd_model, tmp_path, monkeypatch):
    folder = tmp_path / "ficaudio" / "piper"
    folder.mkdir(parents=True)
    for suffix in (".onnx", ".onnx.json"):
        (folder / f"en_US-crowd-x_low{suffix}").write_bytes(Path(f"{crowd_model.with_suffix('')}{suffix}").read_bytes())
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    result = _invoke("voices", "--engine", "piper")
    assert re.search(r"en_US-crowd-x_low\s+en_US\s+x_low\s+3\s", result.output), result.output
