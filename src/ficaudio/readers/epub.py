"""EPUB stories: AO3's (calibre-made), FanFicFare's, and any other EPUB 2 or 3.

The zip is read defensively: member names that are absolute or climb out with
``..`` are ignored, every member's size is checked before and while it is
decompressed (``MAX_MEMBER_BYTES`` each, ``MAX_TOTAL_BYTES`` in all), and the
XML files are parsed with defusedxml (no DTD entities, nothing external). The
XHTML chapters go through Beautiful Soup's ``html.parser``, which fetches and
runs nothing.

Reading order: the OPF spine. Chapter titles: the EPUB 3 navigation document
or the EPUB 2 NCX, else the chapter's first heading. Cover, title page, table
of contents and copyright pages are skipped (by the guide, the nav landmarks,
``epub:type``, their file names or their text).
"""

from __future__ import annotations

import io
import logging
import posixpath
import re
import struct
import zipfile
import zlib
from dataclasses import dataclass, field
from urllib.parse import unquote
from xml.etree.ElementTree import Element, ParseError

from bs4 import BeautifulSoup, Tag
from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring as parse_xml

from ..errors import MalformedStoryError, UnsupportedFormatError
from ..model import Document
from . import ao3, fanficfare
from ._text import Paragraph, StoryBuilder, html_paragraphs, inline_text, parse_markup

_LOGGER = logging.getLogger(__name__)

MAX_MEMBER_BYTES = 64 * 1024 * 1024
"""No chapter, OPF or NCX of a real book is this big once decompressed."""
MAX_TOTAL_BYTES = 200 * 1024 * 1024
"""Decompressed bytes read from one EPUB, in all."""
MAX_MEMBERS = 10_000

_HTML_TYPES = {"application/xhtml+xml", "text/html", "application/xml", "text/xml"}
_SKIP_TYPES = {"cover", "titlepage", "title-page", "toc", "copyright-page", "copyright", "colophon", "imprint", "loi",
               "lot", "landmarks", "halftitlepage"}
_SKIP_STEM = re.compile(
    r"^(?:cover(?:page)?|title|titlepage|title[-_ ]page|half[-_]?title|toc|toc[-_]page|nav|contents|"
    r"table[-_]of[-_]contents|copyright|copyright[-_]page|colophon|imprint|log[-_]page|fff[-_]titlepage)"
    r"(?:[-_]?\d+)?$",
    re.IGNORECASE,
)
_SKIP_LABEL = re.compile(r"^(?:cover|title ?page|title|contents|table of contents|copyright|colophon|log page)$",
                         re.IGNORECASE)
_COPYRIGHT_TEXT = re.compile(r"all rights reserved|^\s*(?:copyright|©)", re.IGNORECASE | re.MULTILINE)


def _bad(source: str, what: str) -> MalformedStoryError:
    return MalformedStoryError(f"{source}: {what}")


class SafeZip:
    """Read-only access to a zip that refuses path tricks and decompression bombs."""

    def __init__(self, data: bytes, source: str) -> None:
        self.source = source
        self._read_total = 0
        try:
            self._zip = zipfile.ZipFile(io.BytesIO(data))
            infos = self._zip.infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError, IndexError,
                NotImplementedError, RuntimeError, struct.error) as exc:  # a damaged header can raise any of these
            raise _bad(source, "not a complete EPUB (the zip is truncated or damaged). Download it again.") from exc
        if len(infos) > MAX_MEMBERS:
            raise _bad(source, f"the EPUB has {len(infos)} files inside (limit {MAX_MEMBERS}); it is not a story.")
        self.members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            name = info.filename
            if info.is_dir() or not _safe_member_name(name):
                if not info.is_dir():
                    _LOGGER.warning("%s: ignoring unsafe zip member name %r", source, name)
                continue
            self.members.setdefault(name, info)
        self._folded = {name.lower(): name for name in self.members}

    def find(self, name: str) -> str | None:
        if name in self.members:
            return name
        return self._folded.get(name.lower())

    def read(self, name: str) -> bytes | None:
        """A member's bytes, None when absent.

        Raises:
            MalformedStoryError: the member is too big, damaged or encrypted.
        """
        found = self.find(name)
        if found is None:
            return None
        info = self.members[found]
        if info.file_size > MAX_MEMBER_BYTES:
            raise _bad(
                self.source,
                f"{found} inside the EPUB unpacks to {info.file_size // (1024 * 1024)} MB "
                f"(limit {MAX_MEMBER_BYTES // (1024 * 1024)} MB); the file is not a normal ebook.",
            )
        try:
            with self._zip.open(info) as member:
                data = member.read(MAX_MEMBER_BYTES + 1)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError, NotImplementedError, RuntimeError,
                struct.error) as exc:
            raise _bad(self.source, f"{found} inside the EPUB is damaged or encrypted ({exc}). Download it again.") from exc
        if len(data) > MAX_MEMBER_BYTES:
            raise _bad(self.source, f"{found} inside the EPUB unpacks to more than {MAX_MEMBER_BYTES // (1024 * 1024)} MB.")
        self._read_total += len(data)
        if self._read_total > MAX_TOTAL_BYTES:
            raise _bad(self.source, f"the EPUB unpacks to more than {MAX_TOTAL_BYTES // (1024 * 1024)} MB; it is not a story.")
        return data


def _safe_member_name(name: str) -> bool:
    if not name or "\x00" in name or name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name):
        return False
    return ".." not in re.split(r"[/\\]", name)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if _local(child.tag) == name]


def _attr(element: Element, name: str) -> str:
    for key, value in element.attrib.items():
        if _local(key) == name:
            return value
    return ""


def _xml(data: bytes, what: str, source: str) -> Element:
    try:
        return parse_xml(data)
    except (ParseError, DefusedXmlException, ValueError) as exc:
        raise _bad(source, f"{what} inside the EPUB is not valid XML ({exc}). Download the EPUB again.") from exc


@dataclass
class _Package:
    opf_path: str
    metadata: dict[str, list[str]] = field(default_factory=dict)
    manifest: dict[str, tuple[str, str, str]] = field(default_factory=dict)
    """id -> (zip path, media type, properties)"""
    spine: list[tuple[str, bool]] = field(default_factory=list)
    """(zip path, linear) in reading order"""
    ncx: str | None = None
    guide: dict[str, str] = field(default_factory=dict)
    """zip path -> guide type"""


def _resolve(base_dir: str, href: str) -> str | None:
    """An href relative to base_dir as a zip path; None if it leaves the book."""
    href = unquote(href.split("#", 1)[0].strip())
    if not href or re.match(r"^[a-z][a-z0-9+.-]*:", href, re.IGNORECASE):
        return None
    path = posixpath.normpath(posixpath.join(base_dir, href))
    return None if path.startswith("../") or path == ".." or path.startswith("/") else path


def _read_package(zf: SafeZip, source: str) -> _Package:
    container = zf.read("META-INF/container.xml")
    opf_path: str | None = None
    if container is not None:
        root = _xml(container, "META-INF/container.xml", source)
        for element in root.iter():
            if _local(element.tag) == "rootfile" and element.get("full-path"):
                candidate = _resolve("", element.get("full-path", ""))
                if candidate and zf.find(candidate):
                    opf_path = zf.find(candidate)
                    break
    if opf_path is None:
        opfs = [name for name in zf.members if name.lower().endswith(".opf")]
        if len(opfs) != 1:
            if not any(name.lower().endswith((".xhtml", ".html", ".htm")) for name in zf.members):
                raise UnsupportedFormatError(
                    f"{source}: a zip file but not an EPUB (no META-INF/container.xml or content.opf). "
                    "Give an EPUB, HTML or text file."
                )
            raise _bad(source, "the EPUB has no package file (META-INF/container.xml names none). Download it again.")
        opf_path = opfs[0]
    data = zf.read(opf_path)
    assert data is not None
    root = _xml(data, opf_path, source)
    base = posixpath.dirname(opf_path)
    package = _Package(opf_path)
    for section in root:
        kind = _local(section.tag)
        if kind == "metadata":
            for item in section.iter():
                name = _local(item.tag)
                if name == "meta":
                    key, value = item.get("name") or item.get("property") or "", item.get("content") or (item.text or "")
                else:
                    key, value = name, item.text or ""
                    if name == "creator" and _attr(item, "role") not in ("", "aut"):
                        key = "contributor"
                value = " ".join(value.split())
                if key and value:
                    package.metadata.setdefault(key, []).append(value)
        elif kind == "manifest":
            for item in _children(section, "item"):
                path = _resolve(base, item.get("href", ""))
                if item.get("id") and path:
                    package.manifest[item.get("id", "")] = (path, (item.get("media-type") or "").lower(),
                                                            item.get("properties") or "")
        elif kind == "spine":
            toc_id = section.get("toc")
            if toc_id and toc_id in package.manifest:
                package.ncx = package.manifest[toc_id][0]
            for ref in _children(section, "itemref"):
                entry = package.manifest.get(ref.get("idref", ""))
                if entry:
                    package.spine.append((entry[0], ref.get("linear", "yes").lower() != "no"))
        elif kind == "guide":
            for ref in _children(section, "reference"):
                path = _resolve(base, ref.get("href", ""))
                if path:
                    package.guide[path] = (ref.get("type") or "").lower()
    if not package.spine:
        raise _bad(source, f"{opf_path} has no spine (no reading order). The EPUB is damaged; download it again.")
    if package.ncx is None:
        package.ncx = next((p for p, t, _ in package.manifest.values() if t == "application/x-dtbncx+xml"), None)
    return package


def _read_toc(zf: SafeZip, package: _Package, source: str) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """(label, zip path) entries in order, and landmark types by zip path."""
    entries: list[tuple[str, str]] = []
    landmarks: dict[str, str] = {}
    nav = next((p for p, _, props in package.manifest.values() if "nav" in props.split()), None)
    if nav:
        data = zf.read(nav)
        if data:
            soup = parse_markup(_decode(data), f"{source}: {nav}")
            base = posixpath.dirname(nav)
            for element in soup.find_all("nav"):
                kind = str(element.get("epub:type") or element.get("role") or "").lower()
                for link in element.find_all("a", href=True):
                    path = _resolve(base, str(link["href"]))
                    if not path:
                        continue
                    if "landmarks" in kind:
                        landmarks.setdefault(path, str(link.get("epub:type") or "").lower())
                    elif "toc" in kind or not kind:
                        entries.append((inline_text(link), path))
    if not entries and package.ncx:
        data = zf.read(package.ncx)
        if data:
            root = _xml(data, package.ncx, source)
            base = posixpath.dirname(package.ncx)
            for point in root.iter():
                if _local(point.tag) != "navPoint":
                    continue
                label = next((" ".join("".join(t.itertext()).split()) for t in point.iter() if _local(t.tag) == "text"), "")
                content = next((c for c in point if _local(c.tag) == "content"), None)
                path = _resolve(base, content.get("src", "")) if content is not None else None
                if path:
                    entries.append((label, path))
    return entries, landmarks


def _decode(data: bytes) -> str:
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    match = re.match(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", data[:200])
    if match:
        try:
            return data.decode(match.group(1).decode("ascii"))
        except (LookupError, UnicodeDecodeError):
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


@dataclass
class _Page:
    path: str
    soup: BeautifulSoup


def read_epub_bytes(data: bytes, *, source: str, title: str) -> Document:
    """Read an EPUB story.

    Raises:
        MalformedStoryError: truncated or damaged zip, no spine, no chapters, a member too big.
        UnsupportedFormatError: a zip that is not an EPUB at all.
    """
    try:
        return _read(data, source=source, fallback_title=title)
    except RecursionError as exc:
        raise _bad(source, "a chapter's HTML is nested too deeply to read. Download the EPUB again.") from exc


def _read(data: bytes, *, source: str, fallback_title: str) -> Document:
    zf = SafeZip(data, source)
    package = _read_package(zf, source)
    doc = _read_book(zf, package, source=source, fallback_title=fallback_title)
    # The package's dc:language, unless the work's own page (AO3, FanFicFare) already said.
    if package.metadata.get("language") and not doc.hints.metadata.get("language"):
        doc.hints.metadata["language"] = package.metadata["language"][:1]
    return doc


def _read_book(zf: SafeZip, package: _Package, *, source: str, fallback_title: str) -> Document:
    toc, landmarks = _read_toc(zf, package, source)
    meta = package.metadata
    book_title = (meta.get("title") or [fallback_title])[0]
    authors = meta.get("creator", [])

    pages: list[_Page] = []
    for path, linear in package.spine:
        media = next((t for p, t, _ in package.manifest.values() if p == path), "")
        if media and media not in _HTML_TYPES:
            continue
        raw = zf.read(path)
        if raw is None:
            _LOGGER.warning("%s: spine item %s is missing from the zip", source, path)
            continue
        page = _Page(path, parse_markup(_decode(raw), f"{source}: {path}"))
        if linear or fanficfare.is_fff_titlepage(page.soup):
            pages.append(page)
    if not pages:
        raise _bad(source, "the EPUB's spine lists no readable chapter files. Download it again.")

    bodies = [p.soup.find("body") or p.soup for p in pages]
    is_fff = any("fanficfare" in v.lower() for v in meta.get("contributor", [])) or any(
        v.lower().startswith("fanficfare-uid") for v in meta.get("identifier", [])
    ) or any(fanficfare.is_fff_chapter(p.soup) for p in pages)
    if not is_fff and (
        any("archive of our own" in v.lower() for v in meta.get("publisher", [])) or ao3.looks_like_ao3(bodies)
    ):
        try:
            return ao3.read_ao3(bodies, source=source, fallback_title=book_title, fallback_authors=authors)
        except MalformedStoryError:
            # An AO3 EPUB laid out some other way (AO3's own pre-2019 templates): read it as any EPUB.
            _LOGGER.info("%s: AO3 markup not found, reading as a plain EPUB", source)
    if is_fff:
        return _read_fff(pages, package, source=source, title=book_title, authors=authors)
    return _read_generic(pages, package, toc, landmarks, source=source, title=book_title, authors=authors)


def _read_fff(pages: list[_Page], package: _Package, *, source: str, title: str, authors: list[str]) -> Document:
    metadata: dict[str, list[str]] = {}
    url = ""
    builder = StoryBuilder()
    number = 0
    for page in pages:
        body = page.soup.find("body") or page.soup
        stem = posixpath.splitext(posixpath.basename(page.path))[0]
        if fanficfare.is_fff_titlepage(page.soup) or stem.lower() == "title_page":
            page_title, page_authors, url = fanficfare.read_title_block(body.find(["h3", "h1"]))
            title, authors = page_title or title, page_authors or authors
            metadata = fanficfare.read_entries(body.find("table", class_="full") or body.find("div") or body)
            fanficfare.add_summary(builder, metadata)
            continue
        if not fanficfare.is_fff_chapter(page.soup) and _is_front_matter(page, package, {}, "", title):
            continue
        chapter_title, heading = fanficfare.chapter_title(page.soup)
        number += 1
        builder.chapter(chapter_title, number)
        nodes = [child for child in body.children if child is not heading]
        fanficfare.add_chapter_content(builder, nodes)
    if number == 0:
        raise _bad(source, "the FanFicFare EPUB has no chapter files. Download the story again.")
    if not url:
        url = next((v for v in package.metadata.get("source", []) if v.startswith("http")), "")
    return fanficfare.finish(builder, metadata=metadata, title=title, authors=authors, url=url, source=source)


def _is_front_matter(page: _Page, package: _Package, landmarks: dict[str, str], label: str, book_title: str) -> bool:
    """Cover, title page, table of contents, copyright: not read aloud."""
    if package.guide.get(page.path, "") in _SKIP_TYPES or landmarks.get(page.path, "") in _SKIP_TYPES:
        return True
    entry = next((props for p, _, props in package.manifest.values() if p == page.path), "")
    if "nav" in entry.split() or "cover-image" in entry.split():
        return True
    body = page.soup.find("body")
    for element in [body, *(body.find_all(["section", "div", "nav"], limit=3) if body else [])]:
        if element is not None and set(str(element.get("epub:type") or "").lower().split()) & _SKIP_TYPES:
            return True
    stem = posixpath.splitext(posixpath.basename(page.path))[0]
    if _SKIP_STEM.match(stem) or (label and _SKIP_LABEL.match(label.strip())):
        return True
    # A short page that opens with a copyright line or reserves rights; a
    # chapter with a disclaimer is longer than this.
    text = inline_text(body) if body else ""
    if len(text) < 800 and _COPYRIGHT_TEXT.search(text):
        return True
    # A title page without a name: a few words that open with the book's title.
    return bool(book_title) and len(text) < 300 and _norm(text).startswith(_norm(book_title))


def _read_generic(pages: list[_Page], package: _Package, toc: list[tuple[str, str]], landmarks: dict[str, str], *,
                  source: str, title: str, authors: list[str]) -> Document:
    labels: dict[str, str] = {}
    for label, path in toc:
        labels.setdefault(path, label)
    chapters: list[tuple[str | None, list[Paragraph]]] = []
    for page in pages:
        label = labels.get(page.path, "")
        # A drabble's only page may open with the book's title too: never skip the last page for that.
        if _is_front_matter(page, package, landmarks, label, title if page is not pages[-1] else ""):
            continue
        body = page.soup.find("body") or page.soup
        heading = _leading_heading(body)
        skip = [heading] if heading is not None else []
        paragraphs = html_paragraphs(body, skip=skip)
        if not paragraphs and heading is None:
            continue  # an image-only page
        heading_text = inline_text(heading) if heading is not None else ""
        chapter_title = label or heading_text
        if not chapter_title and toc and chapters:
            chapters[-1][1].extend(paragraphs)  # the rest of a chapter split across files
            continue
        if heading is not None and label:
            if _norm(label) in _norm(heading_text):
                chapter_title = heading_text  # 'Chapter 1' in the contents, 'Chapter 1: The Storm' on the page
            elif _norm(heading_text) not in _norm(label):
                paragraphs = html_paragraphs(body)  # the heading is something else: keep it as text
        chapters.append((chapter_title or None, paragraphs))
    chapters = [c for c in chapters if c[1]]
    if not chapters:
        raise _bad(source, "the EPUB has no chapters with text (only cover, title or contents pages).")
    builder = StoryBuilder()
    if len(chapters) == 1 and (not chapters[0][0] or _norm(chapters[0][0]) == _norm(title)):  # a one-shot
        builder.paragraphs(chapters[0][1])
    else:
        for number, (chapter_title, paragraphs) in enumerate(chapters, start=1):
            builder.chapter(chapter_title or "", number)
            builder.paragraphs(paragraphs)
    subjects = package.metadata.get("subject", [])
    if subjects:
        builder.metadata["subjects"] = subjects
    builder.metadata["source_format"] = ["epub"]
    return builder.build(title=title, author=", ".join(authors) or None, source=source, characters=[])


def _leading_heading(body: Tag) -> Tag | None:
    """The h1-h3 a chapter file opens with (before any other text), if any."""
    heading = body.find(["h1", "h2", "h3"])
    if heading is None:
        return None
    before = []
    for element in heading.find_all_previous(string=True):
        if element.find_parent("body") is not body:
            break
        before.append(str(element))
    return heading if not "".join(before).strip() else None


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())
