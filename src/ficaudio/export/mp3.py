"""MP3 files with ID3 tags and ID3 chapters (CHAP/CTOC).

Audio is encoded by ffmpeg (through pydub for chapters, directly from a
temporary WAV for the whole story so memory stays bounded by one chapter),
then tagged with mutagen. Every file is written under a temporary name in the
destination folder and renamed into place, so an existing file is replaced
whole or not at all.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

from mutagen.id3 import CHAP, CTOC, ID3, TALB, TCON, TIT2, TPE1, TRCK, CTOCFlags
from pydub import AudioSegment

from ..errors import DependencyError, ExportError, OutputError

OUTPUT_RATE = 44100


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


def _temp_beside(dest: Path, suffix: str) -> Path:
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{dest.stem[:40]}.", suffix=suffix, dir=dest.parent)
    except OSError as exc:
        raise OutputError(f"{dest.parent}: cannot write here ({exc.strerror}). Choose another folder with -o.") from exc
    os.close(fd)
    return Path(name)


def export_segment_mp3(audio: AudioSegment, dest: Path, tags: Tags, *, bitrate: str = "128k",
                       chapters: list[ChapterMark] | None = None) -> Path:
    """Encode ``audio`` to ``dest`` as MP3 with tags, atomically."""
    ffmpeg_path()
    tmp = _temp_beside(dest, ".mp3")
    try:
        try:
            audio.export(str(tmp), format="mp3", bitrate=bitrate, parameters=["-ar", str(OUTPUT_RATE)])
        except Exception as exc:  # pydub raises CouldntEncodeError with ffmpeg's stderr
            raise ExportError(f"ffmpeg could not encode {dest.name}: {str(exc)[-500:]}") from exc
        write_tags(tmp, tags, chapters)
        os.replace(tmp, dest)
    except OSError as exc:
        raise OutputError(f"{dest}: cannot write ({exc.strerror}). Check free space and permissions.") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return dest


def encode_wav_to_mp3(wav: Path, dest: Path, tags: Tags, *, bitrate: str = "128k",
                      chapters: list[ChapterMark] | None = None) -> Path:
    """Encode a WAV file on disk to a tagged MP3, atomically."""
    tmp = _temp_beside(dest, ".mp3")
    cmd = [ffmpeg_path(), "-hide_banner", "-loglevel", "error", "-y", "-i", str(wav), "-ar", str(OUTPUT_RATE),
           "-c:a", "libmp3lame", "-b:a", bitrate, "-f", "mp3", str(tmp)]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode != 0:
            raise ExportError(
                f"ffmpeg failed (exit {proc.returncode}) encoding {dest.name}: {' '.join(cmd)}\n{proc.stderr[-800:]}"
            )
        write_tags(tmp, tags, chapters)
        os.replace(tmp, dest)
    except OSError as exc:
        raise OutputError(f"{dest}: cannot write ({exc.strerror}). Check free space and permissions.") from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return dest


def write_tags(path: Path, tags: Tags, chapters: list[ChapterMark] | None = None) -> None:
    """Write ID3v2.4 tags, and CHAP/CTOC frames when chapters are given."""
    id3 = ID3()
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


class StoryWavWriter:
    """Appends chapters' PCM to one temporary WAV for the whole-story MP3."""

    def __init__(self, folder: Path, *, sample_rate: int, sample_width: int = 2) -> None:
        self.path = _temp_beside(folder / "story.wav", ".wav")
        self._wav = wave.open(str(self.path), "wb")
        self._wav.setnchannels(1)
        self._wav.setsampwidth(sample_width)
        self._wav.setframerate(sample_rate)
        self.sample_rate = sample_rate
        self.frames = 0

    def append(self, audio: AudioSegment) -> int:
        """Append audio; returns its start in ms."""
        start_ms = self.frames * 1000 // self.sample_rate
        self._wav.writeframes(audio.raw_data)
        self.frames += len(audio.raw_data) // 2
        return start_ms

    @property
    def duration_ms(self) -> int:
        return self.frames * 1000 // self.sample_rate

    def close(self) -> None:
        self._wav.close()

    def discard(self) -> None:
        try:
            self._wav.close()
        finally:
            if self.path.exists():
                self.path.unlink()
