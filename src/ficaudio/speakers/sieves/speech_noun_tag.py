"""A tag that names the line by a noun for speech and its owner: '"..." was his reply', '"..." was Frank's
answer', '"..." was her mother's only reply'; before the line, 'Mary's declaration was, "..."' / 'His answer
was:'. The owner of the noun is the speaker (a relation's owner: that relation), resolved as a tag's name,
pronoun or 'her mother' would be. Tried in own_tag.py beside the speech-verb tags.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import ranker
from ..vocab import _KIN_GENDER, _KIN_WORDS, _NAME, _SPEECH_NOUNS

if TYPE_CHECKING:
    from ...model import Segment
    from ..attribute import Attributor

_KIN = "|".join(sorted({*_KIN_GENDER, *_KIN_WORDS}, key=len, reverse=True))
_OWNED_NOUN = (
    r"(?P<owner>[Hh]is|[Hh]er|[Mm]y|" + _NAME + r")(?:['’]s|\s+s)?"  # 'Mary's', 'Mary s' (an apostrophe lost)
    r"(?:\s+(?P<kin>" + _KIN + r")(?:['’]s|\s+s))?"
    r"\s+(?:[a-z]+\s+){0,2}?(?P<noun>" + _SPEECH_NOUNS + r")\b"
)
_AFTER = re.compile(
    r"[\s,;:—–-]*(?:was|were|came)\s+(?:(?:all|then|therefore|now|only|again|thus|presently|at once)\s+){0,2}"
    + _OWNED_NOUN
)
"""Right after the line: '" was his reply', '" was therefore his answer', '" were Eleanor's first connected words'."""
_BEFORE = re.compile(
    r"(?:^|[.;!?]\s+|\b(?:and|but|then)\s+)" + _OWNED_NOUN + r"\s+(?:was|were)\s*[,:—–-]*\s*$"
)
"""Right before it: 'and Elizabeth's reply was,' / 'His answer was:'."""
LABEL_AFTER = "tag after quote"
LABEL_BEFORE = "tag before quote"


def after(att: Attributor, seg: Segment, segs: list[Segment], mentions, nxt: Segment) -> tuple[str, str] | None:
    m = _AFTER.match(att.text, nxt.start, nxt.end)
    return _decide(att, seg, segs, mentions, m, LABEL_AFTER) if m else None


def before(att: Attributor, seg: Segment, segs: list[Segment], mentions, prev: Segment) -> tuple[str, str] | None:
    start = max(prev.start, prev.end - 160)
    m = _BEFORE.search(att.text[start : prev.end])
    return _decide(att, seg, segs, mentions, m, LABEL_BEFORE, start) if m else None


def _decide(att: Attributor, seg: Segment, segs: list[Segment], mentions, m: re.Match[str], label: str,
            offset: int = 0) -> tuple[str, str] | None:
    """``m`` matched at ``offset`` in the text (0: in the text itself)."""
    owner, kin, at = m.group("owner"), m.group("kin"), offset + m.start("owner")
    words = " ".join(m.group(0).split())
    low = owner.lower()
    if kin:
        relation = _KIN_WORDS.get(kin.lower(), kin.lower())
        if low in ("his", "her"):
            found = att._description(f"{low} {relation}", at, mentions)
        else:
            who = att.resolve(owner, at, segs, mentions)
            found = att._relative_of(who, relation, family_only=True) if who else None
        return (found, f"{label} [description]: {words}") if found else None
    if low in ("his", "her"):
        pronoun = "he" if low == "his" else "she"
        gender = "male" if low == "his" else "female"
        name = att.resolve(pronoun, at, segs, mentions)
        name = ranker.choose_pronoun(att, seg, mentions, at, gender, name, segs[0] is seg)
        return (name, f"{label} [pronoun]: {words}") if name else None
    name = att.resolve(owner, at, segs, mentions)
    return (name, f"{label} [{'pronoun' if low == 'my' else 'name'}]: {words}") if name else None
