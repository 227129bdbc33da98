"""HTML stories: AO3 downloads, FanFicFare HTML, and any other saved web page.

Parsed with Beautiful Soup on the standard library's ``html.parser``: no
network, no scripts, no external entities; ``<script>``, ``<style>`` and
images are dropped, never fetched or run.
"""

from __future__ import annotations

import codecs
import re

from ..errors import MalformedStoryError, StoryError
from ..model import Document
from . import ao3, fanficfare
from ._text import StoryBuilder, html_paragraphs, inline_text, parse_markup
from .txt import decode_story_bytes

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._:-]+)""", re.IGNORECASE)


def decode_markup(data: bytes, source: str) -> str:
    """Decode HTML/XHTML bytes: BOM, then the declared charset, then as plain text would be.

    Raises:
        StoryError: empty, binary or undecodable.
    """
    if not data.strip():
        raise StoryError(f"{source}: the file is empty. Give a story with some text in it.")
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        head = data[:4096]
        match = _XML_ENCODING.search(head) or _DECLARED_CHARSET.search(head)
        if match:
            encoding = match.group(1).decode("ascii").lower()
            if encoding in {"iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii"}:
                encoding = "cp1252"  # what browsers do, and what such files really hold
            try:
                text = data.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                pass
            else:
                if "\x00" not in text[:4096]:
                    return text
    return decode_story_bytes(data, source)


def read_html_bytes(data: bytes, *, source: str, title: str) -> Document:
    """Read an HTML story.

    Raises:
        StoryError: empty or undecodable; MalformedStoryError when it holds no story text.
    """
    text = decode_markup(data, source)
    try:
        return _read(text, source=source, fallback_title=title)
    except RecursionError as exc:
        raise MalformedStoryError(
            f"{source}: the HTML is nested too deeply to read. Save the story again from its site."
        ) from exc


def _read(markup: str, *, source: str, fallback_title: str) -> Document:
    soup = parse_markup(markup, source)
    body = soup.find("body") or soup
    page_title = inline_text(soup.find("title"))
    if ao3.looks_like_ao3([body]):
        # <title>{Title} - {Authors} - {Fandoms}</title>
        parts = page_title.split(" - ")
        return ao3.read_ao3(
            [body], source=source, fallback_title=parts[0] if page_title else fallback_title,
            fallback_authors=[parts[1]] if len(parts) >= 3 else None,
        )
    if fanficfare.looks_like_fff_html(soup):
        doc = fanficfare.read_fff_html(soup, source=source, fallback_title=page_title or fallback_title)
        if doc is not None:
            return doc
    return read_generic_html(body, source=source, title=page_title or fallback_title)


def read_generic_html(body, *, source: str, title: str) -> Document:  # noqa: ANN001 - a bs4 Tag
    """Any other page: its paragraphs in order; headings stay as lines for the chapter stage."""
    paragraphs = html_paragraphs(body)
    if paragraphs and " ".join(paragraphs[0].text.split()).lower() == " ".join(title.split()).lower():
        paragraphs = paragraphs[1:]  # the page's own title, repeated as its first heading
    if not any(any(ch.isalnum() for ch in p.text) for p in paragraphs):
        raise MalformedStoryError(f"{source}: the HTML page has no text to read. Check that it is the story's page.")
    builder = StoryBuilder()
    builder.paragraphs(paragraphs)
    return builder.build(title=title, author=None, source=source, characters=[])
