"""`--profile acx` renders pass `ficaudio check`; files that break a rule fail it, naming the rule."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from mutagen.mp3 import MP3

from ficaudio.cli import cli
from ficaudio.export.acx import check_file, check_files
from ficaudio.export.profiles import get_profile, parse_bitrate_kbps
from ficaudio.errors import ConfigError

STORY = """Chapter 1: The Lamp

Wren lit the lamp at the top of the stair and waited for the ships.

'They are late tonight,' said Hollis.

Chapter 2: The Ships

Three sails came round the point just after midnight.

'There,' Wren said. 'I told you.'
"""


def _ffmpeg(*args: str) -> None:
    subprocess.run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", *args], check=True)


@pytest.fixture(scope="module")
def acx_chapters(tmp_path_factory) -> list[Path]:
    tmp = tmp_path_factory.mktemp("acx")
    story = tmp / "the-lamp.txt"
    story.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(story), "-o", str(tmp / "out"), "--cache-dir", str(tmp / "cache"),
                                      "--profile", "acx", "--format", "mp3", "--format", "m4b"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    folder = tmp / "out" / "the-lamp"
    for name in ("the-lamp.mp3", "the-lamp.m4b", "the-lamp.srt", "the-lamp.vtt"):
        assert str(folder / name) in result.output
    chapters = sorted((folder / "chapters").glob("*.mp3"))
    assert len(chapters) == 2
    return chapters


def test_acx_render_passes_check(acx_chapters):
    result = CliRunner().invoke(cli, ["check", *map(str, acx_chapters)])
    assert result.exit_code == 0, result.output
    assert result.output.count(": PASS") == 2 and "FAIL" not in result.output
    for rule in ("sample rate", "bit rate", "constant bit rate", "RMS level", "peak level", "noise floor",
                 "head room tone", "tail room tone"):
        assert rule in result.output
    info = MP3(acx_chapters[0]).info
    assert info.sample_rate == 44100 and info.bitrate == 192000


def test_too_loud_file_fails_rms_and_peak(acx_chapters, tmp_path):
    loud = tmp_path / "loud.mp3"
    _ffmpeg("-i", str(acx_chapters[0]), "-af", "volume=10dB", "-ar", "44100", "-b:a", "192k", str(loud))
    report = check_file(loud)
    assert set(report.failed_rules()) == {"RMS level", "peak level"}, report.results
    result = CliRunner().invoke(cli, ["check", str(acx_chapters[0]), str(loud)])
    assert result.exit_code == 1
    assert f"{loud}: FAIL" in result.output and "1 of 2 files pass." in result.output


def test_22khz_low_bitrate_file_fails_format_rules(acx_chapters, tmp_path):
    small = tmp_path / "small.mp3"
    _ffmpeg("-i", str(acx_chapters[1]), "-ar", "22050", "-b:a", "64k", str(small))
    failed = check_file(small).failed_rules()
    assert "sample rate" in failed and "bit rate" in failed
    assert "RMS level" not in failed


def test_vbr_and_missing_room_tone_fail(tmp_path):
    vbr = tmp_path / "vbr.mp3"
    # Speech-like noise bursts straight from the first sample to the last: no head or tail room tone.
    _ffmpeg("-f", "lavfi", "-i", "anoisesrc=d=4:c=pink:a=0.08:seed=3", "-ar", "44100", "-ac", "1",
            "-q:a", "2", str(vbr))
    failed = check_file(vbr).failed_rules()
    assert {"constant bit rate", "head room tone", "tail room tone"} <= set(failed), failed


def test_mixed_mono_and_stereo_fail_channels(acx_chapters, tmp_path):
    stereo = tmp_path / "stereo.mp3"
    _ffmpeg("-i", str(acx_chapters[0]), "-ac", "2", "-ar", "44100", "-b:a", "192k", str(stereo))
    reports = check_files([acx_chapters[0], stereo])
    assert all("channels" in r.failed_rules() for r in reports)


def test_not_an_mp3_fails_format(tmp_path):
    wav = tmp_path / "tone.wav"
    _ffmpeg("-f", "lavfi", "-i", "sine=d=1", str(wav))
    assert check_file(wav).failed_rules() == ["format"]
    text = tmp_path / "notes.mp3"
    text.write_text("not audio at all", encoding="utf-8")
    assert check_file(text).failed_rules() == ["format"]


def test_profiles_and_bitrates():
    assert get_profile("acx").bitrate == "192k"
    assert get_profile("default", bitrate="96k").bitrate == "96k"
    assert parse_bitrate_kbps("192000") == 192
    with pytest.raises(ConfigError, match="below the 192k"):
        get_profile("acx", bitrate="128k")
    with pytest.raises(ConfigError, match="not an MP3 bit rate"):
        parse_bitrate_kbps("fast")
    with pytest.raises(ConfigError, match="unknown profile"):
        get_profile("podcast")


def test_sample_rates_and_the_bit_rates_they_allow():
    default, acx = get_profile("default"), get_profile("acx")
    assert (default.sample_rate, default.bitrate) == (22050, "64k")  # the engine's own rate, a speech bit rate
    assert (acx.sample_rate, acx.bitrate) == (44100, "192k")  # as ACX requires
    assert get_profile("default", sample_rate=44100).sample_rate == 44100
    assert get_profile("default", bitrate="160k").bitrate == "160k"  # MPEG-2's highest
    assert get_profile("default", bitrate="192k", sample_rate=44100).bitrate == "192k"
    assert get_profile("acx", sample_rate=44100) == acx
    with pytest.raises(ConfigError, match=r"at 22\.05 kHz.*--sample-rate 44100"):
        get_profile("default", bitrate="192k")  # MPEG-2 layer III stops at 160k
    with pytest.raises(ConfigError, match="requires 44100 Hz"):
        get_profile("acx", sample_rate=22050)
    with pytest.raises(ConfigError, match="choose 22050 or 44100"):
        get_profile("default", sample_rate=48000)


def test_render_refuses_a_bit_rate_the_sample_rate_cannot_have_before_speaking(tmp_path):
    from click.testing import CliRunner

    from ficaudio.cli import cli

    story = tmp_path / "s.txt"
    story.write_text("Chapter 1: A\n\nThe gate was open.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["render", str(story), "-o", str(tmp_path / "out"), "--cache-dir",
                                      str(tmp_path / "cache"), "--bitrate", "192k"])
    assert result.exit_code == 2 and "not an MP3 bit rate at 22.05 kHz" in result.output, result.output
    assert not (tmp_path / "cache" / "clips").exists() or not any((tmp_path / "cache" / "clips").rglob("*.wav"))
