"""Turn-taking seen from both ends of an exchange.

The walk through a chapter decides an untagged line from the lines before
it (A, B, A, B ...). When that chain was started on the wrong foot (a
silent turn in the narration, a third person joining), every line after it
is wrong until the next tag. Here each stretch of consecutive dialogue
paragraphs is looked at whole: untagged lines before the stretch's first
tag take their turns from that tag, counting back in alternation (the same
speaker an even number of paragraphs away, the other one an odd number
away).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import GENERIC_SPEAKERS, Segment
from .sieves.continued import LABEL as CONTINUED

TURN_RULES = ("turn-taking",)
"""The `why` prefixes of lines decided by turn-taking alone (the lines this pass may change)."""


@dataclass
class DialogueParagraph:
    """One paragraph of a chapter, as turn-taking sees it."""

    lines: list[Segment]
    """Its dialogue segments (empty: a narration-only paragraph)."""
    scene_break_before: bool = False

    @property
    def speaker(self) -> str | None:
        return self.lines[0].speaker if self.lines else None

    @property
    def anchored(self) -> bool:
        """Its speaker comes from evidence in the text (a tag, a beat, a name), not from alternation."""
        return bool(self.lines) and not any(self.lines[0].why.startswith(r) for r in TURN_RULES) and (
            self.speaker not in GENERIC_SPEAKERS
        )


@dataclass
class Turn:
    """One speaker's turn: a paragraph, and the paragraphs its unclosed quotation runs on into.

    A story told inside the story ('"In going downstairs ...' over twenty
    paragraphs, each opening a quotation the last one left open) is one turn:
    counted as twenty, alternation gave every other paragraph to the listener.
    """

    paragraphs: list[DialogueParagraph]

    @property
    def _evidence(self) -> DialogueParagraph | None:
        return next((p for p in self.paragraphs if p.anchored and not p.lines[0].why.startswith(CONTINUED)), None)

    @property
    def anchored(self) -> bool:
        return self._evidence is not None

    @property
    def speaker(self) -> str | None:
        evidence = self._evidence
        return (evidence or self.paragraphs[0]).speaker

    @property
    def why(self) -> str:
        return (self._evidence or self.paragraphs[0]).lines[0].why

    def assign(self, speaker: str, why: str) -> None:
        """Give every paragraph of the turn to ``speaker`` (the lines its first speaker had)."""
        for p in self.paragraphs:
            first = p.lines[0].speaker
            for seg in p.lines:
                if seg.speaker == first:
                    seg.speaker, seg.why = speaker, why


def turns(run: list[DialogueParagraph]) -> list[Turn]:
    """The turns of a stretch: a paragraph whose first line continues the previous one's quotation joins its turn."""
    out: list[Turn] = []
    for p in run:
        head = p.lines[0]
        if out and head.quote_id is not None and head.quote_id == out[-1].paragraphs[-1].lines[-1].quote_id:
            out[-1].paragraphs.append(p)
        else:
            out.append(Turn([p]))
    return out


def stretches(paragraphs: list[DialogueParagraph]) -> list[list[DialogueParagraph]]:
    """Runs of consecutive dialogue paragraphs: narration or a scene break ends one."""
    runs: list[list[DialogueParagraph]] = []
    current: list[DialogueParagraph] = []
    for p in paragraphs:
        if not p.lines or p.scene_break_before:
            if current:
                runs.append(current)
            current = [p] if p.lines else []
            continue
        current.append(p)
    if current:
        runs.append(current)
    return runs


def realign_from_later_tags(paragraphs: list[DialogueParagraph], any_partner: bool = False,
                            partner: str | None = None) -> None:
    """Give untagged turns the turn a later tag implies when that tag is nearer than any earlier one.

    ``any_partner``: at an odd count back, with no other tagged speaker in the stretch and the walk's own choice
    the tag's speaker, the other one is whoever else the walk gave a turn of the stretch to, nearest the tag;
    failing that, ``partner`` (a first-person narrator: '—¡Uno!' / '—No cantes antes de tiempo —murmuró ella')."""
    for run in map(turns, stretches(paragraphs)):
        anchors = [i for i, t in enumerate(run) if t.anchored]
        if not anchors:
            continue
        for i, t in enumerate(run):
            if t.anchored:
                continue
            before = [j for j in anchors if j < i]
            after = [k for k in anchors if k > i]
            if not after or before:
                continue  # measured: with a tag earlier in the stretch, the walk forward is right more often
            k = after[0]
            anchor = run[k].speaker
            if (k - i) % 2 == 0:
                speaker = anchor
            else:
                speaker = _partner(run, k, i, anchors, any_partner) or (partner if partner != anchor else None)
            if speaker and speaker != t.speaker:
                t.assign(speaker, f"turn-taking back from a later tag: {run[k].why[:30]}")


def realign_between_tags(paragraphs: list[DialogueParagraph], two_only: bool = False) -> None:
    """Between two tagged turns that alternate (A ... B, an odd number of turns apart), untagged
    turns take A and B in turn: the later tag says who the other person was when the walk guessed.

    ``two_only``: leave the stretch alone when the walk gave one of its untagged turns to a third person
    (someone who joined between the tags: 'Rate mal', sagte sie / 'Nein.' / 'Doch.' / rief Doktor Engel)."""
    for run in map(turns, stretches(paragraphs)):
        anchors = [i for i, t in enumerate(run) if t.anchored]
        for i, k in zip(anchors, anchors[1:]):
            a, b = run[i].speaker, run[k].speaker
            if k - i < 3 or (k - i) % 2 == 0 or a == b or a in GENERIC_SPEAKERS or b in GENERIC_SPEAKERS:
                continue
            if two_only and any(run[j].speaker not in (a, b) for j in range(i + 1, k)):
                continue
            for j in range(i + 1, k):
                speaker = b if (j - i) % 2 else a
                if speaker != run[j].speaker:
                    run[j].assign(speaker, f"turn-taking between tags: {run[k].why[:30]}")


def _partner(run: list[Turn], k: int, i: int, anchors: list[int], any_partner: bool = False) -> str | None:
    """Who alternates with run[k]'s speaker: the nearest other tagged speaker in the run, else the walk's choice
    (``any_partner``: else the nearest other speaker the walk chose in the run)."""
    anchor = run[k].speaker
    others = sorted((j for j in anchors if run[j].speaker != anchor), key=lambda j: abs(j - k))
    if others:
        return run[others[0]].speaker
    walked = run[i].speaker
    if walked != anchor and walked not in GENERIC_SPEAKERS:
        return walked
    if any_partner:
        walks = sorted((j for j, t in enumerate(run) if t.speaker not in (anchor, None, *GENERIC_SPEAKERS)),
                       key=lambda j: abs(j - k))
        return run[walks[0]].speaker if walks else None
    return None


VOICE_LOOKAHEAD = 30
"""An unnamed voice is looked for among the named speakers of this many following paragraphs."""


def name_unnamed_voices(paragraphs: list[DialogueParagraph], gender_of=None) -> None:
    """'"Leaving already?" The voice was soft' -- whose voice: the scene tells later.

    Lines the walk left to an unnamed voice go to the speaker the next
    paragraphs of the same scene name most often in their tags, leaving out
    whoever spoke by name just before the voice (the one it speaks to), and (``gender_of``: name -> gender)
    anyone of the other sex than a man's or a woman's voice.
    """
    for i, p in enumerate(paragraphs):
        voiced = [s for s in p.lines if s.why.startswith("unnamed voice:")]
        if not voiced:
            continue
        before = next((q.speaker for q in reversed(paragraphs[:i])
                       if q.lines and q.anchored and not q.lines[0].why.startswith("unnamed voice")), None)
        named: dict[str, int] = {}
        voice_gender = GENERIC_SPEAKERS.get(voiced[0].speaker)
        for q in paragraphs[i + 1 : i + 1 + VOICE_LOOKAHEAD]:
            if q.scene_break_before:
                break
            for seg in q.lines:
                if seg.why.startswith(("tag after quote [name]", "tag before quote [name]")) and seg.speaker != before:
                    if voice_gender and gender_of and gender_of(seg.speaker) not in (voice_gender, None):
                        continue  # 'a woman's voice' is no man's
                    named[seg.speaker] = named.get(seg.speaker, 0) + 1
        if named:
            who = max(sorted(named), key=named.__getitem__)
            generic = voiced[0].speaker
            for seg in voiced:
                seg.speaker, seg.why = who, f"unnamed voice, named later in the scene: {who}"
            # The voice's later turns, which alternation gave the generic voice (or the ranker, which cannot choose
            # a generic voice, moved to someone else): the same voice, now named.
            previous = p.speaker
            for q in paragraphs[i + 1 : i + 1 + VOICE_LOOKAHEAD]:
                if q.scene_break_before:
                    break
                if q.lines and previous != who:  # in turn: not two of the voice's lines running
                    for seg in q.lines:
                        if seg.why.startswith(f"turn-taking, weighed: {generic} by the rule") or (
                                seg.speaker == generic and seg.why.startswith(TURN_RULES)):
                            seg.speaker, seg.why = who, f"unnamed voice, named later in the scene: {who}, in turn"
                previous = q.speaker if q.lines else None


_BY_NAME = ("tag after quote [name]", "tag before quote [name]")
STRANGER = "a stranger, named later in the scene"
STRANGER_PARTNER = "in turn with a stranger named later"
_A_STRANGER = re.compile(r"^(?:unattributed$|turn-taking, weighed: Unknown(?: man| woman)? by the rule)")
"""Lines whose rule found no one it knew to say them: the walk's generic voice, or the ranker's pick over it."""


def name_strangers(paragraphs: list[DialogueParagraph], known_by: list[set[str]] | None = None) -> None:
    """'"Filthy night."' ... '"Ilse Varga."' / '"I know," said Ilse' -- a stranger the scene names only at its end.

    Lines that no rule could give to anyone known (each left to a generic voice, or weighed onto someone about
    only because the ranker has no generic candidate) go to the one person the same scene later tags by name
    who had not spoken in it before nor been named before those lines (``known_by``: per paragraph, who had been
    named or had spoken by its end): the stranger it was all along.
    """
    start = 0
    for end in range(len(paragraphs) + 1):
        if end < len(paragraphs) and not (paragraphs[end].scene_break_before and end > start):
            continue
        scene, offset = paragraphs[start:end], start
        start = end
        strange = [(i, seg) for i, p in enumerate(scene) for seg in p.lines if _A_STRANGER.match(seg.why)]
        if len(strange) < 2:
            continue
        last = strange[-1][0]
        # Who spoke by evidence of their own (a tag, a beat, a name) up to then: not a stranger ('turn-taking
        # back from a later tag' only counts back from the stranger's own tags).
        known = {seg.speaker for p in scene[: last + 1] for seg in p.lines
                 if not _A_STRANGER.match(seg.why) and not seg.why.startswith(TURN_RULES)}
        named = {seg.speaker for p in scene[last + 1 :] for seg in p.lines if seg.why.startswith(_BY_NAME)} - known
        first = offset + strange[0][0]
        if known_by and first > 0:
            named -= known_by[first - 1]
        if len(named) != 1:
            continue
        who = named.pop()
        naming = next(i for i, p in enumerate(scene) for seg in p.lines if seg.speaker == who and seg.why.startswith(_BY_NAME))
        partners = {seg.speaker for p in scene[:naming] for seg in p.lines if not _A_STRANGER.match(seg.why)} - {who}
        if len(partners - set(GENERIC_SPEAKERS)) > 1:
            continue  # a stranger in a two-person exchange only: among several, the lines may be anyone's
        # Taken in turn with whoever else speaks: the stranger's line answers the other's, and the other's hers.
        previous = other = None
        for p in scene:
            if not p.lines:
                continue
            if any(_A_STRANGER.match(seg.why) for seg in p.lines):
                speaker = other if previous == who and other else who
                why = f"{STRANGER}: {who}" if speaker == who else f"{STRANGER_PARTNER}: {who}"
                for seg in p.lines:
                    seg.speaker, seg.why = speaker, why
            previous = p.lines[0].speaker
            if previous != who and previous not in GENERIC_SPEAKERS:
                other = previous

