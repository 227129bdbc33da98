"""A small learned ranker for the lines turn-taking decides: who, of the people about, speaks next.

Turn-taking by rule takes the speaker two paragraphs back (A, B, A, B). That
is right about two times in three; the misses are a third person joining, a
silent turn in the narration, a speaker named in the paragraph. The ranker
scores each candidate (the conversation's speakers, the people lately
mentioned) by a weighted sum of plain features, each one a fact a reader
would use, and takes the best. The weights are learned from the annotated dev
corpus by ``tests/eval/train_turns.py`` (an averaged perceptron: deterministic,
a few seconds) and shipped as ``ficaudio/data/turn_ranker.json``; without that
file the rule's own choice stands. Nothing is fetched at run time.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from ..model import GENERIC_SPEAKERS
from .vocab import _TURNED_TO

if TYPE_CHECKING:
    from ..model import Segment
    from .attribute import Attributor
    from .sieves import ParagraphContext

FEATURES = (
    "rule_choice", "two_back", "three_back", "last_speaker", "in_conversation", "recency", "named_here",
    "named_here_subject", "addressed_before", "latest_subject", "recent_subject", "narrator", "gender_fits",
    "gender_clashes", "after_narration_last", "speaker_share", "tagged_next", "addressed_next", "turned_to", "in_scene",
    "spoken_of_here",
    "sounds_like", "style", "tagged_ahead",
)
"""Feature names, in the order of a candidate's feature vector."""

MAX_CANDIDATES = 6
_SHE = re.compile(r"\b(?:she|her|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)

PRONOUN_FEATURES = (
    "rule_choice", "two_back", "last_speaker", "in_conversation", "recency", "named_before_quote",
    "named_first", "addressed_before", "latest_subject", "recent_subject", "speaker_share", "gender_known",
    "reply_by_last_speaker", "tagged_next", "addressed_next", "turned_to", "in_scene", "sounds_like", "style",
    "spoken_of_here", "tagged_ahead",
)
"""Features of a candidate for 'he'/'she' in a speech tag."""

RECORD: list | None = None
"""Set to a list by the training script: each turn-taking decision appends (segment, candidates, vectors)."""
PRONOUN_RECORD: list | None = None
"""The same for 'he said' / 'she said' tags."""


def _load(name: str, features: tuple[str, ...]) -> tuple[float, ...] | None:
    try:
        data = json.loads(resources.files("ficaudio").joinpath(f"data/{name}").read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return None
    if tuple(data.get("features", ())) != features:
        return None  # trained on other features: retrain rather than guess
    return tuple(float(w) for w in data["weights"])


SHORT_TEXT_WORDS = 15_000
"""A text shorter than this (a fic chapter, a one-shot) is weighed by the weights trained on the fic sets as well
as the novels (``*_short.json``): fics are told differently -- present tense, 'you', three to five people in a
scene -- and trained on them too the rankers put more lines right on fic sets they had not seen (each English fic
folder left out in turn: 1314 -> 1327 of 1676, tests/eval/train_turns.py --fics-held-out), while on the novels the
same weights lost 0.3 points held out. Every annotated novel is longer, so a novel is weighed as before."""


def is_short(text: str) -> bool:
    """Whether ``text`` is weighed with the short-text weights."""
    return len(text.split()) < SHORT_TEXT_WORDS


@lru_cache(maxsize=2)
def weights(short: bool = False) -> tuple[float, ...] | None:
    """The shipped turn-taking weights (``short``: those for a short text), or None (then the rule decides)."""
    return (short and _load("turn_ranker_short.json", FEATURES)) or _load("turn_ranker.json", FEATURES)


@lru_cache(maxsize=2)
def pronoun_weights(short: bool = False) -> tuple[float, ...] | None:
    """The shipped weights for pronoun tags (``short``: for a short text), or None (then the rule decides)."""
    return (short and _load("pronoun_ranker_short.json", PRONOUN_FEATURES)) or _load(
        "pronoun_ranker.json", PRONOUN_FEATURES)


def _best(w: tuple[float, ...], vectors: list[list[float]]) -> int:
    scores = [sum(a * b for a, b in zip(w, v)) for v in vectors]
    return max(range(len(vectors)), key=lambda i: (scores[i], -i))


def candidates(att: Attributor, para: ParagraphContext, rule_choice: str | None) -> list[str]:
    """The people who may be speaking: the conversation's speakers, then those lately mentioned."""
    st = att.state
    cast = att.cast
    named_here = {n for _, n in para.mentions}
    return _pool(
        att, para.first_dialogue,
        [rule_choice, *reversed(st.turns), *(n for _, n in para.mentions), *sorted(st.addressed), *st.by_recency()],
        lambda name: (name in cast.characters or name == cast.narrator) and name not in para.silent
        and (name not in st.gone or name in named_here),
    )


def _pool(att: Attributor, quote: Segment, names, fits) -> list[str]:
    """The first MAX_CANDIDATES distinct characters of ``names`` that ``fits`` allows, leaving out generic
    voices and whoever ``quote`` calls by name (a line is not said by its addressee)."""
    addressed = att.vocatives(quote) | set(getattr(att, "_addressed", ()))
    pool: list[str] = []
    for name in names:
        if name and name not in pool and name not in GENERIC_SPEAKERS and name not in addressed and fits(name):
            pool.append(name)
            if len(pool) >= MAX_CANDIDATES:
                break
    return pool


def _facts(att: Attributor, pool: list[str], rule_choice: str | None,
           mentions: list[tuple[int, str]], line: Segment | None = None) -> list[dict[str, float]]:
    """What both rankers know of each candidate: the conversation, the paragraph's ``mentions``
    (offset, name) that count, who has spoken, and how like each one's speech ``line`` is."""
    st = att.state
    said = att.text[line.start : line.end] if line is not None else ""
    styles = [att.style.score(name, said) if said else None for name in pool]
    known = [s for s in styles if s is not None]
    best = max(known) if len(known) >= 2 else None
    named = [n for _, n in _alone(att, mentions)]
    # Whom the narration has someone look or turn to ('he turned round and looked at Dorian'). Learned:
    # in a 'he said' tag it tells against that person (the one spoken to); for an untagged line, for them.
    faced = {n for pos, n in mentions if _TURNED_TO.search(att.text, max(0, pos - 12), pos)}
    # Whom the line itself speaks of (seldom its speaker: 'Where is Anne?'), not to.
    spoken_of_here = {n for _, n in att._mentions(line)} - att.vocatives(line) if line is not None else set()
    turns = [t for t in st.turns if t]
    order = {name: rank for rank, name in enumerate(st.by_recency())}
    subjects = [n for _, n in st.subjects]
    counts = att.lines_so_far
    total = sum(counts.values()) or 1
    return [
        {
            "rule_choice": float(name == rule_choice),
            "two_back": float(len(turns) >= 2 and turns[-2] == name),
            "three_back": float(len(turns) >= 3 and turns[-3] == name),
            "last_speaker": float(bool(turns) and turns[-1] == name),
            "in_conversation": float(name in turns),
            "recency": 1.0 / (1 + order.get(name, len(order))),
            "named": float(name in named),
            "named_first": float(bool(named) and named[0] == name),
            "addressed_before": float(name in st.addressed),
            "latest_subject": float(bool(subjects) and subjects[-1] == name),
            "recent_subject": float(name in subjects),
            "speaker_share": counts.get(name, 0) / total,
            "tagged_next": float(name == att.tagged_next),
            "addressed_next": float(name in att.addressed_next),
            "turned_to": float(name in faced),
            "in_scene": float(name in st.scene),
            "spoken_of_here": float(name in spoken_of_here),
            # Who a tag by name has speaking later in the scene is in the conversation, not someone spoken of
            # (learned for them in both rankers; held out on the novels 82.75 -> 83.14).
            "tagged_ahead": float(name in att.tagged_ahead),
            # Whose speech the line's words are most like ('sir', 'my dear Watson'), among those known.
            "sounds_like": float(best is not None and style == best),
            "style": max(-1.0, min(1.0, (style - best) / 5)) if best is not None and style is not None else 0.0,
        }
        for name, style in zip(pool, styles)
    ]


_COORDINATED = re.compile(r"(?:,\s*|\s+)(?:and|or|nor)\s+|,\s*")


def _alone(att: Attributor, mentions: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The mentions not joined to another by 'and' ('Holmes and Jones sat ...'): a pair is 'they', so
    neither is the likelier 'he' of the tag that follows."""
    ends = {}
    for pos, _ in mentions:
        m = att.pattern.match(att.text, pos) if att.pattern else None
        ends[pos] = m.end() if m else pos
    joined: set[int] = set()
    for (a, _), (b, _) in zip(mentions, mentions[1:]):
        if _COORDINATED.fullmatch(att.text, ends[a], b):
            joined |= {a, b}
    return [(pos, n) for pos, n in mentions if pos not in joined]


def features(att: Attributor, para: ParagraphContext, pool: list[str], rule_choice: str | None) -> list[list[float]]:
    """The turn-taking candidates' vectors, each in the order of FEATURES."""
    st = att.state
    cast = att.cast
    turns = [t for t in st.turns if t]
    narration = " ".join(att.text[s.start : s.end] for s in para.segs if s.kind == "narration")
    she, he = bool(_SHE.search(narration)), bool(_HE.search(narration))
    vectors = []
    for name, facts in zip(pool, _facts(att, pool, rule_choice, list(para.mentions), para.first_dialogue)):
        gender = cast.gender(name)
        facts.update(
            named_here=facts["named"],
            named_here_subject=facts["named_first"],
            narrator=float(name == cast.narrator and cast.first_person),
            gender_fits=float((gender == "female" and she and not he) or (gender == "male" and he and not she)),
            gender_clashes=float((gender == "female" and he and not she) or (gender == "male" and she and not he)),
            after_narration_last=float(st.last_paragraph_speaker is None and bool(turns) and turns[-1] == name),
        )
        vectors.append([facts[f] for f in FEATURES])
    return vectors


def choose(att: Attributor, para: ParagraphContext, rule_choice: str | None) -> str | None:
    """The ranker's pick among the candidates; the rule's choice when there are no weights or no candidates."""
    w = weights(att.short_text)
    if w is None and RECORD is None:
        return rule_choice
    pool = candidates(att, para, rule_choice)
    if not pool:
        return rule_choice
    vectors = features(att, para, pool, rule_choice)
    if RECORD is not None:
        RECORD.append((para.first_dialogue, pool, vectors))
    if w is None:
        return rule_choice
    return pool[_best(w, vectors)]


def choose_pronoun(att: Attributor, quote: Segment, mentions, at: int, gender: str, rule_choice: str | None,
                   opens_paragraph: bool) -> str | None:
    """Who 'he'/'she' in the tag of ``quote`` is, among the people of that gender about; the rule's choice
    without weights. ``at`` is the pronoun's offset; ``mentions`` the paragraph's names; ``opens_paragraph``
    whether the quote begins its paragraph (a reply, as a rule)."""
    w = pronoun_weights(att.short_text)
    if w is None and PRONOUN_RECORD is None:
        return rule_choice
    st = att.state
    cast = att.cast
    pool = _pool(
        att, quote, [rule_choice, *reversed(st.turns), *(n for _, n in mentions), *sorted(st.addressed), *st.by_recency()],
        # The reader of a second-person fic is 'you', never 'he' or 'she'.
        lambda name: name in cast.characters and name not in (cast.narrator, cast.reader) and cast.gender(name) in (gender, None),
    )
    if not pool:
        return rule_choice
    vectors = []
    for name, facts in zip(pool, _facts(att, pool, rule_choice, [(pos, n) for pos, n in mentions if pos < at], quote)):
        facts.update(
            named_before_quote=facts["named"],
            gender_known=float(cast.gender(name) == gender),
            reply_by_last_speaker=float(opens_paragraph and name == st.last_paragraph_speaker),
        )
        vectors.append([facts[f] for f in PRONOUN_FEATURES])
    if PRONOUN_RECORD is not None:
        PRONOUN_RECORD.append((quote, pool, vectors))
    if w is None:
        return rule_choice
    return pool[_best(w, vectors)]
