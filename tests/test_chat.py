"""Chat-fic: 'Name: message' lines are that character's lines, and the name is not read out."""

from __future__ import annotations

from ficaudio.casting import cast_voices
from ficaudio.config import Config
from ficaudio.model import CHAT_LABEL
from ficaudio.pipeline import analyse, plan_audio
from ficaudio.readers import read_text
from ficaudio.speakers.decision import rule_of

CHAT = (
    "Chapter 1: Group Chat\n\n"
    "Mira added Tobias and Odessa to the chat.\n\n"
    "Mira: ok who took the last lantern oil\n\n"
    "Tobias: not me\n\n"
    "**Odessa:** definitely not me\n\n"
    "Mira: tobias\n\n"
    "Tobias: ...fine it was me\n\n"
    "Odessa rolled her eyes and put her phone down.\n"
)


def _lines(doc):
    return [(s.speaker, doc.segment_text(s)) for s in doc.segments if s.kind == "dialogue"]


def test_each_chat_line_is_its_senders():
    doc = analyse(read_text(CHAT, title="Chat"), Config())
    assert _lines(doc) == [
        ("Mira", "ok who took the last lantern oil"), ("Tobias", "not me"), ("Odessa", "definitely not me"),
        ("Mira", "tobias"), ("Tobias", "...fine it was me"),
    ]
    assert {rule_of(s).id for s in doc.segments if s.kind == "dialogue"} == {"chat-line"}
    # Every character of the text is still in exactly one segment: the labels are narration segments.
    labels = [doc.segment_text(s) for s in doc.segments if s.why == CHAT_LABEL]
    assert labels == ["Mira:", "Tobias:", "**Odessa:**", "Mira:", "Tobias:"]


def test_the_names_before_the_colon_are_not_read_aloud():
    doc = analyse(read_text(CHAT, title="Chat"), Config())
    casting = cast_voices(doc.characters, Config())
    spoken = [line.speech for ch in plan_audio(doc, casting, Config()) for line in ch.lines]
    assert "ok who took the last lantern oil" in spoken and "not me" in spoken
    assert not any(s.startswith(("Mira", "Tobias", "Odessa", "**")) and s.endswith(":") for s in spoken)
    assert not any(s in ("Mira:", "Tobias:", "Odessa:") for s in spoken)
    # The narration around the chat is still read.
    assert any(s.startswith("Mira added Tobias") for s in spoken)


def test_labelled_lines_in_prose_are_no_chat():
    # 'Note:' and 'Warning:' are labels stories use; one 'Mira: hi' among prose is not a chat either.
    story = (
        "Warning: mild peril.\n\nNote: set after the flood.\n\nThe lamps were out along Gull Street.\n\n"
        "Mira: that was the whole of the message, and it was enough.\n\n'Come on,' said Tobias.\n"
    )
    doc = analyse(read_text(story, title="Prose"), Config())
    assert not any(s.why == CHAT_LABEL for s in doc.segments)


def test_bold_names_in_ao3_html_are_a_chat_too():
    from pathlib import Path

    from ficaudio.readers.html import read_html_bytes

    markup = (Path(__file__).parent / "fixtures" / "ao3-the-night-ferry.html").read_text(encoding="utf-8")
    chat = (
        "<p><b>Tamsin:</b> are you still on the boat</p><p><b>Oskar:</b> yes. fog.</p>"
        "<p><b>Tamsin:</b> bring the key</p><p><b>Oskar:</b> which key</p>"
    )
    markup = markup.replace("<p>“Fine by me,” he said.", chat + "<p>“Fine by me,” he said.", 1)
    doc = analyse(read_html_bytes(markup.encode("utf-8"), source="x.html", title="x"), Config())
    got = [(s.speaker, doc.segment_text(s)) for s in doc.segments if s.why.startswith("chat line")]
    assert got == [("Tamsin Rook", "are you still on the boat"), ("Oskar Brandt", "yes. fog."),
                   ("Tamsin Rook", "bring the key"), ("Oskar Brandt", "which key")]
