"""Subtitles beside the audio: SubRip (.srt) and WebVTT (.vtt), one cue per spoken line.

Times come from the stitcher's cues (sample-exact positions of every clip)
mapped through the encoded stream, so a cue starts where its line is heard.
The text is the line as written in the story, whitespace collapsed, after the
speaker's name; WebVTT also marks the speaker with a voice span (``<v Mira>``).
"""

from __future__ import annotations

import contextlib
import textwrap
from dataclasses import dataclass
from pathlib import Path

from ..files import replacing

WRAP_COLUMNS = 60
"""Subtitle lines are wrapped to this many characters."""


@dataclass(frozen=True, slots=True)
class SubtitleCue:
    start_ms: int
    """Where the line's audio starts in the file it belongs to."""
    end_ms: int
    """Where the line's audio ends."""
    speaker: str
    """The character's name, or 'Narrator'."""
    text: str


def _clock(ms: int, separator: str) -> str:
    ms = max(0, int(ms))
    hours, rest = divmod(ms, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, millis = divmod(rest, 1000)
    return f"{hours:02d}:{minutes:02d}:{seconds:02d}{separator}{millis:03d}"


def _lines(text: str) -> list[str]:
    text = " ".join(text.split())
    if len(text) <= WRAP_COLUMNS:
        return [text]  # what textwrap gives for a line that fits (or [""]), without its cost per cue
    if "-" in text:  # textwrap also breaks after hyphens
        return textwrap.wrap(text, WRAP_COLUMNS, break_long_words=False) or [""]
    # Words parted by single spaces: textwrap's greedy fill, without its regex and chunk lists
    # (wrapping was a sixth of an unchanged re-render). A word longer than a line has its own.
    lines: list[str] = []
    line: list[str] = []
    used = 0
    for word in text.split(" "):
        if line and used + 1 + len(word) > WRAP_COLUMNS:
            lines.append(" ".join(line))
            line, used = [], 0
        used += len(word) + (1 if line else 0)
        line.append(word)
    lines.append(" ".join(line))
    return lines


def _srt_block(number: int, cue: SubtitleCue) -> str:
    body = "\n".join(_lines(f"{cue.speaker}: {cue.text}"))
    return f"{number}\n{_clock(cue.start_ms, ',')} --> {_clock(cue.end_ms, ',')}\n{body}\n"


def _vtt_header(title: str | None) -> str:
    return "WEBVTT" + (f" - {' '.join(title.split())}" if title else "") + "\n"


def _vtt_block(number: int, cue: SubtitleCue) -> str:
    speaker = _vtt_escape(cue.speaker).replace(">", "")
    body = "\n".join(_vtt_escape(line) for line in _lines(cue.text))
    return f"{number}\n{_clock(cue.start_ms, '.')} --> {_clock(cue.end_ms, '.')}\n<v {speaker}>{body}\n"


def format_srt(cues: list[SubtitleCue]) -> str:
    """SubRip text: numbered cues, ``HH:MM:SS,mmm --> HH:MM:SS,mmm``, blank line between."""
    return "\n".join(_srt_block(number, cue) for number, cue in enumerate(cues, start=1))


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def format_vtt(cues: list[SubtitleCue], *, title: str | None = None) -> str:
    """WebVTT text: a header, then cues with the speaker as a voice span."""
    return "\n".join([_vtt_header(title)] + [_vtt_block(n, cue) for n, cue in enumerate(cues, start=1)])


def parse_srt(text: str) -> list[SubtitleCue]:
    """Read back what ``format_srt`` writes (for tests and tools)."""
    cues = []
    for block in text.strip().split("\n\n"):
        rows = block.splitlines()
        if len(rows) < 3 or "-->" not in rows[1]:
            continue
        start, end = (_parse_clock(t.strip()) for t in rows[1].split("-->"))
        body = " ".join(rows[2:])
        speaker, _, said = body.partition(": ")
        cues.append(SubtitleCue(start, end, speaker, said))
    return cues


def _parse_clock(value: str) -> int:
    hms, _, millis = value.replace(",", ".").partition(".")
    hours, minutes, seconds = (int(p) for p in hms.split(":"))
    return ((hours * 60 + minutes) * 60 + seconds) * 1000 + int(millis or 0)


def write_subtitles(cues: list[SubtitleCue], audio_path: Path, *, title: str | None = None) -> list[Path]:
    """Write ``<audio>.srt`` and ``<audio>.vtt`` beside ``audio_path``, atomically."""
    with SubtitleWriter(audio_path, title=title) as writer:
        writer.add(cues)
    return writer.paths


class SubtitleWriter:
    """Both subtitle files for ``audio_path``, written as cues come, renamed into place on success.

    A render adds each chapter's cues when the chapter is done, so a long
    story never holds every line's cue at once. The files appear (replacing
    older ones) only when the ``with`` block ends without an error.
    """

    def __init__(self, audio_path: Path, *, title: str | None = None) -> None:
        self.paths = [audio_path.with_suffix(".srt"), audio_path.with_suffix(".vtt")]
        self._title = title
        self._stack = contextlib.ExitStack()
        self._files: list = []
        self._count = 0

    def __enter__(self) -> "SubtitleWriter":
        try:
            for dest in self.paths:
                tmp = self._stack.enter_context(replacing(dest))
                self._files.append(self._stack.enter_context(open(tmp, "w", encoding="utf-8", newline="\n")))
            self._files[1].write(_vtt_header(self._title))
        except BaseException:
            self._stack.close()
            raise
        return self

    def add(self, cues: list[SubtitleCue]) -> None:
        srt, vtt = self._files
        for cue in cues:
            self._count += 1
            srt.write(("\n" if self._count > 1 else "") + _srt_block(self._count, cue))
            vtt.write("\n" + _vtt_block(self._count, cue))

    def __exit__(self, exc_type, exc, tb) -> bool:
        # Files close before ``replacing`` renames them (or removes them on an error).
        for f in self._files:
            f.close()
        return self._stack.__exit__(exc_type, exc, tb)
