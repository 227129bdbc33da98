"""Finding the characters: names from speech tags and recurring capitalised words, merged into people."""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from ..model import SPOKEN_KINDS, Document
from ..speech_text import READER_NAME
from .cast import Cast, _clean_name, _strip_possessive
from .genders import _first_name_genders, infer_genders
from .sieves.introduces_self import introduced
from .vocab import (
    _BROKEN_OFF,
    is_one_shot,
    _CALL_GOES_ON,
    RANK_WORDS,
    TITLE_WORDS,
    _ADV,
    _NAME,
    _NOT_NAMES,
    _PLACE_WORDS,
    _LOCATIVE,
    _PREPOSITIONS,
    _SENTENCE_SPLIT,
    _TITLE_GENDER,
    _TITLE_NOUNS,
    _TITLES,
    _READER,
    _VERB,
    title_class,
)

_WORD = r"[A-Z][a-z](?:[^\W_]|-(?=[^\W_]))*"
"""A capitalised word; hyphens only inside (Winnie-the-Pooh, not Pooh--), no markup underscores."""
_PARTICLE = r"(?:de|du|des|van|von|der|den|da|di|del|della|ten|ter)(?:[ ]|\n(?!\s))"
"""The small word of a surname after a title: 'Professor de Worms'. Not after a first name: 'Leonardo da Vinci' is
more often a name the narration drops than a character."""
_CAP_SEQ = re.compile(
    r"(?<!\w)(?<!\w['’])(?:(?P<title>" + _TITLES + r")\.?\s+(?=" + _PARTICLE + _WORD + r"|[A-Z]))?(?P<name>"
    r"(?(title)(?:" + _PARTICLE + r"(?=" + _WORD + r"))?)" + _WORD + r"(?:['’]s)?(?:(?:[ ]|\n(?!\s))"
    + _WORD + r"(?:['’]s)?){0,2})"
)
_TAG_AFTER_NAME = re.compile(
    r"^[\s,;:—–-]*(?:" + _ADV + r")?(?:(?:" + _VERB + r")\s+(?P<a>" + _NAME + r")|(?P<b>" + _NAME + r")\s+"
    + _ADV + r"?(?:" + _VERB + r"))\b"
)
_TAG_BEFORE_NAME = re.compile(r"(?P<who>" + _NAME + r")\s+" + _ADV + r"?(?:" + _VERB + r")\b[^.!?]{0,40}[,:]?$")
_BEAT_NAME = re.compile(r"^\s*(?P<who>" + _NAME + r")\s+(?:[a-z]+ly\s+)?[a-z]+\b")
_SECOND_PERSON_TAG = re.compile(
    r"^[\s,;:—–-]*(?:(?:" + _VERB + r")\s+" + _READER + r"(?![\w/])|" + _READER + r"\s+" + _ADV + r"?(?:" + _VERB + r")\b)"
)
_VOCATIVE_AROUND = re.compile(r"^(?:|.*[,!?] |.*\b(?:[Dd]ear|[Mm]y|[Oo]h|[Hh]ello|[Hh]ey) )\|[,!?.]?$", re.DOTALL)
"""'<before>|<after>' around a name in speech: at the line's start, after a comma or 'my dear', and
before , ! ? . or the end: the name of whom the line is said to."""
_CALLED_IN_ONE_SHOT = re.compile(r"^(?:.*[.!?] |(?:And|But) )\|[,.?]?$", re.DOTALL)
"""A name opening a sentence inside a line and standing alone or before a comma: '... it. Kit, can you ...'."""
_FIRST_PERSON_TAG = re.compile(r"^[\s,;:—–-]*(?:(?:" + _VERB + r")\s+I\b|I\s+" + _ADV + r"?(?:" + _VERB + r")\b)")


def seeded_cast(configured: list[tuple[str, list[str], str | None]] | None) -> Cast:
    """A cast holding the characters voices.yaml and the work's tags name, before any are found in the text."""
    cast = Cast()
    for name, aliases, gender in configured or []:
        cast.add(name, aliases, gender)
        cast.configured.add(name)
    return cast


def discover_characters(
    doc: Document,
    configured: list[tuple[str, list[str], str | None]] | None = None,
    reader: str = "You",
    reader_insert: bool = False,
) -> Cast:
    """Find speaking characters in the narration and merge those configured.

    Names come from speech tags (``said Mira``) and from capitalised words
    that recur mid-sentence; words that mostly follow a preposition (``in
    Saltmere``) are places, and a surname shared by two full names is no
    one's alone.

    Args:
        configured: (name, aliases, gender) from voices.yaml or the work's tags.
        reader: the character 'you' is in a reader-insert fic ('"Sorry," you say').
        reader_insert: the story is one (voices.yaml has `reader:`, or the work is tagged 'Reader'),
            even without a Y/N in the text.
    """
    if doc.language != "en":  # another language's words and rules (multilingual.py)
        from .multilingual import discover

        return discover(doc, configured)
    cast = seeded_cast(configured)
    text = doc.text
    segments = doc.segments
    total: Counter[str] = Counter()
    mid: Counter[str] = Counter()
    after_prep: Counter[str] = Counter()
    placed: Counter[str] = Counter()  # after 'in', 'from', 'through' ...: where things happen, not who
    tagged: Counter[str] = Counter()
    beats: Counter[str] = Counter()
    acting: Counter[str] = Counter()
    """A one-shot's titled names opening a sentence of narration before a verb ('Mrs Delacourt looked at me')."""
    titled: dict[str, str] = {}
    first_person_tags = 0
    second_person_tags = 0
    called: Counter[str] = Counter()
    """Names said to someone in speech ('Come, Watson!', 'my dear Hastings,'): how a narrator is named."""
    personal: Counter[str] = Counter()
    """Uses only a person gets: called by name in speech ('..., Lucy?'), or owning something ('Lucy's hat')."""
    addressed_titled: Counter[str] = Counter()
    """Titled names said to someone in speech ('Mrs Lambley, ...'): candidates, with their narrated uses."""
    forms_here: dict[int, set[str]] = {}
    """paragraph -> the name forms its narration uses ('Mr Emerson', 'George')."""
    short = is_one_shot(text)
    calls: list[tuple[int, str]] = []
    """(paragraph, name) of each name called in speech, in order."""
    vocatives: defaultdict[str, Counter[str]] = defaultdict(Counter)
    """One word said to someone in speech, by how: 'after' a comma ('Usual, Fennick.'), 'opening' a sentence ('Winnie,
    go on.')."""
    said_to: list[tuple[int, str]] = []
    """(paragraph, word) of each of those calls, in order."""
    after_a_comma: list[tuple[int, str]] = []
    """The same, of the calls after a comma only."""
    tag_of: dict[int, str] = {}
    """paragraph -> the name its speech tag gives ('said Margaret')."""
    narrated_mid = {w for s in segments if s.kind == "narration"
                    for w in re.findall(r"(?<=[a-z,;] )[A-Z][a-z]+", text[s.start : s.end])}
    """Capitalised words the narration writes mid-sentence ('Mr Szabo hands Felix a mop'): names, for introductions."""
    for i, seg in enumerate(segments):
        chunk = text[seg.start : seg.end]
        if seg.kind in SPOKEN_KINDS:
            for who in introduced(text, seg, narrated=narrated_mid) if seg.kind == "dialogue" else ():
                # '"Gage. Mrs Gage."', '"PC Hollis, ma'am."': a person naming themselves, in any text.
                words = who.split()
                while len(words) > 1 and words[0].rstrip(".") in RANK_WORDS:
                    words.pop(0)
                if len(words) > 1 and words[0].rstrip(".") in TITLE_WORDS:
                    titled[" ".join(words)] = words[0].rstrip(".")
                tagged[" ".join(words)] += 1
            for m in _CAP_SEQ.finditer(chunk):
                kind = _vocative_kind(chunk, m)
                if kind:
                    vocatives[m.group("name")][kind] += 1
                    said_to.append((seg.paragraph, m.group("name")))
                    if kind == "after":
                        after_a_comma.append((seg.paragraph, m.group("name")))
                around = chunk[max(0, m.start() - 6) : m.start()] + "|" + chunk[m.end() : m.end() + 1]
                after = chunk[m.end() : m.end() + 1]
                if m.start() == 0 and _BROKEN_OFF.fullmatch(chunk, m.end()):
                    around, after = "|,", ","  # 'Maggie —': a call broken off
                if _VOCATIVE_AROUND.match(around):
                    personal[_clean_name(m.group(0))] += 1
                    ends = m.start() == 0 or not chunk[m.end() + 1 :].strip() or after in "?!" or _ends_a_sentence(chunk, m.end())
                    if m.group("title") and ends and m.group("name").split()[0].lower() not in _NOT_NAMES:
                        # 'Mrs Lambley, could you tell us ...': a title and a name, said to someone, is a person
                        # there to answer, though the narration may only call her 'a tall woman'. Opening or
                        # closing the line: mid-line it may be a list ('Bed one, Mrs Odell, chest infection').
                        full = f"{m.group('title')} {_strip_possessive(m.group('name'))}"
                        addressed_titled[full] += 1
                    # 'Hallo!' is no name; in a one-shot a line that is a name ('Tam.', 'Lowe?') calls someone
                    whole = not chunk[m.end() + 1 :].strip() or m.group("name").split()[0].lower() in _NOT_NAMES
                    # 'Tob. Go.': a name, then words said to its bearer, calls them.
                    whole = whole or (m.start() == 0 and after == "." and bool(_CALL_GOES_ON.match(chunk, m.end() + 1)))
                    if m.start() > 0 or after == "," or (short and after in (".", "?") and whole):
                        called[_strip_possessive(m.group("name")).split()[-1]] += 1
                        calls.append((seg.paragraph, _strip_possessive(m.group("name")).split()[-1]))
                elif short and _CALLED_IN_ONE_SHOT.match(around):
                    # and so does a name opening a sentence of the line ('... it. Kit, can you ...', 'And Tamsin?')
                    called[_strip_possessive(m.group("name")).split()[-1]] += 1
                    calls.append((seg.paragraph, _strip_possessive(m.group("name")).split()[-1]))
            continue
        if seg.kind != "narration":
            continue
        for m in _CAP_SEQ.finditer(chunk):
            name = _strip_possessive(m.group("name"))
            if name != m.group("name"):
                personal[_clean_name(m.group(0))] += 1
            words = name.split()
            while words and words[0].lower() in _NOT_NAMES:
                words.pop(0)
            if not words:
                continue
            name = " ".join(words)
            if m.group("title") and words == _strip_possessive(m.group("name")).split():
                full = f"{m.group('title')} {name}"
                titled[full] = m.group("title")
                total[full] += 1
                mid[full] += 1
                forms_here.setdefault(seg.paragraph, set()).add(full)
            else:
                forms_here.setdefault(seg.paragraph, set()).add(name)
            before = chunk[max(0, m.start() - 40) : m.start()].rstrip()
            initial = (m.start() == 0 or not before or before[-1] in ".!?\"”'’:—") and not m.group("title")
            total[name] += 1
            if not initial:
                mid[name] += 1
            prev_word = before.split()[-1].lower() if before.split() else ""
            if prev_word in _PREPOSITIONS or prev_word in ("the",):
                after_prep[name] += 1
                if prev_word in _LOCATIVE and name == m.group("name"):
                    placed[name] += 1
        if short:
            # 'Mrs Delacourt looked at me over the wreck ...': a titled name as a sentence's subject, doing something.
            for sentence in _SENTENCE_SPLIT.split(chunk):
                b = _BEAT_NAME.match(sentence)
                if b and b.group("who").split()[0].rstrip(".") in TITLE_WORDS and len(b.group("who").split()) == 2:
                    acting[_clean_name(b.group("who"))] += 1
        after_quote = i > 0 and segments[i - 1].kind in SPOKEN_KINDS
        before_quote = i + 1 < len(segments) and segments[i + 1].kind in SPOKEN_KINDS
        m = _TAG_AFTER_NAME.match(chunk) if after_quote else None
        if m:
            tagged[_clean_name(m.group("a") or m.group("b"))] += 1
            tag_of.setdefault(seg.paragraph, _clean_name(m.group("a") or m.group("b")))
        if after_quote and _FIRST_PERSON_TAG.match(chunk):
            first_person_tags += 1
        if after_quote and _SECOND_PERSON_TAG.match(chunk):
            second_person_tags += 1
        m = _TAG_BEFORE_NAME.search(chunk) if before_quote else None
        if m:
            tagged[_clean_name(m.group("who"))] += 1
            tag_of.setdefault(seg.paragraph, _clean_name(m.group("who")))
        elif after_quote or before_quote:
            # An action beat: 'Nell sat up. "..."' names someone who is there to speak.
            for sentence in (_SENTENCE_SPLIT.split(chunk)[-1:] if before_quote else []) + (
                _SENTENCE_SPLIT.split(chunk)[:1] if after_quote else []
            ):
                b = _BEAT_NAME.match(sentence)
                if b and b.group("who").split()[0].lower() not in _NOT_NAMES:
                    beats[_clean_name(b.group("who"))] += 1

    lower_counts = Counter(w.lower() for w in re.findall(r"(?<![\w'’])[a-z][a-z-]+", text))

    beat_minimum = 1 if short else 2
    _unglue_sentence_openers(lower_counts, titled, total, mid, after_prep, tagged, beats)

    # A word of a recurring full name ('Thorpe' of 'John Thorpe') needs no more evidence of its own.
    in_full_names = {w for n, k in mid.items() if k >= 2 and len(n.split()) > 1 and n not in titled for w in n.split()}

    ends_of_full = {n.split()[-1] for n in total if len(n.split()) > 1 and n not in titled}

    def is_name(name: str) -> bool:
        words = name.split()
        if name in titled:
            words = words[1:]
        if not words or words[0].lower() in _NOT_NAMES or words[-1].lower() in _NOT_NAMES:
            return False
        if words[-1].lower() in _PLACE_WORDS and name not in titled:
            return False  # 'Green Gables' is a place, 'Mrs. Hall' a woman
        if name in titled:
            # A one-shot may narrate 'Mrs Fairweather' once; someone calling her by it in speech is a second use.
            # And a title before a first name and a surname ('Captain Rhea Solano is standing over you') is
            # someone, named in full once and then by role ('the captain says').
            return total[name] + (called[words[-1]] if short else 0) >= 2 or tagged[name] >= 1 or (
                short and len(words) >= 2 and mid[name] >= 1 and all(w[:1].isupper() for w in words)
            ) or (short and _titled_in_a_beat(beats[name] + acting[name], total[name], total[' '.join(words)]))
        # An action beat ('Nell sat up.') counts only for a word also seen mid-sentence: one that
        # only ever opens a sentence ('Further on they...', 'Years ago...') is not a name. In a one-shot
        # it may open sentences only, when the narration also gives it in full ('Marcus Dunleavy') or
        # someone calls it in speech ('Mr Dunleavy, ...').
        if len(words) == 1 and not mid[name] and lower_counts[name.lower()] >= 2 and lower_counts[name.lower()] > total[name]:
            return False  # 'Thus thinking, she ...': a word the text writes in lower case, capitalised only to open
        if len(words) == 1 and name not in titled and placed[name] >= 3 and placed[name] * 4 >= total[name]:
            return False  # 'in Italy', 'from Italy', 'through Italy': a place, though it recedes and has a past
        beat_name = beats[name] >= 1 and total[name] >= beat_minimum and (
            mid[name] >= 1 or len(words) > 1 or (short and (name in ends_of_full or called[name] >= 1))
        )
        if (tagged[name] >= 1 or beat_name) and after_prep[name] * 2 <= total[name]:
            return True
        if len(words) == 1 and lower_counts[name.lower()] * 2 > total[name]:
            return False
        if short:  # a short piece: a name said twice is enough, in any of one person's forms
            uses = total[name] + _forms_of_one_person(name, total, titled)
            return uses >= 2 and after_prep[name] * 2 < total[name] and (mid[name] >= 1 or not lower_counts[name.lower()])
        # Recurring mid-sentence is not enough in a long text: 'Italy', 'Gothic', 'Coach and Horses' do too.
        # A person is also called by name or owns things.
        person = personal[name] >= 1 or len(words) > 1 or name in in_full_names
        return mid[name] >= 2 and total[name] >= 3 and after_prep[name] * 2 < total[name] and person

    for full, k in addressed_titled.items():
        surname = full.split()[-1]
        if short and not any(n.split()[-1] == surname for n in total):
            # named only in speech: a one-shot's newcomer. In a novel, and where the narration names the person
            # at all, the narrated forms decide ('Monsieur Poirot' said to Poirot is no one new).
            total[full] += k
            mid[full] += k
            titled.setdefault(full, full.split()[0])
    accepted = [n for n in sorted(set(total) | set(tagged)) if _clean_name(n) == n and is_name(n)]
    entities = _merge_names(accepted, titled, total, tagged, list(forms_here.values()), text)
    for canonical, aliases in entities.items():
        existing = cast.resolve(canonical)
        if existing:
            cast.add(existing, [a for a in aliases if cast.resolve(a) is None])
        else:
            cast.add(canonical, [a for a in aliases if a not in cast.alias_to_name])
    if short:
        _link_once_named(cast, total, titled, lower_counts)
    if second_person_tags and (reader_insert or READER_NAME.search(text)):
        # A reader-insert fic (Y/N, or tagged 'Reader'): the reader speaks ('"Sorry," you say'), cast as a
        # character of their own. Without those marks 'you said' may be someone the narrator talks to.
        cast.reader = reader
        cast.add(reader)
    # A one-shot told by 'I' may never say 'I said': it is first person when others call its narrator by name.
    told_by_me = short and _told_by_me(text, [s for s in segments if s.kind == "narration"], first_person_tags)
    if first_person_tags >= 3 or told_by_me:
        outside = Counter(
            w for s in segments if s.kind == "narration" for w in re.findall(r"\b[A-Z][a-z]+", text[s.start : s.end])
        )
        answered = _answered_by_me(text, segments, calls) if short else Counter()
        to_me = _calls_to_me(text, segments, called, short, answered)
        named = _introduced_narrator(doc, cast, called) or _name_the_narrator(
            cast, to_me, outside, lower_counts, short, answered
        )
        cast.first_person = first_person_tags >= 3 or named
        if short and cast.narrator in cast.characters:
            _titled_calls_to_me(cast, outside, answered)
    # A call answered by a line no tag names: the person called answering ('I do want to know, Vesta.' / '...').
    opens_with_a_line = {s.paragraph for k, s in enumerate(segments) if s.kind in SPOKEN_KINDS
                         and (k == 0 or segments[k - 1].paragraph != s.paragraph)}
    answered_untagged = Counter(w for p, w in after_a_comma if p + 1 in opens_with_a_line and p + 1 not in tag_of)
    _called_names(cast, text, vocatives, total, lower_counts, _answered_by(said_to, tag_of), short, answered_untagged)
    infer_genders(doc, cast)
    if cast.first_person:
        _narrator_gender(doc, cast)
    _link_full_names(cast, text, titled)
    _settle_surnames(cast, list(forms_here.values()), text)
    _bare_titles(cast)
    _pet_names(cast, list(forms_here.values()), total + tagged)
    _call_names(cast, called, total, lower_counts)
    _epithets(cast)
    cast.paragraph_forms = list(forms_here.values())
    return cast


ADDRESSED_MINIMUM = 2
"""Replies that must call a titled speaker by another character's first name ('Mr Vyse' called 'Cecil')
before the two are taken for one person."""


def join_forms_by_address(doc: Document, cast: Cast, vocatives) -> dict[str, str]:
    """After attribution: a titled form and a first-name form that replies use for one speaker are one person.

    'Miss Q' speaks and the answer begins "Adela, ..." (or Adela speaks and is
    answered "Miss Q, ..."): twice or more, and she joins the one character
    such replies call her by -- unless the text sets the two apart: another
    surname ('Catherine Morland' is not 'Mrs Allen'), another sex, both named
    in the same paragraphs of narration ('Mr Emerson' beside 'George'), or,
    for a 'Mrs', the first name also called 'Miss' (a daughter, 'Miss Sibyl').
    The form with fewer lines joins the other; their lines are relabelled.

    Args:
        vocatives: segment -> the characters its words call by name (Attributor.vocatives).

    Returns:
        {joined name: the name it joined}.
    """

    def titled(name: str) -> bool:
        words = name.replace(".", "").split()
        return len(words) >= 2 and words[0] in TITLE_WORDS and words[0].lower() not in _FIRST_NAME_TITLES

    def surnames(name: str) -> set[str]:
        found = set()
        for form in _forms(cast, name):
            words = form.split()
            if len(words) >= 2 and words[0].lower() not in _FIRST_NAME_TITLES:
                found.add(words[-1])
        return found

    # The opening line of each dialogue paragraph, in order: who spoke, and whom the reply calls by name.
    openings: list = []
    for chapter in doc.chapters:
        seen: set[int] = set()
        for seg in chapter.segments:
            if seg.kind == "dialogue" and seg.paragraph not in seen:
                seen.add(seg.paragraph)
                openings.append(seg)
        openings.append(None)  # a chapter's end ends the exchange
    support: Counter[frozenset[str]] = Counter()
    lines: Counter[str] = Counter(seg.speaker for seg in openings if seg is not None)
    previous = None
    for seg in openings:
        if seg is not None and previous is not None and not seg.scene_break_before and (
            seg.paragraph - previous.paragraph <= 2
        ):
            spoke, replier = previous.speaker, seg.speaker
            if replier and spoke and replier != spoke:
                for name in vocatives(seg):
                    if name not in (replier, spoke):
                        support[frozenset((spoke, name))] += 1
        previous = seg
    partners: dict[str, list[str]] = {}
    for pair in support:
        if support[pair] < ADDRESSED_MINIMUM:
            continue  # once is chance: 'Mrs Munt' answered as 'Aunt Juley' six times, as 'Margaret' once
        a, b = sorted(pair)
        if titled(a) == titled(b) or {a, b} & cast.configured or not {a, b} <= set(cast.characters):
            continue
        form, first = (a, b) if titled(a) else (b, a)
        if cast.gender(form) and cast.gender(first) and cast.gender(form) != cast.gender(first):
            continue
        known = surnames(first)
        surname = form.replace(".", "").split()[-1]
        if known and surname not in known:
            continue
        partners.setdefault(form, []).append(first)
    claimed = Counter(first for firsts in partners.values() for first in firsts)
    joined: dict[str, str] = {}
    for form, firsts in sorted(partners.items()):
        # 'Miss Schlegel' answered as Margaret and as Helen: the elder, but which is that? No one.
        if len(firsts) != 1 or claimed[firsts[0]] > 1:
            continue
        first = firsts[0]
        surname = form.replace(".", "").split()[-1]
        given = sorted({w for f in _forms(cast, first) if (w := f.split()[0]).lower() not in _FIRST_NAME_TITLES
                        and w not in TITLE_WORDS} or {f.split()[-1] for f in _forms(cast, first)})
        kind = title_class(form.split()[0])
        if kind == "mrs":
            # 'Mrs Vane' is not her daughter Sibyl, whom the text also calls 'Miss Vane'.
            if re.search(r"\bMiss\.?\s+(?:" + "|".join(map(re.escape, [surname, *given])) + r")\b", doc.text):
                continue
        elif kind == "miss":
            # 'Miss Dashwood' is not Marianne, whom the text calls 'Miss Marianne': the eldest is.
            if any(_younger_sister(doc.text, g, surname, cast) for g in given):
                continue
        elif _forms_apart(_forms(cast, form), _forms(cast, first), cast.paragraph_forms):
            continue  # 'Mr Emerson' beside 'George' in the narration: his father. A narrator names a woman
            # both ways in one paragraph ('Mrs Pontellier' ... 'Edna'), hardly ever a man.
        keep, gone = sorted((form, first), key=lambda n: (-lines[n], n))
        joined[gone] = keep
    for gone, keep in joined.items():
        while keep in joined:
            keep = joined[keep]
        cast.merge(gone, into=keep)
        for seg in doc.segments:
            if seg.speaker == gone:
                seg.speaker = keep
    return joined


_SAID_AFTER_A_COMMA = re.compile(r"[.?!,…—–-]|['’\"”]?\s*$")
_OPENS_A_SENTENCE = re.compile(r"(?:^|[.?!…]\s+)$")


def _vocative_kind(chunk: str, m: re.Match) -> str:
    """How one capitalised word in a line is said to someone: 'after' a comma and before a stop or the line's end
    ('Usual, Fennick.', 'Give it here, Pim,'), or 'opening' a sentence before a comma ('Winnie, go on.'); '' when
    it is not a call, is titled or is several words."""
    name = m.group("name")
    if m.group("title") or " " in name or "\n" in name or name.endswith(("'s", "’s")):
        return ""
    if name.lower() in _NOT_NAMES or name in TITLE_WORDS or name in RANK_WORDS:
        return ""
    if chunk[max(0, m.start() - 2) : m.start()] == ", " and _SAID_AFTER_A_COMMA.match(chunk, m.end()):
        return "after"
    if chunk[m.end() : m.end() + 1] == "," and _OPENS_A_SENTENCE.search(chunk[: m.start()]):
        return "opening"
    return ""


def _called_names(cast: Cast, text: str, calls: dict[str, Counter[str]], total: Counter[str],
                  lower_counts: Counter[str], answers: dict[str, Counter[str]], short: bool,
                  answered_untagged: Counter[str]) -> None:
    """Names the others call someone by, which the narration hardly gives, before genders are inferred.

    A word said to someone in speech ('Meg, dear, ...'), after a comma twice or more in a novel, in a one-shot
    used twice (called, or narrated) and once after a comma or in the narration, that is no name of the cast yet,
    nor a word the text writes in lower case ('Morning, all.'), nor a short or pet form of a cast name ('Sunny' of
    Sunniva, left to _call_names):

    - is a name of the one character whose tagged replies answer it, twice or more ('"Meg, ..."' / '"...," said
      Margaret'; Maggie, whom the answers show to be Mrs Hilbery);
    - in a one-shot, is the first name or surname of the one character the text writes it beside ('Dennis' of
      "Dennis Gedge's wedding suit", a Mr Gedge; 'Lisle' of 'Detective Inspector Harriet Lisle');
    - in a one-shot, is a character of their own otherwise, when the narration names them too ('Winnie, go on.'
      and 'Winnie had assumed she was asleep') or a line no tag names answers a call after a comma ('I do want to
      know, Vesta. Thank you.' / 'Fast enough that I have also told the captain.'): a character known by what the
      others call them.
      Not on calls alone: a first name said once is more often one the narration never gives a titled character
      ('Come here, Gideon.' to Master Harrow); and a name no line answers ('Morning! Fennick, tinker, ...' /
      'Usual, Fennick.', and he goes) measured worse as a newcomer than left out (attribution gave him an unnamed
      voice's lines).

    Args:
        calls: word -> how it is said to someone: 'after' a comma, 'opening' a sentence (_vocative_kind).
        answers: word -> the names of the tags of the replies to it (_answered_by).
        answered_untagged: word -> how often a line no tag names answers its call after a comma.
    """
    for word in sorted(calls):
        kinds = calls[word]
        if short:
            uses = kinds["after"] + kinds["opening"] + total[word]
            if uses < 2 or not (kinds["after"] or total[word]):
                continue
        elif kinds["after"] < 2:
            continue
        if lower_counts[word.lower()] or cast.resolve(word) or word in cast.alias_to_name:
            continue
        forms = {
            name
            for name, char in cast.characters.items()
            for form in [name, *char.aliases]
            for w in form.split()
            if w.rstrip(".") not in TITLE_WORDS and (_call_form_of(word, w) or _call_form_of(w, word))
        }
        if forms or _title_cut_short(cast, word):
            continue
        if any(word in form.split() for name, char in cast.characters.items() for form in (name, *char.aliases)):
            continue  # 'Morstan' of Miss Morstan: a titled name's surname, hers once genders are known
        answered: Counter[str | None] = Counter()
        for who, k in answers.get(word, Counter()).items():
            answered[cast.resolve(who)] += k
        if len(answered) == 1 and None not in answered and sum(answered.values()) >= ANSWERED_MINIMUM:
            cast.add(next(iter(answered)), [word])
            continue
        if not short:
            # A novel's servant, called by name time and again and answering ('Ask him to come in at once,
            # Francis.'), named once in the narration ('Francis was as pale as death').
            called_often = kinds["after"] >= NOVEL_CALLS and answered_untagged[word] >= NOVEL_ANSWERS and total[word]
            if called_often and not _in_a_full_name(cast, text, word):
                cast.add(word)
            continue
        holders = _in_a_full_name(cast, text, word)
        if len(holders) == 1:
            cast.add(holders.pop(), [word])
        elif not holders and (total[word] or answered_untagged[word]):
            cast.add(word)


NOVEL_CALLS = 3
NOVEL_ANSWERS = 2
"""A novel's newcomer: calls after a comma, and of them calls a line no tag names answers (fewer let 'Esq' in)."""
ANSWERED_MINIMUM = 2
"""Tagged replies by one character to a call before the call is taken for a name of theirs."""


def _answered_by(said_to: list[tuple[int, str]], tag_of: dict[int, str]) -> dict[str, Counter[str]]:
    """word -> the names that the speech tags of the next paragraph give, after each call of that word: who answers
    to it."""
    answers: dict[str, Counter[str]] = {}
    for paragraph, word in said_to:
        who = tag_of.get(paragraph + 1)
        if who:
            answers.setdefault(word, Counter())[who] += 1
    return answers


def _in_a_full_name(cast: Cast, text: str, word: str) -> set[str]:
    """'Lisle' of 'Detective Inspector Harriet Lisle', 'Dennis' of "Dennis Gedge's wedding suit": a word the text
    writes beside a name of the cast, as one name, is that character's first name or surname, no one new."""
    w = re.escape(word)
    words: dict[str, set[str]] = {}
    for name, char in cast.characters.items():
        for form in (name, *char.aliases):
            for x in form.split():
                if x.rstrip(".") not in TITLE_WORDS:
                    words.setdefault(x, set()).add(name)
    holders: set[str] = set()
    before = re.finditer(r"(?<![\w'’])([A-Z][\w'’-]*)[ ]" + w + r"\b", text)
    after = re.finditer(r"(?<![\w'’])" + w + r"[ ]([A-Z][\w'’-]*)", text)
    for m in [*before, *after]:
        other = _strip_possessive(m.group(1))
        holders |= words.get(other, set())
    return holders


def _ends_a_sentence(chunk: str, end: int) -> bool:
    """A name said to someone closes a sentence of the line when a full stop and a new sentence follow it ('Only
    me, Mr Prentiss. Go back to bed.'), unlike a name in a list ('Bed one, Mrs Odell, chest infection')."""
    return re.match(r"\.\s+[A-Z]", chunk[end:]) is not None


def _titled_in_a_beat(beats: int, titled_uses: int, bare_uses: int) -> bool:
    """A title and a name narrated once in a one-shot ('Professor Thorne came down the last few steps in a dressing
    gown') is someone when that one use opens an action beat beside a line: the title says it is a person, the
    beat that the person is there to speak. Not when the bare name is narrated on its own too ('Voss looked out'):
    then the bare name is the character and the titled form one of its names (_link_once_named)."""
    return beats >= 1 and bare_uses <= titled_uses


def _forms_of_one_person(name: str, total: Counter[str], titled: dict[str, str]) -> int:
    """The narrated uses of a one-shot's full names that hold ``name``, a first name or a surname: 'It was Fergus
    Doyle, from the rugby team' and 'Fergus looked at him', each said once, are one person named twice. (A titled
    use already counts for the bare name: 'Mr Dobbs' is a use of 'Dobbs'.)"""
    if " " in name:
        return 0
    return sum(k for n, k in total.items() if n != name and n not in titled and name in n.split())


def _unglue_sentence_openers(lower_counts: Counter[str], titled: dict[str, str], *counters: Counter[str]) -> None:
    """'Although Oliver' is Oliver: a capitalised run that only ever opens a sentence, whose first word
    the text also uses in lower case and never capitalised mid-sentence, loses that word."""
    total, mid = counters[0], counters[1]
    for name in sorted(total):
        words = name.split()
        if (
            len(words) >= 2
            and name not in titled
            and mid[name] == 0
            and lower_counts[words[0].lower()] >= 2
            and mid[words[0]] == 0
        ):
            rest = " ".join(words[1:])
            for counter in counters:
                if name in counter:
                    counter[rest] += counter.pop(name)


def _first_name(cast: Cast, name: str, surname: str) -> str:
    """The word before ``surname`` in one of ``name``'s full forms ('Catherine' of Catherine Morland)."""
    for form in (name, *cast.characters[name].aliases):
        words = form.replace(".", "").split()
        if len(words) >= 2 and words[-1] == surname:
            return words[-2]
    return name.split()[0]


def _forms(cast: Cast, name: str) -> set[str]:
    """Every form a character goes by, as discovery records them (no full stops: 'Mr Emerson')."""
    return {f.replace(".", "") for f in (name, *cast.characters[name].aliases)}


def _forms_apart(a: set[str], b: set[str], paragraphs: list[set[str]]) -> bool:
    """Two sets of name forms used in the same paragraphs too often to be one person ('Mr Emerson', 'George')."""
    in_a = in_b = both = 0
    for forms in paragraphs:
        has_a, has_b = not forms.isdisjoint(a), not forms.isdisjoint(b)
        in_a += has_a
        in_b += has_b
        both += has_a and has_b
    return both >= 3 and both >= 0.1 * min(in_a, in_b)


_FIRST_NAME_TITLES = {"sir", "lady", "dame", "aunt", "auntie", "uncle", "cousin", "brother", "sister"}
"""Titles that go before a first name: the word after them is nobody's surname."""


def _link_full_names(cast: Cast, text: str, titled: dict[str, str]) -> None:
    """'Charlotte Bartlett', said once anywhere (a heading, a line of dialogue), is a name of Charlotte
    when there is a 'Miss Bartlett': too rare to be a name of its own, it is where the text ties the
    first name to the surname (_settle_surnames then asks whether Miss Bartlett is Charlotte)."""
    surnames = {n.split()[1] for n in cast.characters if n in titled and titled[n] == "Miss" and len(n.split()) == 2}
    # And 'Fannie Hamilton' when there are a 'Mrs Hamilton' and a man of the name: maybe his wife (_wife_of_the_name).
    men = {f.split()[-1] for n in cast.characters if cast.gender(n) == "male" for f in _forms(cast, n) if len(f.split()) >= 2}
    surnames |= {n.split()[1] for n in cast.characters
                 if n in titled and titled[n] == "Mrs" and len(n.split()) == 2 and n.split()[1] in men}
    firsts: dict[str, str] = {}
    for name, char in cast.characters.items():
        forms = [f for f in (name, *char.aliases) if f not in titled]
        if cast.gender(name) != "female" or any(len(f.split()) > 1 for f in forms):
            continue  # a man, or a woman whose surname the text already gives
        for form in forms:
            if cast.alias_to_name.get(form) == name:
                firsts[form] = name
    if not surnames or not firsts:
        return
    pattern = re.compile(
        r"\b(" + "|".join(map(re.escape, sorted(firsts))) + r")\s+(" + "|".join(map(re.escape, sorted(surnames))) + r")\b"
    )
    found: dict[str, set[str]] = {}
    for m in pattern.finditer(text):
        found.setdefault(m.group(1), set()).add(m.group(2))
    for first, names in sorted(found.items()):
        full = f"{first} {min(names)}"
        if len(names) == 1 and full not in cast.alias_to_name:
            cast.add(firsts[first], [full])


def _bare_titles(cast: Cast) -> None:
    """'the Colonel' in the narration, found as 'Colonel', is Colonel Saunders when he is the one Colonel; and a
    rank ('Colonel', 'Professor') one character alone bears before a surname is a name of theirs."""
    for name in sorted(cast.characters):
        if name not in TITLE_WORDS or cast.characters[name].aliases or name in cast.configured:
            continue
        holders = {
            n for n, char in cast.characters.items() if n != name
            for form in (n, *char.aliases) if form.split()[0].rstrip(".") == name and len(form.split()) > 1
        }
        if len(holders) == 1:
            cast.merge(name, into=holders.pop())
    # 'The Professor shook his head', with one Professor in the cast (Professor de Worms): a mention of him.
    for title in sorted(set(_TITLE_NOUNS.values())):
        if title in cast.alias_to_name or title in cast.configured:
            continue
        holders = {n for n, char in cast.characters.items() for form in (n, *char.aliases)
                   if form.split()[0].rstrip(".") == title and len(form.split()) == 2 + bool(re.match(_PARTICLE, form.split(None, 1)[-1]))}
        if len(holders) == 1:
            cast.add(holders.pop(), [title])


_DIMINUTIVES = ("y", "ie", "ey")


def _pet_name_of(short: str, long: str) -> bool:
    """'Kitty' of 'Kit', 'Skaggsy' of 'Skaggs', 'Annie' of 'Ann': the name and a diminutive ending, its last
    letter maybe doubled."""
    if len(short) < 3 or not long.startswith(short):
        return False
    ending = long[len(short):]
    return ending in _DIMINUTIVES or (ending[:1] == short[-1] and ending[1:] in _DIMINUTIVES)


def _pet_names(cast: Cast, paragraphs: list[set[str]], uses: Counter[str]) -> None:
    """'Kit' and 'Kitty', found as two characters, are one: a name and its pet form, of one sex, not named
    side by side in the narration as two people. The form used more is kept."""
    singles = sorted(n for n in cast.characters if " " not in n and n not in cast.configured)
    for short in singles:
        for long in singles:
            if short == long or short not in cast.characters or long not in cast.characters:
                continue
            if not _pet_name_of(short, long) and not _cut_short(short, long):
                continue
            genders = {cast.gender(short), cast.gender(long)} - {None}
            if len(genders) > 1 or _forms_apart(_forms(cast, short), _forms(cast, long), paragraphs):
                continue
            keep, gone = sorted((short, long), key=lambda n: (-uses[n], n))
            cast.merge(gone, into=keep)


def _cut_short(short: str, word: str) -> bool:
    """'Cas' of 'Caspian': the name's first three letters or more, two or more letters short of it. Not cut at
    the front: 'Len' may be Helen's or Leonard's (measured wrong in Howards End)."""
    c, w = short.lower(), word.lower()
    return len(c) >= 3 and w.startswith(c) and len(w) >= len(c) + 2


def _call_form_of(call: str, word: str) -> bool:
    """'Cas' of 'Caspian' (the name cut short), 'Minty' of 'Araminta', 'Freddy' of 'Frederick' (a piece of the name
    and a diminutive ending, its last letter maybe doubled)."""
    c, w = call.lower(), word.lower()
    if len(c) < 3 or c == w:
        return False
    if _cut_short(c, w):
        return True
    for ending in _DIMINUTIVES:
        stem = c[: -len(ending)]
        if c.endswith(ending) and len(stem) >= 3:
            stems = {stem, stem[:-1]} if len(stem) >= 4 and stem[-1] == stem[-2] else {stem}
            if any(s in w and s != w for s in stems):
                return True
    return False


def _call_names(cast: Cast, called: Counter[str], narrated: Counter[str], lower_counts: Counter[str]) -> None:
    """A name said to someone in speech and never narrated ('Minty, I am going to drown you') is what the
    others call one of the cast, when it is a short or pet form of exactly one character's name ('Lady
    Araminta'): an alias of that character, so the line after it is hers to answer."""
    for call in sorted(called):
        if narrated[call] or lower_counts[call.lower()] or call.lower() in _NOT_NAMES or cast.resolve(call):
            continue
        owners = {
            name
            for name, char in cast.characters.items()
            if name not in (cast.narrator, cast.reader)
            for form in [name, *char.aliases]
            for word in form.split()
            if word.rstrip('.') not in TITLE_WORDS and _call_form_of(call, word)
        }
        if not owners:
            owners = _title_cut_short(cast, call)
        if len(owners) == 1:
            cast.add(owners.pop(), [call])


def _title_cut_short(cast: Cast, call: str) -> set[str]:
    """'Cap, I'm nearly done' said to Captain Rhea Solano, 'Prof' to Professor Thorne: a title cut short, called,
    is the one character who bears that title."""
    return {
        name
        for name, char in cast.characters.items()
        if name not in (cast.narrator, cast.reader)
        for form in [name, *char.aliases]
        if len(form.split()) > 1 and form.split()[0].rstrip(".") in TITLE_WORDS and _cut_short(call, form.split()[0])
    }


_EPITHETS = {"old", "young", "little", "big", "poor"}
"""Words a text sets before a known name without making another person of it: 'Old Horace', 'Little Nell'."""


def _epithets(cast: Cast) -> None:
    """'Old Horace', found as a character, is Horace Talbot when he is the one character the name 'Horace'
    opens (or is)."""
    for name in sorted(cast.characters):
        words = name.split()
        if len(words) != 2 or words[0].lower() not in _EPITHETS or name in cast.configured or name not in cast.characters:
            continue
        holders = {n for n, char in cast.characters.items() if n != name
                   for form in (n, *char.aliases) if form.split()[0] == words[1]}
        if len(holders) == 1:
            cast.merge(name, into=holders.pop())


_KIN_OF_A_MAN = (
    r"(?:(?:elder|younger|eldest|youngest|only|little|big|grown-up)\s+)?"
    r"(?:son|brother|father|nephew|uncle|cousin|grandson|grandfather)"
)


def _kinsman(text: str, first: str, surname: str) -> bool:
    """'his son Tom Pell', 'Mr. Pell's brother, Tom', 'Tom Pell, his nephew': the text tells of two men of the
    family, so 'Mr Pell' is not 'Tom Pell' (not 'his cousin, Charles Hayter', of another surname)."""
    f, x = re.escape(first), re.escape(surname)
    name = f + r"(?:\s+" + x + r")?\b(?!\s+[A-Z])"
    owner = r"(?:[Hh]is|Mr\.?\s+" + x + r"['’]s)\s+"
    return bool(
        re.search(r"\b" + owner + _KIN_OF_A_MAN + r"\s*,?\s+" + name, text)
        or re.search(r"\b" + name + r",\s+" + owner + _KIN_OF_A_MAN + r"\b", text)
    )


def _younger_sister(text: str, first: str, surname: str, cast: Cast | None = None) -> bool:
    """'Miss Marianne' (not 'Miss Marianne Dashwood'): the form for a younger daughter, so 'Miss
    Dashwood' is her elder sister, not her (the convention 'Miss X' for the eldest, 'Miss F' for the rest).

    Only where the family has several daughters: an only daughter is 'Miss Daisy' to the servants and
    'Miss Miller' to the rest, one woman either way."""
    # 'Miss Josephine Barry' beside Diana Barry: another unmarried woman of the name, maybe the one 'Miss Barry' is.
    others = {m.group(1) for m in re.finditer(r"\bMiss\s+([A-Z][a-z]+)\s+" + re.escape(surname) + r"\b", text)}
    if others - {first}:
        return True
    if cast is not None and not _several_daughters(text, surname, cast):
        return False
    return bool(re.search(r"\bMiss\s+" + re.escape(first) + r"\b(?!\s+" + re.escape(surname) + r"\b)", text))


def _several_daughters(text: str, surname: str, cast: Cast) -> bool:
    """The text speaks of 'the Miss Dashwoods' ('Miss Steeles'), or knows two women 'F X' of the surname who are
    not 'Mrs': sisters, one of whom is 'Miss X'."""
    if re.search(r"\bMiss\.?\s+" + re.escape(surname) + r"(?:s|es)\b", text):
        return True
    firsts = set()
    for name in cast.characters:
        if cast.gender(name) != "female":
            continue
        for form in _forms(cast, name):
            words = form.split()
            if len(words) == 2 and words[1] == surname and words[0] not in TITLE_WORDS:
                firsts.add(words[0])
    return len(firsts) >= 2


def _settle_surnames(cast: Cast, paragraphs: list[set[str]], text: str) -> None:
    """Once genders are known: 'Mr Inglethorp' is 'Alfred Inglethorp', and so is a bare 'Inglethorp'.

    'Mr X' joins the one man with a full name 'F X' when nobody else of
    that surname has an unknown gender. A bare surname no one holds goes to
    the one man of that name when every other holder is a woman: the old
    convention that a woman is 'Mrs X' or 'Mary', a man plain 'X'.
    """
    holders: dict[str, set[str]] = {}
    for name, char in cast.characters.items():
        for form in (name, *char.aliases):
            words = form.replace(".", "").split()
            if len(words) == 2 and words[0].lower() in _FIRST_NAME_TITLES:
                continue  # 'Sir John', 'Lady Catherine', 'Aunt Juley': a first name, not a family's
            if len(words) >= 2 and words[-1][:1].isupper():
                holders.setdefault(words[-1], set()).add(name)
    for surname, names in sorted(holders.items()):
        names = {n for n in names if n in cast.characters}
        untitled = [n for n in names if n.split()[0].rstrip(".").lower() not in _TITLE_GENDER]
        for titled_name in sorted(n for n in names if len(n.replace(".", "").split()) == 2 and n not in untitled):
            title = titled_name.split()[0].rstrip(".").lower()
            gender = _TITLE_GENDER.get(title)
            # 'Mr X' is the one man 'F X', 'Miss X' the one woman 'Adela X'. 'Mrs X' is as often the mother of
            # 'Sibyl X' (measured: Mrs Vane into Sibyl) as 'Mary X': see _wife_of_the_name.
            if titled_name.replace(".", "").split()[1] != surname or title not in ("mr", "miss", "mrs"):
                continue
            alike = [n for n in untitled if cast.gender(n) == gender]
            unknown = [n for n in untitled if not cast.gender(n)]
            if title == "mrs":
                wife = _wife_of_the_name(cast, text, surname, alike) if not unknown else None
                if wife and not {titled_name, wife} & cast.configured:
                    cast.merge(titled_name, into=wife)
                    names = (names - {titled_name}) | {wife}
                continue
            if (
                len(alike) == 1
                and not unknown
                and not {titled_name, alike[0]} & cast.configured
                # 'Mr Emerson' beside 'George' in a paragraph is his father. 'Miss Bartlett' beside 'Charlotte' is
                # the narrator naming one woman two ways, unless 'F' is a younger daughter ('Miss Marianne').
                and not (
                    _forms_apart(_forms(cast, titled_name), _forms(cast, alike[0]), paragraphs)
                    and (title != "miss" or _younger_sister(text, _first_name(cast, alike[0], surname), surname, cast))
                )
                and not (title == "mr" and _kinsman(text, _first_name(cast, alike[0], surname), surname))
            ):
                cast.merge(titled_name, into=alike[0])
                names = (names - {titled_name}) | set(alike)
            elif title == "miss" and not unknown and titled_name not in cast.configured:
                eldest = _eldest_sister(cast, text, surname, alike)
                if eldest and eldest not in cast.configured:
                    cast.merge(titled_name, into=eldest)
                    names = (names - {titled_name}) | {eldest}
        if cast.resolve(surname) is None:
            men = [n for n in names if cast.gender(n) == "male"]
            if len(men) == 1 and all(cast.gender(n) == "female" for n in names - set(men)):
                cast.add(men[0], [surname])


def _eldest_sister(cast: Cast, text: str, surname: str, women: list[str]) -> str | None:
    """Whom 'Miss X' names among sisters the text calls 'the Miss Xs': the one never called 'Miss F' or 'Miss F X'
    (the forms for the younger ones), when the others are ('Miss Helen Schlegel': Miss Schlegel is Margaret)."""
    if len(women) < 2 or not re.search(r"\bMiss\.?\s+" + re.escape(surname) + r"(?:s|es)\b", text):
        return None

    def called_miss(name: str) -> bool:
        firsts = {f.split()[0] for f in _forms(cast, name) if len(f.split()) == 2 and f.split()[1] == surname}
        return any(re.search(r"\bMiss\.?\s+" + re.escape(first) + r"\b", text) for first in firsts)

    unmarked = [n for n in women if not called_miss(n)]
    return unmarked[0] if len(unmarked) == 1 else None


def _wife_of_the_name(cast: Cast, text: str, surname: str, women: list[str]) -> str | None:
    """The woman 'F X' whom 'Mrs X' names: the one woman of the surname never called 'Miss' ('Miss F',
    'Miss F X': a daughter), in a family with a man of the name ('Mr X', 'John X'), in a text whose
    'Miss X', if any, is accounted for by a daughter who is called so."""
    if not any(cast.gender(n) == "male" for n in cast.characters for f in _forms(cast, n)
               if len(f.split()) >= 2 and f.split()[-1] == surname):
        return None

    def called_miss(name: str) -> bool:
        firsts = {f.split()[0] for f in _forms(cast, name) if len(f.split()) == 2 and f.split()[1] == surname}
        return any(re.search(r"\bMiss\.?\s+" + re.escape(first) + r"\b", text) for first in firsts)

    unmarried = [n for n in women if called_miss(n)]
    married = [n for n in women if n not in unmarried]
    if len(married) != 1:
        return None
    if re.search(r"\bMiss\.?\s+" + re.escape(surname) + r"\b", text) and not unmarried:
        return None  # someone is 'Miss X': maybe she
    return married[0]


def _merge_names(
    accepted: list[str],
    titled: dict[str, str],
    total: Counter[str],
    tagged: Counter[str],
    paragraphs: list[set[str]] = (),
    text: str = "",
) -> dict[str, list[str]]:
    """Group the names of one person: 'Mrs Rachel Lynde', 'Rachel Lynde', 'Mrs Lynde', 'Rachel'.

    'Mr X' and 'Mrs X' stay apart; a word shared by several full names
    ('Ashby' of Lily Ashby and Jem Ashby) goes to the most mentioned one only
    when it is itself used in speech tags, else to no one.
    """
    def core(n: str) -> list[str]:
        return n.split()[1:] if n in titled else n.split()

    groups: dict[str, list[str]] = {}
    for n in sorted((n for n in accepted if len(core(n)) > 1), key=lambda n: (-total[n], n)):
        key = " ".join(core(n))
        if key in groups:
            if n != key:
                groups[key].append(n)
        else:
            groups[key] = [] if n == key else [n]
    # 'Mr John Dashwood' and 'Mrs John Dashwood' are husband and wife: with both titles on one full name,
    # the plain 'John Dashwood' is the man and 'Mrs John Dashwood' a woman of her own.
    # So are 'Charles Musgrove' and 'Mrs Charles Musgrove' when 'Charles' is a man's first name (gender-guesser,
    # when installed): 'Mrs Rachel Lynde' and 'Rachel Lynde' are one woman.
    wives = {key for key in groups if any(m in titled and title_class(titled[m]) == "mrs" for m in groups[key])}
    mens = _first_name_genders(frozenset(k.split()[0].lower() for k in wives)) if wives else {}
    for key in list(groups):
        classes = {title_class(titled[m]) for m in groups[key] if m in titled}
        if mens.get(key.split()[0].lower()) in ("male", "mostly_male"):
            classes.add("male")
        if "male" in classes and classes & {"mrs", "miss"}:
            for m in [m for m in groups[key] if m in titled and title_class(titled[m]) in ("mrs", "miss")]:
                groups[key].remove(m)
                groups[m] = []
    owners: dict[str, list[str]] = {}
    for key in groups:
        for tok in key.split():
            owners.setdefault(tok, []).append(key)
    title_genders: dict[str, set[str]] = {}
    for n in accepted:
        if n in titled and len(core(n)) == 1:
            title_genders.setdefault(core(n)[0], set()).add(_TITLE_GENDER.get(titled[n].lower(), titled[n]))
    entities: dict[str, list[str]] = {key: list(aliases) for key, aliases in groups.items()}
    singles = sorted((n for n in accepted if len(core(n)) == 1), key=lambda n: (n not in titled, -total[n], n))
    for n in singles:
        word = core(n)[0]
        holders = owners.get(word, [])
        conflict = len(title_genders.get(word, set())) > 1
        if n in titled and len(holders) > 1:
            # 'Sir Walter' is Sir Walter Elliot, not William Walter Elliot: the one full name with that title
            # before that word.
            same = [h for h in holders if any(m in titled and titled[m] == titled[n] and core(m)[0] == word
                                              for m in entities[h])]
            holders = same if len(same) == 1 else holders
            # 'Mrs Forrester' is 'Mrs Cecil Forrester', not Cecil Forrester: the one holder with her title.
            wife = [h for h in holders if h in titled and titled[h] == titled[n] and h.split()[-1] == word]
            holders = wife if len(wife) == 1 else holders
        if n in titled:
            # 'Mrs Miller' is not 'Daisy Miller' when Daisy is also 'Miss Daisy Miller': one person, one title.
            # Without a titled full form ('Mrs Rachel Lynde') to vouch for it, 'Mrs Oakley' waits for
            # genders: she is not Maurice Oakley (see _settle_surnames).
            titled_members = [m for m in [holders[0], *entities[holders[0]]] if m in titled] if len(holders) == 1 else []
            same_title = (bool(titled_members) or title_class(titled[n]) == "male") and all(
                title_class(titled[m]) == title_class(titled[n]) for m in titled_members
            )
            # 'Mr Emerson' beside 'George' (of George Emerson) is two people. A title before a first name
            # ('Sir Walter' of Walter Elliot) is not a surname two men share: no check.
            by_surname = len(holders) == 1 and holders[0].split()[-1] == word
            same_person = holders[0] in titled and titled[holders[0]] == titled[n] if len(holders) == 1 else False
            apart = by_surname and not same_person and (_forms_apart(
                {n}, {holders[0], *entities[holders[0]], *holders[0].split()[:-1]}, paragraphs
            ) or title_class(titled[n]) == "male" and _kinsman(text, holders[0].split()[0], word))
            # 'Captain Wentworth' is the man the text once calls 'Captain Frederick Wentworth', though a 'Mr
            # Wentworth' (his brother) and a 'Lady Wentworth' bear the name too: the same title on the full name.
            vouched = by_surname and any(m in titled and titled[m] == titled[n] for m in entities[holders[0]])
            if len(holders) == 1 and (not conflict or vouched) and same_title and not apart:
                entities[holders[0]].append(n)
            else:
                entities.setdefault(n, [])
            continue
        if word in entities:
            continue
        if len(holders) > 1:
            # 'John' beside Sir John Middleton and John Dashwood: Sir John is called so with his title, and
            # 'Mrs John Dashwood' bears her husband's name.
            plain = [h for h in holders if not (h in titled and title_class(titled[h]) == "mrs") and not any(
                m in titled and titled[m].lower() in _FIRST_NAME_TITLES and core(m)[0] == word for m in entities[h]
            )]
            holders = plain if plain else holders
        titled_forms = [t for t in entities if t in titled and core(t) == [word]]
        if len(holders) == 1 and holders[0].split()[0] == word:
            # 'Charles' is Charles Wilcox; 'Mrs Charles' is his wife.
            titled_forms = [t for t in titled_forms if title_class(titled[t]) == "male"]
        candidates = holders + titled_forms
        if len(candidates) == 1 and not (conflict and titled_forms):
            entities[candidates[0]].append(n)
        elif len(candidates) > 1:
            continue  # 'Ashby' of Lily Ashby and Jem Ashby: no one's alone
        else:
            entities.setdefault(n, [])
    # 'Winnie-the-Pooh' is Pooh: a hyphenated name holding another single name.
    for key in [k for k in entities if "-" in k and " " not in k and k in total]:
        parts = [p for p in key.split("-") if p[:1].isupper()]
        holders = [e for e in entities if e != key and any(p == e or p in entities[e] for p in parts)]
        if len(holders) == 1:
            entities[holders[0]].extend([key, *entities.pop(key)])
    # Call each person by the form the text uses most: 'Tobias', not 'Tobias Reed'.
    named: dict[str, list[str]] = {}
    for key, aliases in entities.items():
        members = [key, *aliases]

        def uses(m: str) -> int:
            # A bare name counts only where it stands without a title: 'Aunt Rosalind' every time -> 'Aunt Rosalind'.
            bare = total[m] - sum(total[t] for t in members if t in titled and core(t) == m.split())
            return tagged[m] + bare

        best = max(members, key=lambda m: (uses(m), m in titled, -len(m)))
        named[best] = [m for m in members if m != best]
    return named


def _link_once_named(cast: Cast, total: Counter[str], titled: dict[str, str], lower_counts: Counter[str]) -> None:
    """A one-shot gives a full name once ('Saffron Pryce walks in', 'Marcus Dunleavy is there') and then a short
    form ('Saff', 'Dunleavy'): the full name, too rare to be a character, is the one person whose name its first
    word begins or whose name is its last word; its words become theirs. A titled form is the bare name's."""
    singles = [n for n in cast.characters if " " not in n and len(n) >= 3]
    for full in sorted(total):
        words = full.split()
        if len(words) < 2 or cast.resolve(full):
            continue
        if full in titled:  # 'Captain Brannock came up the steps', then 'Brannock set the lantern down'
            bare = " ".join(words[1:])
            if bare in cast.alias_to_name:
                cast.add(cast.alias_to_name[bare], [full])
            continue
        owners = {cast.resolve(words[-1]), cast.resolve(words[0])} | {n for n in singles if words[0].startswith(n)}
        owners.discard(None)
        if len(owners) == 1:
            owner = owners.pop()
            forms = [full] + [w for w in words if not lower_counts[w.lower()] and w.lower() not in _NOT_NAMES]
            cast.add(owner, [f for f in forms if cast.resolve(f) is None])


_MY_NAME = re.compile(r"\b[Mm]y name(?:['’]s| is| was) (?P<who>" + _WORD + r"(?: " + _WORD + r")?)")


def _told_by_me(text: str, narration: list, first_person_tags: int) -> bool:
    """A one-shot's narration says 'I' eight times, or, in a very short piece, is dense with I/me/my: a
    520-word story told by 'I' may say it five times ('I lean into the mic. My mouth is very dry.')."""
    words = [w for s in narration for w in re.findall(r"[\w’']+", text[s.start : s.end])]
    i_count = sum(w == "I" for w in words)
    mine = i_count + first_person_tags + sum(w in ("me", "my", "My", "myself", "mine") for w in words)
    return i_count >= 8 or (i_count >= 3 and mine >= 8 and mine >= 0.02 * len(words))


def _introduced_narrator(doc: Document, cast: Cast, called: Counter[str]) -> bool:
    """A narrator who says who they are in the narration ('My name is Beatrix Lowe, ...') is that person; the
    parts of the name, and the forms speech calls that begin as the first name does ('Bea'), are theirs."""
    for seg in doc.segments:
        m = _MY_NAME.search(doc.text, seg.start, seg.end) if seg.kind == "narration" else None
        if m and m.group("who").split()[0].lower() not in _NOT_NAMES:
            break
    else:
        return False
    name = m.group("who")
    parts = name.split()
    cast.narrator = cast.resolve(name) or cast.resolve(parts[0]) or name
    forms = set(parts) | {name} | {w for w in called if len(w) >= 3 and w[:3] == parts[0][:3]}
    cast.add(cast.narrator, sorted(f for f in forms if f != cast.narrator and cast.resolve(f) in (None, cast.narrator)))
    return True


_I_OPENS = re.compile(r"\s*I\b")


def _answered_by_me(text: str, segments: list, calls: list[tuple[int, str]]) -> Counter[str]:
    """How often a name called in speech is answered by 'I': the next paragraph's narration opens on 'I' ('I slid
    out from under the coupling.') or tags its line 'I said'. The call was to the narrator."""
    first_narration: dict[int, str] = {}
    tagged_by_me: set[int] = set()
    for i, seg in enumerate(segments):
        if seg.kind != "narration":
            continue
        chunk = text[seg.start : seg.end]
        first_narration.setdefault(seg.paragraph, chunk)
        if i > 0 and segments[i - 1].kind in SPOKEN_KINDS and _FIRST_PERSON_TAG.match(chunk):
            tagged_by_me.add(seg.paragraph)
    paragraphs = sorted({s.paragraph for s in segments})
    following = dict(zip(paragraphs, paragraphs[1:]))
    answered: Counter[str] = Counter()
    for paragraph, name in calls:
        nxt = following.get(paragraph)
        if nxt is not None and (nxt in tagged_by_me or _I_OPENS.match(first_narration.get(nxt, ""))):
            answered[name] += 1
    return answered


_EXCLAIMED_CALL = re.compile(r"(?P<who>[A-Z][a-z]+)!\s+\S")
"""A line opening on a name and '!', then more words: 'Haze! You're on fourth.'"""
_GREETED = re.compile(r"(?P<who>[A-Z][a-z]+), (?:[A-Z][a-z]+|sir|madam|ma['’]am|miss|my lady|my lord)\b")
"""A word before a call in the same line: 'Evening, Master Wystan.', 'Morning, sir.': a greeting."""


def _calls_to_me(text: str, segments: list, called: Counter[str], short: bool, answered: Counter[str]) -> Counter[str]:
    """The calls in speech that may name a first-person narrator: in a one-shot a name exclaimed before more words
    ('Haze! You're on fourth.') calls its bearer too, when 'I' answers a call of that name somewhere ('It's the
    same grass, Hazel.' / '"It's not the same people watching," I said.'), not a newcomer greeted on arrival
    ('Hobday! Thank God.'); a word said before another call ('Evening, Master Wystan.
    Evening, sir.') is a greeting, not a name, when it does so in half its calls or more."""
    if not short:
        return called
    exclaimed: Counter[str] = Counter()
    greeted: Counter[str] = Counter()
    for seg in segments:
        if seg.kind != "dialogue":
            continue
        chunk = text[seg.start : seg.end]
        m = _EXCLAIMED_CALL.match(chunk)
        stem = m.group("who")[:3] if m else ""
        if m and m.group("who").lower() not in _NOT_NAMES and any(w[:3] == stem for w in answered if answered[w]):
            exclaimed[m.group("who")] += 1
        for g in _GREETED.finditer(chunk):
            greeted[g.group("who")] += 1
    out = called + exclaimed
    for word in list(out):
        if greeted[word] * 2 >= out[word]:
            del out[word]
    return out


def _name_the_narrator(cast: Cast, called: Counter[str], outside: Counter[str], lower_counts: Counter[str],
                       short: bool = False, answered: Counter[str] | None = None) -> bool:
    """A first-person narrator is called by name in others' speech (``my dear Hastings,``), hardly ever
    named in the narration. A name that merely occurs in speech, about someone else, does not count."""
    best, best_score, also = None, 4.0, []
    answered = answered or Counter()
    if short:  # a one-shot calls its narrator a few times, in several forms: 'Mags', 'Maggie', 'Magdalena'
        forms = [w for w in called if not outside[w] and not lower_counts[w.lower()] and w.lower() not in _NOT_NAMES]
        stems = Counter({w[:3]: sum(called[f] for f in forms if f[:3] == w[:3]) for w in forms if len(w) >= 3})
        stem, n = max(stems.items(), key=lambda kv: kv[1], default=("", 0))
        tied = [st for st, k in stems.items() if k == n]
        if len(tied) > 1:
            # Two names called as often: 'me' is the one 'I' answers ('Kit, can you bypass it?' / 'I slid out
            # ...'), else neither is surely 'me'.
            replies = {st: sum(answered[f] for f in forms if f[:3] == st) for st in tied}
            most = max(replies.values())
            winners = [st for st in tied if replies[st] == most]
            stem = winners[0] if most and len(winners) == 1 else ""
        if n >= 2 and stem:
            also = [w for w in forms if w[:3] == stem]
            called = Counter({max(also, key=len): 8 * n})
    for word, n in called.items():
        score = n / (outside[word] + 1)
        # 'Hallo!' opens speech like a name does; a word the text also writes in lower case is none.
        if n >= 8 and score >= best_score and word.lower() not in _NOT_NAMES and not lower_counts[word.lower()]:
            best, best_score = word, score
    if best:
        existing = cast.resolve(best)
        cast.narrator = existing or best
        if not existing:
            cast.add(best)
        cast.add(cast.narrator, [w for w in also if cast.resolve(w) is None])  # 'Mags, ...' calls her too
    return best is not None


def _titled_calls_to_me(cast: Cast, outside: Counter[str], answered: Counter[str]) -> None:
    """A one-shot's narrator called by first name ('Dita') may be called by title and surname too ('Please be
    careful with it, Miss Lowther.' / '"I will," I told her.'): a titled name only speech uses, never the
    narration, that 'I' answers is the narrator's, not a second character's (unless another character's name
    holds the surname)."""
    for name in list(cast.characters):
        words = name.split()
        if name == cast.narrator or len(words) != 2 or words[0].rstrip(".") not in TITLE_WORDS:
            continue
        surname = words[1]
        if outside[surname] or not answered[surname] or name in cast.configured:
            continue
        if any(surname in f.split() for other, char in cast.characters.items() if other != name
               for f in (other, *char.aliases)):
            continue  # 'Miss Blount' is Verity Blount's, who introduced herself
        cast.merge(name, into=cast.narrator)


def _narrator_gender(doc: Document, cast: Cast) -> None:
    """A named first-person narrator's gender from how others title them: 'Mr. Hastings', 'Miss Wren'."""
    char = cast.characters.get(cast.narrator)
    if char is None or char.gender:
        return
    votes: Counter[str] = Counter()
    unmarked: Counter[str] = Counter()
    name = re.escape(cast.narrator.split()[-1])
    for m in re.finditer(r"\b(" + _TITLES + r")\.?\s+" + name + r"\b", doc.text):
        gender = _TITLE_GENDER.get(m.group(1).lower())
        if gender:
            votes[gender] += 1
        elif title_class(m.group(1)) == "male":
            unmarked[m.group(1)] += 1
    if votes and len(votes) == 1:
        char.gender = next(iter(votes))
    elif not votes and unmarked:
        # 'Dr. Watson': a rank says nothing of sex by its form; the form goes on the narrator's names, and
        # casting gives them the voice it gives any speaker titled so (lines.count_lines), not a fact.
        cast.add(cast.narrator, [f"{unmarked.most_common(1)[0][0]} {cast.narrator.split()[-1]}"])


