"""Segmentation and attribution scored against the hand-made gold in tests/gold/.

Targets from the issue: every quote detected, no scare quote read as dialogue,
no apostrophe split, at least 95% of quotes attributed to the right speaker.
Independent of ../shared (the dev corpus is scored only by `make accuracy`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.accuracy import NameMapper, collect, main, score_gold_file, table

GOLD_DIR = Path(__file__).parent / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.gold.json"))


def test_there_is_gold_for_both_bundled_stories_and_the_test_texts():
    stories = {json.loads(p.read_text(encoding="utf-8"))["story"] for p in GOLD_FILES}
    assert {"examples/the-lantern-keepers.txt", "examples/the-clockwork-garden.txt"} <= stories
    assert any(s.startswith("tests/texts/") for s in stories)


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_targets(gold_path: Path):
    s = score_gold_file(gold_path)
    assert s.quote_parts > 0
    assert s.detected == s.quote_parts, "missed quotes:\n" + "\n".join(s.missed)
    assert s.scare_as_dialogue == 0
    assert s.apostrophe_splits == 0
    assert s.spurious == 0, "spurious dialogue:\n" + "\n".join(s.spurious_texts)
    # Issue 17's target for the stories in other languages is 90%; the English ones' is 95%.
    assert s.attribution_pct >= (95.0 if s.language == "en" else 90.0), "wrong speakers:\n" + "\n".join(s.wrong)
    assert s.function_words_cast == []
    assert s.structure_errors == []


def test_all_bundled_gold_together_reaches_95_percent():
    scores = [score_gold_file(p) for p in GOLD_FILES]
    correct = sum(s.correct for s in scores)
    total = sum(s.quotations for s in scores)
    assert total >= 100
    assert correct / total >= 0.95


def test_name_mapper_uses_aliases_and_keeps_mr_and_mrs_apart():
    mapper = NameMapper(
        [
            {"name": "Mr. Hastings", "aliases": ["Hastings", "Captain Hastings"]},
            {"name": "Mrs. Inglethorp", "aliases": ["Emily Inglethorp", "Mrs. Inglethorp"]},
            {"name": "Alfred Inglethorp", "aliases": ["Mr. Inglethorp", "Alfred"]},
            {"name": "Christopher Robin - Story", "aliases": ["Christopher Robin - Story"]},
            {"name": "Christopher Robin - External", "aliases": ["Christopher Robin - External"]},
        ]
    )
    assert mapper.map("Hastings") == {"Mr. Hastings"}
    assert mapper.map("Mr Inglethorp") == {"Alfred Inglethorp"}
    assert mapper.map("Mrs Inglethorp") == {"Mrs. Inglethorp"}
    assert mapper.map("Inglethorp") == set()  # two people: not credited to either
    assert mapper.map("Christopher Robin") == {"Christopher Robin - Story", "Christopher Robin - External"}
    assert mapper.map("Narrator") == {"_narr"}
    assert mapper.map("Unknown woman") == set()


def test_a_missing_corpus_folder_is_skipped_quietly(tmp_path: Path, capsys):
    assert collect([tmp_path / "absent"]) == []
    assert main([str(GOLD_DIR), str(tmp_path / "absent")]) == 0
    out = capsys.readouterr().out
    assert "the-lantern-keepers" in out and "explic" in out


def test_no_annotations_at_all_is_an_error(tmp_path: Path, capsys):
    assert main([str(tmp_path)]) == 1
    assert "No annotations found" in capsys.readouterr().out


def test_corpus_format_is_scored_by_offsets(tmp_path: Path):
    text = (
        'The kettle sang. "Tea?" asked Oona.\n\n'
        '"Please," said Piet.\n\n'
        '"Milk?"\n\n'
        '"No."\n'
    )
    (tmp_path / "Tiny.txt").write_text(text, encoding="utf-8")
    quotes = []
    for n, (words, who, kind) in enumerate(
        [("Tea?", "Oona", "explicit"), ("Please,", "Piet", "explicit"), ("Milk?", "Oona", "implicit"), ("No.", "Piet", "implicit")]
    ):
        start = text.index(words)
        quotes.append({"start": start, "end": start + len(words), "text": words, "speaker": who, "type": kind,
                       "quote_id": f"Q{n}", "part": 0, "n_parts": 1})
    characters = [{"name": "Oona", "aliases": ["Oona"], "gender": "F"}, {"name": "Piet", "aliases": ["Piet"], "gender": "M"}]
    (tmp_path / "Tiny.quotes.json").write_text(json.dumps({"characters": characters, "quotes": quotes}), encoding="utf-8")
    [s] = collect([tmp_path])
    assert s.detected == 4 and s.quotations == 4
    assert s.correct == 4, s.wrong
    assert s.type_pct("implicit") == 100.0
    assert "Tiny" in table([s])
