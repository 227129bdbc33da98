"""Readers turn a story file into a Document (text + what the format knows).

One module per format, chosen by extension and sniffed content, like
mutagen's ``File()``. Every reader raises only StoryError subclasses.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import StoryError
from ..model import Document
from . import txt

__all__ = ["read_story", "read_text"]

MAX_STORY_BYTES = 200 * 1024 * 1024
"""A story bigger than this is almost certainly not a story."""


def read_story(path: str | Path) -> Document:
    """Read a story file into a Document.

    Raises:
        StoryError: the file is missing, empty, binary or undecodable.
    """
    path = Path(path)
    try:
        if path.is_dir():
            raise StoryError(f"{path}: is a folder, not a story file. Give the path of a .txt file.")
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
    return txt.read_txt_bytes(data, source=str(path), title=title_from_filename(path))


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
