"""Analysed stories cached by content: re-rendering an unchanged story skips the text stages.

A render analyses the story (chapters, quotes, speakers) before it can look
up a single clip. For an unchanged story that work, and loading the modules
that do it, is most of a re-render. The analysed Document is kept under
``<cache>/analysis/<key>.pickle``; the key covers everything the analysis
reads:

- the story file's bytes and name (the title comes from the name);
- the characters (names, aliases, genders), overrides and reader from voices.yaml
  (the reader's name is who "you say" lines belong to);
- ficaudio's own source code, so a changed rule analyses again.

A voices.yaml that passed its checks is kept the same way, under
``<cache>/config/`` (``checked_config``), and what is said for each segment
under ``<cache>/speech/`` (``SpeechMemo``).

The cache is the user's own folder and only ficaudio writes it. An entry
that cannot be read is ignored and written again; one that cannot be
written is not an error (the render goes on, just slower next time).
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable, Collection

from .config import Config
from .model import Document, Segment
from .readers import read_story_bytes, read_story_data, title_from_filename

_LOGGER = logging.getLogger(__name__)

ANALYSIS_VERSION = 1
"""Bump to drop every cached analysis (the code digest already covers code changes)."""


def analysed_story(path: Path, config: Config, cache_dir: Path | None) -> Document:
    """The story at ``path``, read and analysed; from the cache when nothing it depends on changed.

    Raises:
        StoryError (and subclasses): as ``readers.read_story``.
    """
    from .pipeline import analyse

    path = Path(path)
    data = read_story_data(path)
    entry = None
    if cache_dir is not None:
        entry = Path(cache_dir) / "analysis" / f"{analysis_key(data, path.name, config)}.pickle"
        doc = _load(entry)
        if doc is not None:
            return doc
    doc = analyse(read_story_bytes(data, source=str(path), title=title_from_filename(path), extension=path.suffix),
                  config)
    if entry is not None:
        _store(entry, doc)
    return doc


def checked_config(path: Path, cache_dir: Path | None, *, known_voice_ids: Collection[str] | None = None) -> Config:
    """voices.yaml at ``path``, as ``config.load_config`` gives it; from the cache when checked before.

    Parsing the file (ruamel.yaml's round trip, to keep line numbers for
    messages) and checking it was a fifth of an unchanged re-render. A file
    that passed is kept under ``<cache>/config/<key>.pickle``, the key covering
    its text, its path (messages name it), the voice ids it was checked
    against and ficaudio's code. A file with problems is never cached: its
    errors are reported every time.

    Raises:
        ConfigError: as ``load_config``.
    """
    from .config import config_from_text, read_config_text

    raw = read_config_text(Path(path))
    entry = None
    if cache_dir is not None:
        digest = hashlib.sha256()
        for part in ("config", str(CONFIG_VERSION), _code_digest(), str(path),
                     "\n".join(known_voice_ids) if known_voice_ids is not None else "-", raw):
            digest.update(part.encode("utf-8"))
            digest.update(b"\0")
        entry = Path(cache_dir) / "config" / f"{digest.hexdigest()}.pickle"
        config = _load(entry, Config)
        if config is not None:
            return config
    config = config_from_text(raw, path, known_voice_ids=known_voice_ids)
    if entry is not None:
        _store(entry, config)
    return config


class SpeechMemo:
    """What is said for each segment (``pipeline.speech_pieces``), kept from the last render of the same text.

    Turning every line into speech (``speech_text.to_speech``) was the largest
    share of an unchanged re-render after start-up. The memo is keyed by what
    that depends on: the analysed text and its segments, the speech rules from
    voices.yaml (reader, pronunciations) and ficaudio's code. It lives under
    ``<cache>/speech/<key>.pickle``; a segment it lacks is worked out and the
    memo written again after the plan.
    """

    def __init__(self, doc: Document, config: Config, cache_dir: Path | None,
                 compute: Callable[[Segment], list[tuple[str, str]]]) -> None:
        from .model import CHAT_LABEL

        self._compute = compute
        self._doc = doc
        self._entry = None
        # Keyed by where the segment starts and ends; a segment spoken in one
        # clip keeps only its speech (its written text is the segment's own): the memo of a long
        # story costs little memory beside the plan, which holds the same speech strings.
        self._known: dict[int, str | list[tuple[str, str]]] = {}
        self._changed = False
        if cache_dir is None:
            return
        digest = hashlib.sha256()
        for part in ("speech", str(SPEECH_VERSION), _code_digest(), repr(config.speech_rules), doc.text,
                     repr([(seg.start, seg.end, seg.why == CHAT_LABEL) for seg in doc.segments])):
            digest.update(part.encode("utf-8", "surrogatepass"))
            digest.update(b"\0")
        self._entry = Path(cache_dir) / "speech" / f"{digest.hexdigest()}.pickle"
        self._known = _load(self._entry, dict) or {}

    def __call__(self, seg: Segment) -> list[tuple[str, str]]:
        where = (seg.start << 32) | seg.end  # one int, not a tuple: a long story has tens of thousands
        known = self._known.get(where)
        if known is None:
            pieces = self._compute(seg)
            whole = len(pieces) == 1 and pieces[0][0] == self._doc.segment_text(seg)
            self._known[where] = pieces[0][1] if whole else pieces
            self._changed = True
            return pieces
        return [(self._doc.segment_text(seg), known)] if isinstance(known, str) else known

    def save(self) -> None:
        """Keep what was worked out for the next render (not an error when it cannot be written)."""
        if self._changed and self._entry is not None:
            _store(self._entry, self._known)
            self._changed = False


SPEECH_VERSION = 2
"""Bump to drop every speech memo (the code digest already covers code changes)."""

CONFIG_VERSION = 1
"""Bump to drop every cached voices file (the code digest already covers code changes)."""


def analysis_key(data: bytes, name: str, config: Config) -> str:
    digest = hashlib.sha256()
    for part in (str(ANALYSIS_VERSION), _code_digest(), name,
                 repr(sorted((n, c.aliases, c.gender) for n, c in config.characters.items())),
                 repr(config.overrides), repr(config.reader), repr(config.language)):
        digest.update(part.encode("utf-8"))
        digest.update(b"\0")
    digest.update(data)
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def _code_digest() -> str:
    """A digest of every module of the package and its data (the ranker's weights): about 50 files, a few ms."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for module in sorted([*root.rglob("*.py"), *root.glob("data/*")]):
        digest.update(str(module.relative_to(root)).encode("utf-8"))
        digest.update(module.read_bytes())
    return digest.hexdigest()


def _load(entry: Path, kind: type = Document):
    """The ``kind`` object pickled at ``entry``, or None (missing, damaged, or of another type)."""
    try:
        with open(entry, "rb") as f:
            doc = pickle.load(f)
    except FileNotFoundError:
        return None
    except Exception as exc:  # noqa: BLE001 - a damaged entry is analysed again, never fatal
        _LOGGER.info("ignoring a damaged cache entry %s: %s", entry, exc)
        return None
    return doc if isinstance(doc, kind) else None


def _store(entry: Path, doc: object) -> None:
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".analysis-", dir=entry.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(doc, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, entry)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except OSError as exc:
        _LOGGER.info("could not write the cache entry in %s: %s", entry.parent, exc.strerror)
