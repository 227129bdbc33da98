"""Plain-text stories: any common encoding, CRLF or LF.

Decoding order: a byte-order mark decides; else strict UTF-8; else
charset-normalizer's best guess among the encodings fics really come in
(Windows-1252 with its smart quotes, Latin-1, UTF-16 without a BOM).
"""

from __future__ import annotations

import codecs
import re
from typing import NamedTuple

from ..errors import MalformedStoryError, StoryError
from ..languages import header_labels
from ..model import Document, Span, StoryHints
from .tags import base_name

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


_BLANK = " \t\n\r\f\v\u00a0\u200b\ufeff"
"""What counts as no text at all (a BOM or no-break spaces alone are still empty)."""


def decode_story_bytes(data: bytes, source: str) -> str:
    """Decode a story's bytes to text with LF newlines.

    Raises:
        StoryError: empty, binary, or in no encoding we can read.
    """
    if not data.strip():
        raise StoryError(f"{source}: the file is empty. Give a story with some text in it.")
    text: str | None = None
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise MalformedStoryError(
                    f"{source}: starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"(byte {exc.start}). Re-save the file as UTF-8."
                ) from exc
            break
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _guess_decode(data, source)
    if _looks_binary(text):
        raise MalformedStoryError(
            f"{source}: looks like a binary file, not text. Give a .txt story (or export it as text)."
        )
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip(_BLANK):
        raise StoryError(f"{source}: the file is empty. Give a story with some text in it.")
    return text


def _guess_decode(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes

    if b"\x00" in data[:4096] and not _nul_pattern_is_utf16(data):
        raise MalformedStoryError(
            f"{source}: looks like a binary file, not text. Give a .txt story (or export it as text)."
        )
    results = from_bytes(data[: 1024 * 1024])
    best = results.best()
    if best is None:
        raise MalformedStoryError(
            f"{source}: cannot tell which text encoding this is. Re-save the file as UTF-8."
        )
    encoding = best.encoding
    # Short Western text fits cp1250, cp1252 and cp1257 equally well and
    # charset-normalizer lists cp1250 first ('naïve' -> 'naďve'). Fics in a
    # legacy code page are nearly always Windows-1252: prefer it on a tie.
    western = next((m for m in results if m.encoding == "cp1252"), None)
    if western is not None and western.chaos <= best.chaos + 0.01:
        encoding = "cp1252"
    # charset-normalizer may call Windows-1252 text "latin_1" or similar; 1252 is
    # a superset for printable text and keeps smart quotes (0x91-0x94) right.
    if encoding in {"latin_1", "iso8859_1", "ascii"}:
        encoding = "cp1252"
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        try:
            return data.decode("latin-1")
        except UnicodeDecodeError as exc:  # pragma: no cover - latin-1 decodes anything
            raise MalformedStoryError(f"{source}: cannot decode the text. Re-save as UTF-8.") from exc


def _nul_pattern_is_utf16(data: bytes) -> bool:
    sample = data[:4096]
    even_nuls = sample[0::2].count(0)
    odd_nuls = sample[1::2].count(0)
    half = len(sample) // 2 or 1
    return max(even_nuls, odd_nuls) > 0.3 * half and min(even_nuls, odd_nuls) < 0.05 * half


def _looks_binary(text: str) -> bool:
    sample = text[:8192]
    if not sample:
        return False
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f\v")
    return "\x00" in sample or controls > 0.01 * len(sample)


def read_txt_bytes(data: bytes, *, source: str, title: str) -> Document:
    """Read a plain-text story (a FanFicFare TXT download keeps its chapters and metadata)."""
    text = decode_story_bytes(data, source)
    if "TABLE OF CONTENTS" in text[:20000]:
        from .fanficfare import read_fff_txt

        doc = read_fff_txt(text, source=source)
        if doc is not None:
            return doc
    return document_from_text(text, source=source, title=title)


def document_from_text(text: str, *, source: str, title: str) -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise StoryError(f"{source}: there is no text to read.")
    hints = StoryHints(emphasis=markdown_emphasis(text))
    author = None
    header = story_header(text)
    if header is not None:
        fields = header.fields
        # The header is the work's details, not the story: kept out of the reading like an author's note.
        # A title line above it stays outside, the story's heading.
        hints.author_notes.append(Span(header.start, header.end))
        title = fields.get("title", [title])[0]
        author = ", ".join(fields["author"]) if fields.get("author") else None
        hints.characters = _header_characters(fields)
        hints.metadata = {k: v for k, v in fields.items() if k not in ("title", "author")}
    doc = Document(text=text, title=title, source=source, hints=hints)
    doc.author = author
    return doc


# The details block fans put at the top of a fic copied from fanfiction.net or AO3 or written by hand:
#   Title: Paper Lanterns / Author: inkwell_owl / Rating: T / Pairing: Mira/Odessa / Summary: ...
# AO3's own field names (its work page, copied as text) are here too: Archive Warning, Additional Tags, Stats ...
_HEADER_LABELS = {
    "title": "title", "story": "title", "work title": "title", "author": "author", "authors": "author",
    "by": "author", "written by": "author", "creator": "author", "creators": "author",
    "rating": "rating", "ratings": "rating", "rated": "rating", "pairing": "relationships", "pairings": "relationships",
    "relationship": "relationships", "relationships": "relationships", "ship": "relationships",
    "ships": "relationships", "characters": "characters", "character": "characters", "summary": "summary",
    "fandom": "fandoms", "fandoms": "fandoms", "category": "fandoms", "categories": "categories",
    "genre": "genre", "genres": "genre", "warning": "warnings", "warnings": "warnings",
    "archive warning": "warnings", "archive warnings": "warnings", "content warning": "warnings",
    "content warnings": "warnings", "word count": "words", "words": "words", "wordcount": "words",
    "status": "status", "chapters": "chapters", "published": "published", "updated": "updated",
    "completed": "completed", "stats": "stats", "comments": "comments", "kudos": "kudos", "bookmarks": "bookmarks",
    "hits": "hits", "beta": "beta", "beta reader": "beta", "betas": "beta", "disclaimer": "disclaimer",
    "spoilers": "spoilers", "tags": "freeforms", "additional tags": "freeforms", "additional tag": "freeforms",
    "freeform": "freeforms", "language": "language", "series": "series", "collections": "collections",
    "collection": "collections", "timeline": "timeline", "notes": "notes", "note": "notes",
    "author notes": "notes", "authors notes": "notes", "work notes": "notes", "prompt": "notes",
    "dedication": "notes", "work text": "text", "chapter text": "text",
}
# Labels in the story's own language too ('Titre :', 'Zusammenfassung:', 'Título:'): languages/*.py header_labels.
_HEADER_LINE = re.compile(r"^[ \t*_]*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}?)[ \t*_]*:[ \t*_]*(.*?)[ \t]*$")
_STORY_LABELS = {"title", "author", "rating", "relationships", "summary", "fandoms", "words", "characters",
                 "warnings", "freeforms", "categories", "series", "collections", "genre", "published", "chapters"}
"""A details block has one of these: 'Note:' + 'Disclaimer:' are just notes, and a log's 'Status: stranded.' /
'Notes: the radio is dead.' is the story."""
_LIST_LABELS = {"relationships", "characters", "fandoms", "genre", "warnings", "freeforms", "author",
                "categories", "collections"}
_ONE_LINE_LABELS = {"rating", "words", "chapters", "published", "updated", "completed", "status", "comments",
                    "kudos", "bookmarks", "hits", "language", "series", "title", "author", "beta", "categories"}
"""On its own line ('Rating:' / 'General Audiences'), the label's value is the one line under it."""
_BY_LINE = re.compile(
    r"^(?:by|written by|a (?:fic|story|one-?shot) by)[ \t]+"
    r"(?!(?:the|a|an|this|that|then|now|night|day|dawn|dusk|noon|midnight|morning|evening)\b)"
    r"([^\s.!?…,;:](?:[^\s]*(?: [^\s]+){0,4}?)?)(?<![.!?…,;:])$",
    re.IGNORECASE,
)
"""'by copperkettle', 'by inkwell_owl, paper_moth': a byline, five words at most; not 'By the time she ...'."""
_AO3_CATEGORY = re.compile(r"F/F|F/M|M/M|Gen|Multi|Other", re.IGNORECASE)
_HEADER_WINDOW = 12000
_LOOKAHEAD = 4
"""A label on its own line may hold paragraphs (AO3's summary) when another label follows within this many."""


class StoryHeader(NamedTuple):
    start: int
    """Where the block not to be read starts (after a title line above it)."""
    end: int
    fields: dict[str, list[str]]


def story_header(text: str) -> StoryHeader | None:
    """The details block opening ``text``, or None if there is none.

    Lines of ``Label: value`` with labels fans use (Title, Author, Rating,
    Pairing, Summary, Word count, ...) and AO3's (Archive Warning, Additional
    Tags, Stats, ...); a value may wrap onto following lines (a long summary),
    or stand under its label on lines of its own (an AO3 work page copied as
    text: 'Rating:' / 'General Audiences'). Blank lines may separate the fields,
    and a short title line and a 'by X' line may stand above them: the title
    line stays outside the block, the story's heading. At least two labels, one
    of them a story detail, so a chat fic's ``Mira: hi`` or a lone ``Note:`` is
    not taken for one.
    """
    lines: list[tuple[int, int, str]] = []  # (start, end, stripped text)
    offset = 0
    for line in text[:_HEADER_WINDOW].split("\n"):
        lines.append((offset, offset + len(line), line.strip()))
        offset += len(line) + 1
    n = len(lines)

    def skip_blank(i: int) -> int:
        while i < n and not lines[i][2]:
            i += 1
        return i

    fields: dict[str, list[list[str]]] = {}  # key -> values, each a list of lines
    i = skip_blank(0)
    start = lines[i][0] if i < n else 0
    title_line = None
    if i < n and _is_title_line(lines[i][2]):
        j = skip_blank(i + 1)
        if j < n and (_BY_LINE.match(lines[j][2]) or _label(lines[j][2])):
            title_line = lines[i][2].strip(" *_#")
            i = j
            start = lines[j][0]
    by_line = False
    if i < n and (by := _BY_LINE.match(lines[i][2])) and not _label(lines[i][2]):
        fields["author"] = [[by.group(1)]]
        by_line = True
        i += 1
    end = lines[i - 1][1] if fields else start
    labelled = 0
    key: str | None = None  # the field whose value the next lines may continue
    under = False  # the label stood alone: its value is on the lines under it
    blank = False  # a blank line since the last line taken
    loose = 0  # unlabelled lines between fields taken for the title and author
    while i < n:
        line = lines[i][2]
        if not line:
            blank = True
            i += 1
            continue
        awaited = key is not None and under and not fields[key][-1]  # 'Series:' / 'Part 2': a value, not a heading
        if _is_heading(line) and not awaited:
            break  # 'BOOK THE FIRST' right under 'Author: ...' starts the story; it wraps no value
        found = _label(line)
        if found:
            new_key, value = found
            labelled += 1
            end = lines[i][1]
            if new_key == "text":
                break  # AO3's 'Work Text:': the story starts under it
            fields.setdefault(new_key, []).append([value] if value else [])
            key, under, blank = new_key, not value, False
            i += 1
            continue
        if labelled and _note_start(line):
            # 'A/N: ...', "Author's Note: ..." among the fields: a note of the block, to its paragraph's end.
            labelled += 1
            fields.setdefault("notes", []).append([line])
            key, under, blank = "notes", False, False
            end = lines[i][1]
            i += 1
            continue
        if key is None or not labelled:
            break
        values = fields[key][-1]
        if under and not values:
            values.append(line)  # 'Rating:' / 'General Audiences'
        elif not blank and key not in _ONE_LINE_LABELS:
            values.append(line)  # a wrapped value, or one more line of the value under its label
        elif (under and key not in _ONE_LINE_LABELS and blank
              and (nxt := _next_label(lines, i)) is not None):
            taken = [k for k in range(i, nxt) if lines[k][2]]
            values += [lines[k][2] for k in taken]  # a paragraph more of AO3's summary or notes
            end = lines[taken[-1]][1]
            i, blank = nxt, False
            continue
        elif (key in _ONE_LINE_LABELS and loose < 2 and len(line.split()) <= 12
              and _next_label(lines, i, paragraphs=False) is not None):
            # The work's title and byline between AO3's stats and its summary ('Chapters:' / '1/1' /
            # 'Best in Show' / 'inkwell_owl' / 'Summary:').
            who = "title" if loose == 0 and "title" not in fields else "author"
            if who == "author" and "author" in fields:
                break
            by = _BY_LINE.match(line)
            fields[who] = [[by.group(1) if by else line]]
            loose += 1
            key = who
        else:
            break
        end = lines[i][1]
        blank = False
        i += 1
    if labelled < 2 or not _STORY_LABELS & (fields.keys() - ({"author"} if by_line else set())):
        return None
    if title_line and "title" not in fields:
        fields["title"] = [[title_line]]
    # AO3's Category is the kind of relationship ('F/M', 'Gen'); fanfiction.net's and FanFicFare's, the fandom.
    for values in fields.pop("fandoms", []):
        kinds = values and all(_AO3_CATEGORY.fullmatch(v) for v in re.split(r"\s*,\s*", values[0]))
        fields.setdefault("categories" if kinds else "fandoms", []).append(values)
    cleaned: dict[str, list[str]] = {}
    for key, values in fields.items():
        if key in _LIST_LABELS:
            items = [v for value in values for line in value
                     for v in re.split(r"\s*[,;]\s*|\s+&\s+|\s+and\s+", line)]
        else:
            items = [" ".join(value) for value in values]
        items = [" ".join(v.split()).strip(" *_") for v in items]
        if [v for v in items if v]:
            cleaned[key] = [v for v in items if v]
    return StoryHeader(start, max(end, start), cleaned)


def _label(line: str) -> tuple[str, str] | None:
    """(key, value) of a 'Label: value' line with a header label; None for any other line."""
    match = _HEADER_LINE.match(line)
    if not match:
        return None
    label = " ".join(match.group(1).lower().split())
    key = _HEADER_LABELS.get(label) or header_labels().get(label)
    return (key, match.group(2)) if key else None


def _next_label(lines: list[tuple[int, int, str]], i: int, *, paragraphs: bool = True) -> int | None:
    """The index of the next label line within _LOOKAHEAD paragraphs (or lines) from ``i``, else None."""
    seen = 0
    k = i
    while k < len(lines) and seen <= _LOOKAHEAD:
        line = lines[k][2]
        if line:
            if _is_heading(line):
                return None
            if _label(line):
                return k
            if not paragraphs or k == i or not lines[k - 1][2]:
                seen += 1
        k += 1
    return None


def _is_title_line(line: str) -> bool:
    """A work's title above its details: a short line, not a sentence, a quotation, a label or a heading."""
    words = line.split()
    if not 1 <= len(words) <= 12 or len(line) > 100 or sum(c.isalpha() for c in line) < 2:
        return False
    if line.rstrip(" *_")[-1:] in ".,;:-\"'”’" or line[:1] in "\"'“‘«—–-(" or _label(line):
        return False
    return not _is_heading(line) and not _BY_LINE.match(line)


def _header_characters(fields: dict[str, list[str]]) -> list[str]:
    """Character names from Characters: and slash pairings ('Mira/Odessa', 'Mira x Odessa').

    AO3's role tags ('Original Characters', 'Reader') stay in, as the AO3 reader keeps them: the pipeline
    gives them no voice of their own (tags.is_role_tag) and takes 'Reader' for a reader-insert.
    """
    names: list[str] = list(fields.get("characters", []))
    for pairing in fields.get("relationships", []):
        names += [n.strip() for n in re.split(r"\s*/\s*|\s+x\s+", pairing) if n.strip()]
    seen: list[str] = []
    for name in names:
        name = base_name(name)  # 'Jasper Thorne (Ironwood Saga)' -> 'Jasper Thorne'
        words = name.split()
        if (name not in seen and 1 <= len(words) <= 4
                and all(re.fullmatch(r"[^\W\d_][\w'’.-]*", w) and w[0].isupper() for w in words)):
            seen.append(name)
    return seen


# *I can't go back,* she thought. / _Not again._ -- the marks hug the words, and
# the run stays inside one paragraph. '* * *' (a scene break), snake_case and
# 2*3*4 are not emphasis: a mark must not touch a word character on its outside
# nor a space on its inside.
_MARKDOWN_EMPHASIS = re.compile(
    r"(?<![\w*])\*(?=[^\s*])(?:[^*\n]|\n(?![ \t]*\n))+?(?<=[^\s*])\*(?![\w*])"
    r"|(?<![\w_])_(?=[^\s_])(?:[^_\n]|\n(?![ \t]*\n))+?(?<=[^\s_])_(?![\w_])"
)


def markdown_emphasis(text: str) -> list[Span]:
    """Spans of ``*emphasis*`` and ``_emphasis_``, marks included (the speech stage drops them)."""
    return [Span(m.start(), m.end()) for m in _MARKDOWN_EMPHASIS.finditer(text)]


def _is_heading(line: str) -> bool:
    # Imported on first use: a cached re-render reads no story and should not pay for chapters' patterns.
    from ..chapters import is_heading

    return is_heading(line, loose=False)


def _note_start(line: str) -> bool:
    from ..chapters import _note_start as note_start

    return note_start(line)
