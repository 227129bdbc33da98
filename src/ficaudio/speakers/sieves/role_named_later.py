"""A speaker known only by a role until they say who they are: '"This is the one who drew it?" the stranger
asked.' ... '"Captain Saul Treadwell, late of the Heron."' / '"Ma'am, you have to sign in," the constable called.'
... '"PC Hollis, ma'am."'. The role's lines are the newcomer's who introduces themselves a few lines on, when the
role says nothing after that.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .introduces_self import LABEL as INTRODUCES

if TYPE_CHECKING:
    from ...model import Segment
    from ..attribute import Attributor

LABEL = "a role, then introduced"
WINDOW = 20
"""Paragraphs after the role's first line in which its holder may say who they are (a constable tagged 'the
constable called' gives her name a dozen paragraphs on, when she comes back: 'PC Hollis, ma'am.'; 8 missed her)."""


def _role(name: str | None) -> bool:
    """A speaker the attribution made of a description ('The Stranger', 'The Constable'), not a name."""
    return bool(name) and name.startswith("The ") and len(name.split()) == 2


def name_roles(att: Attributor, paragraphs: list[list[Segment]], known: list[set[str]]) -> None:
    cast = att.cast
    lines = [(i, s) for i, segs in enumerate(paragraphs) for s in segs if s.kind == "dialogue"]
    for role in sorted({s.speaker for _, s in lines if _role(s.speaker)}):
        spoken = [(i, s) for i, s in lines if s.speaker == role]
        first = spoken[0][0]
        before = known[first - 1] if first > 0 else set()
        intro = next((
            (i, s) for i, s in lines
            if first < i <= first + WINDOW and s.why.startswith(INTRODUCES) and s.speaker not in before
            and s.speaker != role and s.speaker in cast.characters and s.speaker not in (cast.narrator, cast.reader)
        ), None)
        if intro is None or any(i > intro[0] for i, _ in spoken):
            continue
        who = intro[1].speaker
        if cast.gender(role) and cast.gender(who) and cast.gender(role) != cast.gender(who):
            continue
        for _, s in spoken:
            s.speaker, s.why = who, f"{LABEL}: {who}"
