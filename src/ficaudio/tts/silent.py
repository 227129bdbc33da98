"""SilentEngine: a fake for fast unit tests.

It writes silence whose length depends only on the text and the rate, like
piper's silent test voice or httpx's MockTransport. Never used by renders.
"""

from __future__ import annotations

import wave
from pathlib import Path

from ..model import Voice
from . import EngineVoice

SAMPLE_RATE = 22050


class SilentEngine:
    name = "silent"
    version = "silent/1"

    def voices(self) -> list[EngineVoice]:
        return [EngineVoice("en-gb", "Silent", "en-gb", None), EngineVoice("en-us", "Silent US", "en-us", None)]

    def synthesize(self, text: str, voice: Voice, wav_path: Path) -> None:
        words = max(1, len(text.split()))
        seconds = words * 60.0 / max(voice.rate, 1)
        frames = int(seconds * SAMPLE_RATE)
        with wave.open(str(wav_path), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(SAMPLE_RATE)
            # A tiny non-zero hum so loudness matching has something to measure.
            w.writeframes(b"\x10\x00\xf0\xff" * (frames // 2))
