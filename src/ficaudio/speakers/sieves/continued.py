"""An unclosed quotation running on into this paragraph keeps its speaker."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..attribute import Attributor
    from . import Decision, ParagraphContext

LABEL = "speech continues from the previous paragraph"


def sieve(att: Attributor, para: ParagraphContext) -> Decision | None:
    st = att.state
    first = para.first_dialogue
    if id(first) in para.own:
        return para.own[id(first)]  # the line's own tag, found before any sieve
    if first.quote_id is not None and first.quote_id == st.last_quote_id and st.last_paragraph_speaker:
        decision = (st.last_paragraph_speaker, LABEL)
        para.own[id(first)] = decision  # it is that line's own: no vocative check overrides it
        return decision
    return None
