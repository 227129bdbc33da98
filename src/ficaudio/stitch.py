"""Stitch clips and pauses into one chapter's audio, in linear time.

Summing AudioSegments one by one copies the growing audio every time
(quadratic). Instead each clip's PCM is loudness-matched and appended to a
list of byte strings, joined once into a single pydub AudioSegment.
"""

from __future__ import annotations

import audioop
import math
import wave
from dataclasses import dataclass
from pathlib import Path

from pydub import AudioSegment

SAMPLE_RATE = 22050
SAMPLE_WIDTH = 2
CLIP_TARGET_DBFS = -19.0
"""Every clip is brought to this RMS level, so all voices are equally loud."""
PEAK_CEILING_DBFS = -3.5
"""Peaks are held under this after matching (ACX asks for -3 dB on the MP3)."""
HEAD_MS = 750
"""Room tone at the head of every chapter file (ACX: 0.5-1 s)."""
ROOM_TONE_DBFS = -75.0
"""A faint constant noise floor instead of digital silence in pauses."""


@dataclass(frozen=True)
class Cue:
    """Where one line sits in a chapter's audio."""

    start_ms: int
    end_ms: int
    segment_index: int


def _silence(ms: int) -> bytes:
    frames = int(round(ms * SAMPLE_RATE / 1000))
    # Alternating +-1 LSB: -90 dBFS, under ACX's -60 dB noise floor, but not
    # absolute digital silence (which some checks flag).
    return b"\x01\x00\xff\xff" * (frames // 2) + (b"\x00\x00" if frames % 2 else b"")


def read_clip(path: Path) -> bytes:
    """A clip's PCM as 16-bit mono at SAMPLE_RATE."""
    with wave.open(str(path), "rb") as w:
        data = w.readframes(w.getnframes())
        width, channels, rate = w.getsampwidth(), w.getnchannels(), w.getframerate()
    if channels != 1:
        data = audioop.tomono(data, width, 0.5, 0.5)
    if width != SAMPLE_WIDTH:
        data = audioop.lin2lin(data, width, SAMPLE_WIDTH)
    if rate != SAMPLE_RATE:
        data, _ = audioop.ratecv(data, SAMPLE_WIDTH, 1, rate, SAMPLE_RATE, None)
    return data


def trim_silence(data: bytes, threshold: int = 180) -> bytes:
    """Cut the engine's own leading and trailing silence (we add our own pauses)."""
    step = SAMPLE_RATE // 100 * SAMPLE_WIDTH  # 10 ms windows
    start, end = 0, len(data)
    while start + step <= end and audioop.max(data[start : start + step], SAMPLE_WIDTH) < threshold:
        start += step
    while end - step >= start and audioop.max(data[end - step : end], SAMPLE_WIDTH) < threshold:
        end -= step
    keep = 2 * step  # keep 20 ms either side so consonants are not clipped
    return data[max(0, start - keep) : min(len(data), end + keep)]


def match_loudness(data: bytes) -> bytes:
    """Scale a clip to CLIP_TARGET_DBFS RMS, holding peaks under the ceiling."""
    if not data:
        return data
    rms = audioop.rms(data, SAMPLE_WIDTH)
    if rms <= 0:
        return data
    full_scale = float(1 << (8 * SAMPLE_WIDTH - 1))
    gain = (10 ** (CLIP_TARGET_DBFS / 20) * full_scale) / rms
    peak = audioop.max(data, SAMPLE_WIDTH) or 1
    ceiling = 10 ** (PEAK_CEILING_DBFS / 20) * full_scale
    gain = min(gain, ceiling / peak)
    return audioop.mul(data, SAMPLE_WIDTH, gain)


def stitch_chapter(clips: list[tuple[Path | None, int]], *, tail_ms: int) -> tuple[AudioSegment, list[Cue]]:
    """Join (clip, pause before it in ms) pairs into one AudioSegment.

    A clip of None stands for a line with nothing to speak; it gets no cue.

    Returns:
        The chapter audio and one cue per clip, in order.
    """
    parts: list[bytes] = [_silence(HEAD_MS)]
    position_frames = len(parts[0]) // SAMPLE_WIDTH
    cues: list[Cue] = []
    first = True
    for index, (path, pause_ms) in enumerate(clips):
        if path is None:
            continue
        if not first:
            gap = _silence(pause_ms)
            parts.append(gap)
            position_frames += len(gap) // SAMPLE_WIDTH
        first = False
        pcm = match_loudness(trim_silence(read_clip(path)))
        start_ms = _ms(position_frames)
        parts.append(pcm)
        position_frames += len(pcm) // SAMPLE_WIDTH
        cues.append(Cue(start_ms, _ms(position_frames), index))
    parts.append(_silence(tail_ms))
    audio = AudioSegment(data=b"".join(parts), sample_width=SAMPLE_WIDTH, frame_rate=SAMPLE_RATE, channels=1)
    return audio, cues


def _ms(frames: int) -> int:
    return int(math.floor(frames * 1000 / SAMPLE_RATE))
