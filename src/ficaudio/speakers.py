"""Stage "speakers": find the characters and say who speaks every line.

Two steps (after Muzny et al. 2017, "A Two-stage Sieve Approach for Quote
Attribution"): link each quote to a *mention* (a name, a pronoun, a
description), then resolve the mention to a character.

Quote -> mention, a cascade of rules, most precise first; each only fills
what earlier ones left open:

0. a paragraph that continues an unclosed quotation keeps its speaker;
1. a speech tag next to the quote: ``'Hmm,' Sasori muttered``, ``said Mira``,
   ``Odessa whispered, 'No.'``; inside a longer clause ``Mia heard Tom advise``
   (the subject of the speech verb, not of the sentence);
2. an action beat in the same paragraph: ``He laughed. 'Oh?'``;
3. the only character named in the paragraph's narration;
4. turn-taking in a run of untagged lines: A, B, A, B.

Mention -> character: names and aliases directly; pronouns by gender,
preferring a character named earlier in the same paragraph, then (in a reply
right after a line by someone of the same gender) the *other* one, then the
most recent mention. Names inside quotes are never used: ``'Sasori,' she
whispered`` names the listener. A line nobody can be found for goes to a
generic voice of the right gender ("Unknown woman"), never silently to the
narrator. Everything is one pass over the paragraphs: linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field

from .model import (  # noqa: F401 - the generic speakers' names are also used from here
    FIRST_PERSON,
    GENERIC_SPEAKERS,
    SPOKEN_KINDS,
    UNKNOWN,
    UNKNOWN_FEMALE,
    UNKNOWN_MALE,
    Character,
    Document,
    Segment,
)
from .quotes import _SPEECH_VERBS

_PRONOUN_GENDER = {"he": "male", "she": "female", "his": "male", "her": "female", "i": "self", "we": "self"}
_EXTRA_VERBS = (
    "thought|thinks|think|responded|returned|went on|faltered|ejaculated|concluded|rejoined|"
    "objected|assented|persisted|inquired|enquired|queried|cautioned|sniffed|smiled|grinned|nodded|"
    "whispered|squeaked|explained|confessed|remonstrated|accused|read|piped|called out|burst out|broke in|"
    "cut in|chimed in|put in|pointed out|observed|said|says|went|added|murmured|repeated|cried|"
    "remarked|answered|demanded|announced|admitted|exclaimed|told|asked|interposed|retorted|urged"
)
_TAG_VERBS = _SPEECH_VERBS + "|" + _EXTRA_VERBS
_VERB = r"(?:" + _TAG_VERBS + r")"
_ADV = r"(?:[a-z]+ly\s+)"
_TITLES = (
    "Mr|Mrs|Ms|Miss|Dr|Lady|Lord|Sir|Aunt|Uncle|Professor|Captain|Madame|Mademoiselle|Monsieur|Inspector|"
    "Sergeant|Colonel|Major|Father|Mother|Sister|Brother|Master|Mistress|Dame|Prince|Princess|King|Queen|"
    "Granny|Grandma|Grandpa|Gran|Nana|Grandfather|Grandmother"
)
_TITLE_GENDER = {
    "mr": "male", "sir": "male", "lord": "male", "uncle": "male", "monsieur": "male", "father": "male",
    "brother": "male", "master": "male", "prince": "male", "king": "male",
    "mrs": "female", "ms": "female", "miss": "female", "lady": "female", "aunt": "female", "madame": "female",
    "mademoiselle": "female", "mother": "female", "sister": "female", "mistress": "female", "dame": "female",
    "princess": "female", "queen": "female", "granny": "female", "grandma": "female", "gran": "female",
    "nana": "female", "grandmother": "female", "grandpa": "male", "grandfather": "male",
}
_GENDER_NOUNS = {
    "male": "man|boy|brother|father|uncle|son|husband|gentleman|lad|fellow|king|prince|lord|grandfather|nephew|"
    "old man|young man|stranger|doctor|inspector|detective|sergeant",
    "female": "woman|girl|sister|mother|aunt|daughter|wife|lady|lass|queen|princess|grandmother|niece|"
    "old woman|young woman|maid|widow",
}
_NAME = r"(?:(?:" + _TITLES + r")\.?\s+)?[A-Z][\w'’-]*(?:[ ][A-Z][\w'’-]*){0,2}"
_NOMINAL = r"(?:the|a|an|his|her|my|their|our|that|this|its)(?:\s+[a-z][\w-]*){1,3}|the\s+[A-Z][a-z][\w-]*"
_WHO = r"(?:" + _NAME + r"|[Hh]e|[Ss]he|I|[Ww]e|[Tt]hey|" + _NOMINAL + r")"

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
    a/n an: x xx xxx nobody somebody anybody none not nor every many much most more less few other another
    besides however instead meanwhile otherwise suddenly finally besides indeed certainly presently perhaps
    without within upon about above across against along among around behind below beneath beside between
    beyond down during except inside near off out outside over past round toward towards under up
    whatever whenever wherever whoever sometimes somewhere everywhere nowhere mine yours ours theirs
    good poor dear oh ay aye everybody everyone nobody first second third last cheers hooray hurrah ha hm hmm ugh mmm uh um miss master mistress street road lane house""".split()
)
_PREPOSITIONS = {"in", "at", "to", "from", "into", "of", "across", "near", "around", "through", "toward",
                 "towards", "on", "onto", "past", "over", "under", "beyond", "via", "outside", "inside"}
_PLACE_WORDS = {"street", "road", "lane", "house", "hall", "place", "park", "square", "avenue", "river", "hill",
                "island", "bridge", "gate", "station", "church", "chapel", "farm", "wood", "woods", "forest",
                "court", "castle", "manor", "college", "school", "hotel", "inn", "gables", "lake", "bay",
                "sea", "ocean", "mountain", "valley", "town", "city", "village", "county", "row", "terrace",
                "corner", "green", "lodge", "cottage", "abbey", "tower", "harbour", "harbor", "market", "yard"}


@dataclass
class Cast:
    """Characters known for a story: canonical names, aliases, genders."""

    characters: dict[str, Character] = field(default_factory=dict)
    alias_to_name: dict[str, str] = field(default_factory=dict)
    configured: set[str] = field(default_factory=set)
    narrator: str = FIRST_PERSON
    """Who 'I' is: FIRST_PERSON, or the name found for a first-person narrator."""
    first_person: bool = False
    """The narrator takes part in the story's conversations ('said I')."""
    _pattern: re.Pattern[str] | None = None

    def add(self, name: str, aliases: list[str] | None = None, gender: str | None = None) -> Character:
        char = self.characters.get(name)
        if char is None:
            char = Character(name=name, aliases=[], gender=gender)
            self.characters[name] = char
        elif gender and not char.gender:
            char.gender = gender
        for alias in [name, *(aliases or [])]:
            alias = " ".join(alias.split())
            self.alias_to_name.setdefault(alias, name)
            self.alias_to_name.setdefault(alias.replace(".", ""), name)
            if alias != name and alias not in char.aliases:
                char.aliases.append(alias)
        self._pattern = None
        return char

    def merge(self, name: str, *, into: str) -> None:
        """Make ``name`` (and its aliases) another name of ``into``."""
        gone = self.characters.pop(name)
        keep = self.characters[into]
        for alias in [gone.name, *gone.aliases]:
            if alias not in keep.aliases and alias != into:
                keep.aliases.append(alias)
        for alias, owner in list(self.alias_to_name.items()):
            if owner == name:
                self.alias_to_name[alias] = into
        keep.gender = keep.gender or gone.gender
        self._pattern = None

    def resolve(self, mention: str) -> str | None:
        """A name or alias (maybe possessive, maybe 'Sakura Haruno') -> canonical name."""
        mention = _strip_possessive(" ".join(mention.split()))
        if mention in self.alias_to_name:
            return self.alias_to_name[mention]
        plain = mention.replace(".", "")
        if plain in self.alias_to_name:
            return self.alias_to_name[plain]
        parts = plain.split()
        # 'Mr. Darcy' stays apart from 'Mrs. Darcy': a titled mention resolves only as a whole.
        if parts and parts[0] in _TITLES.split("|"):
            return None
        for n in range(len(parts) - 1, 0, -1):
            head = " ".join(parts[:n])
            if head in self.alias_to_name:
                return self.alias_to_name[head]
        for part in parts:
            if part in self.alias_to_name:
                return self.alias_to_name[part]
        return None

    def mention_pattern(self) -> re.Pattern[str] | None:
        if self._pattern is None and self.alias_to_name:
            names = sorted(self.alias_to_name, key=len, reverse=True)
            self._pattern = re.compile(r"(?<![\w'’])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
        return self._pattern

    def gender(self, name: str | None) -> str | None:
        char = self.characters.get(name or "")
        return char.gender if char else None


# --- finding the characters --------------------------------------------------------

_WORD = r"[A-Z][a-z](?:[^\W_]|-(?=[^\W_]))*"
"""A capitalised word; hyphens only inside (Winnie-the-Pooh, not Pooh--), no markup underscores."""
_CAP_SEQ = re.compile(
    r"(?<![\w'’])(?:(?P<title>" + _TITLES + r")\.?\s+)?(?P<name>" + _WORD + r"(?:['’]s)?(?:[ ]" + _WORD + r"(?:['’]s)?){0,2})"
)
_TAG_AFTER_NAME = re.compile(
    r"^[\s,;:—–-]*(?:" + _ADV + r")?(?:(?:" + _VERB + r")\s+(?P<a>" + _NAME + r")|(?P<b>" + _NAME + r")\s+"
    + _ADV + r"?(?:" + _VERB + r"))\b"
)
_TAG_BEFORE_NAME = re.compile(r"(?P<who>" + _NAME + r")\s+" + _ADV + r"?(?:" + _VERB + r")\b[^.!?]{0,40}[,:]?$")
_BEAT_NAME = re.compile(r"^\s*(?P<who>" + _NAME + r")\s+(?:[a-z]+ly\s+)?[a-z]+\b")
_FIRST_PERSON_TAG = re.compile(r"^[\s,;:—–-]*(?:(?:" + _VERB + r")\s+I\b|I\s+" + _ADV + r"?(?:" + _VERB + r")\b)")


def discover_characters(doc: Document, configured: list[tuple[str, list[str], str | None]] | None = None) -> Cast:
    """Find speaking characters in the narration and merge those configured.

    Names come from speech tags (``said Mira``) and from capitalised words
    that recur mid-sentence; words that mostly follow a preposition (``in
    Saltmere``) are places, and a surname shared by two full names is no
    one's alone.

    Args:
        configured: (name, aliases, gender) from voices.yaml or the work's tags.
    """
    cast = Cast()
    for name, aliases, gender in configured or []:
        cast.add(name, aliases, gender)
        cast.configured.add(name)
    text = doc.text
    segments = doc.segments
    total: Counter[str] = Counter()
    mid: Counter[str] = Counter()
    after_prep: Counter[str] = Counter()
    tagged: Counter[str] = Counter()
    beats: Counter[str] = Counter()
    titled: dict[str, str] = {}
    first_person_tags = 0
    in_quotes: Counter[str] = Counter()
    for i, seg in enumerate(segments):
        chunk = text[seg.start : seg.end]
        if seg.kind in SPOKEN_KINDS:
            for m in _CAP_SEQ.finditer(chunk):
                if m.start() > 0:
                    in_quotes[_strip_possessive(m.group("name")).split()[-1]] += 1
            continue
        if seg.kind != "narration":
            continue
        for m in _CAP_SEQ.finditer(chunk):
            name = _strip_possessive(m.group("name"))
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
            before = chunk[max(0, m.start() - 40) : m.start()].rstrip()
            initial = (m.start() == 0 or not before or before[-1] in ".!?\"”'’:—") and not m.group("title")
            total[name] += 1
            if not initial:
                mid[name] += 1
            prev_word = before.split()[-1].lower() if before.split() else ""
            if prev_word in _PREPOSITIONS or prev_word in ("the",):
                after_prep[name] += 1
        after_quote = i > 0 and segments[i - 1].kind in SPOKEN_KINDS
        before_quote = i + 1 < len(segments) and segments[i + 1].kind in SPOKEN_KINDS
        m = _TAG_AFTER_NAME.match(chunk) if after_quote else None
        if m:
            tagged[_clean_name(m.group("a") or m.group("b"))] += 1
        if after_quote and _FIRST_PERSON_TAG.match(chunk):
            first_person_tags += 1
        m = _TAG_BEFORE_NAME.search(chunk) if before_quote else None
        if m:
            tagged[_clean_name(m.group("who"))] += 1
        elif after_quote or before_quote:
            # An action beat: 'Nell sat up. "..."' names someone who is there to speak.
            for sentence in (_SENTENCE_SPLIT.split(chunk)[-1:] if before_quote else []) + (
                _SENTENCE_SPLIT.split(chunk)[:1] if after_quote else []
            ):
                b = _BEAT_NAME.match(sentence)
                if b and b.group("who").split()[0].lower() not in _NOT_NAMES:
                    beats[_clean_name(b.group("who"))] += 1

    lower_counts = Counter(w.lower() for w in re.findall(r"(?<![\w'’])[a-z][a-z-]+", text))

    beat_minimum = 1 if len(text) < 20_000 else 2

    def is_name(name: str) -> bool:
        words = name.split()
        if name in titled:
            words = words[1:]
        if not words or words[0].lower() in _NOT_NAMES or words[-1].lower() in _NOT_NAMES:
            return False
        if words[-1].lower() in _PLACE_WORDS:
            return False
        if name in titled:
            return total[name] >= 2 or tagged[name] >= 1
        # An action beat ('Nell sat up.') counts only for a word also seen mid-sentence: one that
        # only ever opens a sentence ('Further on they...', 'Years ago...') is not a name.
        beat_name = beats[name] >= 1 and total[name] >= beat_minimum and (mid[name] >= 1 or len(words) > 1)
        if (tagged[name] >= 1 or beat_name) and after_prep[name] * 2 <= total[name]:
            return True
        if len(words) == 1 and lower_counts[name.lower()] * 2 > total[name]:
            return False
        if len(text) < 20_000:  # a short piece: a name said twice is enough
            return total[name] >= 2 and after_prep[name] * 2 < total[name] and (mid[name] >= 1 or not lower_counts[name.lower()])
        return mid[name] >= 2 and total[name] >= 3 and after_prep[name] * 2 < total[name]

    accepted = [n for n in set(total) | set(tagged) if _clean_name(n) == n and is_name(n)]
    entities = _merge_names(accepted, titled, total, tagged)
    for canonical, aliases in entities.items():
        existing = cast.resolve(canonical)
        if existing:
            cast.add(existing, [a for a in aliases if cast.resolve(a) is None])
        else:
            cast.add(canonical, [a for a in aliases if a not in cast.alias_to_name])
    cast.first_person = first_person_tags >= 3
    if first_person_tags >= 3:
        outside = Counter(
            w for s in segments if s.kind == "narration" for w in re.findall(r"\b[A-Z][a-z]+", text[s.start : s.end])
        )
        _name_the_narrator(cast, in_quotes, outside)
    _infer_genders(doc, cast)
    _settle_surnames(cast)
    return cast


def _settle_surnames(cast: Cast) -> None:
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
            if len(words) >= 2 and words[-1][:1].isupper():
                holders.setdefault(words[-1], set()).add(name)
    for surname, names in sorted(holders.items()):
        names = {n for n in names if n in cast.characters}
        mister = [n for n in names if n.replace(".", "").split() == ["Mr", surname]]
        untitled = [n for n in names if n.split()[0].rstrip(".").lower() not in _TITLE_GENDER]
        men = [n for n in untitled if cast.gender(n) == "male"]
        if (
            len(mister) == 1
            and len(men) == 1
            and all(cast.gender(n) for n in untitled)
            and not {mister[0], men[0]} & cast.configured
        ):
            cast.merge(mister[0], into=men[0])
            names = (names - set(mister)) | set(men)
        if cast.resolve(surname) is None:
            men = [n for n in names if cast.gender(n) == "male"]
            if len(men) == 1 and all(cast.gender(n) == "female" for n in names - set(men)):
                cast.add(men[0], [surname])


def _merge_names(
    accepted: list[str], titled: dict[str, str], total: Counter[str], tagged: Counter[str]
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
        if n in titled:
            if len(holders) == 1 and not conflict:
                entities[holders[0]].append(n)
            else:
                entities.setdefault(n, [])
            continue
        if word in entities:
            continue
        titled_forms = [t for t in entities if t in titled and core(t) == [word]]
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


def _name_the_narrator(cast: Cast, in_quotes: Counter[str], outside: Counter[str]) -> None:
    """A first-person narrator is named by others in speech (``my dear Hastings``), hardly ever in narration."""
    best, best_score = None, 4.0
    for word, n in in_quotes.items():
        score = n / (outside[word] + 1)
        if n >= 8 and score >= best_score and word.lower() not in _NOT_NAMES:
            best, best_score = word, score
    if best:
        existing = cast.resolve(best)
        cast.narrator = existing or best
        if not existing:
            cast.add(best)


def _strip_possessive(name: str) -> str:
    return re.sub(r"['’]s?$", "", name) if re.search(r"\w['’]s?$", name) else name


def _clean_name(name: str) -> str:
    name = _strip_possessive(" ".join(name.split()))
    return name.replace(".", "") if re.match(r"(?:" + _TITLES + r")\.", name) else name


_SUBJECT_BEFORE = re.compile(
    r"(?:^|[.!?…]['’\"”]?\s+|\n\s*|['’\"”]\s+|\b(?:" + _TAG_VERBS + r")\s+|\b(?:and|but|then|when|as|where|while|because|though|although|since|until|before|after|that|if)\s+|,\s+)$"
)


_GENDER_PRONOUN = re.compile(
    r"\b(she|herself|he|his|himself)\b|\b(her)\s+(?!(?:to|and|or|but|as|at|in|on|of|for|with|from|that|than|"
    r"the|a|an|so|if|when|up|down|out|off|away|back|again|too|now|then|was|is|had|would|could|[a-z]+ly)\b)[a-z]",
    re.IGNORECASE,
)


def _infer_genders(doc: Document, cast: Cast) -> None:
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
            if name is not None:
                mentions.append((m.start(), m.end(), name, seg.end, seg.paragraph))
    titled: dict[str, str] = {}
    for name in cast.characters:
        title = name.split()[0].rstrip(".").lower()
        if title in _TITLE_GENDER and len(name.split()) > 1:
            titled[name] = _TITLE_GENDER[title]

    def pronouns(k: int):
        """(strong, gender, rank) of the pronouns after mention k, up to the next name, in its sentence and a bit."""
        start, end, name, seg_end, _ = mentions[k]
        if not _SUBJECT_BEFORE.search(text[max(0, start - 30) : start]):
            return
        limit = min(seg_end, end + 120)
        if k + 1 < len(mentions) and mentions[k + 1][0] < limit:
            limit = mentions[k + 1][0]
        window = text[end:limit]
        stop = re.search(r"[.!?]\s", window)
        window = window[: stop.end() + 60] if stop else window
        cut = re.search(r"\n\s*\n", window)
        window = window[: cut.start()] if cut else window
        for rank, pm in enumerate(_GENDER_PRONOUN.finditer(window)):
            word = (pm.group(1) or pm.group(2)).lower()
            # A reflexive, or a subject pronoun opening the next sentence ('Odessa was quiet. She ...'),
            # is about the name far more often than not.
            strong = word in ("himself", "herself") or (
                rank == 0 and word in ("he", "she") and _NEXT_SENTENCE.search(window, 0, pm.start()) is not None
            )
            yield strong, ("female" if word.startswith(("she", "her")) else "male"), rank

    first: dict[str, Counter[str]] = {name: Counter() for name in cast.characters}
    for k in range(len(mentions)):
        for _, gender, rank in pronouns(k):
            if rank == 0:
                first[mentions[k][2]][gender] += 1
    fixed = dict(titled)
    fixed.update({name: char.gender for name, char in cast.characters.items() if char.gender})
    sure = dict(fixed)
    for name in cast.characters:
        if name not in sure:
            sure[name] = _majority(first[name], minimum=3, ratio=2.0) or ""
    # Twice: the second round trusts the genders the first round settled.
    for _ in range(2):
        votes = _pronoun_votes(mentions, sure, pronouns, cast)
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
            char.gender = sure.get(name) or None


_NEXT_SENTENCE = re.compile(r"[.!?]['’\"”]?\s+(?:(?:And|But|Then|So|Now)\s+)?$")
RECENT_PARAGRAPHS = 3
"""A character named this many paragraphs back is still about: 'her' may be them."""


def _pronoun_votes(mentions, sure: dict[str, str], pronouns, cast: Cast) -> dict[str, Counter[str]]:
    """Count the pronouns after each name that no other character of that gender, named lately, accounts for."""
    votes: dict[str, Counter[str]] = {name: Counter() for name in cast.characters}
    # Per gender, the two latest (paragraph, name) of characters of known gender: O(1) per mention.
    latest: dict[str, list[tuple[int, str]]] = {"female": [], "male": []}
    for k, (_, _, name, _, paragraph) in enumerate(mentions):
        for strong, gender, rank in pronouns(k):
            other = next((p for p, n in reversed(latest[gender]) if n != name), None)
            weight = 1.0 if rank == 0 or strong else 0.5
            if not strong and other is not None and paragraph - other <= RECENT_PARAGRAPHS:
                weight = 0.0  # someone else of that gender is about: it may well be theirs
            votes[name][gender] += weight
        gender = sure.get(name)
        if gender:
            recent = [(p, n) for p, n in latest[gender] if n != name][-1:]
            latest[gender] = [*recent, (paragraph, name)]
    return votes


def _majority(votes: Counter[str], *, minimum: float, ratio: float) -> str | None:
    female, male = votes["female"], votes["male"]
    if female + male >= minimum and female != male and (female >= ratio * male or male >= ratio * female):
        return "female" if female > male else "male"
    return None


# --- attributing the lines ------------------------------------------------------------

_TAG_AFTER = re.compile(
    r"^[\s,;:—–-]*(?:" + _ADV + r")?(?:(?P<verb1>" + _VERB + r")\s+" + _ADV + r"?(?P<who1>" + _WHO + r")(?![\w'’])"
    r"|(?P<who2>" + _WHO + r")\s+" + _ADV + r"?(?:" + _VERB + r"|[a-z]+ed)\b)"
)
_TAG_BEFORE = re.compile(
    r"(?P<who>" + _WHO + r")\s+" + _ADV + r"?(?:" + _VERB + r")\b(?P<rest>[^.!?'\"‘“]{0,60})[,:—–-]?\s*$"
)
_EMBEDDED = re.compile(
    r"\b(?:heard|hear|hears|let|made|watched|listened to)\s+(?P<who>" + _NAME + r"|him|her)\s+(?:" + _VERB + r")\b"
)
_SUBJECT = re.compile(
    r"^[\s,;:—–-]*(?:(?:And|But|Then|So|Now|Suddenly|Finally|Still|At last|At once|Instantly)\s*,?\s+)?"
    r"(?P<who>" + _NAME + r"|He|She|I|His|Her)(?![\w])"
)
_ABBREVIATION_END = r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bProf)(?<!\bCapt)(?<!\bCol)(?<!\bLt)(?<!\bSgt)"
_CLAUSE_SUBJECT = re.compile(r",\s+(?P<who>" + _NAME + r")\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|s)?\b")
_ME = re.compile(r"\b(?:I|me|my|myself)\b")
_ANNOUNCE = re.compile(
    r"(?P<who>" + _NAME + r"|\b[Hh]e|\b[Ss]he|\bI)\s+" + _ADV + r"?(?:" + _VERB + r")\b(?P<rest>[^.!?\"“]{0,80}?)[.:]?\s*$"
)
_SENTENCE_SPLIT = re.compile(r"(?<=[.!?])(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bSt\.)\s+")
_VOICE = re.compile(r"\b(?:a|another|the|some)\s+(?:[a-z]+\s+){0,2}voices?\b")
_VOICE_MARK = "\x00voice"
_NAME_ALONE = re.compile(r"^\W*" + _NAME + r"\W*$")
_DETERMINERS = ("the", "a", "an", "his", "her", "my", "their", "our", "that", "this", "its")
DESCRIPTION_MEMORY = 40
"""A description resolved in a tag ('the child') keeps its person for this many paragraphs after its last use."""
_TITLE_NOUNS = {
    "doctor": "Dr", "inspector": "Inspector", "captain": "Captain", "professor": "Professor", "colonel": "Colonel",
    "major": "Major", "sergeant": "Sergeant", "judge": "Judge", "king": "King", "queen": "Queen",
    "prince": "Prince", "princess": "Princess",
}
_ROLE_NOUNS = set(
    """coroner judge magistrate porter landlord landlady housekeeper servant butler footman waiter waitress clerk
    driver cabman coachman guard constable policeman officer station-master stationmaster postman shopkeeper
    innkeeper sheriff priest vicar minister teacher nurse foreman chairman conductor captain pilot""".split()
)
_NOT_DESCRIPTIONS = {"man", "woman", "one", "other", "same", "first", "second", "last", "rest", "voice", "people"}
_DESCRIPTION_STOP = set(
    "to and or but with as at in on of for by from who whom whose that which while when then than into upon".split()
)
_APPOSITION = re.compile(
    r"(?:^|[.!?;]\s+|,\s+and\s+|\band\s+)(?P<name>" + _NAME + r"),\s+(?:the|his|her|my|our|their)\s+"
    r"(?P<desc>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s*[,.;]"
    r"|\b[Tt]he\s+(?P<desc2>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*),\s+(?P<name2>" + _NAME + r"),"
)


def _head_noun(phrase: str) -> str:
    """'the old man quietly' -> 'man'; 'my companion' -> 'companion'; 'the Coroner' -> 'coroner'."""
    words = phrase.split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    kept: list[str] = []
    for w in words:
        w = w.strip(",.;:!?").lower()
        if not w or w in _DESCRIPTION_STOP or (w.endswith("ly") and kept):
            break
        kept.append(w)
    return kept[-1] if kept else ""
_TAIL_VERB = re.compile(
    r"\b(?P<verb>" + _TAG_VERBS + r"|saying|asking|answering|calling|crying|shouting|whispering|muttering|adding)\b"
    r"(?P<rest>[^.!?;\"“”‘'’]{0,60}?)[,:—–-]?\s*$"
)
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|I)\b")
_OBJECT_BEFORE = {
    "to", "at", "with", "from", "of", "for", "by", "about", "towards", "toward", "on", "upon", "into", "onto",
    "behind", "beside", "after", "like", "than", "told", "asked", "saw", "met", "took", "gave", "let", "made",
    "watched", "heard", "followed", "kissed", "hugged", "pushed", "pulled", "left", "called", "thanked",
}
NARRATION_BREAK_WORDS = 60
"""A narration-only paragraph longer than this ends the current run of turns."""
SUBJECT_MEMORY = 6
"""A sentence subject stays the likeliest 'she'/'he' for this many mentions."""


@dataclass
class _State:
    """What attribution remembers while it walks a chapter."""

    recent: dict[str, int] = field(default_factory=dict)
    """name -> order of last mention (higher is later)."""
    clock: int = 0
    turns: list[str] = field(default_factory=list)
    """Speakers of the current conversation, one per dialogue paragraph."""
    last_paragraph_speaker: str | None = None
    """Speaker of the previous paragraph, when it held dialogue."""
    last_quote_id: int | None = None
    pending_voice: list[Segment] = field(default_factory=list)
    subjects: list[tuple[int, str]] = field(default_factory=list)
    """(clock, name) of the latest named sentence subjects in narration."""
    announced: tuple[str, str] | None = None
    """A speaker announced at the end of the previous paragraph: 'John said:'."""

    def mention(self, name: str) -> None:
        self.clock += 1
        self.recent[name] = self.clock

    def by_recency(self) -> list[str]:
        return sorted(self.recent, key=self.recent.__getitem__, reverse=True)


def attribute_speakers(doc: Document, cast: Cast) -> Document:
    """Set ``speaker`` on every dialogue and thought segment; fill doc.characters."""
    attributor = _Attributor(doc, cast)
    for chapter in doc.chapters:
        attributor.chapter(chapter.segments)
    _count_lines(doc, cast)
    return doc


class _Attributor:
    def __init__(self, doc: Document, cast: Cast) -> None:
        self.doc = doc
        self.text = doc.text
        self.cast = cast
        self.pattern = cast.mention_pattern()
        self.state = _State()
        self.descriptions: dict[str, tuple[str, int, bool]] = {}
        """The mention cache: head noun -> (character, paragraph last used, from an apposition)."""
        self.paragraph_no = 0

    # -- walking -----------------------------------------------------------------

    def chapter(self, segments: list[Segment]) -> None:
        self.state = _State()
        paragraphs: list[list[Segment]] = []
        for seg in segments:
            if paragraphs and paragraphs[-1][0].paragraph == seg.paragraph and seg.kind != "heading":
                paragraphs[-1].append(seg)
            else:
                paragraphs.append([seg])
        for segs in paragraphs:
            self.paragraph(segs)

    def paragraph(self, segs: list[Segment]) -> None:
        st = self.state
        if segs[0].scene_break_before:
            st.turns.clear()
            st.last_paragraph_speaker = None
        spoken = [s for s in segs if s.kind in SPOKEN_KINDS]
        narration = [s for s in segs if s.kind == "narration"]
        mentions = [(pos, name) for s in narration for pos, name in self._mentions(s)]
        self.paragraph_no += 1
        self._note_appositions(narration)
        if self.cast.first_person:
            for s in narration:
                me = _ME.search(self.text, s.start, s.end)
                if me:
                    mentions.append((me.start(), self.cast.narrator))
            mentions.sort()
        if st.pending_voice and mentions:
            newcomer = next(
                (n for _, n in mentions if n not in st.turns and n not in st.recent and n != self.cast.narrator), None
            )
            if newcomer:
                for s in st.pending_voice:
                    s.speaker, s.why = newcomer, "unnamed voice, then introduced"
                if st.turns and st.turns[-1] in (UNKNOWN, UNKNOWN_FEMALE, UNKNOWN_MALE):
                    st.turns[-1] = newcomer
        st.pending_voice = []
        if not spoken or all(s.kind != "dialogue" for s in spoken) and all(s.speaker for s in spoken):
            for s in spoken:
                self._thought_only(s, segs, mentions)
            announced = self._announcement(narration, segs, mentions) if narration and not spoken else None
            for _, name in mentions:
                st.mention(name)
            self._note_subjects(narration)
            st.announced = announced
            words = sum(len(self.text[s.start : s.end].split()) for s in narration)
            if words > NARRATION_BREAK_WORDS or not narration:
                st.turns.clear()
            elif mentions:
                # Narration naming people sets the scene anew: who replies is whoever else is there.
                st.turns[:] = st.turns[-1:]
            st.last_paragraph_speaker = None
            return

        speakers = self._attribute_paragraph(segs, mentions)
        st.announced = None
        for _, name in mentions:
            st.mention(name)
        self._note_subjects(narration)
        main = None
        for s in spoken:
            s.speaker, s.why = speakers[id(s)]
            if s.kind == "dialogue" and main is None:
                main = s.speaker
            if s.speaker in self.cast.characters:
                st.mention(s.speaker)
        if main is not None:
            if not st.turns or st.turns[-1] != main:
                st.turns.append(main)
            st.last_paragraph_speaker = main
        else:
            st.last_paragraph_speaker = None
        dialogue = [s for s in spoken if s.kind == "dialogue"]
        st.last_quote_id = dialogue[-1].quote_id if dialogue else None
        words = sum(len(self.text[s.start : s.end].split()) for s in narration)
        if words > 80:
            st.turns[:] = [main] if main else []

    def _thought_only(self, seg: Segment, segs: list[Segment], mentions) -> None:
        if seg.speaker:
            return
        speaker, why = self._own_tag(seg, segs, mentions)
        if speaker is None or speaker == _VOICE_MARK:
            speaker, why = self._beat(segs, mentions, seg.start)
        seg.speaker, seg.why = (speaker, why) if speaker else (self._generic(segs, seg.start), "unattributed")

    # -- one paragraph -----------------------------------------------------------------

    def _attribute_paragraph(self, segs: list[Segment], mentions) -> dict[int, tuple[str, str]]:
        st = self.state
        spoken = [s for s in segs if s.kind in SPOKEN_KINDS]
        result: dict[int, tuple[str, str]] = {}
        # Rule 1: each quote's own tag.
        own: dict[int, tuple[str, str]] = {}
        self._paragraph_speaker = None
        for s in spoken:
            if s.kind == "thought" and s.speaker:
                own[id(s)] = (s.speaker, s.why)
                continue
            speaker, why = self._own_tag(s, segs, mentions)
            if speaker:
                own[id(s)] = (speaker, why)
                if s.kind == "dialogue" and self._paragraph_speaker is None and speaker != _VOICE_MARK:
                    self._paragraph_speaker = speaker
        first_dialogue = next((s for s in spoken if s.kind == "dialogue"), spoken[0])
        # Rule 0: a speech running on from the previous paragraph.
        if (
            id(first_dialogue) not in own
            and first_dialogue.quote_id is not None
            and first_dialogue.quote_id == st.last_quote_id
            and st.last_paragraph_speaker
        ):
            own[id(first_dialogue)] = (st.last_paragraph_speaker, "speech continues from the previous paragraph")
        default: tuple[str, str] | None = None
        if id(first_dialogue) in own:
            default = own[id(first_dialogue)]
        else:
            default = next((own[id(s)] for s in spoken if id(s) in own and s.kind == "dialogue"), None)
        if default is None and st.announced and segs[0] is first_dialogue:
            default = st.announced
        if default is None:
            speaker, why = self._beat(segs, mentions, first_dialogue.start)
            if speaker is None:
                speaker, why = self._turn_taking(segs)
            if speaker is None:
                speaker, why = self._generic(segs, first_dialogue.start), "unattributed"
            default = (speaker, why)
        for s in spoken:
            result[id(s)] = own.get(id(s), default)
            if id(s) not in own and s.kind == "dialogue" and result[id(s)][0] in self._vocatives(s):
                # "..., Anne?" is not Anne speaking: the other person in the conversation is.
                speaker = result[id(s)][0]
                other = next((t for t in reversed(st.turns) if t and t != speaker), None)
                if other is None:
                    other = next((n for n in st.by_recency() if n != speaker and n in self.cast.characters), None)
                if other:
                    result[id(s)] = (other, "not whom the line addresses")
        voiced = [s for s in spoken if result[id(s)][0] == _VOICE_MARK]
        for s in voiced:
            result[id(s)] = (self._generic(segs, s.start), result[id(s)][1])
        st.pending_voice = voiced
        return result

    def _own_tag(self, seg: Segment, segs: list[Segment], mentions) -> tuple[str | None, str]:
        """A speech tag right after or right before this quote, never naming whom the quote addresses."""
        self._addressed = self._vocatives(seg)
        try:
            return self._own_tag_near(seg, segs, mentions)
        finally:
            self._addressed = set()

    def _vocatives(self, seg: Segment) -> set[str]:
        """Characters the quote speaks to: "..., Anne," / "Marilla, ..." / "... now, Anne?" """
        if self.pattern is None:
            return set()
        text = self.text
        found: set[str] = set()
        if not re.search(r"\w", _NAME_ALONE.sub("", text[seg.start : seg.end], count=1)):
            return found  # "Anne Shirley," -- a name alone may be the speaker's own, given when asked
        # Only near the line's start or end: a long speech may quote others addressing someone.
        head_end = min(seg.end, seg.start + 60)
        tail_start = max(seg.start, seg.end - 40)
        matches = {m.start(): m for m in self.pattern.finditer(text, seg.start, head_end)}
        if tail_start > seg.start:
            matches.update({m.start(): m for m in self.pattern.finditer(text, tail_start, seg.end)})
        for m in matches.values():
            before = text[max(seg.start, m.start() - 2) : m.start()]
            after = text[m.end() : m.end() + 1]
            if (m.start() == seg.start or before.endswith((", ", ",\n", "! ", "? "))) and (
                after in (",", "!", "?", ".") or m.end() == seg.end
            ):
                name = self.cast.resolve(m.group(0))
                if name:
                    found.add(name)
        return found

    def _own_tag_near(self, seg: Segment, segs: list[Segment], mentions) -> tuple[str | None, str]:
        # segs.index(seg) compares dataclasses field by field: quadratic on a
        # paragraph of thousands of quotes. Look the position up by identity.
        positions = getattr(self, "_positions", None)
        i = positions[1].get(id(seg), -1) if positions and positions[0] is segs else -1
        if not 0 <= i < len(segs) or segs[i] is not seg:
            self._positions = (segs, {id(s): n for n, s in enumerate(segs)})
            i = self._positions[1][id(seg)]
        text = self.text
        nxt = segs[i + 1] if i + 1 < len(segs) else None
        prev = segs[i - 1] if i > 0 else None
        quote_end = text[seg.end - 1] if seg.end > seg.start else ""
        before = self._tail_tag(prev, segs, mentions) if prev is not None and prev.kind == "narration" else None
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
            chunk = text[nxt.start : nxt.end]
            clause = _first_clause(chunk)
            closes_sentence = quote_end in ".…" and clause[:1].isupper()
            emb = _EMBEDDED.search(clause)
            if emb:
                name = self._resolve(emb.group("who"), nxt.start + emb.start("who"), segs, mentions)
                if name:
                    return name, f"speech verb subject: {clause.strip()[:40]}"
            m = _TAG_AFTER.match(clause)
            if m and _VOICE.match((m.group("who1") or m.group("who2") or "").lower()):
                return _VOICE_MARK, f"unnamed voice: {clause.strip()[:40]}"
            # 'Go.' Mira looked away. -- a new sentence is a tag only with a speech verb in it.
            if m and not (closes_sentence and m.group("who2") and not re.search(r"\b" + _VERB + r"\b", clause)):
                who = m.group("who1") or m.group("who2")
                at = nxt.start + (m.start("who1") if m.group("who1") else m.start("who2"))
                if re.search(r"\w['’]s$", who) and m.group("who1"):
                    # said Mira's friend Odessa / said Mira's brother: the speaker is the head noun.
                    head = re.match(r"\s+((?:[a-z]+\s+){1,2})?(" + _NAME + r")?", clause[m.end("who1") :])
                    if head and head.group(2):
                        who = head.group(2)
                    elif head and head.group(1):
                        owner = self.cast.resolve(who)
                        found = self._nominal("the " + head.group(1), at, mentions, owner=owner)
                        if found:
                            return found, f"tag after quote: {clause.strip()[:40]}"
                name = self._resolve(who, at, segs, mentions)
                if name:
                    return name, f"tag after quote: {clause.strip()[:40]}"
        if before:
            return before
        if prev is not None and prev.kind == "narration":
            chunk = text[prev.start : prev.end]
            tail = chunk[-160:]
            m = _TAG_BEFORE.search(tail)
            if m:
                last_sentence = _SENTENCE_SPLIT.split(tail)[-1]
                if m.start() >= len(tail) - len(last_sentence):
                    emb = _EMBEDDED.search(last_sentence)
                    who = emb.group("who") if emb else m.group("who")
                    name = self._resolve(who, prev.start + len(chunk) - len(tail) + m.start("who"), segs, mentions)
                    if name:
                        return name, f"tag before quote: {last_sentence.strip()[-40:]}"
        return None, ""

    def _tag_pronoun(self, pronoun: str, at: int, clause_start: int, mentions) -> str | None:
        """'he'/'she' in a tag: this paragraph's speaker so far, else the latest subject of that gender here.

        '"...," said Poirot. And as Inglethorp did not understand, he added:' -- Poirot goes on;
        'Robin sighed, trailing Pooh behind him. At the door he turned and said' -- Robin, not Pooh.
        """
        gender = _PRONOUN_GENDER.get(pronoun.lower())
        if gender not in ("female", "male"):
            return None
        cast = self.cast
        speaker = getattr(self, "_paragraph_speaker", None)
        if speaker and cast.gender(speaker) == gender:
            return speaker
        text = self.text
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

    def _tail_tag(self, prev: Segment, segs: list[Segment], mentions) -> tuple[str, str] | None:
        """The subject of the last speech verb just before a quote.

        'Piglet looked up from his Pit, and said, "Got it?"' / 'Christopher Robin whispered to Rabbit,
        and Rabbit said "Yes"' / 'Kanga was fidgeting about and saying "..."': the name or he/she
        nearest before the verb that is not an object ('to Rabbit', 'hugged Tom').
        """
        text = self.text
        lo = max(prev.start, prev.end - 200)
        m = _TAIL_VERB.search(text, lo, prev.end)
        if not m:
            return None
        verb_at = m.start("verb")
        # The clause the verb is in: back to the last sentence end or semicolon.
        stop = max(text.rfind(c, lo, verb_at) for c in ".!?;")
        if stop >= 0 and re.match(r"(?:Mr|Mrs|Ms|Dr|St)\.", text[max(lo, stop - 3) : stop + 1][-4:].lstrip()):
            stop = max(text.rfind(c, lo, stop) for c in ".!?;")
        start = stop + 1 if stop >= 0 else lo
        # Names only: a first-person narrator's 'me'/'my' is in mentions too, and 'I' comes below.
        first = bisect.bisect_left(mentions, start, key=lambda m: m[0])
        last = bisect.bisect_left(mentions, verb_at, key=lambda m: m[0])
        candidates = [(pos, name, None) for pos, name in mentions[first:last] if not _ME.match(text, pos)]
        for pm in _SUBJECT_PRONOUN.finditer(text, start, verb_at):
            candidates.append((pm.start(), None, pm.group(0)))
        for pos, name, pronoun in sorted(candidates, key=lambda c: c[0], reverse=True):
            word_before = re.search(r"([\w'’]+)\W*$", text[max(start, pos - 25) : pos])
            before = word_before.group(1).lower() if word_before else ""
            if not pronoun and (before in _OBJECT_BEFORE or (before.endswith("ed") and before != "need")):
                continue  # 'to Rabbit', 'hugged Tom': not the one speaking
            if text[pos : pos + 40].startswith(("'s", "’s")) or re.match(r"[\w ]+['’]s\b", text[pos : pos + 40]):
                continue
            who = pronoun or name
            if pronoun:
                who = self._tag_pronoun(pronoun, pos, start, mentions) or self._resolve(pronoun, pos, segs, mentions)
            if who:
                return who, f"tag before quote: {text[start:prev.end].strip()[-40:]}"
            return None
        return None

    def _note_subjects(self, narration: list[Segment]) -> None:
        """Remember who the narration's sentences are about: 'Marilla smothered a smile.'"""
        st = self.state
        for s in narration:
            for sentence in _SENTENCE_SPLIT.split(self.text[s.start : s.end]):
                m = _SUBJECT.match(sentence) or _CLAUSE_SUBJECT.search(sentence)
                if not m or m.group("who").lower() in _PRONOUN_GENDER or re.search(r"['’]s?$", m.group("who")):
                    continue
                name = self.cast.resolve(m.group("who"))
                if name:
                    st.subjects.append((st.clock, name))
        del st.subjects[:-4]

    def _announcement(self, narration: list[Segment], segs: list[Segment], mentions) -> tuple[str, str] | None:
        """'As we turned in at the gates, John said:' / 'Poirot answered them categorically.' -> John / Poirot."""
        last = narration[-1]
        chunk = self.text[last.start : last.end]
        sentence = _SENTENCE_SPLIT.split(chunk)[-1]
        colon = sentence.rstrip().endswith(":")
        m = _ANNOUNCE.search(sentence)
        if not m or not (colon or not m.group("rest").strip() or len(m.group("rest").split()) <= 4):
            # '... and went on:' -- a sentence ending in a colon announces its subject.
            m = _SUBJECT.match(sentence) if colon else None
            if not m:
                return None
        at = last.start + len(chunk) - len(sentence) + m.start("who")
        name = self._resolve(m.group("who"), at, segs, mentions)
        if name and name != _VOICE_MARK and name not in GENERIC_SPEAKERS:
            return name, f"announced before: {sentence.strip()[-40:]}"
        return None

    def _beat(self, segs: list[Segment], mentions, quote_start: int) -> tuple[str | None, str]:
        """Rules 2-3: the subject of the narration next to the quote; the only name in the paragraph."""
        text = self.text
        candidates: list[tuple[int, str]] = []  # (offset, sentence)
        for s in segs:
            if s.kind != "narration":
                continue
            sentences = _SENTENCE_SPLIT.split(text[s.start : s.end])
            pos = s.start
            for sentence in sentences:
                at = text.find(sentence, pos, s.end)
                candidates.append((at, sentence))
                pos = at + len(sentence)
        before = [c for c in candidates if c[0] < quote_start]
        after = [c for c in candidates if c[0] > quote_start]
        ordered = before[-1:] + after[:1] + before[-2:-1] + after[1:2]
        for at, sentence in ordered:
            m = _SUBJECT.match(sentence)
            if not m:
                continue
            who = m.group("who")
            if who.split()[0].lower() in _NOT_NAMES - {"he", "she", "i", "his", "her"}:
                continue
            name = self._resolve(who, at + m.start("who"), segs, mentions)
            if name:
                return name, f"action beat: {sentence.strip()[:40]}"
        named = {n for _, n in mentions if n != self.cast.narrator}
        if len(named) == 1:
            return named.pop(), "only character named in paragraph"
        return None, ""

    def _turn_taking(self, segs: list[Segment]) -> tuple[str | None, str]:
        st = self.state
        turns = [t for t in st.turns if t]
        if len(turns) >= 2:
            if turns[-2] != turns[-1]:
                return turns[-2], "turn-taking"
        if turns:
            other = next(
                (n for n in st.by_recency() if n != turns[-1] and (n in self.cast.characters or n == self.cast.narrator)),
                None,
            )
            if other:
                return other, "turn-taking (other person present)"
        return None, ""

    # -- mentions ------------------------------------------------------------------

    def _mentions(self, seg: Segment) -> list[tuple[int, str]]:
        if self.pattern is None:
            return []
        out = []
        for m in self.pattern.finditer(self.text, seg.start, seg.end):
            name = self.cast.resolve(m.group(0))
            if name:
                out.append((m.start(), name))
        return out

    def _resolve(self, who: str, at: int, segs: list[Segment], mentions) -> str | None:
        """A mention (name, pronoun, description) at offset ``at`` -> a character."""
        who = " ".join(who.split())
        low = who.lower()
        gender = _PRONOUN_GENDER.get(low)
        if gender == "self":
            return self.cast.narrator
        if low == "they":
            return None
        if gender:
            return self._by_gender(gender, at, mentions)
        first = low.split()[0]
        if first in _DETERMINERS:
            return self._description(who, at, mentions)
        words = who.split()
        while len(words) > 1 and words[0].lower() in _NOT_NAMES and words[0].lower() not in _TITLE_GENDER:
            words.pop(0)  # 'Then Poirot' -> 'Poirot'
        who = " ".join(words)
        first = who.lower().split()[0]
        if first in _NOT_NAMES and first not in ("miss", "lady", "sir", "mr", "mrs", "dr"):
            return None
        name = self.cast.resolve(who)
        if name is None and len(who.split()) > 1:
            name = self.cast.resolve(who.split()[0])
        return name

    def _by_gender(self, gender: str, at: int, mentions, exclude: str | None = None) -> str | None:
        st = self.state
        cast = self.cast
        skip = {exclude, *getattr(self, "_addressed", ())}  # 'she said' is not whom the quote addresses
        # (a) named earlier in this paragraph, outside the quotes.
        for pos, name in reversed(mentions):
            if pos < at and name not in skip and cast.gender(name) == gender and name != cast.narrator:
                return name
        # (b) a reply right after a line by someone of the same gender: the other one.
        prev = st.last_paragraph_speaker
        ordered = [n for n in st.by_recency() if n not in skip and n != cast.narrator]
        if prev and prev not in skip and cast.gender(prev) == gender:
            other = next((n for n in ordered if n != prev and cast.gender(n) == gender), None)
            if other and (other in st.turns or st.recent.get(other, 0) > st.clock - 12):
                return other
            return prev
        # (c) the latest sentence subject of that gender (if lately), else the latest mention.
        found = next(
            (
                n
                for clock, n in reversed(st.subjects)
                if clock > st.clock - SUBJECT_MEMORY and n not in skip and n != cast.narrator and cast.gender(n) == gender
            ),
            None,
        )
        found = found or next((n for n in ordered if cast.gender(n) == gender), None)
        if found:
            return found
        return None

    def _description(self, phrase: str, at: int, mentions) -> str | None:
        """'said the doctor', 'the child responded', 'said the Coroner' -> a character.

        A mention cache (Muzny et al. 2017): a description once linked to
        someone -- by an apposition in the narration ('Mr. Wells, the lawyer,')
        or by resolving it here -- keeps meaning them while it is in use.
        Otherwise: a title noun is the latest person of that title ('the
        doctor' -> Dr Bauerstein); a man/woman noun goes by gender; a role
        ('the Coroner', 'the porter') becomes a speaker of its own.
        """
        head = _head_noun(phrase)
        if not head:
            return None
        cached = self.descriptions.get(head)
        if cached and (cached[2] or self.paragraph_no - cached[1] <= DESCRIPTION_MEMORY):
            if cached[0] != self.state.last_paragraph_speaker or cached[2]:
                self.descriptions[head] = (cached[0], self.paragraph_no, cached[2])
                return cached[0]
        found = None
        title = _TITLE_NOUNS.get(head)
        if title:
            titled = [n for n in self.cast.characters if n.split()[0].rstrip(".") == title]
            recent = [n for n in self.state.by_recency() if n in titled]
            found = recent[0] if recent else (titled[0] if len(titled) == 1 else None)
        if found is None:
            found = self._nominal(phrase.lower(), at, mentions)
        if found is None and (head in _ROLE_NOUNS or re.search(r"\b" + head.capitalize() + r"\b", phrase)):
            found = "The " + "-".join(w.capitalize() for w in head.split("-"))
            gender = next((g for g, nouns in _GENDER_NOUNS.items() if re.fullmatch(nouns, head)), None)
            if found not in self.cast.characters:
                self.cast.add(found, [], gender)
        if found and found not in GENERIC_SPEAKERS and head not in _NOT_DESCRIPTIONS:
            self.descriptions[head] = (found, self.paragraph_no, False)
        return found

    def _note_appositions(self, narration: list[Segment]) -> None:
        """'Mr. Wells, the lawyer, ...' / 'the old sailor, Jem, ...' -> remember who the description is."""
        for s in narration:
            chunk = self.text[s.start : s.end]
            if "," not in chunk:
                continue
            for m in _APPOSITION.finditer(chunk):
                name = self.cast.resolve(m.group("name") or m.group("name2"))
                head = _head_noun(m.group("desc") or m.group("desc2"))
                if name and head and head not in _NOT_DESCRIPTIONS:
                    self.descriptions[head] = (name, self.paragraph_no, True)

    def _nominal(self, phrase: str, at: int, mentions, owner: str | None = None) -> str | None:
        """'her brother', 'the old man', 'a voice' -> a character, where the words allow."""
        for gender, nouns in _GENDER_NOUNS.items():
            if re.search(r"\b(?:" + nouns + r")\b", phrase):
                exclude = owner or self.state.last_paragraph_speaker
                found = self._by_gender(gender, at, [], exclude=exclude)
                return found or (None if self.state.turns else (UNKNOWN_MALE if gender == "male" else UNKNOWN_FEMALE))
        return None

    def _generic(self, segs: list[Segment], at: int) -> str:
        for s in segs:
            if s.kind == "narration":
                chunk = self.text[s.start : s.end]
                if re.search(r"\b(she|her)\b", chunk, re.IGNORECASE):
                    return UNKNOWN_FEMALE
                if re.search(r"\b(he|him|his)\b", chunk, re.IGNORECASE):
                    return UNKNOWN_MALE
        return UNKNOWN


_CLAUSE_END = re.compile(_ABBREVIATION_END + r"[.!?;]")


def _first_clause(chunk: str) -> str:
    m = _CLAUSE_END.search(chunk)
    return chunk[: m.start() + 1] if m else chunk


def _count_lines(doc: Document, cast: Cast) -> None:
    """doc.characters: everyone who speaks, plus everyone configured (speaking or not)."""
    characters = {
        name: Character(name=c.name, aliases=list(c.aliases), gender=c.gender)
        for name, c in cast.characters.items()
    }
    _tally_lines(doc, characters)
    doc.characters = {n: c for n, c in characters.items() if c.lines or n in cast.configured}


def recount_lines(doc: Document) -> None:
    """Recount doc.characters' lines and words after segments changed hands (overrides)."""
    for char in doc.characters.values():
        char.lines = char.words = 0
    _tally_lines(doc, doc.characters)


def _tally_lines(doc: Document, characters: dict[str, Character]) -> None:
    """Add every spoken segment to its speaker's counts, adding speakers not yet listed."""
    for seg in doc.segments:
        if seg.reader:
            char = characters.get(seg.reader)
            if char is None:
                char = Character(name=seg.reader, gender=GENERIC_SPEAKERS.get(seg.reader))
                characters[seg.reader] = char
            char.lines += 1
            char.words += len(doc.text[seg.start : seg.end].split())
