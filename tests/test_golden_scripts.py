"""Exact golden scripts for the bundled stories: every line's kind, speaker and rule.

A change to segmentation or attribution shows here as a diff of named lines,
not as a percentage that still passes. When a change is meant, write the new
scripts and review the diff before committing:

    .venv/bin/python -m pytest tests/test_golden_scripts.py --update-golden
    git diff tests/golden/
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ficaudio.chapters import find_chapters
from ficaudio.pipeline import set_language
from ficaudio.quotes import segment_quotes
from ficaudio.readers import read_story
from ficaudio.speakers import attribute_speakers, discover_characters
from ficaudio.speakers.decision import rule_of

ROOT = Path(__file__).resolve().parent.parent
STORIES = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "tests" / "texts").glob("*.txt"))
GOLDEN = Path(__file__).parent / "golden"


def golden_script(story: Path) -> str:
    """One line per segment: chapter, kind, speaker, rule id, and the segment's first words."""
    doc = read_story(story)
    set_language(doc)  # the stories in French, Spanish and German take their own language's rules
    segment_quotes(doc, find_chapters(doc))
    attribute_speakers(doc, discover_characters(doc, []))
    lines = []
    for chapter in doc.chapters:
        for seg in chapter.segments:
            words = " ".join(doc.segment_text(seg).split())
            words = words if len(words) <= 60 else words[:57] + "..."
            spoken = seg.kind in ("dialogue", "thought")
            who = f"{seg.speaker} [{rule_of(seg).id}]" if spoken else "-"
            lines.append(f"{chapter.index}\t{seg.kind}\t{who}\t{words}")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.stem)
def test_script_matches_its_golden_file(story: Path, request):
    expected_path = GOLDEN / f"{story.stem}.script.tsv"
    got = golden_script(story)
    if request.config.getoption("--update-golden"):
        expected_path.write_text(got, encoding="utf-8")
        pytest.skip(f"wrote {expected_path.name}")
    assert expected_path.exists(), f"no golden script for {story.name}: run with --update-golden"
    expected = expected_path.read_text(encoding="utf-8").splitlines()
    lines = got.splitlines()
    changed = [f"line {n + 1}: want {a!r}\n         got  {b!r}" for n, (a, b) in enumerate(zip(expected, lines)) if a != b]
    assert not changed and len(expected) == len(lines), (
        f"{story.name}: {len(changed)} lines differ, {len(lines)} vs {len(expected)} lines "
        "(if meant: pytest --update-golden, then review git diff tests/golden/)\n" + "\n".join(changed[:20])
    )


def test_there_is_a_golden_script_for_every_bundled_story():
    assert {p.stem for p in STORIES} <= {p.name.removesuffix(".script.tsv") for p in GOLDEN.glob("*.script.tsv")}
