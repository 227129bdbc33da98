"""An opening line nothing else explains: the person the narration was just about.

'Margaret's cheeks burnt. She could not finish her breakfast ...' then
'"Oh, Mrs. Wilcox, I have made the baddest blunder."' -- Margaret, never
the woman she speaks to. The choice is weighed by the turn-taking ranker
(speakers/ranker.py) like turn-taking's: alone the rule was right 46% of the
time; weighed, held out, the dev corpus gained 0.2 points (15 novels up, 1 down).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .. import ranker

if TYPE_CHECKING:
    from ..attribute import Attributor
    from . import Decision, ParagraphContext

LABEL = "the scene's latest subject"
WEIGHED = "the scene's latest subject, weighed"
MEMORY = 12
"""A sentence subject named within this many mentions may still be the one speaking."""


def sieve(att: Attributor, para: ParagraphContext) -> Decision | None:
    st = att.state
    addressed = att.vocatives(para.first_dialogue)
    # The reply tells on the opener: tagged with the subject's name, it is the subject answering.
    skip = {*addressed, att.tagged_next}
    if not para.mentions:  # a bare line right after another's: a reply, not the last speaker going on
        skip.add(st.last_paragraph_speaker)
    for clock, name in reversed(st.subjects):
        if clock > st.clock - MEMORY and name not in skip and name != att.cast.narrator:
            chosen = ranker.choose(att, para, name)
            if chosen and chosen != name:
                return chosen, f"{WEIGHED}: {name} by the rule"
            return name, LABEL
    return None
