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


# An original passage, fixed for the intelligibility figure (benchmarks/bench_piper.py): narration and
# dialogue, everyday words with a few names, as a fic reads; US spellings, as the recogniser's dictionary has.
PASSAGE = (
    "The rain had stopped by the time Mira reached the harbor, but the wind was still cold. "
    "She pulled her coat tighter and walked along the wall, counting the boats that were tied up for the night. "
    "\"You are late again,\" said the old man at the gate. "
    "\"I know,\" she answered. \"The bridge was closed, and I had to go the long way round.\" "
    "He laughed and handed her the lamp. \"Then you had better light it quickly. "
    "The ships will be looking for it before the clock strikes nine.\" "
    "Mira climbed the stairs one at a time, and when she reached the top she could see the whole town below her."
)


def recogniser_input(wav_path: Path) -> bytes:
    """The clip as PocketSphinx's model wants it: 16 kHz mono 16-bit, resampled by ffmpeg (swresample,
    low-pass filtered). audioop.ratecv, used before, interpolates without a filter: the 22.05 kHz
    engines' content over 8 kHz folded back into the band, and eSpeak NG's narrators scored 22-23% with
    it against 16.8% (median of 3) with ffmpeg's, the figure the issue reports for eSpeak NG."""
    import subprocess

    out = subprocess.run(["ffmpeg", "-v", "error", "-i", str(wav_path), "-ac", "1", "-ar", "16000", "-f", "s16le", "-"],
                         check=True, capture_output=True)
    return out.stdout


def _words(text: str) -> list[str]:
    import re

    return re.findall(r"[a-z']+", text.lower().replace("\u2019", "'"))


def recognised_share(wav_path: Path, text: str) -> tuple[float, str]:
    """(share of ``text``'s words PocketSphinx heard in the clip, in order; what it heard).

    PocketSphinx (CMU's recogniser, with the US English model its PyPI package ships) knows nothing
    of either engine; the words it gets right, aligned in order with difflib, measure how clearly
    the clip says them.
    """
    import difflib

    from pocketsphinx import Decoder

    pcm = recogniser_input(wav_path)
    decoder = Decoder(samprate=16000, loglevel="FATAL")
    decoder.start_utt()
    decoder.process_raw(pcm, full_utt=True)
    decoder.end_utt()
    heard = decoder.hyp().hypstr if decoder.hyp() is not None else ""
    said = _words(text)
    matcher = difflib.SequenceMatcher(None, said, _words(heard), autojunk=False)
    matched = sum(block.size for block in matcher.get_matching_blocks())
    return matched / max(1, len(said)), heard
