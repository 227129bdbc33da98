"""Render one passage (or a snippet) with its real voices, in about a second."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .casting import cast_voices
from .config import Config
from .errors import ConfigError
from .export.mp3 import Tags, export_segment_mp3
from .model import Chapter, Document
from .pipeline import AudioChapter, analyse, plan_audio
from .readers import read_story, read_text
from .stitch import stitch_chapter
from .synth import ClipCache, ClipRequest, default_cache_dir, synthesize_all


@dataclass
class PreviewResult:
    path: Path
    lines: list[str]
    """'SPEAKER (voice): text' for each line rendered."""


def render_preview(config: Config, out_path: Path, *, story: Path | None = None, find: str | None = None,
                   text: str | None = None, cache_dir: Path | None = None,
                   engine_name: str = "pyttsx3") -> PreviewResult:
    if text is not None:
        doc = analyse(read_text(text), config)
    else:
        assert story is not None and find is not None
        doc = analyse(read_story(story), config)
        _keep_paragraph_with(doc, find)
    casting = cast_voices(doc.characters, config)
    config_all = Config(**{**config.__dict__, "author_notes": "narrator"})
    chapters = plan_audio(doc, casting, config_all)
    lines = [line for ch in chapters for line in ch.lines]
    if not lines:
        raise ConfigError("the passage has nothing to speak.")
    from .pipeline import _engine_version

    cache = ClipCache(cache_dir or default_cache_dir(), _engine_version(engine_name))
    requests = [ClipRequest(l.speech, l.voice) for l in lines]
    clips, _ = synthesize_all(requests, cache, engine_name=engine_name, jobs=1)
    audio, _ = stitch_chapter([(clips[cache.key(r)], l.pause_before_ms) for r, l in zip(requests, lines)], tail_ms=300)
    export_segment_mp3(audio, out_path, Tags(title="ficaudio preview", artist=None, album=doc.title))
    described = [
        f"{(l.segment.speaker or 'NARRATOR') if l.segment.kind in ('dialogue', 'thought') else 'NARRATOR'} "
        f"({l.voice.voice_id}): {l.speech[:70]}"
        for l in lines
    ]
    return PreviewResult(out_path, described)


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
