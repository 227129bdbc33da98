"""The command line: exit codes, one-line errors, no tracebacks, no half-written files."""

from __future__ import annotations

import json

from click.testing import CliRunner

from ficaudio.cli import cli
from ficaudio.speakers.decision import RULES


def run(*args: str, **env: str):
    return CliRunner().invoke(cli, list(args), env=env or None)


def assert_one_line_error(result, exit_code: int, *fragments: str) -> None:
    assert result.exit_code == exit_code, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: ")
    assert "Traceback" not in result.output
    for fragment in fragments:
        assert fragment in lines[0]


def test_missing_story_file(tmp_path):
    result = run("script", str(tmp_path / "nope.txt"))
    assert_one_line_error(result, 3, "nope.txt: no such file")


def test_empty_story_file(tmp_path):
    story = tmp_path / "empty.txt"
    story.write_text("  \n\n", encoding="utf-8")
    assert_one_line_error(run("script", str(story)), 3, "the file is empty")


def test_binary_story_file(tmp_path):
    story = tmp_path / "picture.txt"
    story.write_bytes(bytes(range(256)) * 40)
    assert_one_line_error(run("script", str(story)), 3, "binary file")


def test_story_is_a_folder(tmp_path):
    assert_one_line_error(run("script", str(tmp_path)), 3, "is a folder")


def test_unwritable_output_folder_leaves_nothing(two_chapter_story, tmp_path, cache_dir):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("I am a file", encoding="utf-8")
    result = run("render", str(two_chapter_story), "-o", str(blocker / "out"), "--cache-dir", str(cache_dir))
    assert_one_line_error(result, 4, "cannot create the output folder")
    assert blocker.read_text(encoding="utf-8") == "I am a file"


def test_missing_ffmpeg_names_the_package(two_chapter_story, tmp_path, cache_dir):
    empty_bin = tmp_path / "bin"
    empty_bin.mkdir()
    result = run("render", str(two_chapter_story), "-o", str(tmp_path / "o"), "--cache-dir", str(cache_dir),
                 PATH=str(empty_bin))
    assert_one_line_error(result, 5, "ffmpeg is not installed", "apt-get install ffmpeg")
    assert not (tmp_path / "o").exists()


def test_missing_espeak_names_the_package(monkeypatch, two_chapter_story, tmp_path):
    import pyttsx3

    from ficaudio.tts import pyttsx3_engine

    def broken_init(*a, **k):
        raise OSError("libespeak-ng.so.1: cannot open shared object file")

    pyttsx3_engine.shared_pyttsx3.cache_clear()
    monkeypatch.setattr(pyttsx3, "init", broken_init)
    try:
        result = run("voices")
        assert_one_line_error(result, 5, "eSpeak NG is not installed", "apt-get install espeak-ng")
    finally:
        pyttsx3_engine.shared_pyttsx3.cache_clear()


def test_script_json_schema_and_offsets(two_chapter_story):
    result = CliRunner().invoke(cli, ["script", str(two_chapter_story), "--json"], catch_exceptions=False)
    assert result.exit_code == 0
    data = json.loads(result.stdout)  # stderr says which notes are skipped
    assert set(data) == {"title", "author", "language", "chapters"}
    assert data["title"] == "The Gate" and data["author"] is None
    source = two_chapter_story.read_text(encoding="utf-8")
    kinds = set()
    for chapter in data["chapters"]:
        assert set(chapter) == {"index", "title", "segments"}
        for seg in chapter["segments"]:
            spoken = seg["kind"] in ("dialogue", "thought")
            assert set(seg) == {"kind", "speaker", "text", "start", "end", "speech"} | (
                {"why", "confidence"} if spoken else set()
            )
            if spoken:
                # Every line says which rule chose its speaker, by an id listed in speakers/decision.py.
                assert seg["why"] in {r.id for r in RULES} and 0.0 <= seg["confidence"] <= 1.0
            assert source[seg["start"] : seg["end"]] == seg["text"]
            # What is said: an author's note is skipped by default, so nothing.
            assert seg["speech"] == ("" if seg["kind"] == "author_note" else " ".join(seg["text"].split()))
            kinds.add(seg["kind"])
            if seg["kind"] == "dialogue":
                assert seg["text"][0] not in "'\"" and seg["text"][-1] not in "'\""
            if seg["kind"] == "narration":
                assert seg["speaker"] is None
    assert kinds == {"author_note", "heading", "narration", "dialogue"}
    assert [c["title"] for c in data["chapters"]] == ["Chapter 1: The Gate", "Chapter 2: The Road"]


def test_script_and_render_say_which_notes_they_skip(two_chapter_story, tmp_path, cache_dir):
    said = "Skipped 1 author's note, 8 words: start of chapter 1."
    result = CliRunner().invoke(cli, ["script", str(two_chapter_story), "--json"], catch_exceptions=False)
    assert said in result.stderr and said not in result.stdout
    result = CliRunner().invoke(cli, ["render", str(two_chapter_story), "-o", str(tmp_path / "o"), "--cache-dir",
                                      str(cache_dir), "-j", "1"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert said in result.stderr
    # Notes read aloud are not skipped: nothing to say.
    result = CliRunner().invoke(cli, ["script", str(two_chapter_story), "-c", str(write_notes_yaml(tmp_path))])
    assert "Skipped" not in result.stderr


def write_notes_yaml(tmp_path):
    path = tmp_path / "notes.yaml"
    path.write_text("author_notes: narrator\n", encoding="utf-8")
    return path


def test_script_screenplay(two_chapter_story):
    result = CliRunner().invoke(cli, ["script", str(two_chapter_story)], catch_exceptions=False)
    assert result.exit_code == 0
    assert "BRAM: Only me," in result.output
    assert "NARRATOR: said Bram, stepping out of the hut." in result.output


def test_preview_text_snippet(tmp_path, two_voices_yaml, cache_dir):
    out = tmp_path / "clip.mp3"
    result = CliRunner().invoke(
        cli, ["preview", "--text", "'Hi,' said Nell.", "-c", str(two_voices_yaml), "-o", str(out),
              "--cache-dir", str(cache_dir)], catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    from mutagen.mp3 import MP3

    assert 0.5 < MP3(out).info.length < 6
    assert "Nell (en-us+f3)" in result.output


def test_preview_find_unknown_words(two_chapter_story, tmp_path, cache_dir):
    result = run("preview", str(two_chapter_story), "--find", "zebra crossing", "-o", str(tmp_path / "p.mp3"),
                 "--cache-dir", str(cache_dir))
    assert_one_line_error(result, 2, "no paragraph", "zebra crossing")
    assert not (tmp_path / "p.mp3").exists()


def test_every_command_has_help():
    for name, command in cli.commands.items():
        assert command.help and len(command.help.split()) > 5, name
        result = run(name, "--help")
        assert result.exit_code == 0 and "Usage:" in result.output


def test_python_dash_m_entry_point(two_chapter_story):
    import subprocess
    import sys

    proc = subprocess.run([sys.executable, "-m", "ficaudio", "script", str(two_chapter_story)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "NELL: Is anyone there?" in proc.stdout


READER_INSERT = """Chapter 1: The Stall

The market was closing when Kiran found you by the lamp stall.

"Oi, Y/N," Kiran called. "You dropped this."

You looked up, brushing (H/C) hair out of your (E/C) eyes. "Omg, thank you!!!"

"Noooo problem," Kiran said. "H-honestly, it's nothing <3"
"""


def test_script_speech_shows_every_substitution(write_file):
    story = write_file("lamplight.txt", READER_INSERT)
    voices = write_file("voices.yaml", "reader:\n  name: Rowan\n  hair_colour: copper\n"
                                       "pronunciations:\n  Kiran: keer-un\n")
    plain = CliRunner().invoke(cli, ["script", str(story), "--speech"], catch_exceptions=False)
    assert plain.exit_code == 0, plain.output
    assert ": Oi, you," in plain.output
    assert "NARRATOR: You looked up, brushing hair out of your eyes." in plain.output
    assert ": oh my god, thank you!" in plain.output and ": No problem," in plain.output
    assert ": Ho-honestly, it's nothing\n" in plain.output
    assert "Y/N" not in plain.output and "<3" not in plain.output and "!!!" not in plain.output

    configured = CliRunner().invoke(cli, ["script", str(story), "-c", str(voices), "--speech"],
                                    catch_exceptions=False)
    assert ": Oi, Rowan," in configured.output
    assert "NARRATOR: You looked up, brushing copper hair out of your eyes." in configured.output
    assert "NARRATOR: keer-un said." in configured.output

    as_json = CliRunner().invoke(cli, ["script", str(story), "-c", str(voices), "--json"], catch_exceptions=False)
    segments = [s for c in json.loads(as_json.output)["chapters"] for s in c["segments"]]
    oi = next(s for s in segments if s["text"] == "Oi, Y/N,")
    assert oi["speech"] == "Oi, Rowan,"
    source = story.read_text(encoding="utf-8")
    assert all(source[s["start"]:s["end"]] == s["text"] for s in segments)  # offsets still true to the source


def test_script_json_and_speech_together_is_a_usage_error(two_chapter_story):
    result = CliRunner().invoke(cli, ["script", str(two_chapter_story), "--json", "--speech"])
    assert result.exit_code == 2
    assert "give --json or --speech, not both" in result.output
