"""Text as the engine should hear it: nothing read out that shouldn't be.

Applied to a copy of each segment's text at synthesis time, so the offsets in
the Document stay true to the source.
"""

from __future__ import annotations

import re

_EMOTICON = re.compile(
    r"(?<!\w)(?:[:;=8xX][-'^o]?[)(\]\[DPpOo3/\\|*@$]+|[)(][-'^o]?[:;=]|<3+|\^[_.-]?\^|[oO][._][oO]|T[_.]T|"
    r"-_-|>_<|xD+|XD+)(?!\w)"
)
_SIGN_OFF_KISSES = re.compile(r"(?<!\w)(?:x{2,}|(?:xo){2,}x?|(?:ox){2,}o?)(?!\w)", re.IGNORECASE)
_STUTTER = re.compile(r"\b([A-Za-z]{1,2})-(?=\1?[A-Za-z])", re.IGNORECASE)
_DECORATION = re.compile(r"[~*_#=^|<>{}\[\]\\`]+")
_DASHES = re.compile(r"\s*(?:—|–|--+)\s*")
_ELLIPSIS = re.compile(r"\.{3,}|…")
_REPEATED_PUNCT = re.compile(r"([!?])[!?1]+")
_SHOUT = re.compile(r"\b[A-Z]{2,}(?:['’][A-Z]+)?\b")
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


def to_speech(text: str) -> str:
    """Return the words to speak for ``text`` ('' when nothing is speakable)."""
    t = text
    t = _ABBREV_RE.sub(lambda m: _ABBREVIATIONS[m.group(1)], t)
    t = _CHAPTER_ABBREV.sub("Chapter ", t)
    t = _POV.sub("point of view", t)
    t = _MONEY.sub(_money, t)
    t = _NUMBER_SIGN.sub("number ", t)
    t = _WITH.sub(lambda m: "without" if m.group(1) else "with", t)
    t = _WORD_SLASH.sub(" or ", t)
    t = _EMOTICON.sub(" ", t)
    t = _SIGN_OFF_KISSES.sub(" ", t)
    t = _STUTTER.sub(lambda m: m.group(1) + "... ", t)
    t = _ELLIPSIS.sub("... ", t)
    t = _DASHES.sub(", ", t)
    t = _REPEATED_PUNCT.sub(r"\1", t)
    t = _DECORATION.sub(" ", t)
    t = _SHOUT.sub(lambda m: m.group(0) if m.group(0) in _KEEP_CAPS or len(m.group(0)) <= 1 else m.group(0).lower(), t)
    t = t.replace("“", '"').replace("”", '"').replace("‘", "'").replace("’", "'")
    t = re.sub(r"\s+", " ", t).strip()
    t = re.sub(r"^[,;:.\s]+", "", t)
    if not re.search(r"[A-Za-z0-9\u00C0-\uFFFF]", t):
        return ""
    return t
