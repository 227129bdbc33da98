"""Speech engines behind one small interface.

An engine turns (text, Voice) into a mono 16-bit WAV file. pyttsx3 (driving
eSpeak NG through libespeak-ng on Linux) is the default; ``SilentEngine`` is a
fast fake for unit tests. Engines are created once per worker process.
"""

from __future__ import annotations

import importlib.util
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..model import Voice


def installed_version(module: str, dist: str) -> str:
    """A distribution's version, from the name of its dist-info folder beside ``module`` (found, not imported).

    Every render needs the engines' versions (they are in the clip keys), and importlib.metadata alone took
    12-16 ms to import, a tenth of an unchanged re-render. It is still asked when no such folder is found
    (another kind of install); '?' when nothing says.
    """
    spec = importlib.util.find_spec(module)
    if spec is not None and spec.origin:
        prefix = dist.replace("-", "_") + "-"
        try:
            found = [entry.name[len(prefix):-len(".dist-info")] for entry in os.scandir(Path(spec.origin).resolve().parent.parent)
                     if entry.name.startswith(prefix) and entry.name.endswith(".dist-info")]
        except OSError:
            found = []
        if len(found) == 1:
            return found[0]
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


@dataclass(frozen=True)
class EngineVoice:
    """A voice the engine offers, as `ficaudio voices` lists it."""

    voice_id: str
    name: str
    language: str
    gender: str | None
    kind: str = "language"
    """'language' for base voices, 'variant' for +variants that combine with them."""


class Engine(Protocol):
    name: str
    version: str

    def synthesize(self, text: str, voice: Voice, wav_path: Path) -> None:
        """Write ``text`` spoken in ``voice`` to ``wav_path`` (mono, 16-bit).

        ``text`` is speech text (speech_text.to_speech): respellings are plain
        words, and eSpeak NG phonemes from voices.yaml come in ``[[ ]]``.
        """

    def voices(self) -> list[EngineVoice]:
        """Base voices and variants this engine has."""
