"""Plain-text stories: any common encoding, CRLF or LF.

Decoding order: a byte-order mark decides; else strict UTF-8; else
charset-normalizer's best guess among the encodings fics really come in
(Windows-1252 with its smart quotes, Latin-1, UTF-16 without a BOM).
"""

from __future__ import annotations

import codecs
import re

from ..errors import MalformedStoryError, StoryError
from ..languages import header_labels
from ..model import Document, Span, StoryHints

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
        end, fields = header
        # The header is the work's details, not the story: kept out of the reading like an author's note.
        hints.author_notes.append(Span(0, end))
        title = fields.get("title", [title])[0]
        author = ", ".join(fields["author"]) if fields.get("author") else None
        hints.characters = _header_characters(fields)
        hints.metadata = {k: v for k, v in fields.items() if k not in ("title", "author")}
    doc = Document(text=text, title=title, source=source, hints=hints)
    doc.author = author
    return doc


# The details block fans put at the top of a fic copied from fanfiction.net or written by hand:
#   Title: Paper Lanterns / Author: inkwell_owl / Rating: T / Pairing: Mira/Odessa / Summary: ...
_HEADER_LABELS = {
    "title": "title", "story": "title", "author": "author", "by": "author", "written by": "author",
    "rating": "rating", "rated": "rating", "pairing": "relationships", "pairings": "relationships",
    "relationship": "relationships", "relationships": "relationships", "ship": "relationships",
    "characters": "characters", "character": "characters", "summary": "summary", "fandom": "fandoms",
    "fandoms": "fandoms", "category": "fandoms", "genre": "genre", "genres": "genre", "warning": "warnings",
    "warnings": "warnings", "word count": "words", "words": "words", "wordcount": "words", "status": "status",
    "chapters": "chapters", "published": "published", "updated": "updated", "beta": "beta",
    "beta reader": "beta", "disclaimer": "disclaimer", "spoilers": "spoilers", "tags": "freeforms",
    "language": "language", "series": "series", "timeline": "timeline", "notes": "notes",
}
# Labels in the story's own language too ('Titre :', 'Zusammenfassung:', 'Título:'): languages/*.py header_labels.
_HEADER_LINE = re.compile(r"^[ \t*_]*([^\W\d_][^\W\d_ ]*(?: [^\W\d_]+){0,2}?)[ \t*_]*:[ \t*_]*(.*?)[ \t]*$")
_STORY_LABELS = {"title", "author", "rating", "relationships", "summary", "fandoms", "words", "characters"}
_LIST_LABELS = {"relationships", "characters", "fandoms", "genre", "warnings", "freeforms", "author"}


def story_header(text: str) -> tuple[int, dict[str, list[str]]] | None:
    """The details block opening ``text``: (offset just past it, {key: values}); None if there is none.

    Lines of ``Label: value`` with labels fans use (Title, Author, Rating,
    Pairing, Summary, Word count, ...); a value may wrap onto following lines
    (a long summary). At least two labels, one of them a story detail, so a
    chat fic's ``Mira: hi`` or a lone ``Note:`` is not taken for one.
    """
    fields: dict[str, list[str]] = {}
    offset = 0
    end = 0
    last_key: str | None = None
    labelled = 0
    for line in text[:8000].split("\n"):
        stripped = line.strip()
        line_end = offset + len(line)
        offset = line_end + 1
        if not stripped:
            if labelled and last_key is None:
                break
            last_key = None if labelled else last_key
            continue
        if _is_heading(stripped):
            break  # 'BOOK THE FIRST' right under 'Author: ...' starts the story; it wraps no value
        match = _HEADER_LINE.match(stripped)
        label = " ".join(match.group(1).lower().split()) if match else ""
        key = _HEADER_LABELS.get(label) or header_labels().get(label) if match else None
        if key:
            labelled += 1
            fields.setdefault(key, []).append(match.group(2))
            last_key = key
            end = line_end
        elif last_key is not None and labelled:
            fields[last_key][-1] = (fields[last_key][-1] + " " + stripped).strip()  # a wrapped value
            end = line_end
        else:
            break
    if labelled < 2 or not (_STORY_LABELS & fields.keys()):
        return None
    cleaned: dict[str, list[str]] = {}
    for key, values in fields.items():
        items = [v for value in values for v in (re.split(r"\s*[,;]\s*|\s+&\s+|\s+and\s+", value)
                                                   if key in _LIST_LABELS else [value])]
        items = [" ".join(v.split()).strip(" *_") for v in items]
        if [v for v in items if v]:
            cleaned[key] = [v for v in items if v]
    return end, cleaned


def _header_characters(fields: dict[str, list[str]]) -> list[str]:
    """Character names from Characters: and slash pairings ('Mira/Odessa', 'Mira x Odessa')."""
    names: list[str] = list(fields.get("characters", []))
    for pairing in fields.get("relationships", []):
        names += [n.strip() for n in re.split(r"\s*/\s*|\s+x\s+", pairing) if n.strip()]
    seen: list[str] = []
    for name in names:
        if name not in seen and re.fullmatch(r"[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}", name):
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
