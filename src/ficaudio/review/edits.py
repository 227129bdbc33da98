"""Changes to voices.yaml, written as a person would write them by hand.

The review page never keeps a state of its own: every correction becomes an
``overrides:`` entry (``- {text: "...", speaker: Tobias}``, matched by the
line's words as ``pipeline.apply_overrides`` reads them) or a change under
``characters:``/``narrator:``. The file is edited as a ruamel round-trip
document, so comments and layout stay; the result must load
(``config.config_from_text``) before it replaces the file, atomically.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Collection

from ..config import block_section, config_from_text, dump_document, load_document, parse_yaml, write_text_atomic
from ..model import SPOKEN_KINDS

CHARACTER_FIELDS = ("voice", "rate", "pitch", "gender", "aliases")
"""What the cast panel changes; in this order in a new entry."""
NARRATOR_FIELDS = ("voice", "rate", "pitch")


@dataclass(frozen=True)
class OverrideEdit:
    """Pin the lines containing ``text`` to ``speaker`` and/or ``kind``; or, with ``remove``, unpin them."""

    text: str
    speaker: str | None = None
    kind: str | None = None
    remove: bool = False


@dataclass(frozen=True)
class CastEdit:
    """Set (or, with None, remove) some of a character's fields; ``name`` None is the narrator."""

    name: str | None
    values: dict[str, Any] = field(default_factory=dict)


def normalise(text: str) -> str:
    """Words as overrides match them: runs of whitespace as one space."""
    return " ".join(text.split())


def apply_edits(path: Path, overrides: list[OverrideEdit], cast: list[CastEdit], *,
                known_voice_ids: Collection[str] | None = None) -> str:
    """Apply the edits to the voices.yaml at ``path`` and replace it atomically; returns the new text.

    Raises:
        ConfigError: the file, or the file as edited, does not load (nothing is written then).
        OutputError: the file cannot be written.
    """
    doc = load_document(path) if path.exists() else None
    if doc is None:
        doc = parse_yaml("{}\n", path)
        doc.fa.set_block_style()
    for edit in overrides:
        _apply_override(doc, edit)
    for edit in cast:
        _apply_cast(doc, edit)
    text = dump_document(doc)
    config_from_text(text, path, known_voice_ids=known_voice_ids)  # never write a file that would not load
    write_text_atomic(path, text)
    return text


def _block_seq(doc: Any, key: str):
    from ruamel.yaml.comments import CommentedSeq

    seq = doc.get(key)
    if not isinstance(seq, CommentedSeq):
        seq = CommentedSeq()
        doc[key] = seq
    seq.fa.set_block_style()
    return seq


def _apply_override(doc: Any, edit: OverrideEdit) -> None:
    from ruamel.yaml.comments import CommentedMap
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString

    text = normalise(edit.text)
    seq = _block_seq(doc, "overrides")
    same = [i for i, item in enumerate(seq)
            if isinstance(item, dict) and isinstance(item.get("text"), str) and normalise(item["text"]) == text]
    if edit.remove:
        for i in reversed(same):
            del seq[i]
        if not seq:
            seq.fa.set_flow_style()  # 'overrides: []', as the file began
        return
    if same:
        entry = seq[same[-1]]
    else:
        entry = CommentedMap()
        entry["text"] = DoubleQuotedScalarString(text)
        entry.fa.set_flow_style()
        seq.append(entry)
    if edit.kind is not None:
        entry["kind"] = edit.kind
        if edit.kind not in SPOKEN_KINDS and "speaker" in entry:
            del entry["speaker"]  # a speaker would make the line dialogue again (apply_overrides)
    if edit.speaker is not None:
        entry["speaker"] = edit.speaker
        if entry.get("kind") not in (None, *SPOKEN_KINDS):
            del entry["kind"]


def _apply_cast(doc: Any, edit: CastEdit) -> None:
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if edit.name is None:
        body = block_section(doc, "narrator")
        allowed = NARRATOR_FIELDS
    else:
        section = block_section(doc, "characters")
        key = next((k for k in section if str(k).strip().lower() == edit.name.strip().lower()), None)
        if key is None or not isinstance(section[key], dict):
            key = key if key is not None else edit.name.strip()
            section[key] = CommentedMap()
        body = section[key]
        allowed = CHARACTER_FIELDS
    for name in allowed:  # a fixed order, so a new entry reads voice, rate, pitch, gender, aliases
        if name not in edit.values:
            continue
        value = edit.values[name]
        if value is None or value == "" or value == []:
            if name in body:
                del body[name]
            continue
        if name == "aliases":
            seq = CommentedSeq(value)
            seq.fa.set_flow_style()
            value = seq
        body[name] = value
