"""Shared settings and helpers for the reliability suite: bounded in CI, long under ``make soak``.

``FICAUDIO_FUZZ_EXAMPLES`` sets how many cases every hypothesis test tries
(default 60 per test, so the folder runs in about a minute); ``make soak``
sets it to 2000. ``FICAUDIO_SOAK=1`` also repeats the interruption and
concurrency renders more times.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from hypothesis import HealthCheck, settings

FUZZ_EXAMPLES = int(os.environ.get("FICAUDIO_FUZZ_EXAMPLES", "60"))
SOAK = os.environ.get("FICAUDIO_SOAK", "") not in ("", "0")

settings.register_profile(
    "ficaudio-reliability",
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
                           HealthCheck.function_scoped_fixture],
    derandomize=not SOAK,
    print_blob=True,
)
RELIABILITY = settings.get_profile("ficaudio-reliability")

SHORT_STORY = """Chapter 1: The Lamp

Wren lit the lamp before the storm came.

'Is it lit?' Osk asked from the door.

'It is,' said Wren. 'Come in and shut that.'

Chapter 2: The Storm

The wind took the shutters first.

"Hold on," Osk said.
"""

VOICES_YAML = (
    "narrator:\n  voice: en-gb\n  rate: 400\n"
    "characters:\n"
    "  Wren:\n    voice: en-us+f3\n    rate: 400\n    gender: female\n"
    "  Osk:\n    voice: en-gb+m3\n    rate: 400\n    gender: male\n"
)


def run_cli(args: list[str], *, env: dict[str, str] | None = None, timeout: float = 120,
            cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``python -m ficaudio ARGS`` in a fresh process (the way users run it)."""
    return subprocess.run([sys.executable, "-m", "ficaudio", *args], capture_output=True, text=True,
                          env=env, timeout=timeout, cwd=cwd)


GONE_WITHIN_S = 5.0


def session_processes(sid: int) -> list[tuple[int, str]]:
    """(pid, command) of every live (not zombie) process in session ``sid``."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        # Fields after the command name (which may hold spaces) in parentheses: state, ppid, pgrp, session.
        state, _ppid, _pgrp, session = stat.rsplit(")", 1)[1].split()[:4]
        if int(session) == sid and state != "Z":
            found.append((int(entry), cmdline.strip()))
    return found


def processes_left_in(sid: int) -> list[tuple[int, str]]:
    """The processes of session ``sid`` still alive GONE_WITHIN_S seconds from now (sooner if none are)."""
    deadline = time.monotonic() + GONE_WITHIN_S
    while (left := session_processes(sid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left
