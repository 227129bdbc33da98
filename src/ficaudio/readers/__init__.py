"""Readers turn a story file into a Document (text + what the format knows).

One module per format, chosen by sniffed content and extension, like
mutagen's ``File()``: ``txt`` (any encoding; FanFicFare TXT too), ``html``
(AO3 downloads via ``ao3``, FanFicFare via ``fanficfare``, any other page) and
``epub`` (AO3's, FanFicFare's, any EPUB 2/3). Every reader raises only
StoryError subclasses.

HTML and EPUB readers lay the story out as a clean plain-text fic (one blank
line between paragraphs, ``Chapter N: Title`` lines, ``Author's note:``
labels) and record what the markup knew in ``Document.hints``: chapters,
author's notes, italics, character tags and other metadata.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from ..errors import StoryError, UnsupportedFormatError
from ..model import Document
from . import txt
from .tags import character_aliases

__all__ = ["character_aliases", "read_story", "read_story_bytes", "read_text"]

HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml", ".xht"})
UNSUPPORTED_EXTENSIONS = {
    ".pdf": "PDF", ".mobi": "MOBI", ".azw": "Kindle", ".azw3": "Kindle", ".kfx": "Kindle",
    ".doc": "Word", ".docx": "Word", ".odt": "OpenDocument", ".rtf": "RTF", ".fb2": "FictionBook",
}

MAX_STORY_BYTES = 200 * 1024 * 1024
"""A story bigger than this is almost certainly not a story."""


def read_story(path: str | Path) -> Document:
    """Read a story file into a Document.

    The format is chosen by content first (a zip is an EPUB, a page that
    starts like HTML is HTML), then by extension; anything else is text.

    Raises:
        StoryError: the file is missing, empty, binary or undecodable.
        UnsupportedFormatError: a PDF, MOBI, Word or other file ficaudio does not read.
        MalformedStoryError: a damaged EPUB or HTML file.
    """
    path = Path(path)
    data = read_story_data(path)
    return read_story_bytes(data, source=str(path), title=title_from_filename(path), extension=path.suffix)


def read_story_data(path: Path) -> bytes:
    """A story file's bytes, or a StoryError saying why they cannot be read."""
    try:
        if path.is_dir():
            raise StoryError(f"{path}: is a folder, not a story file. Give the path of a .txt, .html or .epub file.")
        size = path.stat().st_size
        if size > MAX_STORY_BYTES:
            raise StoryError(f"{path}: {size // (1024 * 1024)} MB is too big for a story (limit 200 MB).")
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise StoryError(f"{path}: no such file. Check the path and try again.") from exc
    except PermissionError as exc:
        raise StoryError(f"{path}: permission denied. Make the file readable and try again.") from exc
    except OSError as exc:
        raise StoryError(f"{path}: cannot read the file ({exc.strerror}).") from exc
    return data


def read_story_bytes(data: bytes, *, source: str, title: str, extension: str = "") -> Document:
    """Read a story from its bytes; ``title`` is used when the file names none."""
    extension = extension.lower()
    kind = _sniff(data)
    if kind == "epub" and extension in (".docx", ".odt"):
        kind = UNSUPPORTED_EXTENSIONS[extension]
    if kind == "epub" or (extension == ".epub" and kind is None):
        from .epub import read_epub_bytes

        return read_epub_bytes(data, source=source, title=title)
    if kind in UNSUPPORTED_EXTENSIONS.values() or (kind is None and extension in UNSUPPORTED_EXTENSIONS):
        name = kind or UNSUPPORTED_EXTENSIONS[extension]
        raise UnsupportedFormatError(
            f"{source}: a {name} file, which ficaudio does not read. Save the story as EPUB, HTML or plain text."
        )
    if kind == "html" or looks_like_html(data) or (extension in HTML_EXTENSIONS and data.strip()):
        from .html import read_html_bytes  # imports BeautifulSoup: only for HTML (70 ms)

        return read_html_bytes(data, source=source, title=title)
    return txt.read_txt_bytes(data, source=source, title=title)


def _sniff(data: bytes) -> str | None:
    """'epub' for any zip (the EPUB reader tells other zips apart), a format name, or None."""
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return "epub"
    if data.startswith(b"%PDF"):
        return "PDF"
    if data[60:68] in (b"BOOKMOBI", b"TEXtREAd"):
        return "MOBI"
    if data.startswith(b"{\\rtf"):
        return "RTF"
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "Word"
    return None


def looks_like_html(data: bytes) -> bool:
    """Sniff the start of a file for an HTML/XHTML document."""
    head = data[:2048]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = head.decode("utf-16", errors="ignore").encode("ascii", errors="ignore")
    head = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html")) or (head.startswith(b"<?xml") and b"<html" in head)


def read_text(text: str, *, title: str = "Preview", source: str = "<text>") -> Document:
    """Build a Document from text already in memory (previews, tests)."""
    return txt.document_from_text(text, source=source, title=title)


def title_from_filename(path: Path) -> str:
    """'the-lantern-keepers.txt' -> 'The Lantern Keepers'."""
    words = path.stem.replace("_", " ").replace("-", " ").split()
    small = {"a", "an", "and", "at", "in", "of", "on", "or", "the", "to"}
    return " ".join(
        w if (i and w.lower() in small) else w[:1].upper() + w[1:] for i, w in enumerate(words)
    ) or path.stem
