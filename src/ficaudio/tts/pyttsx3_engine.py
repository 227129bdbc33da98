"""pyttsx3 (eSpeak NG on Linux): the default engine.

pyttsx3's eSpeak driver is fragile in ways a render must survive:
- an unknown voice id is ignored silently, keeping the previous voice;
- ``save_to_file`` + ``runAndWait`` now and then writes a WAV with no samples;
- it prints "Audio saved to ..." on stdout for every file.
So every voice change is verified by reading the voice back, every clip is
checked by the caller (see synth.py), and stdout is swallowed here.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import shutil
from pathlib import Path

from ..errors import DependencyError, SynthesisError
from ..model import Voice
from . import EngineVoice
from .espeak_voices import engine_voice_table, list_engine_voices, split_voice_id


@functools.lru_cache(maxsize=1)
def shared_pyttsx3():
    """The process's one pyttsx3 engine (eSpeak NG initialises once per process)."""
    try:
        import pyttsx3
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise DependencyError("pyttsx3 is not installed. Run \"make demo\" or pip install pyttsx3.") from exc
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            return pyttsx3.init()
    except (OSError, RuntimeError, ImportError) as exc:
        raise DependencyError(
            "eSpeak NG is not installed (pyttsx3 could not load libespeak-ng). "
            "Install it with: sudo apt-get install espeak-ng libespeak-ng1"
        ) from exc


def espeak_version() -> str:
    """eSpeak NG's version (part of every cache key)."""
    try:
        from pyttsx3.drivers import _espeak

        info = _espeak.Info(None) if hasattr(_espeak, "Info") else None
        if isinstance(info, bytes):
            return info.decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - the version is a cache detail, never fatal
        pass
    return "espeak-ng"


class Pyttsx3Engine:
    """Speak through pyttsx3; one instance per process."""

    name = "pyttsx3"

    def __init__(self) -> None:
        self._engine = shared_pyttsx3()
        self.version = f"pyttsx3/{_pyttsx3_version()} {espeak_version()}"
        self._current: tuple[str, str] | None = None

    def voices(self) -> list[EngineVoice]:
        return list_engine_voices()

    def _set_voice(self, voice_id: str) -> str:
        languages, variants = engine_voice_table()
        base, variant = split_voice_id(voice_id)
        if base not in languages or (variant and variant not in variants):
            raise SynthesisError(
                f"voice \"{voice_id}\" is not one eSpeak NG has. Run \"ficaudio voices\" to list the installed voices."
            )
        name, identifier, _gender = languages[base]
        file_name = variants[variant][0] if variant else ""
        expected = (identifier + (f"+{file_name}" if variant else "")).lower()
        self._engine.setProperty("voice", name + (f"+{file_name}" if variant else ""))
        return expected

    def synthesize(self, text: str, voice: Voice, wav_path: Path) -> None:
        expected = self._set_voice(voice.voice_id)
        engine = self._engine
        engine.setProperty("rate", int(voice.rate))
        engine.setProperty("volume", float(voice.volume))
        engine.setProperty("pitch", int(voice.pitch))
        wav_path = Path(wav_path)
        with contextlib.redirect_stdout(io.StringIO()):
            engine.save_to_file(text, str(wav_path))
            engine.runAndWait()
        got = (engine.getProperty("voice") or "").lower()
        if got != expected:
            raise SynthesisError(f"eSpeak NG used voice \"{got}\" instead of \"{expected}\"")


def _pyttsx3_version() -> str:
    try:
        from importlib.metadata import version

        return version("pyttsx3")
    except Exception:  # noqa: BLE001
        return "?"


def check_espeak_installed() -> None:
    """Fail early, with the package to install, when libespeak-ng is missing."""
    import ctypes.util

    if ctypes.util.find_library("espeak-ng") is None and not os.path.exists("/usr/lib/x86_64-linux-gnu/libespeak-ng.so.1"):
        if shutil.which("espeak-ng") is None:
            raise DependencyError(
                "eSpeak NG is not installed. Install it with: sudo apt-get install espeak-ng libespeak-ng1"
            )
