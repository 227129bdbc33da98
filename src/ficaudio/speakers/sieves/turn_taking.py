"""Alternation in a conversation: A, B, A, B; with one speaker so far, the other person present.

The rule's choice is then weighed against the others about by the learned
ranker (speakers/ranker.py), which may prefer, say, the person the narration
just named.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import ranker

if TYPE_CHECKING:
    from ..attribute import Attributor
    from . import Decision, ParagraphContext


def rule(att: Attributor) -> Decision | None:
    st = att.state
    turns = [t for t in st.turns if t]
    if len(turns) >= 2 and turns[-2] != turns[-1]:
        return turns[-2], "turn-taking"
    if turns:
        cast = att.cast
        other = next(
            (
                n
                for n in st.by_recency()
                if n != turns[-1] and n not in st.gone and (n in cast.characters or n == cast.narrator)
            ),
            None,
        )
        if other:
            return other, "turn-taking (other person present)"
    return None


def sieve(att: Attributor, para: ParagraphContext) -> Decision | None:
    decision = rule(att)
    if decision is None:
        return None
    chosen = ranker.choose(att, para, decision[0])
    if chosen and chosen != decision[0]:
        return chosen, f"turn-taking, weighed: {decision[0]} by the rule"
    return decision
