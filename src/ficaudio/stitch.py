"""Stitch clips and pauses into one chapter's audio, in linear time.

Summing AudioSegments one by one copies the growing audio every time
(quadratic). Instead each clip's PCM is loudness-matched and appended to a
list of byte strings, joined once into a single pydub AudioSegment
(``stitch_chapter``, for short passages), or written straight to a raw PCM
file (``stitch_to_file``, for renders), so memory holds one clip at a time.

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
    global _ROOM_TONE
    if _ROOM_TONE is None:
        _ROOM_TONE = _room_tone_loop()
    size = int(round(ms * SAMPLE_RATE / 1000)) * SAMPLE_WIDTH
    loops = size // len(_ROOM_TONE) + 1
    return (_ROOM_TONE * loops)[:size] if loops > 1 else _ROOM_TONE[:size]


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
    if not data:
        return data
    rms = audioop.rms(data, SAMPLE_WIDTH)
    if rms <= 0:
        return data
    gain = (10 ** (target_dbfs / 20) * FULL_SCALE) / rms
    peak = audioop.max(data, SAMPLE_WIDTH) or 1
    ceiling = 10 ** (ceiling_dbfs / 20) * FULL_SCALE
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
        start = position_frames
        parts.append(pcm)
        position_frames += len(pcm) // SAMPLE_WIDTH
        cues.append(Cue(_ms(start), _ms(position_frames), index, start, position_frames))
    parts.append(_silence(tail_ms))
    audio = AudioSegment(data=b"".join(parts), sample_width=SAMPLE_WIDTH, frame_rate=SAMPLE_RATE, channels=1)
    return audio, cues


def _ms(frames: int) -> int:
    return int(math.floor(frames * 1000 / SAMPLE_RATE))


@dataclass
class StitchedChapter:
    """A chapter stitched into a raw PCM file (16-bit mono at SAMPLE_RATE), and its measurements."""

    path: Path
    frames: int
    cues: list[Cue]
    sum_squares: float
    """Sum of squared samples, for the chapter's RMS level."""
    peak: int
    """Largest absolute sample."""

    @property
    def duration_ms(self) -> int:
        return _ms(self.frames)

    @property
    def rms_dbfs(self) -> float:
        if self.frames == 0 or self.sum_squares <= 0:
            return -math.inf
        return 20 * math.log10(math.sqrt(self.sum_squares / self.frames) / FULL_SCALE)

    def gain_to(self, target_rms_dbfs: float, *, max_peak_dbfs: float | None = -0.3) -> float:
        """Linear gain bringing the chapter to ``target_rms_dbfs`` RMS, peaks kept under ``max_peak_dbfs``.

        With ``max_peak_dbfs=None`` peaks are not considered (a limiter follows).
        """
        rms = self.rms_dbfs
        if rms == -math.inf:
            return 1.0
        gain = 10 ** ((target_rms_dbfs - rms) / 20)
        if self.peak > 0 and max_peak_dbfs is not None:
            gain = min(gain, 10 ** (max_peak_dbfs / 20) * FULL_SCALE / self.peak)
        return gain

    def cut_points(self, parts: int, *, min_gap_ms: int = 150) -> list[int]:
        """Frames at which to split the chapter into about ``parts`` equal parts.

        Every cut lies in the middle of a pause between two lines, so whatever
        an encoder adds at a part boundary falls into silence.
        """
        gaps = [(a.end_frame + b.start_frame) // 2 for a, b in zip(self.cues, self.cues[1:])
                if (b.start_frame - a.end_frame) * 1000 >= min_gap_ms * SAMPLE_RATE]
        cuts: list[int] = []
        for k in range(1, parts):
            ideal = self.frames * k // parts
            best = min(gaps, key=lambda g: abs(g - ideal), default=None)
            if best is not None and best not in cuts and (not cuts or best > cuts[-1]):
                cuts.append(best)
        return cuts


def stitch_to_file(clips: list[tuple[Path | None, int]], dest: Path, *, head_ms: int = HEAD_MS, tail_ms: int,
                   clip_target_dbfs: float = CLIP_TARGET_DBFS,
                   clip_ceiling_dbfs: float = PEAK_CEILING_DBFS) -> StitchedChapter:
    """Stitch (clip, pause before it in ms) pairs into raw PCM at ``dest``, one clip in memory at a time.

    A clip of None stands for a line with nothing to speak; it gets no cue.
    """
    frames = 0
    sum_squares = 0.0
    peak = 0
    cues: list[Cue] = []
    with open(dest, "wb") as out:

        def write(pcm: bytes) -> None:
            nonlocal frames, sum_squares, peak
            if not pcm:
                return
            out.write(pcm)
            n = len(pcm) // SAMPLE_WIDTH
            frames += n
            sum_squares += float(audioop.rms(pcm, SAMPLE_WIDTH)) ** 2 * n
            peak = max(peak, audioop.max(pcm, SAMPLE_WIDTH))

        write(_silence(head_ms))
        first = True
        for index, (path, pause_ms) in enumerate(clips):
            if path is None:
                continue
            if not first:
                write(_silence(pause_ms))
            first = False
            pcm = match_loudness(trim_silence(read_clip(path)), target_dbfs=clip_target_dbfs,
                                 ceiling_dbfs=clip_ceiling_dbfs)
            start = frames
            write(pcm)
            cues.append(Cue(_ms(start), _ms(frames), index, start, frames))
        write(_silence(tail_ms))
    return StitchedChapter(dest, frames, cues, sum_squares, peak)
