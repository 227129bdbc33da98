"""Resources: a missing ffmpeg or voice, an unwritable folder, a full disk.

Each gives one clear ``Error:`` line naming the fix and a non-zero exit, and
leaves the files of an earlier successful render exactly as they were.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

from _reliability import SHORT_STORY, VOICES_YAML
from _render_check import render, render_cmd, temp_files

SLUG = "the-lamp"


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def rendered(tmp_path: Path) -> dict:
    """A story rendered once, successfully, into tmp/out."""
    story, voices = tmp_path / f"{SLUG}.txt", tmp_path / "voices.yaml"
    story.write_text(SHORT_STORY, encoding="utf-8")
    voices.write_text(VOICES_YAML, encoding="utf-8")
    out, cache = tmp_path / "out", tmp_path / "cache"
    proc = render(story, voices, out, cache)
    assert proc.returncode == 0, proc.stderr
    # The next render would change every file: another narrator pitch.
    changed = tmp_path / "voices-changed.yaml"
    changed.write_text(VOICES_YAML.replace("rate: 400\n", "rate: 400\n  pitch: 20\n", 1), encoding="utf-8")
    return {"story": story, "voices": changed, "out": out, "cache": cache, "files": _files(out)}


def assert_one_error_line(stderr: str, *fix_words: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: "), stderr
    for word in fix_words:
        assert word in lines[0], lines[0]
    return lines[0]


@pytest.mark.slow
def test_missing_ffmpeg(tmp_path: Path, rendered: dict) -> None:
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    env = {**os.environ, "PATH": str(empty_bin)}
    proc = render(rendered["story"], rendered["voices"], rendered["out"], rendered["cache"], env=env)
    assert proc.returncode == 5
    assert_one_error_line(proc.stderr, "ffmpeg", "apt-get install ffmpeg")
    assert _files(rendered["out"]) == rendered["files"]


@pytest.mark.slow
def test_missing_engine_voice(tmp_path: Path, rendered: dict) -> None:
    voices = tmp_path / "bad-voice.yaml"
    voices.write_text(VOICES_YAML.replace("en-us+f3", "en-zz+f3"), encoding="utf-8")
    proc = render(rendered["story"], voices, rendered["out"], rendered["cache"])
    assert proc.returncode == 2
    assert_one_error_line(proc.stderr, "en-zz", "ficaudio voices")
    assert _files(rendered["out"]) == rendered["files"]


@contextmanager
def read_only(*folders: Path) -> Iterator[None]:
    """Folders nobody can write into, root included (chattr +i on ext4; chmod otherwise)."""
    as_root = os.geteuid() == 0
    if as_root and not shutil.which("chattr"):
        pytest.fail("running as root needs chattr (e2fsprogs) to make a folder unwritable")
    done: list[Path] = []
    try:
        for folder in folders:
            if as_root:
                subprocess.run(["chattr", "+i", str(folder)], check=True, capture_output=True)
            else:
                folder.chmod(0o555)
            done.append(folder)
        yield
    finally:
        for folder in done:
            if as_root:
                subprocess.run(["chattr", "-i", str(folder)], check=True, capture_output=True)
            else:
                folder.chmod(0o755)


@pytest.mark.slow
def test_unwritable_output_folder(rendered: dict) -> None:
    story_dir = rendered["out"] / SLUG
    with read_only(story_dir, story_dir / "chapters"):
        proc = render(rendered["story"], rendered["voices"], rendered["out"], rendered["cache"])
    assert proc.returncode == 4, proc.stderr
    assert_one_error_line(proc.stderr, str(story_dir))
    assert _files(rendered["out"]) == rendered["files"]


@pytest.mark.slow
def test_unwritable_new_output_folder(tmp_path: Path, rendered: dict) -> None:
    parent = tmp_path / "locked"
    parent.mkdir()
    with read_only(parent):
        proc = render(rendered["story"], rendered["voices"], parent / "out", rendered["cache"])
    assert proc.returncode == 4, proc.stderr
    assert_one_error_line(proc.stderr, "-o")
    assert list(parent.iterdir()) == []


def _full_disk(limit_bytes: int):
    def limit() -> None:
        # Writing past the limit fails with EFBIG, as a full disk fails with ENOSPC.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))

    return limit


@pytest.mark.slow
def test_full_disk_keeps_earlier_output(rendered: dict) -> None:
    cmd = render_cmd(rendered["story"], rendered["voices"], rendered["out"], rendered["cache"])
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, preexec_fn=_full_disk(120_000))
    assert proc.returncode in (4, 6), proc.stderr
    # The file-size limit also hits the sound library's shared memory, which says so on stderr
    # ("ftruncate() failed"); a real full disk does not. Only ficaudio's own line counts here.
    ours = "\n".join(line for line in proc.stderr.splitlines() if not line.startswith("ftruncate() failed"))
    assert_one_error_line(ours, "free space")
    assert _files(rendered["out"]) == rendered["files"], "a failed render changed the earlier output"
    assert temp_files(rendered["out"]) == []
