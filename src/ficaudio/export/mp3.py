"""MP3 files with ID3 tags and ID3 chapters (CHAP/CTOC).

Renders encode every line as its own *part* of bare CBR MP3 frames (no
Xing/Info frame, no tags; see export/produce.py), so parts encode at once on
several cores and are cached. A chapter file is its parts' frames joined
behind an ID3 tag; the whole-story file is every chapter's frames joined
behind another. Nothing is encoded twice, and the times of chapters and lines
come from counting frames, so they are exact. Previews still go through
pydub (``export_segment_mp3``).

Decoding such a stream without a gapless (LAME) header yields, for every part,
ENCODER_DELAY_SAMPLES of silence before the part's first input sample (LAME's
576-sample encoder delay plus the 529-sample decoder delay; measured with
ffmpeg 5.1's decoder, see tests/test_export.py). Part boundaries are placed inside
pauses, where that silence is inaudible.

Every file is written under a temporary name in the destination folder and
renamed into place, so an existing file is replaced whole or not at all.
"""

from __future__ import annotations

import mmap
import os
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # only previews use pydub: a render never imports it
    from pydub import AudioSegment

from ..files import replacing, temp_beside
from ..errors import DependencyError, ExportError, OutputError

ENCODER_DELAY_SAMPLES = 576 + 529
"""Silence, in output samples, before a part's audio when decoded without a LAME header (the same
at 22.05 kHz and 44.1 kHz: tests/test_export.py measures both)."""


def frame_samples(rate: int) -> int:
    """Samples in a layer III frame at ``rate``: 1152 for MPEG-1 (32-48 kHz), 576 for MPEG-2 (16-24 kHz)."""
    return 1152 if rate >= 32000 else 576


@dataclass(frozen=True)
class Tags:
    title: str
    artist: str | None
    album: str
    track: int | None = None
    track_total: int | None = None
    genre: str = "Audiobook"


@dataclass(frozen=True)
class ChapterMark:
    title: str
    start_ms: int
    end_ms: int


def ffmpeg_path() -> str:
    path = shutil.which("ffmpeg")
    if path is None:
        raise DependencyError("ffmpeg is not installed. Install it with: sudo apt-get install ffmpeg")
    return path


def export_segment_mp3(audio: AudioSegment, dest: Path, tags: Tags, *, bitrate: str = "64k", sample_rate: int = 22050,
                       chapters: list[ChapterMark] | None = None) -> Path:
    """Encode ``audio`` to ``dest`` as MP3 with tags, atomically."""
    ffmpeg_path()
    with replacing(dest, ".mp3") as tmp:
        try:
            audio.export(str(tmp), format="mp3", bitrate=bitrate, parameters=["-ar", str(sample_rate)])
        except Exception as exc:  # pydub raises CouldntEncodeError with ffmpeg's stderr
            raise ExportError(f"ffmpeg could not encode {dest.name}: {str(exc)[-500:]}") from exc
        write_tags(tmp, tags, chapters)
    return dest


RECIPE_TAG = "ficaudio"
"""Description of the TXXX frame holding a joined file's recipe digest (see ``joined_file_is_current``)."""


def write_tags(path: Path, tags: Tags, chapters: list[ChapterMark] | None = None, *, recipe: str | None = None) -> None:
    """Write ID3v2.4 tags, and CHAP/CTOC frames when chapters are given.

    ``recipe``: a digest of everything the file is made from, kept in a TXXX
    frame so a later render can tell the file is already what it would write.
    """
    # Imported here: an unchanged re-render writes no tag, and mutagen took a twentieth of it to import.
    from mutagen.id3 import CHAP, CTOC, ID3, TALB, TCON, TIT2, TPE1, TRCK, TXXX, CTOCFlags

    id3 = ID3()
    if recipe:
        id3.add(TXXX(encoding=3, desc=RECIPE_TAG, text=recipe))
    id3.add(TIT2(encoding=3, text=tags.title))
    if tags.artist:
        id3.add(TPE1(encoding=3, text=tags.artist))
    id3.add(TALB(encoding=3, text=tags.album))
    id3.add(TCON(encoding=3, text=tags.genre))
    if tags.track is not None:
        id3.add(TRCK(encoding=3, text=f"{tags.track}/{tags.track_total}" if tags.track_total else str(tags.track)))
    if chapters:
        ids = [f"chp{i}" for i in range(len(chapters))]
        id3.add(CTOC(element_id="toc", flags=CTOCFlags.TOP_LEVEL | CTOCFlags.ORDERED, child_element_ids=ids,
                     sub_frames=[TIT2(encoding=3, text=tags.title)]))
        for element_id, mark in zip(ids, chapters):
            id3.add(CHAP(element_id=element_id, start_time=mark.start_ms, end_time=mark.end_ms,
                         sub_frames=[TIT2(encoding=3, text=mark.title)]))
    id3.save(str(path), v2_version=4)


# --- frames: scan and join ----------------------------------

_BITRATES_MPEG1 = (0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
_BITRATES_MPEG2 = (0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
_RATES = {3: (44100, 48000, 32000), 2: (22050, 24000, 16000), 0: (11025, 12000, 8000)}


@dataclass
class Mp3Stream:
    """What a scan of an MP3 file found: where its frames are, how many, their format."""

    audio_start: int
    """Byte offset of the first audio frame (after any ID3v2 tag and Info frame)."""
    audio_end: int
    """Byte offset just past the last frame (before any ID3v1 tag)."""
    frames: int
    samples_per_frame: int
    sample_rate: int
    channels: int
    bitrates_kbps: set[int] = field(default_factory=set)
    has_info_frame: bool = False
    """A Xing/Info (gapless, length) frame came first; it is not counted in ``frames``."""

    @property
    def samples(self) -> int:
        return self.frames * self.samples_per_frame

    @property
    def duration_ms(self) -> float:
        return self.samples * 1000.0 / self.sample_rate if self.sample_rate else 0.0

    @property
    def constant_bitrate(self) -> bool:
        return len(self.bitrates_kbps) == 1


def _id3v2_size(head: bytes) -> int:
    if len(head) >= 10 and head[:3] == b"ID3":
        size = (head[6] << 21) | (head[7] << 14) | (head[8] << 7) | head[9]
        footer = 10 if head[5] & 0x10 else 0
        return 10 + size + footer
    return 0


def scan_mp3(path: Path) -> Mp3Stream:
    """Walk an MP3 file's frame headers (MPEG audio layer III).

    Raises:
        ExportError: the file is not an MP3 stream ficaudio can read.
    """
    try:
        with open(path, "rb") as f:
            if os.fstat(f.fileno()).st_size == 0:
                raise ExportError(f"{path}: the file is empty; it is not an MP3.")
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as data:
                return _scan(data, path)
    except OSError as exc:
        raise ExportError(f"{path}: cannot read ({exc.strerror}).") from exc


def _scan(data, path: Path) -> Mp3Stream:
    pos = 0
    while True:  # some encoders write more than one ID3v2 tag
        size = _id3v2_size(data[pos : pos + 10])
        if not size:
            break
        pos += size
    end = len(data)
    if end - pos >= 128 and data[end - 128 : end - 125] == b"TAG":
        end -= 128
    stream: Mp3Stream | None = None
    frames = 0
    while pos + 4 <= end:
        b1, b2, b3 = data[pos + 1], data[pos + 2], data[pos + 3]
        version, layer = (b1 >> 3) & 3, (b1 >> 1) & 3
        bitrate_index, rate_index = b2 >> 4, (b2 >> 2) & 3
        if data[pos] != 0xFF or (b1 & 0xE0) != 0xE0 or version == 1 or layer != 1 or bitrate_index in (0, 15) \
                or rate_index == 3:
            if stream is None and frames == 0 and pos < 4096:
                pos += 1  # junk before the first frame
                continue
            break
        mpeg1 = version == 3
        kbps = (_BITRATES_MPEG1 if mpeg1 else _BITRATES_MPEG2)[bitrate_index]
        rate = _RATES[version][rate_index]
        length = (144 if mpeg1 else 72) * kbps * 1000 // rate + ((b2 >> 1) & 1)
        channels = 1 if (b3 >> 6) == 3 else 2
        if stream is None:
            stream = Mp3Stream(pos, pos, 0, 1152 if mpeg1 else 576, rate, channels)
            if b"Xing" in data[pos + 4 : pos + 48] or b"Info" in data[pos + 4 : pos + 48]:
                stream.has_info_frame = True
                pos += length
                stream.audio_start = pos
                continue
        if pos + length > end:
            break  # a truncated last frame
        stream.bitrates_kbps.add(kbps)
        frames += 1
        pos += length
    if stream is None:
        raise ExportError(f"{path}: no MPEG audio frames found; is it an MP3 file? Re-encode it with ffmpeg.")
    stream.frames = frames
    stream.audio_end = pos
    return stream


def join_mp3(sources: list[tuple[Path | str, int, int]], dest: Path, tags: Tags,
             chapters: list[ChapterMark] | None = None, *, recipe: str | None = None,
             staged: list[tuple[Path, Path]] | None = None) -> Path:
    """Write ``dest``: an ID3 tag, then the byte ranges (path, start, end) of MP3 frames, atomically.

    The kernel copies the frames (copy_file_range), so memory does not grow
    with the story and no byte passes through Python. With ``recipe`` (see
    ``write_tags``) a file already made from the same recipe is left as it is.

    With ``staged``, the file is left complete under its temporary name, which
    is returned, and (temporary, dest) is appended to ``staged``: the caller
    renames it into place with the other files of the render (see produce).

    Raises:
        OutputError: the file could not be written (full disk, permissions).
    """
    if recipe and joined_file_is_current(dest, recipe, sum(end - start for _, start, end in sources)):
        return dest
    if staged is None:
        with replacing(dest, ".mp3") as tmp:
            _write_joined(tmp, sources, dest, tags, chapters, recipe)
        return dest
    tmp = temp_beside(dest, ".mp3")
    staged.append((tmp, dest))
    try:
        _write_joined(tmp, sources, dest, tags, chapters, recipe)
    except OSError as exc:
        raise OutputError(f"{dest}: cannot write ({exc.strerror}). Check free space and permissions.") from exc
    return tmp


def _write_joined(tmp: Path, sources: list[tuple[Path | str, int, int]], dest: Path, tags: Tags,
                  chapters: list[ChapterMark] | None, recipe: str | None) -> None:
    write_tags(tmp, tags, chapters, recipe=recipe)  # on the empty file: the tag alone
    out = os.open(tmp, os.O_WRONLY)
    try:
        os.lseek(out, 0, os.SEEK_END)
        for path, start, end in sources:
            src = os.open(path, os.O_RDONLY)
            try:
                if os.fstat(src).st_size < end:
                    raise ExportError(f"{path}: shorter than expected while joining {dest.name}.")
                _copy_range(src, out, start, end - start)
            finally:
                os.close(src)
    finally:
        os.close(out)


def joined_file_is_current(dest: Path, recipe: str, audio_bytes: int) -> bool:
    """``dest`` exists, carries ``recipe`` and holds exactly its tag and ``audio_bytes`` of frames.

    The recipe is looked for as the bytes ``write_tags`` writes for it (a TXXX
    frame in UTF-8 with its description), without parsing the tag: any other
    encoding of it reads as "not current", and the file is written again.
    """
    try:
        with open(dest, "rb") as f:
            head = f.read(10)
            tag_size = _id3v2_size(head)
            size = os.fstat(f.fileno()).st_size
            if not tag_size or size != tag_size + audio_bytes or head[3] != 4:
                return False
            tag = head + f.read(tag_size - 10)
    except OSError:
        return False
    frame = b"\x03" + RECIPE_TAG.encode("utf-8") + b"\x00" + recipe.encode("utf-8")
    at = tag.find(frame, 10)
    while at >= 0:
        # ID3v2.4 frame header: "TXXX", a synchsafe size, two flag bytes; the text may end in a NUL.
        start = at - 10
        if start >= 10 and tag[start:start + 4] == b"TXXX" and not tag[start + 8] and not tag[start + 9]:
            length = _synchsafe(tag[start + 4:start + 8])
            if length in (len(frame), len(frame) + 1) and tag[at + len(frame):at + length].strip(b"\x00") == b"":
                return True
        at = tag.find(frame, at + 1)
    return False


def _synchsafe(data: bytes) -> int:
    return (data[0] << 21) | (data[1] << 14) | (data[2] << 7) | data[3]


def _copy_range(src: int, out: int, offset: int, count: int) -> None:
    """Append ``count`` bytes of file ``src`` from ``offset`` at ``out``'s position: in the kernel where it can."""
    try:
        while count > 0:
            copied = os.copy_file_range(src, out, count, offset)
            if copied <= 0:
                break
            offset += copied
            count -= copied
    except (AttributeError, OSError):
        pass  # no copy_file_range here (another OS, some file systems): copy the rest by hand
    while count > 0:
        block = os.pread(src, min(count, 1 << 20), offset)
        if not block:
            raise ExportError("a part file is shorter than expected while joining.")
        view = memoryview(block)
        while view:
            view = view[os.write(out, view):]
        offset += len(block)
        count -= len(block)
