"""'As we turned in at the gates, John said:' ending the previous paragraph announces this one's speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import ranker

if TYPE_CHECKING:
    from ..attribute import Attributor
    from . import Decision, ParagraphContext


def sieve(att: Attributor, para: ParagraphContext) -> Decision | None:
    st = att.state
    if st.announced and para.segs[0] is para.first_dialogue:
        if st.announced_by:
            # 'It was in one of these short meetings ... that she said--': 'she' weighed like a tag's, with the line.
            at, gender, mentions = st.announced_by
            chosen = ranker.choose_pronoun(att, para.first_dialogue, mentions, at, gender, st.announced[0], True)
            if chosen and chosen != st.announced[0]:
                return chosen, f"{st.announced[1]}, weighed: {st.announced[0]} by the rule"
        return st.announced
    return None
