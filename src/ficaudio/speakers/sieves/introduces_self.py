"""A line in which its speaker says who they are: '"Gage. Mrs Gage. Please don't ring off."', '"Captain Saul
Treadwell, late of the Heron."', '"I'm Hollis."', '"Detective Inspector Vane, Carrow Lane station."'.

Newcomers in fics name themselves as often as they are named: the line is theirs, whoever's turn it was.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..vocab import _NOT_NAMES, _TITLES, RANK_WORDS

if TYPE_CHECKING:
    from ...model import Segment
    from ..attribute import Attributor
    from ..cast import Cast
    from . import Decision, ParagraphContext

LABEL = "introduces themselves"
_NAME = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
_TITLE = r"(?:(?:" + _TITLES + "|" + "|".join(RANK_WORDS) + r")\.?\s+)"
_FULL = r"(?:" + _TITLE + r"{0,2}" + _NAME + r"(?:\s+" + _NAME + r"){0,2})"
_OPENS = r"(?:^|[.!?]\s+)"
_TITLED_AFTER_SHORT = re.compile(r"^(?P<short>" + _NAME + r")\.\s+(?P<who>" + _TITLE + r"{1,2}(?P=short))(?=[.,!?])")
"""'Gage. Mrs Gage.', opening the line (mid-line, 'Yes, Mrs. Wilcox. Mrs. Wilcox, could I ...' calls someone)."""
_FIRST_THEN_FULL = re.compile(_OPENS + r"(?P<first>" + _NAME + r")\.\s+(?P<who>(?P=first)\s+" + _NAME + r")[.!]")
"""'Mattias. Mattias Kerr.': a name, then the same name with a surname (a call does not repeat itself in full)."""
_FULL_THEN_OWN_WORDS = re.compile(
    r"^(?P<who>" + _NAME + r"\s+" + _NAME + r")\.\s+(?=I\b|I['’]|(?:Pleased|Nice|Good|Glad) to meet\b|At your service\b)"
)
"""'Silas Trevithick. I keep this one.', 'Winsome Threlfall. Pleased to meet you.': a full name alone opening the
line, then the speaker's own 'I' or a greeting (a call by a full name goes on to 'you': 'Anne Shirley. You ...')."""
_NAME_FIRST = (_TITLED_AFTER_SHORT, _FIRST_THEN_FULL, _FULL_THEN_OWN_WORDS)
"""The introductions that are a name and a full stop, which read as a call to that name, were it not for what
follows."""
_INTRODUCTIONS = (
    # 'I'm Hollis.', 'My name is Beatrix Lowe', 'The name's Quince.'
    re.compile(_OPENS + r"(?:I['’]m|I am|[Mm]y name is|[Mm]y name['’]s|(?:[Tt]he )?[Nn]ame['’]s)\s+(?P<who>" + _FULL
               + r")(?=[.,!?]|\s+(?:and|but|from|of)\b|$)"),
    _TITLED_AFTER_SHORT,
    # 'Captain Saul Treadwell, late of the Heron.', 'PC Hollis, ma'am.', 'Detective Inspector Vane, Carrow Lane station.'
    re.compile(_OPENS + r"(?P<who>" + _TITLE + r"{1,2}" + _NAME + r"(?:\s+" + _NAME + r")?|" + _NAME + r"\s+" + _NAME
               + r"),\s+(?:late of\b[^.!?]*|ma['’]am|sir|madam|miss|guv|(?:[A-Z][a-z]+\s+){1,3}(?:station|division|"
               r"desk|office|ward|hospital|police|branch|command))[.!]"),
    _FIRST_THEN_FULL,
    _FULL_THEN_OWN_WORDS,
    # 'This is Inspector Vane speaking', 'Vane here.'
    re.compile(_OPENS + r"(?:[Tt]his is|[Ii]t['’]s)\s+(?P<who>" + _FULL + r")\s+speaking\b"),
)


_ANSWER_THEN_NAME = re.compile(
    r"^(?!(?:Hello|Hi|Hey|Oi|Look|Listen|Wait|Please|Sorry|Thanks|Morning|Evening|Night|Goodbye|Bye|Yes|No|Okay|Ok|"
    r"Right|Well|Oh|Come|Stop|Quick|Quiet|Enough)\b)[A-Z][a-z]+\.\s+(?P<who>" + _NAME + r"(?:\s+(?P<surname>" + _NAME
    + r"))?)\.(?=\s|$)"
)
"""'Mine. Dorcas Pymm. Number forty-one.', 'Grandson. Felix.': a one-word answer, then a name alone as the next
sentence (not after a greeting or a call for attention: 'Hello. Felix.', 'Look. Felix.'). A single word there may
be no name ('Good. Quieter.', 'Enormous. Obscene.'): it counts only when the narration writes it mid-sentence."""


def introduced(text: str, seg: Segment, name_first: bool = False, narrated: set[str] | None = None) -> list[str]:
    """The names a line gives its own speaker, as written ('Mrs Gage', 'PC Hollis'); with ``name_first``, only
    from the introductions that open on the name and a full stop. ``narrated``: the words the narration writes as
    names mid-sentence, which a one-word answer's single name must be one of (None: any the cast knows)."""
    chunk = text[seg.start : seg.end]
    found = []
    m = None if name_first else _ANSWER_THEN_NAME.match(chunk)
    if m and m.group("who").split()[-1].lower() not in _NOT_NAMES and (
        m.group("surname") or narrated is None or m.group("who") in narrated
    ):
        found.append(m.group("who"))
    for pattern in _NAME_FIRST if name_first else _INTRODUCTIONS:
        for m in pattern.finditer(chunk):
            who = " ".join(m.group("who").split())
            if who.split()[-1].lower() not in _NOT_NAMES:
                found.append(who)
    return list(dict.fromkeys(found))


def resolve(cast: Cast, who: str) -> str | None:
    """The character an introduction names: the whole form, else with its leading words dropped ('Detective
    Inspector Vane' -> 'Inspector Vane' -> 'Vane')."""
    words = who.split()
    for i in range(len(words)):
        name = cast.resolve(" ".join(words[i:]))
        if name:
            return name
    return None


def sieve(att: Attributor, para: ParagraphContext) -> Decision | None:
    for seg in para.segs:
        if seg.kind != "dialogue" or id(seg) in para.own:
            continue
        for who in introduced(att.text, seg):
            name = resolve(att.cast, who)
            if name and name not in (att.cast.narrator, att.cast.reader):
                return name, f"{LABEL}: {who}"
    return None
