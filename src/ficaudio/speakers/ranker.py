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

if TYPE_CHECKING:
    from .attribute import Attributor
    from .sieves import ParagraphContext

FEATURES = (
    "rule_choice", "two_back", "three_back", "last_speaker", "in_conversation", "recency", "named_here",
    "named_here_subject", "addressed_before", "latest_subject", "recent_subject", "narrator", "gender_fits",
    "gender_clashes", "after_narration_last", "speaker_share",
)
"""Feature names, in the order of a candidate's feature vector."""

MAX_CANDIDATES = 6
_SHE = re.compile(r"\b(?:she|her|herself)\b", re.IGNORECASE)
_HE = re.compile(r"\b(?:he|him|his|himself)\b", re.IGNORECASE)

RECORD: list | None = None
"""Set to a list by the training script: each decision appends (segment, candidates, feature vectors)."""


@lru_cache(maxsize=1)
def weights() -> tuple[float, ...] | None:
    """The shipped weights, or None (then the rule decides)."""
    try:
        data = json.loads(resources.files("ficaudio").joinpath("data/turn_ranker.json").read_text(encoding="utf-8"))
    except (FileNotFoundError, OSError, ValueError):
        return None
    if tuple(data.get("features", ())) != FEATURES:
        return None  # trained on other features: retrain rather than guess
    return tuple(float(w) for w in data["weights"])


def candidates(att: Attributor, para: ParagraphContext, rule_choice: str | None) -> list[str]:
    """The people who may be speaking: the conversation's speakers, then those lately mentioned."""
    st = att.state
    cast = att.cast
    addressed = att.vocatives(para.first_dialogue)
    pool: list[str] = []
    for name in [rule_choice, *reversed(st.turns), *(n for _, n in para.mentions), *st.by_recency()]:
        if (
            name
            and name not in pool
            and name not in GENERIC_SPEAKERS
            and name not in addressed
            and (name in cast.characters or name == cast.narrator)
        ):
            pool.append(name)
        if len(pool) >= MAX_CANDIDATES:
            break
    return pool


def features(att: Attributor, para: ParagraphContext, name: str, rule_choice: str | None,
             counts: dict[str, int]) -> list[float]:
    st = att.state
    cast = att.cast
    turns = [t for t in st.turns if t]
    order = st.by_recency()
    rank = order.index(name) if name in order else len(order)
    text = att.text
    narration = " ".join(text[s.start : s.end] for s in para.segs if s.kind == "narration")
    she, he = bool(_SHE.search(narration)), bool(_HE.search(narration))
    gender = cast.gender(name)
    fits = (gender == "female" and she and not he) or (gender == "male" and he and not she)
    clashes = (gender == "female" and he and not she) or (gender == "male" and she and not he)
    named_here = [n for _, n in para.mentions]
    subjects = [n for _, n in st.subjects]
    total = sum(counts.values()) or 1
    return [
        float(name == rule_choice),
        float(len(turns) >= 2 and turns[-2] == name),
        float(len(turns) >= 3 and turns[-3] == name),
        float(bool(turns) and turns[-1] == name),
        float(name in turns),
        1.0 / (1 + rank),
        float(name in named_here),
        float(bool(named_here) and named_here[0] == name),
        float(name in st.addressed),
        float(bool(subjects) and subjects[-1] == name),
        float(name in subjects),
        float(name == cast.narrator and cast.first_person),
        float(fits),
        float(clashes),
        float(st.last_paragraph_speaker is None and bool(turns) and turns[-1] == name),
        counts.get(name, 0) / total,
    ]


def choose(att: Attributor, para: ParagraphContext, rule_choice: str | None) -> str | None:
    """The ranker's pick among the candidates; the rule's choice when there are no weights or no candidates."""
    w = weights()
    if w is None and RECORD is None:
        return rule_choice
    pool = candidates(att, para, rule_choice)
    if not pool:
        return rule_choice
    counts = att.lines_so_far
    vectors = [features(att, para, name, rule_choice, counts) for name in pool]
    if RECORD is not None:
        RECORD.append((para.first_dialogue, pool, vectors))
    if w is None:
        return rule_choice
    scores = [sum(a * b for a, b in zip(w, v)) for v in vectors]
    best = max(range(len(pool)), key=lambda i: (scores[i], -i))
    return pool[best]
