"""A bare line right after narration about someone who has not spoken in the scene is theirs: 'Rhona found us at
the gate, in her brother's wax jacket.' / '"Haze! You're on fourth."' -- the one who just came in speaks, not the
one the conversation was with before. In a one-shot told by 'I' (or to 'you') the narration is always about 'me'
as well, so the latest subject it names is the one who came in: the named subject of the paragraph before, who has
not spoken in the scene, has not left, and is not whom the line calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..vocab import is_one_shot

if TYPE_CHECKING:
    from ..attribute import Attributor
    from . import Decision, ParagraphContext

LABEL = "a newcomer the narration was about"
RECENT = 3
"""The subject must be named within this many mentions of the line."""
# Only in a one-shot (vocab.is_one_shot, as discovery's short pieces): in a novel told by 'I' (Styles) the person
# just described is as often listened to as speaking, and the turns after the line go wrong with it (dev -17 +5).


def sieve(att: Attributor, para: ParagraphContext) -> Decision | None:
    st = att.state
    cast = att.cast
    if not is_one_shot(att.text) or not (cast.first_person or cast.reader) or st.last_paragraph_speaker or para.mentions:
        return None  # the paragraph before held a line, or this one names someone itself
    if st.subjects and st.subjects[-1][0] > st.clock - RECENT:
        clock, name = st.subjects[-1]
    else:
        # 'Across the track Coach Dorrity is blowing his whistle': named, though not opening the sentence
        name = next((n for n in st.by_recency() if n not in (cast.narrator, cast.reader)), None)
        clock = st.recent.get(name, 0)
    if clock <= st.clock - RECENT or name in (cast.narrator, cast.reader) or name in st.scene or name in st.gone:
        return None
    if name in att.vocatives(para.first_dialogue) or name == att.tagged_next:
        return None
    return name, LABEL
