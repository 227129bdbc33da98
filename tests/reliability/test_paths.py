"""Paths: titles become safe file names, and output never leaves the chosen folder."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ficaudio.config import Config
from ficaudio.errors import OutputError
from ficaudio.pipeline import analyse, render, slugify
from ficaudio.readers import read_text

from _reliability import RELIABILITY

RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}


def assert_safe_name(name: str, max_length: int = 60) -> None:
    assert name, "empty file name"
    assert name not in (".", "..") and not name.startswith("."), name
    assert not any(ch in name for ch in "/\\\0:*?\"<>|"), name
    assert all(unicodedata.category(ch)[0] != "C" for ch in name), f"control or format character in {name!r}"
    assert name.split(".")[0].lower() not in RESERVED, name
    assert len(name) <= max_length and len(name.encode("utf-8")) <= 255, name
    assert name == name.strip() and not name.endswith((".", " ")), name


HOSTILE_TITLES = [
    "..", ".", "../../etc", "..\\..\\Windows", "/etc/passwd", "a/b\\c", "nul\0byte", "CON", "con", "Aux", "LPT1",
    "COM9", "x" * 500, "🙂🙂🙂", "", "   ", "\u202eevil\u202dtxt", ".hidden", "-rf", "title.", "trailing ",
    "\u200b\u200d", "\n\r\t", "C:\\Users", "~/.ssh", "$(rm -rf ~)", "*?<>|\"", "CON.txt",
]


@pytest.mark.parametrize("title", HOSTILE_TITLES)
def test_hostile_titles_give_safe_names(title: str) -> None:
    assert_safe_name(slugify(title))
    assert_safe_name(slugify(title, fallback="chapter"))


def test_unicode_titles_stay_readable() -> None:
    assert slugify("日本語のタイトル") == "日本語のタイトル"
    assert slugify("Ελένη και Δημήτρης") == "ελένη-και-δημήτρης"
    assert slugify("Café Noir: Part 2!") == "café-noir-part-2"
    assert slugify("🙂 Smile 🙂") == "smile"
    assert len(slugify("長" * 500)) == 60


@RELIABILITY
@given(st.text(max_size=300))
@example("\x00" * 10)
@example("ǅ" * 100)
@example("ﬀ" * 100)
def test_any_title_gives_a_safe_name(title: str) -> None:
    assert_safe_name(slugify(title))


STORY = """Chapter 1: ../../../escape

'Out,' said Mira.

Chapter 2: /etc/passwd

'In,' said Tam.

Chapter 3: CON

The end came quietly.
"""


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("title", ["../../etc", "/tmp/abs", "..", "CON"])
def test_render_never_leaves_the_output_folder(tmp_path: Path, title: str) -> None:
    sandbox = tmp_path / "sandbox"
    out_root = sandbox / "deep" / "out"
    out_root.mkdir(parents=True)
    (sandbox / "keep.txt").write_text("untouched", encoding="utf-8")
    before = _files(sandbox)
    doc = analyse(read_text(STORY, title=title), Config())
    result = render(doc, Config(), out_root, cache_dir=tmp_path / "cache", engine_name="silent", jobs=1)
    written = [result.story_mp3, result.script_json, *result.chapter_mp3s]
    for path in written:
        assert path.resolve().is_relative_to(out_root.resolve()), path
        assert path.is_file() and path.stat().st_size > 0
        assert_safe_name(path.name.removesuffix(".mp3").removesuffix(".json"), max_length=70)
    after = _files(sandbox)
    assert {k: v for k, v in after.items() if not k.startswith("deep/out/")} == before
    assert [p.name for p in result.chapter_mp3s] == ["01-chapter-1-escape.mp3", "02-chapter-2-etc-passwd.mp3",
                                                      "03-chapter-3-con.mp3"]
    leftovers = [p for p in out_root.rglob(".*")]
    assert leftovers == [], f"temporary files left: {leftovers}"


def test_symlinked_story_folder_pointing_outside_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    out_root = tmp_path / "out"
    out_root.mkdir()
    os.symlink(outside, out_root / "escape")
    doc = analyse(read_text(STORY, title="Escape"), Config())
    with pytest.raises(OutputError, match="outside"):
        render(doc, Config(), out_root, cache_dir=tmp_path / "cache", engine_name="silent", jobs=1)
    assert list(outside.iterdir()) == []
