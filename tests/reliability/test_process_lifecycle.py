"""No process outlives a render: a SIGKILLed render or preview leaves nothing running.

The command runs in a session of its own, so every process it starts (the
engine workers, multiprocessing's resource tracker, ffmpeg) carries the
session id, even after it is orphaned. The main process is SIGKILLed once
its workers are running (a render at least two seconds in), and a few seconds
later no live process of that session may be left. Zombies (dead, waiting to
be reaped by whatever adopted them) do not count: they run nothing.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from _reliability import GONE_WITHIN_S, VOICES_YAML, processes_left_in, session_processes



def _long_story(words: int = 30_000) -> str:
    """A story of new sentences (nothing repeats, so nothing is cached), for a render that takes a while."""
    rng = random.Random(14)
    vocabulary = ("lamp storm river stone bridge lantern harbour window winter garden shadow candle market "
                  "ferry orchard letter needle mirror basket meadow engine ladder kettle thunder").split()
    out = ["Chapter 1: The Long Night", ""]
    count = 0
    while count < words:
        sentence = " ".join(rng.choice(vocabulary) for _ in range(12))
        spoken = " ".join(rng.choice(vocabulary) for _ in range(6))
        out += [f"The {sentence}.", "", f"'The {spoken},' said Wren.", ""]
        count += 21
    return "\n".join(out)


def _kill_when_running(cmd: list[str], *, at_least_s: float, timeout_s: float = 60) -> list[tuple[int, str]]:
    """Start ``cmd`` in a new session; SIGKILL its main process once it has children and ``at_least_s`` passed.

    Returns the session's live processes GONE_WITHIN_S after the kill (empty when all went).
    """
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    started = time.monotonic()
    try:
        while True:
            running = session_processes(proc.pid)
            if len(running) >= 3 and time.monotonic() - started >= at_least_s:
                break  # the main process and at least two more: workers (and the resource tracker)
            if proc.poll() is not None:
                pytest.fail(f"finished before it could be killed (exit {proc.returncode}): "
                            f"{proc.stderr.read().decode(errors='replace')[-2000:]}")
            if time.monotonic() - started > timeout_s:
                pytest.fail(f"no worker processes after {timeout_s} s: {running}")
            time.sleep(0.02)
        proc.kill()
        proc.wait()
        return processes_left_in(proc.pid)
    finally:
        # Whatever happens, nothing of this test may outlive it.
        for pid, _ in session_processes(proc.pid):
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        proc.stderr.close()


@pytest.mark.slow
def test_sigkilled_render_leaves_no_process(tmp_path: Path) -> None:
    story, voices = tmp_path / "long-night.txt", tmp_path / "voices.yaml"
    story.write_text(_long_story(), encoding="utf-8")
    voices.write_text(VOICES_YAML.replace("rate: 400", "rate: 170"), encoding="utf-8")
    cmd = [sys.executable, "-m", "ficaudio", "render", str(story), "-c", str(voices), "-o", str(tmp_path / "out"),
           "--cache-dir", str(tmp_path / "cache"), "-j", "2"]
    left = _kill_when_running(cmd, at_least_s=2.0)
    assert not left, f"processes still running {GONE_WITHIN_S} s after the render was killed: {left}"


@pytest.mark.slow
def test_sigkilled_preview_leaves_no_process(tmp_path: Path) -> None:
    story, voices = tmp_path / "long-night.txt", tmp_path / "voices.yaml"
    story.write_text(_long_story(1000), encoding="utf-8")
    voices.write_text(VOICES_YAML, encoding="utf-8")
    # --cast with an empty cache speaks several lines of every voice: enough for worker processes.
    cmd = [sys.executable, "-m", "ficaudio", "preview", str(story), "--cast", "-c", str(voices),
           "-o", str(tmp_path / "cast.mp3"), "--cache-dir", str(tmp_path / "cache")]
    left = _kill_when_running(cmd, at_least_s=0.0)
    assert not left, f"processes still running {GONE_WITHIN_S} s after the preview was killed: {left}"


_CHILD = """
import sys, time
import ficaudio.synth as synth
if sys.argv[1] == "poll":
    synth.sys = type("NotLinux", (), {"platform": "darwin"})  # no PR_SET_PDEATHSIG: the polling thread must do it
synth.die_with_parent(int(sys.argv[2]))
print("armed", flush=True)
time.sleep(60)
"""
_PARENT = """
import subprocess, sys, time, os
subprocess.Popen([sys.executable, "-c", sys.argv[1], sys.argv[2], str(os.getpid())])
time.sleep(60)
"""


@pytest.mark.parametrize("how", ["pdeathsig", "poll"])
def test_a_worker_dies_with_its_parent(how: str) -> None:
    """Both ways a worker learns its parent died (the kernel's signal, and polling elsewhere) end it."""
    parent = subprocess.Popen([sys.executable, "-c", _PARENT, _CHILD, how], start_new_session=True,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout.readline().strip() == "armed"  # the child (sharing this pipe) is ready
        parent.kill()
        parent.wait()
        left = processes_left_in(parent.pid)
        assert not left, f"the child outlived its parent ({how}): {left}"
    finally:
        for pid, _ in session_processes(parent.pid):
            os.kill(pid, signal.SIGKILL)
        parent.stdout.close()
