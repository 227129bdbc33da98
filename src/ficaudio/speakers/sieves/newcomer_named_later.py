"""A newcomer the narration brings in by description, then 'he'/'she' in the tag of the next line, is the person
the scene names a little later, not someone already there:

    'A woman in a wax jacket is striding across the field towards you.' / '"Is anyone dead?" she shouts.' ...
    '"Afternoon, Mrs Huxtable."'

The pronoun's resolution prefers the people about, and so gives a newcomer's first lines to the known person of
her sex. Here: the previous paragraph is narration whose sentence opens on 'A'/'An' and a person noun ('a man in
a dripping yellow raincoat is standing on the mat'), and a character of the pronoun's sex whom the text first
names (in narration or speech) after that paragraph, within WINDOW characters, is the one meant.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ..vocab import _GENDER_NOUNS

if TYPE_CHECKING:
    from ...model import Segment
    from ..attribute import Attributor

LABEL = "a newcomer, named later"
WINDOW = 2500
"""Characters after the description within which the scene must name the newcomer."""
PARAGRAPH = 600
"""The longest paragraph of description looked at before the line."""
_NOUN_GENDER = {"man": "male", "boy": "male", "lad": "male", "gentleman": "male", "woman": "female", "girl": "female",
                "lady": "female"}
_IRREGULAR_PAST = (
    "came|stood|sat|went|ran|got|knelt|strode|swept|burst|rose|took|held|drew|threw|fell|hung|lay|slid|crept|shook|"
    "wore|broke|began|caught|brought|found|led|left|made|met|saw|sent|shut|struck|swung|thrust|woke|leant|spoke"
)
"""The verbs of a description's sentence that end in neither -s nor -ed: 'A woman in a fur collar came in'."""
_DESCRIBED = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:A|An)\s+(?:[a-z-]+\s+){0,2}(?P<noun>" + "|".join(_NOUN_GENDER) + r")\b[^.!?\"“”‘’]{0,80}?"
    r"\b(?:is|was|are|were|has|had|[a-z]+s|[a-z]+ed|" + _IRREGULAR_PAST + r")\b"
)
"""A sentence whose subject is someone described, not named: 'A woman in a wax jacket is striding across ...'."""
assert set(_NOUN_GENDER) <= set(_GENDER_NOUNS["male"].split("|")) | set(_GENDER_NOUNS["female"].split("|"))


_TAKEN_UP = re.compile(
    r"(?:^|(?<=[.!?]\s))The\s+(?P<noun>" + "|".join(_NOUN_GENDER) + r")\s+(?:[a-z]+ly\s+)?(?:is|was|[a-z]+s|[a-z]+ed|"
    + _IRREGULAR_PAST + r")\b"
)
"""A sentence whose subject is a described newcomer taken up by the noun alone: 'The woman stops at the dahlias.'"""
TAKEN_UP_WINDOW = 1500
"""Characters before the paragraph within which the newcomer must have been described ('A woman with ...')."""


def _first_mentions(att: Attributor) -> tuple[list[int], list[str]]:
    """(offsets, names) of each character's first mention in the text, in order of offset; once per document."""
    memo = att.__dict__.get("_first_mentions")
    if memo is None or memo[0] is not att.doc:
        pattern = att.cast.mention_pattern()
        first: dict[str, int] = {}
        for m in pattern.finditer(att.text) if pattern else ():
            name = att.cast.resolve(m.group(0))
            if name and name not in first:
                first[name] = m.start()
        ordered = sorted((at, name) for name, at in first.items())
        memo = att.__dict__["_first_mentions"] = (att.doc, [a for a, _ in ordered], [n for _, n in ordered])
    return memo[1], memo[2]


def newcomer(att: Attributor, seg: Segment, gender: str) -> str | None:
    """The character a pronoun tag of ``gender`` on ``seg``, the first line of its paragraph, means when the
    paragraph before describes a newcomer of that sex (see the module)."""
    text = att.text
    # Bounded look-backs: a text without blank lines must not make each tag scan back to its start.
    start = text.rfind("\n\n", max(0, seg.start - 8), seg.start)
    if start < 0 or text[start:seg.start].strip(" \t\n\"“‘'«*_"):
        return None  # not the paragraph's first words
    before = text.rfind("\n\n", max(0, start - PARAGRAPH), start)
    if before < 0:
        return None
    previous = text[before + 2 : start]
    if re.search(r"[\"“‘]|(?<!\w)'", previous):
        return None  # a paragraph with speech in it: not a description alone
    described = [m for m in _DESCRIBED.finditer(previous) if _NOUN_GENDER[m.group("noun")] == gender]
    if not described:
        # 'A woman with a clipboard comes down the aisle.' / ... / 'The woman stops at the dahlias.': the same
        # newcomer, taken up by the noun she was described with, a little earlier.
        nouns = {m.group("noun") for m in _TAKEN_UP.finditer(previous) if _NOUN_GENDER[m.group("noun")] == gender}
        earlier = text[max(0, before - TAKEN_UP_WINDOW) : before]
        if not any(m.group("noun") in nouns for par in earlier.split("\n\n") for m in _DESCRIBED.finditer(par.strip())):
            return None
    offsets, names = _first_mentions(att)
    i = bisect.bisect_left(offsets, start)
    while i < len(offsets) and offsets[i] <= seg.start + WINDOW:
        name = names[i]
        if att.cast.gender(name) == gender and name not in (att.cast.narrator, att.cast.reader):
            return name
        i += 1
    return None
