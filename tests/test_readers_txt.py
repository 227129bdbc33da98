"""Plain-text stories in the encodings fans keep them in, and the reader's choice of format."""

from __future__ import annotations

from pathlib import Path

import pytest

from ficaudio.config import Config
from ficaudio.errors import MalformedStoryError, StoryError, UnsupportedFormatError
from ficaudio.pipeline import analyse
from ficaudio.readers import read_story, read_text
from ficaudio.readers.txt import decode_story_bytes, markdown_emphasis

FIXTURES = Path(__file__).parent / "fixtures"
SMART = "\u201cIt\u2019s late,\u201d she said. \u201cCaf\u00e9\u2019s shut.\u201d\n\n\u2018Fine\u2019 \u2013 he shrugged\u2026\n"


def one_line(exc: pytest.ExceptionInfo[BaseException]) -> str:
    message = str(exc.value)
    assert "\n" not in message and message
    return message


@pytest.mark.parametrize("name", ["cp1252.txt", "utf8-bom.txt", "utf16.txt", "crlf.txt"])
def test_smart_quotes_survive_every_encoding(name: str) -> None:
    doc = read_story(FIXTURES / name)
    assert doc.text == SMART
    assert "\r" not in doc.text and "\ufeff" not in doc.text


def test_latin1_is_not_read_as_central_european() -> None:
    # charset-normalizer ranks cp1250 first for short Western text ('naïvely' -> 'naďvely').
    doc = read_story(FIXTURES / "latin1.txt")
    assert "Ren\u00e9e" in doc.text and "Stra\u00dfe" in doc.text and "Chlo\u00eb" in doc.text
    assert "na\u00efvely" in doc.text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding: str) -> None:
    assert decode_story_bytes(SMART.encode(encoding), "story.txt") == SMART


@pytest.mark.parametrize(
    ("text", "encoding"),
    [
        ("\u041f\u0440\u0438\u0432\u0435\u0442, \u043a\u0430\u043a \u0434\u0435\u043b\u0430? \u2014 \u0441\u043a\u0430\u0437\u0430\u043b\u0430 \u043e\u043d\u0430.", "cp1251"),
        ("Za\u017c\u00f3\u0142\u0107 g\u0119\u015bl\u0105 ja\u017a\u0144, powiedzia\u0142a.", "cp1250"),
        ("Zo\u00eb\u2019s na\u00efve \u201chello\u201d \u2013 fine.", "cp1252"),
    ],
)
def test_legacy_code_pages(text: str, encoding: str) -> None:
    assert decode_story_bytes(text.encode(encoding), "story.txt") == text


def test_old_mac_line_endings() -> None:
    assert decode_story_bytes(b"One.\r\rTwo.\r", "story.txt") == "One.\n\nTwo.\n"


@pytest.mark.parametrize("data", [b"", b"   \r\n\t\n", "\ufeff".encode("utf-8"), "\ufeff\n\n".encode("utf-16")])
def test_empty_files_are_rejected(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(data)
    with pytest.raises(StoryError) as exc:
        read_story(path)
    assert "empty" in one_line(exc)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8,
        bytes(range(256)) * 16,
        b"\x7fELF\x02\x01\x01" + b"\x00" * 200,
    ],
)
def test_binary_files_are_rejected(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(data)
    with pytest.raises(MalformedStoryError) as exc:
        read_story(path)
    assert "binary" in one_line(exc)


@pytest.mark.parametrize(
    ("name", "data", "kind"),
    [
        ("story.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "PDF"),
        ("story.mobi", b"x" * 60 + b"BOOKMOBI" + b"\x00" * 40, "MOBI"),
        ("story.rtf", b"{\\rtf1\\ansi Hello}", "RTF"),
        ("story.docx", b"PK\x03\x04" + b"\x00" * 60, "Word"),
    ],
)
def test_formats_we_do_not_read_say_so(tmp_path: Path, name: str, data: bytes, kind: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnsupportedFormatError) as exc:
        read_story(path)
    message = one_line(exc)
    assert kind in message and "EPUB, HTML or plain text" in message


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(StoryError) as exc:
        read_story(tmp_path / "nope.txt")
    assert "no such file" in one_line(exc)
    with pytest.raises(StoryError) as exc:
        read_story(tmp_path)
    assert "folder" in one_line(exc)


def test_text_that_looks_like_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved.txt"
    path.write_text("<!DOCTYPE html><html><body><p>Hello <i>there</i>.</p></body></html>", encoding="utf-8")
    doc = read_story(path)
    assert doc.text == "Hello there.\n"
    assert [doc.text[s.start : s.end] for s in doc.hints.emphasis] == ["there"]


# --- markdown-style emphasis -----------------------------------------------------------


def test_markdown_emphasis_spans() -> None:
    text = (
        "*I can't go back,* she thought. _Not again._\n\n"
        "* * *\n\n"
        "snake_case_name and 2*3*4 and **bold** stay plain. *two\nlines* is one span. *open\n\nnever closed*"
    )
    spans = [text[s.start : s.end] for s in markdown_emphasis(text)]
    assert spans == ["*I can't go back,*", "_Not again._", "*two\nlines*"]


def test_markdown_thoughts_become_thought_segments() -> None:
    doc = read_text(
        "Mira looked at the door.\n\n*I am not going in there.* She turned back.\n\n"
        "'Come on,' said Tobin.\n",
        title="Door",
    )
    analyse(doc, Config())
    kinds = [(s.kind, doc.segment_text(s)) for s in doc.segments]
    assert ("thought", "*I am not going in there.*") in kinds
    assert ("narration", "She turned back.") in kinds


# --- FanFicFare TXT ----------------------------------------------------------------------


def test_fanficfare_txt_keeps_chapters_notes_and_metadata() -> None:
    doc = read_story(FIXTURES / "fff-the-night-ferry.txt")
    assert (doc.title, doc.author) == ("The Night Ferry", "quietharbour")
    assert doc.hints.characters == ["Tamsin Rook", "Oskar Brandt"]
    assert doc.hints.metadata["relationships"] == ["Tamsin Rook & Oskar Brandt"]
    assert [t for t, _ in doc.hints.chapters] == ["Chapter 1: The Crossing", "Chapter 2: Fog Bells"]
    for words in ("TABLE OF CONTENTS", "End file.", "Genre:", "**", "> "):
        assert words not in doc.text
    assert [doc.text[s.start : s.end] for s in doc.hints.emphasis][0] == "_I should have taken the morning boat,_"
    assert [doc.text[s.start : s.end] for s in doc.hints.author_notes] == [
        "Summary: Two strangers, one ferry cabin, and a long night on the water.",
        "Author's note: Written for the Small Boats prompt challenge.\n\n"
        "This is my first time posting here, so be gentle!",
        "Author's note: Thanks to my sister for reading this over.",
        "Author's note: The fog bell is real; I heard one on a crossing last winter.",
        "Author's note: Thank you for reading! Comments make my day.",
    ]
    # Hard-wrapped lines are joined back into paragraphs.
    assert "last passenger up the ramp, her coat" in doc.text


def test_a_table_of_contents_alone_does_not_make_fanficfare_txt() -> None:
    doc = read_text("TABLE OF CONTENTS\n\nOne\n\nTwo\n\nChapter 1\n\nText.\n", title="Plain")
    assert doc.text.startswith("TABLE OF CONTENTS")
    path_doc = decode_story_bytes(b"My Story\n\nTABLE OF CONTENTS\n\nOne\n", "x.txt")
    assert path_doc.startswith("My Story")


HEADED = """Title: Paper Lanterns
Author: inkwell_owl
Rating: T
Pairing: Mira/Odessa
Summary: Two keepers, one storm,
and a lantern that will not stay lit.

Word count: 3,200

Mira climbed the last of the steps at dusk.

"You're late," said Odessa.
"""


def test_a_details_header_gives_title_author_and_cast_and_is_not_read():
    from ficaudio.config import Config
    from ficaudio.pipeline import analyse

    doc = read_text(HEADED, title="From The File Name")
    assert (doc.title, doc.author) == ("Paper Lanterns", "inkwell_owl")
    assert doc.hints.characters == ["Mira", "Odessa"]
    assert doc.hints.metadata["summary"] == ["Two keepers, one storm, and a lantern that will not stay lit."]
    assert doc.hints.metadata["words"] == ["3,200"]
    analyse(doc, Config())
    kinds = [(s.kind, doc.segment_text(s)[:12]) for s in doc.segments]
    assert kinds[0] == ("author_note", "Title: Paper") and kinds[1] == ("author_note", "Word count: ")
    assert kinds[2] == ("narration", "Mira climbed")


@pytest.mark.parametrize("opening", [
    "Mira: are you up\nOdessa: no\nMira: liar\n\nThe phone buzzed again.",  # a chat fic
    "Note: this is set after the storm.\n\nMira climbed the steps.",  # a single label
    "Chapter 1: The Storm\n\nMira climbed the steps.",
])
def test_openings_that_are_not_a_details_header(opening):
    from ficaudio.readers.txt import story_header

    assert story_header(opening) is None
    assert read_text(opening, title="Kept").title == "Kept"
