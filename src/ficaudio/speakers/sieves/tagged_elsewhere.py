"""A later line of the paragraph has a tag of its own: the paragraph's untagged lines are that speaker's.

'"Come here." She waited. "Now," said Mira.' -- one speaker per paragraph, as a rule.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..attribute import Attributor
    from . import Decision, ParagraphContext


def sieve(att: Attributor, para: ParagraphContext) -> Decision | None:
    return next((para.own[id(s)] for s in para.segs if id(s) in para.own and s.kind == "dialogue"), None)
