"""Subtitles beside the audio: SubRip (.srt) and WebVTT (.vtt), one cue per spoken line.

Times come from the stitcher's cues (sample-exact positions of every clip)
mapped through the encoded stream, so a cue starts where its line is heard.
The text is the line as written in the story, whitespace collapsed, after the
speaker's name; WebVTT also marks the speaker with a voice span (``<v Mira>``).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

from ..files import write_text_atomically

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
    return textwrap.wrap(" ".join(text.split()), WRAP_COLUMNS, break_long_words=False) or [""]


def format_srt(cues: list[SubtitleCue]) -> str:
    """SubRip text: numbered cues, ``HH:MM:SS,mmm --> HH:MM:SS,mmm``, blank line between."""
    blocks = []
    for number, cue in enumerate(cues, start=1):
        body = "\n".join(_lines(f"{cue.speaker}: {cue.text}"))
        blocks.append(f"{number}\n{_clock(cue.start_ms, ',')} --> {_clock(cue.end_ms, ',')}\n{body}\n")
    return "\n".join(blocks)


def _vtt_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def format_vtt(cues: list[SubtitleCue], *, title: str | None = None) -> str:
    """WebVTT text: a header, then cues with the speaker as a voice span."""
    header = "WEBVTT" + (f" - {' '.join(title.split())}" if title else "") + "\n"
    blocks = [header]
    for number, cue in enumerate(cues, start=1):
        speaker = _vtt_escape(cue.speaker).replace(">", "")
        body = "\n".join(_vtt_escape(line) for line in _lines(cue.text))
        blocks.append(f"{number}\n{_clock(cue.start_ms, '.')} --> {_clock(cue.end_ms, '.')}\n<v {speaker}>{body}\n")
    return "\n".join(blocks)


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
    srt = write_text_atomically(audio_path.with_suffix(".srt"), format_srt(cues))
    vtt = write_text_atomically(audio_path.with_suffix(".vtt"), format_vtt(cues, title=title))
    return [srt, vtt]
