"""The Piper narrator against the eSpeak NG one, in the same run: speed, and how well it is understood.

Speed: the 5,000-word case of run.py (a generated one-chapter story, every line new), rendered
with the demo's voices.yaml from an empty cache twice, in turn (the order swapped every other
pair): as it is (every voice eSpeak NG), and with ``--narrator-engine piper`` (the narration,
most of the words, in Piper's en_US-joe-medium; the characters keep their eSpeak NG voices).
Then each once more from its cache. Printed per render: wall and CPU seconds, the story's
audio length, the real-time factor (wall / audio; both cores busy), the same from CPU time
(cpu / cores / audio: what the wall time would be with the cores to itself, for a shared
machine) and words per second per core (story words / wall / cores).

Memory: the peak resident memory of each of those renders, all its processes together (sampled
from /proc), and the largest single process (an engine worker, which loads Piper's model once).

Intelligibility: a fixed original passage (tests/audio_checks.py PASSAGE) is read DRAWS times by
each of: ficaudio's eSpeak NG narrator without voices.yaml (en-gb, rate 170, pitch 45: the baseline
the issue most plausibly means, as --narrator-engine piper replaces it), the demo's voices.yaml
narrator (en-gb, rate 165, pitch 45), eSpeak NG's en-us, and Piper's bundled voice at each of those
rates; PocketSphinx (its PyPI package's US English model) transcribes each reading, and the median
share of the passage's words it recognised, in order, is printed per voice with its range. Piper is
compared with each eSpeak NG voice at the same rate.

Targets (issue 15): Piper render RTF <= 0.15 on two cores; Piper's cached re-render as fast as
eSpeak NG's (ratio <= 1.0, within noise); recognised share for Piper >= 4x eSpeak NG's narrator.

    python benchmarks/bench_piper.py              # make bench
    python benchmarks/bench_piper.py --pairs 1
"""

from __future__ import annotations

import argparse
import os
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
sys.path.insert(0, str(ROOT / "tests"))

import run  # noqa: E402  (the same story, commands and timing as make bench's render case)
from make_story import make_story  # noqa: E402

WORDS = 4_700
CACHED_RUNS = 3


def audio_seconds(mp3: Path) -> float:
    from mutagen.mp3 import MP3

    return MP3(mp3).info.length


def render(story: Path, work: Path, tag: str, *extra: str) -> tuple[float, float, float, float, float]:
    """(wall, cpu, audio seconds, peak MB in all, peak MB of one process) of one render from an empty cache;
    its cache is kept for the re-render."""
    out, cache = work / f"out-{tag}", work / f"cache-{tag}"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    wall, cpu, total, single = timed_with_memory(run.render_cmd(story, run.VOICES, out, cache, *extra))
    return wall, cpu, audio_seconds(next(out.glob("*/*.mp3"))), total, single


def cached(story: Path, work: Path, tag: str, *extra: str) -> tuple[float, float]:
    wall = run.timed(run.render_cmd(story, run.VOICES, work / f"out-{tag}", work / f"cache-{tag}", *extra))
    return wall, run.CPU_SECONDS[-1]


def _tree_rss_kb(root: int) -> dict[int, int]:
    """VmRSS (kB) of ``root`` and every process below it, from /proc (Linux)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
    tree, grew = {root}, True
    while grew:
        below = {pid for pid, parent in parents.items() if parent in tree} - tree
        grew, tree = bool(below), tree | below
    rss: dict[int, int] = {}
    for pid in tree:
        try:
            with open(f"/proc/{pid}/status", encoding="utf-8") as f:
                rss[pid] = next(int(line.split()[1]) for line in f if line.startswith("VmRSS:"))
        except (OSError, StopIteration, ValueError):
            continue
    return rss


MEMORY_EVERY_S = 0.25


def timed_with_memory(cmd: list[str]) -> tuple[float, float, float, float]:
    """(wall s, cpu s, peak MB of all its processes at once, peak MB of one process) of one run of ``cmd``.

    Memory is sampled from /proc every MEMORY_EVERY_S (a render's main process, its engine workers,
    ffmpeg); CPU is the children's rusage, as run.timed counts it.
    """
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=run.ficaudio_env(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    total = single = 0
    while proc.poll() is None:
        rss = _tree_rss_kb(proc.pid)
        total, single = max(total, sum(rss.values())), max([single, *rss.values()])
        time.sleep(MEMORY_EVERY_S)
    wall = time.perf_counter() - started
    err = proc.stderr.read().decode(errors="replace")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(cmd)}\n{err[-2000:]}")
    cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
    return wall, cpu, total / 1024, single / 1024


def speed(work: Path, pairs: int) -> dict[str, float]:
    story = work / "story-5k.txt"
    story.write_text(make_story(WORDS, 1), encoding="utf-8")
    words = len(story.read_text(encoding="utf-8").split())
    cores = os.cpu_count() or 1
    print(f"\n== 5k: {words} words, one chapter, {pairs} pair(s); before: {run.load_note()}", flush=True)
    print(f"{'':22}{'wall':>9} {'cpu':>8} {'audio':>9} {'RTF':>7} {'cpu RTF':>8} {'words/s/core':>13} "
          f"{'peak RSS: all, one process':>27}", flush=True)
    rows: dict[str, list[tuple[float, float, float]]] = {"espeak": [], "piper": []}
    memory: dict[str, list[tuple[float, float]]] = {"espeak": [], "piper": []}
    cases = {"espeak": (), "piper": ("--narrator-engine", "piper")}
    for pair in range(pairs):
        order = ("espeak", "piper") if pair % 2 == 0 else ("piper", "espeak")
        for tag in order:
            wall, cpu, audio, total, single = render(story, work, tag, *cases[tag])
            rows[tag].append((wall, cpu, audio))
            memory[tag].append((total, single))
            label = "eSpeak NG narrator" if tag == "espeak" else "Piper narrator"
            print(f"{label:<22}{wall:7.2f} s {cpu:6.2f} s {audio:7.1f} s {wall / audio:7.3f} "
                  f"{cpu / cores / audio:8.3f} {words / wall / cores:13.1f} {total:12.0f} MB, {single:5.0f} MB",
                  flush=True)
    result: dict[str, float] = {}
    for tag in rows:
        result[f"{tag}_rtf"] = statistics.median(w / a for w, _, a in rows[tag])
        result[f"{tag}_cpu_rtf"] = statistics.median(c / cores / a for _, c, a in rows[tag])
        result[f"{tag}_wpcs"] = statistics.median(words / c for _, c, _ in rows[tag])
        result[f"{tag}_wps"] = statistics.median(words / w / cores for w, _, _ in rows[tag])
    again: dict[str, list[tuple[float, float]]] = {"espeak": [], "piper": []}
    for _ in range(CACHED_RUNS):  # in turn, so the machine's load falls on both
        for tag in ("espeak", "piper"):
            again[tag].append(cached(story, work, tag, *cases[tag]))
    for tag in ("espeak", "piper"):
        wall, cpu = statistics.median(w for w, _ in again[tag]), statistics.median(c for _, c in again[tag])
        result[f"{tag}_cached"], result[f"{tag}_cached_cpu"] = wall, cpu
        print(f"{'re-render, ' + tag:<22}{wall:7.2f} s {cpu:6.2f} s  (everything from the cache; median of "
              f"{CACHED_RUNS})", flush=True)
    print(f"median RTF: Piper {result['piper_rtf']:.3f} (target <= 0.15), eSpeak NG {result['espeak_rtf']:.3f}; "
          f"from CPU time over {cores} cores (what the wall would be with the cores to itself): Piper "
          f"{result['piper_cpu_rtf']:.3f}, eSpeak NG {result['espeak_cpu_rtf']:.3f}", flush=True)
    print(f"the Piper render took {result['espeak_wps'] / result['piper_wps']:.1f}x the eSpeak NG render's wall time; "
          f"words/s per core: Piper {result['piper_wps']:.1f}, eSpeak NG {result['espeak_wps']:.1f}; words per "
          f"CPU second: Piper {result['piper_wpcs']:.1f}, eSpeak NG {result['espeak_wpcs']:.1f}", flush=True)
    print(f"peak memory (largest of the renders; {cores} engine workers, each loading Piper's model once): Piper "
          f"{max(t for t, _ in memory['piper']):.0f} MB in all, {max(o for _, o in memory['piper']):.0f} MB in one "
          f"process; eSpeak NG {max(t for t, _ in memory['espeak']):.0f} MB, "
          f"{max(o for _, o in memory['espeak']):.0f} MB", flush=True)
    print(f"cached re-render, Piper / eSpeak NG: wall {result['piper_cached'] / result['espeak_cached']:.2f}, "
          f"cpu {result['piper_cached_cpu'] / result['espeak_cached_cpu']:.2f} (target <= 1.0)", flush=True)
    print(f"after: {run.load_note()}", flush=True)
    return result


DRAWS = 3
"""Readings per voice. Neither engine says a line the same way twice: Piper's noise is drawn anew, and
eSpeak NG's timing moves by a few samples (measured: the demo narrator's reading 769,685 to 769,943
frames), and PocketSphinx's share moves with it (eSpeak NG 15.9-22.1%, Piper 77.9-85.0% on this
passage). So each voice reads it DRAWS times and the medians are compared."""


def intelligibility(work: Path) -> dict[str, float]:
    from audio_checks import PASSAGE, recognised_share

    from ficaudio.casting import cast_voices
    from ficaudio.config import DEFAULT_NARRATOR, load_config
    from ficaudio.model import Voice
    from ficaudio.synth import ClipRequest, Engines, synthesize_one

    demo = cast_voices({}, load_config(run.VOICES)).narrator  # the demo's voices.yaml, as a render speaks it
    default = cast_voices({}, load_config(None)).narrator  # no voices.yaml: ficaudio's own narrator
    assert (default.voice_id, default.rate, default.pitch) == (DEFAULT_NARRATOR.voice_id, DEFAULT_NARRATOR.rate,
                                                              DEFAULT_NARRATOR.pitch)
    rates = sorted({default.rate, demo.rate})
    voices = {
        "default": (f"eSpeak NG {default.voice_id} rate {default.rate} pitch {default.pitch}: ficaudio's narrator "
                    "without voices.yaml, the one --narrator-engine piper replaces", default),
        "demo": (f"eSpeak NG {demo.voice_id} rate {demo.rate} pitch {demo.pitch}: the demo's voices.yaml narrator", demo),
        "en-us": (f"eSpeak NG en-us rate {default.rate}", Voice("en-us", default.rate, 50, 1.0)),
        **{f"piper-{rate}": (f"Piper en_US-joe-medium rate {rate}", Voice("en_US-joe-medium", rate, engine="piper"))
           for rate in rates},
    }
    print(f"\n== intelligibility: PocketSphinx on a {len(PASSAGE.split())}-word passage, {DRAWS} readings per "
          "voice (each reading differs a little); median and range of the share of words recognised", flush=True)
    shares: dict[str, float] = {}
    engines = Engines()
    for tag, (label, voice) in voices.items():
        draws = []
        for draw in range(DRAWS):
            clip = synthesize_one(engines, ClipRequest(PASSAGE, voice), work / f"passage-{tag}-{draw}.wav")
            draws.append(recognised_share(clip, PASSAGE)[0])
        shares[tag] = statistics.median(draws)
        print(f"{shares[tag]:6.1%} ({min(draws):.1%}-{max(draws):.1%})  {label}", flush=True)
    for tag, rate, what in (("default", default.rate, "ficaudio's eSpeak NG narrator (the issue's baseline)"),
                            ("demo", demo.rate, "the demo's eSpeak NG narrator"),
                            ("en-us", default.rate, "eSpeak NG en-us")):
        ratio = shares[f"piper-{rate}"] / max(shares[tag], 1e-9)
        print(f"Piper / {what}, both at rate {rate}: {ratio:.1f}x (target >= 4x)", flush=True)
    return shares


def main() -> None:
    parser = argparse.ArgumentParser(description="Piper narrator benchmark")
    parser.add_argument("--pairs", type=int, default=2)
    parser.add_argument("--skip-speed", action="store_true")
    args = parser.parse_args()
    from ficaudio.tts.piper_engine import neural_missing

    if neural_missing():
        raise SystemExit(neural_missing())
    work = Path(tempfile.mkdtemp(prefix="ficaudio-bench-piper-"))
    run.PYCACHE = work / "pycache"
    try:
        run.warm_up(work)
        warm = work / "warm-up.txt"  # written by run.warm_up; now once through Piper (model in the page cache)
        run.timed(run.render_cmd(warm, run.VOICES, work / "out-warm-piper", work / "cache-warm-piper",
                                 "--narrator-engine", "piper"))
        if not args.skip_speed:
            speed(work, args.pairs)
        intelligibility(work)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
