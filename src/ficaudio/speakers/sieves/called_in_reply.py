"""An opening line the reply answers by name: '"So, you are come at last!"' -- '"I am sorry, Mary," replied Anne.'

Tried where turn-taking has no one to alternate with: the one person the next
paragraph's line calls by name (read ahead of the walk, ``Attributor.addressed_next``)
said this one, unless this line itself calls them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..attribute import Attributor
    from . import Decision, ParagraphContext

LABEL = "called by name in the reply"


def sieve(att: Attributor, para: ParagraphContext) -> Decision | None:
    skip = {*att.vocatives(para.first_dialogue), att.tagged_next}
    called = sorted(n for n in att.addressed_next if n not in skip and n in att.cast.characters)
    if len(called) == 1:
        return called[0], LABEL
    return None
