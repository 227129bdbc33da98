"""Speed and memory of a render, measured against plain eSpeak NG + ffmpeg in the same run.

Cases (``--case``, default ``5k,50k``):
  5k    one chapter of about 5,000 words
  50k   ten chapters of about 50,000 words
  200k  twenty chapters of about 200,000 words: peak memory against one of its chapters (slow)

For each speed case, with a fresh clip cache:
  baseline  espeak-ng -f story.txt -w x.wav, then ffmpeg to MP3 at the same bit rate and sample rate
  render    ficaudio render story.txt -c voices.yaml (all clips synthesized)
  cached    the same render again (every clip from the cache)
  voice     the same render after one character's pitch changed in voices.yaml

and prints wall times and the ratios the issue sets targets for (render/baseline
<= 1.0 for 5k and <= 0.7 for 50k on two cores; cached/render <= 0.1; voice/render <= 0.35).

    python benchmarks/run.py                # make bench
    python benchmarks/run.py --case 200k    # memory
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from make_story import make_story  # noqa: E402

BITRATE = "128k"
CASES = {"5k": (5_000, 1), "50k": (50_000, 10), "200k": (200_000, 20)}
VOICES = ROOT / "voices.yaml"
CHANGED_CHARACTER = "Odessa"


def ficaudio_command() -> list[str]:
    exe = Path(sys.executable).with_name("ficaudio")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "ficaudio"]


CPU_SECONDS: list[float] = []
"""CPU time (user + system, the command and its children) of every timed command, in order."""


def timed(cmd: list[str], **kwargs) -> float:
    """Wall time of ``cmd``; its CPU time is appended to CPU_SECONDS."""
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


def baseline(story: Path, work: Path) -> float:
    wav, mp3 = work / "baseline.wav", work / "baseline.mp3"
    started = time.perf_counter()
    timed(["espeak-ng", "-f", str(story), "-w", str(wav)])
    timed(["ffmpeg", "-hide_banner", "-loglevel", "error", "-y", "-i", str(wav), "-ar", "44100",
           "-c:a", "libmp3lame", "-b:a", BITRATE, str(mp3)])
    return time.perf_counter() - started


def changed_voices(dest: Path) -> Path:
    text = VOICES.read_text(encoding="utf-8")
    pattern = re.compile(rf"(\n  {CHANGED_CHARACTER}:\n(?:    .*\n)*?    pitch: )(\d+)")
    if not pattern.search(text):
        raise SystemExit(f"{VOICES}: no pitch for {CHANGED_CHARACTER} to change")
    dest.write_text(pattern.sub(lambda m: m.group(1) + str(int(m.group(2)) + 7), text, count=1), encoding="utf-8")
    return dest


def render_cmd(story: Path, voices: Path, out: Path, cache: Path, *extra: str) -> list[str]:
    return [*ficaudio_command(), "render", str(story), "-c", str(voices), "-o", str(out), "--cache-dir", str(cache),
            "--bitrate", BITRATE, *extra]


def speed_case(name: str, work: Path) -> dict[str, float]:
    words, chapters = CASES[name]
    story = work / f"story-{name}.txt"
    story.write_text(make_story(words, chapters), encoding="utf-8")
    cache = work / f"cache-{name}"
    out = work / f"out-{name}"
    print(f"\n== {name}: {len(story.read_text().split())} words, {chapters} chapter(s)", flush=True)
    print(f"{'':32}{'wall':>9} {'cpu':>9}", flush=True)
    print(f"before: {load_note()}", flush=True)
    base = baseline(story, work)
    base_cpu = CPU_SECONDS[-1] + CPU_SECONDS[-2]
    print(f"baseline (espeak-ng + ffmpeg)   {base:7.2f} s {base_cpu:7.2f} s", flush=True)
    full = timed(render_cmd(story, VOICES, out, cache))
    print(f"ficaudio render                 {full:7.2f} s {CPU_SECONDS[-1]:7.2f} s   ratio {full / base:.2f} "
          f"(cpu {CPU_SECONDS[-1] / base_cpu:.2f})", flush=True)
    cached = timed(render_cmd(story, VOICES, out, cache))
    print(f"re-render, nothing changed      {cached:7.2f} s {CPU_SECONDS[-1]:7.2f} s   {cached / full:.2f} "
          "of a full render", flush=True)
    voice = timed(render_cmd(story, changed_voices(work / "voices-changed.yaml"), out, cache))
    print(f"re-render, one voice changed    {voice:7.2f} s {CPU_SECONDS[-1]:7.2f} s   {voice / full:.2f} "
          f"of a full render ({CHANGED_CHARACTER}'s pitch)", flush=True)
    print(f"after: {load_note()}", flush=True)
    return {"baseline": base, "render": full, "cached": cached, "voice": voice}


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
    proc = subprocess.run(cmd, capture_output=True, text=True)
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
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    for tool in ("espeak-ng", "ffmpeg"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed (make demo installs it)")
    print(f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    print(f"both encode MP3 at {BITRATE} CBR, 44.1 kHz mono with LAME; ffmpeg (baseline) uses LAME's default "
          "quality -q 3, ficaudio's default profile -q 7 (export/profiles.py)")
    work = Path(tempfile.mkdtemp(prefix="ficaudio-bench-"))
    try:
        for name in args.case.split(","):
            if name not in CASES:
                raise SystemExit(f"unknown case {name}; choose from {', '.join(CASES)}")
            if name == "200k":
                memory_case(name, work)
            else:
                speed_case(name, work)
    finally:
        if args.keep:
            print(f"work folder: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
