"""The turn-taking ranker: shipped weights that fit its features, and a choice among real candidates."""

from __future__ import annotations

import json
from importlib import resources

from ficaudio.chapters import find_chapters
from ficaudio.quotes import segment_quotes
from ficaudio.readers import read_text
from ficaudio.speakers import attribute_speakers, discover_characters, ranker


def test_the_shipped_weights_fit_the_features_they_were_trained_on():
    for name, features, loaded in (
        ("turn_ranker.json", ranker.FEATURES, ranker.weights()),
        ("pronoun_ranker.json", ranker.PRONOUN_FEATURES, ranker.pronoun_weights()),
        ("turn_ranker_short.json", ranker.FEATURES, ranker.weights(short=True)),
        ("pronoun_ranker_short.json", ranker.PRONOUN_FEATURES, ranker.pronoun_weights(short=True)),
    ):
        data = json.loads(resources.files("ficaudio").joinpath(f"data/{name}").read_text(encoding="utf-8"))
        # A feature added without retraining switches a ranker off: retrain with tests/eval/train_turns.py.
        assert tuple(data["features"]) == features and len(data["weights"]) == len(features), name
        assert loaded is not None, name
    # Learned, and sensible: the speaker of the line just before is seldom the one who answers.
    w = dict(zip(ranker.FEATURES, ranker.weights()))
    assert w["last_speaker"] < 0 < w["two_back"]
    # A line that speaks of someone by name ('Where is Anne?') is seldom theirs.
    assert w["spoken_of_here"] < 0


def test_a_short_text_is_weighed_with_the_weights_trained_on_fics_too(monkeypatch):
    # Two pairs of weights ship: the novels' and those for fic chapters and one-shots (trained on the fic sets too).
    assert ranker.weights(short=True) != ranker.weights()
    assert ranker.pronoun_weights(short=True) != ranker.pronoun_weights()
    assert ranker.is_short(STORY) and not ranker.is_short("word " * ranker.SHORT_TEXT_WORDS)
    asked: list[bool] = []
    real = ranker.weights
    monkeypatch.setattr(ranker, "weights", lambda short=False: asked.append(short) or real(short))
    _analysed()
    assert asked and all(asked)  # every turn-taking decision of this short story asked for the short weights
    long_story = STORY + "\n\n" + "The gulls wheeled over the harbour wall and the water.\n\n" * 1500
    asked.clear()
    doc = read_text(long_story, title="Wall")
    segment_quotes(doc, find_chapters(doc))
    attribute_speakers(doc, discover_characters(doc, []))
    assert asked and not any(asked)


STORY = (
    "Ines and Tomas sat on the harbour wall while the ferry came in. Ines swung her feet.\n\n"
    "'It's late,' said Ines.\n\n"
    "'It's always late,' said Tomas.\n\n"
    "'Then why do we come early?'\n\n"
    "'Because you like the gulls.'\n\n"
    "'I do like the gulls.'\n"
)


def _analysed():
    doc = read_text(STORY, title="Wall")
    segment_quotes(doc, find_chapters(doc))
    attribute_speakers(doc, discover_characters(doc, []))
    return doc


def test_each_turn_taking_decision_weighs_the_candidates_present():
    ranker.RECORD = []
    try:
        doc = _analysed()
        decisions = ranker.RECORD
    finally:
        ranker.RECORD = None
    assert len(decisions) == 3  # the three untagged lines
    for seg, pool, vectors in decisions:
        assert set(pool) <= {"Ines", "Tomas"} and len(pool) == 2
        assert all(len(v) == len(ranker.FEATURES) for v in vectors)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Ines", "Tomas", "Ines", "Tomas", "Ines"]


def test_without_weights_the_rule_decides(monkeypatch):
    monkeypatch.setattr(ranker, "weights", lambda short=False: None)
    doc = _analysed()
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Ines", "Tomas", "Ines", "Tomas", "Ines"]
    assert all(not s.why.startswith("turn-taking, weighed") for s in doc.segments)


def test_a_speakers_style_is_learned_from_their_tagged_lines():
    from ficaudio.speakers.style import SpeechStyle

    style = SpeechStyle()
    for _ in range(6):
        style.add("Bertrand", "Eh bien, mon ami, the little grey cells, they do not lie, mon ami.")
        style.add("Nell", "I reckon we ought to get the cows in before the rain, don't you?")
    line = "Mon ami, the cells, they tell me everything."
    assert style.score("Bertrand", line) > 0 > style.score("Nell", line)
    assert style.score("Nobody", line) is None  # said too little to judge


def test_the_one_a_line_speaks_of_is_marked_and_the_one_it_calls_is_not():
    story = STORY + "\n'Tomas, the gulls like Ines too.'\n"
    ranker.RECORD = []
    try:
        doc = read_text(story, title="Wall")
        segment_quotes(doc, find_chapters(doc))
        attribute_speakers(doc, discover_characters(doc, []))
        decisions = ranker.RECORD
    finally:
        ranker.RECORD = None
    seg, pool, vectors = decisions[-1]
    marked = dict(zip(pool, (v[ranker.FEATURES.index("spoken_of_here")] for v in vectors)))
    assert marked == {"Ines": 1.0}  # Tomas is called, so he is not in the pool at all


AHEAD = (
    "Ines, Tomas and Marta waited on the harbour wall while the ferry came in.\n\n"
    "'It's late,' said Ines.\n\n"
    "'It's always late.'\n\n"
    "'Then why do we come early?'\n\n"
    "'For the gulls,' said Marta.\n\n"
    "'You would,' said Tomas.\n"
)


def _recorded(story: str) -> list:
    ranker.RECORD = []
    try:
        doc = read_text(story, title="Wall")
        segment_quotes(doc, find_chapters(doc))
        attribute_speakers(doc, discover_characters(doc, []))
        return ranker.RECORD
    finally:
        ranker.RECORD = None


def test_who_a_later_tag_names_is_marked_as_in_the_conversation():
    at = ranker.FEATURES.index("tagged_ahead")
    seg, pool, vectors = _recorded(AHEAD)[0]  # 'It's always late.'
    ahead = {name for name, v in zip(pool, vectors) if v[at]}
    assert ahead == {"Marta", "Tomas"}  # Ines is tagged before the line, not after it
    assert "Ines" in pool


def test_one_name_alone_in_the_tags_ahead_marks_no_one():
    # Only Marta is tagged by name after the line: a story that names one speaker says nothing of the others.
    story = AHEAD.replace("'You would,' said Tomas.", "'You would.'")
    at = ranker.FEATURES.index("tagged_ahead")
    seg, pool, vectors = _recorded(story)[0]
    assert len(pool) >= 2 and not any(v[at] for v in vectors)
