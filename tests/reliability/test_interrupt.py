"""Interruptions: a render killed at any moment resumes to the same output.

Real renders (eSpeak NG + ffmpeg) in child processes, interrupted with
SIGINT (Ctrl-C, to the whole process group as a terminal does) and SIGKILL at
random moments, then run again. The second run must finish, reuse the clips
that were finished, leave no temporary files, and produce what an
uninterrupted render produces: byte for byte what the same clip cache gives
a clean render, and the same files, words, tags and chapters as the first
uninterrupted render (eSpeak NG itself is not bit-reproducible, so clips
spoken again may differ by a few samples). A damaged cache clip must be
synthesized again, never stitched in.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import time
from pathlib import Path

import pytest

from ficaudio.synth import clip_frames

from _reliability import SHORT_STORY, SOAK, VOICES_YAML
from _render_check import assert_same_listen, clip_counts, render, render_interrupted, snapshot, temp_files

SLUG = "the-lamp"
ROUNDS = 6 if SOAK else 2


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> dict:
    root = tmp_path_factory.mktemp("baseline")
    story, voices = root / f"{SLUG}.txt", root / "voices.yaml"
    story.write_text(SHORT_STORY, encoding="utf-8")
    voices.write_text(VOICES_YAML, encoding="utf-8")
    started = time.monotonic()
    proc = render(story, voices, root / "out", root / "cache")
    seconds = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr
    return {"story": story, "voices": voices, "seconds": seconds, "files": snapshot(root / "out" / SLUG),
            "cache": root / "cache"}


@pytest.mark.slow
@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGKILL], ids=["SIGINT", "SIGKILL"])
def test_interrupted_render_resumes_to_identical_output(tmp_path: Path, baseline: dict, sig: int) -> None:
    rng = random.Random(f"{sig}-{ROUNDS}")
    for round_ in range(ROUNDS):
        out, cache = tmp_path / f"out{round_}", tmp_path / f"cache{round_}"
        after_s = rng.uniform(0.05, baseline["seconds"] * 1.1)
        code, err = render_interrupted(baseline["story"], baseline["voices"], out, cache, sig=sig, after_s=after_s)
        if sig == signal.SIGINT:
            # -SIGINT: the signal came as Python was exiting, after the render had finished.
            assert code in (0, 130, -signal.SIGINT), f"exit {code} after {after_s:.2f} s:\n{err[-3000:]}"
            assert "Traceback" not in err, err[-3000:]
            if code == 130:
                assert "Interrupted" in err and "run the same command again" in err, err
        else:
            assert code in (0, -signal.SIGKILL), code
        left_by_kill = set(temp_files(out)) if out.exists() else set()
        again = render(baseline["story"], baseline["voices"], out, cache)
        assert again.returncode == 0, f"resume after {after_s:.2f} s failed:\n{again.stderr}"
        synthesized, total = clip_counts(again.stderr)
        assert synthesized <= total
        # The resumed render leaves no temporary file of its own. (A SIGKILL during encoding can leave
        # one of the killed run's; sweeping those is test_stale_temporary_files_are_swept below.)
        assert set(temp_files(out)) <= left_by_kill, f"temporary files left after a {sig!r} at {after_s:.2f} s"
        if sig == signal.SIGINT:
            assert not left_by_kill, f"Ctrl-C at {after_s:.2f} s left {left_by_kill}"
        resumed = snapshot(out / SLUG)
        assert_same_listen(resumed, baseline["files"])
        clean = render(baseline["story"], baseline["voices"], tmp_path / f"clean{round_}", cache)
        assert clean.returncode == 0 and clip_counts(clean.stderr)[0] == 0, clean.stderr
        assert snapshot(tmp_path / f"clean{round_}" / SLUG) == resumed, f"resumed output after a {sig!r} at {after_s:.2f} s"


@pytest.mark.slow
def test_finished_clips_are_reused(tmp_path: Path, baseline: dict) -> None:
    cache = tmp_path / "cache"
    shutil.copytree(baseline["cache"], cache)
    proc = render(baseline["story"], baseline["voices"], tmp_path / "out", cache)
    assert proc.returncode == 0, proc.stderr
    synthesized, total = clip_counts(proc.stderr)
    assert (synthesized, total > 0) == (0, True)


@pytest.mark.slow
@pytest.mark.parametrize("damage", ["truncate", "zero-length", "garbage", "header-only"])
def test_damaged_cache_clip_is_synthesized_again(tmp_path: Path, baseline: dict, damage: str) -> None:
    cache = tmp_path / "cache"
    shutil.copytree(baseline["cache"], cache)
    clips = sorted((cache / "clips").rglob("*.wav"))
    victim = clips[len(clips) // 2]
    data = victim.read_bytes()
    victim.write_bytes({"truncate": data[: len(data) // 2], "zero-length": b"", "garbage": b"\x00garbage" * 500,
                        "header-only": data[:44]}[damage])
    proc = render(baseline["story"], baseline["voices"], tmp_path / "out", cache)
    assert proc.returncode == 0, proc.stderr
    assert clip_counts(proc.stderr)[0] == 1, proc.stderr
    assert clip_frames(victim) > 0 and abs(clip_frames(victim) - clip_frames_of(data, tmp_path)) < 2000
    assert_same_listen(snapshot(tmp_path / "out" / SLUG), baseline["files"])


def clip_frames_of(data: bytes, tmp_path: Path) -> int:
    path = tmp_path / "original.wav"
    path.write_bytes(data)
    return clip_frames(path)


@pytest.mark.slow
def test_stale_temporary_files_are_swept(tmp_path: Path, baseline: dict) -> None:
    out = tmp_path / "out"
    stale = [out / SLUG / ".the-lamp.k3j9x0aa.mp3", out / SLUG / ".story.8f7wq2zz.wav",
             out / SLUG / "chapters" / ".01-chapter-1-the-lamp.abcd1234.mp3", out / SLUG / ".part-x1y2z3w4"]
    for path in stale:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"half-written")
        os.utime(path, (time.time() - 7200, time.time() - 7200))  # two hours old: no render is writing it
    proc = render(baseline["story"], baseline["voices"], out, baseline["cache"])
    assert proc.returncode == 0, proc.stderr
    assert temp_files(out) == []
