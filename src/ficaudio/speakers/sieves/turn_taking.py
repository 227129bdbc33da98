"""Alternation in a conversation: A, B, A, B; with one speaker so far, the other person present."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..attribute import Attributor
    from . import Decision, ParagraphContext


def sieve(att: Attributor, para: ParagraphContext) -> Decision | None:
    st = att.state
    turns = [t for t in st.turns if t]
    if len(turns) >= 2 and turns[-2] != turns[-1]:
        return turns[-2], "turn-taking"
    if turns:
        cast = att.cast
        other = next(
            (n for n in st.by_recency() if n != turns[-1] and (n in cast.characters or n == cast.narrator)), None
        )
        if other:
            return other, "turn-taking (other person present)"
    return None
