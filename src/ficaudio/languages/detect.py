"""The story's language: voices.yaml's ``language:``, else the download's metadata, else the text's, else English.

Metadata is AO3's ``Language:`` tag, FanFicFare's language field, an EPUB's
``dc:language`` or a plain-text header's ``Language:`` line (all read into
``hints.metadata["language"]``). Without one, py3langid names the language
of the story's prose: it works offline from the model its package ships
(about 5 MB), is deterministic, and is a maintained fork of langid.py. Its
answer is taken only when it is sure (probability >= MIN_CONFIDENCE) about
enough words and names a language ficaudio has a module for; a preview
snippet of a few words stays English.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import DEFAULT, normalize, region, supported

MIN_WORDS = 40
"""Fewer words of prose than this are too few to tell a language by."""
MIN_CONFIDENCE = 0.9
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]")
_WORDS = re.compile(r"[a-z]+")
_ENGLISH = frozenset("the and to of a i you he she it was in that his her my me with for on at had not but".split())
"""English's commonest words: a quarter to a third of English prose, a few in a hundred of French, Spanish or German."""
ENGLISH_SHARE = 0.2
SAMPLE_CHARS = 20_000
"""The start of the story is enough, and keeps detection fast on a long one."""


@dataclass(frozen=True)
class StoryLanguage:
    code: str
    source: str
    """'voices.yaml', 'metadata', 'detected' or 'default'."""
    region: str = ""
    """The region's eSpeak NG voice when the metadata or voices.yaml names one ('pt-br'), else ''."""

    def describe(self) -> str:
        from . import get

        how = {"voices.yaml": "set in voices.yaml", "metadata": "from the story's metadata",
               "detected": "detected from the text", "default": "the default"}[self.source]
        where = f", {self.region} voices" if self.region else ""
        return f"{get(self.code).name} ({self.code}{where}, {how})"


def story_language(text: str, metadata: dict[str, list[str]], configured: str | None = None) -> StoryLanguage:
    """Which language the story is in, and how that was decided."""
    if configured:  # 'pt', or 'pt-br' for a region (config.py)
        return StoryLanguage(normalize(configured) or configured, "voices.yaml", region(configured))
    for value in metadata.get("language", []):
        code = normalize(value)
        if code:
            return StoryLanguage(code, "metadata", region(value))
    code = detect(text)
    if code:
        return StoryLanguage(code, "detected")
    return StoryLanguage(DEFAULT, "default")


def detect(text: str) -> str | None:
    """The language py3langid is sure ``text`` is in, when ficaudio has it; else None.

    Prose whose commonest English words make up a fifth of it is English without asking: loading
    py3langid's model costs 0.6 s of a render's 7 s of CPU, and most stories are in English.
    """
    sample = text[:SAMPLE_CHARS]
    # Chinese and Japanese have no spaces: each of their characters counts as a word (most words are 1-2).
    if len(sample.split()) + len(_CJK.findall(sample)) < MIN_WORDS:
        return None
    words = _WORDS.findall(sample.lower())
    if words and sum(w in _ENGLISH for w in words) >= ENGLISH_SHARE * len(words):
        return DEFAULT
    code, probability = _identifier().classify(sample)
    return code if probability >= MIN_CONFIDENCE and code in supported() else None


@functools.lru_cache(maxsize=1)
def _identifier():
    # Loaded on first use (0.5 s): a story whose metadata names its language never needs it.
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
