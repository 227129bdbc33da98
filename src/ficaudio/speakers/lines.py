"""Counting each character's lines and words."""

from __future__ import annotations

from ..model import GENERIC_SPEAKERS, Character, Document
from .cast import Cast

def count_lines(doc: Document, cast: Cast) -> None:
    """doc.characters: everyone who speaks, plus everyone configured (speaking or not)."""
    characters = {
        name: Character(name=c.name, aliases=list(c.aliases), gender=c.gender,
                        narrates=cast.first_person and name == cast.narrator)
        for name, c in cast.characters.items()
    }
    _tally_lines(doc, characters)
    for char in characters.values():
        if not char.gender and (_is_role(char.name) or char.narrates and any(_is_role(a) for a in char.aliases)):
            # 'said the porter', and nothing in the text says who the porter is: a man's voice, the likelier
            # one for the roles old books give no name. Only the voice: attribution has used no such gender.
            char.gender, char.gender_assumed = "male", True
    doc.characters = {n: c for n, c in characters.items() if c.lines or n in cast.configured}


_UNMARKED_TITLES = {"dr", "doctor", "professor", "captain", "colonel", "major", "general", "admiral", "inspector",
                    "sergeant", "constable", "judge"}
"""Titles of a rank or calling that say nothing of sex by their form ('Colonel Fussell'), as vocab.title_class."""


def _is_role(name: str) -> bool:
    """A speaker named by a role noun, as attribution names them ('The Porter', 'The Station-Master'), or by
    the title of one ('Colonel Fussell')."""
    words = name.split()
    if len(words) >= 2 and words[0].rstrip(".").lower() in _UNMARKED_TITLES:
        return True
    return len(words) >= 2 and words[0] == "The" and all(w[:1].isupper() for w in words[1:])


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
