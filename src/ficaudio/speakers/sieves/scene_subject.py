"""An opening line nothing else explains: the person the narration was just about.

'Margaret's cheeks burnt. She could not finish her breakfast ...' then
'"Oh, Mrs. Wilcox, I have made the baddest blunder."' -- Margaret, never
the woman she speaks to.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..attribute import Attributor
    from . import Decision, ParagraphContext

MEMORY = 12
"""A sentence subject named within this many mentions may still be the one speaking."""


def sieve(att: Attributor, para: ParagraphContext) -> Decision | None:
    st = att.state
    addressed = att.vocatives(para.first_dialogue)
    # The reply tells on the opener: tagged with the subject's name, it is the subject answering.
    skip = {*addressed, att.tagged_next}
    for clock, name in reversed(st.subjects):
        if clock > st.clock - MEMORY and name not in skip and name != att.cast.narrator:
            return name, "the scene's latest subject"
    return None
