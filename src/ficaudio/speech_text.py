"""Text as the engine should hear it: what a fan reading aloud would say.

Applied to a copy of each segment's text at synthesis time, so the offsets in
the Document stay true to the source. In order:

1. reader-insert placeholders (Y/N, (E/C), [L/N] ...) become the reader's
   details from voices.yaml, or are dropped cleanly (``Y/N`` said as "you"
   when someone is talking to the reader);
2. voices.yaml pronunciations are matched (whole words) and set aside, so no
   later rule touches a respelling's hyphens or a phoneme string;
3. fic typography: text-speak, emoticons, kaomoji, hearts, ornaments,
   elongations, stutters, repeated punctuation, asterisks, shouting;
4. the set-aside pronunciations go back in.

The result may hold eSpeak NG phonemes in ``[[ ]]`` (from pronunciations and
for a few vowelless interjections such as "Shhh"); the pyttsx3 engine asks
eSpeak NG to read them as phonemes.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, fields

# --- what voices.yaml gives ------------------------------------------------------


@dataclass(frozen=True)
class Reader:
    """The reader of a reader-insert fic (voices.yaml ``reader:``); None for a detail not given."""

    name: str | None = None
    last_name: str | None = None
    middle_name: str | None = None
    nickname: str | None = None
    eye_colour: str | None = None
    hair_colour: str | None = None
    hair_length: str | None = None
    skin_colour: str | None = None
    favourite_colour: str | None = None


READER_FIELDS = tuple(f.name for f in fields(Reader))

READER_CHARACTER = "You"
"""The reader's character name when voices.yaml gives the reader no name."""


@dataclass(frozen=True)
class Pronunciation:
    """Say ``word`` as ``say``: a respelling, or eSpeak NG phonemes in ``[[ ]]``."""

    word: str
    say: str

    @property
    def is_phonemes(self) -> bool:
        return self.say.startswith("[[") and self.say.endswith("]]")


@dataclass(frozen=True)
class SpeechRules:
    """Everything from voices.yaml that changes what is said (hashable: compiled once per rule set)."""

    reader: Reader | None = None
    pronunciations: tuple[Pronunciation, ...] = ()
    language: str = "en"
    """The story's language. Outside English, the English words below (Mister, number, dollars, omg ...) are
    not said: eSpeak NG's voice of that language reads digits, dates and its own abbreviations itself, and
    the language's file (languages/<code>.py) lists the few it would spell out."""


NO_RULES = SpeechRules()

# --- 1. reader-insert placeholders ----------------------------------------------

# Placeholder (letters as written, upper-cased) -> the Reader field it stands for.
PLACEHOLDERS = {
    "Y/N": "name", "F/N": "name", "Y/F/N": "name",
    "L/N": "last_name", "Y/L/N": "last_name",
    "M/N": "middle_name", "Y/M/N": "middle_name",
    "N/N": "nickname", "Y/N/N": "nickname",
    "E/C": "eye_colour", "Y/E/C": "eye_colour",
    "H/C": "hair_colour", "Y/H/C": "hair_colour",
    "H/L": "hair_length", "Y/H/L": "hair_length",
    "S/C": "skin_colour", "S/T": "skin_colour", "Y/S/C": "skin_colour",
    "F/C": "favourite_colour", "Y/F/C": "favourite_colour",
}
_PLACEHOLDER = re.compile(
    r"(?<![\w/])(?P<open>[(\[{]?)(?P<key>[A-Za-z](?:/[A-Za-z]){1,2})(?P<close>[)\]}]?)(?![\w/])"
    r"(?P<poss>['’]s(?!\w))?"
)
_OPENERS = {"(": ")", "[": "]", "{": "}"}
READER_PLACEHOLDER = r"\((?:Y/F|Y|F)/N\)|\[(?:Y/F|Y|F)/N\]|\{(?:Y/F|Y|F)/N\}|(?:Y/F|Y|F)/N"
"""The reader's-name placeholders as a pattern (match case-insensitively); attribution's tags use it too."""
READER_NAME = re.compile(r"(?<![\w/])(?:" + READER_PLACEHOLDER + r")(?![\w/])", re.IGNORECASE)
"""The reader's name as a placeholder (Y/N, (Y/N), [y/n], F/N ...): in a speech tag ('"Sorry," Y/N said') it is the
reader, the character ``Config.reader_character``."""
# Words that open a greeting or call: "Hey Y/N!" is said to the reader.
_CALLS = {"hey", "hi", "hello", "oi", "yo", "dear", "morning", "evening", "night", "bye", "goodbye", "thanks",
          "sorry", "please", "okay", "ok", "welcome", "congratulations", "love", "darling", "sweetheart", "babe"}


def _placeholder(match: re.Match[str], reader: Reader | None) -> str:
    opened, key, closed = match["open"], match["key"], match["close"]
    if opened and _OPENERS[opened] != closed:
        return match[0]  # "(Y/N" with no ")" is someone's typo; only the letters are the placeholder
    field = PLACEHOLDERS.get(key.upper())
    if field is None:
        # An unknown placeholder in brackets, "(B/F/N)", is still one: never spell it out.
        return " " if opened and key.isupper() else match[0]
    value = getattr(reader, field, None) if reader else None
    if value:
        return value + ("'s" if match["poss"] else "")
    if field == "name":
        if match["poss"]:
            return "your"
        if _is_vocative(match):
            return "you"
    return " "


def fill_placeholders(text: str, reader: Reader | None) -> str:
    """``text`` with the placeholders the reader's details fill ('Oi, Y/N,' -> 'Oi, Rowan,'), the rest as written.

    For subtitles: they show the words as written, but the reader's own name rather than "Y/N".
    """
    if reader is None or "/" not in text:
        return text

    def fill(match: re.Match[str]) -> str:
        opened, closed = match["open"], match["close"]
        field = PLACEHOLDERS.get(match["key"].upper())
        value = getattr(reader, field, None) if field else None
        if not value or (opened and _OPENERS[opened] != closed):
            return match[0]
        return value + ("'s" if match["poss"] else "")

    return _PLACEHOLDER.sub(fill, text)


def _is_vocative(match: re.Match[str]) -> bool:
    """True when the placeholder is someone calling the reader: 'Oi, Y/N,' or 'Y/N!' or 'Hey Y/N.'."""
    text = match.string
    before = text[:match.start()].rstrip()
    after = text[match.end():].lstrip()
    ends = not after or after[0] in ",.!?;:…—–-)\"'”’"
    if not ends:
        return False
    if not before or before[-1] in ",;:!?.—–-(\"'“‘":
        return True
    last_word = re.search(r"(\w+)$", before)
    return bool(last_word and last_word.group(1).lower() in _CALLS)


# --- 2. pronunciations ------------------------------------------------------------

_SET_ASIDE = 0xE000  # private-use characters stand in for pronunciations until the end
_MAX_SET_ASIDE = 0x1800
_BUILT_IN = 0xF800  # and these for the built-in phonemes below (_VOWELLESS)
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")


@functools.lru_cache(maxsize=16)
def _pronunciation_pattern(pronunciations: tuple[Pronunciation, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(case-sensitive pattern, case-insensitive pattern); longer keys first, so 'Mira Vell' beats 'Mira'."""
    def pattern(entries: list[tuple[int, Pronunciation]], flags: int) -> re.Pattern[str] | None:
        if not entries:
            return None
        entries.sort(key=lambda e: -len(e[1].word))
        space = r"\s+"
        alternatives = [f"(?P<p{i}>{space.join(_key_word(w) for w in p.word.split())})" for i, p in entries]
        return re.compile(r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)(?P<poss>['’]s(?!\w))?", flags)

    exact = [(i, p) for i, p in enumerate(pronunciations) if p.word != p.word.lower()]
    any_case = [(i, p) for i, p in enumerate(pronunciations) if p.word == p.word.lower()]
    return pattern(exact, 0), pattern(any_case, re.IGNORECASE)


def _key_word(word: str) -> str:
    """A key's word as a pattern: O'Neill also matches the story's O’Neill."""
    return "['’]".join(re.escape(part) for part in re.split("['’]", word))


def _possessive_phonemes(phonemes: str) -> str:
    """'[[s'as0ri]]' + 's -> '[[s'as0riz]]': eSpeak NG reads an 's after phonemes as the letter."""
    inner = phonemes[2:-2].rstrip()
    if re.search(r"(?:s|z|S|Z|tS|dZ)$", inner):
        ending = "Iz"
    elif re.search(r"[ptkfT]$", inner):
        ending = "s"
    else:
        ending = "z"
    return f"[[{inner}{ending}]]"


def _set_aside_pronunciations(text: str, rules: SpeechRules, kept: list[str]) -> str:
    if not rules.pronunciations:
        return text

    def swap(match: re.Match[str]) -> str:
        index = int(next(k for k, v in match.groupdict().items() if v is not None and k.startswith("p"))[1:])
        entry = rules.pronunciations[index]
        say = entry.say
        if match["poss"]:
            say = _possessive_phonemes(say) if entry.is_phonemes else say + "'s"
        if len(kept) >= _MAX_SET_ASIDE:
            return say
        kept.append(say)
        return chr(_SET_ASIDE + len(kept) - 1)

    for pattern in _pronunciation_pattern(rules.pronunciations):
        if pattern is not None:
            text = pattern.sub(swap, text)
    return text


def _put_back(text: str, kept: list[str]) -> str:
    if not kept:
        return text
    return re.sub(f"[{chr(_SET_ASIDE)}-{chr(_SET_ASIDE + len(kept) - 1)}]",
                  lambda m: kept[ord(m[0]) - _SET_ASIDE], text)


# --- 3. fic typography --------------------------------------------------------------

# Text-speak as a reader says it aloud ("lol" and "lmao" eSpeak NG already says as words).
_TEXT_SPEAK = {
    "omg": "oh my god", "omfg": "oh my fucking god", "tbh": "to be honest", "idk": "I don't know",
    "brb": "be right back", "ily": "I love you", "ilysm": "I love you so much", "btw": "by the way",
    "imo": "in my opinion", "imho": "in my humble opinion", "ikr": "I know, right", "ngl": "not gonna lie",
    "smh": "shaking my head", "nvm": "never mind", "jk": "just kidding", "omw": "on my way", "gtg": "got to go",
    "ttyl": "talk to you later", "irl": "in real life", "wtf": "what the fuck", "tysm": "thank you so much",
    "thx": "thanks", "pls": "please", "plz": "please", "ppl": "people", "ofc": "of course", "idc": "I don't care",
    "lmk": "let me know", "np": "no problem", "wbu": "what about you", "hbu": "how about you",
}
# Only in lower case: "BC" is a date and "RN" a nurse.
_TEXT_SPEAK_LOWER = {"bc": "because", "rn": "right now", "tho": "though"}
_TEXT_SPEAK_RE = re.compile(r"(?<![\w'’])(" + "|".join(sorted(_TEXT_SPEAK, key=len, reverse=True)) + r")(?![\w'’])",
                            re.IGNORECASE)
_TEXT_SPEAK_LOWER_RE = re.compile(r"(?<![\w'’])(" + "|".join(_TEXT_SPEAK_LOWER) + r")(?![\w'’])")

_EMOTICON = re.compile(
    r"(?<!\w)(?:[:;=8xX][-'^o]?[)(\]\[DPpOo3/\\|*@$]+|[)(][-'^o]?[:;=]|<\\?/?3+|\^[_.-]?\^|[oO][._][oO]|"
    r"[T;][_.][T;]|-_-|>_<|>\.<|xD+|XD+|[uUoO][wW][uUoO](?=\W|$))(?!\w)"
)
# A kaomoji: a short bracketed group with no word in it and at least one symbol: (^_^), (╯°□°), ( ͡° ͜ʖ ͡°).
_KAOMOJI = re.compile(r"[(（]([^()（）\n]{1,24})[)）]")
_SIGN_OFF_KISSES = re.compile(r"(?<!\w)(?:x{2,}|(?:xo){2,}x?|(?:ox){2,}o?|oOo|OoO|o0o)(?!\w)", re.IGNORECASE)
_STUTTER = re.compile(r"(?<![\w'’-])([A-Za-z]{1,3})((?:-\1)*)-(\1[A-Za-z'’]*)", re.IGNORECASE)
_VOWEL = re.compile(r"[aeiouyAEIOUY]")
_ELONGATED = re.compile(r"(?<![\w'’])[A-Za-z'’]*([A-Za-z])\1{2,}[A-Za-z'’]*", re.IGNORECASE)
_ROMAN = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
_RUN = re.compile(r"([A-Za-z])\1{2,}", re.IGNORECASE)
# Elongated words whose letters really are doubled: "Gooood" is good, not god.
_DOUBLED_WORDS = {"good", "cool", "too", "soon", "hello", "all", "well", "really", "sorry", "see", "need", "feel",
                  "kill", "will", "still", "off", "stuff", "mess", "boo", "moon", "loose", "sweet", "been",
                  "food", "whee", "wee", "ooh", "aww", "yummy", "happy", "baby", "daddy", "mommy", "little",
                  "pretty", "hurry", "free", "three", "keep", "sleep", "deep", "screech", "call", "tell", "hell",
                  "ball", "fall", "miss", "kiss", "boss", "less", "press", "pass", "class", "grass", "glass"}
# Words with no vowel that eSpeak NG would spell out letter by letter ("Shhh": "ess aitch aitch aitch").
_VOWELLESS = [
    (re.compile(r"h+m+", re.IGNORECASE), "hmm"),
    (re.compile(r"m+h+m+", re.IGNORECASE), "[[m'hm]]"),
    (re.compile(r"s{3,}", re.IGNORECASE), "[[s:::]]"),
    (re.compile(r"m{2,}", re.IGNORECASE), "[[m:]]"),
    (re.compile(r"s*h*s+h+|sh{2,}", re.IGNORECASE), "[[S::]]"),
    (re.compile(r"g+r{2,}", re.IGNORECASE), "[[gr:]]"),
    (re.compile(r"b+r{2,}", re.IGNORECASE), "[[br:]]"),
    (re.compile(r"z{3,}", re.IGNORECASE), "[[z:::]]"),
    (re.compile(r"p+f+t*", re.IGNORECASE), "[[pf:t]]"),
    (re.compile(r"p+s{2,}t+", re.IGNORECASE), "psst"),
]
_VOWELLESS_WORD = re.compile(r"(?<![\w'’])(?<!\d )[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]{2,}(?![\w'’])")
# An action or sound in asterisks that is a sentence of its own ("*sigh* Fine.") ends like one when read aloud;
# emphasis inside a sentence ("I *told* Sasuke") is just the word.
_ACTION = re.compile(r"(?:^|(?<=[.!?…]\s)|(?<=[.!?…]))\s*\*([^*\n]{1,80}?[\w)])\*(?=\s+[A-Z\"“'‘]|\s*$)")
_DECORATION = re.compile(r"[~*_#=^|<>{}\[\]\\`]+")
_STRAY_SLASH = re.compile(r"(?<!\w)/|/(?!\w)")
# The spaces around a dash go in the tidying at the end: a leading \s* here is quadratic on a long run of spaces.
_DASHES = re.compile(r"—|–|--+")
_ELLIPSIS = re.compile(r"\.{3,}|…")
_REPEATED_PUNCT = re.compile(r"([!?])[!?1]+")
_SHOUT = re.compile(r"\b[A-Z]+(?:['’][A-Z]+)*\b")
_ABBREVIATIONS = {
    "Mr.": "Mister", "Mrs.": "Missus", "Ms.": "Miz", "Dr.": "Doctor", "St.": "Saint", "Prof.": "Professor",
    "Capt.": "Captain", "Lt.": "Lieutenant", "Sgt.": "Sergeant", "Jr.": "Junior", "Sr.": "Senior",
    "etc.": "et cetera", "vs.": "versus", "e.g.": "for example", "i.e.": "that is",
}
_ABBREV_RE = re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in _ABBREVIATIONS) + r")(?=\s|$)")
# Acronyms that are spelled out, not shouted words.
_KEEP_CAPS = {"OK", "TV", "FBI", "CIA", "USA", "UK", "ID", "DNA", "ANBU", "AM", "PM", "BC", "AD", "II", "III", "IV",
              "VI", "VII", "VIII", "IX", "XI", "XII"}


# eSpeak NG reads these symbols out badly: "#1" as "hash one", "$5" as "dollar
# five", "w/" as "double-u slash", "he/she" as "he slash she".
_NUMBER_SIGN = re.compile(r"#\s?(?=\d)")
_MONEY = re.compile(r"([$£€])\s?(\d+(?:,\d{3})*(?:\.\d+)?)")
_CURRENCY = {"$": ("dollar", "dollars"), "£": ("pound", "pounds"), "€": ("euro", "euros")}
_WITH = re.compile(r"(?<!\w)[Ww]/(o\b)?(?=\s)")
_WORD_SLASH = re.compile(r"(?<=[A-Za-z])/(?=[A-Za-z])")
_CHAPTER_ABBREV = re.compile(r"\b(Ch|Chap)\.\s*(?=\d)")
_POV = re.compile(r"(?<!\w)(?:POV|P\.O\.V\.?|pov)(?!\w)")


def _money(match: re.Match[str]) -> str:
    one, many = _CURRENCY[match.group(1)]
    amount = match.group(2)
    return f"{amount} {one if amount == '1' else many}"


def _text_speak(match: re.Match[str]) -> str:
    return _TEXT_SPEAK[match.group(1).lower()]


def _kaomoji(match: re.Match[str]) -> str:
    inside = match.group(1)
    if re.search(r"[A-Za-z0-9]{2}", inside):
        return match[0]  # an ordinary aside: "(sigh)"
    if re.search(r"[^\w\s,.!?'\"-]|[_^;]", inside) or (not inside.isascii() and len(inside.strip()) <= 3):
        return " "  # symbols, or a lone kana or IPA letter: (ツ), (ಠ_ಠ)
    return match[0]  # "(1)", "(a)"


def _stutter(match: re.Match[str]) -> str:
    """'h-how' -> 'ho-how': a fragment with no vowel borrows the word's first vowel, so it is not spelled."""
    *fragments, word = match[0].split("-")
    if fragments[0].lower() == word.lower() or _VOWEL.search(fragments[0]):
        return match[0]
    vowel = _VOWEL.search(word, len(fragments[0]))
    if vowel is None:
        return match[0]
    return "-".join([f + word[len(f):vowel.end()].lower() for f in fragments] + [word])


def _elongation(match: re.Match[str]) -> str:
    """'Noooo' -> 'No', 'Gooood' -> 'Good', 'Hmmmm' -> 'hmm': said as the word, not letter by letter."""
    word = match[0]
    if word.upper() in _KEEP_CAPS or _ROMAN.fullmatch(word.upper()):
        return word  # XIII is a number
    if _vowelless(word):
        return _vowelless(word)
    single = _RUN.sub(r"\1", word)
    double = _RUN.sub(r"\1\1", word)
    if double.lower() in _DOUBLED_WORDS:
        return double
    if not _VOWEL.search(single):
        return _vowelless(double) or double
    if len(single) == 1 and single.lower() in "aeiou":
        return single + "h"  # "Aaaaa!" is a scream, not the letter A
    return single


def _vowelless(word: str) -> str | None:
    """A stand-in for how to say a vowelless interjection (put back at the very end, past every rule)."""
    if len(word) > 40:
        return None  # no interjection is that long, and the patterns are not linear on a run of one letter
    for n, (pattern, _said) in enumerate(_VOWELLESS):
        if pattern.fullmatch(word):
            return chr(_BUILT_IN + n)
    return None


def _shout(match: re.Match[str]) -> str:
    """'GET OUT' -> 'get out', "I'M" -> "I'm": eSpeak NG spells some capitalised words letter by letter."""
    word = match[0]
    if word in _KEEP_CAPS or sum(c.isalpha() for c in word) <= 1:
        return word
    return ("I" + word[1:].lower()) if word[:2] in ("I'", "I’") else word.lower()


def _vowelless_word(match: re.Match[str]) -> str:
    return _vowelless(match[0]) or match[0]


def _symbols(text: str) -> str:
    """Emoji, hearts, stars, box drawing and other symbols eSpeak NG would name ('black heart suit')."""
    return _NON_ASCII.sub(_symbol, text)


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _symbol(match: re.Match[str]) -> str:
    ch = match[0]
    if "\ue000" <= ch <= "\uf8ff":
        return ch  # private use: pronunciations set aside
    at = match.start()
    before = match.string[at - 1] if at else ""
    category = unicodedata.category(ch)
    if ch == "°" and before.isdigit():
        return ch  # 30° is "30 degrees"
    if category in ("So", "Sk", "Co", "Cn", "Cf", "Me") or (category == "Mn" and not before.isalpha()):
        return " "
    if "\ufe30" <= ch <= "\ufe4f" or "\u2500" <= ch <= "\u257f":
        return " "  # presentation forms and box drawing: kaomoji arms ︵ ┻━┻
    return ch


@functools.lru_cache(maxsize=None)
def _spoken_abbreviations(language: str):
    """A function saying the language's abbreviations eSpeak NG would spell ('M.' -> 'Monsieur')."""
    from .languages import get

    table = get(language).spoken_abbreviations
    if not table:
        return lambda t: t
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True)) + r")(?=\s|$)")
    return lambda t: pattern.sub(lambda m: table[m.group(1)], t)


def to_speech(text: str, rules: SpeechRules | None = None) -> str:
    """Return the words to speak for ``text`` ('' when nothing is speakable)."""
    rules = rules or NO_RULES
    kept: list[str] = []
    t = _PRIVATE_USE.sub(" ", text)  # the stand-ins below are private-use characters: the text's own are not said
    if "/" in t:  # most lines have no placeholder: skip the scan (the checks below save half the time)
        t = _PLACEHOLDER.sub(lambda m: _placeholder(m, rules.reader), t)
    t = _set_aside_pronunciations(t, rules, kept)
    english = rules.language == "en"
    if english:
        t = _ABBREV_RE.sub(lambda m: _ABBREVIATIONS[m.group(1)], t)
        t = _CHAPTER_ABBREV.sub("Chapter ", t)
        t = _POV.sub("point of view", t)
        t = _MONEY.sub(_money, t)
        t = _NUMBER_SIGN.sub("number ", t)
        t = _WITH.sub(lambda m: "without" if m.group(1) else "with", t)
        t = _TEXT_SPEAK_RE.sub(_text_speak, t)
        t = _TEXT_SPEAK_LOWER_RE.sub(lambda m: _TEXT_SPEAK_LOWER[m.group(1)], t)
    else:
        t = _spoken_abbreviations(rules.language)(t)
    t = _EMOTICON.sub(" ", t)
    t = _KAOMOJI.sub(_kaomoji, t)
    t = _symbols(t)
    if english:
        t = _WORD_SLASH.sub(" or ", t)
    t = _STRAY_SLASH.sub(" ", t)
    t = _SIGN_OFF_KISSES.sub(" ", t)
    if "-" in t:
        t = _STUTTER.sub(_stutter, t)
    if _RUN.search(t):
        t = _ELONGATED.sub(_elongation, t)
    t = _VOWELLESS_WORD.sub(_vowelless_word, t)
    t = _ELLIPSIS.sub("... ", t)
    t = _DASHES.sub(", ", t)
    t = _REPEATED_PUNCT.sub(r"\1", t)
    if "*" in t:
        t = _ACTION.sub(r" \1.", t)
    t = _DECORATION.sub(" ", t)
    t = _SHOUT.sub(_shout, t)
    t = t.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    t = re.sub(r"[(\[]\s*[)\]]", " ", t)  # brackets emptied by the rules above
    t = re.sub(r"\s+", " ", t).strip()
    # Tidy what dropped placeholders and symbols leave: "hair , eyes" -> "hair, eyes".
    t = re.sub(r"(?<=[\w\"'\uE000-\uF8FF])\s+([,;:!?.])(?!\.\.)", r"\1", t)
    t = re.sub(r"([,;:])(?:\s*[,;:])+", r"\1", t)
    t = re.sub(r"[,;:]\s*(?=[.!?])", "", t)
    t = re.sub(r"^[,;:.!?\s]+", "", t)
    if not re.search(r"[A-Za-z0-9\u00C0-\uFFFF]", t):
        return ""
    t = re.sub(f"[{chr(_BUILT_IN)}-{chr(_BUILT_IN + len(_VOWELLESS) - 1)}]",
               lambda m: _VOWELLESS[ord(m[0]) - _BUILT_IN][1], t)
    return _put_back(t, kept)


def has_phonemes(text: str) -> bool:
    """True when ``text`` holds eSpeak NG phonemes in [[ ]]."""
    return "[[" in text
