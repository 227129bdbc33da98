"""A speaker known by a description until their scene names them: '"Clocks stop," said the young man by the
window.' / '"Your nan wasn't murdered, Caleb."', or '"Memories," said the woman behind the table. Everyone in Copper
Lane called her Granny Tallow.' The description's lines are the person named, when that person is new to the scene:
the one the description's own paragraph names, else the one the reply to its first line calls by name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .role_named_later import _role

if TYPE_CHECKING:
    from ...model import Segment
    from ..attribute import Attributor

LABEL = "a described speaker, then named"


def _described(name: str | None) -> bool:
    """A speaker the attribution made of a description ('The Stranger', 'The Young Man by the Window')."""
    return _role(name) or bool(name) and name.startswith("The ") and any(w.islower() for w in name.split())


def name_described(att: Attributor, paragraphs: list[list[Segment]], known: list[set[str]]) -> None:
    cast = att.cast
    lines = [(i, s) for i, segs in enumerate(paragraphs) for s in segs if s.kind == "dialogue"]
    for described in sorted({s.speaker for _, s in lines if _described(s.speaker)}):
        spoken = [(i, s) for i, s in lines if s.speaker == described]
        first = spoken[0][0]
        before = known[first - 1] if first > 0 else set()
        last_of_first = max(k for k, (i, _) in enumerate(lines) if i == first)
        who = _named_beside(att, paragraphs[first], before) or _called_in_reply(att, lines, last_of_first, before)
        if not who or cast.gender(described) and cast.gender(who) and cast.gender(described) != cast.gender(who):
            continue
        for _, s in spoken:
            s.speaker, s.why = who, f"{LABEL}: {who}"


def _new_to_scene(att: Attributor, names: set[str], before: set[str]) -> set[str]:
    cast = att.cast
    return {n for n in names - before if n in cast.characters and n not in (cast.narrator, cast.reader)}


def _named_beside(att: Attributor, segs: list[Segment], before: set[str]) -> str | None:
    """The one person new to the scene whom the narration of the description's paragraph names."""
    new = _new_to_scene(att, {n for s in segs if s.kind == "narration" for _, n in att._mentions(s)}, before)
    return new.pop() if len(new) == 1 else None


def _called_in_reply(att: Attributor, lines: list[tuple[int, Segment]], k: int, before: set[str]) -> str | None:
    """The one person new to the scene whom the reply to line ``k`` (the next paragraph's first line, someone
    else's) calls by name."""
    i, line = lines[k]
    reply = next(((j, s) for j, s in lines[k + 1 :] if j > i), None)
    if reply is None or reply[0] != i + 1 or reply[1].speaker == line.speaker:
        return None
    new = _new_to_scene(att, att.vocatives(reply[1]) - {reply[1].speaker}, before)
    return new.pop() if len(new) == 1 else None
