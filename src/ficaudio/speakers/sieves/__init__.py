"""The paragraph sieves: who speaks a paragraph's lines when no tag of their own says.

Each sieve is a small function in its own file, ``sieve(att, para) ->
(speaker, why) | None``; the first that answers decides the paragraph's
lines that have no tag of their own (a line's own tag, found first, always
wins for that line). ``PARAGRAPH_SIEVES`` is the order, most precise first;
``speakers/decision.py`` names every rule with its measured precision, and
``make accuracy`` prints how many lines each decided and how many of those
were right. To add a rule: write ``sieves/<rule>.py``, put it in the tuple,
add its ``Rule`` to decision.RULES, and keep it if ``make accuracy`` improves
on most novels, not one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...model import Segment
from . import (
    action_beat,
    addressed_before,
    announced,
    called_in_reply,
    continued,
    introduces_self,
    newcomer_subject,
    scene_subject,
    tagged_elsewhere,
    turn_taking,
    unattributed,
    viewpoint_thought,
    voice_announced,
)

if TYPE_CHECKING:
    from ..attribute import Attributor

Decision = tuple[str, str]
"""(speaker, why): why starts with the rule's label (decision.RULES) and quotes the words it read."""


@dataclass
class ParagraphContext:
    """One paragraph as the sieves see it."""

    segs: list[Segment]
    """All its segments, in order."""
    mentions: list[tuple[int, str]]
    """(offset, character) of the names (and a first-person narrator's I/me) in its narration."""
    first_dialogue: Segment
    """The line the paragraph's decision is made for (its first dialogue, else its first thought)."""
    own: dict[int, Decision] = field(default_factory=dict)
    """id(segment) -> the decision of that line's own tag, for the lines that have one."""
    silent: set[str] = field(default_factory=set)
    """Whom the narration says said nothing ('Joss was silent'): not this paragraph's speaker (action_beat)."""


Sieve = Callable[["Attributor", ParagraphContext], Decision | None]

PARAGRAPH_SIEVES: tuple[Sieve, ...] = (
    continued.sieve,
    tagged_elsewhere.sieve,
    introduces_self.sieve,
    announced.sieve,
    action_beat.sieve,
    viewpoint_thought.sieve,
    voice_announced.sieve,
    addressed_before.sieve,
    newcomer_subject.sieve,
    turn_taking.sieve,
    called_in_reply.sieve,
    scene_subject.sieve,
    unattributed.sieve,
)
"""In the order tried; the first answer decides. `unattributed` always answers."""
