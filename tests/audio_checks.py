"""Small measurements of real audio shared by the tests."""

from __future__ import annotations

import array
import wave
from pathlib import Path


def zero_crossings_per_second(path: Path) -> float:
    """Zero crossings of the voiced part per second: higher voices cross more often."""
    with wave.open(str(path)) as w:
        samples = array.array("h", w.readframes(w.getnframes()))
        rate = w.getframerate()
    loud = [s for s in samples if abs(s) > 500]
    crossings = sum(1 for a, b in zip(loud, loud[1:]) if (a < 0) != (b < 0))
    return crossings / (len(samples) / rate)


def envelope_similarity(a: Path, b: Path, frame_ms: int = 20) -> float:
    """How alike two clips sound, -1..1: the correlation of their loudness and zero-crossing envelopes.

    The same words in the same voice come out near 1 (eSpeak NG's timing
    jitter is a few samples, which a raw waveform comparison cannot stand);
    other words, or the same word said differently, well below.
    """
    envelopes = []
    for path in (a, b):
        with wave.open(str(path)) as w:
            samples = array.array("h", w.readframes(w.getnframes()))
            n = w.getframerate() * frame_ms // 1000
        env: list[float] = []
        for i in range(0, len(samples) - n, n):
            frame = samples[i:i + n]
            env.append((sum(s * s for s in frame) / n) ** 0.5)
            env.append(50.0 * sum(1 for x, y in zip(frame, frame[1:]) if (x < 0) != (y < 0)))
        envelopes.append(env)
    x, y = envelopes
    n = min(len(x), len(y))
    x, y = x[:n], y[:n]
    mx, my = sum(x) / n, sum(y) / n
    cov = sum((p - mx) * (q - my) for p, q in zip(x, y))
    spread = (sum((p - mx) ** 2 for p in x) * sum((q - my) ** 2 for q in y)) ** 0.5
    return cov / spread if spread else 0.0
