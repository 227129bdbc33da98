"""EPUB stories (AO3, FanFicFare, any EPUB 2/3), damaged EPUBs, and one work read alike in every format."""

from __future__ import annotations

import io
import re
import struct
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ficaudio.config import Config
from ficaudio.errors import MalformedStoryError, StoryError, UnsupportedFormatError
from ficaudio.pipeline import analyse
from ficaudio.readers import epub, read_story
from ficaudio.readers.epub import read_epub_bytes
from ficaudio.readers.tags import cast_aliases
from ficaudio.script import script_dict

FIXTURES = Path(__file__).parent / "fixtures"
AO3_EPUB = FIXTURES / "ao3-the-night-ferry.epub"
FFF_EPUB = FIXTURES / "fff-the-night-ferry.epub"
EPUB3 = FIXTURES / "epub3-nav.epub"

CONTAINER = (
    '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
    '<rootfiles><rootfile full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>'
)


def page(body: str, title: str = "x") -> str:
    return (
        '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/xhtml">'
        f"<head><title>{title}</title></head><body>{body}</body></html>"
    )


def opf(items: list[tuple[str, str]], spine: list[str] | None, extra_meta: str = "", guide: str = "") -> str:
    manifest = "".join(f'<item id="{i}" href="{href}" media-type="application/xhtml+xml"/>' for i, href in items)
    spine_xml = "" if spine is None else "<spine>" + "".join(f'<itemref idref="{i}"/>' for i in spine) + "</spine>"
    return (
        '<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0">'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Small Book</dc:title>'
        f"<dc:creator>Rowan Pike</dc:creator>{extra_meta}</metadata>"
        f"<manifest>{manifest}</manifest>{spine_xml}{guide}</package>"
    )


def make_epub(files: dict[str, str | bytes], *, container: str | None = CONTAINER) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", "application/epub+zip")
        if container is not None:
            zf.writestr("META-INF/container.xml", container)
        for name, content in files.items():
            zf.writestr(name, content)
    return buffer.getvalue()


def read(data: bytes, name: str = "book.epub"):  # noqa: ANN201
    return read_epub_bytes(data, source=name, title="Fallback")


def malformed(data: bytes, name: str = "book.epub") -> str:
    with pytest.raises(MalformedStoryError) as exc:
        read(data, name)
    message = str(exc.value)
    assert "\n" not in message and message.startswith(f"{name}: ")
    return message


# --- AO3 (calibre) ----------------------------------------------------------------------


def test_ao3_epub_reads_exactly_like_the_ao3_html() -> None:
    book = read_story(AO3_EPUB)
    page_doc = read_story(FIXTURES / "ao3-the-night-ferry.html")
    assert book.text == page_doc.text
    assert (book.title, book.author) == ("The Night Ferry", "quietharbour")
    assert book.hints == page_doc.hints  # chapters, notes, italics, characters, metadata


def test_ao3_epub_metadata_comes_from_the_preface_not_the_flat_subjects() -> None:
    meta = read_story(AO3_EPUB).hints.metadata
    assert meta["characters"] == ["Tamsin Rook", "Oskar Brandt"]
    assert meta["relationships"] == ["Tamsin Rook & Oskar Brandt"]
    assert meta["fandoms"] == ["Original Work"]
    assert meta["url"] == ["https://archiveofourown.org/works/48213377"]  # not in the OPF: from p.message


# --- one work, every format, one script -----------------------------------------------------


def comparable_script(path: Path, tags: list[str]) -> list[tuple[str, list[tuple[str, str | None, str]]]]:
    """(chapter title, [(kind, speaker, text)]) with emphasis marks dropped and speakers on their tag names."""
    doc = analyse(read_story(path), Config())
    alias_of = {alias: tag for tag, aliases in cast_aliases(tags).items() for alias in [tag, *aliases]}
    out = []
    for chapter in script_dict(doc)["chapters"]:
        lines = [
            (
                seg["kind"],
                alias_of.get(seg["speaker"], seg["speaker"]),
                re.sub(r"(?<![\w*])[*_]|[*_](?![\w*])", "", " ".join(seg["text"].split())),
            )
            for seg in chapter["segments"]
        ]
        out.append((chapter["title"], lines))
    return out


def test_ao3_html_epub_and_plain_text_give_the_same_script() -> None:
    tags = read_story(AO3_EPUB).hints.characters
    html_script = comparable_script(FIXTURES / "ao3-the-night-ferry.html", tags)
    epub_script = comparable_script(AO3_EPUB, tags)
    text_script = comparable_script(FIXTURES / "the-night-ferry.txt", tags)
    assert html_script == epub_script == text_script
    kinds = [kind for _, lines in html_script for kind, _, _ in lines]
    assert {"heading", "author_note", "narration", "dialogue", "thought"} <= set(kinds)
    speakers = {who for _, lines in html_script for kind, who, _ in lines if kind == "dialogue"}
    assert {"Tamsin Rook", "Oskar Brandt"} <= speakers


def test_ao3_html_and_epub_scripts_agree_to_the_offset() -> None:
    a = script_dict(analyse(read_story(FIXTURES / "ao3-the-night-ferry.html"), Config()))
    b = script_dict(analyse(read_story(AO3_EPUB), Config()))
    assert a == b


def test_fanficfare_reads_the_same_story_as_ao3() -> None:
    tags = ["Tamsin Rook", "Oskar Brandt"]
    fff_epub = comparable_script(FFF_EPUB, tags)
    assert fff_epub == comparable_script(FIXTURES / "fff-the-night-ferry.html", tags)
    assert fff_epub == comparable_script(FIXTURES / "fff-the-night-ferry.txt", tags)

    def story(script):  # noqa: ANN001, ANN202 - notes sit after the heading in FanFicFare's files
        return [(title, [line for line in lines if line[0] != "author_note"]) for title, lines in script]

    assert story(fff_epub) == story(comparable_script(AO3_EPUB, tags))


# --- FanFicFare EPUB -------------------------------------------------------------------------


def test_fanficfare_epub() -> None:
    doc = read_story(FFF_EPUB)
    assert (doc.title, doc.author) == ("The Night Ferry", "quietharbour")
    assert doc.hints.characters == ["Tamsin Rook", "Oskar Brandt"]
    meta = doc.hints.metadata
    assert meta["relationships"] == ["Tamsin Rook & Oskar Brandt"]
    assert meta["status"] == ["Completed"]
    assert meta["summary"] == ["Two strangers, one ferry cabin, and a long night on the water."]
    assert meta["url"] == ["https://archiveofourown.org/works/48213377"]
    assert [t for t, _ in doc.hints.chapters] == ["Chapter 1: The Crossing", "Chapter 2: Fog Bells"]
    assert "Title Page" not in doc.text and "Relationships" not in doc.text and "Packaged" not in doc.text
    assert doc.text == read_story(FIXTURES / "fff-the-night-ferry.html").text


# --- any other EPUB -------------------------------------------------------------------------


def test_epub3_skips_front_matter_and_joins_split_chapters() -> None:
    doc = read_story(EPUB3)
    assert (doc.title, doc.author) == ("The Kite Maker", "Juniper Ash")
    assert doc.text == (
        "Chapter One: Paper and Glue\n\n"
        "Wren built her first kite from butcher paper and a broken umbrella.\n\n"
        "\u201cIt won\u2019t fly,\u201d said her brother Teo, watching from the doorway.\n\n"
        "\u201cIt will,\u201d Wren said. \u201cYou\u2019ll see.\u201d\n\n"
        "Chapter Two: The Hill\n\n"
        "The wind on the hill was stronger than she had hoped.\n\n"
        "\u201cLet go on three,\u201d Wren told him.\n\n"
        "Teo let go on two. The kite rose anyway, crooked and shining.\n\n"
        "\u201cFine,\u201d he said. \u201cIt flies.\u201d\n"
    )
    doc = analyse(doc, Config())
    assert [c.title for c in doc.chapters] == ["Chapter One: Paper and Glue", "Chapter Two: The Hill"]


def test_epub2_ncx_titles_guide_and_untitled_one_chapter() -> None:
    ncx = (
        '<?xml version="1.0"?><ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>'
        '<navPoint id="a"><navLabel><text>Copyright</text></navLabel><content src="legal.xhtml"/></navPoint>'
        '<navPoint id="b"><navLabel><text>The Bell Tower</text></navLabel><content src="one.xhtml#top"/></navPoint>'
        '<navPoint id="c"><navLabel><text>Chapter 2</text></navLabel><content src="two.xhtml"/></navPoint>'
        "</navMap></ncx>"
    )
    package = opf(
        [("legal", "legal.xhtml"), ("front", "front.xhtml"), ("one", "one.xhtml"), ("two", "two.xhtml")],
        ["legal", "front", "one", "two"],
        guide='<guide><reference type="title-page" href="front.xhtml"/></guide>',
    ).replace("<manifest>", '<manifest><item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>')
    package = package.replace("<spine>", '<spine toc="ncx">')
    data = make_epub({
        "content.opf": package,
        "toc.ncx": ncx,
        "legal.xhtml": page("<p>\u00a9 2026 Rowan Pike.</p>"),
        "front.xhtml": page("<h1>Small Book</h1><p>a story</p>"),
        "one.xhtml": page("<h2>The Bell Tower</h2><p>It rang at noon.</p>"),
        "two.xhtml": page("<h2>Chapter 2: Quiet</h2><p>Then it stopped.</p>"),
    })
    doc = read(data)
    assert doc.text == "Chapter 1: The Bell Tower\n\nIt rang at noon.\n\nChapter 2: Quiet\n\nThen it stopped.\n"

    single = make_epub({
        "content.opf": opf([("one", "text.xhtml")], ["one"]),
        "text.xhtml": page("<p>Only a <em>little</em> story.</p>"),
    })
    doc = read(single)
    assert doc.text == "Only a little story.\n" and doc.hints.chapters == []
    assert [doc.text[s.start : s.end] for s in doc.hints.emphasis] == ["little"]


def test_an_ao3_epub_without_ao3_markup_is_read_as_any_epub() -> None:
    data = make_epub({
        "content.opf": opf([("p", "preface.xhtml"), ("c", "chapter1_1.xhtml")], ["p", "c"],
                           extra_meta="<dc:publisher>Archive of Our Own</dc:publisher>"),
        "preface.xhtml": page("<h1>Small Book</h1><p>by Rowan Pike</p>"),
        "chapter1_1.xhtml": page("<h2>Chapter 1</h2><p>The tide came in.</p>"),
    })
    doc = read(data)
    assert doc.text == "Chapter 1\n\nThe tide came in.\n"  # the title page is skipped
    drabble = make_epub({
        "content.opf": opf([("c", "rain.xhtml")], ["c"]).replace("Small Book", "Rain"),
        "rain.xhtml": page("<h1>Rain</h1><p>It rained all day.</p>"),
    })
    assert read(drabble).text == "It rained all day.\n"  # a one-shot: its only heading is the title
    assert (doc.title, doc.author) == ("Small Book", "Rowan Pike")


def test_missing_container_falls_back_to_the_only_opf() -> None:
    data = make_epub(
        {"OPS/book.opf": opf([("one", "a.xhtml")], ["one"]), "OPS/a.xhtml": page("<p>Hello.</p>")}, container=None
    )
    assert read(data).text == "Hello.\n"


# --- damaged and hostile EPUBs -------------------------------------------------------------------


def test_truncated_zip() -> None:
    data = AO3_EPUB.read_bytes()
    assert "truncated or damaged" in malformed(data[: len(data) // 2])
    assert "truncated or damaged" in malformed(data[:100])


def test_missing_spine() -> None:
    data = make_epub({"content.opf": opf([("one", "a.xhtml")], None), "a.xhtml": page("<p>Hi.</p>")})
    assert "no spine" in malformed(data)


def test_no_chapters() -> None:
    data = make_epub({
        "content.opf": opf([("cover", "cover.xhtml"), ("toc", "toc.xhtml")], ["cover", "toc"]),
        "cover.xhtml": page('<img src="cover.jpg" alt="cover"/>'),
        "toc.xhtml": page("<h1>Contents</h1><p>Chapter 1</p>"),
    })
    assert "no chapters" in malformed(data)
    empty_spine = make_epub({"content.opf": opf([("img", "pic.xhtml")], ["img"])})  # listed but absent
    assert "no readable chapter files" in malformed(empty_spine)


def test_a_member_claiming_a_gigabyte_is_refused_without_unpacking() -> None:
    data = bytearray(make_epub({"content.opf": opf([("one", "a.xhtml")], ["one"]), "a.xhtml": page("<p>Hi.</p>")}))
    # Rewrite a.xhtml's uncompressed size in the central directory to 1 GiB.
    entry = data.index(b"PK\x01\x02")  # the first central-directory record
    while True:
        name_length = struct.unpack_from("<H", data, entry + 28)[0]
        if bytes(data[entry + 46 : entry + 46 + name_length]) == b"a.xhtml":
            break
        entry = data.index(b"PK\x01\x02", entry + 4)
    struct.pack_into("<I", data, entry + 24, 1024 * 1024 * 1024)
    started = time.monotonic()
    message = malformed(bytes(data))
    assert "a.xhtml" in message and "1024 MB" in message
    assert time.monotonic() - started < 2


def test_decompression_bomb_is_stopped(monkeypatch: pytest.MonkeyPatch) -> None:
    bomb = page("<p>" + "a" * (3 * 1024 * 1024) + "</p>")
    data = make_epub({"content.opf": opf([("one", "a.xhtml")], ["one"]), "a.xhtml": bomb})
    assert len(data) < 50_000
    monkeypatch.setattr(epub, "MAX_MEMBER_BYTES", 1024 * 1024)
    assert "a.xhtml" in malformed(data) and "1 MB" in malformed(data)


def test_total_unpacked_size_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    chapters = {f"c{i}.xhtml": page("<p>" + "word " * 60_000 + "</p>") for i in range(4)}
    package = opf([(f"c{i}", f"c{i}.xhtml") for i in range(4)], [f"c{i}" for i in range(4)])
    data = make_epub({"content.opf": package, **chapters})
    monkeypatch.setattr(epub, "MAX_TOTAL_BYTES", 1024 * 1024)
    assert "more than 1 MB" in malformed(data)


def test_unsafe_member_names_are_ignored() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("mimetype", "application/epub+zip")
        zf.writestr("META-INF/container.xml", CONTAINER)
        zf.writestr("content.opf", opf(
            [("one", "a.xhtml"), ("up", "../escape.xhtml"), ("abs", "/etc/passwd")], ["up", "one", "abs"]
        ))
        zf.writestr("a.xhtml", page("<p>Safe text.</p>"))
        zf.writestr("../escape.xhtml", page("<p>Escaped text.</p>"))
        zf.writestr("/etc/passwd", page("<p>Absolute text.</p>"))
    doc = read(buffer.getvalue())
    assert doc.text == "Safe text.\n"
    assert sorted(epub.SafeZip(buffer.getvalue(), "book.epub").members) == [
        "META-INF/container.xml", "a.xhtml", "content.opf", "mimetype",
    ]


@pytest.mark.parametrize(
    "opf_text",
    [
        # billion laughs
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;">]><package><metadata><title>&lol3;</title></metadata></package>',
        # external entity
        '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><package>&x;</package>',
        "<package><metadata>",  # not well-formed
    ],
)
def test_hostile_or_broken_xml(opf_text: str) -> None:
    data = make_epub({"content.opf": opf_text})
    assert "content.opf inside the EPUB is not valid XML" in malformed(data)


def test_a_zip_that_is_not_an_epub() -> None:
    data = make_epub({"notes.txt": "hello", "data.csv": "a,b"}, container=None)
    with pytest.raises(UnsupportedFormatError) as exc:
        read(data, "archive.epub")
    assert "\n" not in str(exc.value) and "not an EPUB" in str(exc.value)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    which=st.sampled_from([AO3_EPUB, FFF_EPUB, EPUB3]),
    cut=st.floats(min_value=0.0, max_value=1.0),
    flips=st.lists(st.tuples(st.floats(0.0, 1.0), st.integers(0, 255)), max_size=4),
)
def test_damaged_epubs_raise_only_story_errors(which: Path, cut: float, flips: list[tuple[float, int]]) -> None:
    data = bytearray(which.read_bytes())
    for where, value in flips:
        data[int(where * (len(data) - 1))] = value
    data = bytes(data[: max(1, int(cut * len(data)))])
    try:
        doc = read(data)
    except StoryError as exc:
        assert "\n" not in str(exc)
    else:
        assert doc.text.strip()


def test_ao3_html_and_epub_render_the_same_audio(tmp_path: Path, cache_dir: Path) -> None:
    from ficaudio.pipeline import render

    results = []
    for name in ("ao3-the-night-ferry.html", "ao3-the-night-ferry.epub"):
        doc = analyse(read_story(FIXTURES / name), Config())
        results.append(render(doc, Config(), tmp_path / name, cache_dir=cache_dir, engine_name="silent"))
    from_html, from_epub = results
    assert from_html.chapter_marks == from_epub.chapter_marks
    assert [m.title for m in from_html.chapter_marks] == ["Chapter 1: The Crossing", "Chapter 2: Fog Bells"]
    assert from_html.clips_total == from_epub.clips_total > 20
    assert from_epub.clips_synthesized == 0  # every clip was already in the cache from the HTML render
    assert from_html.script_json.read_text(encoding="utf-8") == from_epub.script_json.read_text(encoding="utf-8")
