"""Opening and closing credits read by the narrator (`render --credits`, voices.yaml `credits:`).

Credits are planned lines without a segment: the script keeps its schema,
the audio and subtitles gain them. The structure is checked with the silent
engine; what is heard (lengths, ACX rules) with the real one.
"""

from __future__ import annotations


import pytest
from click.testing import CliRunner
from mutagen.id3 import ID3
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4

from ficaudio.casting import cast_voices
from ficaudio.cli import cli
from ficaudio.config import Config, config_from_text
from ficaudio.errors import ConfigError
from ficaudio.export.acx import check_files
from ficaudio.export.subtitles import parse_srt
from ficaudio.pipeline import analyse, credit_texts, plan_audio, render
from ficaudio.readers import read_text

STORY = """Chapter 1: The Well

Ada lowered the bucket into the well.

'Deep enough?' asked Colm.

Chapter 2: The Rope

The rope ran out before the water came.
"""
TITLE, AUTHOR = "The Dry Well", "Wren Hollis"


def _doc(author: str | None = AUTHOR):
    doc = read_text(STORY, title=TITLE)
    doc.author = author
    return analyse(doc, Config())


def _cues(result) -> list:
    return parse_srt(result.story_mp3.with_suffix(".srt").read_text(encoding="utf-8"))


def test_credit_texts_name_the_author_only_when_known():
    assert credit_texts(TITLE, AUTHOR) == ("The Dry Well, by Wren Hollis. Read by ficaudio.",
                                           "This has been The Dry Well, by Wren Hollis. The end.")
    assert credit_texts(TITLE, None) == ("The Dry Well. Read by ficaudio.", "This has been The Dry Well. The end.")
    assert credit_texts("  Ends Here. ", "  ") == ("Ends Here. Read by ficaudio.", "This has been Ends Here. The end.")


def test_plan_has_no_credits_by_default_and_narrator_credits_on_request():
    doc = _doc()
    casting = cast_voices(doc.characters, Config())
    plain = plan_audio(doc, casting, Config())
    assert all(line.segment is not None for ch in plain for line in ch.lines)

    inline = plan_audio(doc, casting, Config(), credits="inline")
    assert [ch.title for ch in inline] == [ch.title for ch in plain]
    opening, closing = inline[0].lines[0], inline[-1].lines[-1]
    assert opening.segment is None and closing.segment is None
    assert opening.voice == casting.narrator == closing.voice
    assert opening.shown.startswith("The Dry Well, by Wren Hollis") and closing.shown.endswith("The end.")
    # The heading now follows the credit after a chapter's pause; the rest is unchanged.
    assert inline[0].lines[1].segment is plain[0].lines[0].segment
    assert inline[0].lines[1].pause_before_ms == Config().pauses.chapter_ms
    assert closing.pause_before_ms == Config().pauses.chapter_ms
    assert len(inline[0].lines) == len(plain[0].lines) + 1 and len(inline[1].lines) == len(plain[1].lines) + 1

    separate = plan_audio(doc, casting, Config(), credits="separate")
    assert [ch.title for ch in separate] == ["Opening credits", "Chapter 1: The Well", "Chapter 2: The Rope",
                                             "Closing credits"]
    assert [ch.index for ch in separate] == [1, 2, 3, 4]
    assert [ch.credit for ch in separate] == [True, False, False, True]
    with pytest.raises(ValueError):
        plan_audio(doc, casting, Config(), credits="both")


def test_silent_render_credits_in_subtitles_not_in_script(tmp_path):
    doc = _doc()
    plain = render(doc, Config(), tmp_path / "a", cache_dir=tmp_path / "c", engine_name="silent", jobs=1)
    credited = render(doc, Config(), tmp_path / "b", cache_dir=tmp_path / "c", engine_name="silent", jobs=1,
                      credits=True)
    assert plain.script_json.read_bytes() == credited.script_json.read_bytes()
    assert "Read by ficaudio" not in plain.story_mp3.with_suffix(".srt").read_text(encoding="utf-8")
    assert credited.clips_total == plain.clips_total + 2
    assert [p.name for p in credited.chapter_mp3s] == [p.name for p in plain.chapter_mp3s]
    cues = _cues(credited)
    assert (cues[0].speaker, cues[0].text) == ("Narrator", "The Dry Well, by Wren Hollis. Read by ficaudio.")
    assert (cues[-1].speaker, cues[-1].text) == ("Narrator", "This has been The Dry Well, by Wren Hollis. The end.")
    assert cues[0].start_ms < cues[1].start_ms
    # voices.yaml's `credits: true` does the same when the call leaves it open.
    from_config = render(doc, Config(credits=True), tmp_path / "d", cache_dir=tmp_path / "c", engine_name="silent",
                         jobs=1)
    assert [c.text for c in _cues(from_config)] == [c.text for c in cues]
    assert from_config.clips_synthesized == 0


def test_silent_acx_render_puts_credits_in_files_of_their_own(tmp_path):
    result = render(_doc(author=None), Config(), tmp_path / "out", cache_dir=tmp_path / "c", engine_name="silent",
                    jobs=1, profile="acx", credits=True, formats=("mp3", "m4b"))
    assert [p.name for p in result.chapter_mp3s] == ["00-opening-credits.mp3", "01-chapter-1-the-well.mp3",
                                                     "02-chapter-2-the-rope.mp3", "03-closing-credits.mp3"]
    chaps = sorted(ID3(result.story_mp3).getall("CHAP"), key=lambda c: c.start_time)
    assert [c.sub_frames["TIT2"].text[0] for c in chaps] == ["Opening credits", "Chapter 1: The Well",
                                                              "Chapter 2: The Rope", "Closing credits"]
    assert [c.title for c in MP4(result.m4b).chapters] == [c.sub_frames["TIT2"].text[0] for c in chaps]
    opening = ID3(result.chapter_mp3s[0])
    assert opening["TIT2"].text[0] == "Opening credits" and opening["TRCK"].text[0] == "1/4"
    cues = _cues(result)
    assert cues[0].text == "The Dry Well. Read by ficaudio." and cues[-1].text == "This has been The Dry Well. The end."
    # The opening credit's cue lies inside its own chapter.
    assert chaps[0].start_time <= cues[0].start_ms < cues[0].end_ms <= chaps[1].start_time


def test_real_credits_lengthen_chapter_one_by_the_credit(tmp_path):
    """Chapter 1 grows by the spoken credit and the pause after it; chapter 2 by the closing credit."""
    doc = _doc()
    plain = render(doc, Config(), tmp_path / "a", cache_dir=tmp_path / "c", jobs=2)
    credited = render(doc, Config(), tmp_path / "b", cache_dir=tmp_path / "c", jobs=2, credits=True)
    assert credited.clips_synthesized == 2  # only the credits are new
    cues = _cues(credited)
    assert cues[0].text.startswith(TITLE)
    opening_ms = cues[0].end_ms - cues[0].start_ms
    closing_ms = cues[-1].end_ms - cues[-1].start_ms
    # 'The Dry Well, by Wren Hollis. Read by ficaudio.' takes a couple of seconds to say.
    assert 1500 < opening_ms < 5000, opening_ms
    pause = Config().pauses.chapter_ms
    lengths = [[MP3(p).info.length * 1000 for p in r.chapter_mp3s] for r in (plain, credited)]
    assert lengths[1][0] - lengths[0][0] == pytest.approx(opening_ms + pause, abs=80)
    assert lengths[1][1] - lengths[0][1] == pytest.approx(closing_ms + pause, abs=80)
    # The first story cue (the heading) moved by the same amount.
    plain_cues = _cues(plain)
    assert cues[1].text == plain_cues[0].text
    assert cues[1].start_ms - plain_cues[0].start_ms == pytest.approx(opening_ms + pause, abs=80)


@pytest.mark.parametrize("header", ["", f"Title: {TITLE}\nAuthor: {AUTHOR} and the Saltmere Lantern Society\n\n"],
                         ids=["no author", "long author"])
def test_cli_acx_credits_files_pass_check(tmp_path, header):
    # With an author the closing credit is longer and has more pauses ("This has been X, by Y.
    # The end."): at the usual clip level that file measured -23.0 dB, on ACX's floor.
    story = tmp_path / "the-dry-well.txt"
    story.write_text(header + STORY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(story), "-o", str(tmp_path / "out"), "--cache-dir",
                                      str(tmp_path / "c"), "--profile", "acx", "--credits"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    chapters = sorted((tmp_path / "out" / "the-dry-well" / "chapters").glob("*.mp3"))
    assert [p.name for p in chapters][0] == "00-opening-credits.mp3"
    assert [p.name for p in chapters][-1] == "03-closing-credits.mp3"
    reports = check_files(chapters)
    assert all(r.passed for r in reports), [(r.path.name, r.failed_rules()) for r in reports]
    rms = [float(next(m.measured for m in r.results if m.rule.startswith("RMS")).split()[0]) for r in reports]
    assert rms[0] >= -22.5 and rms[-1] >= -22.5, rms  # the credits, not just over the floor


def test_credits_key_in_voices_yaml():
    assert config_from_text("credits: true\n").credits is True
    assert config_from_text("credits: false\n").credits is False
    assert Config().credits is False
    with pytest.raises(ConfigError, match="credits: \"yes please\" is not true or false"):
        config_from_text("credits: yes please\n")
