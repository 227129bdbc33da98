"""How each character talks: the words of their tagged lines, to weigh who says an untagged one.

People in a story have habits of speech -- the names they call others ('my dear Watson'), the words they
use ('sir', 'mon ami', 'ain't', 'reckon'). Every line whose own tag names its speaker ('..., said
Holmes': the most precise rule, ~98%) adds its words to that speaker's counts as the walk goes; for a
line turn-taking or a 'he said' has to weigh, ``score`` says how much likelier its words are in a
candidate's speech than in everyone's (a naive-Bayes log-likelihood ratio, add-one smoothed). The
rankers (ranker.py) read it as one more fact; the weight it gets is learned like the others'.
"""

from __future__ import annotations

import math
import re
from collections import Counter

_WORD = re.compile(r"[a-z]+(?:['’][a-z]+)?")
MIN_WORDS = 40
"""A speaker needs this many words of tagged speech before their style says anything."""


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


class SpeechStyle:
    """Word counts per speaker, from lines their own tags name."""

    def __init__(self) -> None:
        self.by_speaker: dict[str, Counter[str]] = {}
        self.totals: dict[str, int] = {}
        self.everyone: Counter[str] = Counter()
        self.total = 0

    def add(self, speaker: str, text: str) -> None:
        found = words(text)
        self.by_speaker.setdefault(speaker, Counter()).update(found)
        self.totals[speaker] = self.totals.get(speaker, 0) + len(found)
        self.everyone.update(found)
        self.total += len(found)

    def score(self, speaker: str, text: str) -> float | None:
        """Log-likelihood ratio of ``text``'s words in ``speaker``'s speech against everyone's; None while
        the speaker has said too little."""
        n = self.totals.get(speaker, 0)
        if n < MIN_WORDS:
            return None
        mine = self.by_speaker[speaker]
        vocabulary = len(self.everyone) + 1
        total = 0.0
        for w in set(words(text)):
            total += math.log((mine[w] + 1) / (n + vocabulary)) - math.log((self.everyone[w] + 1) / (self.total + vocabulary))
        return total
