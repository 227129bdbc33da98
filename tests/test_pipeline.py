"""The text pipeline's glue: tag-seeded casts and line overrides."""

from __future__ import annotations

from pathlib import Path

from ficaudio.config import Config, Override
from ficaudio.pipeline import analyse
from ficaudio.readers import read_story, read_text

FIXTURES = Path(__file__).parent / "fixtures"


def test_character_tags_seed_the_cast_with_short_names():
    doc = analyse(read_story(FIXTURES / "ao3-the-night-ferry.html"), Config())
    assert {"Tamsin Rook", "Oskar Brandt"} <= set(doc.characters)
    assert "Tamsin" in doc.characters["Tamsin Rook"].aliases
    speakers = {s.speaker for s in doc.segments if s.kind == "dialogue"}
    # Lines tagged 'Tamsin said' go to the tag's full name, not to a second 'Tamsin'.
    assert "Tamsin" not in speakers and "Tamsin Rook" in speakers


def test_override_pins_a_line_to_a_speaker_and_survives_reanalysis():
    text = "'Who goes there?' asked a voice.\n\nMara stepped back.\n\n'Only me,' said Jon.\n"
    config = Config(overrides=[Override(text="Who goes there?", speaker="Mara")])
    for _ in range(2):  # the same config gives the same decision every run
        doc = analyse(read_text(text), config)
        first = doc.segments[0]
        assert doc.segment_text(first) == "Who goes there?"
        assert first.speaker == "Mara" and first.why.startswith("override")
        assert doc.characters["Mara"].lines == 1


def test_the_lines_after_an_override_alternate_from_the_speaker_it_pins():
    text = (
        "Ada, Ben and Cyd waited on the quay. Ada watched the gulls.\n\n"
        "'Where is the boat?' said Ben.\n\n"
        "'Late,' said Cyd.\n\n"
        "'Cold,' said Ada.\n\n"
        "'Freezing.'\n\n"
        "'Nearly there.'\n\n"
        "'Not soon enough.'\n"
    )
    plain = [s.speaker for s in analyse(read_text(text), Config()).segments if s.kind == "dialogue"]
    assert plain == ["Ben", "Cyd", "Ada", "Cyd", "Ada", "Cyd"]
    pinned = analyse(read_text(text), Config(overrides=[Override(text="Freezing", speaker="Ben")]))
    speakers = [s.speaker for s in pinned.segments if s.kind == "dialogue"]
    # The pinned line is Ben's turn; the untagged lines after it alternate between Ada and Ben.
    assert speakers == ["Ben", "Cyd", "Ada", "Ben", "Ada", "Ben"]
    assert pinned.characters["Ben"].lines == 3


def test_override_pins_a_line_to_a_kind():
    text = "Chapter 1: Start\n\n'Hello,' said Jon.\n\nThanks for reading everyone, see you next week!\n"
    config = Config(overrides=[Override(text="see you next week", kind="author_note")])
    doc = analyse(read_text(text), config)
    last = doc.segments[-1]
    assert last.kind == "author_note"


def test_work_in_progress_gaining_a_chapter_renders_only_the_new_lines(tmp_path):
    """A WIP fic that gained a chapter: only its lines are spoken and encoded; the book is rebuilt."""
    from mutagen.id3 import ID3

    from ficaudio.pipeline import render

    two = (
        "Chapter 1: Dock\n\n'Rope,' said Jon.\n\nThe boat rocked.\n\n"
        "Chapter 2: Sea\n\n'Wind,' said Mara.\n\nThe sail filled.\n"
    )
    three = two + "\nChapter 3: Shore\n\n'Land,' said Jon.\n\nThey cheered.\n"
    cache = tmp_path / "cache"
    first = render(analyse(read_text(two, title="Boat"), Config()), Config(), tmp_path / "out",
                   cache_dir=cache, engine_name="silent", jobs=1)
    second = render(analyse(read_text(three, title="Boat"), Config()), Config(), tmp_path / "out",
                    cache_dir=cache, engine_name="silent", jobs=1)
    # Chapter 3 has four lines: its heading, 'Land,' "said Jon." and "They cheered."; "said Jon."
    # is already in the cache from chapter 1, so three are new.
    assert second.clips_total == first.clips_total + 4
    assert second.clips_synthesized == 3
    assert second.parts_encoded == 3, second.parts_encoded
    chaps = ID3(second.story_mp3).getall("CHAP")
    assert sorted(c.sub_frames["TIT2"].text[0] for c in chaps) == [
        "Chapter 1: Dock", "Chapter 2: Sea", "Chapter 3: Shore",
    ]
    assert len(second.chapter_mp3s) == 3


def test_author_notes_in_their_own_track(tmp_path):
    from ficaudio.pipeline import render

    text = ("A/N: Thanks to my beta! Please review :)\n\nChapter 1: Dock\n\n'Rope,' said Jon.\n\n"
            "The boat rocked.\n\nA/N: See you next week xxx\n")
    doc = analyse(read_text(text, title="Boat"), Config())
    result = render(doc, Config(author_notes="track"), tmp_path / "out", cache_dir=tmp_path / "c",
                    engine_name="silent", jobs=1)
    names = [p.name for p in result.chapter_mp3s]
    assert names == ["01-chapter-1-dock.mp3", "02-author-s-notes.mp3"]
    cues = (result.story_mp3.with_suffix(".srt")).read_text(encoding="utf-8")
    assert "Thanks to my beta" in cues and "See you next week" in cues
    skipped = render(doc, Config(), tmp_path / "skip", cache_dir=tmp_path / "c", engine_name="silent", jobs=1)
    assert [p.name for p in skipped.chapter_mp3s] == ["01-chapter-1-dock.mp3"]
    assert "Thanks to my beta" not in skipped.story_mp3.with_suffix(".srt").read_text(encoding="utf-8")


def test_script_is_written_a_chapter_at_a_time_as_json_would_write_it_whole(tmp_path):
    import json

    from ficaudio.script import script_dict, write_script_json

    examples = Path(__file__).parent.parent / "examples"
    for story in sorted(examples.glob("*.txt")):
        doc = analyse(read_story(story), Config())
        written = write_script_json(doc, tmp_path / "script.json").read_text(encoding="utf-8")
        assert written == json.dumps(script_dict(doc), ensure_ascii=False, indent=2) + "\n"
        assert [c["index"] for c in json.loads(written)["chapters"]] == list(range(1, len(doc.chapters) + 1))


READER_INSERT = (
    "Kai was waiting on the ferry ramp when the bus finally pulled in. Kai hated waiting.\n\n"
    '"Oi, Y/N," he growls. "You\'re late again."\n\n'
    '"Sorry," you say, pulling your scarf tighter. "The bus broke down."\n\n'
    'Kai snorts. "Every week, the bus."\n\n'
    '"It\'s true!" you protest.\n'
)


def _speakers(doc) -> list[str | None]:
    return [s.speaker for s in doc.segments if s.kind == "dialogue"]


def test_a_reader_insert_fic_gives_the_reader_their_own_lines():
    doc = analyse(read_text(READER_INSERT, title="Ferry"), Config())
    # 'you say' is the reader, cast as a character of their own; 'he growls' is still Kai.
    assert _speakers(doc) == ["Kai", "Kai", "You", "You", "Kai", "You"]
    assert "You" in doc.characters and doc.characters["You"].lines == 3


def test_the_reader_takes_the_name_voices_yaml_gives_them():
    from ficaudio.config import config_from_text

    config = config_from_text("reader:\n  name: Rowan\n")
    doc = analyse(read_text(READER_INSERT, title="Ferry"), config)
    assert _speakers(doc) == ["Kai", "Kai", "Rowan", "Rowan", "Kai", "Rowan"]


def test_without_reader_marks_you_said_is_not_a_reader_character():
    # A narrator talking to someone ('"Hallo!" you said') is no reader-insert: no 'You' voice is made up.
    story = READER_INSERT.replace("Oi, Y/N,", "Oi,")
    doc = analyse(read_text(story, title="Ferry"), Config())
    assert "You" not in doc.characters


def test_role_tags_are_not_cast_and_a_reader_tag_makes_a_reader_insert():
    doc = read_text(READER_INSERT.replace("Oi, Y/N,", "Oi,"), title="Ferry")
    doc.hints.characters = ["Kai", "Original Female Character(s)", "Reader"]
    analyse(doc, Config())
    assert "Original Female Character(s)" not in doc.characters and "Reader" not in doc.characters
    assert "You" in doc.characters
