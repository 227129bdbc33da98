"""The production script: every decision, with the offsets that make it checkable.

Schema (``ficaudio script --json``)::

    {"title": str, "author": str|null, "language": str,
     "chapters": [{"index": int, "title": str,
                   "segments": [{"kind": "narration"|"dialogue"|"thought"|"author_note"|"heading",
                                 "speaker": str|null, "text": str, "start": int, "end": int,
                                 "speech": str, "why": str, "confidence": float|null}]}]}

``language`` is the story's (a code from ficaudio.languages: 'en', 'fr', ...);
``source[start:end] == text`` for every segment; ``why`` (the id of the rule
that chose the speaker, speakers/decision.py) and ``confidence`` (that rule's
measured precision, 0-1) are on dialogue and thought segments only. For a story in
another language the confidence is the precision measured on the fr/es/de gold stories, or null
where it was not measured (speakers/multilingual.py). ``speech`` is what the engine
is asked to say for it (speech_text.to_speech; '' when it is not read aloud),
present when a ``speech`` function is given (the CLI and renders always do).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Iterator

from .files import replacing
from .model import Chapter, Document, Segment
from .speakers.decision import rule_of

def _other_confidence(rule_id: str, language: str) -> float | None:
    # Imported here: the other languages' rules (and their regexes) load only for a story that needs them,
    # not on every cached English render.
    from .speakers.multilingual import confidence

    return confidence(rule_id, language)


SpeechOf = Callable[[Segment], str]
"""A segment's speech text, e.g. ``functools.partial(pipeline.segment_speech, doc, config=config)``."""


def script_dict(doc: Document, speech: SpeechOf | None = None) -> dict[str, Any]:
    return {"title": doc.title, "author": doc.author, "language": doc.language,
            "chapters": [_chapter_dict(doc, c, speech) for c in doc.chapters]}


def _chapter_dict(doc: Document, chapter: Chapter, speech: SpeechOf | None = None) -> dict[str, Any]:
    segments = []
    for seg in chapter.segments:
        entry = {"kind": seg.kind, "speaker": seg.reader, "text": doc.segment_text(seg), "start": seg.start,
                 "end": seg.end}
        if speech is not None:
            entry["speech"] = speech(seg)
        if seg.reader is not None:
            rule = rule_of(seg)
            entry["why"] = rule.id
            entry["confidence"] = rule.precision if doc.language == "en" else _other_confidence(rule.id, doc.language)
        segments.append(entry)
    return {"index": chapter.index, "title": chapter.title, "segments": segments}


def script_json(doc: Document, speech: SpeechOf | None = None) -> str:
    return "".join(iter_script_json(doc, speech))


def iter_script_json(doc: Document, speech: SpeechOf | None = None) -> Iterator[str]:
    """``json.dumps(script_dict(doc), ensure_ascii=False, indent=2) + "\\n"``, a chapter at a time.

    A render writes the script of a long story without building it whole in memory.
    """
    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, indent=2)

    yield (f'{{\n  "title": {dumps(doc.title)},\n  "author": {dumps(doc.author)},\n'
           f'  "language": {dumps(doc.language)},\n  "chapters": [')
    if not doc.chapters:
        yield "]\n}\n"
        return
    for n, chapter in enumerate(doc.chapters):
        body = _dumps_chapter(_chapter_dict(doc, chapter, speech), "    ")
        yield ("\n    " if n == 0 else ",\n    ") + body
    yield "\n  ]\n}\n"


_scalar = json.JSONEncoder(ensure_ascii=False).encode


def _dumps_chapter(chapter: dict[str, Any], indent: str) -> str:
    """``json.dumps(chapter, ensure_ascii=False, indent=2)`` with every line indented by ``indent``.

    A chapter is flat but for its list of flat segments, so it is laid out here
    and only the scalars go through json (its C encoder): with ``indent`` json
    encodes in Python, which was a tenth of an unchanged re-render.
    """
    inner, item = indent + "  ", indent + "    "
    rows = []
    for key, value in chapter.items():
        if key != "segments":
            rows.append(f"{inner}{_scalar(key)}: {_scalar(value)}")
            continue
        if not value:
            rows.append(f"{inner}{_scalar(key)}: []")
            continue
        segments = ",\n".join(
            f"{item}{{\n" + ",\n".join(f"{item}  {_scalar(k)}: {_scalar(v)}" for k, v in segment.items()) + f"\n{item}}}"
            if segment else f"{item}{{}}"
            for segment in value)
        rows.append(f"{inner}{_scalar(key)}: [\n{segments}\n{inner}]")
    return "{\n" + ",\n".join(rows) + f"\n{indent}}}" if rows else "{}"


def write_script_json(doc: Document, dest: Path, speech: SpeechOf | None = None) -> Path:
    """Write the script to ``dest`` whole or not at all, a chapter at a time."""
    with replacing(dest) as tmp, open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.writelines(iter_script_json(doc, speech))
    return dest


def screenplay(doc: Document, speech: SpeechOf | None = None) -> str:
    """A readable script: one line per segment, 'SPEAKER: text'.

    With ``speech``, each line as it will be spoken ('(not read aloud)' for a
    line that is not), which is how a user finds out why a word sounds wrong.
    """
    lines = [doc.title + (f" by {doc.author}" if doc.author else ""), f"Language: {language_line(doc)}", ""]
    for chapter in doc.chapters:
        lines.append(f"== {chapter.index}. {chapter.title} ==")
        for seg in chapter.segments:
            text = " ".join(doc.segment_text(seg).split()) if speech is None else (speech(seg) or "(not read aloud)")
            if seg.kind == "narration":
                who = "NARRATOR"
            elif seg.kind in ("dialogue", "thought"):
                who = (seg.speaker or "NARRATOR").upper() + (" (thinks)" if seg.kind == "thought" else "")
            else:
                who = f"[{seg.kind.replace('_', ' ')}]"
            if seg.scene_break_before:
                lines.append("   * * *")
            lines.append(f"{who}: {text}")
        lines.append("")
    return "\n".join(lines)


def language_line(doc: Document) -> str:
    """'French (fr, detected from the text)': the story's language and how it was decided."""
    from .languages.detect import StoryLanguage

    return StoryLanguage(doc.language, doc.language_source, doc.language_region).describe()


def skipped_notes(doc: Document) -> str | None:
    """What skipping the author's notes leaves out, and where, for a listener to check at a glance.

    'skipped 3 author's notes, 212 words: start of chapter 1, end of chapter 3'; None when there are none.
    A note is a run of author_note lines; it sits at the start or end of its chapter when no story line
    comes before or after it (headings are not story).
    """
    count = words = 0
    places: list[str] = []
    one_chapter = len(doc.chapters) == 1
    for chapter in doc.chapters:
        segments = chapter.segments
        story_at = [i for i, s in enumerate(segments) if s.kind not in ("author_note", "heading")]
        i = 0
        while i < len(segments):
            if segments[i].kind != "author_note":
                i += 1
                continue
            first = i
            while i < len(segments) and segments[i].kind in ("author_note", "heading"):
                if segments[i].kind == "author_note":
                    words += len(doc.text[segments[i].start : segments[i].end].split())
                i += 1
            count += 1
            edge = ("start" if not story_at or story_at[0] > first
                    else "end" if story_at[-1] < first else "middle")
            place = f"{edge} of the story" if one_chapter else f"{edge} of chapter {chapter.index}"
            if place not in places:
                places.append(place)
    if not count:
        return None
    noun = "author's note" if count == 1 else "author's notes"
    return f"skipped {count} {noun}, {words} word{'s' if words != 1 else ''}: {', '.join(places)}"
