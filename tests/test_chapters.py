"""Stage "chapters": headings, scene breaks and author's notes on tiny inline texts."""

from __future__ import annotations

import pytest

from ficaudio.chapters import find_chapters, is_heading, is_scene_break, split_paragraphs
from ficaudio.quotes import segment_quotes
from ficaudio.readers import read_text


def analyse(text: str, title: str = "The Story"):
    doc = read_text(text, title=title)
    segment_quotes(doc, find_chapters(doc))
    return doc


def outline(doc) -> list[tuple[str, list[tuple[str, str]]]]:
    return [(c.title, [(s.kind, doc.segment_text(s)) for s in c.segments]) for c in doc.chapters]


def test_chapter_headings_of_every_form():
    doc = analyse(
        "Prologue\n\nThe sea was grey.\n\nChapter 3\n\nNell woke.\n\nChapter Three: The Storm\n\nRain fell.\n\n"
        "Part II\n\nBram ran.\n\nEpilogue\n\nIt ended."
    )
    assert outline(doc) == [
        ("Prologue", [("heading", "Prologue"), ("narration", "The sea was grey.")]),
        ("Chapter 3", [("heading", "Chapter 3"), ("narration", "Nell woke.")]),
        ("Chapter Three: The Storm", [("heading", "Chapter Three: The Storm"), ("narration", "Rain fell.")]),
        ("Part II", [("heading", "Part II"), ("narration", "Bram ran.")]),
        ("Epilogue", [("heading", "Epilogue"), ("narration", "It ended.")]),
    ]
    assert [c.index for c in doc.chapters] == [1, 2, 3, 4, 5]


def test_title_case_and_all_caps_lines_are_headings_when_there_are_several():
    doc = analyse("THE LONG ROAD\n\nNell walked.\n\nThe Short Way Home\n\nBram ran.")
    assert [c.title for c in doc.chapters] == ["THE LONG ROAD", "The Short Way Home"]


def test_a_oneshot_without_headings_is_one_chapter_named_after_the_story():
    doc = analyse("Nell walked to the sea.\n\nThe Waves Came In slowly that night.", title="Salt")
    assert outline(doc) == [
        ("Salt", [("narration", "Nell walked to the sea."), ("narration", "The Waves Came In slowly that night.")])
    ]


def test_a_oneshot_title_line_at_the_top_is_its_heading():
    doc = analyse("The Ferry Crossing\n\nThe ferry was late.\n\nNell waited.", title="ferry")
    assert outline(doc) == [
        (
            "The Ferry Crossing",
            [("heading", "The Ferry Crossing"), ("narration", "The ferry was late."), ("narration", "Nell waited.")],
        )
    ]


def test_a_lone_short_line_in_the_middle_is_prose_not_a_heading():
    doc = analyse("Nell walked.\n\nSilence.\n\nBram ran.")
    assert len(doc.chapters) == 1
    assert [s.kind for s in doc.segments] == ["narration"] * 3


@pytest.mark.parametrize("mark", ["***", "* * *", "~~~", "xXx", "ooo", "-x-x-", "§", "◆", "———"])
def test_scene_breaks_become_a_pause_not_a_chapter(mark):
    doc = analyse(f"Nell walked.\n\n{mark}\n\nBram ran.")
    assert outline(doc) == [("The Story", [("narration", "Nell walked."), ("narration", "Bram ran.")])]
    assert doc.segments[1].scene_break_before
    assert not doc.segments[0].scene_break_before
    assert [doc.text[b.start : b.end] for b in doc.scene_breaks] == [mark]


@pytest.mark.parametrize("line", ["Xena", "Oooh.", "Chapter", "***and then"])
def test_words_are_not_scene_breaks(line):
    assert not is_scene_break(line)


def test_authors_notes_at_both_ends_of_a_oneshot():
    doc = analyse(
        "A/N: Hi all! My first fic.\n\nDisclaimer: I don't own these characters.\n\n"
        "Nell walked to the sea.\n\nShe sat down.\n\n"
        "Author's Note: Thanks for reading! Please review :)\n\n~Wren"
    )
    assert [(s.kind, doc.segment_text(s)) for s in doc.segments] == [
        ("author_note", "A/N: Hi all! My first fic."),
        ("author_note", "Disclaimer: I don't own these characters."),
        ("narration", "Nell walked to the sea."),
        ("narration", "She sat down."),
        ("author_note", "Author's Note: Thanks for reading! Please review :)"),
        ("author_note", "~Wren"),
    ]


def test_notes_before_the_first_heading_and_after_the_last_chapter():
    doc = analyse(
        "I don't own anything. Please review!\n\nChapter 1: Rain\n\nNell walked.\n\n"
        "Chapter 2: Sun\n\nBram ran.\n\nThanks for reading, see you next chapter! xx\n\n:D"
    )
    assert outline(doc) == [
        (
            "Chapter 1: Rain",
            [
                ("author_note", "I don't own anything. Please review!"),
                ("heading", "Chapter 1: Rain"),
                ("narration", "Nell walked."),
            ],
        ),
        (
            "Chapter 2: Sun",
            [
                ("heading", "Chapter 2: Sun"),
                ("narration", "Bram ran."),
                ("author_note", "Thanks for reading, see you next chapter! xx"),
                ("author_note", ":D"),
            ],
        ),
    ]


def test_an_author_note_in_the_middle_is_marked():
    doc = analyse("Nell walked.\n\n(A/N: sorry for the wait!)\n\nBram ran.")
    assert [s.kind for s in doc.segments] == ["narration", "author_note", "narration"]


def test_paragraphs_one_per_line_and_blank_line_separated():
    per_line = "Nell walked.\nBram ran.\nThey met.\nThey ate.\nThey slept."
    assert len(split_paragraphs(per_line)) == 5
    wrapped = "Nell walked to the sea\nand back again.\n\nBram ran."
    assert [wrapped[p.start : p.end] for p in split_paragraphs(wrapped)] == [
        "Nell walked to the sea\nand back again.",
        "Bram ran.",
    ]


@pytest.mark.parametrize(
    ("line", "loose", "expected"),
    [
        ("Chapter 12", False, True),
        ("CHAPTER IV", False, True),
        ("Chapter Twenty-One: Home", False, True),
        ("Chapters of my life were long.", False, False),
        ("The Short Way Home", True, True),
        ("The Short Way Home", False, False),
        ("She ran home.", True, False),
        ("'Go Home'", True, False),
    ],
)
def test_is_heading(line, loose, expected):
    assert is_heading(line, loose=loose) is expected


@pytest.mark.parametrize("line", ["Sasori's POV", "~Sakura POV~", "Third person POV", "POV: Itachi",
                                  "(Naruto's point of view)", "*Hinata's P.O.V.*", "-Gaara pov-"])
def test_point_of_view_lines_are_recognised(line):
    from ficaudio.chapters import is_pov_marker

    assert is_pov_marker(line)


@pytest.mark.parametrize("line", ["Not from my POV.", "It was his POV that mattered.", "POV",
                                  "He saw it from her point of view, then left."])
def test_sentences_about_a_point_of_view_are_prose(line):
    from ficaudio.chapters import is_pov_marker

    assert not is_pov_marker(line)


def test_a_pov_switch_is_a_scene_inside_the_chapter_not_a_new_chapter():
    doc = analyse(
        "Chapter 1: Rain\n\nSakura's POV\n\nThe rain came down hard.\n\noOoOo\n\nSasori's POV\n\n"
        "The puppet creaked in the dark.\n\n~Sakura POV~\n\nShe ran for the door.\n"
    )
    assert [c.title for c in doc.chapters] == ["Chapter 1: Rain"]
    assert outline(doc)[0][1] == [
        ("heading", "Chapter 1: Rain"), ("heading", "Sakura's POV"), ("narration", "The rain came down hard."),
        ("heading", "Sasori's POV"), ("narration", "The puppet creaked in the dark."),
        ("heading", "~Sakura POV~"), ("narration", "She ran for the door."),
    ]
    markers = [s for s in doc.segments if "POV" in doc.segment_text(s)]
    # A pause for the change of scene before each marker, and only there (not again after it).
    assert all(s.scene_break_before for s in markers)
    assert not any(s.scene_break_before for s in doc.segments if s.kind == "narration")


def test_a_very_short_fic_keeps_its_story_after_opening_notes():
    # The closing-notes zone (short lines after the last note near the end) must not
    # reach back over a drabble's opening A/N and swallow the story.
    doc = analyse("A/N: my first drabble, be nice!\n\nMira climbed the steps.\n\n'Hi,' she said.\n")
    assert [s.kind for s in doc.segments] == ["author_note", "narration", "dialogue", "narration"]


def test_ao3_chapter_and_end_note_labels_in_a_plain_text_copy():
    # AO3's labels ('Chapter Notes', 'Chapter Summary', 'End Notes') pasted as text, after a chapter heading and at
    # the end, with nothing in them that only a note would say.
    doc = analyse(
        "Docking Fees\n\nChapter 3: Clamps\n\nChapter Notes: Set on the Magpie. The captain is from the spin-offs.\n\n"
        "The clamp had been screaming for six hours.\n\nNobody else could hear it.\n\n"
        "End Notes: The cat will be in the next part.",
        title="Docking Fees",
    )
    kinds = [(s.kind, doc.segment_text(s)[:20]) for s in doc.segments]
    assert ("author_note", "Chapter Notes: Set o") in kinds
    assert ("author_note", "End Notes: The cat w") in kinds
    assert ("narration", "The clamp had been s") in kinds


def test_the_work_title_above_its_opening_notes_is_a_heading_not_a_note():
    doc = analyse(
        "Hands on the Table\n\nSummary: Five people, one table, one rude ghost.\n\nChapter 1: Lights Out\n\n"
        "Madame Orlova insists on candles.\n\nChapter 2: The Sixth Chair\n\nThe candles go out.",
        title="hands-on-the-table",
    )
    kinds = [(s.kind, doc.segment_text(s)) for s in doc.segments]
    assert kinds[0] == ("heading", "Hands on the Table")
    assert ("author_note", "Summary: Five people, one table, one rude ghost.") in kinds
