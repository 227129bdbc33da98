"""The whole pipeline with the real engine (pyttsx3 -> eSpeak NG) and real ffmpeg."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from mutagen.id3 import ID3
from mutagen.mp3 import MP3
from pydub import AudioSegment

from ficaudio.cli import cli
from ficaudio.config import load_config
from ficaudio.model import Voice
from ficaudio.synth import ClipCache, ClipRequest, synthesize_all

from audio_checks import zero_crossings_per_second


def _render(story: Path, voices: Path, out: Path, cache: Path, *extra: str):
    result = CliRunner().invoke(
        cli, ["render", str(story), "-c", str(voices), "-o", str(out), "--cache-dir", str(cache), *extra],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    return result


def test_render_writes_story_chapters_and_script(two_chapter_story, two_voices_yaml, tmp_path, cache_dir):
    out = tmp_path / "out"
    result = _render(two_chapter_story, two_voices_yaml, out, cache_dir)
    story_dir = out / "the-gate"
    story_mp3 = story_dir / "the-gate.mp3"
    chapters = sorted((story_dir / "chapters").glob("*.mp3"))
    assert [p.name for p in chapters] == ["01-chapter-1-the-gate.mp3", "02-chapter-2-the-road.mp3"]
    assert str(story_mp3) in result.output

    # Tags on the whole story: title, and one CHAP per chapter inside a CTOC.
    tags = ID3(story_mp3)
    assert tags["TIT2"].text == ["The Gate"]
    chaps = sorted(tags.getall("CHAP"), key=lambda c: c.start_time)
    assert [c.sub_frames["TIT2"].text[0] for c in chaps] == ["Chapter 1: The Gate", "Chapter 2: The Road"]
    assert tags.getall("CTOC")[0].child_element_ids == [c.element_id for c in chaps]
    assert chaps[0].start_time == 0 and chaps[1].start_time == chaps[0].end_time

    # Durations: the chapter files add up to the story, and the CHAP marks agree.
    story_seconds = MP3(story_mp3).info.length
    chapter_seconds = [MP3(p).info.length for p in chapters]
    assert abs(sum(chapter_seconds) - story_seconds) < 0.3
    assert abs(chaps[1].start_time / 1000 - chapter_seconds[0]) < 0.1
    # About 80 spoken words at ~170 wpm plus pauses: neither empty nor runaway.
    assert 15 < story_seconds < 75, story_seconds

    assert ID3(chapters[1])["TRCK"].text == ["2/2"]
    assert ID3(chapters[0])["TCON"].text == ["Audiobook"]

    script = json.loads((story_dir / "script.json").read_text(encoding="utf-8"))
    source = two_chapter_story.read_text(encoding="utf-8")
    for chapter in script["chapters"]:
        for seg in chapter["segments"]:
            assert source[seg["start"] : seg["end"]] == seg["text"]
    speakers = [s["speaker"] for c in script["chapters"] for s in c["segments"] if s["kind"] == "dialogue"]
    assert speakers == ["Nell", "Bram", "Bram", "Nell", "Nell", "Bram"]


def test_chapter_audio_is_not_silent_and_loudness_is_even(two_chapter_story, two_voices_yaml, tmp_path, cache_dir):
    out = tmp_path / "out"
    _render(two_chapter_story, two_voices_yaml, out, cache_dir)
    for path in sorted((out / "the-gate" / "chapters").glob("*.mp3")):
        audio = AudioSegment.from_mp3(path)
        assert audio.frame_rate == 22050 and audio.channels == 1  # the default profile: the engine's own rate
        assert -30 < audio.dBFS < -14, (path.name, audio.dBFS)
        assert audio.max_dBFS <= -2.0, (path.name, audio.max_dBFS)


def test_rerender_uses_cache_only(two_chapter_story, two_voices_yaml, tmp_path, cache_dir):
    _render(two_chapter_story, two_voices_yaml, tmp_path / "a", cache_dir)
    again = _render(two_chapter_story, two_voices_yaml, tmp_path / "b", cache_dir)
    assert "Synthesized 0 of" in again.output


def test_narrator_and_character_voices_sound_different(two_voices_yaml, tmp_path):
    config = load_config(two_voices_yaml)
    narrator = Voice("en-gb", 170, 40)
    nell = Voice("en-us+f3", 170, 70)
    cache = ClipCache(tmp_path / "c", "test")
    text = "The lamps along the harbour wall were lit one by one."
    reqs = [ClipRequest(text, narrator), ClipRequest(text, nell)]
    made = synthesize_all(reqs, cache, jobs=1)
    assert made == 2
    low, high = (zero_crossings_per_second(cache.path(cache.key(r))) for r in reqs)
    # A female variant at a higher pitch crosses zero clearly more often.
    assert high > low * 1.15, (low, high)
    assert config.characters["Nell"].voice.voice_id == "en-us+f3"


def test_author_note_policy_skip_or_narrator(two_chapter_story, two_voices_yaml, tmp_path, cache_dir):
    lengths = {}
    for policy in ("skip", "narrator"):
        out = tmp_path / policy
        _render(two_chapter_story, two_voices_yaml, out, cache_dir, "--author-notes", policy)
        first = sorted((out / "the-gate" / "chapters").glob("*.mp3"))[0]
        lengths[policy] = MP3(first).info.length
    # The note ("A tiny test story. Please review") adds a couple of seconds to chapter 1.
    assert lengths["narrator"] - lengths["skip"] > 1.5, lengths


def test_bundled_story_duration_matches_its_text(tmp_path, cache_dir):
    """The American-style sample renders to about as long as its words take to say."""
    story = Path(__file__).parent.parent / "examples" / "the-clockwork-garden.txt"
    result = CliRunner().invoke(
        cli, ["script", str(story), "--json"], catch_exceptions=False,
    )
    script = json.loads(result.stdout)
    spoken_words = sum(
        len(s["text"].split())
        for c in script["chapters"]
        for s in c["segments"]
        if s["kind"] != "author_note"
    )
    out = tmp_path / "out"
    CliRunner().invoke(cli, ["render", str(story), "-o", str(out), "--cache-dir", str(cache_dir)],
                       catch_exceptions=False)
    mp3 = out / "the-clockwork-garden" / "the-clockwork-garden.mp3"
    seconds = MP3(mp3).info.length
    # Default voices speak at 160-185 words per minute, plus pauses between lines.
    expected = spoken_words / 170 * 60
    assert 0.8 * expected < seconds < 1.3 * expected, (spoken_words, seconds, expected)
