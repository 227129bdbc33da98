"""HTML stories: AO3 downloads (both chapter layouts), FanFicFare HTML, any other page."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from ficaudio.config import Config
from ficaudio.errors import MalformedStoryError, StoryError
from ficaudio.pipeline import analyse
from ficaudio.readers import character_aliases, read_story
from ficaudio.readers.html import read_html_bytes
from ficaudio.readers.tags import cast_aliases

FIXTURES = Path(__file__).parent / "fixtures"
AO3_HTML = FIXTURES / "ao3-the-night-ferry.html"
BOILERPLATE = (
    "Preface", "Afterword", "Posted originally", "Archive of Our Own", "Stats", "Published:", "Words:",
    "See the end", "drop by", "Rating", "General Audiences", "Strangers to Friends",
)


def notes(doc) -> list[str]:  # noqa: ANN001
    return [doc.text[s.start : s.end] for s in doc.hints.author_notes]


def emphasis(doc) -> list[str]:  # noqa: ANN001
    return [doc.text[s.start : s.end] for s in doc.hints.emphasis]


def read_html(markup: str, name: str = "story.html"):  # noqa: ANN201
    return read_html_bytes(markup.encode("utf-8"), source=name, title="Fallback")


# --- AO3, multi-chapter layout ---------------------------------------------------------


def test_ao3_metadata() -> None:
    doc = read_story(AO3_HTML)
    assert doc.title == "The Night Ferry"
    assert doc.author == "quietharbour"
    meta = doc.hints.metadata
    assert meta["fandoms"] == ["Original Work"]
    assert meta["relationships"] == ["Tamsin Rook & Oskar Brandt"]
    assert meta["characters"] == ["Tamsin Rook", "Oskar Brandt"]
    assert meta["rating"] == ["General Audiences"]
    assert meta["freeforms"] == ["Ferries", "Storms", "Strangers to Friends"]
    assert meta["summary"] == ["Two strangers, one ferry cabin, and a long night on the water."]
    assert meta["url"] == ["https://archiveofourown.org/works/48213377"]
    assert doc.hints.characters == ["Tamsin Rook", "Oskar Brandt"]


def test_ao3_text_is_the_story_and_its_notes_only() -> None:
    doc = read_story(AO3_HTML)
    for words in BOILERPLATE:
        assert words not in doc.text, words
    assert doc.text.count("Two strangers, one ferry cabin") == 1  # nested .userstuff read once
    assert doc.text.startswith("Summary: Two strangers")
    assert "\n\nChapter 1: The Crossing\n\n" in doc.text and "\n\nChapter 2: Fog Bells\n\n" in doc.text
    assert "\n\n* * *\n\n" in doc.text  # <hr /> is a scene break


def test_ao3_notes_chapters_and_italics_are_hints() -> None:
    doc = read_story(AO3_HTML)
    assert notes(doc) == [
        "Summary: Two strangers, one ferry cabin, and a long night on the water.",
        "Author's note: Written for the Small Boats prompt challenge.\n\n"
        "This is my first time posting here, so be gentle!",
        "Author's note: Thanks to my sister for reading this over.",
        "Author's note: The fog bell is real; I heard one on a crossing last winter.",
        "Author's note: Thank you for reading! Comments make my day.",
    ]
    assert emphasis(doc) == ["I should have taken the morning boat,", "very", "I\u2019m not giving up this bunk now."]
    assert [title for title, _ in doc.hints.chapters] == ["Chapter 1: The Crossing", "Chapter 2: Fog Bells"]
    _, second = doc.hints.chapters[1]
    assert doc.text[second.start :].startswith("By midnight the storm")
    assert doc.text[second.end :] == "\n"  # the last chapter runs to the end, its end notes included


def test_ao3_script_kinds() -> None:
    doc = analyse(read_story(AO3_HTML), Config())
    assert [c.title for c in doc.chapters] == ["Chapter 1: The Crossing", "Chapter 2: Fog Bells"]
    by_kind = {}
    for seg in doc.segments:
        by_kind.setdefault(seg.kind, []).append(doc.segment_text(seg))
    assert len(by_kind["author_note"]) == 6  # five notes, one of two paragraphs
    assert by_kind["thought"] == ["I should have taken the morning boat,", "I\u2019m not giving up this bunk now."]
    assert "very" not in by_kind["thought"]
    speakers = {seg.speaker for seg in doc.segments if seg.kind == "dialogue"}
    assert {"Tamsin", "Oskar"} <= speakers or {"Tamsin Rook", "Oskar Brandt"} <= speakers


def test_ao3_old_bare_chapter_titles_read_the_same() -> None:
    # Before 2025-10 the heading was the bare title ("The Crossing") when a chapter had one.
    markup = AO3_HTML.read_text(encoding="utf-8")
    old = markup.replace("Chapter 1: The Crossing", "The Crossing").replace("Chapter 2: Fog Bells", "Fog Bells")
    assert old != markup
    assert read_html(old).text == read_story(AO3_HTML).text


def test_ao3_plural_and_singular_labels_and_entities() -> None:
    markup = AO3_HTML.read_text(encoding="utf-8").replace("<dt>Characters:</dt>", "<dt>Character:</dt>")
    markup = markup.replace("Chapter 2: Fog Bells", "Chapter 2: Riversong K&#39;Vala")
    doc = read_html(markup)
    assert doc.hints.characters == ["Tamsin Rook", "Oskar Brandt"]
    assert "\n\nChapter 2: Riversong K'Vala\n\n" in doc.text


# --- AO3, single-chapter layout --------------------------------------------------------


def test_ao3_oneshot() -> None:
    doc = read_story(FIXTURES / "ao3-oneshot.html")
    assert doc.title == "Salt & Lanterns"
    assert doc.author == "moth_and_ember, quietharbour"
    assert doc.hints.characters == ["Haruno Sakura", "Mira Solenne (Lanterns)"]
    assert doc.hints.metadata["url"] == ["http://archiveofourown.org/works/1200345"]
    assert doc.hints.chapters == [] and doc.hints.author_notes == []
    # <br /> lines are paragraphs; the centred * * * is a scene break; script and image are gone.
    assert doc.text == (
        "The lanterns came down to the harbour at dusk.\n\n"
        "\u201cHold mine,\u201d Sakura said, and pressed the string into Mira\u2019s hand.\n\n"
        "Mira held it. I won\u2019t let it go, she thought.\n\n"
        "* * *\n\n"
        "By morning the salt had dried white on their sleeves.\n"
    )
    analyse(doc, Config())
    assert len(doc.chapters) == 1 and doc.chapters[0].title == "Salt & Lanterns"
    thoughts = [doc.segment_text(s) for s in doc.segments if s.kind == "thought"]
    assert thoughts == ["I won\u2019t let it go,"]


def test_ao3_author_h2_inside_a_chapter_is_text() -> None:
    markup = AO3_HTML.read_text(encoding="utf-8").replace(
        "<p>By midnight", "<h2>Part the Second</h2>\n  <p>By midnight"
    )
    doc = read_html(markup)
    assert "\n\nPart the Second\n\nBy midnight" in doc.text


def test_ao3_preface_without_chapters_is_malformed() -> None:
    markup = AO3_HTML.read_text(encoding="utf-8")
    cut = markup[: markup.index('<div id="chapters"')] + "</body></html>"
    with pytest.raises(MalformedStoryError) as exc:
        read_html(cut, "cut.html")
    message = str(exc.value)
    assert "\n" not in message and "cut.html" in message and "no chapter text" in message


# --- character tags ---------------------------------------------------------------------


def test_character_aliases_from_tags() -> None:
    prose = "Sakura laughed. 'Hold this,' Sakura said, and Mira held it. Mira Solenne never let go. Mira smiled."
    assert character_aliases("Haruno Sakura", prose) == ["Sakura"]
    assert character_aliases("Mira Solenne (Lanterns)", prose) == ["Mira", "Mira Solenne"]
    assert character_aliases("Haruno Sakura") == ["Haruno", "Sakura"]
    shared = cast_aliases(["Uchiha Sasuke", "Uchiha Itachi", "Original Female Character(s)"])
    assert shared == {"Uchiha Sasuke": ["Sasuke"], "Uchiha Itachi": ["Itachi"], "Original Female Character(s)": []}


# --- FanFicFare HTML ----------------------------------------------------------------------


def test_fanficfare_html() -> None:
    doc = read_story(FIXTURES / "fff-the-night-ferry.html")
    assert (doc.title, doc.author) == ("The Night Ferry", "quietharbour")
    assert doc.hints.characters == ["Tamsin Rook", "Oskar Brandt"]
    meta = doc.hints.metadata
    assert meta["relationships"] == ["Tamsin Rook & Oskar Brandt"]
    assert meta["status"] == ["Completed"] and meta["fandoms"] == ["Original Work"]
    assert "Table of Contents" not in doc.text and "1. The Crossing" not in doc.text
    assert [t for t, _ in doc.hints.chapters] == ["Chapter 1: The Crossing", "Chapter 2: Fog Bells"]
    assert notes(doc) == [
        "Summary: Two strangers, one ferry cabin, and a long night on the water.",
        "Author's note: Written for the Small Boats prompt challenge.\n\n"
        "This is my first time posting here, so be gentle!\n\n"
        "Author's note: Thanks to my sister for reading this over.",
        "Author's note: The fog bell is real; I heard one on a crossing last winter.\n\n"
        "Author's note: Thank you for reading! Comments make my day.",
    ]
    assert emphasis(doc) == ["I should have taken the morning boat,", "very", "I\u2019m not giving up this bunk now."]


# --- any other page ----------------------------------------------------------------------


def test_generic_page() -> None:
    doc = read_html(
        "<html><head><title>Rain Check</title><style>p{color:red}</style><script>document.write('x')</script>"
        "</head><body><h1>Rain Check</h1><p>First   line<br>second line</p>"
        "<p>She said <span style='font-style: italic'>I am done</span>.&nbsp;</p><p>&nbsp;</p>"
        "<!-- a comment --><noscript>enable js</noscript><p>Last.</p></body></html>"
    )
    assert doc.title == "Rain Check"
    assert doc.text == "First line\n\nsecond line\n\nShe said I am done.\n\nLast.\n"
    assert emphasis(doc) == ["I am done"]


def test_declared_windows_1252_charset() -> None:
    for charset in ("windows-1252", "iso-8859-1"):
        data = f'<html><head><meta charset="{charset}"></head><body><p>'.encode() + (
            "\u201cCaf\u00e9?\u201d she asked.".encode("cp1252") + b"</p></body></html>"
        )
        doc = read_html_bytes(data, source="old.html", title="Old")
        assert doc.text == "\u201cCaf\u00e9?\u201d she asked.\n"


def test_emphasis_runs_join_and_trim() -> None:
    doc = read_html("<html><body><p><em>I </em> <i>will</i> <em>not.</em> Then <i> </i>no.</p></body></html>")
    assert emphasis(doc) == ["I will not."]


@pytest.mark.parametrize(
    "markup",
    ["<html><body></body></html>", "<html><body><script>x()</script><p>&nbsp;</p></body></html>", "<html>"],
)
def test_pages_without_text_are_malformed(markup: str) -> None:
    with pytest.raises(StoryError) as exc:
        read_html(markup, "blank.html")
    assert "\n" not in str(exc.value) and "blank.html" in str(exc.value)


def test_long_chapter_titles_still_head_their_chapter() -> None:
    long_title = "The " + "very " * 40 + "end"
    markup = AO3_HTML.read_text(encoding="utf-8").replace("Chapter 2: Fog Bells", f"Chapter 2: {long_title}")
    doc = analyse(read_html(markup), Config())
    assert len(doc.chapters) == 2
    assert doc.chapters[1].title.startswith("Chapter 2: The very very") and len(doc.chapters[1].title) <= 80


def test_markup_html_parser_chokes_on_is_still_read() -> None:
    doc = read_html("<html><body><p>Hi.</p><![Cfoo<p>There.</p></body></html>")
    assert doc.text == "Hi.\n\n<![Cfoo\n\nThere.\n"


def test_deeply_nested_markup_is_read() -> None:
    depth = 3000
    doc = read_html("<html><body>" + "<div><font>" * depth + "<p>Deep <i>I was here</i>.</p></body></html>")
    assert doc.text == "Deep I was here.\n" and emphasis(doc) == ["I was here"]


def test_nothing_is_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise AssertionError("a reader tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    for name in ("ao3-the-night-ferry.html", "ao3-oneshot.html", "fff-the-night-ferry.html",
                 "ao3-the-night-ferry.epub", "fff-the-night-ferry.epub", "epub3-nav.epub"):
        assert read_story(FIXTURES / name).text
