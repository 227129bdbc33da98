"""Nothing found: a generic voice of the gender the paragraph's pronouns suggest, never the narrator."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import UNKNOWN, UNKNOWN_FEMALE, UNKNOWN_MALE

if TYPE_CHECKING:
    from ...model import Segment
    from ..attribute import Attributor
    from . import Decision, ParagraphContext

_SHE = re.compile(r"\b(she|her)\b", re.IGNORECASE)
_HE = re.compile(r"\b(he|him|his)\b", re.IGNORECASE)


def sieve(att: Attributor, para: ParagraphContext) -> Decision | None:
    return generic_voice(att, para.segs), "unattributed"


def generic_voice(att: Attributor, segs: list[Segment]) -> str:
    for s in segs:
        if s.kind == "narration":
            chunk = att.text[s.start : s.end]
            if _SHE.search(chunk):
                return UNKNOWN_FEMALE
            if _HE.search(chunk):
                return UNKNOWN_MALE
    return UNKNOWN
