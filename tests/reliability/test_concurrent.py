"""Two renders of the same story at once share a cache without corrupting it or each other."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from ficaudio.synth import clip_frames

from _reliability import SHORT_STORY, SOAK, VOICES_YAML
from _render_check import assert_same_listen, clip_counts, render, render_cmd, snapshot, temp_files

SLUG = "the-lamp"


def _start(story: Path, voices: Path, out: Path, cache: Path) -> subprocess.Popen:
    return subprocess.Popen(render_cmd(story, voices, out, cache), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


@pytest.mark.slow
@pytest.mark.parametrize("same_folder", [False, True], ids=["two-folders", "same-folder"])
def test_two_renders_at_once(tmp_path: Path, same_folder: bool) -> None:
    story, voices, cache = tmp_path / f"{SLUG}.txt", tmp_path / "voices.yaml", tmp_path / "cache"
    story.write_text(SHORT_STORY, encoding="utf-8")
    voices.write_text(VOICES_YAML, encoding="utf-8")
    for round_ in range(4 if SOAK else 1):
        outs = [tmp_path / f"r{round_}-a", tmp_path / f"r{round_}-{'a' if same_folder else 'b'}"]
        procs = [_start(story, voices, out, cache) for out in outs]
        results = [(p.wait(timeout=180), *p.communicate()) for p in procs]
        for code, _stdout, stderr in results:
            assert code == 0, stderr
            assert "Traceback" not in stderr
        for out in set(outs):
            assert temp_files(out) == [], temp_files(out)
        snaps = [snapshot(out / SLUG) for out in outs]
        assert_same_listen(snaps[0], snaps[1])
        assert all(length > 1000 for name, (length, _tags) in
                   ((n, v) for n, v in snaps[0].items() if n.endswith(".mp3"))), snaps[0].keys()
        # The shared cache holds only whole clips, and a third render finds every one of them.
        clips = list((cache / "clips").rglob("*.wav"))
        assert clips and all(clip_frames(c) > 0 for c in clips)
        third = render(story, voices, tmp_path / f"r{round_}-c", cache)
        assert third.returncode == 0 and clip_counts(third.stderr)[0] == 0, third.stderr
        assert_same_listen(snapshot(tmp_path / f"r{round_}-c" / SLUG), snaps[0])
