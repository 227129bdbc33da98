"""Writing output files whole or not at all.

Every file ficaudio writes is made under a temporary name in the destination's
own folder (so the rename stays on one file system) and renamed over the
destination only when complete: an existing file is replaced whole, never
truncated, and an interrupted write leaves at most a dot-file that a later
render sweeps (``sweep_stale_temporaries``).
"""

from __future__ import annotations

import logging
import os
import re
import stat
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .errors import OutputError


def ensure_writable_folder(folder: Path) -> None:
    """Create ``folder`` if needed and check it can be written, before any work is done.

    Raises:
        OutputError: it cannot be created or written (root bypasses permission bits,
            so the check is os.access rather than the mode).
    """
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create the output folder ({exc.strerror}). Choose another with -o.") from exc
    if not os.access(folder, os.W_OK):
        raise OutputError(f"{folder}: the output folder is not writable. Choose another with -o.")


def _read_umask() -> int:
    # The umask can only be read by setting it: done once, when this module is first
    # imported (before any worker thread), and set straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


_UMASK = _read_umask()


def mode_for(dest: Path) -> int:
    """Permission bits for a file about to replace ``dest``: the old file's, else 0666 less the umask.

    Temporary files are created private (0600); renamed into place as they are,
    an audiobook could not be read by a media server running as another user.
    """
    try:
        return stat.S_IMODE(dest.stat().st_mode)
    except OSError:
        return 0o666 & ~_UMASK


def temp_beside(dest: Path, suffix: str) -> Path:
    """Create an empty temporary file next to ``dest`` (with the mode ``dest`` will have) and return its path."""
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=f".{dest.stem[:40]}.", suffix=suffix, dir=dest.parent)
    except OSError as exc:
        raise OutputError(f"{dest.parent}: cannot write here ({exc.strerror}). Choose another folder with -o.") from exc
    try:
        os.fchmod(fd, mode_for(dest))
    finally:
        os.close(fd)
    return Path(name)


@contextmanager
def replacing(dest: Path, suffix: str | None = None) -> Iterator[Path]:
    """Yield a temporary path to fill; on success it is renamed over ``dest``.

    Raises:
        OutputError: the folder cannot be written (full disk, permissions).
    """
    tmp = temp_beside(dest, dest.suffix if suffix is None else suffix)
    try:
        yield tmp
        os.replace(tmp, dest)
    except OutputError:
        raise
    except OSError as exc:
        raise OutputError(f"{dest}: cannot write ({exc.strerror}). Check free space and permissions.") from exc
    finally:
        if tmp.exists():
            tmp.unlink()


_LOGGER = logging.getLogger(__name__)

STALE_SECONDS = 600
"""A temporary file this old belongs to no running render (a part takes well under a second)."""
_TEMPORARY = re.compile(r"^\.(?:.+\.[a-z0-9_]{8}(?:\.(?:mp3|wav|m4b|m4a|srt|vtt|ffmeta))?|(?:part|clip|analysis)-[a-z0-9_]{8}"
                        r"(?:\.wav)?)$")


def sweep_stale_temporaries(folders: list[Path | str]) -> list[Path]:
    """Remove temporary files (our mkstemp names) that a killed render left, if older than STALE_SECONDS.

    Only names of the form ``.NAME.XXXXXXXX[.ext]`` and ``.part-``, ``.clip-`` or
    ``.analysis-XXXXXXXX`` are touched, so a user's own dot-files stay.
    """
    removed = []
    now = time.time()
    for folder in folders:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            try:
                if (_TEMPORARY.match(entry.name) and entry.is_file(follow_symlinks=False)
                        and now - entry.stat().st_mtime > STALE_SECONDS):
                    os.unlink(entry.path)
                    removed.append(Path(entry.path))
            except OSError:
                continue
    if removed:
        _LOGGER.info("removed %d stale temporary files: %s", len(removed), ", ".join(p.name for p in removed))
    return removed
