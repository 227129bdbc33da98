"""Pathological text finishes in linear time: no input can hang the text stages.

Each case runs in a child process, first at a quarter of its size and then whole, so a regression to quadratic
time shows as the whole taking far more than four times the quarter (a ratio measured in the same run, not a
wall-clock figure: these machines are shared); a generous overall timeout keeps a hang from stalling the suite.
The sizes are the ones the issue names: 100,000 quote marks, a 1 MB single line.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from _reliability import SOAK

MB = 1_000_000
CASES = {
    # name: (unit, length in characters)
    "100k straight single quotes": ("'", 100_000),
    "100k straight double quotes": ('"', 100_000),
    "100k curly quotes": ("‘’“”", 100_000),
    "openers that never close": ("'a ", 300_000),
    "weak closers only": ("'a b' ", 300_000),
    "1 MB line of single-quote dialogue": ("'Hi,' said Mira. ", MB),
    "1 MB line of double-quote dialogue": ('"Go," he said. ', MB),
    "1 MB line of prose": ("the rain fell on the roofs of the town. ", MB),
    "1 MB word": ("a", MB),
    "1 MB of thought tags, no full stop": ("I thought, ", MB),
    "1 MB of thought tags with full stops": (", Mira thought. ", MB),
    "100k one-line paragraphs": ("a\n", 200_000),
    "20k chapter headings": ("Chapter 1\n\n", 220_000),
}
OTHER_LANGUAGE_CASES = {
    # Other languages' marks, dashes and tags (quote_marks.py, speakers/multilingual.py): unit, length, language.
    "100k guillemets, French": ("« »", 100_000, "fr"),
    "1 MB line of French dialogue with incises": ("« Je sais, dit-elle, mais non. » ", MB, "fr"),
    "1 MB line of Spanish dash dialogue": ("—Hola —dijo Ana—. ¿Vienes? ", MB, "es"),
    "1 MB line of German dialogue": ("„Komm“, sagte er. ", MB, "de"),
    "100k dashes, Spanish": ("— ", 200_000, "es"),
    "100k corner brackets": ("「『", 100_000, "ja"),
}
TIMEOUT_S = 300.0
"""For a whole table, whatever the load: only a hang comes near it."""
MAX_GROWTH = 9.0
"""Four times the text may take at most this many times as long (linear is 4, quadratic 16)."""
FLOOR_S = 0.25
"""Quarter-size times under this are taken as this: below it, timer and start-up noise dominate."""

_CHILD = textwrap.dedent(
    """
    import json, sys, time
    from ficaudio.config import Config
    from ficaudio.pipeline import analyse
    from ficaudio.readers import read_text
    for name, (unit, length, *language) in json.loads(sys.argv[1]).items():
        seconds = []
        for size in (length // 4, length):
            text = (unit * (size // len(unit) + 1))[:size]
            started = time.perf_counter()
            analyse(read_text(text), Config(language=language[0] if language else None))
            seconds.append(round(time.perf_counter() - started, 3))
        print(json.dumps([name, seconds]), flush=True)
    """
)


def _run(cases: dict[str, tuple[str, int]], timeout: float) -> dict[str, list[float]]:
    """Seconds per case, at a quarter of its size and whole; a case missing from the result did not finish."""
    try:
        proc = subprocess.run([sys.executable, "-c", _CHILD, json.dumps(cases)], capture_output=True, text=True,
                              timeout=timeout)
        out, err = proc.stdout, proc.stderr
        assert proc.returncode == 0, err[-2000:]
    except subprocess.TimeoutExpired as exc:
        out = exc.stdout.decode() if isinstance(exc.stdout, bytes) else (exc.stdout or "")
    return dict(json.loads(line) for line in out.splitlines() if line.startswith("["))


@pytest.mark.parametrize("table", [CASES, OTHER_LANGUAGE_CASES], ids=["english", "other languages"])
def test_pathological_text_finishes_in_linear_time(table) -> None:
    cases = {name: (unit, length * (4 if SOAK else 1), *rest) for name, (unit, length, *rest) in table.items()}
    times = _run(cases, timeout=TIMEOUT_S * (4 if SOAK else 1))
    print("\n".join(f"{name}: {quarter:.2f} s, whole {whole:.2f} s" for name, (quarter, whole) in times.items()))
    unfinished = [name for name in cases if name not in times]
    assert not unfinished, f"did not finish within {TIMEOUT_S:.0f} s: {unfinished} (finished: {times})"
    growing = _growing(times)
    if growing:  # measured again, alone: a burst of load on a shared machine passes, a quadratic step does not
        growing = _growing(_run({name: cases[name] for name in growing}, timeout=TIMEOUT_S * (4 if SOAK else 1)))
    assert not growing, f"four times the text took more than {MAX_GROWTH:.0f} times as long, twice: {growing}"


def _growing(times: dict[str, list[float]]) -> dict[str, list[float]]:
    """The cases whose whole text took more than MAX_GROWTH times as long as their quarter."""
    return {name: t for name, t in times.items() if t[1] > MAX_GROWTH * max(t[0], FLOOR_S)}


def test_many_skipped_thought_tags_in_one_line() -> None:
    # Regression: _add_narration rescanned from the paragraph start for every skipped thought tag
    # (8,000 tags in 128 KB took ~10 s; linear, it takes well under one).
    case = {"skipped thought tags": (", Mira thought. ", 128_000)}
    times = _run(case, timeout=60)
    if _growing(times):
        times = _run(case, timeout=60)  # measured again: load on a shared machine, or the regression
    assert not _growing(times), times
