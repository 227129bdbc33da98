"""Sentences and words with nltk, offline.

nltk's Punkt sentence splitter normally loads a model downloaded with
``nltk.download('punkt')`` (nltk's data has French, Spanish and German models,
but no package installs them and nothing may be downloaded at run time), so it
is built here from parameters: the abbreviations fics use (Mr., Dr., ...; for
another language, those its file in ficaudio/languages/ lists) are given,
and Punkt's own rules do the rest.
"""

from __future__ import annotations

import functools
import re

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

ABBREVIATIONS = frozenset(
    """mr mrs ms dr st prof capt lt sgt col gen rev sr jr mt ft vs etc e.g i.e a.m p.m vol ch pt approx dept
    est inc ltd co jan feb mar apr jun jul aug sep sept oct nov dec""".split()
)
_WORD = re.compile(r"\w+(?:['’]\w+)*", re.UNICODE)


@functools.lru_cache(maxsize=None)
def _tokenizer(language: str = "en") -> "PunktSentenceTokenizer":
    # Imported on first use: importing nltk takes ~0.2 s, a quarter of a cached
    # re-render, and a story whose paragraphs are all short never needs it.
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    if language == "en":
        params.abbrev_types = set(ABBREVIATIONS)
    else:  # the language's own (languages/<code>.py): 'Mme.', 'Sra.', 'z.B.'
        from .languages import get

        params.abbrev_types = set(get(language).abbreviations)
    return PunktSentenceTokenizer(params)


def sentence_spans(text: str, start: int = 0, end: int | None = None, *, language: str = "en") -> list[tuple[int, int]]:
    """Half-open (start, end) offsets of the sentences in ``text[start:end]``, split as ``language`` writes."""
    end = len(text) if end is None else end
    return [(start + s, start + e) for s, e in _tokenizer(language).span_tokenize(text[start:end])]


def count_words(text: str) -> int:
    """Words as a listener hears them: don't, Sakura's and 1847 are one word each."""
    return len(_WORD.findall(text))
