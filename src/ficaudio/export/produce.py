"""From clips to audiobook files: chapter MP3s, the whole-story MP3, M4B, subtitles.

Every line becomes one *part*: the pause before it (the room tone at the head
for a chapter's first line, plus the tail after its last) and its clip, made
ready (trimmed, loudness-matched, peak-limited) and encoded on its own to bare
CBR MP3 frames by the system's LAME library (export/lame.py, in worker
threads: ctypes releases the GIL, so every core encodes). Parts are cached by
content under the clip cache (``parts/``), so:

- re-rendering an unchanged story encodes nothing: it joins cached frames;
- changing one voice re-encodes only that voice's lines.

A chapter file is its parts' frames joined behind an ID3 tag, and the story
file all chapters' frames behind another: nothing is encoded twice, and the
times of chapters and subtitle cues come from the frames actually written
(see ``export.mp3`` on encoder delay). Each joined file carries a digest of
what it is made of (``_recipe``), so an unchanged file is not written again.
New chapter and story files are written under temporary names and renamed
into place together once the last is complete, so a render that fails (a full
disk at the story file) leaves the earlier render's MP3s as they were.

Chapters are made one at a time: their lines, part specs and subtitle cues
are built when the chapter's turn comes and dropped after it, so memory does
not grow with the story.

The M4B (AAC) is one continuous stream: the same parts' PCM is fed, in order,
to one ffmpeg encoder (or, when the M4B's recipe atom matches, only measured).
"""

from __future__ import annotations

import concurrent.futures as futures
import functools
import hashlib
import json
import logging
import math
import os
import struct
import tempfile
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Callable

from ..errors import OutputError
from ..files import sweep_stale_temporaries
from ..stitch import SAMPLE_RATE, SAMPLE_WIDTH, process_clip, room_tone
from ..synth import clip_frames_at
from .lame import encode_mono_counted
from .m4b import AAC_CODER, M4B_BITRATE, M4bWriter, m4b_is_current
from .mp3 import ENCODER_DELAY_SAMPLES, ChapterMark, Tags, ffmpeg_path, frame_samples, join_mp3
from .profiles import AudioProfile, parse_bitrate_kbps
from .subtitles import SubtitleCue, SubtitleWriter

_LOGGER = logging.getLogger(__name__)

FORMATS = ("mp3", "m4b")
PART_VERSION = 8
"""Part cache entries of another version are not reused (bump when the audio made from a part changes).
The entries' layout changed without a bump: new entries have their own name (``.frames``, see _PartStore)."""
JOINED_VERSION = 1
"""Chapter and story files of another version are written again (bump when their tags or layout change)."""


def _ratio(rate: int) -> float:
    """Output samples (at the MP3's ``rate``) per input frame (at SAMPLE_RATE): 1 or 2."""
    return rate / SAMPLE_RATE


def _pad_samples(rate: int) -> int:
    """Padding a part's last frame keeps (see fitted_lead), in output samples: half an MP3 frame."""
    return frame_samples(rate) // 2


def _m4b_delay_and_pad(rate: int) -> tuple[int, int]:
    """The MP3 parts' encoder delay and padding in input frames: the M4B adds them as room tone."""
    ratio = _ratio(rate)
    return -(-ENCODER_DELAY_SAMPLES // int(ratio)), int(_pad_samples(rate) // ratio)


@dataclass(slots=True)
class PlannedLine:
    """One clip of a chapter, as the producer needs it."""

    clip: Path
    pause_before_ms: int
    speaker: str
    """Shown in the subtitles: a character's name or 'Narrator'."""
    text: str
    """Shown in the subtitles: the line as written."""
    clip_key: str = ""
    """The clip's content key (its cache key); '' hashes the clip file instead."""


@dataclass
class PlannedChapter:
    index: int
    """1-based; file names start with it."""
    title: str
    file_stem: str
    """Chapter file name without extension, e.g. '01-chapter-1-the-gate'."""
    lines: list[PlannedLine] = field(default_factory=list)
    credit: bool = False
    """Opening or closing credits in a file of their own, with the shortest tail the profile allows
    (a short file's silence pulls its loudness down; see _chapter_lift)."""
    make_lines: Callable[[], list[PlannedLine]] | None = None
    """Builds the lines when they are needed, instead of ``lines``: a long story then
    holds one chapter's lines at a time, not every line of the book."""

    def planned_lines(self) -> list[PlannedLine]:
        return self.make_lines() if self.make_lines is not None else self.lines


@dataclass
class Produced:
    story_mp3: Path | None
    chapter_mp3s: list[Path]
    m4b: Path | None
    subtitles: list[Path]
    chapter_marks: list[ChapterMark]
    """Chapter times in the whole-story MP3 (or the M4B when no MP3 was made)."""
    parts_encoded: int = 0
    """MP3 parts encoded now; the others came from the part cache."""


@dataclass(frozen=True, slots=True)
class _PartSpec:
    """Everything the audio of one part depends on; its hash names the cached frames."""

    clip_key: str
    lead_frames: int
    """Room tone before the clip (the pause, or the chapter's head)."""
    tail_frames: int
    """Room tone after the clip (the chapter's tail on its last line, else 0)."""
    bitrate_kbps: int
    sample_rate: int
    """The MP3's sample rate (SAMPLE_RATE, or twice it)."""
    clip_target_dbfs: float
    clip_ceiling_dbfs: float
    limit_dbfs: float | None
    lame_quality: int = 3
    version: int = PART_VERSION

    def key(self) -> str:
        return _spec_key(self)


_SPEC_FIELDS = tuple(f.name for f in fields(_PartSpec))


@functools.lru_cache(maxsize=4096)
def _spec_key(spec: _PartSpec) -> str:
    # The fields by name, as asdict() would give them (all plain values), without its deep copies.
    payload = json.dumps({name: getattr(spec, name) for name in _SPEC_FIELDS}, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class _PartInfo:
    """A part's frames on disk and what is where inside them."""

    path: str
    """The frames' file (a str: a Path per line of a long story costs megabytes)."""
    clip_frames: int
    """Length of the clip, in frames at SAMPLE_RATE."""
    lead_frames: int
    """Room tone before the clip, in frames at SAMPLE_RATE (see fitted_lead)."""
    samples: int
    """Decoded length of the part's frames, in samples at its sample rate."""
    size: int
    """Bytes of MP3 frames."""
    offset: int = 0
    """Where the frames start in ``path`` (after the entry's header)."""


def produce(chapters: list[PlannedChapter], out_dir: Path, *, title: str, author: str | None, slug: str,
            profile: AudioProfile, chapter_tail_ms: int, cache_dir: Path, formats: tuple[str, ...] = ("mp3",),
            jobs: int | None = None, on_chapter: Callable[[int], None] | None = None) -> Produced:
    """Write the audiobook files for ``chapters`` into ``out_dir`` (chapter MP3s under ``chapters/``).

    Chapters are made one after another; what is kept per line (part specs,
    subtitle cues) lives only while its chapter is made, so memory does not
    grow with the length of the story.

    Raises:
        ExportError: an encoder failed.
        OutputError: a file could not be written.
    """
    unknown = [f for f in formats if f not in FORMATS]
    if unknown or not formats:
        raise ValueError(f"formats must be a subset of {FORMATS}, got {formats}")
    sweep_stale_temporaries([out_dir, out_dir / "chapters"])
    jobs = max(1, jobs or os.cpu_count() or 1)
    specs = functools.partial(_chapter_specs, profile=profile, chapter_tail_ms=chapter_tail_ms)

    if "mp3" not in formats:
        m4b_dest = out_dir / f"{slug}.m4b"
        with SubtitleWriter(m4b_dest, title=title) as subtitles:
            m4b_path, m4b_marks = _write_m4b(chapters, specs, m4b_dest, title=title, author=author,
                                             rate=profile.sample_rate, subtitles=subtitles)
        if on_chapter:
            on_chapter(len(chapters))
        return Produced(None, [], m4b_path, subtitles.paths, m4b_marks)

    store = _PartStore(Path(cache_dir) / "parts")
    sweep_stale_temporaries([os.path.join(store.root, f"{n:02x}") for n in range(256)])
    chapter_paths: list[Path] = []
    story_sources: list[tuple[Path, int, int]] = []
    marks: list[ChapterMark] = []
    story_samples = 0
    encoded = 0
    story_dest = out_dir / f"{slug}.mp3"
    chapter_recipes: list[str] = []
    # New chapter and story files wait under temporary names and replace the old ones together
    # once all are written: a full disk at the story file must not leave new chapters beside an old story.
    staged: list[tuple[Path, Path]] = []
    rate = profile.sample_rate
    ratio = _ratio(rate)
    # LAME runs through ctypes, which releases the GIL: threads use every core. The
    # M4B's AAC encoder (one ffmpeg process) runs beside them.
    with futures.ThreadPoolExecutor(max_workers=jobs, thread_name_prefix="ficaudio-encode") as pool, \
            futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="ficaudio-m4b") as m4b_pool, \
            SubtitleWriter(story_dest, title=title) as subtitles:
        m4b_job = (m4b_pool.submit(_write_m4b, chapters, specs, out_dir / f"{slug}.m4b", title=title, author=author,
                                   rate=profile.sample_rate)
                   if "m4b" in formats else None)
        try:
            for chapter in chapters:
                lines = chapter.planned_lines()
                row = specs(chapter, lines)
                parts, made = _chapter_parts(pool, store, row, lines)
                encoded += made
                dest = out_dir / "chapters" / f"{chapter.file_stem}.mp3"
                tags = Tags(title=chapter.title, artist=author, album=title, track=chapter.index,
                            track_total=len(chapters))
                recipe = _recipe(tags, None, [spec.key() for spec in row])
                chapter_recipes.append(recipe)
                written = join_mp3([(info.path, info.offset, info.offset + info.size) for info in parts], dest, tags,
                                   recipe=recipe,
                                   staged=staged)
                audio_bytes = sum(info.size for info in parts)
                size = written.stat().st_size
                story_sources.append((written, size - audio_bytes, size))
                chapter_paths.append(dest)
                chapter_start = story_samples
                cues = []
                for line, info in zip(lines, parts):
                    # The part's input is heard ENCODER_DELAY_SAMPLES after its first frame.
                    clip_start = story_samples + ENCODER_DELAY_SAMPLES + round(info.lead_frames * ratio)
                    clip_end = clip_start + round(info.clip_frames * ratio)
                    cues.append(SubtitleCue(_ms(clip_start, rate), _ms(clip_end, rate), line.speaker, line.text))
                    story_samples += info.samples
                subtitles.add(cues)
                marks.append(ChapterMark(chapter.title, _ms(chapter_start, rate), _ms(story_samples, rate)))
                if on_chapter:
                    on_chapter(1)
            m4b_path = m4b_job.result()[0] if m4b_job else None
            story_tags = Tags(title=title, artist=author, album=title)
            join_mp3(story_sources, story_dest, story_tags, marks, recipe=_recipe(story_tags, marks, chapter_recipes),
                     staged=staged)
            _commit(staged)
        except BaseException:
            if m4b_job:
                m4b_job.cancel()
            for tmp, _ in staged:
                if tmp.exists():
                    tmp.unlink()
            raise
    return Produced(story_dest, chapter_paths, m4b_path, subtitles.paths, marks, encoded)


def _commit(staged: list[tuple[Path, Path]]) -> None:
    """Rename every staged file over its destination (renames need no space: they do not fail on a full disk)."""
    for tmp, dest in staged:
        try:
            os.replace(tmp, dest)
        except OSError as exc:
            raise OutputError(f"{dest}: cannot write ({exc.strerror}). Check free space and permissions.") from exc


def _recipe(tags: Tags, marks: list[ChapterMark] | None, sources: list[str]) -> str:
    """What a joined file is made of (tags, chapter marks, its sources' keys), as one digest.

    The sources are part keys (which cover each line's audio) or chapter
    recipes, so equal recipes mean byte-equal files: an unchanged chapter
    file is not written again.
    """
    payload = json.dumps([PART_VERSION, JOINED_VERSION, vars(tags), [vars(m) for m in marks or []], sources], sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


SHORT_CHAPTER_AIM_DBFS = -21.5
"""A chapter's expected RMS (see _chapter_lift) is raised to at least this. Clips are matched to the
profile's level, so a chapter's loudness follows its share of speech: a long chapter comes out
about -21 dB, but a short one (a credit, a one-line chapter) is mostly head, tail and pauses and
measured -22.8 to -23.1 dB, on ACX's -23 dB floor."""
MAX_LIFT_DB = 5.0
"""The most a short chapter's clips are lifted (the limiter holds their peaks)."""
_LIMITER_LOSS_DB = 2.8
"""What peak limiting and trimming take off a chapter's level, beyond its share of speech
(measured 2.7-2.9 dB on the bundled story's chapters and on one-line chapters)."""
_LIFT_EFFECT = 0.5
"""A dB of lift raises a chapter by about half a dB: the limiter takes the rest off the louder peaks."""


def _chapter_lift(lines: list[PlannedLine], lead_frames: list[int], tail_frames: int, target_dbfs: float) -> float:
    """How many dB louder than the profile's level a chapter's clips are matched: 0 unless it is short.

    The chapter's RMS is estimated from its clips' lengths (their WAV headers,
    not their samples: an unchanged re-render reads no audio) against the
    room tone around them.
    """
    room = sum(lead_frames) + tail_frames
    # First a bound from the files' sizes alone (a stat, no read): 16-bit mono at the engines' 22.05 kHz or
    # less holds at least this much speech. A long chapter, the usual case, needs no lift even so.
    if _lift(_speech_bound(lines), room, target_dbfs) == 0.0:
        return 0.0
    return _lift(sum(clip_frames_at(line.clip, SAMPLE_RATE) for line in lines), room, target_dbfs)


def _lift(speech: int, room: int, target_dbfs: float) -> float:
    if speech <= 0:
        return 0.0
    expected = target_dbfs + 10 * math.log10(speech / (speech + room)) - _LIMITER_LOSS_DB
    return round(min(MAX_LIFT_DB, max(0.0, (SHORT_CHAPTER_AIM_DBFS - expected) / _LIFT_EFFECT)), 1)


def _speech_bound(lines: list[PlannedLine]) -> int:
    """At most the clips' frames at SAMPLE_RATE, from their sizes (a 16 kHz clip holds more time per byte)."""
    total = 0
    for line in lines:
        try:
            total += max(0, os.stat(line.clip).st_size - 44) // SAMPLE_WIDTH
        except OSError:
            pass
    return total


def _chapter_specs(chapter: PlannedChapter, lines: list[PlannedLine], *, profile: AudioProfile,
                   chapter_tail_ms: int) -> list[_PartSpec]:
    """The part of every line: the room tone before it (the head on the first), the tail after the last.

    With a limiter, a short chapter's clips are matched louder (_chapter_lift), so that
    every chapter file, however short, is as loud as the others (and inside ACX's range).
    """
    tail_ms = profile.tail_ms(0 if chapter.credit else chapter_tail_ms)
    kbps = parse_bitrate_kbps(profile.bitrate, sample_rate=profile.sample_rate)
    leads = [_frames(profile.head_ms) if i == 0 else _frames(line.pause_before_ms) for i, line in enumerate(lines)]
    tail = _frames(tail_ms)
    lift = (_chapter_lift(lines, leads, tail, profile.clip_target_dbfs)
            if profile.peak_limit_dbfs is not None and lines else 0.0)
    target, ceiling = profile.clip_target_dbfs + lift, profile.clip_ceiling_dbfs + lift
    last = len(lines) - 1
    return [_PartSpec(line.clip_key or _file_key(line.clip), lead, tail if i == last else 0,
                      kbps, profile.sample_rate, target, ceiling, profile.peak_limit_dbfs, profile.lame_quality)
            for i, (line, lead) in enumerate(zip(lines, leads))]


def _chapter_parts(pool: futures.Executor, store: "_PartStore", row: list[_PartSpec],
                   lines: list[PlannedLine]) -> tuple[list[_PartInfo], int]:
    """Every line's part, from the part cache or encoded now on ``pool``; and how many were encoded."""
    found: dict[str, _PartInfo | futures.Future] = {}
    try:
        for spec, line in zip(row, lines):
            key = spec.key()
            if key not in found:
                found[key] = store.get(spec) or pool.submit(_make_part, store.root, spec, line.clip)
        made = sum(isinstance(value, futures.Future) for value in found.values())
        for key, value in found.items():
            if isinstance(value, futures.Future):
                found[key] = value.result()
    except BaseException:
        for value in found.values():
            if isinstance(value, futures.Future):
                value.cancel()
        raise
    return [found[spec.key()] for spec in row], made


def _frames(ms: int) -> int:
    return int(round(ms * SAMPLE_RATE / 1000))


def _ms(samples: int, rate: int) -> int:
    return int(round(samples * 1000 / rate))


def _file_key(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        while block := f.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _part_pcm(spec: _PartSpec, clip: Path) -> tuple[bytes, int, int]:
    """The part's PCM (room tone, clip, room tone), the clip's length and the lead actually used, in frames."""
    pcm = process_clip(clip, target_dbfs=spec.clip_target_dbfs, ceiling_dbfs=spec.clip_ceiling_dbfs,
                       limit_dbfs=spec.limit_dbfs)
    clip_frames = len(pcm) // SAMPLE_WIDTH
    lead = fitted_lead(spec.lead_frames, clip_frames, spec.tail_frames, rate=spec.sample_rate)
    return room_tone(lead) + pcm + room_tone(spec.tail_frames), clip_frames, lead


def fitted_lead(lead: int, clip: int, tail: int, *, rate: int) -> int:
    """The lead (in frames) that makes a part decode to a whole number of MP3 frames closest to its length.

    A part decodes to ENCODER_DELAY_SAMPLES of silence, its input, and padding
    up to a whole frame of F samples (1152 at 44.1 kHz, 576 at 22.05 kHz; LAME
    writes ceil((n + delay) / F) frames for n output samples, or one more when
    the padding would be tiny).
    Shortening the pause before the clip by the delay and half a frame of
    padding keeps every part as long as planned (within half a frame, 13 ms),
    so pauses do not grow and the book does not drift. It depends only on
    the part itself, so cached parts stay valid.
    """
    ratio, frame = _ratio(rate), frame_samples(rate)
    n_out = round((lead + clip + tail) * ratio)
    frames = max(1, round(n_out / frame))
    while True:
        fitted = int((frame * frames - ENCODER_DELAY_SAMPLES - _pad_samples(rate)) // ratio) - clip - tail
        if fitted >= 0:
            return fitted
        frames += 1


def encode_mp3_frames(pcm: bytes, *, bitrate_kbps: int, rate: int, quality: int = 3) -> bytes:
    """Mono 16-bit PCM at SAMPLE_RATE -> bare CBR MP3 frames at ``rate`` (no tag, no Info frame)."""
    return _encode_counted(pcm, bitrate_kbps=bitrate_kbps, rate=rate, quality=quality)[0]


def _encode_counted(pcm: bytes, *, bitrate_kbps: int, rate: int, quality: int) -> tuple[bytes, int]:
    """encode_mp3_frames, and the number of frames written."""
    if rate == 2 * SAMPLE_RATE:
        return encode_mono_counted(pcm, input_rate=rate, output_rate=rate, bitrate_kbps=bitrate_kbps,
                                   quality=quality, upsample=True)
    return encode_mono_counted(pcm, input_rate=SAMPLE_RATE, output_rate=rate, bitrate_kbps=bitrate_kbps,
                               quality=quality)


def _make_part(root: Path, spec: _PartSpec, clip: Path) -> _PartInfo:
    return _PartStore(root).make(spec, clip)


_PART_MAGIC = b"fap9"
_PART_HEADER = struct.Struct("<4sIII")
"""A part entry's header: magic, clip frames, lead frames, decoded samples; the MP3 frames follow."""


class _PartStore:
    """Encoded parts by content key: ``<key>.frames``, a small header (_PART_HEADER) and the MP3 frames.

    One file per part, not frames and a separate note of what is inside: a
    render creates, renames and reads one file per line fewer (file creation
    measured 0.1-0.5 ms of CPU each here), and joins read the frames in place.
    """

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> str:
        # A plain string, not a Path: an unchanged re-render looks up every part of the story.
        return os.path.join(self.root, key[:2], f"{key}.frames")

    def get(self, spec: _PartSpec) -> _PartInfo | None:
        path = self._path(spec.key())
        try:
            with open(path, "rb") as f:
                head = f.read(_PART_HEADER.size)
                size = os.fstat(f.fileno()).st_size - _PART_HEADER.size
        except OSError:
            return None
        if len(head) != _PART_HEADER.size or size <= 0:
            return None
        magic, clip_frames, lead_frames, samples = _PART_HEADER.unpack(head)
        if magic != _PART_MAGIC:
            return None
        return _PartInfo(path, clip_frames, lead_frames, samples, size, _PART_HEADER.size)

    def make(self, spec: _PartSpec, clip: Path) -> _PartInfo:
        """Encode a part and store it (a temporary name, then rename: never half-written)."""
        pcm, clip_frames, lead_frames = _part_pcm(spec, clip)
        frames, count = _encode_counted(pcm, bitrate_kbps=spec.bitrate_kbps, rate=spec.sample_rate,
                                        quality=spec.lame_quality)
        samples = count * frame_samples(spec.sample_rate)  # LAME's count: no scan of the frames
        path = self._path(spec.key())
        folder = os.path.dirname(path)
        try:
            os.makedirs(folder, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".part-", dir=folder)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(_PART_HEADER.pack(_PART_MAGIC, clip_frames, lead_frames, samples))
                    f.write(frames)
                os.replace(tmp, path)
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
        except OSError as exc:
            raise OutputError(f"{self.root}: cannot write to the cache ({exc.strerror}). Pass --cache-dir DIR.") from exc
        return _PartInfo(path, clip_frames, lead_frames, samples, len(frames), _PART_HEADER.size)


def _write_m4b(chapters: list[PlannedChapter], specs: Callable[[PlannedChapter, list[PlannedLine]], list[_PartSpec]],
               dest: Path, *, title: str, author: str | None, rate: int,
               subtitles: SubtitleWriter | None = None) -> tuple[Path, list[ChapterMark]]:
    """One AAC stream of every part's PCM in order, with chapter atoms; times are exact PCM positions.

    An M4B already made from the same parts and tags (its recipe atom says so)
    is not encoded again; the parts are still measured for the chapter times
    and, with ``subtitles`` (an M4B alone), each chapter's cues.
    """
    ffmpeg_path()
    tags = Tags(title=title, artist=author, album=title)
    recipe = _recipe(tags, None, [M4B_BITRATE, AAC_CODER, str(rate)]
                     + [key for chapter in chapters for key in _m4b_keys(chapter, specs)])
    writer = None if m4b_is_current(dest, recipe) else M4bWriter(dest, input_rate=SAMPLE_RATE, output_rate=rate)
    delay_frames, pad_frames = _m4b_delay_and_pad(rate)
    marks: list[ChapterMark] = []
    frames = 0
    try:
        for chapter in chapters:
            start = frames
            lines = chapter.planned_lines()
            cues = []
            for line, spec in zip(lines, specs(chapter, lines)):
                pcm, clip_frames, lead_frames = _part_pcm(spec, line.clip)
                # The MP3 part decodes to the encoder delay first; the same room tone here
                # keeps the M4B on the MP3's time line, so one set of subtitles fits both.
                if writer is not None:
                    writer.append_pcm(room_tone(delay_frames) + pcm + room_tone(pad_frames))
                frames += delay_frames
                clip_start = frames + lead_frames
                cues.append(SubtitleCue(_in_ms(clip_start), _in_ms(clip_start + clip_frames), line.speaker, line.text))
                frames += len(pcm) // SAMPLE_WIDTH + pad_frames
            if subtitles is not None:
                subtitles.add(cues)
            marks.append(ChapterMark(chapter.title, _in_ms(start), _in_ms(frames)))
        path = writer.finish(tags, marks, recipe=recipe) if writer is not None else dest
    except BaseException:
        if writer is not None:
            writer.discard()
        raise
    return path, marks


def _m4b_keys(chapter: PlannedChapter, specs: Callable[[PlannedChapter, list[PlannedLine]], list[_PartSpec]]) -> list[str]:
    """A chapter's title and its parts' keys: what its stretch of the M4B is made of."""
    lines = chapter.planned_lines()
    return [chapter.title] + [spec.key() for spec in specs(chapter, lines)]


def _in_ms(frames: int) -> int:
    return int(round(frames * 1000 / SAMPLE_RATE))
