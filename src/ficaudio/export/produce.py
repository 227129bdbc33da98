"""From clips to audiobook files: chapter MP3s, the whole-story MP3, M4B, subtitles.

For every chapter, in order:

1. the clips and pauses are stitched into a raw PCM file (one clip in memory
   at a time) while its RMS level and peak are measured;
2. one gain brings the chapter to the profile's loudness;
3. the chapter is cut, inside pauses, into as many parts as there are workers,
   and every part is encoded by its own ffmpeg process at once (MP3);
4. the chapter file is its parts' frames behind an ID3 tag, and the story file
   all chapters' frames behind another, so nothing is encoded twice.

At most two chapters are in flight (one stitched while the previous encodes),
so memory and temporary disk space are bounded by a couple of chapters, not
the story. Subtitle and chapter times are computed from the frames actually
written (see ``export.mp3`` on encoder delay), so they match the audio.
"""

from __future__ import annotations

import audioop
import collections
import concurrent.futures as futures
import logging
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..errors import ExportError, OutputError
from ..stitch import SAMPLE_RATE, SAMPLE_WIDTH, StitchedChapter, stitch_to_file
from .m4b import M4bWriter
from .mp3 import (ENCODER_DELAY_SAMPLES, OUTPUT_RATE, ChapterMark, Mp3Stream, Tags, ffmpeg_path, join_mp3,
                  limiter_filter, scan_mp3)
from .profiles import AudioProfile
from .subtitles import SubtitleCue, write_subtitles

_LOGGER = logging.getLogger(__name__)

MIN_PART_SECONDS = 30
"""A chapter is split for parallel encoding only into parts at least this long."""
FORMATS = ("mp3", "m4b")
_BLOCK_FRAMES = 1 << 19


@dataclass
class PlannedLine:
    """One clip of a chapter, as the producer needs it."""

    clip: Path
    pause_before_ms: int
    speaker: str
    """Shown in the subtitles: a character's name or 'Narrator'."""
    text: str
    """Shown in the subtitles: the line as written."""


@dataclass
class PlannedChapter:
    index: int
    """1-based; file names start with it."""
    title: str
    file_stem: str
    """Chapter file name without extension, e.g. '01-chapter-1-the-gate'."""
    lines: list[PlannedLine] = field(default_factory=list)


@dataclass
class Produced:
    story_mp3: Path | None
    chapter_mp3s: list[Path]
    m4b: Path | None
    subtitles: list[Path]
    chapter_marks: list[ChapterMark]
    """Chapter times in the whole-story MP3 (or the M4B when no MP3 was made)."""
    cues: list[SubtitleCue]


@dataclass
class _Part:
    first_frame: int
    end_frame: int
    path: Path
    future: futures.Future | None = None


@dataclass
class _InFlight:
    chapter: PlannedChapter
    stitched: StitchedChapter
    parts: list[_Part]
    m4b_future: futures.Future | None


def produce(chapters: list[PlannedChapter], out_dir: Path, *, title: str, author: str | None, slug: str,
            profile: AudioProfile, chapter_tail_ms: int, formats: tuple[str, ...] = ("mp3",),
            jobs: int | None = None, on_chapter: Callable[[int], None] | None = None) -> Produced:
    """Write the audiobook files for ``chapters`` into ``out_dir`` (chapter MP3s under ``chapters/``).

    Raises:
        ExportError: ffmpeg failed.
        OutputError: a file could not be written.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ValueError(f"formats must be a subset of {FORMATS}, got {formats}")
    ffmpeg_path()
    jobs = max(1, jobs or os.cpu_count() or 1)
    want_mp3 = "mp3" in formats
    chapters_dir = out_dir / "chapters"
    try:
        tmp_dir = Path(tempfile.mkdtemp(prefix=".ficaudio-", dir=out_dir))
    except OSError as exc:
        raise OutputError(f"{out_dir}: cannot write here ({exc.strerror}). Choose another folder with -o.") from exc
    m4b = M4bWriter(out_dir / f"{slug}.m4b", input_rate=SAMPLE_RATE,
                    peak_limit_dbfs=profile.peak_limit_dbfs) if "m4b" in formats else None
    tail_ms = profile.tail_ms(chapter_tail_ms)
    pool = futures.ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="ficaudio-encode")
    m4b_feeder = futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="ficaudio-m4b") if m4b else None
    in_flight: collections.deque[_InFlight] = collections.deque()
    done = _Finished(chapters_dir, title=title, author=author, total=len(chapters), profile=profile)
    try:
        for chapter in chapters:
            raw = tmp_dir / f"{chapter.index:04d}.pcm"
            stitched = stitch_to_file([(l.clip, l.pause_before_ms) for l in chapter.lines], raw,
                                      head_ms=profile.head_ms, tail_ms=tail_ms,
                                      clip_target_dbfs=profile.clip_target_dbfs,
                                      clip_ceiling_dbfs=profile.clip_ceiling_dbfs)
            gain = stitched.gain_to(profile.target_rms_dbfs, max_peak_dbfs=profile.clip_ceiling_dbfs)
            # With a limiter, the gain is applied in ffmpeg's float pipeline before it, so
            # peaks above full scale are limited rather than clipped.
            encoder_gain = stitched.gain_to(profile.target_rms_dbfs, max_peak_dbfs=None)
            parts: list[_Part] = []
            if want_mp3:
                wanted = max(1, min(jobs, stitched.frames // (MIN_PART_SECONDS * SAMPLE_RATE)))
                bounds = [0, *stitched.cut_points(wanted), stitched.frames]
                for n, (a, b) in enumerate(zip(bounds, bounds[1:])):
                    part = _Part(a, b, tmp_dir / f"{chapter.index:04d}-{n:02d}.mp3")
                    part.future = pool.submit(_encode_part, raw, a, b, gain, part.path, profile, encoder_gain)
                    parts.append(part)
            m4b_future = m4b_feeder.submit(m4b.append_pcm_file, raw, gain=gain) if m4b and m4b_feeder else None
            in_flight.append(_InFlight(chapter, stitched, parts, m4b_future))
            while len(in_flight) >= 2:
                done.finish(in_flight.popleft())
                if on_chapter:
                    on_chapter(1)
        while in_flight:
            done.finish(in_flight.popleft())
            if on_chapter:
                on_chapter(1)
        story_mp3 = None
        if want_mp3:
            story_mp3 = join_mp3(done.story_sources, out_dir / f"{slug}.mp3",
                                 Tags(title=title, artist=author, album=title), done.mp3_marks)
        m4b_path = None
        if m4b is not None:
            m4b_path = m4b.finish(Tags(title=title, artist=author, album=title), done.m4b_marks)
        cues = done.mp3_cues if want_mp3 else done.m4b_cues
        marks = done.mp3_marks if want_mp3 else done.m4b_marks
        subtitles = write_subtitles(cues, story_mp3 or m4b_path or out_dir / slug, title=title)
    except BaseException:
        for item in in_flight:
            for part in item.parts:
                if part.future:
                    part.future.cancel()
        if m4b is not None:
            m4b.discard()
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        if m4b_feeder:
            m4b_feeder.shutdown(wait=True, cancel_futures=True)
        shutil.rmtree(tmp_dir, ignore_errors=True)
    return Produced(story_mp3, done.chapter_paths, m4b_path, subtitles, marks, cues)


class _Finished:
    """Collects finished chapters in order: files, marks, cues and story offsets."""

    def __init__(self, chapters_dir: Path, *, title: str, author: str | None, total: int,
                 profile: AudioProfile) -> None:
        self.chapters_dir = chapters_dir
        self.title, self.author, self.total, self.profile = title, author, total, profile
        self.chapter_paths: list[Path] = []
        self.story_sources: list[tuple[Path, int, int]] = []
        self.mp3_marks: list[ChapterMark] = []
        self.m4b_marks: list[ChapterMark] = []
        self.mp3_cues: list[SubtitleCue] = []
        self.m4b_cues: list[SubtitleCue] = []
        self.story_samples = 0
        """Output samples (OUTPUT_RATE) of the whole-story MP3 so far."""
        self.pcm_frames = 0
        """Frames (SAMPLE_RATE) of the stitched story so far, the M4B's time line."""

    def finish(self, item: _InFlight) -> None:
        chapter, stitched = item.chapter, item.stitched
        try:
            if item.parts:
                self._finish_mp3(item)
            if item.m4b_future is not None:
                item.m4b_future.result()
            start_ms = _frames_ms(self.pcm_frames, SAMPLE_RATE)
            self.m4b_marks.append(ChapterMark(chapter.title, start_ms,
                                              _frames_ms(self.pcm_frames + stitched.frames, SAMPLE_RATE)))
            for cue in stitched.cues:
                line = chapter.lines[cue.segment_index]
                self.m4b_cues.append(SubtitleCue(_frames_ms(self.pcm_frames + cue.start_frame, SAMPLE_RATE),
                                                 _frames_ms(self.pcm_frames + cue.end_frame, SAMPLE_RATE),
                                                 line.speaker, line.text))
            self.pcm_frames += stitched.frames
        finally:
            for part in item.parts:
                if part.future is not None and not part.future.done():
                    part.future.cancel()
            try:
                stitched.path.unlink()
            except OSError:
                pass

    def _finish_mp3(self, item: _InFlight) -> None:
        chapter, stitched = item.chapter, item.stitched
        streams: list[Mp3Stream] = [part.future.result() for part in item.parts if part.future is not None]
        dest = self.chapters_dir / f"{chapter.file_stem}.mp3"
        tags = Tags(title=chapter.title, artist=self.author, album=self.title, track=chapter.index,
                    track_total=self.total)
        join_mp3([(p.path, s.audio_start, s.audio_end) for p, s in zip(item.parts, streams)], dest, tags)
        audio_bytes = sum(s.audio_end - s.audio_start for s in streams)
        size = dest.stat().st_size
        self.story_sources.append((dest, size - audio_bytes, size))
        self.chapter_paths.append(dest)
        # Where each part's first input frame is heard in the story.
        chapter_start = self.story_samples
        offset = chapter_start
        part_origin: list[tuple[int, int, int]] = []  # (first input frame, end input frame, output sample)
        for part, stream in zip(item.parts, streams):
            part_origin.append((part.first_frame, part.end_frame, offset + ENCODER_DELAY_SAMPLES))
            offset += stream.samples
        self.story_samples = offset
        self.mp3_marks.append(ChapterMark(chapter.title, _frames_ms(chapter_start, OUTPUT_RATE),
                                          _frames_ms(offset, OUTPUT_RATE)))

        def heard_at(frame: int) -> int:
            for first, end, origin in part_origin:
                if frame < end or (first, end, origin) == part_origin[-1]:
                    return origin + round((frame - first) * OUTPUT_RATE / SAMPLE_RATE)
            raise AssertionError("unreachable")

        for cue in stitched.cues:
            line = chapter.lines[cue.segment_index]
            self.mp3_cues.append(SubtitleCue(_frames_ms(heard_at(cue.start_frame), OUTPUT_RATE),
                                             _frames_ms(heard_at(max(cue.start_frame, cue.end_frame - 1)) + 1,
                                                        OUTPUT_RATE),
                                             line.speaker, line.text))
        for part in item.parts:
            try:
                part.path.unlink()
            except OSError:
                pass


def _frames_ms(frames: int, rate: int) -> int:
    return int(round(frames * 1000 / rate))


def _encode_part(raw: Path, first_frame: int, end_frame: int, gain: float, dest: Path,
                 profile: AudioProfile, encoder_gain: float = 1.0) -> Mp3Stream:
    """Encode frames [first_frame, end_frame) of a raw PCM file, times ``gain``, to a bare MP3 stream.

    With the profile's limiter, ``encoder_gain`` is applied by ffmpeg before it instead.
    """
    cmd = [ffmpeg_path(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
           "-f", "s16le", "-ar", str(SAMPLE_RATE), "-ac", "1", "-i", "pipe:0"]
    if profile.peak_limit_dbfs is not None:
        gain = 1.0
        cmd += ["-af", f"volume={encoder_gain:.5f}:precision=float,{limiter_filter(profile.peak_limit_dbfs)}"]
    cmd += ["-ar", str(OUTPUT_RATE), "-c:a", "libmp3lame", "-b:a", profile.bitrate, "-write_xing", "0",
           "-id3v2_version", "0", "-f", "mp3", str(dest)]
    with tempfile.TemporaryFile() as log:
        try:
            proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=log)
        except OSError as exc:
            raise ExportError(f"cannot run ffmpeg ({exc.strerror}): {' '.join(cmd)}") from exc
        assert proc.stdin is not None
        try:
            with open(raw, "rb") as src:
                src.seek(first_frame * SAMPLE_WIDTH)
                left = end_frame - first_frame
                while left > 0:
                    block = src.read(min(left, _BLOCK_FRAMES) * SAMPLE_WIDTH)
                    if not block:
                        break
                    left -= len(block) // SAMPLE_WIDTH
                    proc.stdin.write(audioop.mul(block, SAMPLE_WIDTH, gain) if gain != 1.0 else block)
            proc.stdin.close()
        except BrokenPipeError:
            pass
        except BaseException:
            proc.kill()
            proc.wait()
            raise
        code = proc.wait()
        if code != 0:
            log.seek(0)
            stderr = log.read().decode("utf-8", "replace")[-800:]
            raise ExportError(f"ffmpeg failed (exit {code}) encoding {dest.name}: {' '.join(cmd)}\n{stderr}")
    return scan_mp3(dest)
