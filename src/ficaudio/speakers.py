"""Stage "speakers": find the characters and say who speaks every line.

A cascade of rules, most precise first; each only fills what earlier ones
left open (after Muzny et al. 2017, "A Two-stage Sieve Approach for Quote
Attribution"):

1. a speech tag next to the quote: ``'Hmm,' Sasori muttered``, ``said Mira``,
   ``Odessa whispered, 'No.'``, ``Mia heard Tom advise`` (the name nearest
   before the verb speaks);
2. an action beat in the same paragraph: ``He laughed. 'Oh?'``;
3. the only character named in the paragraph's narration;
4. turn-taking in a run of untagged lines: A, B, A, B.

Names inside the quote are never used: ``'Sasori,' she whispered`` names
the listener. Pronouns resolve to the most recently mentioned character of
that gender. A line nobody can be found for goes to a generic voice of the
right gender ("Unknown woman"), never silently to the narrator.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .model import Character, Document, Segment
from .quotes import _SPEECH_VERBS

UNKNOWN = "Unknown"
UNKNOWN_FEMALE = "Unknown woman"
UNKNOWN_MALE = "Unknown man"
FIRST_PERSON = "Narrator"
GENERIC_SPEAKERS = {UNKNOWN: None, UNKNOWN_FEMALE: "female", UNKNOWN_MALE: "male"}

_PRONOUNS = {"he": "male", "she": "female", "i": "self", "they": None}
_VERB = r"(?:" + _SPEECH_VERBS + r")"
_ADVERB = r"(?:\w+ly\s+)"
_NAME_TOKEN = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Lady|Lord|Sir|Aunt|Uncle|Professor|Captain)\.?\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]+)?"
_TITLE_GENDER = {"mr": "male", "sir": "male", "lord": "male", "uncle": "male", "mrs": "female", "ms": "female",
                 "miss": "female", "lady": "female", "aunt": "female"}

# Capitalised words that are not names.
_NOT_NAMES = set(
    """a an the and but or so if then when while as at by for from in into of on onto to with without
    he she it i we you they his her its our your their him them me us my mine this that these those there here
    what who whom whose which why how where yes no not oh ah well okay ok hey hi hello goodbye please thanks thank
    sorry god gods lord mr mrs ms miss dr sir madam lady chapter part book prologue epilogue one two three four
    five six seven eight nine ten after before again all also always any anyway because both each even ever every
    everyone everything just later maybe never next now nothing once only perhaps since some someone something
    soon still such than though through today tomorrow tonight too until very yet monday tuesday wednesday
    thursday friday saturday sunday january february march april may june july august september october
    november december english christmas valentine valentines heaven hell do don't did didn't does is was are
    were be been being have has had can could would should will shall must might let let's come go get look
    see say said tell okay alright right left don’t can't can’t won't won’t i'm i’m it's it’s that's that’s
    i'll i’ll i've i’ve i'd i’d we're you're they're he's she's there's what's who's disclaimer author note
    a/n an: x xx xxx""".split()
)


@dataclass
class Cast:
    """Characters known for a story: canonical names, aliases, genders."""

    characters: dict[str, Character] = field(default_factory=dict)
    alias_to_name: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, aliases: list[str] | None = None, gender: str | None = None) -> Character:
        char = self.characters.get(name)
        if char is None:
            char = Character(name=name, aliases=[], gender=gender)
            self.characters[name] = char
        elif gender and not char.gender:
            char.gender = gender
        for alias in [name, *(aliases or [])]:
            self.alias_to_name.setdefault(alias, name)
            if alias != name and alias not in char.aliases:
                char.aliases.append(alias)
        return char

    def resolve(self, mention: str) -> str | None:
        mention = " ".join(mention.split())
        if mention in self.alias_to_name:
            return self.alias_to_name[mention]
        # 'Sakura Haruno' -> 'Sakura'; 'Mr. Darcy' stays apart from 'Mrs. Darcy' (titles differ).
        parts = mention.replace(".", "").split()
        if parts and parts[0].lower() in _TITLE_GENDER:
            return self.alias_to_name.get(mention.replace(".", "")) or self.alias_to_name.get(" ".join(parts))
        for part in parts:
            if part in self.alias_to_name:
                return self.alias_to_name[part]
        return None

    def mention_pattern(self) -> re.Pattern[str] | None:
        names = sorted(self.alias_to_name, key=len, reverse=True)
        if not names:
            return None
        return re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w’]|'\w)")


def discover_characters(doc: Document, configured: list[tuple[str, list[str], str | None]] | None = None) -> Cast:
    """Find speaking characters in the narration and merge those configured.

    Args:
        configured: (name, aliases, gender) from voices.yaml or the work's tags.
    """
    cast = Cast()
    for name, aliases, gender in configured or []:
        cast.add(name, aliases, gender)
    text = doc.text
    tag_subjects: Counter[str] = Counter()
    capitalised: Counter[str] = Counter()
    sentence_initial: Counter[str] = Counter()
    tag_after = re.compile(r"^\W*(?:" + _VERB + r")\s+(" + _NAME_TOKEN + r")|^\W*(" + _NAME_TOKEN + r")\s+" + _ADVERB + r"?" + _VERB + r"\b")
    tag_before = re.compile(r"(" + _NAME_TOKEN + r")\s+" + _ADVERB + r"?" + _VERB + r"\b[^.!?]{0,40}[,:]?$")
    for seg in doc.segments:
        if seg.kind != "narration":
            continue
        chunk = text[seg.start : seg.end]
        for m in re.finditer(r"(?<![\w'’])[A-Z][a-z][\w'’-]*", chunk):
            word = m.group(0)
            if word.lower() in _NOT_NAMES or word.lower().rstrip("'’s") in _NOT_NAMES:
                continue
            before = chunk[: m.start()].rstrip()
            if not before or before[-1] in ".!?\"”'’:":
                sentence_initial[word] += 1
            else:
                capitalised[word] += 1
        for m in (tag_after.match(chunk), tag_before.search(chunk)):
            if m:
                name = next(g for g in m.groups() if g)
                first = name.split()[0]
                if first.lower() not in _NOT_NAMES and name.lower() not in _PRONOUNS:
                    tag_subjects[_strip_possessive(name)] += 1
    for name, count in tag_subjects.items():
        if cast.resolve(name) is None and name.split()[0].lower() not in _NOT_NAMES:
            cast.add(name)
    for word, count in capitalised.items():
        if count + sentence_initial[word] >= 3 and cast.resolve(word) is None and count >= 2:
            cast.add(word)
    _infer_genders(doc, cast)
    return cast


def _strip_possessive(name: str) -> str:
    return re.sub(r"['’]s$", "", name)


def _infer_genders(doc: Document, cast: Cast) -> None:
    """Gender from the pronouns that follow a character's name, and titles."""
    pattern = cast.mention_pattern()
    if pattern is None:
        return
    text = doc.text
    votes: dict[str, Counter[str]] = {name: Counter() for name in cast.characters}
    for m in pattern.finditer(text):
        name = cast.resolve(m.group(0))
        if name is None:
            continue
        title = m.group(0).split()[0].rstrip(".").lower()
        if title in _TITLE_GENDER:
            votes[name][_TITLE_GENDER[title]] += 3
        window = text[m.end() : m.end() + 120]
        stop = re.search(r"[.!?]\s", window)
        window = window[: stop.end() + 60] if stop else window
        # The first pronoun after a name most often refers to it.
        pm = re.search(r"\b(she|her|herself|he|him|his|himself)\b", window, re.IGNORECASE)
        if pm and not pattern.search(window[: pm.start()]):
            votes[name]["female" if pm.group(1).lower().startswith(("she", "her")) else "male"] += 1
    for name, char in cast.characters.items():
        if char.gender:
            continue
        v = votes[name]
        female, male = v["female"], v["male"]
        if female + male >= 1 and (female >= 2 * male or male >= 2 * female):
            char.gender = "female" if female > male else "male"


def attribute_speakers(doc: Document, cast: Cast) -> Document:
    """Set ``speaker`` on every dialogue and thought segment; fill doc.characters."""
    text = doc.text
    pattern = cast.mention_pattern()
    recent: list[str] = []  # characters in order of last mention, most recent last

    def mention(name: str) -> None:
        if name in recent:
            recent.remove(name)
        recent.append(name)

    def by_pronoun(pronoun: str, exclude: str | None = None) -> str | None:
        gender = _PRONOUNS.get(pronoun.lower())
        if gender == "self":
            return FIRST_PERSON
        for name in reversed(recent):
            if name == exclude:
                continue
            if gender is None or cast.characters[name].gender == gender:
                return name
        return None

    def resolve(mention_text: str, exclude: str | None = None) -> str | None:
        if mention_text.lower() in _PRONOUNS:
            return by_pronoun(mention_text, exclude)
        return cast.resolve(_strip_possessive(mention_text))

    last_speakers: list[str] = []  # speakers of the current conversation, most recent last
    last_dialogue_paragraph = -10

    for chapter in doc.chapters:
        by_paragraph: dict[int, list[Segment]] = {}
        for seg in chapter.segments:
            by_paragraph.setdefault(seg.paragraph, []).append(seg)
        recent.clear()
        last_speakers.clear()
        for paragraph, segs in sorted(by_paragraph.items()):
            spoken = [s for s in segs if s.kind in ("dialogue", "thought")]
            narration = [s for s in segs if s.kind == "narration"]
            if not spoken:
                for s in narration:
                    for name in _mentions(text, s, pattern, cast):
                        mention(name)
                if narration and paragraph - last_dialogue_paragraph > 1:
                    pass
                continue
            speaker, why = _find_speaker(text, segs, pattern, cast, resolve, recent)
            if speaker is None and any(s.kind == "dialogue" for s in spoken):
                if paragraph - last_dialogue_paragraph <= 2 and len(last_speakers) >= 2:
                    speaker, why = last_speakers[-2], "turn-taking"
                elif paragraph - last_dialogue_paragraph <= 2 and last_speakers:
                    other = next((n for n in reversed(recent) if n != last_speakers[-1]), None)
                    if other:
                        speaker, why = other, "turn-taking (other person present)"
            if speaker is None:
                speaker, why = _generic_for(segs, text), "unattributed"
            for s in spoken:
                if s.kind == "thought" and s.speaker:
                    continue
                s.speaker, s.why = speaker, why
            for s in narration:
                for name in _mentions(text, s, pattern, cast):
                    mention(name)
            if speaker in cast.characters:
                mention(speaker)
            if any(s.kind == "dialogue" for s in spoken):
                if not last_speakers or last_speakers[-1] != speaker:
                    last_speakers.append(speaker)
                last_dialogue_paragraph = paragraph
            if len(narration) and sum(len(text[s.start : s.end].split()) for s in narration) > 60:
                last_speakers.clear()
                if speaker:
                    last_speakers.append(speaker)

    _count_lines(doc, cast)
    return doc


def _mentions(text: str, seg: Segment, pattern: re.Pattern[str] | None, cast: Cast) -> list[str]:
    if pattern is None:
        return []
    names = []
    for m in pattern.finditer(text, seg.start, seg.end):
        name = cast.resolve(m.group(0))
        if name:
            names.append(name)
    return names


_TAG_AFTER = re.compile(
    r"^[\s,;:—–-]*(?:" + _ADVERB + r")?(?:(?P<verb1>" + _VERB + r")\s+(?P<who1>" + _NAME_TOKEN + r"|he|she|I|they)\b"
    r"|(?P<who2>" + _NAME_TOKEN + r"|he|she|I|they)\s+(?:\w+ly\s+)?(?:" + _VERB + r")\b)"
)
_TAG_BEFORE = re.compile(
    r"(?P<who>" + _NAME_TOKEN + r"|\b[Hh]e|\b[Ss]he|\bI|\b[Tt]hey)\s+(?:\w+ly\s+)?(?:" + _VERB + r")\b[^.!?'\"‘“]{0,60}[,:]?$"
)
_NEAREST_BEFORE_VERB = re.compile(
    r"(?P<who>" + _NAME_TOKEN + r"|\b[Hh]e|\b[Ss]he|\bI)\s+(?:\w+ly\s+)?(?:" + _VERB + r")\b"
)
_SUBJECT = re.compile(r"^[\s,;:—–-]*(?:(?:And|But|Then|So|Suddenly|Finally)\s+)?(?P<who>" + _NAME_TOKEN + r"|He|She|I)\b(?!['’]s)")


def _find_speaker(text, segs, pattern, cast, resolve, recent) -> tuple[str | None, str]:
    """Rules 1-3 for one paragraph holding at least one spoken segment."""
    first_spoken = next(i for i, s in enumerate(segs) if s.kind in ("dialogue", "thought"))
    # Rule 1a: tag right after a quote: 'Hmm,' Sasori muttered. / 'No,' said Mira.
    for i, s in enumerate(segs):
        if s.kind != "narration" or i == 0 or segs[i - 1].kind not in ("dialogue", "thought"):
            continue
        clause = _first_clause(text[s.start : s.end])
        m = _TAG_AFTER.match(clause)
        if m:
            who = m.group("who1") or m.group("who2")
            name = resolve(who)
            if name:
                return name, f"tag after quote: {clause.strip()[:40]}"
        # A tag inside a longer clause: 'You should go,' Mia heard Tom advise.
        for m in _NEAREST_BEFORE_VERB.finditer(clause):
            pass
        last = None
        for m in _NEAREST_BEFORE_VERB.finditer(clause):
            last = m
        if last is not None and SPEECH_IN(clause):
            name = resolve(last.group("who"))
            if name:
                return name, f"speech verb subject: {clause.strip()[:40]}"
    # Rule 1b: tag before the first quote: Odessa whispered, 'No.'
    if first_spoken > 0 and segs[first_spoken - 1].kind == "narration":
        s = segs[first_spoken - 1]
        chunk = text[s.start : s.end]
        m = _TAG_BEFORE.search(chunk)
        if m:
            name = resolve(m.group("who"))
            if name:
                return name, f"tag before quote: {chunk.strip()[-40:]}"
    # Rule 2: action beat: the subject of a narration sentence next to the quote.
    for s in segs:
        if s.kind != "narration":
            continue
        for sentence in re.split(r"(?<=[.!?])\s+", text[s.start : s.end]):
            m = _SUBJECT.match(sentence)
            if m and m.group("who").split()[0].lower() not in _NOT_NAMES - {"he", "she", "i"}:
                name = resolve(m.group("who"))
                if name:
                    return name, f"action beat: {sentence.strip()[:40]}"
    # Rule 3: the only character named in the paragraph's narration.
    named = {n for s in segs if s.kind == "narration" for n in _mentions(text, s, pattern, cast)}
    if len(named) == 1:
        return named.pop(), "only character named in paragraph"
    return None, ""


def SPEECH_IN(clause: str) -> bool:
    return re.search(r"\b" + _VERB + r"\b", clause) is not None


def _first_clause(chunk: str) -> str:
    m = re.search(r"[.!?]", chunk)
    return chunk[: m.start() + 1] if m else chunk


def _generic_for(segs: list[Segment], text: str) -> str:
    for s in segs:
        if s.kind == "narration":
            m = re.search(r"\b(she|her)\b", text[s.start : s.end], re.IGNORECASE)
            if m:
                return UNKNOWN_FEMALE
            if re.search(r"\b(he|him|his)\b", text[s.start : s.end], re.IGNORECASE):
                return UNKNOWN_MALE
    return UNKNOWN


def _count_lines(doc: Document, cast: Cast) -> None:
    characters = {name: Character(name=c.name, aliases=list(c.aliases), gender=c.gender) for name, c in cast.characters.items()}
    for seg in doc.segments:
        if seg.kind in ("dialogue", "thought") and seg.speaker:
            char = characters.get(seg.speaker)
            if char is None:
                char = Character(name=seg.speaker, gender=GENERIC_SPEAKERS.get(seg.speaker))
                characters[seg.speaker] = char
            char.lines += 1
            char.words += len(doc.text[seg.start : seg.end].split())
    doc.characters = characters
