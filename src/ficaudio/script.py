"""The production script: every decision, with the offsets that make it checkable.

Schema (``ficaudio script --json``)::

    {"title": str, "author": str|null,
     "chapters": [{"index": int, "title": str,
                   "segments": [{"kind": "narration"|"dialogue"|"thought"|"author_note"|"heading",
                                 "speaker": str|null, "text": str, "start": int, "end": int}]}]}

``source[start:end] == text`` for every segment.
"""

from __future__ import annotations

import json
from typing import Any

from .model import Document


def script_dict(doc: Document) -> dict[str, Any]:
    return {
        "title": doc.title,
        "author": doc.author,
        "chapters": [
            {
                "index": chapter.index,
                "title": chapter.title,
                "segments": [
                    {
                        "kind": seg.kind,
                        "speaker": seg.reader,
                        "text": doc.segment_text(seg),
                        "start": seg.start,
                        "end": seg.end,
                    }
                    for seg in chapter.segments
                ],
            }
            for chapter in doc.chapters
        ],
    }


def script_json(doc: Document) -> str:
    return json.dumps(script_dict(doc), ensure_ascii=False, indent=2) + "\n"


def screenplay(doc: Document) -> str:
    """A readable script: one line per segment, 'SPEAKER: text'."""
    lines = [doc.title + (f" by {doc.author}" if doc.author else ""), ""]
    for chapter in doc.chapters:
        lines.append(f"== {chapter.index}. {chapter.title} ==")
        for seg in chapter.segments:
            text = " ".join(doc.segment_text(seg).split())
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
