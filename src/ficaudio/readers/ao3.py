"""Archive of Our Own downloads: the HTML file and the EPUB calibre makes from it.

Both carry the same markup (``../shared/formats/ao3-and-fanficfare.md``): a
preface with ``dl.tags``, the ``h1`` title, ``div.byline`` and the Summary /
Notes labels (bare ``<p>`` elements followed by ``blockquote.userstuff``);
chapters with ``h2.heading`` and a ``div.userstuff`` body; an afterword with
the end notes. Calibre renames most classes (``div.userstuff`` becomes
``userstuff2``, ``div.meta`` becomes ``calibre1``) and splits the file, so this
module never relies on containers or the ``meta`` class: it walks the elements
in reading order and reacts to the ones that survive both (ids, ``h2.heading``,
``dl.tags``, ``div.byline``, the label texts, ``userstuff*`` bodies).
"""

from __future__ import annotations

import re

from bs4 import Tag

from ..errors import MalformedStoryError
from ..model import Document
from ._text import SKIP_TAGS, StoryBuilder, html_paragraphs, inline_text

# AO3's label -> (the label spoken before it, metadata key or None)
_NOTE_LABELS: dict[str, tuple[str, str | None]] = {
    "summary": ("Summary:", "summary"),
    "notes": ("Author's note:", None),
    "end notes": ("Author's note:", None),
    "chapter summary": ("Chapter summary:", None),
    "chapter notes": ("Author's note:", None),
    "chapter end notes": ("Author's note:", None),
}

# dl.tags labels, singular and plural (plural since 2023), -> metadata key
_TAG_KEYS = {
    "rating": "rating", "ratings": "rating",
    "archive warning": "warnings", "archive warnings": "warnings",
    "category": "categories", "categories": "categories",
    "fandom": "fandoms", "fandoms": "fandoms",
    "relationship": "relationships", "relationships": "relationships",
    "character": "characters", "characters": "characters",
    "additional tags": "freeforms", "additional tag": "freeforms",
    "language": "language", "series": "series",
    "collections": "collections", "collection": "collections",
    "stats": "stats",
}
_LIST_KEYS = {"rating", "warnings", "categories", "fandoms", "relationships", "characters", "freeforms", "collections"}
_WORK_URL = re.compile(r"https?://(?:www\.)?archiveofourown\.org/works/\d+")


def looks_like_ao3(roots: list[Tag]) -> bool:
    """Is this an AO3 download (HTML, or the bodies of an AO3 EPUB)?"""
    for root in roots:
        if root.find(id="preface") is not None and (
            root.find("dl", class_="tags") is not None or root.find("p", class_="message") is not None
        ):
            return True
        message = root.find("p", class_="message")
        if message is not None and "archiveofourown.org" in str(message):
            return True
    return False


class _Walker:
    def __init__(self) -> None:
        self.builder = StoryBuilder()
        self.title = ""
        self.authors: list[str] = []
        self.url = ""
        self.chapter_number = 0
        self.bodies = 0
        self._pending: str | None = None

    def visit(self, node: Tag) -> None:
        for child in node.children:
            if not isinstance(child, Tag):
                continue
            name = (child.name or "").lower()
            classes = set(child.get("class") or [])
            if name in SKIP_TAGS:
                continue
            if name == "dl":
                if "tags" in classes:
                    self._read_tags(child)
                continue  # else "Works inspired by this one"
            if name == "h1":
                self.title = self.title or inline_text(child)
                continue
            if "byline" in classes:
                if name == "div" and not self.authors:
                    self.authors = [inline_text(a) for a in child.find_all("a")] or [
                        re.sub(r"^by\s+", "", inline_text(child))
                    ]
                continue  # p.byline: "Chapter by ..."
            if "message" in classes or "endnote-link" in classes:
                match = _WORK_URL.search(str(child))
                if match and not self.url:
                    self.url = match.group(0)
                continue
            if name == "h2":
                if "heading" in classes:
                    self.chapter_number += 1
                    self.builder.chapter(inline_text(child), self.chapter_number)
                continue  # h2.toc-heading: hidden "Preface" / "Afterword" / title
            if name == "p":
                label = inline_text(child).rstrip(":").strip().lower()
                self._pending = label if label in _NOTE_LABELS else None
                continue
            if name == "blockquote":
                if self._pending is not None:
                    self._note(self._pending, child)
                    self._pending = None
                continue
            if name in ("ul", "ol"):
                continue  # related works in the preface
            if name == "div" and _is_chapter_body(child):
                self.builder.paragraphs(html_paragraphs(child))
                self.bodies += 1
                continue
            self.visit(child)

    def _note(self, label: str, quote: Tag) -> None:
        spoken, key = _NOTE_LABELS[label]
        paragraphs = html_paragraphs(quote)
        if key:
            self.builder.metadata.setdefault(key, []).append("\n\n".join(p.text for p in paragraphs))
        self.builder.note(spoken, paragraphs)

    def _read_tags(self, dl: Tag) -> None:
        key: str | None = None
        for item in dl.find_all(["dt", "dd"]):
            if item.name == "dt":
                key = _TAG_KEYS.get(inline_text(item).rstrip(":").strip().lower())
                continue
            if key is None:
                continue
            if key in _LIST_KEYS:
                links = [inline_text(a) for a in item.find_all("a")]
                values = links or [v.strip() for v in inline_text(item).split(",")]
            else:
                values = [inline_text(item)]
            self.builder.metadata.setdefault(key, []).extend(v for v in values if v)
            key = None


def _is_chapter_body(div: Tag) -> bool:
    """A chapter's text: ``div.userstuff`` (``userstuff2`` after calibre), not the #chapters container."""
    classes = div.get("class") or []
    if not any(c.startswith("userstuff") for c in classes) or div.get("id") == "chapters":
        return False
    # An author's own <h2> may sit in the text; AO3's chapter headings carry these classes.
    return div.find("h2", class_=["heading", "toc-heading"]) is None and div.find("dl", class_="tags") is None


def read_ao3(roots: list[Tag], *, source: str, fallback_title: str, fallback_authors: list[str] | None = None) -> Document:
    """Build a Document from an AO3 download's bodies, in reading order.

    Raises:
        MalformedStoryError: the file has AO3's preface but no chapter text.
    """
    walker = _Walker()
    for root in roots:
        walker.visit(root)
    if walker.bodies == 0:
        raise MalformedStoryError(
            f"{source}: an AO3 download with no chapter text (no div.userstuff found). Download the work again."
        )
    builder = walker.builder
    authors = walker.authors or list(fallback_authors or [])
    if walker.url:
        builder.metadata["url"] = [walker.url]
    builder.metadata["source_format"] = ["ao3"]
    return builder.build(
        title=walker.title or fallback_title,
        author=", ".join(authors) or None,
        source=source,
        characters=builder.metadata.get("characters", []),
    )
