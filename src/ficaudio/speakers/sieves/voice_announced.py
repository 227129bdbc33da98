"""A voice the narration announces before its line: 'Then a woman's voice, old and careful, as if she's reading from
a card.' / '"I've been listening to this station since nineteen sixty-one."'. The line is that voice's, someone not
yet named (a caller, someone behind a door), not the next in turn; the scene may name them later.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import GENERIC_SPEAKERS, UNKNOWN, UNKNOWN_FEMALE, UNKNOWN_MALE
from .introduces_self import LABEL as INTRODUCES

if TYPE_CHECKING:
    from ...model import Segment
    from ..attribute import Attributor
    from . import Decision, ParagraphContext

LABEL = "unnamed voice"
NAMED = "unnamed voice, named by the scene"
_ANNOUNCES = re.compile(
    r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[a-z-]+,?\s+){0,2}?(?:(?P<who>man|woman|girl|boy|child|stranger)['’]s\s+)?voice\b"
    r"(?!\s+(?:of|in|inside)\b)"
)
"""'a woman's voice, old and careful', 'a man's voice, close and calm', 'a voice none of us could mistake'."""
_GENDER = {"man": UNKNOWN_MALE, "boy": UNKNOWN_MALE, "woman": UNKNOWN_FEMALE, "girl": UNKNOWN_FEMALE}


def note(att: Attributor, narration: list[Segment]) -> None:
    """Remember a voice a paragraph of narration announces, for the next paragraph's line."""
    for s in narration:
        m = _ANNOUNCES.search(att.text, s.start, s.end)
        if m:
            voice = _GENDER.get(m.group("who") or "", UNKNOWN)
            att.state.voice_announced = (voice, m.group(0), att.paragraph_no)
            return
    att.state.voice_announced = None


def sieve(att: Attributor, para: ParagraphContext) -> Decision | None:
    announced = att.state.voice_announced
    if not announced or announced[2] != att.paragraph_no - 1:
        return None
    return announced[0], f"{LABEL}: {announced[1]}"


INTRODUCTION_WINDOW = 6
"""Paragraphs after an unnamed voice's line in which the voice may say who it is."""
GREETING_WINDOW = 4
"""Dialogue paragraphs after it in which someone may call the newcomer by name ('"Auntie Perpetua?" said Dee')."""


def name_voices(att: Attributor, paragraphs: list[list[Segment]], known: list[set[str]]) -> None:
    """An unnamed voice's lines are the newcomer's whom the reply greets by name ('"Ferreira! I know that's you."'
    / '"Hi, Mr Dunleavy," I said weakly'), or who introduces themselves a few lines on ('"Who is this?"' /
    '"Detective Inspector Vane, Carrow Lane station."'): someone not named or heard in the chapter before."""
    cast = att.cast
    for i, segs in enumerate(paragraphs):
        voiced = [s for s in segs if s.kind == "dialogue" and s.why.startswith(LABEL + ":")]
        if not voiced:
            continue
        before = known[i - 1] if i > 0 else set()
        found = None
        following = [q for q in paragraphs[i + 1 : i + 1 + INTRODUCTION_WINDOW] if any(s.kind == "dialogue" for s in q)]
        for q in following[:GREETING_WINDOW]:
            reply = next(s for s in q if s.kind == "dialogue")
            said = att.text[reply.start : reply.end].strip(" \"“”'‘’«»")
            # '"Auntie Perpetua?" said Dee faintly': a name alone, asked, calls that person too.
            alone = cast.resolve(said[:-1]) if said.endswith("?") else None
            called = [n for n in sorted(att.vocatives(reply) | {alone} - {None}) if n not in before and n != reply.speaker]
            if called:
                found = called[0] if len(called) == 1 else None
                break
        if found is None:
            found = next((s.speaker for q in following for s in q if s.kind == "dialogue"
                          and s.why.startswith(INTRODUCES) and s.speaker not in before), None)
        if found is None or found in (cast.narrator, cast.reader):
            continue
        voice_gender = GENERIC_SPEAKERS.get(voiced[0].speaker)
        if voice_gender and cast.gender(found) not in (voice_gender, None):
            continue
        generic = voiced[0].speaker
        for s in voiced:
            s.speaker, s.why = found, f"{NAMED}: {found}"
        # The voice's later turns, which the walk gave the generic voice by alternation (or the ranker, not able
        # to choose a generic voice, to someone else): the same voice, now named.
        for q in paragraphs[i + 1 : i + 1 + INTRODUCTION_WINDOW * 2]:
            if q and q[0].scene_break_before:
                break
            for s in q:
                if s.kind == "dialogue" and (s.why.startswith(f"turn-taking, weighed: {generic} by the rule")
                                             or (s.speaker == generic and s.why.startswith("turn-taking"))):
                    s.speaker, s.why = found, f"{NAMED}: {found}, in turn"

