"""The subject of the narration next to the quote ('He laughed. "Oh?"'), else the one character it names."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import UNKNOWN
from .. import ranker
from .own_tag import mentions_between
from .voice_announced import LABEL as VOICE_LABEL
from ..vocab import _KIN_GENDER, _NOT_NAMES, _PERSON, _SUBJECT, person_word, sentences_at

if TYPE_CHECKING:
    from ...model import Segment
    from ..attribute import Attributor
    from . import Decision, ParagraphContext


ONLY_NAMED = "only character named in paragraph"
_OTHER_PERSON = re.compile(
    r"(?:His|Her)\s+(?:[a-z-]+\s+)?(?:" + _PERSON + "|" + "|".join(_KIN_GENDER)
    + r"|friend|partner|companion|lover|guest|visitor|host|hostess)\b"
)
"""'Her partner', 'His mother': someone else than the owner, unlike 'Her eyes narrowed'."""
_SILENT = re.compile(
    r"\b(?:was|were|remained|kept|fell|stood|sat)\s+(?:quite\s+|still\s+)?(?:silent|quiet|mute|dumb)\b"
    r"|\b(?:said|answered|replied)\s+nothing\b|\bmade\s+no\s+(?:answer|reply|response)\b"
    r"|\b(?:did|could|would)\s+not\s+(?:answer|reply|speak|respond|protest|object|contradict)\b"
    r"|\btoo\s+(?:much\s+)?[a-z]+\s+to\s+(?:speak|answer|reply|say\s+(?:anything|a\s+word))\b"
    r"|\bstopped\s+(?:herself|himself)\s+from\s+saying\b"
)
"""A beat that says its subject did not speak."""
_DEVICE = re.compile(
    r"(?:His|Her|My|Your|Their|The)\s+(?:[a-z-]+\s+)?(?:earpiece|radio|phone|mobile|headset|comms?|intercom|"
    r"receiver|handset|walkie(?:-talkie)?|earbuds?)\s+(?:crackled|crackles|buzzed|buzzes|hissed|hisses|clicked|"
    r"clicks|came to life|comes to life|beeped|beeps|chirped|chirps|sputtered|sputters)\b"
)
"""'Her earpiece crackled.': a voice over a device, someone not in the room, never its wearer."""


def sieve(att: Attributor, para: ParagraphContext) -> Decision | None:
    # '"Look at me, Ralph." He looked at her.' -- the one the line calls is not its speaker.
    called = att.vocatives(para.first_dialogue)
    decision = find(att, para.segs, para.mentions, para.first_dialogue.start, para.silent, called)
    if decision is not None and decision[1] == ONLY_NAMED:
        chosen = ranker.choose(att, para, decision[0])
        if chosen and chosen != decision[0]:
            return chosen, f"{ONLY_NAMED}, weighed: {decision[0]} by the rule"
    return decision


def find(att: Attributor, segs: list[Segment], mentions, quote_start: int,
         silent: set[str] | None = None, called: set[str] = frozenset()) -> Decision | None:
    """The nearest sentence subjects around ``quote_start``: the one just before, just after, then the next ones."""
    text = att.text
    candidates = [c for s in segs if s.kind == "narration" for c in sentences_at(text, s)]  # (offset, sentence)
    silent = set() if silent is None else silent  # filled for the caller too: the ranker leaves them out
    before = [c for c in candidates if c[0] < quote_start]
    after = [c for c in candidates if c[0] > quote_start]
    for at, sentence in before[-1:] + after[:1] + before[-2:-1] + after[1:2]:
        m = _SUBJECT.match(sentence)
        if not m:
            continue
        who = m.group("who")
        device = _DEVICE.match(sentence, m.start("who"))
        if device:
            return UNKNOWN, f"{VOICE_LABEL}: {device.group(0)}"
        if person_word(who) in _NOT_NAMES - {"he", "she", "i", "his", "her"}:
            continue
        # After the line ('"..." Her brother told her that ...') the owner is the one reacting: left as it was.
        other = _OTHER_PERSON.match(sentence, m.start("who")) if who in ("His", "Her") and at < quote_start else None
        if other:
            # 'Her partner now drew near, and said,': not her -- the one the words describe, if known.
            name = att.resolve(other.group(0), at + m.start("who"), segs, mentions)
            if name and name not in silent and name not in called:
                return name, f"action beat: {sentence.strip()[:40]}"
            owner = att.resolve(who, at + m.start("who"), segs, mentions)
            if owner:
                silent.add(owner)  # leading into the line: whoever it is, not the one whose partner it is
            continue
        name = _resolve_subject(att, who, at, m.end("who"), sentence, segs, mentions)
        if name and _SILENT.search(sentence):
            silent.add(name)  # 'Isabella was silent.' -- whoever speaks next, it is not Isabella
            continue
        if name and name not in silent and name not in called:
            if at > quote_start:
                leading = _leading_beat(att, segs, mentions, after, at, name)
                if leading:
                    silent.add(name)  # '"..." Catherine coloured. Isabella laughed. "It is ...": Catherine listens
                    return leading[0], f"action beat: {leading[1].strip()[:40]}"
            return name, f"action beat: {sentence.strip()[:40]}"
    named = {n for pos, n in mentions if n not in (att.cast.narrator, att.cast.reader) and pos not in att.role_mentioned}
    named -= silent | called
    if len(named) == 1:
        return named.pop(), ONLY_NAMED
    return None


def _resolve_subject(att: Attributor, who: str, at: int, after: int, sentence: str, segs: list[Segment],
                     mentions) -> str | None:
    """The sentence's subject ``who`` (ending at ``after`` in it); a 'he'/'she' is no one the rest of the sentence
    names ('He looked at Tobias over his glasses.': not Tobias)."""
    if who not in ("He", "She"):
        return att.resolve(who, at + after - len(who), segs, mentions)
    named = {n for _, n in mentions_between(mentions, at + after, at + len(sentence))}
    kept = getattr(att, "_addressed", set())
    att._addressed = {*kept, *named}
    try:
        return att.resolve(who, at + after - len(who), segs, mentions)
    finally:
        att._addressed = kept


def _leading_beat(att: Attributor, segs: list[Segment], mentions, after: list[tuple[int, str]], at: int,
                  reacting: str) -> tuple[str, str] | None:
    """Between a line and the next line of its paragraph, a second sentence (of ``after``, the sentences after
    the line) whose subject is someone else than ``reacting``, the subject of the one at ``at`` ('Catherine
    coloured, and disclaimed again. Isabella laughed. "It is very true"'): that one leads into the next line
    and is the one speaking; the first only reacts to what was said. -> (that person, that sentence)."""
    following = next((s.start for s in segs if s.kind == "dialogue" and s.start > at), None)
    if following is None:
        return None
    between = [c for c in after if at < c[0] < following]
    if len(between) != 1:
        return None
    where, sentence = between[0]
    m = _SUBJECT.match(sentence)
    if not m or person_word(m.group("who")) in _NOT_NAMES - {"he", "she"}:
        return None
    name = att.resolve(m.group("who"), where + m.start("who"), segs, mentions)
    return (name, sentence) if name and name != reacting else None
