"""An untagged reply right after a line that called someone by name is theirs: '..., Lucy?' -- Lucy answers."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..attribute import Attributor
    from . import Decision, ParagraphContext


def sieve(att: Attributor, para: ParagraphContext) -> Decision | None:
    st = att.state
    if len(st.addressed) == 1 and st.last_paragraph_speaker:
        return next(iter(st.addressed)), "addressed in the previous line"
    return None
