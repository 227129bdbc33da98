"""Shared by the HTML and EPUB readers: markup to paragraphs, paragraphs to a Document.

The text a reader builds is what the pipeline's offsets index into, so it is
laid out like a clean plain-text fic: paragraphs separated by one blank line,
each chapter heading on a line of its own (``Chapter 2: The Storm``), the
author's notes as paragraphs with a short spoken label (``Author's note:``).
Italics become emphasis spans, author's notes and chapters become hint spans.
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, MarkupResemblesLocatorWarning, NavigableString, Tag, XMLParsedAsHTMLWarning
from bs4.exceptions import ParserRejectedMarkup
from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

from ..chapters import is_heading
from ..errors import MalformedStoryError
from ..model import Document, Span, StoryHints

BLOCK_TAGS = frozenset(
    "address article aside blockquote body caption center dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup html li main nav ol p pre section summary table tbody td tfoot "
    "th thead tr ul".split()
)
SKIP_TAGS = frozenset(
    "applet audio button canvas embed head iframe img input link map math meta noscript object option rp rt "
    "script select style svg template textarea title video".split()
)
EMPHASIS_TAGS = frozenset({"em", "i"})

SCENE_BREAK_LINE = "* * *"
"""What an ``<hr>`` becomes: a line the chapter stage reads as a scene break."""

_HTML_SPACE = re.compile(r"[ \t\n\r\f\v\u00a0\u2028\u2029]+")
_INVISIBLE = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_ITALIC_STYLE = re.compile(r"font-style\s*:\s*italic", re.IGNORECASE)
_CHAPTER_NUMBER_PREFIX = re.compile(r"^\s*\d+\s*[.:)]\s+")
_MAX_HEADING = 80
_NOT_TEXT = (Comment, Declaration, Doctype, ProcessingInstruction)


@dataclass
class Paragraph:
    """One paragraph of extracted text and its italic runs (offsets into ``text``)."""

    text: str
    emphasis: list[tuple[int, int]] = field(default_factory=list)


class _ParagraphCollector:
    """Walks markup and cuts it into paragraphs the way a browser lays it out."""

    def __init__(self) -> None:
        self.paragraphs: list[Paragraph] = []
        self._pieces: list[str] = []
        self._length = 0
        self._ends_with_space = True
        self._marks: list[tuple[int, int]] = []
        self._emphasis_depth = 0
        self._emphasis_start = 0

    # -- text --------------------------------------------------------------
    def add_text(self, raw: str) -> None:
        text = _INVISIBLE.sub("", _HTML_SPACE.sub(" ", raw))
        if self._ends_with_space:
            text = text.lstrip(" ")
        if not text:
            return
        self._pieces.append(text)
        self._length += len(text)
        self._ends_with_space = text.endswith(" ")

    def begin_emphasis(self) -> None:
        if self._emphasis_depth == 0:
            self._emphasis_start = self._length
        self._emphasis_depth += 1

    def end_emphasis(self) -> None:
        self._emphasis_depth -= 1
        if self._emphasis_depth == 0:
            self._marks.append((self._emphasis_start, self._length))

    def flush(self) -> None:
        """End the current paragraph (a block boundary or a line break)."""
        if self._emphasis_depth:
            self._marks.append((self._emphasis_start, self._length))
        text = "".join(self._pieces).rstrip(" ")
        if text:
            self.paragraphs.append(Paragraph(text, _clean_marks(text, self._marks)))
        self._pieces, self._length, self._ends_with_space, self._marks = [], 0, True, []
        self._emphasis_start = 0

    def scene_break(self) -> None:
        self.flush()
        self.paragraphs.append(Paragraph(SCENE_BREAK_LINE))

    # -- markup ------------------------------------------------------------
    def walk(self, node: Tag, *, skip: frozenset[int] = frozenset()) -> None:
        self.visit(node.children, skip=skip)

    def visit(self, nodes, *, skip: frozenset[int] = frozenset()) -> None:  # noqa: ANN001 - any node iterable
        # Iterative, not recursive: pages saved from the web can nest thousands
        # of unclosed <font>/<div> tags deep.
        stack: list[tuple[Iterator, bool, bool]] = [(iter(nodes), False, False)]
        while stack:
            children, block, emphasis = stack[-1]
            child = next(children, None)
            if child is None:
                stack.pop()
                if emphasis:
                    self.end_emphasis()
                if block:
                    self.flush()
                continue
            if isinstance(child, NavigableString):
                if not isinstance(child, _NOT_TEXT):
                    self.add_text(str(child))  # text and CDATA
                continue
            if not isinstance(child, Tag) or id(child) in skip:
                continue
            name = (child.name or "").lower()
            if name in SKIP_TAGS:
                continue
            if name == "br":
                self.flush()
                continue
            if name == "hr":
                self.scene_break()
                continue
            child_emphasis = name in EMPHASIS_TAGS or bool(_ITALIC_STYLE.search(str(child.get("style") or "")))
            child_block = name in BLOCK_TAGS
            if child_block:
                self.flush()
            if child_emphasis:
                self.begin_emphasis()
            stack.append((iter(child.children), child_block, child_emphasis))


def _clean_marks(text: str, marks: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Clip emphasis runs to the paragraph, trim their spaces, join runs split only by spaces."""
    cleaned: list[tuple[int, int]] = []
    for start, end in sorted(marks):
        end = min(end, len(text))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            continue
        if cleaned and not text[cleaned[-1][1] : start].strip():
            cleaned[-1] = (cleaned[-1][0], max(end, cleaned[-1][1]))
        else:
            cleaned.append((start, end))
    return cleaned


def html_paragraphs(node: Tag | list | None, *, skip: list[Tag] | None = None) -> list[Paragraph]:
    """The paragraphs of a piece of markup (an element's content, or a list of nodes), without ``skip``."""
    if node is None:
        return []
    collector = _ParagraphCollector()
    ids = frozenset(id(t) for t in skip or [])
    if isinstance(node, Tag):
        collector.walk(node, skip=ids)
    else:
        collector.visit(node, skip=ids)
    collector.flush()
    return collector.paragraphs


def inline_text(node: Tag | None) -> str:
    """The text of an element on one line, spaces collapsed."""
    if node is None:
        return ""
    return " ".join(_INVISIBLE.sub("", node.get_text(" ")).split())


def parse_markup(markup: str | bytes, where: str) -> BeautifulSoup:
    """Parse HTML or XHTML with the standard library's parser (nothing fetched or run).

    Raises:
        MalformedStoryError: the parser gives up on the markup (``where`` names the file).
    """
    with warnings.catch_warnings():
        # EPUB chapters are XHTML; html.parser reads them well, bs4 would suggest lxml.
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        try:
            return BeautifulSoup(markup, "html.parser")
        except ParserRejectedMarkup:
            pass
        if isinstance(markup, str):
            # html.parser gives up on a stray '<![' that opens no CDATA section: show it as text.
            try:
                return BeautifulSoup(re.sub(r"<!\[(?!CDATA\[)", "&lt;![", markup), "html.parser")
            except ParserRejectedMarkup:
                pass
        raise MalformedStoryError(
            f"{where}: the HTML is too damaged to read. Download or save the story again."
        )


def heading_line(title: str, number: int) -> str:
    """The line that opens chapter ``number`` in the text: one the chapter stage sees as a heading.

    'Chapter 2: The Storm' and 'Prologue' stay as they are; a bare title
    ('The Storm', or FanFicFare's '2. The Storm') becomes 'Chapter 2: The Storm'.
    """
    title = " ".join(title.split())
    if title and is_heading(_shorten(title), loose=False):
        return _shorten(title)
    title = _CHAPTER_NUMBER_PREFIX.sub("", title)
    return _shorten(f"Chapter {number}: {title}" if title else f"Chapter {number}")


def _shorten(line: str) -> str:
    """AO3 allows 255-character chapter titles; the heading detector takes 80."""
    if len(line) <= _MAX_HEADING:
        return line
    return line[: _MAX_HEADING + 1].rsplit(" ", 1)[0].rstrip(" ,;:-–—")


def labelled(label: str, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Put ``label`` in front of the first paragraph: 'Summary:' + 'A ferry...' -> 'Summary: A ferry...'."""
    if not paragraphs:
        return [Paragraph(label)]
    first, shift = paragraphs[0], len(label) + 1
    joined = Paragraph(f"{label} {first.text}", [(s + shift, e + shift) for s, e in first.emphasis])
    return [joined, *paragraphs[1:]]


class StoryBuilder:
    """Lays out paragraphs, headings and notes into one text with its hint spans."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._length = 0
        self.hints = StoryHints()
        self._chapter_title: str | None = None
        self._chapter_start = 0
        self._has_text = False
        self.metadata: dict[str, list[str]] = {}

    def _append(self, text: str) -> int:
        if self._parts:
            self._parts.append("\n\n")
            self._length += 2
        start = self._length
        self._parts.append(text)
        self._length += len(text)
        return start

    def paragraphs(self, paragraphs: list[Paragraph]) -> Span | None:
        """Append paragraphs; return the span they cover (None if there were none)."""
        first = last = None
        for p in paragraphs:
            self._has_text = self._has_text or any(ch.isalnum() for ch in p.text)
            start = self._append(p.text)
            for s, e in p.emphasis:
                self.hints.emphasis.append(Span(start + s, start + e))
            first = start if first is None else first
            last = start + len(p.text)
        return None if first is None else Span(first, last)

    def note(self, label: str | None, paragraphs: list[Paragraph]) -> None:
        """Append an author's note (or summary) after a spoken label, marked as a note.

        The label opens the note's first paragraph ('Author's note: Thanks
        for reading!'), as fans write notes in plain text.
        """
        if not paragraphs:
            return
        span = self.paragraphs(labelled(label, paragraphs) if label else paragraphs)
        if span is not None:
            self.hints.author_notes.append(span)

    def chapter(self, title: str, number: int) -> None:
        """Start a chapter: its heading line goes in the text on its own."""
        self.end_chapter()
        line = heading_line(title, number)
        self._append(line)
        self._chapter_title = line
        self._chapter_start = self._length

    def end_chapter(self) -> None:
        if self._chapter_title is not None:
            body_start = min(self._chapter_start + 2, self._length)
            self.hints.chapters.append((self._chapter_title, Span(body_start, max(body_start, self._length))))
        self._chapter_title = None

    def build(self, *, title: str, author: str | None, source: str, characters: list[str]) -> Document:
        """The Document, with the hints gathered so far.

        Raises:
            MalformedStoryError: nothing but chapter headings (or nothing at all) to read.
        """
        if not self._has_text:
            raise MalformedStoryError(
                f"{source}: the file has chapter headings but no story text. Download or save the story again."
            )
        self.end_chapter()
        self.hints.characters = list(dict.fromkeys(c for c in characters if c))
        self.hints.metadata = {k: v for k, v in self.metadata.items() if v}
        text = "".join(self._parts) + "\n"
        return Document(text=text, title=title, author=author, source=source, hints=self.hints)
