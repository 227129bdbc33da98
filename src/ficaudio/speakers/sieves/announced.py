"""'As we turned in at the gates, John said:' ending the previous paragraph announces this one's speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..attribute import Attributor
    from . import Decision, ParagraphContext


def sieve(att: Attributor, para: ParagraphContext) -> Decision | None:
    if att.state.announced and para.segs[0] is para.first_dialogue:
        return att.state.announced
    return None
