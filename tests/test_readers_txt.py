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


# --- details headers under a title line, AO3's fields, and a copied AO3 work page ------------------------


def _opening(doc):
    """(kind, first words) of the segments up to the story's first narration."""
    out = []
    for s in doc.segments:
        out.append((s.kind, " ".join(doc.segment_text(s).split())[:24]))
        if s.kind == "narration":
            break
    return out


TAG_BLOCK = """Second Fiddle

Rating: General Audiences
Relationship: Wenna Trago/Idris Bell
Characters: Wenna Trago, Idris Bell, Original Characters, Original Female Character(s)
Additional Tags: Rivals to Lovers, Brass Bands, Fluff

The band room smelled of valve oil, and Idris Bell was sitting in her chair.

'Up,' she said.

'I was here first.'

'You were not. Up, Idris.'
"""


def test_a_title_line_above_ao3_tags_stays_the_heading_and_the_tags_are_not_read():
    doc = read_text(TAG_BLOCK, title="From The File Name")
    assert doc.title == "Second Fiddle"
    assert doc.hints.characters[:2] == ["Wenna Trago", "Idris Bell"]
    assert doc.hints.metadata["rating"] == ["General Audiences"]
    assert doc.hints.metadata["freeforms"] == ["Rivals to Lovers", "Brass Bands", "Fluff"]
    analyse(doc, Config())
    assert _opening(doc) == [("heading", "Second Fiddle"), ("author_note", "Rating: General Audience"),
                             ("narration", "The band room smelled of")]
    # The tags' names help discovery; AO3's role tags get no voice.
    assert "Wenna Trago" in doc.characters
    roles = {"Original Characters", "Original Female Character", "Original Female Character(s)"}
    assert not roles & set(doc.characters)


SPACED = """Low Tide at Porthgwarra

Fandom: The Wreckers' Inn (Radio)

Summary: Two cousins, one rowing boat and a tide that will not wait.

Notes: For the Harbour Lights exchange. All mistakes mine.

The boat had been their uncle's, and it leaked from the first stroke.
"""


def test_fields_separated_by_blank_lines_under_a_title_are_one_header():
    doc = read_text(SPACED, title="Kept")
    assert doc.title == "Low Tide at Porthgwarra"
    assert doc.hints.metadata["fandoms"] == ["The Wreckers' Inn (Radio)"]
    analyse(doc, Config())
    assert [k for k, _ in _opening(doc)] == ["heading", "author_note", "author_note", "author_note", "narration"]


AO3_PAGE = """The Weather Vane
by copperkettle

Rating:
General Audiences
Archive Warning:
No Archive Warnings Apply
Category:
F/M
Fandom:
Hollow Oak Village (Radio)
Relationship:
Nell Crabtree/Jory Penhale
Characters:
Nell Crabtree
Jory Penhale
Reader
Additional Tags:
Fluff, Church Roofs, Mild Peril
Language:
English
Series:
Part 2
Stats:
Published:
2026-05-02
Words:
1,204
Chapters:
1/1

Summary:

Somebody has to get the cockerel off the steeple before the fete.

Nell would rather it were not her.

Notes:

For the Little Bells exchange.

Work Text:

The ladder was too short by a good yard, which Nell pointed out twice before Jory climbed it anyway.

"Hold the bottom," he said.
"""


def test_a_copied_ao3_work_page_with_each_label_above_its_value():
    doc = read_text(AO3_PAGE, title="Kept")
    assert (doc.title, doc.author) == ("The Weather Vane", "copperkettle")
    meta = doc.hints.metadata
    assert meta["rating"] == ["General Audiences"] and meta["warnings"] == ["No Archive Warnings Apply"]
    assert meta["categories"] == ["F/M"] and meta["fandoms"] == ["Hollow Oak Village (Radio)"]
    assert meta["words"] == ["1,204"] and meta["chapters"] == ["1/1"] and meta["published"] == ["2026-05-02"]
    assert meta["series"] == ["Part 2"]  # a value under its label, not a heading
    assert meta["summary"] == ["Somebody has to get the cockerel off the steeple before the fete. "
                               "Nell would rather it were not her."]
    assert doc.hints.characters == ["Nell Crabtree", "Jory Penhale", "Reader"]
    analyse(doc, Config())
    opening = _opening(doc)
    assert opening[0] == ("heading", "The Weather Vane")
    assert {k for k, _ in opening[1:-1]} == {"author_note"}
    assert opening[-1] == ("narration", "The ladder was too short")
    assert "Reader" not in doc.characters


AO3_PAGE_META_FIRST = """Rating:
Teen And Up Audiences
Fandom:
Hollow Oak Village (Radio)
Characters:
Nell Crabtree, Jory Penhale
Stats:
Published:2026-05-02Words:1,204Chapters:1/1
The Weather Vane
copperkettle
Summary:
Somebody has to get the cockerel off the steeple before the fete.

The ladder was too short by a good yard.
"""


def test_an_ao3_page_with_its_title_and_author_under_the_stats():
    doc = read_text(AO3_PAGE_META_FIRST, title="Kept")
    assert (doc.title, doc.author) == ("The Weather Vane", "copperkettle")
    assert doc.hints.characters == ["Nell Crabtree", "Jory Penhale"]
    analyse(doc, Config())
    assert _opening(doc)[-1] == ("narration", "The ladder was too short")


@pytest.mark.parametrize("opening", [
    "Group Chat\n\nMira: are you up\nOdessa: no\nMira: liar\n\nThe phone buzzed again.",  # a chat fic, titled
    "Mira:\nare you up\nOdessa:\nno\n\nThe phone buzzed again.",  # names alone on their lines
    "The Long Night\n\nStatus: missing. That was what the poster on the lamp-post said, and Mira had read it "
    "forty times.\n\nShe went in.",  # a first paragraph with a label word and a colon
    "The Long Night\n\nMira climbed the steps. Rating the view: ten out of ten.\n\n\"Nice,\" said Odessa.",
    "Paper Lanterns\n\nChapter 1: The Storm\n\nSummary: wet.\n\nMira climbed the steps.",  # a heading first
    "Paper Lanterns\n\nNotes: for my sister.\n\nDisclaimer: not mine.\n\nMira climbed the steps.",  # notes only
    "By the time Mira reached the top, the lantern was out.\n\nRating: none.\nWords: none.\n\nShe sat down.",
    "Day One\n\nStatus: stranded.\n\nNotes: the radio is dead.\n\nI climbed the ridge at noon.",  # a log
])
def test_titled_openings_that_are_not_a_details_header(opening):
    from ficaudio.readers.txt import story_header

    assert story_header(opening) is None
    assert read_text(opening, title="Kept").title == "Kept"


def test_a_first_paragraph_with_a_colon_is_read():
    doc = read_text("The Long Night\n\nStatus: missing. That was what the poster said.\n\nShe went in.\n",
                    title="Kept")
    analyse(doc, Config())
    assert _opening(doc)[-1] == ("narration", "Status: missing. That wa")


def test_header_labels_in_the_story_language():
    french = ("Le Dernier Métro\n\nPersonnages : Inès Morel, Luc Vidal\n"
              "Résumé : Un quai, une grève, deux inconnus.\n\nNotes : Pour ma sœur.\n\n"
              "Le quai était vide depuis une heure.\n")
    doc = read_text(french, title="Kept")
    assert doc.title == "Le Dernier Métro" and doc.hints.characters == ["Inès Morel", "Luc Vidal"]
    russian = ("Фэндом: Ориджиналы\nПэйринг и персонажи: Лена/Олег\nРейтинг: G\nМетки: Повседневность\n"
               "Описание: Вечер на кухне.\n\nЛена поставила чайник.\n")
    doc = read_text(russian, title="Kept")
    assert doc.hints.characters == ["Лена", "Олег"] and doc.hints.metadata["freeforms"] == ["Повседневность"]


def test_a_title_and_byline_right_above_the_fields_with_no_blank_line():
    doc = read_text("Second Fiddle\nby brasshat\nRating: General Audiences\nCharacters: Wenna Trago, Idris Bell\n\n"
                    "The band room smelled of valve oil.\n\n'Up,' said Wenna.\n", title="Kept")
    assert (doc.title, doc.author) == ("Second Fiddle", "brasshat")
    analyse(doc, Config())
    assert _opening(doc) == [("heading", "Second Fiddle"), ("author_note", "by brasshat Rating: Gene"),
                             ("narration", "The band room smelled of")]


def test_a_title_line_not_in_title_case_is_still_the_heading_and_the_short_story_is_read():
    doc = read_text("a lantern that will not stay lit\n\nRating: Teen And Up Audiences\nRelationship: Mira/Odessa\n\n"
                    "Mira climbed the last of the steps at dusk.\n\n\"You are late,\" said Odessa.\n", title="Kept")
    assert doc.title == "a lantern that will not stay lit"
    analyse(doc, Config())
    assert [s.kind for s in doc.segments] == ["heading", "author_note", "narration", "dialogue", "narration"]
