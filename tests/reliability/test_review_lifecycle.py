"""`ficaudio review` as a process: its URL first, a clean Ctrl-C, a taken port, and nothing left behind.

A review must not outlive its parent (the terminal or script that started it), and a SIGKILLed
review, even while its synthesis workers run, leaves no process: every process is counted by the
session id of a new session, as in test_process_lifecycle.py.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from _reliability import GONE_WITHIN_S, processes_left_in, session_processes

STORY = """Chapter 1: The Long Speech

'{speech}' said Wren.

'Short,' said Ash.
"""


def _story(tmp_path: Path, sentences: int = 60) -> Path:
    # One paragraph spoken as many clips (600 characters each), none cached: seconds of synthesis.
    words = ("lamp storm river stone bridge lantern harbour window winter garden shadow candle market ferry orchard "
             "letter needle mirror basket meadow engine ladder kettle thunder").split()
    sentences = [" ".join(words[(i * 7 + j) % len(words)] for j in range(12)).capitalize() + "." for i in range(sentences)]
    path = tmp_path / "long-speech.txt"
    path.write_text(STORY.format(speech=" ".join(sentences)), encoding="utf-8")
    return path


def _start(tmp_path: Path, *extra: str, sentences: int = 60) -> tuple[subprocess.Popen, str]:
    story = _story(tmp_path, sentences)
    proc = subprocess.Popen([sys.executable, "-m", "ficaudio", "review", str(story), "--no-browser",
                             "--cache-dir", str(tmp_path / "cache"), *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    return proc, proc.stdout.readline().strip()


def _cleanup(sid: int) -> None:
    for pid, _ in session_processes(sid):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def _get(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


def test_url_first_then_ctrl_c_stops_it_cleanly(tmp_path: Path) -> None:
    proc, url = _start(tmp_path, "--port", "0")
    try:
        assert url.startswith("http://127.0.0.1:") and "/?token=" in url
        token = url.split("token=")[1]
        assert len(token) >= 32
        base = url.split("?")[0]
        assert _get(url) == 200
        assert _get(base + "api/script?token=" + token) == 200
        assert _get(base + "api/script") == 403
        # Bound to the loopback address only.
        port = int(url.split(":")[2].split("/")[0])
        import socket

        addresses = {a[4][0] for a in socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)} - {"127.0.0.1"}
        for address in addresses:
            with pytest.raises(OSError):
                socket.create_connection((address, port), timeout=2).close()
        proc.send_signal(signal.SIGINT)
        assert proc.wait(timeout=10) == 0
        stderr = proc.stderr.read()
        assert "Review stopped." in stderr and "Traceback" not in stderr
    finally:
        _cleanup(proc.pid)


def test_a_taken_port_is_one_clear_error(tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        proc, first = _start(tmp_path, "--port", str(port))
        try:
            assert proc.wait(timeout=30) == 2
            stderr = proc.stderr.read()
            assert first == "" and f"Error: port {port} is in use" in stderr and "--port 0" in stderr
            assert "Traceback" not in stderr
        finally:
            _cleanup(proc.pid)


_PARENT = """
import subprocess, sys, time
child = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, text=True)
print(child.stdout.readline().strip(), flush=True)
time.sleep(120)
"""


def test_a_review_dies_with_its_parent(tmp_path: Path) -> None:
    story = _story(tmp_path)
    parent = subprocess.Popen([sys.executable, "-c", _PARENT, sys.executable, "-m", "ficaudio", "review", str(story),
                               "--port", "0", "--no-browser", "--cache-dir", str(tmp_path / "cache")],
                              stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        url = parent.stdout.readline().strip()
        assert url.startswith("http://127.0.0.1:")
        assert len(session_processes(parent.pid)) >= 2  # the parent and the review
        parent.kill()
        parent.wait()
        left = processes_left_in(parent.pid)
        assert not left, f"the review outlived its parent: {left}"
    finally:
        _cleanup(parent.pid)


def _speak_long_paragraph(url: str) -> threading.Thread:
    """Ask for the long speech's paragraph (many uncached clips) in the background."""
    base, token = url.split("?")[0], url.split("token=")[1]

    def ask() -> None:
        try:
            _get(f"{base}api/audio/line/1?paragraph=1&token={token}")
        except OSError:
            pass  # the connection dies with the server

    thread = threading.Thread(target=ask, daemon=True)
    thread.start()
    return thread


def _wait_for_synthesis(tmp_path: Path) -> None:
    """Until the first clip of the request is in the cache: synthesis is under way."""
    started = time.monotonic()
    while not list((tmp_path / "cache").glob("clips/*/*.wav")):
        assert time.monotonic() - started < 60, "no clip was made"
        time.sleep(0.01)


@pytest.mark.slow
def test_a_sigkilled_review_leaves_no_process_even_while_synthesizing(tmp_path: Path) -> None:
    proc, url = _start(tmp_path, "--port", "0", sentences=400)
    try:
        thread = _speak_long_paragraph(url)
        _wait_for_synthesis(tmp_path)
        running = session_processes(proc.pid)
        assert [pid for pid, _ in running] == [proc.pid], running  # speech is made in the server itself
        assert thread.is_alive()
        proc.kill()
        proc.wait()
        left = processes_left_in(proc.pid)
        assert not left, f"processes still running {GONE_WITHIN_S} s after the review was killed: {left}"
    finally:
        _cleanup(proc.pid)


@pytest.mark.slow
def test_ctrl_c_while_synthesizing_stops_cleanly(tmp_path: Path) -> None:
    proc, url = _start(tmp_path, "--port", "0", sentences=400)
    try:
        _speak_long_paragraph(url)
        _wait_for_synthesis(tmp_path)
        os.killpg(proc.pid, signal.SIGINT)  # as a terminal sends Ctrl-C: to the whole process group
        assert proc.wait(timeout=30) == 0
        stderr = proc.stderr.read()
        assert "Traceback" not in stderr and "Review stopped." in stderr, stderr[-3000:]
    finally:
        _cleanup(proc.pid)
