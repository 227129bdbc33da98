"""Story structure as real downloads lay it out (issue 12): chapters where the author put them, notes out of
the story, every word of the story read. The prose in these fixtures is original."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from ficaudio.chapters import find_chapters
from ficaudio.quotes import segment_quotes
from ficaudio.readers import read_story, read_text
from ficaudio.readers.html import read_html_bytes

FIXTURES = Path(__file__).parent / "fixtures"


def analyse(text: str, title: str = "The Story"):
    doc = read_text(text, title=title)
    segment_quotes(doc, find_chapters(doc))
    return doc


def kinds_of(doc) -> list[tuple[str, str]]:
    return [(s.kind, " ".join(doc.segment_text(s).split())) for s in doc.segments]


def note_words(doc) -> int:
    return sum(len(doc.segment_text(s).split()) for s in doc.segments if s.kind == "author_note")


def prose(n: int, seed: str = "The lamps along the quay burned low") -> str:
    """A paragraph of n words of original filler prose."""
    words = (seed + " while the gulls argued over the nets and nobody came down to the water").split()
    return " ".join(words[i % len(words)] for i in range(n)) + "."


# --- chapters inside a format's chapters ----------------------------------------------------------

BOGUS_LINES = ("He-", "Lost my charger. Bring yours? OB")


def _with_bogus_lines(markup: str) -> str:
    """Put an interrupted one-word line and an italic signed text message into chapter 2."""
    at = markup.index("By midnight")
    at = markup.rindex("<p", 0, at)
    return markup[:at] + f"<p>{BOGUS_LINES[0]}</p>\n  <p><em>{BOGUS_LINES[1]}</em></p>\n  " + markup[at:]


def _epub_with(path: Path, edit) -> bytes:  # noqa: ANN001 - edit(name, text) -> text
    out = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename.endswith(".xhtml"):
                data = edit(info.filename, data.decode("utf-8")).encode("utf-8")
            dst.writestr(info, data)
    return out.getvalue()


def _chapters(doc) -> list[str]:
    segment_quotes(doc, find_chapters(doc))
    return [c.title for c in doc.chapters]


def test_one_line_paragraphs_inside_ao3_chapters_are_not_chapters() -> None:
    markup = (FIXTURES / "ao3-the-night-ferry.html").read_text(encoding="utf-8")
    doc = read_html_bytes(_with_bogus_lines(markup).encode(), source="x.html", title="x")
    assert _chapters(doc) == ["Chapter 1: The Crossing", "Chapter 2: Fog Bells"]
    from ficaudio.config import Config
    from ficaudio.pipeline import analyse as analyse_all

    doc = analyse_all(read_html_bytes(_with_bogus_lines(markup).encode(), source="x.html", title="x"), Config())
    kinds = dict((text, (kind, s)) for (kind, text), s in zip(kinds_of(doc), doc.segments))
    assert kinds[BOGUS_LINES[0]][0] == "narration"
    # A text message is never voiced as an inner thought; signed 'OB', it is Oskar Brandt's, in his voice.
    assert kinds[BOGUS_LINES[1]][0] == "dialogue" and kinds[BOGUS_LINES[1]][1].speaker == "Oskar Brandt"


def test_the_same_story_in_every_format_gives_the_same_chapters_even_with_bogus_lines() -> None:
    line = "By midnight the storm had given way to fog"
    docs = {
        "ao3 html": read_html_bytes(_with_bogus_lines(
            (FIXTURES / "ao3-the-night-ferry.html").read_text(encoding="utf-8")).encode(),
            source="a.html", title="x"),
        "fff html": read_html_bytes(_with_bogus_lines(
            (FIXTURES / "fff-the-night-ferry.html").read_text(encoding="utf-8")).encode(),
            source="f.html", title="x"),
    }
    from ficaudio.readers import read_story_bytes

    for name in ("ao3-the-night-ferry.epub", "fff-the-night-ferry.epub"):
        data = _epub_with(FIXTURES / name, lambda _, text: _with_bogus_lines(text) if "By midnight" in text else text)
        docs[name] = read_story_bytes(data, source=name, title="x", extension=".epub")
    for name in ("the-night-ferry.txt", "fff-the-night-ferry.txt"):
        text = (FIXTURES / name).read_text(encoding="utf-8").replace("\r\n", "\n")
        text = text.replace(line, f"{BOGUS_LINES[0]}\n\n_{BOGUS_LINES[1]}_\n\n{line}", 1)
        docs[name] = read_story_bytes(text.encode(), source=name, title="x", extension=".txt")
    titles = {name: _chapters(doc) for name, doc in docs.items()}
    assert all(BOGUS_LINES[0] in doc.text for doc in docs.values())
    assert set(map(tuple, titles.values())) == {("Chapter 1: The Crossing", "Chapter 2: Fog Bells")}, titles


def test_an_explicit_heading_inside_a_format_chapter_still_splits() -> None:
    markup = (FIXTURES / "ao3-oneshot.html").read_text(encoding="utf-8")
    doc = read_story(FIXTURES / "ao3-oneshot.html")
    body = doc.text
    assert "Chapter 2" not in body  # the fixture is one chapter; put two in its text
    first_p = markup.index("<p>", markup.index("userstuff"))
    markup = markup[:first_p] + "<p>Chapter 1: Morning</p><p>Nell woke early.</p><p>Chapter 2: Night</p>" + markup[first_p:]
    doc = read_html_bytes(markup.encode(), source="o.html", title="o")
    assert [t.split(":")[0] for t in _chapters(doc)] == ["Chapter 1", "Chapter 2"]


# --- plain-text headings ----------------------------------------------------------------------------


def test_a_details_header_then_book_and_chapter_headings_keeps_the_story() -> None:
    text = (
        "Title: The Orchard Wall\nAuthor: Wren Calloway\nRating: G\n\n"
        "BOOK THE FIRST\n\n_SOWING_\n\nCHAPTER I\n\nTHE ONE THING NEEDFUL\n\n" + prose(400) + "\n\n" + prose(300) + "\n\n"
        "CHAPTER II\n\nA LETTER FROM TOWN\n\n" + prose(500) + "\n\n"
        "BOOK THE SECOND\n\n_REAPING_\n\nCHAPTER III\n\nTHE LAST LOAD\n\n" + prose(600) + "\n"
    )
    doc = analyse(text)
    assert [c.title for c in doc.chapters] == [
        "BOOK THE FIRST: SOWING, CHAPTER I: THE ONE THING NEEDFUL",
        "BOOK THE FIRST: SOWING, CHAPTER II: A LETTER FROM TOWN",
        "BOOK THE SECOND: REAPING, CHAPTER III: THE LAST LOAD",
    ]
    assert doc.title == "The Orchard Wall"
    assert note_words(doc) == len("Title: The Orchard Wall Author: Wren Calloway Rating: G".split())


def test_chapter_roman_numeral_then_a_title_line() -> None:
    doc = analyse("CHAPTER I\n\nTHE SALT ROAD\n\nNell walked.\n\nCHAPTER II.\nA DOOR IN THE DUNES\n\nBram ran.\n")
    assert [c.title for c in doc.chapters] == ["CHAPTER I: THE SALT ROAD", "CHAPTER II: A DOOR IN THE DUNES"]
    assert kinds_of(doc)[:3] == [("heading", "CHAPTER I"), ("heading", "THE SALT ROAD"), ("narration", "Nell walked.")]


def test_chapter_number_then_a_title_case_line() -> None:
    doc = analyse("Chapter 1\n\nThe Beginning\n\nNell walked.\n\nChapter 2\n\nRain.\n\nBram ran.\n")
    # 'Rain.' is a sentence, not a title.
    assert [c.title for c in doc.chapters] == ["Chapter 1: The Beginning", "Chapter 2"]
    assert ("narration", "Rain.") in kinds_of(doc)


def test_bare_roman_numerals_on_their_own_lines_are_chapters() -> None:
    chapters = "\n\n".join(f"{n}\n\n{prose(40, seed)}" for n, seed in
                           [("I", "Nell walked"), ("II.", "Bram ran"), ("III", "Tess sang"), ("IV", "Ody slept")])
    doc = analyse("THE HARBOUR\n\n" + chapters)
    assert [c.title for c in doc.chapters] == ["I", "II.", "III", "IV"]


def test_xxx_between_chapters_twenty_nine_and_thirty_one_is_a_chapter_not_a_scene_break() -> None:
    numerals = ["XXVIII", "XXIX", "XXX", "XXXI"]
    doc = analyse("\n\n".join(f"{n}\n\n{prose(30)}" for n in numerals))
    assert [c.title for c in doc.chapters] == numerals
    doc = analyse("Chapter 1\n\nNell walked.\n\nXXX\n\nBram ran.")
    assert len(doc.chapters) == 1 and doc.scene_breaks


def test_a_lone_numeral_is_not_a_chapter() -> None:
    doc = analyse("Nell counted the boats.\n\nI\n\nThat was all she said.")
    assert len(doc.chapters) == 1


def test_parts_above_chapters_go_into_the_chapter_titles() -> None:
    doc = analyse(
        "Part One\n\nChapter 1: Salt\n\nNell walked.\n\nChapter 2: Rope\n\nBram ran.\n\n"
        "Part Two\n\nChapter 3: Tar\n\nTess sang.\n"
    )
    assert [c.title for c in doc.chapters] == ["Part One, Chapter 1: Salt", "Part One, Chapter 2: Rope",
                                               "Part Two, Chapter 3: Tar"]


def test_a_part_holding_text_is_a_chapter_of_its_own() -> None:
    doc = analyse("Book I\n\nA long winter came first.\n\nChapter 1\n\nNell walked.\n\nChapter 2\n\nBram ran.\n")
    assert [c.title for c in doc.chapters] == ["Book I", "Chapter 1", "Chapter 2"]


def test_a_text_with_only_parts_has_the_parts_as_chapters() -> None:
    doc = analyse("PART I\n\n" + prose(200) + "\n\nPART II\n\n" + prose(200) + "\n")
    assert [c.title for c in doc.chapters] == ["PART I", "PART II"]


def test_a_title_page_before_the_first_chapter_is_not_a_chapter() -> None:
    doc = analyse("The Harbour Lights\n\nby\n\nWren Calloway\n\n(2026)\n\nChapter 1\n\nNell walked.\n\n"
                  "Chapter 2\n\nBram ran.\n\nTHE END\n")
    assert [c.title for c in doc.chapters] == ["Chapter 1", "Chapter 2"]
    # Still read, at the start of chapter 1, as headings: nobody's story, no speaker to find in it.
    assert kinds_of(doc)[:5] == [("heading", line) for line in ["The Harbour Lights", "by", "Wren Calloway", "(2026)",
                                                                  "Chapter 1"]]
    assert kinds_of(doc)[-1] == ("narration", "THE END")


def test_a_front_section_with_text_is_a_chapter() -> None:
    doc = analyse("THE PREFACE\n\n" + prose(150) + "\n\nCHAPTER I\n\nNell walked.\n\nCHAPTER II\n\nBram ran.\n",
                  title="Lights")
    # Its heading names it ('THE PREFACE'), not the story's title.
    assert [c.title for c in doc.chapters] == ["THE PREFACE", "CHAPTER I", "CHAPTER II"]


def test_a_front_section_without_a_heading_takes_the_story_title() -> None:
    doc = analyse(prose(150) + "\n\nCHAPTER I\n\nNell walked.\n\nCHAPTER II\n\nBram ran.\n", title="Lights")
    assert [c.title for c in doc.chapters] == ["Lights", "CHAPTER I", "CHAPTER II"]


@pytest.mark.parametrize("line", ["He-", "But...", "Obviously. SH", "Dearest Tess:", "Wait,", "Mira—"])
def test_fragments_and_signed_messages_are_never_headings(line: str) -> None:
    doc = analyse(f"The Long Road\n\nNell walked.\n\n{line}\n\nBram ran.\n\nThe Short Way\n\nTess sang.\n")
    assert [c.title for c in doc.chapters] == ["The Long Road", "The Short Way"]
    assert ("narration", line) in kinds_of(doc)


@pytest.mark.parametrize("line", ["Part I think so, said Bram", "Chapter two was found on the floor."])
def test_sentences_that_start_like_headings_are_prose(line: str) -> None:
    doc = analyse(f"Chapter 1\n\nNell walked.\n\n{line}\n\nBram ran.\n")
    assert len(doc.chapters) == 1


# --- author's notes ---------------------------------------------------------------------------------


def test_the_closing_note_after_a_gap_is_a_note_from_its_first_line() -> None:
    story = "\n\n".join(prose(120, s) for s in ["Nell walked", "Bram ran", "Tess sang", "Ody slept"])
    text = (
        story + "\n\n\n\nOk, done at last. :)\nThat took me three weekends, and I am writing this far too late.\n\n"
        "So, what did you think? Reviews are lovely.\n\n~Wren xx\n"
    )
    doc = analyse(text)
    notes = [text for kind, text in kinds_of(doc) if kind == "author_note"]
    assert notes[0].startswith("Ok, done at last. :)") and notes[-1] == "~Wren xx"
    assert [kind for kind, _ in kinds_of(doc)][:4] == ["narration"] * 4


def test_a_story_ending_after_a_gap_with_no_note_words_is_read() -> None:
    story = "\n\n".join(prose(120, s) for s in ["Nell walked", "Bram ran"])
    doc = analyse(story + "\n\n\n\nAnd the lamps went out, one by one.\n")
    assert note_words(doc) == 0


def test_notes_found_by_their_place_skip_at_most_300_words_without_a_mark() -> None:
    # A note word before the first heading makes the whole opening a note by its place; 350 words
    # of it, with no A/N to say so, is story after all (a prologue without a heading): read.
    doc = analyse("Hope you enjoy this fic!\n\n" + prose(350) + "\n\nChapter 1\n\n" + prose(5000) + "\n")
    assert note_words(doc) == 0


def test_notes_found_by_their_place_skip_at_most_a_tenth_of_a_chapter() -> None:
    doc = analyse("Hope you enjoy this fic!\n\n" + prose(80) + "\n\nChapter 1\n\n" + prose(500) + "\n")
    assert note_words(doc) == 0
    # A short opening note is still one.
    doc = analyse("Hope you enjoy this fic!\n\nChapter 1\n\n" + prose(500) + "\n")
    assert note_words(doc) == 5


def test_an_explicit_mark_skips_a_long_note() -> None:
    note = "A/N: " + prose(400, "I wrote this over the summer")
    doc = analyse(note + "\n\nChapter 1\n\n" + prose(500) + "\n")
    assert note_words(doc) == 401


def test_novel_with_details_header_keeps_every_chapter_and_skips_only_the_header() -> None:
    chapters = "\n\n".join(f"CHAPTER {n}\n\n" + "\n\n".join(prose(150) for _ in range(4))
                           for n in ["I", "II", "III", "IV", "V"])
    doc = analyse("Title: Salt Roads\nAuthor: W. Calloway\n\n" + chapters)
    assert len(doc.chapters) == 5
    assert note_words(doc) / len(doc.text.split()) < 0.01


# --- texts and letters --------------------------------------------------------------------------------


def _analysed(text: str):
    from ficaudio.config import Config
    from ficaudio.pipeline import analyse as analyse_all

    return analyse_all(read_text(text, title="The Story"), Config())


def test_an_italic_text_message_is_read_by_the_narrator_and_a_thought_stays_a_thought() -> None:
    doc = _analysed("Nell's phone buzzed twice.\n\n_Lost my charger. Bring yours? OB_\n\n"
                    "_I should never have lent him mine._\n\n_Dear Nell, I kept the lamp lit for you._\n")
    assert [kind for kind, _ in kinds_of(doc)] == ["narration", "narration", "thought", "narration"]


def test_a_message_signed_by_a_character_is_read_in_their_voice() -> None:
    story = (
        "Oren Blackwood sold lamps on Gull Street. Oren Blackwood never answered his phone. Nell waited.\n\n"
        "'He never texts back,' said Nell.\n\n"
        "Her phone buzzed at last.\n\n_Lost my charger. Bring yours? OB_\n\n"
        "Then another.\n\n_Meet me at the pier. - Nell_\n"
    )
    doc = _analysed(story)
    lines = {" ".join(doc.segment_text(s).split()).strip("_"): (s.kind, s.speaker) for s in doc.segments}
    # Signed with his initials, and with her name: each read by the one who sent it.
    assert lines["Lost my charger. Bring yours? OB"] == ("dialogue", "Oren Blackwood")
    assert lines["Meet me at the pier. - Nell"] == ("dialogue", "Nell")


@pytest.mark.parametrize(("text", "message"), [
    ("Lost my charger. Bring yours? OB", True), ("Meet me at the pier. - Mira", True),
    ("See you at six, love, Mum", True), ("Dear Tess, I miss the sea.", True),
    ("I should go. Now.", False), ("I can't do this.", False), ("My own fault, really.", False),
])
def test_is_message(text: str, message: bool) -> None:
    from ficaudio.quotes import is_message

    assert is_message(text) is message


# --- what is skipped, said at a glance -----------------------------------------------------------------


def test_skipped_notes_says_how_many_how_long_and_where() -> None:
    from ficaudio.script import skipped_notes

    doc = analyse(
        "A/N: My first fic, be kind.\n\nChapter 1: Salt\n\nNell walked.\n\nChapter 2: Rope\n\nBram ran.\n\n"
        "(A/N: sorry for the wait!)\n\nTess sang.\n\nChapter 3: Tar\n\nOdy slept.\n\n"
        "A/N: Thanks for reading! Please review.\n"
    )
    assert skipped_notes(doc) == ("skipped 3 author's notes, 17 words: start of chapter 1, middle of chapter 2, "
                                  "end of chapter 3")
    assert skipped_notes(analyse("Nell walked.\n\nBram ran.")) is None
    assert skipped_notes(analyse("Nell walked.\n\nBram ran.\n\nA/N: thanks!")) == (
        "skipped 1 author's note, 2 words: end of the story")


def test_notes_at_the_edges_of_a_chapter_without_a_mark() -> None:
    doc = analyse(
        "Chapter 1: Salt\n\n" + prose(200) + "\n\nThanks for reading, next chapter soon! Please review :)\n\n"
        "Chapter 2: Rope\n\nSorry this chapter took so long, my beta was away.\n\n" + prose(200) + "\n\n"
        "Chapter 3: Tar\n\n" + prose(200) + "\n"
    )
    notes = [text for kind, text in kinds_of(doc) if kind == "author_note"]
    assert notes == ["Thanks for reading, next chapter soon! Please review :)",
                     "Sorry this chapter took so long, my beta was away."]


def test_a_long_paragraph_at_a_chapter_end_that_mentions_this_story_is_read() -> None:
    ending = "And that, said the old keeper, is the end of this story " + prose(120)
    doc = analyse("Chapter 1\n\n" + prose(300) + "\n\n" + ending + "\n\nChapter 2\n\n" + prose(300) + "\n")
    assert note_words(doc) == 0


def test_a_note_under_a_bare_heading_is_not_its_title() -> None:
    doc = analyse("Chapter 1\n\nA/N\n\nNell walked.\n\nChapter 2\n\nBram ran.\n")
    assert [c.title for c in doc.chapters] == ["Chapter 1", "Chapter 2"]
    assert ("author_note", "A/N") in kinds_of(doc)


def test_headings_run_into_a_details_header_and_prose_without_blank_lines() -> None:
    text = ("Title: The Orchard Wall\nAuthor: Wren Calloway\nBOOK THE FIRST\n_SOWING_\nCHAPTER I\n"
            "THE ONE THING NEEDFUL\n\n" + prose(300) + "\n\nCHAPTER II\nIt was late when the cart came.\n" + prose(300))
    doc = analyse(text)
    assert doc.author == "Wren Calloway"
    assert [c.title for c in doc.chapters] == ["BOOK THE FIRST: SOWING, CHAPTER I: THE ONE THING NEEDFUL",
                                               "BOOK THE FIRST: SOWING, CHAPTER II"]
    assert kinds_of(doc)[:3] == [("author_note", "Title: The Orchard Wall Author: Wren Calloway"),
                                 ("heading", "BOOK THE FIRST _SOWING_"), ("heading", "CHAPTER I THE ONE THING NEEDFUL")]
    assert ("heading", "CHAPTER II") in kinds_of(doc)
    assert note_words(doc) == 7


def test_prose_about_the_next_chapter_of_a_life_is_not_a_note() -> None:
    doc = analyse("Chapter 1\n\n" + prose(300) + "\n\nThe next chapter of her life was about to begin.\n\n"
                  "Chapter 2\n\n" + prose(300) + "\n")
    assert note_words(doc) == 0


def test_numbered_scenes_under_chapter_headings_are_not_chapters() -> None:
    doc = analyse("Chapter 1\n\n1\n\nNell walked.\n\n2\n\nBram ran.\n\nChapter 2\n\n1\n\nTess sang.\n")
    assert [c.title for c in doc.chapters] == ["Chapter 1", "Chapter 2"]


def test_an_ao3_oneshot_is_one_chapter_whatever_short_lines_it_holds() -> None:
    markup = (FIXTURES / "ao3-oneshot.html").read_text(encoding="utf-8")
    first_p = markup.index("<p>", markup.index("userstuff"))
    lines = "<p>The Long Road</p><p>Nell walked.</p><p>The Short Way</p><p>Bram ran.</p><p>II</p><p>III</p>"
    doc = read_html_bytes((markup[:first_p] + lines + markup[first_p:]).encode(), source="o.html", title="o")
    assert len(_chapters(doc)) == 1


@pytest.mark.parametrize("heading", ["~Chapter 2~", "**Chapter 2: Rain**", "-Chapter 2-", "[Chapter 2]",
                                     "==Chapter 2==", "Chapter 2/10", "Ch. 2", "CHAPTER TWO", "Chapter 2 - Rain"])
def test_decorated_headings_next_to_plain_ones(heading: str) -> None:
    doc = analyse(f"Prologue\n\nThe sea was grey.\n\n{heading}\n\nNell walked.\n")
    assert len(doc.chapters) == 2 and doc.chapters[1].title.startswith(("Chapter 2", "Ch. 2", "CHAPTER TWO"))


def test_a_curly_authors_note_and_a_lone_summary_are_notes() -> None:
    doc = analyse("Summary: Nell finds a lamp.\n\nChapter 1\n\nNell walked.\n\nAuthor’s Note: more soon!\n")
    assert [text for kind, text in kinds_of(doc) if kind == "author_note"] == [
        "Summary: Nell finds a lamp.", "Author’s Note: more soon!"]


def test_a_preface_is_a_chapter_of_its_own_with_its_own_title() -> None:
    story = (
        "The Lamp Store\n\nby Wren Hollis\n\nTHE PREFACE\n\n"
        + "A lamp is a promise kept after dark, and this book is about the keeping. " * 12
        + "\n\nCHAPTER I.\n\nMira climbed the stairs with the oil can.\n\n"
        "CHAPTER II.\n\nOdessa waited at the top of Gull Street.\n"
    )
    assert _chapters(analyse(story)) == ["THE PREFACE", "CHAPTER I.", "CHAPTER II."]
