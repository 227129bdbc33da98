"""Speech engines behind one small interface.

An engine turns (text, Voice) into a mono 16-bit WAV file. pyttsx3 (driving
eSpeak NG through libespeak-ng on Linux) is the default; ``SilentEngine`` is a
fast fake for unit tests. Engines are created once per worker process.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..model import Voice


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
