"""Render short samples with the real voices, to tune a cast quickly.

Three kinds of preview, all written as one small MP3:
- a passage: the paragraph of a story containing some words, or a snippet;
- a character: the first few of that character's own lines (about 15 s);
- the cast: a few seconds of every cast voice in turn, the narrator first,
  each speaking only its own lines from the story (nothing is announced).
"""

from __future__ import annotations

import difflib
import wave
from dataclasses import dataclass, replace
from pathlib import Path

from .casting import Casting, cast_voices
from .config import Config
from .errors import ConfigError
from .export.mp3 import Tags, export_segment_mp3
from .export.profiles import PROFILES
from .model import Chapter, Document
from .pipeline import Line, analyse, plan_audio
from .readers import read_story, read_text
from .stitch import HEAD_MS, stitch_chapter
from .synth import ClipCache, ClipRequest, default_cache_dir, engine_version, synthesize_all

CHARACTER_SAMPLE_S = 15.0
"""Longest sample of one character (--character)."""
CAST_SAMPLE_S = 6.0
"""About how long each voice speaks in a cast preview (--cast)."""
MAX_LINES = 6
"""Most lines one voice speaks in a preview."""
TAIL_MS = 300


@dataclass
class PreviewResult:
    path: Path
    lines: list[str]
    """'SPEAKER (voice): text' for each line rendered, in order."""
    duration_ms: int = 0


def render_preview(config: Config, out_path: Path, *, story: Path | None = None, find: str | None = None,
                   text: str | None = None, cache_dir: Path | None = None,
                   engine_name: str = "pyttsx3") -> PreviewResult:
    """Render one passage: the paragraph of ``story`` containing ``find``, or ``text``."""
    if text is not None:
        doc = analyse(read_text(text), config)
    else:
        if story is None or find is None:
            raise ConfigError("give a story with words to find, or a snippet of text.")
        doc = analyse(read_story(story), config)
        _keep_paragraph_with(doc, find)
    casting = cast_voices(doc.characters, config, language=doc.voice_language)
    lines = _all_lines(doc, casting, replace(config, author_notes="narrator"))
    if not lines:
        raise ConfigError("the passage has nothing to speak.")
    return _render(lines, casting, out_path, doc, cache_dir, engine_name)


def render_character_preview(config: Config, out_path: Path, *, story: Path, name: str,
                             cache_dir: Path | None = None, engine_name: str = "pyttsx3",
                             max_seconds: float = CHARACTER_SAMPLE_S) -> PreviewResult:
    """Render the first of ``name``'s own lines in ``story``, ``max_seconds`` at most.

    Raises:
        ConfigError: no character of that name (or alias) speaks in the story.
    """
    doc = analyse(read_story(story), config)
    casting = cast_voices(doc.characters, config, language=doc.voice_language)
    speaker = _find_character(doc, config, name, story)
    lines = [l for l in _all_lines(doc, casting, config) if _speaker_of(l) == speaker]
    picked = _first_lines(lines, max_seconds, pause_ms=config.pauses.sentence_ms)
    return _render(picked, casting, out_path, doc, cache_dir, engine_name, max_seconds=max_seconds)


def render_cast_preview(config: Config, out_path: Path, *, story: Path, cache_dir: Path | None = None,
                        engine_name: str = "pyttsx3", seconds_per_voice: float = CAST_SAMPLE_S) -> PreviewResult:
    """Render a few seconds of every cast voice in turn: the narrator, then by lines (most first)."""
    doc = analyse(read_story(story), config)
    casting = cast_voices(doc.characters, config, language=doc.voice_language)
    lines = _all_lines(doc, casting, config)
    order: list[str | None] = [None]
    order += [c.name for c in sorted(doc.characters.values(), key=lambda c: (-c.lines, c.name)) if c.lines > 0]
    picked: list[Line] = []
    for speaker in order:
        own = [l for l in lines if _speaker_of(l) == speaker and (speaker or l.segment.kind == "narration")]
        sample = _first_lines(own, seconds_per_voice, pause_ms=config.pauses.sentence_ms)
        if sample and picked:
            sample[0] = replace(sample[0], pause_before_ms=config.pauses.paragraph_ms)
        picked += sample
    if not picked:
        raise ConfigError(f"{story}: nothing to speak, so no voice to preview.")
    return _render(picked, casting, out_path, doc, cache_dir, engine_name)


def _all_lines(doc: Document, casting: Casting, config: Config) -> list[Line]:
    return [line for chapter in plan_audio(doc, casting, config) for line in chapter.lines]


def _speaker_of(line: Line) -> str | None:
    """The character reading a line; None for the narrator."""
    return line.segment.reader


def _estimate_ms(line: Line) -> int:
    words = max(1, len(line.speech.split()))
    return int(words * 60_000 / max(line.voice.rate, 1))


def _first_lines(lines: list[Line], max_seconds: float, *, pause_ms: int) -> list[Line]:
    """The first lines fitting in ``max_seconds`` (at least one), with even pauses."""
    picked: list[Line] = []
    total_ms = 0
    for line in lines[:MAX_LINES]:
        cost = _estimate_ms(line) + (pause_ms if picked else 0)
        if picked and total_ms + cost > max_seconds * 1000:
            break
        picked.append(replace(line, pause_before_ms=pause_ms if picked else 0))
        total_ms += cost
    return picked


def _clip_ms(path: Path) -> int:
    with wave.open(str(path), "rb") as w:
        return int(w.getnframes() * 1000 / w.getframerate())


def _render(lines: list[Line], casting: Casting, out_path: Path, doc: Document, cache_dir: Path | None,
            engine_name: str, *, max_seconds: float | None = None) -> PreviewResult:
    cache = ClipCache(cache_dir or default_cache_dir(), engine_version(engine_name))
    requests = [ClipRequest(l.speech, l.voice) for l in lines]
    synthesize_all(requests, cache, engine_name=engine_name)
    paths = [cache.path(cache.key(r)) for r in requests]
    if max_seconds is not None:
        # The estimate picked the lines; real clip lengths decide (keeping at least one).
        budget_ms = max_seconds * 1000
        used_ms = 0
        keep = 0
        for line, path in zip(lines, paths):
            used_ms += _clip_ms(path) + (line.pause_before_ms if keep else 0)
            if keep and used_ms > budget_ms:
                break
            keep += 1
        lines, paths = lines[:keep], paths[:keep]
    audio, cues = stitch_chapter([(p, l.pause_before_ms) for p, l in zip(paths, lines)], tail_ms=TAIL_MS)
    if max_seconds is not None and len(audio) > max_seconds * 1000 + HEAD_MS + TAIL_MS:
        # One very long line: cut it, gently.
        audio = audio[: int(max_seconds * 1000 + HEAD_MS)].fade_out(400)
    listening = PROFILES["default"]  # a preview sounds as the default render will
    export_segment_mp3(audio, out_path, Tags(title="ficaudio preview", artist=None, album=doc.title),
                       bitrate=listening.bitrate, sample_rate=listening.sample_rate)
    described = []
    for cue, line in zip(cues, lines):  # every line has a clip, so cues follow the lines
        who = _speaker_of(line) or "NARRATOR"
        described.append(f"{cue.start_ms / 1000:5.1f}s  {who} ({line.voice.voice_id}): {line.speech[:70]}")
    return PreviewResult(out_path, described, len(audio))


def _find_character(doc: Document, config: Config, name: str, story: Path) -> str:
    """The canonical name of the character called ``name`` (or an alias) who speaks in the story."""
    wanted = " ".join(name.split()).lower()
    speaking = {c.name: c for c in doc.characters.values() if c.lines > 0}
    for char in speaking.values():
        if char.name.lower() == wanted or any(a.lower() == wanted for a in char.aliases):
            return char.name
    entry = config.character_named(name)
    if entry is not None and entry.name in speaking:
        return entry.name
    if entry is not None or wanted in (c.lower() for c in doc.characters):
        shown = entry.name if entry is not None else next(c for c in doc.characters if c.lower() == wanted)
        raise ConfigError(f"{shown} has no lines in {story}, so there is nothing to preview. "
                          f"Characters who speak: {', '.join(sorted(speaking)) or 'none'}.")
    close = difflib.get_close_matches(name, list(speaking), n=1, cutoff=0.6)
    hint = f"did you mean \"{close[0]}\"? " if close else ""
    raise ConfigError(f"no character \"{name}\" speaks in {story}; {hint}"
                      f"characters who speak: {', '.join(sorted(speaking)) or 'none'}.")


def _keep_paragraph_with(doc: Document, words: str) -> None:
    """Keep only the segments of the first paragraph containing ``words``."""
    needle = " ".join(words.split()).lower()
    for chapter in doc.chapters:
        by_paragraph: dict[int, list] = {}
        for seg in chapter.segments:
            by_paragraph.setdefault(seg.paragraph, []).append(seg)
        for paragraph, segs in by_paragraph.items():
            start, end = segs[0].start, segs[-1].end
            # Search the paragraph's source text (quote marks included).
            if needle in " ".join(doc.text[start:end].split()).lower():
                for s in segs:
                    s.scene_break_before = False
                doc.chapters = [Chapter(index=1, title=chapter.title, start=start, end=end, segments=segs)]
                return
    raise ConfigError(f"no paragraph of {doc.source} contains \"{words}\". Check the words (case does not matter).")
