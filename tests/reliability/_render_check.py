"""Helpers for tests that run real renders in child processes and compare their output."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

from mutagen.id3 import ID3
from mutagen.mp3 import MP3


def render_cmd(story: Path, voices: Path, out: Path, cache: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "ficaudio", "render", str(story), "-c", str(voices), "-o", str(out),
            "--cache-dir", str(cache), *extra]


def render(story: Path, voices: Path, out: Path, cache: Path, *extra: str, env: dict[str, str] | None = None,
           timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(render_cmd(story, voices, out, cache, *extra), capture_output=True, text=True, env=env,
                          timeout=timeout)


def render_interrupted(story: Path, voices: Path, out: Path, cache: Path, *, sig: int, after_s: float,
                       timeout: float = 120) -> tuple[int, str]:
    """Start a render, send ``sig`` to its whole process group after ``after_s``; (exit code, stderr)."""
    proc = subprocess.Popen(render_cmd(story, voices, out, cache), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, start_new_session=True)
    time.sleep(after_s)
    try:
        os.killpg(proc.pid, sig)  # Ctrl-C reaches every process of the foreground group, workers too
    except ProcessLookupError:
        pass
    _out, err = proc.communicate(timeout=timeout)
    if sig == signal.SIGKILL:  # orphaned workers, if any, must not outlive the test
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    return proc.returncode, err


def snapshot(folder: Path) -> dict[str, object]:
    """Everything a listener gets: MP3 durations and tags, other files byte for byte.

    Temporary dot-files a SIGKILLed render left (swept by a later render once
    stale, see test_stale_temporary_files_are_swept) are not part of it.
    """
    result: dict[str, object] = {}
    leftovers = set(temp_files(folder))
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p not in leftovers):
        name = str(path.relative_to(folder))
        if path.suffix == ".mp3":
            tags = {key: str(frame) for key, frame in ID3(str(path)).items()}
            result[name] = (round(MP3(str(path)).info.length * 1000), json.dumps(tags, sort_keys=True))
        else:
            result[name] = path.read_bytes()
    return result


def temp_files(folder: Path) -> list[Path]:
    """Temporary files (dot-names or .tmp/.part) a render left behind."""
    return [p for p in folder.rglob("*") if p.name.startswith(".") or re.search(r"\.(tmp|part)$", p.name)]


def clip_counts(stderr: str) -> tuple[int, int]:
    """(synthesized, total) from 'Synthesized N of M clips'."""
    m = re.search(r"Synthesized (\d+) of (\d+) clips", stderr)
    assert m, stderr[-2000:]
    return int(m.group(1)), int(m.group(2))


# Times, and the recipe digest (TXXX:ficaudio), which covers chapter times: they move by a few ms when
# eSpeak NG speaks a clip again.
_TIMES = re.compile(r"\d\d:\d\d:\d\d[,.]\d\d\d|(?:start|end)_(?:time|offset)=\d+|\"TXXX:ficaudio\": \"[0-9a-f]{64}\"")


def assert_same_listen(got: dict[str, object], want: dict[str, object], *, tolerance_ms: int = 250) -> None:
    """The same files, words, tags and chapters; durations equal within ``tolerance_ms``.

    eSpeak NG is not bit-reproducible (the same line spoken twice can differ
    by a few samples), so a render that re-synthesized some clips matches an
    earlier one in everything but the last few milliseconds.
    """
    assert sorted(got) == sorted(want), (sorted(got), sorted(want))
    for name in want:
        a, b = got[name], want[name]
        if name.endswith(".mp3"):
            assert abs(a[0] - b[0]) <= tolerance_ms, f"{name}: {a[0]} ms vs {b[0]} ms"
            assert _TIMES.sub("T", a[1]) == _TIMES.sub("T", b[1]), f"{name}: tags differ"
        elif name.endswith((".srt", ".vtt")):
            assert _TIMES.sub("T", a.decode()) == _TIMES.sub("T", b.decode()), f"{name}: cues differ"
        else:
            assert a == b, f"{name} differs"
