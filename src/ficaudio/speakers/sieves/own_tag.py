"""A line's own speech tag: the first rule tried for every quote, before any paragraph sieve.

After the quote (`"...," said Mira`, `"...," she whispered`, `"...," asserted the
Colonel`, `"...," said her mother`), before it (`Mira turned and said, "..."`,
`Sakura heard Sasori advise, "..."`), an embedded speech verb (`Mia heard Tom
advise`), or an unnamed voice (`a voice said`, `The voice was soft`). A name
the quote itself addresses is never its speaker.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ...model import GENERIC_SPEAKERS
from .. import ranker
from . import introduces_self, newcomer_named_later, speech_noun_tag
from ..vocab import (
    _ABBREVIATION_END,
    _DETERMINERS,
    _EMBEDDED,
    _KIN_GENDER,
    _KIN_WORDS,
    _SAID_TO,
    _POSSESSIVE_AFTER,
    _REPORTED_AFTER_NAME,
    _ME,
    _NAME,
    _OBJECT_BEFORE,
    _PRONOUN_GENDER,
    _SENTENCE_SPLIT,
    _SUBJECT_PRONOUN,
    _TAG_AFTER,
    _TAG_BEFORE,
    _TAG_VERBS,
    _VERB,
    _VOICE,
    _VOICE_MARK,
    _VOICE_OWNER,
    mention_kind,
    sentences_at,
)

_APPOSED_NAME = re.compile(r"(?:\s*,\s*(?:who was\s+)?|\s+)(?P<name>" + _NAME + r")(?![\w'’])(?=\s*(?:[,.;:!?—–]|$))")
"""After 'said the other sister' / 'replied the poet': the name the description stands beside ('said the other
sister, Laura,' / 'replied the poet Syme.' / 'said the boy, who was Freddy,'): the one who speaks."""
_NOT_APPOSITION = {"of", "to", "at", "with", "by", "for", "from", "on", "in", "into", "upon", "after", "and", "or",
                   "but", "as", "than", "towards", "toward", "unto", "beside", "behind", "before"}
_AND_THEN = re.compile(r"[^.!?;]{0,30},\s+and\s+(?:then\s+)?$")
"""Between 'said a voice' and a name: 'said a voice from the doorway, and ' (Priya leans in)."""

if TYPE_CHECKING:
    from ...model import Segment
    from ..attribute import Attributor

_NAME_SENTENCE = re.compile(r"[.!?]?\s+(?P<name>" + _NAME + r")[.!?](?:\s|$)")
"""A sentence that is a name alone: 'Juno.'"""
_VOICE_SENTENCE = re.compile(r"\s*(?:The|A) (?:[a-z]+ ){0,2}voice (?:was|came|sounded|rose|belonged)\b")
_COORDINATED_VERB = re.compile(r",\s*(?:and|but)\s+(?:then\s+)?(?:[a-z]+ly\s+)?$")
"""A speech verb sharing its clause's subject: '..., and added:'."""
_COMPLEMENTIZERS = {"that", "whether", "if", "how", "why", "where"}
"""Words opening a clause inside another: its subject is not the main clause's ('hearing that Dr. Bauerstein had')."""
_TAIL_VERB = re.compile(
    r"\b(?P<verb>" + _TAG_VERBS + r"|saying|asking|answering|calling|crying|shouting|whispering|muttering|adding)\b"
    r"(?P<rest>[^.!?;\"“”‘'’]{0,60}?)[,:—–-]?\s*$"
)

_NOMINAL_SUBJECT = re.compile(
    r"\s*(?:(?:And|But|Then|So|Now|At last|At length)\s*,?\s+)?"
    r"(?P<who>(?:[Tt]he|[Hh]er|[Hh]is|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)"
    r"\s+(?:now\s+|then\s+|[a-z]+ly\s+)?(?!of\b|in\b|at\b|to\b|and\b|or\b|with\b|who\b|whom\b|which\b|that\b)[a-z]+\b"
)
"""A clause opening on a description and its verb: 'The constable put down his cup and said,' / 'his father
encouraged him, ... and said' -- the description is the subject of the speech verb later in the clause."""
_PAST_VERB = (r"(?:[a-z]+ed|shook|took|rose|came|went|made|gave|began|stood|sat|drew|threw|held|put|got|ran|turned|"
              r"looked|broke|spoke|bent|caught|felt|kept|left|let|lifted|knew|saw|thought|cried|said)")
_CLAUSE_NOMINAL = re.compile(
    r"(?:,\s*(?:and|but|while|when|as|till|until)\s+|\b[Tt]hen\s+)"
    r"(?P<who>(?:the|her|his|their|my|our)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*)"
    r"\s+(?:only\s+|now\s+|then\s+|just\s+|[a-z]+ly\s+)?" + _PAST_VERB + r"\b"
)
"""A clause of its own opening on a description, later than any name or he/she: 'When Kitty heard it she was
radiant, but her mother only shook her head and said,' -- the mother says it, not Kitty."""
_CLAUSE_END = re.compile(_ABBREVIATION_END + r"[.!?;]")
_WHO_SAID = re.compile(
    r"(?P<who>" + _NAME + r"),\s+who\b[^.!?;\"“”]{0,80}?\b(?:" + _VERB + r")\b[^.!?;\"“”]{0,40}?[,:—–-]?\s*$"
)
"""'This was broken by Willoughby, who said with a faint smile,' -- a tag before the line, in a relative clause."""


def _first_clause(chunk: str) -> str:
    m = _CLAUSE_END.search(chunk)
    return chunk[: m.start() + 1] if m else chunk


def own_tag(att: Attributor, seg: Segment, segs: list[Segment], mentions) -> tuple[str | None, str]:
    """(speaker, why) from the tag right after or right before ``seg``; else, for a line that opens on its speaker's
    name and a full stop, saying who they are ('"Elias Rook. I kept this light."', '"Mattias. Mattias Kerr."'),
    that person: the line's own evidence, like a tag, so the name it opens on is not taken for whom it addresses;
    or (None, '')."""
    speaker, why = _tagged(att, seg, segs, mentions)
    if speaker is None and seg.kind == "dialogue":
        for who in introduces_self.introduced(att.text, seg, name_first=True):
            name = introduces_self.resolve(att.cast, who)
            if name and name not in (att.cast.narrator, att.cast.reader):
                return name, f"{introduces_self.LABEL}: {who}"
    return speaker, why


def _tagged(att: Attributor, seg: Segment, segs: list[Segment], mentions) -> tuple[str | None, str]:
    """(speaker, why) from the tag right after or right before ``seg``, or (None, '')."""
    # segs.index(seg) compares dataclasses field by field: quadratic on a
    # paragraph of thousands of quotes. Look the position up by identity.
    positions = getattr(att, "_positions", None)
    i = positions[1].get(id(seg), -1) if positions and positions[0] is segs else -1
    if not 0 <= i < len(segs) or segs[i] is not seg:
        att._positions = (segs, {id(s): n for n, s in enumerate(segs)})
        i = att._positions[1][id(seg)]
    text = att.text
    nxt = segs[i + 1] if i + 1 < len(segs) else None
    prev = segs[i - 1] if i > 0 else None
    quote_end = text[seg.end - 1] if seg.end > seg.start else ""
    before = tail_tag(att, prev, segs, mentions, seg) if prev is not None and prev.kind == "narration" else None
    if (
        before
        and quote_end in ".?!…"
        and nxt is not None
        and nxt.kind == "narration"
        and i + 2 < len(segs)
        and segs[i + 2].kind == "dialogue"
        and text[nxt.end - 1] in ",:—–-"
    ):
        # When Pooh asked Christopher Robin, "How?" Christopher Robin said, "..." -- the tag after
        # a finished question leads into the next quote; this one's is before it.
        return before
    if nxt is not None and nxt.kind == "narration":
        noun_tag = speech_noun_tag.after(att, seg, segs, mentions, nxt)
        if noun_tag:
            return noun_tag
        chunk = text[nxt.start : nxt.end]
        clause = _first_clause(chunk)
        closes_sentence = quote_end in ".…" and clause[:1].isupper()
        emb = _EMBEDDED.search(clause)
        if emb:
            name = att.resolve(emb.group("who"), nxt.start + emb.start("who"), segs, mentions)
            if name:
                return name, f"speech verb subject: {clause.strip()[:40]}"
        m = _TAG_AFTER.match(clause)
        named_voice = m and re.search(r"\bVoice\b", m.group("who1") or m.group("who2") or "")
        if m and _VOICE.match((m.group("who1") or m.group("who2") or "").lower()) and not named_voice:
            # 'said a voice' -- but 'said the Voice', capitalised, is what the story calls someone.
            # '"Maintenance," said a voice, and Ilya stepped out': the sentence names the voice at once.
            sentence_end = nxt.start + len(_SENTENCE_SPLIT.split(chunk, 1)[0])
            then = next((n for pos, n in mentions if nxt.start + m.end() <= pos < sentence_end
                         and _AND_THEN.match(text, nxt.start + m.end(), pos)), None)
            if then is None:
                # '"Talk to me," said a voice from somewhere above my knees. Juno.': a name alone as the next
                # sentence says whose voice it was.
                alone = _NAME_SENTENCE.match(text, sentence_end, nxt.end)
                then = att.cast.resolve(alone.group("name")) if alone else None
            if then and then not in GENERIC_SPEAKERS:
                return then, f"unnamed voice, named in its sentence: {chunk[:40].strip()}"
            return _VOICE_MARK, f"unnamed voice: {clause.strip()[:40]}"
        if _VOICE_SENTENCE.match(clause):
            # "'Leaving already?' The voice was soft": a speaker not yet seen or named.
            return _VOICE_MARK, f"unnamed voice: {clause.strip()[:40]}"
        # 'Go.' Mira looked away. -- a new sentence is a tag only with a speech verb in it.
        if m and m.group("who2") and quote_end in ".?!…" and clause[:1].isupper() and _REPORTED_AFTER_NAME.match(clause, m.end()):
            m = None  # '"..." Catherine said nothing.' / 'Mrs. Allen agreed to it.': what they did, not this line
        if m and not (closes_sentence and m.group("who2") and not re.search(r"\b" + _VERB + r"\b", clause)):
            who = m.group("who1") or m.group("who2")
            at = nxt.start + (m.start("who1") if m.group("who1") else m.start("who2"))
            if m.group("who1") and who.split()[0].lower() in _DETERMINERS \
                    and who.split()[-1].lower() not in _NOT_APPOSITION:  # 'inquired the girl of Robert': whom she asks
                apposed = _APPOSED_NAME.match(chunk, m.end("who1"))
                if apposed and att.cast.resolve(apposed.group("name")):
                    who, at = apposed.group("name"), nxt.start + apposed.start("name")
            owned = None
            if m.group("who1"):
                rest = clause[m.end("who1") :]
                stripped = _POSSESSIVE_AFTER.match(rest)  # 'answered Daisy s mamma': an apostrophe lost
                owned = rest if re.search(r"\w['’]s$", who) else rest[stripped.end() :] if stripped else None
            if owned is not None:
                # said Mira's friend Odessa / said Mira's brother / said Minty's young man: the head noun speaks.
                named = re.match(r"\s+((?:[a-z]+\s+){1,2})(" + _NAME + r")", owned)
                head = re.match(r"\s+((?:[a-z]+\s+){0,2}[a-z]+)", owned)
                if named:
                    who = named.group(2)
                elif head:
                    owner = att.cast.resolve(re.sub(r"['’]s$", "", who))
                    relation = _KIN_WORDS.get(head.group(1).split()[-1], head.group(1).split()[-1])
                    found = att._relative_of(owner, relation, family_only=True) if relation in _KIN_GENDER else None
                    if not found and relation in _KIN_GENDER and owner:
                        found = att._relative_of(owner, relation)
                    found = found or att._nominal("the " + head.group(1), at, mentions, owner=owner)
                    if found:
                        return found, f"tag after quote [description]: {clause.strip()[:40]}"
                    return None, ""  # someone of theirs the story does not know: not the owner
            gender = _PRONOUN_GENDER.get(who.lower())
            if gender in ("male", "female") and m.group("who2"):
                told = _told(att, nxt.start + m.end())
                if told:
                    att._addressed = {*att._addressed, told}  # '..." he asked Campbell.' -- not Campbell
                # '"Judas!" he said, and struck the Colonel down': whoever the rest of the tag's sentence names is
                # not 'he' (a pronoun and a name in the clause it governs are two people).
                sentence_end = nxt.start + len(_SENTENCE_SPLIT.split(chunk, 1)[0])
                others = {n for _, n in mentions_between(mentions, nxt.start + m.end(), sentence_end)}
                # 'She looked across at Mary. "Well?" she said.': the same 'she' as the sentence before the line
                # in its paragraph, so not whom that sentence names after her.
                if prev is not None and prev.kind == "narration":
                    others |= _governed_before(att, prev, who, mentions)
                att._addressed = {*att._addressed, *others}
            if gender in ("male", "female") and m.group("who2") and segs[0] is seg:
                later = newcomer_named_later.newcomer(att, seg, gender)
                if later:
                    return later, f"{newcomer_named_later.LABEL}: {clause.strip()[:40]}"
            name = att.resolve(who, at, segs, mentions)
            if gender in ("male", "female"):
                name = ranker.choose_pronoun(att, seg, mentions, at, gender, name, segs[0] is seg)
            if name:
                return name, f"tag after quote [{mention_kind(who)}]: {clause.strip()[:40]}"
    if before:
        return before
    if prev is not None and prev.kind == "narration":
        noun_tag = speech_noun_tag.before(att, seg, segs, mentions, prev)
        if noun_tag:
            return noun_tag
        chunk = text[prev.start : prev.end]
        tail = chunk[-160:]
        m = _TAG_BEFORE.search(tail) or _WHO_SAID.search(tail)
        if m:
            last_sentence = _SENTENCE_SPLIT.split(tail)[-1]
            if m.start() >= len(tail) - len(last_sentence):
                emb = _EMBEDDED.search(last_sentence)
                who = emb.group("who") if emb else m.group("who")
                name = att.resolve(who, prev.start + len(chunk) - len(tail) + m.start("who"), segs, mentions)
                if name:
                    return name, f"tag before quote [{mention_kind(who)}]: {last_sentence.strip()[-40:]}"
    return None, ""


_NEW_SUBJECT_AFTER = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?!(?:at|to|over|in|on|with|and|or|but|nor|of|for|from|by|as|into|onto|across|about|the|a|an|"
    r"his|her|their|its|who|whom|which|that|again|too|once|himself|herself|beside|behind|before|after|than|then|"
    r"while|when|if|so|up|down|out|off|round|around|through|past|under|near|now)\b)[a-z]+\b"
)
"""After a name, a word that may be its verb ('Frank took it'): the name opens a clause of its own."""


def _governed_before(att: Attributor, before: Segment, pronoun: str, mentions) -> set[str]:
    """Whom the sentences of the narration ``before`` a line that open on the same 'he'/'she' name after it, as the
    object of its verbs ('She looked across at Mary over the cups.'), not as a new clause's subject ('He held out
    his hand, and with a glance at his brother, Frank took it')."""
    found: set[str] = set()
    for at, sentence in sentences_at(att.text, before):
        opening = _SUBJECT_PRONOUN.match(sentence.lstrip())
        if not opening or opening.group(0).lower() != pronoun.lower():
            continue
        start = at + len(sentence) - len(sentence.lstrip()) + opening.end()
        for pos, name in mentions_between(mentions, start, at + len(sentence)):
            m = att.pattern.match(att.text, pos) if att.pattern else None
            if m is None or not _NEW_SUBJECT_AFTER.match(att.text, m.end()):
                found.add(name)
    return found


def mentions_between(mentions: list[tuple[int, str]], start: int, end: int) -> list[tuple[int, str]]:
    """The (offset, name) ``mentions`` (sorted by offset) from ``start`` up to ``end``: found by bisection, as a
    paragraph may hold thousands of them (a 1 MB line)."""
    return mentions[bisect.bisect_left(mentions, start, key=lambda m: m[0]) : bisect.bisect_left(mentions, end, key=lambda m: m[0])]


def _told(att: Attributor, at: int) -> str | None:
    """The person a tag's verb is said to, right after it: 'he asked Campbell', 'she said to Mary'."""
    pattern = att.pattern
    name = pattern.search(att.text, at, at + 40) if pattern is not None else None
    if name is None or not _SAID_TO.search(att.text, max(0, name.start() - 30), name.start()):
        return None
    return att.cast.resolve(name.group(0))


def tag_pronoun(att: Attributor, pronoun: str, at: int, clause_start: int, mentions) -> str | None:
    """'he'/'she' in a tag: this paragraph's speaker so far, else the latest subject of that gender here.

    '"...," said Poirot. And as Inglethorp did not understand, he added:' -- Poirot goes on;
    'Robin sighed, trailing Pooh behind him. At the door he turned and said' -- Robin, not Pooh.
    """
    gender = _PRONOUN_GENDER.get(pronoun.lower())
    if gender not in ("female", "male"):
        return None
    cast = att.cast
    speaker = getattr(att, "_paragraph_speaker", None)
    if speaker and cast.gender(speaker) == gender:
        return speaker
    text = att.text
    upto = bisect.bisect_left(mentions, at, key=lambda m: m[0])
    for pos, name in reversed(mentions[max(0, upto - 12) : upto]):  # the latest few: linear overall
        if name == cast.narrator or cast.gender(name) != gender:
            continue
        word = re.search(r"([\w'’]+)\W*$", text[max(0, pos - 25) : pos])
        before = word.group(1).lower() if word else ""
        if before in _OBJECT_BEFORE or before.endswith(("ed", "ing")) and before != "need":
            continue
        if re.match(r"[\w ]*?['’]s\b", text[pos : pos + 30]) and not re.match(r"\w+['’]s\s+(?:been|got)\b", text[pos : pos + 30]):
            continue  # 'Pooh's honey'
        return name
    return None


def _owner(att: Attributor, pos: int) -> bool:
    """Whether the name at ``pos`` is an owner ('Poirot's', 'Mrs Crane's'): the mark right after the name itself,
    not after any later word ('I told him of Poirot's ...' is no owner's 'I')."""
    m = att.pattern.match(att.text, pos) if att.pattern else None
    return bool(m) and att.text.startswith(("'s", "’s"), m.end())


def tail_tag(att: Attributor, prev: Segment, segs: list[Segment], mentions,
             quote: Segment | None = None) -> tuple[str, str] | None:
    """The subject of the last speech verb just before a quote (``quote``, when it is in this paragraph:
    a 'he'/'she' there is then weighed by the pronoun ranker, as in a tag after the quote).

    'Piglet looked up from his Pit, and said, "Got it?"' / 'Christopher Robin whispered to Rabbit,
    and Rabbit said "Yes"' / 'Kanga was fidgeting about and saying "..."': the name or he/she
    nearest before the verb that is not an object ('to Rabbit', 'hugged Tom').
    """
    text = att.text
    att._tail_pronoun = None
    lo = max(prev.start, prev.end - 200)
    m = _TAIL_VERB.search(text, lo, prev.end)
    if not m:
        return None
    # The last speech verb is the one that leads into the quote: 'called Helen, while Margaret said:'.
    while later := _TAIL_VERB.search(text, m.end("verb"), prev.end):
        m = later
    verb_at = m.start("verb")
    # The clause the verb is in: back to the last sentence end or semicolon.
    stop = max(text.rfind(c, lo, verb_at) for c in ".!?;")
    if stop >= 0 and re.match(r"(?:Mr|Mrs|Ms|Dr|St)\.", text[max(lo, stop - 3) : stop + 1][-4:].lstrip()):
        stop = max(text.rfind(c, lo, stop) for c in ".!?;")
    start = stop + 1 if stop >= 0 else lo
    emb = _EMBEDDED.search(text, start, prev.end)
    if emb and emb.start("who") < verb_at:
        # 'Sakura heard Sasori advise,' -- the one heard is the one speaking.
        who = att.resolve(emb.group("who"), emb.start("who"), segs, mentions)
        if who:
            return who, f"tag before quote [{mention_kind(emb.group('who'))}]: {text[start:prev.end].strip()[-40:]}"
    voice = _VOICE_OWNER.search(text, start, prev.end)
    if voice and voice.start("who") < verb_at:
        # 'she could hear his voice saying,': the voice's owner speaks.
        owner = re.sub(r"['’]s$", "", voice.group("who"))
        who = att.resolve(owner, voice.start("who"), segs, mentions)
        gender = _PRONOUN_GENDER.get(owner.lower())
        if quote is not None and gender in ("male", "female"):
            who = ranker.choose_pronoun(att, quote, mentions, voice.start("who"), gender, who, segs[0] is quote)
        if who:
            kind = "pronoun" if gender in ("male", "female") else mention_kind(owner)
            return who, f"tag before quote [{kind}]: {text[start:prev.end].strip()[-40:]}"
    # Names only: a first-person narrator's 'me'/'my' is in mentions too, and 'I' comes below.
    first = bisect.bisect_left(mentions, start, key=lambda m: m[0])
    last = bisect.bisect_left(mentions, verb_at, key=lambda m: m[0])
    candidates = [(pos, name, None) for pos, name in mentions[first:last] if not _ME.match(text, pos)]
    for pm in _SUBJECT_PRONOUN.finditer(text, start, verb_at):
        candidates.append((pm.start(), None, pm.group(0)))
    coordinated = bool(_COORDINATED_VERB.search(text, max(start, verb_at - 30), verb_at))
    clause = None
    for clause in _CLAUSE_NOMINAL.finditer(text, start, verb_at):
        pass  # the last one before the verb
    if clause and all(pos < clause.start("who") for pos, _, _ in candidates):
        who = _described(att, clause, segs, mentions)
        if who:
            return who, f"tag before quote [description]: {text[start:prev.end].strip()[-40:]}"
    for pos, name, pronoun in sorted(candidates, key=lambda c: c[0], reverse=True):
        word_before = re.search(r"([\w'’]+)\W*$", text[max(start, pos - 25) : pos])
        before = word_before.group(1).lower() if word_before else ""
        if not pronoun and (before in _OBJECT_BEFORE or (before.endswith("ed") and before != "need")):
            continue  # 'to Rabbit', 'hugged Tom': not the one speaking
        if before in _COMPLEMENTIZERS and coordinated:
            continue  # '... on hearing that Dr. Bauerstein had been there, and added:' -- not the one adding
        if not pronoun and _owner(att, pos):
            continue  # 'Poirot's excitement': an owner, not a subject
        who = pronoun or name
        if pronoun:
            who = tag_pronoun(att, pronoun, pos, start, mentions) or att.resolve(pronoun, pos, segs, mentions)
            gender = _PRONOUN_GENDER.get(pronoun.lower())
            if gender in ("male", "female"):
                att._tail_pronoun = (pos, gender)  # an announcement's 'she said--' is weighed with its line
            if quote is not None and gender in ("male", "female"):
                who = ranker.choose_pronoun(att, quote, mentions, pos, gender, who, segs[0] is quote)
        if who:
            kind = "pronoun" if pronoun else "name"
            return who, f"tag before quote [{kind}]: {text[start:prev.end].strip()[-40:]}"
        return None
    nominal = _NOMINAL_SUBJECT.match(text, start, verb_at)
    # No name or he/she before the verb: a description opening the clause says it ('The constable put down his cup
    # and said,').
    who = _described(att, nominal, segs, mentions) if nominal else None
    if who:
        return who, f"tag before quote [description]: {text[start:prev.end].strip()[-40:]}"
    return None


def _described(att: Attributor, m: re.Match[str], segs: list[Segment], mentions) -> str | None:
    """Whom the description in group 'who' of ``m`` is: its longest opening words that resolve to someone ('The old
    smith put' -> 'The old smith'), at least a determiner and a noun."""
    words = m.group("who").split()
    for n in range(len(words), 1, -1):
        who = att.resolve(" ".join(words[:n]), m.start("who"), segs, mentions)
        if who:
            return who
    return None
