"""Speed and memory of a render, measured against plain eSpeak NG + ffmpeg in the same run.

Cases (``--case``, default ``5k,50k``):
  5k    one chapter of about 4,700 words (the size of the one-shot in ../shared/sample-input;
        ``--sample-input`` renders that story itself when it is there)
  50k   ten chapters of about 50,000 words
  200k  twenty chapters of about 200,000 words: peak memory against one of its chapters (slow)

For each speed case, ``--pairs`` times, in turn (the order swapped every other pair, so drift in the
machine's load falls on both sides):
  baseline  the plainest audiobook: espeak-ng -f story.txt -w x.wav, then ffmpeg -i x.wav x.mp3
            (ffmpeg's default MP3 settings)
  render    ficaudio render story.txt -c voices.yaml, default profile, from an empty cache
then, once:
  cached    the same render again, 5 times (everything from the cache; the median is reported)
  voice     the same render after one character's pitch changed in voices.yaml

and prints wall and CPU (user + system, children included) of each, the median of the pairs'
render/baseline ratios (targets on two cores: wall <= 0.6, CPU <= 1.0), and cached/render (<= 0.05).

    python benchmarks/run.py                  # make bench
    python benchmarks/run.py --case 5k --pairs 5
    python benchmarks/run.py --src /tmp/old/src   # another version of ficaudio, same baseline
    python benchmarks/run.py --case 200k      # memory
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_story import make_story  # noqa: E402

CASES = {"5k": (4_700, 1), "50k": (50_000, 10), "200k": (200_000, 20)}
SAMPLE_INPUT = ROOT.parent / "shared" / "sample-input"
"""Optional (``--sample-input``): a real one-shot; nothing depends on it."""
SOURCE: Path | None = None
"""``--src``: run ficaudio from this source folder instead of the installed one."""
VOICES = ROOT / "voices.yaml"
CHANGED_CHARACTER = "Odessa"
CACHED_RUNS = 5
"""Unchanged re-renders timed, of which the median is reported."""


def ficaudio_command() -> list[str]:
    exe = Path(sys.executable).with_name("ficaudio")
    return [str(exe)] if exe.exists() and SOURCE is None else [sys.executable, "-m", "ficaudio"]


PYCACHE: Path | None = None
"""Where ficaudio's bytecode is cached during the run (set in main)."""


def ficaudio_env() -> dict[str, str]:
    """ficaudio runs as an installed program does: with Python's bytecode cache.

    This project's machines set PYTHONDONTWRITEBYTECODE=1, which made every
    ficaudio process (the main one and each engine worker) compile its sources
    again, about 0.06 s of CPU each. The cache goes to the work folder, not src/.
    """
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    if PYCACHE is not None:
        env["PYTHONPYCACHEPREFIX"] = str(PYCACHE)
    if SOURCE is not None:
        env["PYTHONPATH"] = str(SOURCE)
    return env


def warm_up(work: Path) -> None:
    """One small untimed render: bytecode compiled, eSpeak NG's data and ffmpeg in the page cache."""
    story = work / "warm-up.txt"
    story.write_text(make_story(300, 1, seed=1), encoding="utf-8")
    subprocess.run(render_cmd(story, VOICES, work / "out-warm-up", work / "cache-warm-up"), capture_output=True,
                   env=ficaudio_env(), check=True)
    subprocess.run(["espeak-ng", "-f", str(story), "-w", str(work / "warm-up.wav")], capture_output=True, check=True)


CPU_SECONDS: list[float] = []
"""CPU time (user + system, the command and its children) of every timed command, in order."""


def timed(cmd: list[str], **kwargs) -> float:
    """Wall time of ``cmd``; its CPU time is appended to CPU_SECONDS."""
    if cmd[: len(ficaudio_command())] == ficaudio_command():
        kwargs.setdefault("env", ficaudio_env())
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, **kwargs)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU_SECONDS.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    return elapsed


def load_note() -> str:
    one, _, _ = os.getloadavg()
    return f"(load average {one:.1f} on {os.cpu_count()} cores)"


def baseline(story: Path, work: Path) -> tuple[float, float]:
    """Wall and CPU seconds of the plain one-voice audiobook: eSpeak NG, then ffmpeg's default MP3."""
    wav, mp3 = work / "baseline.wav", work / "baseline.mp3"
    for path in (wav, mp3):
        path.unlink(missing_ok=True)
    started = time.perf_counter()
    timed(["espeak-ng", "-f", str(story), "-w", str(wav)])
    timed(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", str(wav), str(mp3)])
    return time.perf_counter() - started, CPU_SECONDS[-1] + CPU_SECONDS[-2]


def changed_voices(dest: Path) -> Path:
    text = VOICES.read_text(encoding="utf-8")
    pattern = re.compile(rf"(\n  {CHANGED_CHARACTER}:\n(?:    .*\n)*?    pitch: )(\d+)")
    if not pattern.search(text):
        raise SystemExit(f"{VOICES}: no pitch for {CHANGED_CHARACTER} to change")
    dest.write_text(pattern.sub(lambda m: m.group(1) + str(int(m.group(2)) + 7), text, count=1), encoding="utf-8")
    return dest


def render_cmd(story: Path, voices: Path, out: Path, cache: Path, *extra: str) -> list[str]:
    return [*ficaudio_command(), "render", str(story), "-c", str(voices), "-o", str(out), "--cache-dir", str(cache),
            *extra]


def case_story(name: str, work: Path, *, sample_input: bool) -> Path:
    story = work / f"story-{name}.txt"
    if name == "5k" and sample_input:
        found = sorted(SAMPLE_INPUT.glob("*.txt")) if SAMPLE_INPUT.is_dir() else []
        if found:
            shutil.copyfile(found[0], story)
            print(f"(the story is {found[0]})")
            return story
        print(f"(no story in {SAMPLE_INPUT}: a generated one)")
    words, chapters = CASES[name]
    story.write_text(make_story(words, chapters), encoding="utf-8")
    return story


def speed_case(name: str, work: Path, *, pairs: int, sample_input: bool) -> dict[str, float]:
    story = case_story(name, work, sample_input=sample_input)
    chapters = len(re.findall(r"^Chapter \d+", story.read_text(encoding="utf-8"), re.MULTILINE)) or 1
    print(f"\n== {name}: {len(story.read_text(encoding='utf-8').split())} words, {chapters} chapter(s), "
          f"{pairs} pair(s)", flush=True)
    print(f"before: {load_note()}", flush=True)
    print(f"{'':12}{'baseline wall':>14} {'cpu':>8} {'ficaudio wall':>14} {'cpu':>8} {'ratio wall':>11} {'cpu':>6}",
          flush=True)
    walls, cpus, renders = [], [], []
    out = work / f"out-{name}"
    cache = work / f"cache-{name}"
    for pair in range(pairs):
        shutil.rmtree(cache, ignore_errors=True)  # a cold render: no clip, part or analysis cached
        shutil.rmtree(out, ignore_errors=True)
        if pair % 2 == 0:
            base, base_cpu = baseline(story, work)
            full = timed(render_cmd(story, VOICES, out, cache))
            full_cpu = CPU_SECONDS[-1]
        else:
            full = timed(render_cmd(story, VOICES, out, cache))
            full_cpu = CPU_SECONDS[-1]
            base, base_cpu = baseline(story, work)
        walls.append(full / base)
        cpus.append(full_cpu / base_cpu)
        renders.append(full)
        print(f"pair {pair + 1:<7}{base:12.2f} s {base_cpu:6.2f} s {full:12.2f} s {full_cpu:6.2f} s "
              f"{walls[-1]:11.2f} {cpus[-1]:6.2f}", flush=True)
    wall_ratio, cpu_ratio = statistics.median(walls), statistics.median(cpus)
    print(f"median ratio, render / baseline: wall {wall_ratio:.2f} (target 0.6), cpu {cpu_ratio:.2f} (target 1.0)",
          flush=True)
    full = statistics.median(renders)
    # A fifth of a second, where the machine's noise is tens of milliseconds: the median of five.
    reruns = []
    for _ in range(CACHED_RUNS):
        reruns.append((timed(render_cmd(story, VOICES, out, cache)), CPU_SECONDS[-1]))
    cached, cached_cpu = sorted(reruns)[len(reruns) // 2]
    print(f"re-render, nothing changed   {cached:7.2f} s {cached_cpu:6.2f} s cpu   {cached / full:.3f} "
          f"of a cold render (target 0.05; median of {CACHED_RUNS}, "
          f"{min(r[0] for r in reruns):.2f}-{max(r[0] for r in reruns):.2f} s)", flush=True)
    voice = timed(render_cmd(story, changed_voices(work / "voices-changed.yaml"), out, cache))
    print(f"re-render, one voice changed {voice:7.2f} s {CPU_SECONDS[-1]:6.2f} s cpu   {voice / full:.2f} "
          f"of a cold render ({CHANGED_CHARACTER}'s pitch)", flush=True)
    print(f"after: {load_note()}", flush=True)
    return {"wall": wall_ratio, "cpu": cpu_ratio, "cached": cached / full, "voice": voice / full}


_RSS_PROBE = """
import resource, sys
from ficaudio.cli import main
sys.argv = ["ficaudio", *sys.argv[1:]]
try:
    main()
except SystemExit as exc:
    if exc.code:
        raise
finally:
    print("MAXRSS_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, file=sys.stderr)
"""


def peak_rss_kb(story: Path, out: Path, cache: Path) -> int:
    """Peak resident memory of the ficaudio process itself (ffmpeg and engine workers are separate)."""
    cmd = [sys.executable, "-c", _RSS_PROBE, "render", str(story), "-o", str(out), "--cache-dir", str(cache)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=ficaudio_env())
    found = re.search(r"MAXRSS_KB (\d+)", proc.stderr)
    if proc.returncode != 0 or not found:
        raise SystemExit(f"failed: {' '.join(cmd)}\n{proc.stderr[-2000:]}")
    return int(found.group(1))


def memory_case(name: str, work: Path) -> None:
    words, chapters = CASES[name]
    story = work / f"story-{name}.txt"
    text = make_story(words, chapters)
    story.write_text(text, encoding="utf-8")
    one = work / f"story-{name}-one-chapter.txt"
    first = text.split("\nChapter 2:")[0]
    one.write_text(first, encoding="utf-8")
    print(f"\n== {name}: {len(text.split())} words, {chapters} chapters; peak RSS of the ficaudio process, "
          "each render from an empty cache (synthesis and encoding included)", flush=True)
    started = time.perf_counter()
    chapter = peak_rss_kb(one, work / "out-one", work / f"cache-{name}-one")
    print(f"one chapter   {chapter / 1024:8.1f} MB   ({time.perf_counter() - started:.0f} s)", flush=True)
    started = time.perf_counter()
    whole = peak_rss_kb(story, work / "out-whole", work / f"cache-{name}-whole")
    print(f"whole story   {whole / 1024:8.1f} MB   ({time.perf_counter() - started:.0f} s)   ratio {whole / chapter:.2f} "
          "(target <= 1.5)", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description="ficaudio speed and memory benchmarks")
    parser.add_argument("--case", default="5k,50k", help="comma-separated: 5k, 50k, 200k")
    parser.add_argument("--pairs", type=int, default=None,
                        help="baseline/render pairs per speed case (default 3 for 5k, 2 for 50k)")
    parser.add_argument("--sample-input", action="store_true",
                        help=f"5k: render the story in {SAMPLE_INPUT} (when there) instead of a generated one")
    parser.add_argument("--src", type=Path, default=None, help="run ficaudio from this source folder (PYTHONPATH)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    global SOURCE
    SOURCE = args.src.resolve() if args.src else None
    for tool in ("espeak-ng", "ffmpeg"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed (make demo installs it)")
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print("baseline: espeak-ng's WAV (22.05 kHz mono) to MP3 with ffmpeg's defaults (libmp3lame, which picks "
          "32 kb/s for 22.05 kHz mono, at LAME's -q 3);\nficaudio: its default profile (export/profiles.py)"
          f"{'' if SOURCE is None else ', from ' + str(SOURCE)}, with a bytecode cache (see ficaudio_env)")
    work = Path(tempfile.mkdtemp(prefix="ficaudio-bench-"))
    global PYCACHE
    PYCACHE = work / "pycache"
    try:
        warm_up(work)
        for name in args.case.split(","):
            if name not in CASES:
                raise SystemExit(f"unknown case {name}; choose from {', '.join(CASES)}")
            if name == "200k":
                memory_case(name, work)
            else:
                pairs = args.pairs or (3 if name == "5k" else 2)
                speed_case(name, work, pairs=pairs, sample_input=args.sample_input)
    finally:
        if args.keep:
            print(f"work folder: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
