"""The pipeline: read -> chapters -> segment -> attribute -> cast -> synthesize -> stitch -> export.

Text stages work on a Document; synthesis, stitching and export change the
data's type, so ``render`` calls them explicitly.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Protocol

from .casting import Casting, cast_voices
from .config import Config, Override
from .errors import OutputError
from .files import ensure_writable_folder, sweep_stale_temporaries
from .export.mp3 import ChapterMark
from .model import CHAT_LABEL, Document, Segment, Voice
from .script import write_script_json
from .sentences import sentence_spans
from .speech_text import fill_placeholders, to_speech
from .synth import ClipCache, ClipRequest, default_cache_dir, engine_version, synthesize_all

_LOGGER = logging.getLogger(__name__)


def analyse(doc: Document, config: Config) -> Document:
    """Run the text stages: chapters, quotes, speakers, overrides."""
    # Imported here: a re-render whose analysis is cached (analysis_cache.py) never loads them.
    from .chapters import find_chapters
    from .quotes import segment_quotes
    from .readers.tags import cast_aliases, is_role_tag, names_the_reader
    from .speakers import attribute_speakers, discover_characters

    set_language(doc, config.language)
    plan = find_chapters(doc)
    segment_quotes(doc, plan)
    configured = [(name, c.aliases, c.gender) for name, c in config.characters.items()]
    # The work's character tags (AO3, FanFicFare) seed the cast, with the short
    # names the prose uses: tag 'Haruno Sakura' also answers to 'Sakura'.
    taken = {alias for _, aliases, _ in configured for alias in aliases} | set(config.characters)
    tag_aliases = cast_aliases(doc.hints.characters, doc.text)
    configured += [
        (name, [a for a in tag_aliases.get(name, []) if a not in taken], None)
        for name in doc.hints.characters
        if name not in taken and not is_role_tag(name)
    ]
    reader_insert = config.reader is not None or any(names_the_reader(t) for t in doc.hints.characters)
    cast = discover_characters(doc, configured, reader=config.reader_character, reader_insert=reader_insert)
    # Overrides go in before attribution: a line pinned to Jem is Jem's turn, and the untagged lines
    # after it alternate from there (speakers/attribute.py keeps a pinned line as the user gave it).
    pinned = apply_overrides(doc, config.overrides, recount=False)
    for name in sorted(pinned):
        if cast.resolve(name) is None:
            cast.add(name)
    attribute_speakers(doc, cast)
    return doc


def set_language(doc: Document, configured: str | None = None) -> None:
    """doc.language: voices.yaml's, else the metadata's, else the text's, else English (languages/detect.py)."""
    from .languages.detect import story_language

    found = story_language(doc.text, doc.hints.metadata, configured)
    doc.language, doc.language_source, doc.language_region = found.code, found.source, found.region


def apply_overrides(doc: Document, overrides: list[Override], recount: bool = True) -> set[str]:
    """Pin lines to a speaker or kind by their words (voices.yaml `overrides:`); the speakers pinned.

    ``recount=False`` before attribution, which counts the lines itself.
    """
    pinned: set[str] = set()
    if not overrides:
        return pinned
    for seg in doc.segments:
        words = " ".join(doc.segment_text(seg).split())
        for o in overrides:
            if o.text in words:
                if o.kind:
                    seg.kind = o.kind
                if o.speaker:
                    seg.speaker = o.speaker
                    pinned.add(o.speaker)
                    if seg.kind == "narration":
                        seg.kind = "dialogue"
                seg.why = f"override: {o.text[:40]}"
    if recount:
        from .speakers import recount_lines

        recount_lines(doc)  # lines may have changed hands
    return pinned


# --- planning audio ----------------------------------------------------------


@dataclass
class Line:
    """One clip to speak, where it came from, and the pause before it."""

    segment: Segment | None
    """The script segment spoken; None for lines not in the text (credits)."""
    voice: Voice
    speech: str
    pause_before_ms: int
    shown: str = ""
    """What subtitles show for a line without a segment, or for one clip of a segment spoken in several."""


@dataclass
class AudioChapter:
    index: int
    title: str
    lines: list[Line] = field(default_factory=list)
    credit: bool = False
    """Opening or closing credits in a file of their own, not a chapter of the story."""


CREDIT_MODES = ("inline", "separate")


def plan_audio(doc: Document, casting: Casting, config: Config, *, credits: str | None = None,
               pieces_of: Callable[[Segment], list[tuple[str, str]]] | None = None) -> list[AudioChapter]:
    """Decide every clip, voice and pause; author's notes per the config's policy.

    Args:
        credits: None for no credits; 'inline' for the narrator reading an opening credit
            at the head of the first chapter and a closing credit at the end of the last;
            'separate' for each credit in a chapter of its own (first and last).
        pieces_of: ``speech_pieces`` for a segment (a render passes its memo, analysis_cache.SpeechMemo).
    """
    pieces_of = pieces_of or functools.partial(speech_pieces, doc, config=config)
    if credits is not None and credits not in CREDIT_MODES:
        raise ValueError(f"credits must be None or one of {CREDIT_MODES}, got {credits!r}")
    pauses = config.pauses
    chapters: list[AudioChapter] = []
    notes = AudioChapter(index=0, title="Author's notes")
    for chapter in doc.chapters:
        out = AudioChapter(index=chapter.index, title=chapter.title)
        previous: Segment | None = None
        for seg in chapter.segments:
            if seg.kind == "author_note" and config.author_notes == "skip":
                continue
            pieces = pieces_of(seg)
            if not pieces:
                continue
            voice = casting.voice_for(seg.reader)
            target = notes if (seg.kind == "author_note" and config.author_notes == "track") else out
            prev = previous if target is out else (notes.lines[-1].segment if notes.lines else None)
            if prev is None:
                pause = 0
            elif seg.scene_break_before:
                pause = pauses.scene_break_ms
            elif prev.kind == "heading" or seg.paragraph != prev.paragraph:
                pause = pauses.paragraph_ms
            elif prev.reader != seg.reader:
                pause = pauses.speaker_ms
            else:
                pause = pauses.sentence_ms
            for n, (written, speech) in enumerate(pieces):
                # A segment spoken in several clips shows each clip's own words in subtitles.
                shown = " ".join(written.split()) if len(pieces) > 1 else ""
                target.lines.append(Line(seg, voice, speech, pause if n == 0 else pauses.sentence_ms, shown=shown))
            if target is out:
                previous = seg
        if out.lines:
            chapters.append(out)
    if notes.lines:
        notes.index = len(chapters) + 1
        chapters.append(notes)
    # Renumber so files are 01, 02, ... even when a chapter had nothing to say.
    for i, ch in enumerate(chapters, start=1):
        ch.index = i
    if credits and chapters:
        _add_credits(chapters, doc, casting.narrator, config, separate=credits == "separate")
    return chapters


def credit_texts(title: str, author: str | None) -> tuple[str, str]:
    """The opening and closing credits as written: '<Title>, by <Author>. Read by ficaudio.' and 'This has been ...'."""
    title = " ".join(title.split()).rstrip(".") or "this story"
    by = f", by {' '.join(author.split())}" if author and author.strip() else ""
    return f"{title}{by}. Read by ficaudio.", f"This has been {title}{by}. The end."


def _add_credits(chapters: list[AudioChapter], doc: Document, narrator: Voice, config: Config, *,
                 separate: bool) -> None:
    opening, closing = credit_texts(doc.title, doc.author)

    def credit(text: str, pause_ms: int) -> Line:
        return Line(None, narrator, to_speech(text, config.speech_rules) or text, pause_ms, shown=text)

    if separate:
        chapters.insert(0, AudioChapter(0, "Opening credits", [credit(opening, 0)], credit=True))
        chapters.append(AudioChapter(0, "Closing credits", [credit(closing, 0)], credit=True))
        for i, ch in enumerate(chapters, start=1):
            ch.index = i
        return
    # A chapter's pause parts the credits from the story.
    first, last = chapters[0].lines, chapters[-1].lines
    first[0].pause_before_ms = config.pauses.chapter_ms
    first.insert(0, credit(opening, 0))
    last.append(credit(closing, config.pauses.chapter_ms))


MAX_CLIP_CHARS = 600
"""Longer segments are spoken as several clips, split between sentences: a small
edit then re-synthesizes one sentence group, and workers get even shares."""


def speech_pieces(doc: Document, seg: Segment, config: Config) -> list[tuple[str, str]]:
    """(written, spoken) for each clip of ``seg``, the clips with nothing to say left out."""
    if seg.why == CHAT_LABEL:
        return []  # 'Mira:' before a chat line: her voice says who it is
    rules = config.speech_rules if doc.language == "en" else replace(config.speech_rules, language=doc.language)
    return [(t, s) for t, s in ((t, to_speech(t, rules)) for t in _clip_texts(doc, seg)) if s]


def segment_speech(doc: Document, seg: Segment, config: Config) -> str:
    """What is said for ``seg`` (its clips joined): '' for a line not read aloud (a skipped author's note)."""
    if seg.kind == "author_note" and config.author_notes == "skip":
        return ""
    return " ".join(s for _, s in speech_pieces(doc, seg, config))


def _clip_texts(doc: Document, seg: Segment) -> list[str]:
    """The segment's text, in sentence groups of at most MAX_CLIP_CHARS."""
    if seg.end - seg.start <= MAX_CLIP_CHARS:
        return [doc.segment_text(seg)]
    groups: list[str] = []
    group_start = group_end = seg.start
    for start, end in sentence_spans(doc.text, seg.start, seg.end, language=doc.language):
        if end - group_start > MAX_CLIP_CHARS and group_end > group_start:
            groups.append(doc.text[group_start:group_end])
            group_start = start
        group_end = end
    groups.append(doc.text[group_start:seg.end])
    return groups


# --- rendering ---------------------------------------------------------------


class Progress(Protocol):
    def start(self, description: str, total: int) -> None: ...
    def advance(self, n: int = 1) -> None: ...


class _NoProgress:
    def start(self, description: str, total: int) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass


@dataclass
class RenderResult:
    story_mp3: Path | None
    """The whole-story MP3; None when only an M4B was asked for."""
    chapter_mp3s: list[Path]
    script_json: Path
    clips_synthesized: int
    clips_total: int
    chapter_marks: list[ChapterMark]
    auto_cast: list[str]
    m4b: Path | None = None
    subtitles: list[Path] = field(default_factory=list)
    """The .srt and .vtt beside the story file."""
    parts_encoded: int = 0
    """MP3 parts (one per clip) encoded now; the others were reused from the cache."""


def slugify(text: str, *, fallback: str = "story", max_length: int = 60) -> str:
    """A safe, readable file name part: 'Chapter 1: The Storm!' -> 'chapter-1-the-storm'.

    Unicode letters are kept; separators, dots and reserved names never survive.
    """
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[^\w]+", "-", text, flags=re.UNICODE).strip("-_")
    text = text[:max_length].strip("-_")
    reserved = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}
    if not text or text in reserved:
        return fallback
    return text


def render(
    doc: Document,
    config: Config,
    out_root: Path,
    *,
    cache_dir: Path | None = None,
    jobs: int | None = None,
    engine_name: str = "pyttsx3",
    bitrate: str | None = None,
    sample_rate: int | None = None,
    progress: Progress | None = None,
    casting: Casting | None = None,
    profile: str = "default",
    formats: tuple[str, ...] = ("mp3",),
    credits: bool | None = None,
) -> RenderResult:
    """Render an analysed Document under ``out_root/<slug>/``.

    Writes, per ``formats``: chapter MP3s (``chapters/NN-title.mp3``) and the
    whole-story MP3 with ID3 chapters, and/or one M4B with chapter atoms; then
    subtitles (.srt, .vtt) beside the story file and ``script.json``.

    Args:
        bitrate: MP3 bit rate; None takes the profile's (64k, or 192k for acx).
        sample_rate: MP3 and M4B sample rate, 22050 or 44100; None takes the profile's
            (22050, the engine's own; 44100 for acx).
        profile: 'default' or 'acx' (export/profiles.py).
        credits: the narrator reads opening and closing credits; None takes voices.yaml's
            ``credits:``. With the acx profile each credit is a file of its own
            (``00-opening-credits.mp3``, ``NN-closing-credits.mp3``), as ACX asks.
    """
    from .export.produce import PlannedChapter, produce
    from .export.profiles import get_profile

    audio_profile = get_profile(profile, bitrate=bitrate, sample_rate=sample_rate)
    progress = progress or _NoProgress()
    casting = casting or cast_voices(doc.characters, config, language=doc.voice_language)
    with_credits = config.credits if credits is None else credits
    from .analysis_cache import SpeechMemo

    speech = SpeechMemo(doc, config, cache_dir or default_cache_dir(),
                        functools.partial(speech_pieces, doc, config=config))
    chapters = plan_audio(doc, casting, config,
                          credits=("separate" if profile == "acx" else "inline") if with_credits else None,
                          pieces_of=speech)
    speech.save()
    del speech  # the plan holds what it needs; the memo is not kept for the rest of the render
    if not chapters:
        from .errors import StoryError

        raise StoryError(f"{doc.source}: nothing to read aloud (the story has no speakable text).")
    slug = slugify(doc.title)
    out_dir = _safe_child(out_root, slug)
    chapters_dir = out_dir / "chapters"
    ensure_writable_folder(chapters_dir if "mp3" in formats else out_dir)

    version = engine_version(engine_name)
    cache = ClipCache(cache_dir or default_cache_dir(), version)
    # What a killed render left half-written in the cache (never used, as it was never renamed).
    # (Plain strings: 256 folders' Paths cost more than looking inside them.)
    sweep_stale_temporaries([cache.root / "analysis", cache.root / "config", cache.root / "speech",
                             *(os.path.join(cache.root, "clips", f"{n:02x}") for n in range(256))])
    # Requests and planned lines are made as they are needed, not kept for every line:
    # memory stays near one chapter's worth however long the story.
    requests = (
        ClipRequest(line.speech, line.voice, f"chapter {ch.index}, "
                    + (f"characters {line.segment.start}-{line.segment.end}" if line.segment else "credits"))
        for ch in chapters
        for line in ch.lines
    )
    total = sum(len(ch.lines) for ch in chapters)
    progress.start("Speaking", total)
    synthesized = synthesize_all(requests, cache, engine_name=engine_name, jobs=jobs, on_progress=progress.advance)

    # Opening credits in a file of their own are file 00; the story's chapters keep their numbers.
    first_number = 0 if chapters[0].credit else 1
    planned = [
        PlannedChapter(ch.index, ch.title, f"{ch.index - 1 + first_number:02d}-{slugify(ch.title, fallback='chapter')}",
                       credit=ch.credit,
                       make_lines=functools.partial(_planned_lines, doc, ch, cache, config))
        for ch in chapters
    ]
    progress.start("Encoding", len(chapters))
    produced = produce(planned, out_dir, title=doc.title, author=doc.author, slug=slug, profile=audio_profile,
                       chapter_tail_ms=config.pauses.chapter_ms, cache_dir=cache.root, formats=formats, jobs=jobs,
                       on_chapter=progress.advance)
    script_path = write_script_json(doc, out_dir / "script.json", speech=_planned_speech(chapters))
    return RenderResult(produced.story_mp3, produced.chapter_mp3s, script_path, synthesized, total,
                        produced.chapter_marks, casting.auto_cast, produced.m4b, produced.subtitles,
                        produced.parts_encoded)


def _planned_speech(chapters: list[AudioChapter]) -> Callable[[Segment], str]:
    """segment_speech, read off the plan: plan_audio already turned every line into speech (to_speech
    again for script.json was a tenth of an unchanged re-render). A segment not in the plan says ''."""
    spoken: dict[int, str | list[str]] = {}  # one string per segment spoken in one clip (the plan's own)
    for chapter in chapters:
        for line in chapter.lines:
            if line.segment is not None:
                said = spoken.get(id(line.segment))
                if said is None:
                    spoken[id(line.segment)] = line.speech
                elif isinstance(said, str):
                    spoken[id(line.segment)] = [said, line.speech]
                else:
                    said.append(line.speech)

    def speech(seg: Segment) -> str:
        said = spoken.get(id(seg), "")
        return said if isinstance(said, str) else " ".join(said)

    return speech


def _planned_lines(doc: Document, chapter: AudioChapter, cache: ClipCache, config: Config) -> list:
    """What the producer needs of each line of ``chapter``: its clip, pause, and subtitle text."""
    from .export.produce import PlannedLine

    pieces: dict[int, int] = {}
    for line in chapter.lines:
        pieces[id(line.segment)] = pieces.get(id(line.segment), 0) + 1
    planned = []
    for line in chapter.lines:
        key = cache.key(ClipRequest(line.speech, line.voice))  # covers text, voice and engine version
        # A segment spoken as several clips shows each clip's words.
        shown = (line.shown if line.segment is None or line.shown
                 else " ".join(doc.segment_text(line.segment).split()) if pieces[id(line.segment)] == 1
                 else line.speech)
        shown = fill_placeholders(shown, config.reader)  # subtitles say "Rowan" where the story has Y/N
        planned.append(PlannedLine(cache.path(key), line.pause_before_ms, _speaker_name(line.segment), shown,
                                   clip_key=key))
    return planned


def _speaker_name(seg: Segment | None) -> str:
    return (seg.reader if seg is not None else None) or "Narrator"


def _safe_child(root: Path, name: str) -> Path:
    root = Path(root)
    child = (root / name).resolve()
    if root.resolve() not in child.parents:
        raise OutputError(f"{child}: refusing to write outside {root}.")
    return child
