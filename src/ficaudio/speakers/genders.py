"""Genders of the characters: from titles, and from the pronouns that follow their names in narration."""

from __future__ import annotations

import functools
import re
from collections import Counter

from ..model import Document
from .cast import Cast
from .vocab import _GENDER_NOUNS, _POSSESSIVE_AFTER, _TAG_VERBS, _TITLE_GENDER

_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.!?…]['’\"”]?\s+|\n\s*|['’\"”]\s+|\b(?:" + _TAG_VERBS + r")\s+|\b(?:and|but|then|when|as|where|while|because|though|although|since|until|before|after|that|if)\s+|,\s+)$"
)


_GENDER_PRONOUN = re.compile(
    r"\b(she|herself|he|his|himself)\b|\b(her)\s+(?!(?:to|and|or|but|as|at|in|on|of|for|with|from|that|than|"
    r"the|a|an|so|if|when|up|down|out|off|away|back|again|too|now|then|was|is|had|would|could|[a-z]+ly)\b)[a-z]",
    re.IGNORECASE,
)


def infer_genders(doc: Document, cast: Cast) -> None:
    """Gender from titles and from the pronouns that follow a character's name in narration.

    Two passes. The first counts, after each name in subject position, the
    first he/she/his/her up to the next name. That is right for most people
    but wrong for a minor character seen through someone else's eyes:
    'Tam dozed a step away from her, his hood up' -- 'her' is the viewpoint
    character's. So the second pass counts every pronoun up to the next name,
    but ignores one that a character of that gender already known for sure
    (a title, or a clear first-pass majority) named earlier in the same
    paragraph accounts for.
    """
    pattern = cast.mention_pattern()
    if pattern is None:
        return
    text = doc.text
    # Narration only: in speech the pronouns after a name are about anyone ('Mira, he's gone').
    mentions: list[tuple[int, int, str, int, int]] = []  # start, end, name, segment end, paragraph
    for seg in doc.segments:
        if seg.kind != "narration":
            continue
        for m in pattern.finditer(text, seg.start, seg.end):
            name = cast.resolve(m.group(0))
            # The pronouns after 'you' in a reader insert are someone else's: the reader's gender is the user's to
            # give (voices.yaml), never the text's.
            if name is not None and name != cast.reader:
                mentions.append((m.start(), m.end(), name, seg.end, seg.paragraph))
    titled: dict[str, str] = {}
    for name in cast.characters:
        title = name.split()[0].rstrip(".").lower()
        if title in _TITLE_GENDER and len(name.split()) > 1:
            titled[name] = _TITLE_GENDER[title]

    def pronouns(k: int):
        """(strong, gender, rank) of the pronouns after mention k, up to the next name, in its sentence and a bit."""
        start, end, name, seg_end, _ = mentions[k]
        if text[max(0, start - 4) : start].lower() == "the ":
            start -= 4  # 'The Professor shook his head': a role named with its article
        if not _SUBJECT_BEFORE.search(text[max(0, start - 30) : start]):
            return
        if _POSSESSIVE_AFTER.match(text, end):
            return  # 'Randolph's sister was a coquette; she ...': the pronouns are the sister's
        limit = min(seg_end, end + 120)
        j = k + 1
        # 'Rafe caught up with Edie at the gate. He was out of breath.': an object later in the sentence ('with
        # Edie') does not end the subject's window; the next sentence's 'He' is still about the subject.
        while j < len(mentions) and mentions[j][0] < limit and not _SUBJECT_BEFORE.search(
            text[max(0, mentions[j][0] - 30) : mentions[j][0]]
        ) and not re.search(r"[.!?;]", text[end : mentions[j][0]]):
            j += 1
        if j < len(mentions) and mentions[j][0] < limit:
            limit = mentions[j][0]
        window = text[end:limit]
        stop = re.search(r"[.!?]\s", window)
        window = window[: stop.end() + 60] if stop else window
        cut = re.search(r"\n\s*\n", window)
        window = window[: cut.start()] if cut else window
        for rank, pm in enumerate(_GENDER_PRONOUN.finditer(window)):
            word = (pm.group(1) or pm.group(2)).lower()
            # A reflexive, or a subject pronoun opening the next sentence ('Odessa was quiet. She ...'),
            # is about the name far more often than not.
            next_subject = rank == 0 and word in ("he", "she") and _NEXT_SENTENCE.search(window, 0, pm.start()) is not None
            if next_subject and _OBJECT_PRONOUN[word].match(window, pm.end()):
                # Unless that sentence does something to someone of the other sex: in 'said Randolph. She
                # asked him ...' he is the one named, she someone else. But as often 'Connie says. She hands it
                # back to him': a weak vote (not a first pronoun), that any other evidence outweighs.
                yield False, ("male" if word == "she" else "female"), 1, end + pm.start()
                return
            strong = word in ("himself", "herself") or next_subject
            yield strong, ("female" if word.startswith(("she", "her")) else "male"), rank, end + pm.start()

    first: dict[str, Counter[str]] = {name: Counter() for name in cast.characters}
    for k in range(len(mentions)):
        for _, gender, rank, _ in pronouns(k):
            if rank == 0:
                first[mentions[k][2]][gender] += 1
    fixed = dict(titled)
    fixed.update({name: char.gender for name, char in cast.characters.items() if char.gender})
    sure = dict(fixed)
    for name in cast.characters:
        if name not in sure:
            sure[name] = _majority(first[name], minimum=3, ratio=2.0) or ""
    prior = _name_priors(name for name in cast.characters if name not in fixed)
    objects = dict(fixed)
    """Whose gender is settled before the votes: a title, the first pass's pronouns ('he' or 'his' first after
    their name twice, nothing against) and the first name's usual gender ('Pavel')."""
    for name in cast.characters:
        if name not in objects:
            objects[name] = _majority(first[name] + prior.get(name, Counter()), minimum=1.5, ratio=2.0) or ""
    # Twice: the second round trusts the genders the first round settled.
    for _ in range(2):
        votes = _pronoun_votes(mentions, sure, pronouns, cast, objects)
        for name, counter in _object_votes(text, mentions, sure, fixed).items():
            votes[name].update(counter)
        decided = {}
        for name in cast.characters:
            found = _majority(votes[name], minimum=1, ratio=1.5)
            if found is None:
                # Every pronoun may be someone else's: fall back on the first-pronoun count,
                # unless what is left leans the other way.
                found = _majority(first[name], minimum=1, ratio=1.5)
                other = "male" if found == "female" else "female"
                if found and votes[name][other] > votes[name][found]:
                    found = None
            decided[name] = found
        sure = dict(fixed)
        for name in cast.characters:
            if name not in sure:
                sure[name] = decided[name] or ""
    for name, char in cast.characters.items():
        if not char.gender:
            # The first name's usual gender weighs in last, so that it never decides whose a pronoun is.
            lean = prior.get(name)
            weighed = _majority(votes[name] + lean, minimum=1, ratio=1.5) if lean else None
            char.gender = weighed or sure.get(name) or None


PRIOR_VOTES = {"male": ("male", 1.5), "female": ("female", 1.5), "mostly_male": ("male", 0.75),
               "mostly_female": ("female", 0.75)}
"""What a first name's usual gender counts for, in pronoun votes: less than two clear pronouns, so the text
decides when it says anything ('Jacky' is a woman in the story that says 'she')."""


@functools.lru_cache(maxsize=1)
def _table_lines(filename: str) -> tuple[str, ...]:
    """gender-guesser's table, read once per process (discovery and gender inference both ask it)."""
    with open(filename, encoding="utf-8") as f:
        return tuple(f)


def name_detector(words: frozenset[str]):
    """gender-guesser's Detector knowing only ``words`` (lower case), or None without the library.

    Its table (a data file in the package; nothing fetched) holds some 48,000 lines; the library parses
    all of them (0.3 s). Only the lines of the story's own first names are handed to its parser.
    """
    try:
        from gender_guesser.detector import Detector
    except ImportError:  # the opt-in extra `names` is not installed: pronouns alone decide
        return None

    class _Only(Detector):
        def _parse(self, filename: str) -> None:
            self.names = {}
            for line in _table_lines(filename):
                key = line[3:29].strip().lower()
                if line[:1] not in "#=" and (key in words or "+" in key):
                    self._eat_name_line(line.strip())

    return _Only(case_sensitive=False)


def _first_name_genders(words: frozenset[str]) -> dict[str, str]:
    """gender-guesser's verdict ('male', 'mostly_female', ...) on each of ``words`` (lower case) it knows."""
    detector = name_detector(words)
    return {w: detector.get_gender(w) for w in words} if detector is not None else {}


def _name_priors(names) -> dict[str, Counter[str]]:
    """Votes for the usual gender of each name's first word ('Randolph' a boy, 'Evie' a girl)."""
    firsts = {}
    for name in names:
        words = name.split()
        if not words or not words[0].isalpha() or len(words) > 1 and words[0].rstrip(".").lower() in _TITLE_GENDER:
            continue
        firsts[name] = words[0].lower()
    verdicts = _first_name_genders(frozenset(firsts.values())) if firsts else {}
    priors = {}
    for name, word in firsts.items():
        lean = PRIOR_VOTES.get(verdicts.get(word, ""))
        priors[name] = Counter({lean[0]: lean[1]}) if lean else Counter()
    return priors


_OBJECT_PRONOUN = {
    "she": re.compile(r"[^.!?;]*?\b(?:him|his)\b"),
    "he": re.compile(r"[^.!?;]*?\bher\b"),
}
"""In the sentence a subject pronoun opens, an object of the other sex."""
_NEXT_SENTENCE = re.compile(r"[.!?]['’\"”]?\s+(?:(?:And|But|Then|So|Now)\s+)?$")
RECENT_PARAGRAPHS = 3
"""A character named this many paragraphs back is still about: 'her' may be them."""


def _pronoun_votes(mentions, sure: dict[str, str], pronouns, cast: Cast, objects: dict[str, str]) -> dict[str, Counter[str]]:
    """Count the pronouns after each name that no other character of that gender, named lately, accounts for."""
    votes: dict[str, Counter[str]] = {name: Counter() for name in cast.characters}
    # Per gender, the two latest (paragraph, name) of characters of known gender: O(1) per mention.
    latest: dict[str, list[tuple[int, str]]] = {"female": [], "male": []}
    for k, (_, _, name, _, paragraph) in enumerate(mentions):
        for strong, gender, rank, at in pronouns(k):
            other = next((p for p, n in reversed(latest[gender]) if n != name), None)
            weight = 1.0 if rank == 0 or strong else 0.5
            if not strong and other is not None and paragraph - other <= RECENT_PARAGRAPHS:
                weight = 0.0  # someone else of that gender is about: it may well be theirs
            if not strong and _after_an_object_of_that_gender(mentions, k, at, gender, objects):
                weight = 0.0
            votes[name][gender] += weight
        gender = sure.get(name)
        if gender:
            recent = [(p, n) for p, n in latest[gender] if n != name][-1:]
            latest[gender] = [*recent, (paragraph, name)]
    return votes


def _after_an_object_of_that_gender(mentions, k: int, at: int, gender: str, settled: dict[str, str]) -> bool:
    """'Marchetti kneels in front of Aksel and presses two fingers to the side of his knee': a pronoun of the
    sentence after the name of someone else of its gender (``settled``: a title, the first pass, the first name), between the subject's name
    and the pronoun, is that person's (the object's), not the subject's. The next sentence's 'He' stays the
    subject's ('Rafe caught up with Edie at the gate. He was out of breath.')."""
    name = mentions[k][2]
    j = k + 1
    while j < len(mentions) and mentions[j][0] < at:
        if mentions[j][2] != name and settled.get(mentions[j][2]) == gender:
            return True
        j += 1
    return False


_OBJECT = re.compile(
    r"\b(?:him|her(?=\s*[.,;:!?]|\s+(?:to|at|in|on|past|away|back|up|down|out|off|into|from|with|for|and|as|over|"
    r"across|towards?|through|round|around|aside)\b))"
)
OBJECT_LOOKBACK = 12
"""Mentions looked back over for someone else of the pronoun's gender who may be its object."""
OBJECT_VOTE = 0.5
"""What 'Wren ignores him' says of the person named before Wren: less than a pronoun after their own name."""


def _object_votes(text: str, mentions, sure: dict[str, str], fixed: dict[str, str]) -> dict[str, Counter[str]]:
    """'Cass makes a small noise. Wren ignores him.': the 'him' of a sentence whose subject is a named person is
    someone else, most often the person named just before (this paragraph or the one before): a weak vote on
    that person's gender, unless someone of that gender for sure was named in between or lately."""
    votes: dict[str, Counter[str]] = {}
    for k, (start, end, name, seg_end, paragraph) in enumerate(mentions):
        if k == 0 or not _SUBJECT_BEFORE.search(text[max(0, start - 30) : start]):
            continue
        stop = re.search(r"[.!?;]", text[end:seg_end])
        sentence_end = end + stop.start() if stop else seg_end
        nxt = mentions[k + 1][0] if k + 1 < len(mentions) else seg_end
        m = _OBJECT.search(text, end, min(sentence_end, nxt))
        if not m:
            continue
        before = next((mentions[j] for j in range(k - 1, -1, -1) if mentions[j][2] != name), None)
        if before is None or paragraph - before[4] > 1:
            continue
        gender = "male" if m.group(0) == "him" else "female"
        if before[2] in fixed or any(
            sure.get(mm[2]) == gender and mm[2] not in (name, before[2])
            for mm in mentions[max(0, k - OBJECT_LOOKBACK) : k] if paragraph - mm[4] <= RECENT_PARAGRAPHS
        ):
            continue
        votes.setdefault(before[2], Counter())[gender] += OBJECT_VOTE
    return votes


def _majority(votes: Counter[str], *, minimum: float, ratio: float) -> str | None:
    female, male = votes["female"], votes["male"]
    if female + male >= minimum and female != male and (female >= ratio * male or male >= ratio * female):
        return "female" if female > male else "male"
    return None




def description_gender(text: str, head: str) -> str | None:
    """The gender of the person a description names ('the Professor'), from the pronouns after it.

    The first he/she/his/her in the sentence after each 'the <head>' in subject position votes:
    'The Professor shook his head' -- male. None when the text does not lean clearly one way.
    """
    votes: Counter[str] = Counter()
    for m in re.finditer(r"\b[Tt]he\s+(?i:" + re.escape(head) + r")\b", text):
        if not _SUBJECT_BEFORE.search(text[max(0, m.start() - 30) : m.start()]):
            continue
        window = text[m.end() : m.end() + 120]
        stop = re.search(r"[.!?;\"“”]", window)
        pm = _GENDER_PRONOUN.search(window[: stop.start()] if stop else window)
        if pm:
            votes["female" if (pm.group(1) or pm.group(2)).lower().startswith(("she", "her")) else "male"] += 1
    return _majority(votes, minimum=2, ratio=2.0)


_MALE_ENDINGS = ("man", "men", "boy", "boys")
_FEMALE_ENDINGS = ("woman", "women", "girl", "girls", "lady", "ladies", "maid", "maids", "wife", "wives", "ess",
                   "esses")
_NOT_GENDERED = {"human", "humans", "german", "germans", "roman", "romans", "ottoman", "talisman", "shaman", "caiman",
                 "witness", "witnesses", "press", "dress", "mess", "guess", "chess", "process", "success", "access",
                 "address", "excess", "fortress", "mattress", "cypress", "recess", "prowess", "duress"}
"""Words with a gendered ending that say nothing of anyone's sex: 'human', 'the Press', 'the witness'."""


def noun_gender(noun: str) -> str | None:
    """The sex a role noun's own form gives: 'the cabman', 'a schoolboy' -- male; 'the landlady', 'a housemaid',
    'the waitress', 'the fishwife' -- female. An unmarked noun ('the doctor', 'the porter') gives none: who
    holds the role is for the text to say (casting may still give such a speaker a man's voice, lines.py)."""
    word = noun.lower().replace("-", " ").split()[-1] if noun.split() else ""
    for gender, nouns in _GENDER_NOUNS.items():
        if re.fullmatch(nouns, word):
            return gender
    if word in _NOT_GENDERED or word.endswith(("ness", "nesses", "less")):
        return None
    if word.endswith(_FEMALE_ENDINGS):  # before the men's: 'woman' ends in 'man'
        return "female"
    if word.endswith(_MALE_ENDINGS):
        return "male"
    return None
