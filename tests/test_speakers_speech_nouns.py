"""Attribution: a tag that names the line by a noun for speech ('was his reply', 'Mary's answer was,')."""

from __future__ import annotations

from attribution_checks import said
from ficaudio.chapters import find_chapters
from ficaudio.quotes import segment_quotes
from ficaudio.readers import read_text
from ficaudio.speakers import attribute_speakers, discover_characters

# Three people, so turn-taking alone would give the Lark line to the wrong one.
STORY = (
    'Hester Vane and her brother Silas came into the kitchen, where Mrs Pollard was shelling peas. '
    '"Is the carrier late again?" said Hester.\n\n'
    '"He is always late on a Tuesday," said Mrs Pollard.\n\n'
    '"Then we shall walk," said Silas.\n\n'
    '"In this mud?" was Hester\'s answer. "You will ruin my hem."\n\n'
    '"Your hem has survived worse," was his reply.\n\n'
    "Mrs Pollard put down the bowl. Her answer was, \"Take the lane by the mill; it is drier.\"\n\n"
)


def test_the_owner_of_a_speech_noun_after_the_line_is_its_speaker():
    lines, cast = said(STORY)
    assert lines["In this mud?"] == cast.resolve("Hester")
    assert lines["Your hem has survived worse,"] == cast.resolve("Silas")


def test_a_speech_noun_before_the_line_names_its_speaker_by_pronoun():
    lines, cast = said(STORY)
    assert lines["Take the lane by the mill; it is drier."] == cast.resolve("Mrs Pollard")


def _whys(text: str) -> dict[str, str]:
    doc = read_text(text, title="Test")
    segment_quotes(doc, find_chapters(doc))
    attribute_speakers(doc, discover_characters(doc, []))
    return {doc.segment_text(s): s.why for s in doc.segments if s.kind == "dialogue"}


def test_only_a_noun_for_speech_makes_the_tag():
    assert _whys(STORY)["Your hem has survived worse,"] == "tag after quote [pronoun]: was his reply"
    # 'was his hat' says nothing of who spoke: no tag of this kind.
    why = _whys(STORY.replace("was his reply.", "was his hat."))["Your hem has survived worse,"]
    assert "was his" not in why
