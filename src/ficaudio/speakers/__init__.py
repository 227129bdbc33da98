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

from ..model import (  # noqa: F401 - the generic speakers' names are also used from here
    FIRST_PERSON,
    GENERIC_SPEAKERS,
    UNKNOWN,
    UNKNOWN_FEMALE,
    UNKNOWN_MALE,
)
_LAZY = {
    "attribute_speakers": ".attribute",
    "Cast": ".cast",
    "discover_characters": ".discover",
    "recount_lines": ".lines",
}


def __getattr__(name: str):
    # Loaded on first use: a cached re-render reads the script (speakers.decision) without the text stages.
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Cast", "FIRST_PERSON", "GENERIC_SPEAKERS", "UNKNOWN", "UNKNOWN_FEMALE", "UNKNOWN_MALE",
    "attribute_speakers", "discover_characters", "recount_lines",
]
