"""Characters known for a story: canonical names, aliases, genders, and how a mention resolves to one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import FIRST_PERSON, Character
from .vocab import _TITLES, TITLE_WORDS

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
    reader: str | None = None
    """Who 'you' is in a second-person (reader-insert) fic: 'You' or the reader's name; None elsewhere."""
    paragraph_forms: list[set[str]] = field(default_factory=list)
    """The name forms each paragraph's narration uses ('Mr Emerson', 'George'), as discovery saw them."""
    _pattern: re.Pattern[str] | None = None
    _shared: dict[str, list[str]] | None = None

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
        self._pattern = self._shared = None
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
        self._pattern = self._shared = None

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
        if parts and parts[0] in TITLE_WORDS:
            return None
        for n in range(len(parts) - 1, 0, -1):
            head = " ".join(parts[:n])
            if head in self.alias_to_name:
                return self.alias_to_name[head]
        for part in parts:
            if part in self.alias_to_name:
                return self.alias_to_name[part]
        return None

    def sharing(self, word: str) -> list[str]:
        """The characters whose full names hold ``word`` when it is no one's name alone: 'Charles' of
        Charles Hayter and Charles Musgrove, 'Admiral' of Admiral Croft (the scene decides whether and
        which, see Attributor.resolve)."""
        return self._shared_words().get(word.strip(), [])

    def _shared_words(self) -> dict[str, list[str]]:
        if self._shared is None:
            holders: dict[str, list[str]] = {}
            for name, char in self.characters.items():
                for form in (name, *char.aliases):
                    parts = form.replace(".", "").split()
                    if len(parts) < 2 or parts[0] in TITLE_WORDS:
                        continue
                    for word in parts:
                        if word[:1].isupper() and name not in holders.setdefault(word, []):
                            holders[word].append(name)
            # A bare surname is a man's ('Hamilton' said): the convention calls a woman 'Mrs Hamilton' or 'Fannie'.
            for word, names in holders.items():
                if any(self.gender(n) == "male" for n in names):
                    holders[word] = [n for n in names if self.gender(n) != "female" or any(
                        word in f.replace(".", "").split()[:-1] for f in (n, *self.characters[n].aliases))]
            self._shared = {w: names for w, names in holders.items() if w not in self.alias_to_name}
        return self._shared

    def mention_pattern(self) -> re.Pattern[str] | None:
        if self._pattern is None and self.alias_to_name:
            names = sorted(self.alias_to_name, key=len, reverse=True)
            self._pattern = re.compile(r"(?<!\w)(?<!\w['’])(?:" + "|".join(_alias_regex(n) for n in names) + r")(?![\w])")
        return self._pattern

    def gender(self, name: str | None) -> str | None:
        char = self.characters.get(name or "")
        return char.gender if char else None



def _strip_possessive(name: str) -> str:
    return re.sub(r"['’]s?$", "", name) if re.search(r"\w['’]s?$", name) else name


def _clean_name(name: str) -> str:
    name = _strip_possessive(" ".join(name.split()))
    return name.replace(".", "") if re.match(r"(?:" + _TITLES + r")\.", name) else name



_TITLE_WORD = re.compile(r"^(?:" + _TITLES + r") ")


def _alias_regex(alias: str) -> str:
    """An alias as the text writes it: 'Mr Emerson' is also 'Mr. Emerson'."""
    m = _TITLE_WORD.match(alias)
    words = alias[m.end() :] if m else alias
    # Hard-wrapped text breaks a name across lines: 'John\nDashwood'.
    body = r"(?:[ ]|\n(?!\s))".join(re.escape(w) for w in words.split(" "))
    return (re.escape(alias[: m.end() - 1]) + r"\.?\s+" + body) if m else body
