"""Previews with the real engine (pyttsx3 -> eSpeak NG) and ffmpeg: one character, the whole cast."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from mutagen.mp3 import MP3

from ficaudio.cli import cli
from ficaudio.config import load_config
from ficaudio.errors import ConfigError
from ficaudio.preview import render_character_preview
from ficaudio.stitch import HEAD_MS

STORY = """Chapter 1: The Gate

The rain had not stopped for three days when Nell reached the gate.

'Is anyone there?' Nell called. She pulled her hood down.

'Only me,' said Bram, stepping out of the hut. He shook his head. 'You're late.'

'The bridge was out,' Nell said. 'I came the long way, round by the mill and over the top field.'

'Tea?' asked Wren. She was already pouring it.

'Please,' said Nell. 'And then I want to hear everything that happened here while I was gone.'
"""

VOICES = """narrator: {voice: en-gb, pitch: 40}
characters:
  Nell: {voice: en-us+f3, pitch: 66, gender: female, aliases: [Nell Ash]}
  Bram: {voice: en-gb-scotland+m3, pitch: 32, gender: male}
"""


@pytest.fixture
def story(write_file) -> Path:
    return write_file("the-gate.txt", STORY)


@pytest.fixture
def voices(write_file) -> Path:
    return write_file("voices.yaml", VOICES)


def preview(*args: str):
    return CliRunner().invoke(cli, ["preview", *args], catch_exceptions=False)


def seconds(path: Path) -> float:
    return MP3(str(path)).info.length


def test_character_preview_speaks_only_that_characters_lines(story, voices, tmp_path, cache_dir):
    out = tmp_path / "nell.mp3"
    result = preview(str(story), "--character", "nell ash", "-c", str(voices), "-o", str(out),
                     "--cache-dir", str(cache_dir))
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == str(out)
    spoken = [line.strip() for line in result.stderr.splitlines()]
    assert len(spoken) >= 4  # Nell's lines in story order (a quote split by a tag counts twice)
    assert all("Nell (en-us+f3): " in line for line in spoken)
    assert "Is anyone there?" in spoken[0] and "everything that happened" in spoken[-1]
    # About 4 s of speech for ~31 words at 170 wpm, plus 0.75 s head and pauses.
    assert 5.0 < seconds(out) < 15.0


def test_character_preview_is_cut_to_the_time_limit(story, voices, tmp_path, cache_dir):
    config = load_config(voices)
    out = tmp_path / "short.mp3"
    result = render_character_preview(config, out, story=story, name="Nell", cache_dir=cache_dir, max_seconds=3.0)
    assert len(result.lines) == 2  # the third line would pass 3 s
    assert result.duration_ms <= 3000 + HEAD_MS + 300 + 50
    assert 1.5 < seconds(out) < 4.5


def test_cast_preview_plays_every_voice_narrator_first(story, voices, tmp_path, cache_dir):
    out = tmp_path / "cast.mp3"
    result = preview(str(story), "--cast", "-c", str(voices), "-o", str(out), "--cache-dir", str(cache_dir))
    assert result.exit_code == 0, result.output
    spoken = [line.strip() for line in result.stderr.splitlines()]
    who = [line.split()[1] for line in spoken]
    assert who[0] == "NARRATOR"
    assert "The rain had not stopped" in spoken[0]
    order = list(dict.fromkeys(who))
    assert order[0] == "NARRATOR" and set(order) >= {"NARRATOR", "Nell", "Bram", "Wren"}
    assert order.index("Nell") < order.index("Wren")  # most lines first
    # Each voice's lines come together, and nothing is announced.
    assert len(order) == len([w for i, w in enumerate(who) if i == 0 or who[i - 1] != w])
    assert not any("NARRATOR" in line.split(": ", 1)[1] for line in spoken)
    start_times = [float(line.split("s ")[0]) for line in spoken]
    assert start_times == sorted(start_times)
    assert 4.0 < seconds(out) < 6.0 * len(order) + 3


def test_unknown_character_suggests_the_closest_name(story, tmp_path, cache_dir):
    result = CliRunner().invoke(cli, ["preview", str(story), "--character", "Nel", "--cache-dir", str(cache_dir),
                                      "-o", str(tmp_path / "x.mp3")])
    assert result.exit_code == 2
    assert result.output == (f'Error: no character "Nel" speaks in {story}; did you mean "Nell"? '
                             "characters who speak: Bram, Nell, Wren.\n")
    assert not (tmp_path / "x.mp3").exists()


def test_character_without_lines(story, voices, cache_dir, tmp_path):
    config = load_config(voices)
    config.characters["Ghost"] = type(config.characters["Bram"])(name="Ghost", voice=config.characters["Bram"].voice)
    with pytest.raises(ConfigError, match=r"^Ghost has no lines in .*, so there is nothing to preview\."):
        render_character_preview(config, tmp_path / "g.mp3", story=story, name="ghost", cache_dir=cache_dir)


@pytest.mark.parametrize(
    "args, message",
    [
        (["--cast", "--character", "Nell"], 'Error: choose one of --find "words", --character NAME, --cast (each '
                                            'with STORY) or --text "a snippet"; got --character and --cast.'),
        ([], 'Error: choose one of --find "words", --character NAME, --cast (each with STORY) or --text "a snippet".'),
    ],
)
def test_preview_needs_exactly_one_choice(story, args, message):
    result = CliRunner().invoke(cli, ["preview", str(story), *args])
    assert result.exit_code == 2
    assert result.output.strip() == message


def test_cast_preview_needs_a_story():
    result = CliRunner().invoke(cli, ["preview", "--cast"])
    assert result.exit_code == 2
    assert result.output.strip() == "Error: --cast needs STORY, e.g. ficaudio preview story.txt --cast ..."


def test_voices_lists_language_voices_and_variants_with_gender():
    result = CliRunner().invoke(cli, ["voices", "--language", "en"], catch_exceptions=False)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    en_gb = next(line for line in lines if line.split()[:1] == ["en-gb"])
    assert en_gb.split()[-1] == "male" and "English (Great Britain)" in en_gb
    assert not any(line.split()[:1] == ["fr"] for line in lines)  # filtered by --language
    female = " ".join(lines[next(i for i, l in enumerate(lines) if l.strip().startswith("female:")):
                            next(i for i, l in enumerate(lines) if l.strip().startswith("male:"))]).split()
    male = " ".join(lines[next(i for i, l in enumerate(lines) if l.strip().startswith("male:")):]).split()
    assert "+f3" in female and "+f3" not in male
    assert "+m3" in male and "+m3" not in female
