"""Character tags from a work's metadata, and the short names the prose uses for them.

AO3 character tags are full canonical names, sometimes with a fandom
qualifier: ``Haruno Sakura``, ``Sherlock Holmes (BBC)``, ``Hermione Granger``.
The prose says ``Sakura``, ``Sherlock``, ``Hermione`` (or ``Granger``, when
Snape speaks). An alias is a part of the name that the story's text really
uses and that no other tagged character shares.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["base_name", "cast_aliases", "character_aliases", "is_role_tag", "names_the_reader"]

_QUALIFIER = re.compile(r"\s*\([^)]*\)\s*$")
# Tags that name a role, not a person: nobody is called "Original" in the prose.
_GENERIC = re.compile(
    r"^(?:original (?:female |male |non-binary |)characters?(?:\s*\(?s\)?)?|original characters?|reader|you|"
    r"ensemble|everyone|other characters?|various|oc|ofc|omc)$",
    re.IGNORECASE,
)
_NOT_ALIAS = {
    "mr", "mrs", "ms", "miss", "dr", "doctor", "sir", "lady", "lord", "king", "queen", "prince", "princess",
    "captain", "professor", "general", "saint", "st", "jr", "sr", "ii", "iii", "de", "da", "del", "der", "di",
    "du", "la", "le", "van", "von", "of", "the", "and", "al", "bin", "ibn", "y",
}


_READER_TAG = re.compile(r"^(?:reader|you|reader[- ]insert|y/n)$", re.IGNORECASE)


def is_role_tag(tag: str) -> bool:
    """'Original Female Character(s)', 'Reader', 'Ensemble': a tag that is nobody's name, so no voice of its own."""
    return bool(_GENERIC.match(base_name(tag)))


def names_the_reader(tag: str) -> bool:
    """'Reader' / 'You': the work is a reader-insert, and 'you' is a character."""
    return bool(_READER_TAG.match(base_name(tag)))


def base_name(tag: str) -> str:
    """The tag without its fandom qualifier: 'Sherlock Holmes (BBC)' -> 'Sherlock Holmes'."""
    return " ".join(_QUALIFIER.sub("", tag).split()) or " ".join(tag.split())


def _parts(name: str) -> list[str]:
    parts = [p.strip(".,\"'“”") for p in re.split(r"[\s]+", name)]
    return [p for p in parts if len(p) > 1 and p[0].isupper() and p.lower().rstrip(".") not in _NOT_ALIAS]


def character_aliases(tag: str, text: str | None = None) -> list[str]:
    """Short names for one character tag, most used in ``text`` first.

    Args:
        tag: the full tag, e.g. 'Haruno Sakura'.
        text: the story text; when given, only names it uses are returned.

    Returns:
        Aliases other than the tag itself: 'Haruno Sakura' -> ['Sakura'] when the
        prose says Sakura; every name part (and the unqualified name) without text.
    """
    return cast_aliases([tag], text).get(tag, [])


def cast_aliases(tags: list[str], text: str | None = None) -> dict[str, list[str]]:
    """Aliases for every character tag, leaving out name parts two characters share.

    'Uchiha Sasuke' and 'Uchiha Itachi' both give up 'Uchiha'; 'Sasuke' and
    'Itachi' stay theirs.
    """
    owners: Counter[str] = Counter()
    candidates: dict[str, list[str]] = {}
    for tag in tags:
        name = base_name(tag)
        if _GENERIC.match(name):
            candidates[tag] = []
            continue
        parts = list(dict.fromkeys(_parts(name))) if len(name.split()) > 1 else []
        candidates[tag] = parts
        owners.update(parts)
    out: dict[str, list[str]] = {}
    for tag in tags:
        name = base_name(tag)
        if _GENERIC.match(name):
            out[tag] = []
            continue
        aliases = [name] if name != tag else []
        for part in candidates.get(tag, []):
            if owners[part] == 1:
                aliases.append(part)
        if text is not None:
            # A part counts only where it stands alone, not inside the full name.
            alone = _mentions(name).sub(" ", text)
            counts = {a: len(_mentions(a).findall(text if a == name else alone)) for a in aliases}
            aliases = sorted((a for a in aliases if counts[a]), key=lambda a: -counts[a])
        out[tag] = aliases
    return out


def _mentions(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w'’])" + re.escape(name) + r"(?!\w)")
