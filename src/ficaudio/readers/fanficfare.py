"""FanFicFare output: its EPUB (title page + one file per chapter) and its single HTML file.

Layout from FanFicFare's writers (``../shared/formats/ao3-and-fanficfare.md``
section 3): a title page ``<h3><a href=URL>Title</a> by Author</h3>`` followed
by ``<b>Label:</b> value<br/>`` lines (or a ``table.full``); chapter files
``<body class="fff_chapter"><h3 class="fff_chapter_title">``; for AO3 stories
the chapter text sits in ``div.story`` with ``div.fff_chapter_notes`` before
and after it. The HTML writer puts the same title block in an ``h1``, the
metadata in ``table.full``, and each chapter after ``<a name="sectionNNNN">``.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag

from ..model import Document
from ._text import Paragraph, StoryBuilder, html_paragraphs, inline_text, labelled

# Title-page label (FanFicFare's defaults, lower case) -> metadata key
_LABEL_KEYS = {
    "characters": "characters", "relationships": "relationships", "ships": "relationships",
    "category": "fandoms", "fandoms": "fandoms", "fandom": "fandoms",
    "status": "status", "summary": "summary", "rating": "rating", "warnings": "warnings",
    "genre": "genre", "language": "language", "series": "series", "chapters": "chapters",
    "words": "words", "published": "published", "updated": "updated", "packaged": "packaged",
    "freeform tags": "freeforms", "ao3 categories": "categories", "publisher": "publisher",
}
_LIST_KEYS = {"characters", "relationships", "fandoms", "warnings", "genre", "freeforms", "categories"}

# FanFicFare's note labels -> the labels the AO3 reader speaks, so both read alike.
_NOTE_LABELS = {
    "author's note:": "Author's note:",
    "summary for the chapter:": "Chapter summary:",
    "notes for the chapter:": "Author's note:",
}
_SECTION = re.compile(r"^section\d+$", re.IGNORECASE)


def is_fff_chapter(soup: BeautifulSoup) -> bool:
    body = soup.find("body")
    return body is not None and "fff_chapter" in (body.get("class") or [])


def is_fff_titlepage(soup: BeautifulSoup) -> bool:
    body = soup.find("body")
    return body is not None and "fff_titlepage" in (body.get("class") or [])


def looks_like_fff_html(soup: BeautifulSoup) -> bool:
    return soup.find("a", attrs={"name": "TOCTOP"}) is not None or (
        soup.find("a", attrs={"name": _SECTION}) is not None and soup.find("table", class_="full") is not None
    )


# --- title page ----------------------------------------------------------------


def read_title_block(heading: Tag | None) -> tuple[str, list[str], str]:
    """``<h3><a href=URL>Title</a> by <a>Author</a>, <a>Other</a></h3>`` -> (title, authors, url)."""
    if heading is None:
        return "", [], ""
    links = heading.find_all("a")
    if not links:
        title, _, by = inline_text(heading).partition(" by ")
        return title.strip(), [a.strip() for a in by.split(",") if a.strip()], ""
    title = inline_text(links[0])
    authors = [inline_text(a) for a in links[1:] if inline_text(a)]
    if not authors:
        _, _, by = inline_text(heading).partition(" by ")
        authors = [a.strip() for a in by.split(",") if a.strip()]
    return title, authors, str(links[0].get("href") or "")


def read_entries(node: Tag | None) -> dict[str, list[str]]:
    """The title page's ``Label: value`` entries (div-with-<br> or table layout) as metadata."""
    metadata: dict[str, list[str]] = {}
    if node is None:
        return metadata
    pairs: list[tuple[str, str]] = []
    table = node if node.name == "table" else node.find("table", class_="full")
    if table is not None:
        for row in table.find_all("tr"):
            cells = row.find_all("td")
            if len(cells) >= 2:
                pairs.append((inline_text(cells[0]), inline_text(cells[1])))
    else:
        label: str | None = None
        value: list[str] = []
        for child in node.children:
            if isinstance(child, Tag) and child.name == "b" and inline_text(child).endswith(":"):
                if label is not None:
                    pairs.append((label, " ".join(value)))
                label, value = inline_text(child), []
            elif isinstance(child, Tag) and child.name == "br":
                if label is not None:
                    pairs.append((label, " ".join(value)))
                label, value = None, []
            elif label is not None:
                text = inline_text(child) if isinstance(child, Tag) else " ".join(str(child).split())
                if text:
                    value.append(text)
        if label is not None:
            pairs.append((label, " ".join(value)))
    for label, value in pairs:
        key = _LABEL_KEYS.get(label.rstrip(":").strip().lower())
        value = " ".join(value.split())
        if not key or not value:
            continue
        values = [v.strip() for v in value.split(",")] if key in _LIST_KEYS else [value]
        metadata.setdefault(key, []).extend(v for v in values if v)
    return metadata


# --- chapters --------------------------------------------------------------------


def add_chapter_content(builder: StoryBuilder, nodes: list) -> None:  # noqa: ANN001 - bs4 nodes
    """Head notes, chapter text, foot notes of one chapter, in that order."""
    notes: list[Tag] = []
    for node in nodes:
        if isinstance(node, Tag):
            if "fff_chapter_notes" in (node.get("class") or []):
                notes.append(node)
            else:
                notes.extend(node.find_all("div", class_="fff_chapter_notes"))
    head = [n for n in notes if "fff_foot_notes" not in (n.get("class") or [])]
    foot = [n for n in notes if "fff_foot_notes" in (n.get("class") or [])]
    for note in head:
        builder.note(None, _note_paragraphs(note))
    builder.paragraphs(html_paragraphs(nodes, skip=notes))
    for note in foot:
        builder.note(None, _note_paragraphs(note))


def _note_paragraphs(note: Tag) -> list[Paragraph]:
    """A notes div as paragraphs, each FanFicFare label spoken as the AO3 reader speaks it."""
    skip = note.find_all("ul", class_="associations") + note.find_all("div", id="children")
    out: list[Paragraph] = []
    label: str | None = None
    for p in html_paragraphs(note, skip=skip):
        spoken = _NOTE_LABELS.get(p.text.lower())
        if spoken:
            if label:
                out.append(Paragraph(label))
            label = spoken
            continue
        for raw, spoken in _NOTE_LABELS.items():  # "<b>Author's Note:</b> text" in one paragraph
            if p.text.lower().startswith(raw + " "):
                shift = len(raw) + 1
                p = Paragraph(p.text[shift:], [(s - shift, e - shift) for s, e in p.emphasis if s >= shift])
                label = spoken
                break
        out.extend(labelled(label, [p]) if label else [p])
        label = None
    if label:
        out.append(Paragraph(label))
    return out


def chapter_title(soup: BeautifulSoup) -> tuple[str, Tag | None]:
    """A FanFicFare chapter file's title and the element that shows it."""
    heading = soup.find(class_="fff_chapter_title") or soup.find(["h1", "h2", "h3"])
    if heading is not None:
        return inline_text(heading), heading
    meta = soup.find("meta", attrs={"name": "chaptertitle"})
    if meta is not None and meta.get("content"):
        return str(meta["content"]), None
    return inline_text(soup.find("title")), None


def add_summary(builder: StoryBuilder, metadata: dict[str, list[str]]) -> None:
    """The title page's summary, read before the first chapter as the AO3 reader reads AO3's."""
    builder.note("Summary:", [Paragraph(text) for text in metadata.get("summary", []) if text])


def finish(builder: StoryBuilder, *, metadata: dict[str, list[str]], title: str, authors: list[str], url: str,
           source: str) -> Document:
    for key, values in metadata.items():
        builder.metadata.setdefault(key, []).extend(values)
    if url:
        builder.metadata["url"] = [url]
    builder.metadata["source_format"] = ["fanficfare"]
    return builder.build(
        title=title, author=", ".join(authors) or None, source=source, characters=metadata.get("characters", [])
    )


def read_fff_html(soup: BeautifulSoup, *, source: str, fallback_title: str) -> Document | None:
    """A FanFicFare HTML file; None when it has no chapters (let the generic reader try)."""
    body = soup.find("body") or soup
    title, authors, url = read_title_block(body.find("h1"))
    metadata = read_entries(body.find("table", class_="full"))
    builder = StoryBuilder()
    add_summary(builder, metadata)
    number = 0
    pending: list = []  # noqa: ANN001 - bs4 nodes of the current chapter
    in_toc = False

    def flush() -> None:
        if number:
            add_chapter_content(builder, pending)

    for child in body.children:
        if isinstance(child, Tag) and child.name == "a" and child.get("name"):
            name = str(child.get("name"))
            if name == "TOCTOP":
                in_toc = True
                continue
            if _SECTION.match(name):
                flush()
                pending = []
                in_toc = False
                number += 1
                heading = child.find(["h1", "h2", "h3"]) or child
                builder.chapter(inline_text(heading), number)
                continue
        if in_toc or number == 0:
            continue
        if isinstance(child, (Tag, NavigableString)):
            pending.append(child)
    flush()
    if number == 0:
        return None
    return finish(builder, metadata=metadata, title=title or fallback_title, authors=authors, url=url, source=source)


# --- FanFicFare TXT ------------------------------------------------------------------
# writer_txt: "\n\n\n{title}\n\nby {author}\n\n\n", "Label: value" lines, "TABLE OF
# CONTENTS" and one title per line, then each chapter as "\n\n\t{chapter}\n\n" and its
# text through html2text (so <em> arrives as _text_ and <hr> as * * *), wrapped to
# 78 columns with CRLF line ends, and "End file." last. textwrap turns the tab
# into spaces, so a chapter title is an indented line.

_TXT_LABEL = re.compile(r"^([A-Z][A-Za-z0-9 ']{1,30}):\s+(.*)$")


def read_fff_txt(text: str, *, source: str) -> Document | None:
    """A FanFicFare TXT download as chapters and metadata; None when the text is not one."""
    lines = text.split("\n")
    toc_at = next((i for i, line in enumerate(lines[:400]) if line.strip() == "TABLE OF CONTENTS"), None)
    if toc_at is None:
        return None
    head = [line.strip() for line in lines[:toc_at] if line.strip()]
    if len(head) < 2 or not head[1].startswith("by "):
        return None
    title, authors = head[0], [a.strip() for a in head[1][3:].split(",") if a.strip()]
    pairs: list[list[str]] = []
    for line in head[2:]:
        match = _TXT_LABEL.match(line)
        if match:
            pairs.append([match.group(1), match.group(2)])
        elif pairs:
            pairs[-1][1] += " " + line  # a wrapped value
    metadata: dict[str, list[str]] = {}
    for label, value in pairs:
        key = _LABEL_KEYS.get(label.lower())
        if key:
            values = [v.strip() for v in value.split(",")] if key in _LIST_KEYS else [value.strip()]
            metadata.setdefault(key, []).extend(v for v in values if v)

    def indented(line: str) -> bool:
        return line[:1] in (" ", "\t") and bool(line.strip())

    toc: list[str] = []
    cursor = toc_at + 1
    while cursor < len(lines) and not indented(lines[cursor]):
        if lines[cursor].strip():
            toc.append(lines[cursor].strip())
        cursor += 1
    starts: list[int] = []
    for chapter in toc:
        found = next((k for k in range(cursor, len(lines)) if indented(lines[k]) and lines[k].strip() == chapter), None)
        if found is None:
            return None
        starts.append(found)
        cursor = found + 1
    if not starts:
        return None
    end = len(lines)
    while end > starts[-1] + 1 and lines[end - 1].strip() in ("", "End file."):
        end -= 1
    builder = StoryBuilder()
    add_summary(builder, metadata)
    for number, (chapter, start) in enumerate(zip(toc, starts), start=1):
        stop = starts[number] if number < len(starts) else end
        builder.chapter(chapter, number)
        _add_txt_chapter(builder, lines[start + 1 : stop])
    return finish(builder, metadata=metadata, title=title, authors=authors, url="", source=source)


_TXT_NOTE_LABEL = re.compile(r"^\*\*(.+?:)\*\*$")


def _add_txt_chapter(builder: StoryBuilder, lines: list[str]) -> None:
    """html2text's paragraphs; '**Author's Note:**' and the '> ' quote after it are a note."""
    from .txt import markdown_emphasis

    def paragraph(text: str) -> Paragraph:
        return Paragraph(text, [(s.start, s.end) for s in markdown_emphasis(text)])

    blocks: list[list[str]] = []
    current: list[str] = []
    for line in [*lines, ""]:
        if line.strip():
            current.append(line.strip())
        elif current:
            blocks.append(current)
            current = []
    i = 0
    while i < len(blocks):
        text = " ".join(blocks[i])
        match = _TXT_NOTE_LABEL.match(text)
        spoken = _NOTE_LABELS.get(match.group(1).lower()) if match else None
        if spoken is None:
            builder.paragraphs([paragraph(text)])
            i += 1
            continue
        quoted: list[Paragraph] = []
        i += 1
        while i < len(blocks) and all(line.startswith(">") for line in blocks[i]):
            part: list[str] = []
            for line in [*blocks[i], ">"]:
                words = line[1:].strip()
                if words:
                    part.append(words)
                elif part:
                    quoted.append(paragraph(" ".join(part)))
                    part = []
            i += 1
        builder.note(spoken, quoted)
