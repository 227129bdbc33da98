"""One M4B audiobook (AAC in MP4) with chapter atoms, for Apple Books and other players.

Chapters' PCM is streamed, in order, into one ffmpeg AAC encoder, so memory
holds a block at a time. The chapter list is known only at the end, so a
second, quick ffmpeg run copies the audio (no re-encoding) and adds the tags
and chapters from an ffmetadata file: ffmpeg writes both the Nero ``chpl``
atom (read by mutagen and most players) and a QuickTime chapter track (read
by Apple's). mutagen can read MP4 chapters but not write them, hence ffmpeg.
"""

from __future__ import annotations

import audioop
import os
import subprocess
import tempfile
from pathlib import Path

from ..errors import ExportError, OutputError
from ..files import temp_beside
from .mp3 import ChapterMark, Tags, ffmpeg_path

M4B_BITRATE = "64k"
"""AAC bit rate: plenty for mono speech."""
AAC_CODER = "fast"
"""ffmpeg's AAC quantizer search. Its default here (twoloop) took 15.1 s for 10 minutes of speech,
"fast" 4.5 s; ffmpeg's own maintainers found fast the better-sounding at 128 kbps stereo, the
same bits per channel as 64 kbps mono."""
RECIPE_ATOM = "----:com.ficaudio:recipe"
"""Freeform MP4 atom holding the digest of what the M4B was made from (see ``m4b_is_current``)."""
_BLOCK = 1 << 20


def ffmetadata(tags: Tags, chapters: list[ChapterMark]) -> str:
    """The ffmetadata text giving ``tags`` and one [CHAPTER] per mark (times in ms)."""
    def esc(value: str) -> str:
        out = str(value)
        for ch in ("\\", "=", ";", "#", "\n"):
            out = out.replace(ch, "\\" + ch)
        return out

    rows = [";FFMETADATA1", f"title={esc(tags.title)}", f"album={esc(tags.album)}", f"genre={esc(tags.genre)}"]
    if tags.artist:
        rows += [f"artist={esc(tags.artist)}", f"album_artist={esc(tags.artist)}"]
    for mark in chapters:
        rows += ["", "[CHAPTER]", "TIMEBASE=1/1000", f"START={mark.start_ms}", f"END={mark.end_ms}",
                 f"title={esc(mark.title)}"]
    return "\n".join(rows) + "\n"


class M4bWriter:
    """Streams chapters' raw PCM (16-bit mono) into an AAC encoder; ``finish`` adds chapters.

    Args:
        dest: the .m4b to write (replaced atomically at ``finish``).
        input_rate: sample rate of the PCM given to ``append_pcm_file``.
        output_rate: the AAC's sample rate (the profile's: the MP3's).
    """

    def __init__(self, dest: Path, *, input_rate: int, output_rate: int, bitrate: str = M4B_BITRATE) -> None:
        self.dest = dest
        self.input_rate = input_rate
        self.frames = 0
        self._audio = temp_beside(dest, ".m4a")
        fd, log_name = tempfile.mkstemp(prefix="ficaudio-m4b-", suffix=".log")
        self._log = os.fdopen(fd, "w+b")
        os.unlink(log_name)
        cmd = [ffmpeg_path(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y",
               "-f", "s16le", "-ar", str(input_rate), "-ac", "1", "-i", "pipe:0"]
        cmd += ["-ar", str(output_rate), "-c:a", "aac", "-aac_coder", AAC_CODER, "-b:a", bitrate, "-f", "mp4",
                str(self._audio)]
        self._cmd = cmd
        try:
            self._proc: subprocess.Popen | None = subprocess.Popen(cmd, stdin=subprocess.PIPE,
                                                                  stdout=subprocess.DEVNULL, stderr=self._log)
        except OSError as exc:
            self.discard()
            raise ExportError(f"cannot run ffmpeg ({exc.strerror}): {' '.join(cmd)}") from exc

    def append_pcm_file(self, path: Path, *, gain: float = 1.0) -> int:
        """Append a raw PCM file's audio, scaled by ``gain``; returns its start in ms."""
        assert self._proc is not None and self._proc.stdin is not None
        start_ms = self.frames * 1000 // self.input_rate
        try:
            with open(path, "rb") as src:
                while block := src.read(_BLOCK):
                    if gain != 1.0:
                        block = audioop.mul(block, 2, gain)
                    self._proc.stdin.write(block)
                    self.frames += len(block) // 2
        except BrokenPipeError:
            self._fail("stopped reading audio")
        return start_ms

    def append_pcm(self, pcm: bytes) -> None:
        """Append raw PCM (16-bit mono at ``input_rate``)."""
        assert self._proc is not None and self._proc.stdin is not None
        try:
            self._proc.stdin.write(pcm)
        except BrokenPipeError:
            self._fail("stopped reading audio")
        self.frames += len(pcm) // 2

    def _fail(self, what: str) -> None:
        proc = self._proc
        code = proc.wait() if proc else "?"
        self._log.seek(0)
        stderr = self._log.read().decode("utf-8", "replace")[-800:]
        raise ExportError(f"ffmpeg {what} (exit {code}) encoding {self.dest.name}: {' '.join(self._cmd)}\n{stderr}")

    def finish(self, tags: Tags, chapters: list[ChapterMark], *, recipe: str | None = None) -> Path:
        """Close the encoder, add tags and chapters (and ``recipe``), and move the M4B into place."""
        assert self._proc is not None and self._proc.stdin is not None
        try:
            self._proc.stdin.close()
        except BrokenPipeError:
            pass
        if self._proc.wait() != 0:
            self._fail("failed")
        self._proc = None
        meta = temp_beside(self.dest, ".ffmeta")
        out = temp_beside(self.dest, ".m4b")
        try:
            meta.write_text(ffmetadata(tags, chapters), encoding="utf-8")
            cmd = [ffmpeg_path(), "-hide_banner", "-nostdin", "-loglevel", "error", "-y", "-i", str(self._audio),
                   "-f", "ffmetadata", "-i", str(meta), "-map", "0:a", "-map_metadata", "1", "-map_chapters", "1",
                   "-c", "copy", "-f", "mp4", str(out)]
            proc = subprocess.run(cmd, capture_output=True, text=True)
            if proc.returncode != 0:
                raise ExportError(f"ffmpeg failed (exit {proc.returncode}) adding chapters to {self.dest.name}: "
                                  f"{' '.join(cmd)}\n{proc.stderr[-800:]}")
            if recipe:
                _write_recipe(out, recipe)
            os.replace(out, self.dest)
        except OSError as exc:
            raise OutputError(f"{self.dest}: cannot write ({exc.strerror}). Check free space and permissions.") from exc
        finally:
            for path in (meta, out):
                if path.exists():
                    path.unlink()
            self.discard()
        return self.dest

    def discard(self) -> None:
        """Stop the encoder (if running) and remove temporary files."""
        if self._proc is not None:
            try:
                if self._proc.stdin:
                    self._proc.stdin.close()
            except OSError:
                pass
            self._proc.kill()
            self._proc.wait()
            self._proc = None
        if self._audio.exists():
            self._audio.unlink()
        if not self._log.closed:
            self._log.close()


def _write_recipe(path: Path, recipe: str) -> None:
    from mutagen.mp4 import MP4, MP4FreeForm

    try:
        tags = MP4(str(path))
        tags[RECIPE_ATOM] = [MP4FreeForm(recipe.encode("ascii"))]
        tags.save()
    except Exception as exc:  # noqa: BLE001 - mutagen's errors vary; the file is still a good M4B
        raise ExportError(f"could not tag {path.name} ({exc}).") from exc


def m4b_is_current(dest: Path, recipe: str) -> bool:
    """``dest`` is an M4B made from ``recipe`` (so it need not be encoded again)."""
    from mutagen.mp4 import MP4

    try:
        if not dest.is_file():
            return False
        values = MP4(str(dest)).tags.get(RECIPE_ATOM) or []
        return [bytes(v) for v in values] == [recipe.encode("ascii")]
    except Exception:  # noqa: BLE001 - unreadable or foreign: encode it again
        return False
