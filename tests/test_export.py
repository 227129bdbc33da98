"""Audiobook files from a real render (pyttsx3 -> eSpeak NG, ffmpeg): where things are heard.

One short two-chapter story is rendered once for the module at each sample
rate (the default profile's 22.05 kHz, MPEG-2 layer III, and --sample-rate
44100, MPEG-1; every line is its own encoded part, so part joins are
exercised throughout). The
whole-story MP3 is decoded with ffmpeg and every subtitle cue and ID3
chapter is checked against where its audio really starts.
"""

from __future__ import annotations

import array
import subprocess
from pathlib import Path

import pytest
from mutagen.id3 import ID3
from mutagen.mp3 import MP3
from mutagen.mp4 import MP4

from ficaudio.config import Config, Override
from ficaudio.export.produce import encode_mp3_frames
from ficaudio.export.m4b import ffmetadata
from ficaudio.export.mp3 import ENCODER_DELAY_SAMPLES, ChapterMark, Tags, join_mp3, scan_mp3
from ficaudio.export.subtitles import SubtitleCue, format_srt, format_vtt, parse_srt
from ficaudio.pipeline import analyse, render
from ficaudio.readers import read_text
from ficaudio.stitch import HEAD_MS

STORY = """Chapter 1: The Ferry

The ferry left at noon, and Tamsin was the last one aboard.

'You nearly missed it,' said Orrin.

'I never miss anything,' Tamsin said. 'Not even you.'

Chapter 2: The Island

The island rose out of the mist like the back of a sleeping whale.

'Home,' Orrin said.
"""

LOUD = 400
"""A sample above this (-38 dBFS) is speech, not the room tone of a pause."""
TOLERANCE_MS = 50


class Decoded(array.array):
    """Decoded samples that know their rate."""

    rate: int


def _decode(path: Path, rate: int) -> Decoded:
    """Decode with ffmpeg at the file's own rate (no resampling, so times are the file's)."""
    pcm = subprocess.run(["ffmpeg", "-hide_banner", "-loglevel", "error", "-i", str(path), "-f", "s16le", "-ac", "1",
                          "-ar", str(rate), "-"], capture_output=True, check=True).stdout
    samples = Decoded("h", pcm)
    samples.rate = rate
    return samples


def _onset_ms(samples: Decoded, from_ms: float, to_ms: float) -> float | None:
    """Time of the first loud sample in [from_ms, to_ms), or None."""
    rate = samples.rate
    first = max(0, int(from_ms * rate / 1000))
    last = min(len(samples), int(to_ms * rate / 1000))
    for i in range(first, last):
        if abs(samples[i]) > LOUD:
            return i * 1000 / rate
    return None


@pytest.fixture(scope="module", params=[None, 44100], ids=["default-22050", "44100"])
def rendered(request, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("export")
    doc = analyse(read_text(STORY, title="The Ferry Home"), Config())
    doc.author = "A. Tester"
    result = render(doc, Config(), tmp / "out", cache_dir=tmp / "cache", jobs=2, formats=("mp3", "m4b"),
                    sample_rate=request.param)
    return result, _decode(result.story_mp3, request.param or 22050)


def test_subtitle_cues_start_where_their_lines_are_heard(rendered):
    result, samples = rendered
    srt = result.story_mp3.with_suffix(".srt")
    assert srt in result.subtitles and result.story_mp3.with_suffix(".vtt") in result.subtitles
    cues = parse_srt(srt.read_text(encoding="utf-8"))
    speakers = [c.speaker for c in cues]
    assert speakers[:3] == ["Narrator", "Narrator", "Orrin"], speakers
    assert "Tamsin" in speakers and speakers.count("Orrin") >= 2
    assert any(c.text.startswith("You nearly missed it") for c in cues)
    for previous, cue in zip([None, *cues], cues):
        gap_start = previous.end_ms if previous else 0
        onset = _onset_ms(samples, gap_start + 40, cue.end_ms)
        assert onset is not None, cue
        assert abs(onset - cue.start_ms) <= TOLERANCE_MS, (cue, onset)
        assert cue.start_ms < cue.end_ms


def test_chapter_marks_match_where_chapters_start(rendered):
    result, samples = rendered
    tags = ID3(result.story_mp3)
    chaps = sorted(tags.getall("CHAP"), key=lambda c: c.start_time)
    assert [c.sub_frames["TIT2"].text[0] for c in chaps] == ["Chapter 1: The Ferry", "Chapter 2: The Island"]
    assert tags.getall("CTOC")[0].child_element_ids == [c.element_id for c in chaps]
    story_ms = len(samples) * 1000 / samples.rate
    assert chaps[0].start_time == 0 and chaps[1].start_time == chaps[0].end_time
    assert abs(chaps[-1].end_time - story_ms) <= TOLERANCE_MS
    for chap in chaps:
        # A chapter is room tone for HEAD_MS, then its heading is read: nothing loud
        # from the end of the previous chapter's speech up to that point.
        onset = _onset_ms(samples, max(0, chap.start_time - 1000), chap.end_time)
        assert onset is not None
        assert abs(onset - (chap.start_time + HEAD_MS)) <= TOLERANCE_MS, (chap.start_time, onset)
    # The chapter files hold exactly the story's frames for each chapter.
    for chap, path in zip(chaps, result.chapter_mp3s):
        assert abs(MP3(path).info.length * 1000 - (chap.end_time - chap.start_time)) <= 30


def test_tags_on_story_and_chapter_files(rendered):
    result, samples = rendered
    story = ID3(result.story_mp3)
    assert story["TIT2"].text == ["The Ferry Home"]
    assert story["TPE1"].text == ["A. Tester"]
    assert story["TALB"].text == ["The Ferry Home"]
    assert story["TCON"].text == ["Audiobook"]
    assert [ID3(p)["TRCK"].text for p in result.chapter_mp3s] == [["1/2"], ["2/2"]]
    for path in result.chapter_mp3s:
        tags = ID3(path)
        assert tags["TALB"].text == ["The Ferry Home"] and tags["TPE1"].text == ["A. Tester"]
        assert tags["TCON"].text == ["Audiobook"]
    info = MP3(result.story_mp3).info
    # The default profile: the engine's own 22.05 kHz (MPEG-2 layer III) at 64 kbps; 44.1 kHz is MPEG-1.
    assert info.sample_rate == samples.rate and info.bitrate == 64000 and info.channels == 1
    assert info.version == (2 if samples.rate == 22050 else 1) and info.layer == 3
    assert abs(info.length - len(samples) / samples.rate) < 0.05
    assert abs(info.length - sum(MP3(p).info.length for p in result.chapter_mp3s)) < 0.01
    assert 8 < info.length < 60


def test_m4b_has_chapter_atoms_and_tags(rendered):
    result, samples = rendered
    assert result.m4b is not None and result.m4b.suffix == ".m4b"
    m4b = MP4(result.m4b)
    assert m4b.tags["©nam"] == ["The Ferry Home"] and m4b.tags["©ART"] == ["A. Tester"]
    assert m4b.tags["©gen"] == ["Audiobook"]
    assert [c.title for c in m4b.chapters] == ["Chapter 1: The Ferry", "Chapter 2: The Island"]
    assert m4b.chapters[0].start == 0
    # The M4B keeps the MP3's time line, so the subtitles fit both.
    mp3_chaps = sorted(ID3(result.story_mp3).getall("CHAP"), key=lambda c: c.start_time)
    assert abs(mp3_chaps[1].start_time / 1000 - m4b.chapters[1].start) < 0.01
    assert abs(m4b.info.length - MP3(result.story_mp3).info.length) < 0.05
    probe = subprocess.run(["ffprobe", "-v", "error", "-show_chapters", "-of", "csv=p=0", str(result.m4b)],
                           capture_output=True, text=True, check=True).stdout
    assert probe.count("Chapter") == 2
    # AAC at the MP3's rate, mono (mutagen reads the sample-entry's channel count, which ffmpeg sets to 2).
    stream = subprocess.run(["ffprobe", "-v", "error", "-select_streams", "a:0", "-show_entries",
                             "stream=codec_name,sample_rate,channels", "-of", "csv=p=0", str(result.m4b)],
                            capture_output=True, text=True, check=True).stdout.strip()
    assert stream == f"aac,{samples.rate},1"


@pytest.mark.parametrize("rate, kbps", [(22050, 64), (44100, 128)])
def test_encoder_delay_is_what_the_timing_model_assumes(tmp_path, rate, kbps):
    """A click at a known sample is decoded ENCODER_DELAY_SAMPLES later, and joined parts keep it."""
    pcm = bytearray(22050 * 2)  # one second of silence at the engine's rate
    click = 22050 // 2
    pcm[click * 2 : click * 2 + 2] = (20000).to_bytes(2, "little", signed=True)
    for n in range(2):
        (tmp_path / f"p{n}.mp3").write_bytes(encode_mp3_frames(bytes(pcm), bitrate_kbps=kbps, rate=rate))
    streams = [scan_mp3(tmp_path / f"p{n}.mp3") for n in range(2)]
    assert all(not s.has_info_frame and s.constant_bitrate and s.sample_rate == rate for s in streams)
    assert {s.samples_per_frame for s in streams} == {1152 if rate == 44100 else 576}
    joined = join_mp3([(tmp_path / f"p{n}.mp3", s.audio_start, s.audio_end) for n, s in enumerate(streams)],
                      tmp_path / "joined.mp3", Tags("t", None, "a"), [ChapterMark("c", 0, 1000)])
    samples = _decode(joined, rate)
    assert len(samples) == sum(s.samples for s in streams) == scan_mp3(joined).samples
    ratio = rate // 22050
    for n in range(2):
        origin = sum(s.samples for s in streams[:n]) + ENCODER_DELAY_SAMPLES
        window = range(origin + click * ratio - 50, origin + click * ratio + 50)
        peak = max(window, key=lambda i: abs(samples[i]))
        assert abs(peak - (origin + click * ratio)) <= 2


def test_rerender_reuses_encoded_parts_and_one_voice_change_reencodes_its_lines(tmp_path):
    from ficaudio.config import load_config

    cache = tmp_path / "cache"
    voices = tmp_path / "voices.yaml"
    voices.write_text("characters:\n  Orrin:\n    voice: en-gb\n    pitch: 30\n", encoding="utf-8")
    doc = analyse(read_text(STORY, title="Ferry"), load_config(voices))
    first = render(doc, load_config(voices), tmp_path / "a", cache_dir=cache, engine_name="silent", jobs=1)
    again = render(doc, load_config(voices), tmp_path / "b", cache_dir=cache, engine_name="silent", jobs=1)
    assert again.clips_synthesized == 0
    assert (tmp_path / "a" / "ferry" / "ferry.mp3").read_bytes() == (tmp_path / "b" / "ferry" / "ferry.mp3").read_bytes()
    voices.write_text("characters:\n  Orrin:\n    voice: en-gb\n    pitch: 60\n", encoding="utf-8")
    doc = analyse(read_text(STORY, title="Ferry"), load_config(voices))
    changed = render(doc, load_config(voices), tmp_path / "c", cache_dir=cache, engine_name="silent", jobs=1)
    cues = parse_srt(changed.story_mp3.with_suffix(".srt").read_text(encoding="utf-8"))
    orrin_lines = sum(1 for cue in cues if cue.speaker == "Orrin")
    assert orrin_lines == 2
    assert changed.clips_synthesized == changed.parts_encoded == orrin_lines
    assert first.parts_encoded == first.clips_total


def test_subtitle_formats():
    cues = [SubtitleCue(1500, 3250, "Narrator", "The gate <was> open & wet."),
            SubtitleCue(3661001, 3662000, "Mira", "'Run!'")]
    srt = format_srt(cues)
    assert srt.startswith("1\n00:00:01,500 --> 00:00:03,250\nNarrator: The gate <was> open & wet.\n")
    assert "2\n01:01:01,001 --> 01:01:02,000\nMira: 'Run!'\n" in srt
    assert parse_srt(srt) == cues
    vtt = format_vtt(cues, title="A\nTitle")
    assert vtt.startswith("WEBVTT - A Title\n\n1\n00:00:01.500 --> 00:00:03.250\n<v Narrator>The gate &lt;was&gt; open &amp; wet.\n")


def test_ffmetadata_escapes_special_characters():
    text = ffmetadata(Tags("Title=1; #2", "Me", "Album"), [ChapterMark("One\\Two", 0, 1500)])
    assert "title=Title\\=1\\; \\#2" in text
    assert "[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=1500\ntitle=One\\\\Two" in text


def test_m4b_alone_gets_its_subtitles_and_no_mp3(tmp_path):
    doc = analyse(read_text(STORY, title="Ferry"), Config())
    result = render(doc, Config(), tmp_path / "out", cache_dir=tmp_path / "cache", engine_name="silent",
                    formats=("m4b",))
    folder = tmp_path / "out" / "ferry"
    assert result.story_mp3 is None and result.chapter_mp3s == []
    assert result.m4b == folder / "ferry.m4b"
    assert sorted(p.name for p in folder.iterdir()) == ["ferry.m4b", "ferry.srt", "ferry.vtt", "script.json"]
    cues = parse_srt((folder / "ferry.srt").read_text(encoding="utf-8"))
    chapters = MP4(result.m4b).chapters
    assert abs(cues[0].start_ms - HEAD_MS) <= 15  # parts keep their planned length within half a frame
    assert chapters[1].start * 1000 < cues[-3].start_ms  # chapter 2's heading comes after its mark
    assert abs(MP4(result.m4b).info.length * 1000 - result.chapter_marks[-1].end_ms) < 60

    # Unchanged, it is not encoded again, and its subtitles and marks come out the same.
    stamp = result.m4b.stat().st_ino, result.m4b.stat().st_mtime_ns
    srt = (folder / "ferry.srt").read_bytes()
    again = render(doc, Config(), tmp_path / "out", cache_dir=tmp_path / "cache", engine_name="silent",
                   formats=("m4b",))
    assert (result.m4b.stat().st_ino, result.m4b.stat().st_mtime_ns) == stamp
    assert again.chapter_marks == result.chapter_marks and (folder / "ferry.srt").read_bytes() == srt
    # A changed line makes a new M4B, chapters and tags intact.
    pinned = Config(overrides=[Override(text="Home", speaker="Tamsin")])
    render(analyse(read_text(STORY, title="Ferry"), pinned), pinned, tmp_path / "out", cache_dir=tmp_path / "cache",
           engine_name="silent", formats=("m4b",))
    assert result.m4b.stat().st_ino != stamp[0]
    assert [c.title for c in MP4(result.m4b).chapters] == ["Chapter 1: The Ferry", "Chapter 2: The Island"]
    assert MP4(result.m4b).tags["©gen"] == ["Audiobook"]


def test_only_old_temporary_files_are_swept(tmp_path):
    import os
    import time

    from ficaudio.files import STALE_SECONDS, sweep_stale_temporaries

    old = [tmp_path / ".story.ab12cd34.mp3", tmp_path / ".part-zz99yy88", tmp_path / ".clip-k2j3h4g5.wav",
           tmp_path / ".analysis-q1w2e3r4"]
    keep = [tmp_path / ".DS_Store", tmp_path / ".notes", tmp_path / "story.mp3", tmp_path / ".story.fresh123.mp3"]
    for path in old + keep:
        path.write_bytes(b"x")
    for path in old + keep[:3]:
        os.utime(path, (time.time() - STALE_SECONDS - 60,) * 2)
    assert sorted(sweep_stale_temporaries([tmp_path, tmp_path / "missing"])) == sorted(old)
    assert all(p.exists() for p in keep)  # the fresh one may belong to a render running now


def test_a_render_sweeps_what_a_killed_one_left_in_the_cache(tmp_path):
    import os
    import time

    from ficaudio.files import STALE_SECONDS

    cache = tmp_path / "cache"
    left = [cache / "clips" / "7f" / ".clip-k2j3h4g5.wav", cache / "analysis" / ".analysis-q1w2e3r4"]
    for path in left:
        path.parent.mkdir(parents=True)
        path.write_bytes(b"half a clip")
        os.utime(path, (time.time() - STALE_SECONDS - 60,) * 2)
    render(analyse(read_text(STORY, title="Ferry"), Config()), Config(), tmp_path / "out", cache_dir=cache,
           engine_name="silent", jobs=1)
    assert not any(p.exists() for p in left)


def _speech_like_pcm(seconds: float) -> bytes:
    """A deterministic tone sweep with an envelope, 16-bit mono at 22.05 kHz."""
    import math

    n = int(seconds * 22050)
    samples = array.array("h", (int(9000 * math.sin(0.05 * i + 1e-6 * i * i) * (0.5 + 0.5 * math.sin(i / 3000)))
                                for i in range(n)))
    return samples.tobytes()


def test_upsampling_a_stretch_matches_the_whole():
    from ficaudio.export.lame import upsample_2x

    pcm = _speech_like_pcm(0.2)
    whole = upsample_2x(pcm)
    n = len(pcm) // 2
    assert len(whole) == 2 * len(pcm)
    for start, end in ((0, 1), (0, 5), (1, 3), (2, 7), (100, 2000), (n - 4, n), (n - 1, n), (0, n)):
        assert upsample_2x(pcm, start, end) == whole[4 * start : 4 * end], (start, end)


def test_encoding_a_long_clip_in_chunks_gives_the_same_frames(monkeypatch):
    # Long clips are upsampled and fed to LAME a chunk at a time (memory); the
    # frames must be the very ones a single call on the whole clip gives.
    import ficaudio.export.lame as lame
    from ficaudio.export.lame import encode_mono, upsample_2x

    pcm = _speech_like_pcm(2.5 * lame.CHUNK_SAMPLES / 22050)
    chunked = encode_mono(pcm, input_rate=44100, output_rate=44100, bitrate_kbps=128, quality=7, upsample=True)
    monkeypatch.setattr(lame, "CHUNK_SAMPLES", 1 << 30)  # the whole clip in one LAME call
    one_call = encode_mono(upsample_2x(pcm), input_rate=44100, output_rate=44100, bitrate_kbps=128, quality=7)
    assert chunked == one_call and len(chunked) > 10_000


def test_subtitle_writer_matches_the_formats_and_writes_nothing_on_error(tmp_path):
    from ficaudio.export.subtitles import SubtitleWriter

    cues = [SubtitleCue(750, 2100, "Narrator", "The gate was open."),
            SubtitleCue(2600, 3900, "Mira <Quill>", "Who left it open & why?")]
    audio = tmp_path / "story.mp3"
    with SubtitleWriter(audio, title="A Title") as writer:
        writer.add(cues[:1])
        writer.add(cues[1:])
    srt, vtt = writer.paths
    assert srt.read_text(encoding="utf-8") == format_srt(cues)
    assert vtt.read_text(encoding="utf-8") == format_vtt(cues, title="A Title")
    with pytest.raises(RuntimeError):
        with SubtitleWriter(audio, title="Other") as writer:
            writer.add(cues[:1])
            raise RuntimeError("the render failed")
    # The earlier files are untouched and no temporary file is left.
    assert srt.read_text(encoding="utf-8") == format_srt(cues)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["story.srt", "story.vtt"]


def test_unchanged_files_are_left_alone_and_changed_or_damaged_ones_rewritten(tmp_path):
    # Each joined file carries a digest of what it is made of (TXXX "ficaudio").
    # A re-render does not rewrite a file that already holds exactly that.
    from ficaudio.export.mp3 import RECIPE_TAG

    from ficaudio.config import config_from_text

    cache, out = tmp_path / "cache", tmp_path / "out"
    cast = config_from_text("characters:\n  Orrin:\n    voice: en-gb\n  Tamsin:\n    voice: en-us+f3\n")
    doc = analyse(read_text(STORY, title="Ferry"), cast)
    first = render(doc, cast, out, cache_dir=cache, engine_name="silent", jobs=1)
    files = [first.story_mp3, *first.chapter_mp3s]
    assert ID3(str(first.story_mp3)).getall(f"TXXX:{RECIPE_TAG}")
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in files}
    render(doc, cast, out, cache_dir=cache, engine_name="silent", jobs=1)
    assert {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in files} == before

    # Chapter 2 gains a line: only it and the story file are written again.
    longer = analyse(read_text(STORY + "\nThe gulls had gone to roost.\n", title="Ferry"), cast)
    render(longer, cast, out, cache_dir=cache, engine_name="silent", jobs=1)
    chapter_1, chapter_2 = first.chapter_mp3s
    assert (chapter_1.stat().st_ino, chapter_1.stat().st_mtime_ns) == before[chapter_1]
    assert (chapter_2.stat().st_ino, chapter_2.stat().st_mtime_ns) != before[chapter_2]
    assert first.story_mp3.stat().st_ino != before[first.story_mp3][0]

    # A damaged file with the right tag (cut short) is written again, whole.
    whole = chapter_1.read_bytes()
    chapter_1.write_bytes(whole[:-1000])
    render(longer, cast, out, cache_dir=cache, engine_name="silent", jobs=1)
    assert chapter_1.read_bytes() == whole


def test_recipe_is_read_only_as_ficaudio_writes_it(tmp_path):
    # The recipe is matched as the bytes of the TXXX frame write_tags makes, not by parsing the
    # tag: the same recipe in another text encoding, or under another description, is "not current".
    from mutagen.id3 import TXXX

    from ficaudio.export.mp3 import RECIPE_TAG, joined_file_is_current, write_tags

    frames = encode_mp3_frames(b"\x00\x01" * 22050, bitrate_kbps=64, rate=22050)
    dest = tmp_path / "joined.mp3"
    join_mp3([(_write(tmp_path / "part.frames", frames), 0, len(frames))], dest, Tags("T", "A", "B"), recipe="r" * 64)
    assert joined_file_is_current(dest, "r" * 64, len(frames))
    assert not joined_file_is_current(dest, "s" * 64, len(frames))
    assert not joined_file_is_current(dest, "r" * 64, len(frames) + 1)
    for frame in (TXXX(encoding=1, desc=RECIPE_TAG, text="r" * 64), TXXX(encoding=3, desc="other", text="r" * 64)):
        tag = ID3()
        tag.add(frame)
        tag.save(str(dest), v2_version=4)
        assert ID3(str(dest)).getall("TXXX")[0].text == ["r" * 64]
        assert not joined_file_is_current(dest, "r" * 64, len(frames))
    write_tags(dest, Tags("T", "A", "B"), recipe="r" * 64)
    assert joined_file_is_current(dest, "r" * 64, len(frames))


def test_subtitle_lines_wrap_as_textwrap_does():
    # Lines without hyphens are wrapped by hand (faster); they must come out as textwrap wraps them.
    import random
    import textwrap

    from ficaudio.export.subtitles import WRAP_COLUMNS, _lines

    words = ["a", "I", "lantern", "Mira:", "said,", "“Hush”", "—", "end.", "x" * 59, "y" * 60, "z" * 61, "é",
             "well-known", "--", "\u00a0", "\t", "b" * 30]
    rng = random.Random(5)
    for _ in range(20_000):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(0, 30)))
        expected = textwrap.wrap(" ".join(text.split()), WRAP_COLUMNS, break_long_words=False) or [""]
        assert _lines(text) == expected, text


def test_lames_frame_count_is_the_frames_written():
    # A part's decoded length comes from LAME's frame count, not a scan of its frames: the two agree.
    from ficaudio.export.mp3 import _scan
    from ficaudio.export.produce import _encode_counted

    pcm = array.array("h", (int(8000 * ((n * 7919) % 97 - 48) / 48) for n in range(30_001))).tobytes()
    for rate, kbps, quality in ((22050, 64, 7), (44100, 192, 3), (22050, 8, 9)):
        for length in (2, 1151 * 2, len(pcm)):
            frames, count = _encode_counted(pcm[:length], bitrate_kbps=kbps, rate=rate, quality=quality)
            scanned = _scan(frames, Path("part"))
            assert count == scanned.frames > 0 and scanned.audio_end == len(frames)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_damaged_part_entry_is_encoded_again(tmp_path):
    # A part is one cache file (a header, then its frames); one cut short is not trusted.
    doc = analyse(read_text(STORY, title="Ferry"), Config())
    first = render(doc, Config(), tmp_path / "out", cache_dir=tmp_path / "cache", engine_name="silent", jobs=1)
    story = first.story_mp3.read_bytes()
    entries = sorted((tmp_path / "cache" / "parts").rglob("*.frames"))
    assert len(entries) == first.parts_encoded > 1
    entries[0].write_bytes(entries[0].read_bytes()[:10])
    first.story_mp3.unlink()
    again = render(doc, Config(), tmp_path / "out", cache_dir=tmp_path / "cache", engine_name="silent", jobs=1)
    assert again.parts_encoded == 1 and again.story_mp3.read_bytes() == story


def test_written_files_get_the_usual_permissions_and_keep_a_users(tmp_path):
    # Files are made under private temporary names (0600); renamed as they were, a media
    # server running as another user could not read the audiobook.
    import os
    import stat

    old = os.umask(0o022)
    try:
        doc = analyse(read_text(STORY, title="Ferry"), Config())
        result = render(doc, Config(), tmp_path / "out", cache_dir=tmp_path / "cache", engine_name="silent", jobs=1,
                        formats=("mp3", "m4b"))
        written = [result.story_mp3, result.m4b, result.script_json, *result.chapter_mp3s, *result.subtitles]
        assert {oct(stat.S_IMODE(p.stat().st_mode)) for p in written} == {"0o644"}
        result.script_json.chmod(0o640)
        # The same story with one line pinned to another speaker: every file is written anew.
        pinned = Config(overrides=[Override(text="Home", speaker="Tamsin")])
        render(analyse(read_text(STORY, title="Ferry"), pinned), pinned, tmp_path / "out",
               cache_dir=tmp_path / "cache", engine_name="silent", jobs=1)
        assert oct(stat.S_IMODE(result.script_json.stat().st_mode)) == "0o640"
        assert oct(stat.S_IMODE(result.story_mp3.stat().st_mode)) == "0o644"
    finally:
        os.umask(old)


def _wav(path: Path, seconds: float) -> Path:
    import wave
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(22050)
        w.writeframes(b"\0\0" * int(22050 * seconds))
    return path


def test_a_short_chapter_is_lifted_and_a_long_one_left_at_the_profile_level(tmp_path):
    # A one-line chapter is mostly head, tail and pause: at the profile's clip level its file
    # measured -22.8 dB RMS, on ACX's -23 dB floor. Only such chapters are matched louder.
    from ficaudio.export.produce import MAX_LIFT_DB, PlannedChapter, PlannedLine, _chapter_specs
    from ficaudio.export.profiles import get_profile
    acx, default = get_profile("acx"), get_profile("default")

    def chapter(*seconds: float) -> tuple[PlannedChapter, list[PlannedLine]]:
        lines = [PlannedLine(_wav(tmp_path / f"{len(seconds)}-{i}.wav", s), 600, "Narrator", "x", clip_key=f"k{i}")
                 for i, s in enumerate(seconds)]
        return PlannedChapter(1, "One", "01-one", lines), lines

    long_chapter = chapter(*[8.0] * 30)
    for profile in (acx, default):
        specs = _chapter_specs(*long_chapter, profile=profile, chapter_tail_ms=3000)
        assert {s.clip_target_dbfs for s in specs} == {profile.clip_target_dbfs}
    short = _chapter_specs(*chapter(2.0, 2.5), profile=acx, chapter_tail_ms=3000)
    lift = short[0].clip_target_dbfs - acx.clip_target_dbfs
    assert 1.0 < lift <= MAX_LIFT_DB
    assert {s.clip_target_dbfs for s in short} == {acx.clip_target_dbfs + lift}
    assert short[0].clip_ceiling_dbfs == pytest.approx(acx.clip_ceiling_dbfs + lift)
    tiny = _chapter_specs(*chapter(0.3), profile=acx, chapter_tail_ms=3000)
    assert tiny[0].clip_target_dbfs == acx.clip_target_dbfs + MAX_LIFT_DB
