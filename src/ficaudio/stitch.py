"""Stitch clips and pauses into one chapter's audio, in linear time.

Summing AudioSegments one by one copies the growing audio every time
(quadratic). Instead each clip's PCM is loudness-matched and appended to a
list of byte strings, joined once into a single pydub AudioSegment
(``stitch_chapter``, for previews). Renders place clips one at a time with
``process_clip`` and ``room_tone`` (see export/produce.py), so memory holds
one clip per worker.

Positions are kept in frames (samples of SAMPLE_RATE) as well as ms, so that
later stages can place subtitles and chapter marks to the sample.
"""

from __future__ import annotations

import audioop
import math
import sys
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:  # only previews build AudioSegments: a render never imports pydub
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
FULL_SCALE = float(1 << (8 * SAMPLE_WIDTH - 1))


@dataclass(frozen=True)
class Cue:
    """Where one line sits in a chapter's audio."""

    start_ms: int
    end_ms: int
    segment_index: int
    """Index of the line in the list given to the stitcher."""
    start_frame: int = 0
    """First frame of the line's audio (at SAMPLE_RATE)."""
    end_frame: int = 0
    """Frame just past the line's audio."""


def _room_tone_loop() -> bytes:
    # Faint white noise at ROOM_TONE_DBFS RMS: far under ACX's -60 dB noise
    # floor, but not absolute digital silence (which ACX's reviewers flag and
    # an MP3 encoder would keep as silence). Uniform noise in [-k, k] has RMS
    # k/sqrt(3). A fixed seed keeps renders byte-for-byte repeatable.
    import array
    import random

    k = max(1, round(10 ** (ROOM_TONE_DBFS / 20) * FULL_SCALE * math.sqrt(3)))
    rng = random.Random(20_241)
    samples = array.array("h", (rng.randint(-k, k) for _ in range(SAMPLE_RATE)))
    if sys.byteorder != "little":
        samples.byteswap()
    return samples.tobytes()


_ROOM_TONE: bytes | None = None


def _silence(ms: int) -> bytes:
    """``ms`` of room tone (see _room_tone_loop)."""
    return _tone_bytes(int(round(ms * SAMPLE_RATE / 1000)) * SAMPLE_WIDTH)


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


def match_loudness(data: bytes, *, target_dbfs: float = CLIP_TARGET_DBFS,
                   ceiling_dbfs: float = PEAK_CEILING_DBFS) -> bytes:
    """Scale a clip to ``target_dbfs`` RMS, holding peaks under ``ceiling_dbfs``."""
    gain = matching_gain(data, target_dbfs=target_dbfs, ceiling_dbfs=ceiling_dbfs)
    return data if gain is None else audioop.mul(data, SAMPLE_WIDTH, gain)


def matching_gain(data: bytes, *, target_dbfs: float, ceiling_dbfs: float) -> float | None:
    """The gain taking ``data`` to ``target_dbfs`` RMS without its peaks passing ``ceiling_dbfs``; None if silent."""
    rms = audioop.rms(data, SAMPLE_WIDTH) if data else 0
    if rms <= 0:
        return None
    gain = (10 ** (target_dbfs / 20) * FULL_SCALE) / rms
    peak = audioop.max(data, SAMPLE_WIDTH) or 1
    ceiling = 10 ** (ceiling_dbfs / 20) * FULL_SCALE
    return min(gain, ceiling / peak)


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
        start = position_frames
        parts.append(pcm)
        position_frames += len(pcm) // SAMPLE_WIDTH
        cues.append(Cue(_ms(start), _ms(position_frames), index, start, position_frames))
    parts.append(_silence(tail_ms))
    from pydub import AudioSegment

    audio = AudioSegment(data=b"".join(parts), sample_width=SAMPLE_WIDTH, frame_rate=SAMPLE_RATE, channels=1)
    return audio, cues


def _ms(frames: int) -> int:
    return int(math.floor(frames * 1000 / SAMPLE_RATE))


def room_tone(frames: int) -> bytes:
    """``frames`` frames of room tone (see _room_tone_loop)."""
    return _tone_bytes(max(0, frames) * SAMPLE_WIDTH)


def _tone_bytes(size: int) -> bytes:
    global _ROOM_TONE
    if _ROOM_TONE is None:
        _ROOM_TONE = _room_tone_loop()
    loops = size // len(_ROOM_TONE) + 1
    return (_ROOM_TONE * loops)[:size] if loops > 1 else _ROOM_TONE[:size]


LIMITER_BLOCK = SAMPLE_RATE // 500
"""The peak limiter works on 2 ms blocks."""
_LIMITER_STEP = 10 ** (0.5 / 20)
"""Its gain moves at most 0.5 dB from one block to the next (no clicks)."""


def limit_peaks(pcm: bytes, ceiling_dbfs: float) -> bytes:
    """Hold every sample at or under ``ceiling_dbfs`` with a smooth, look-ahead gain.

    Each 2 ms block gets the gain that brings its peak under the ceiling; the
    gain then ramps down ahead of a peak and back up after it, at most 0.5 dB
    per block, so it never jumps. Blocks that need no reduction are copied.

    A block's gain is the least, over the blocks that pass the ceiling, of
    that block's gain raised 0.5 dB per block of distance; only the few
    blocks near a peak are touched (per-block passes over a whole clip made
    the limiter 10% of a render's CPU).
    """
    ceiling = 10 ** (ceiling_dbfs / 20) * FULL_SCALE
    if not pcm or audioop.max(pcm, SAMPLE_WIDTH) <= ceiling:
        return pcm
    size = LIMITER_BLOCK * SAMPLE_WIDTH
    view = memoryview(pcm)
    blocks = -(-len(pcm) // size)
    gains: dict[int, float] = {}
    for peak_block in _blocks_over(view, size, blocks, ceiling):
        peak = audioop.max(view[peak_block * size : (peak_block + 1) * size], SAMPLE_WIDTH)
        need = ceiling / peak
        if need < gains.get(peak_block, 1.0):
            gains[peak_block] = need
        for step in (1, -1):  # release after the peak, attack before it
            gain, block = need, peak_block + step
            while 0 <= block < blocks:
                gain *= _LIMITER_STEP
                if gain >= 1.0:
                    break
                if gain < gains.get(block, 1.0):
                    gains[block] = gain
                block += step
    out = bytearray(pcm)
    for block, gain in gains.items():
        start, end = block * size, min(len(pcm), (block + 1) * size)
        out[start:end] = audioop.mul(view[start:end], SAMPLE_WIDTH, gain)
    return bytes(out)


def _blocks_over(view: memoryview, size: int, blocks: int, ceiling: float, group: int = 32) -> Iterator[int]:
    """The blocks whose peak passes ``ceiling``, looking inside only groups of blocks that do."""
    for first in range(0, blocks, group):
        last = min(blocks, first + group)
        if audioop.max(view[first * size : last * size], SAMPLE_WIDTH) <= ceiling:
            continue
        for block in range(first, last):
            if audioop.max(view[block * size : (block + 1) * size], SAMPLE_WIDTH) > ceiling:
                yield block


def process_clip(path: Path, *, target_dbfs: float = CLIP_TARGET_DBFS, ceiling_dbfs: float = PEAK_CEILING_DBFS,
                 limit_dbfs: float | None = None) -> bytes:
    """A clip ready to place: read, trimmed, loudness-matched and, with ``limit_dbfs``, peak-limited.

    With a limiter the clip's gain takes it to ``target_dbfs`` as long as its
    peaks would not pass ``ceiling_dbfs`` (which may be over full scale), and
    the peaks are brought down to ``limit_dbfs``. The limiter runs before the
    gain, at the ceiling the gain will lift to ``limit_dbfs``: the same result
    as limiting after it, but no sample is ever clipped at full scale.
    """
    pcm = trim_silence(read_clip(path))
    if limit_dbfs is None:
        return match_loudness(pcm, target_dbfs=target_dbfs, ceiling_dbfs=ceiling_dbfs)
    gain = matching_gain(pcm, target_dbfs=target_dbfs, ceiling_dbfs=ceiling_dbfs)
    if gain is None:
        return pcm
    return audioop.mul(limit_peaks(pcm, limit_dbfs - 20 * math.log10(gain)), SAMPLE_WIDTH, gain)
