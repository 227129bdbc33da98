"""A thought standing alone, with no tag and no line beside it: the viewpoint character's.

'*He's counting,* Suki thought.' ... then a paragraph '*Brilliant. The whole team will know by tomorrow.*'.
Thoughts are the viewpoint's, not a turn in the talk: the thinker is whoever the story last tagged as thinking
(a first-person story's narrator, when it is told by 'I').
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..attribute import Attributor
    from . import Decision, ParagraphContext

LABEL = "the viewpoint's thought"


_THINKER_NAMED = re.compile(r"[*_]*,?\s*(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)\s+(?:thought|thinks|wondered|wonders)\b")


def _last_thinker(att: Attributor, before: int) -> str | None:
    """The character the latest thought tag before offset ``before`` names ('*He's counting,* Suki thought').
    Scans forward once per document (the walk goes in order), so a novel of thoughts stays linear."""
    memo = att.__dict__.get("_viewpoint_memo")
    if memo is None or memo[0] is not att.doc:
        thoughts = [s for s in att.doc.segments if s.kind == "thought"]
        memo = att.__dict__["_viewpoint_memo"] = [att.doc, thoughts, 0, None]
    _, thoughts, i, thinker = memo
    while i < len(thoughts) and thoughts[i].start < before:
        m = _THINKER_NAMED.match(att.text, thoughts[i].end, thoughts[i].end + 60)
        who = att.cast.resolve(m.group("who")) if m else None
        thinker = who or thinker
        i += 1
    memo[2], memo[3] = i, thinker
    return thinker


def sieve(att: Attributor, para: ParagraphContext) -> Decision | None:
    first = para.first_dialogue
    if first.kind != "thought" or id(first) in para.own or any(s.kind == "dialogue" for s in para.segs):
        return None
    if att.cast.first_person and att.cast.narrator:
        return att.cast.narrator, f"{LABEL}: the narrator"
    thinker = _last_thinker(att, first.start)
    if thinker and thinker in att.cast.characters:
        return thinker, f"{LABEL}: {thinker}"
    return None
