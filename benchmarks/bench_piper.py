"""The Piper narrator against the eSpeak NG one, in the same run: speed, and how well it is understood.

Speed: the 5,000-word case of run.py (a generated one-chapter story, every line new), rendered
with the demo's voices.yaml from an empty cache twice, in turn (the order swapped every other
pair): as it is (every voice eSpeak NG), and with ``--narrator-engine piper`` (the narration,
most of the words, in Piper's en_US-joe-medium; the characters keep their eSpeak NG voices).
Then each once more from its cache. Printed per render: wall and CPU seconds, the story's
audio length, the real-time factor (wall / audio; both cores busy), the same from CPU time
(cpu / cores / audio: what the wall time would be with the cores to itself, for a shared
machine) and words per second per core (story words / wall / cores).

Intelligibility: a fixed original passage (tests/audio_checks.py PASSAGE) read by the demo's
eSpeak NG narrator (en-gb, pitch 45), by eSpeak NG's en-us, and by Piper's bundled voice, each at
the demo narrator's rate (165 words per minute), is transcribed by PocketSphinx (its PyPI package's US English model); the
share of the passage's words it recognised, in order, is printed for each.

Targets (issue 15): Piper render RTF <= 0.15 on two cores; Piper's cached re-render as fast as
eSpeak NG's (ratio <= 1.0, within noise); recognised share for Piper >= 4x eSpeak NG's narrator.

    python benchmarks/bench_piper.py              # make bench
    python benchmarks/bench_piper.py --pairs 1
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
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


def render(story: Path, work: Path, tag: str, *extra: str) -> tuple[float, float, float]:
    """(wall, cpu, audio seconds) of one render from an empty cache; its cache is kept for the re-render."""
    out, cache = work / f"out-{tag}", work / f"cache-{tag}"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    wall = run.timed(run.render_cmd(story, run.VOICES, out, cache, *extra))
    return wall, run.CPU_SECONDS[-1], audio_seconds(next(out.glob("*/*.mp3")))


def cached(story: Path, work: Path, tag: str, *extra: str) -> tuple[float, float]:
    wall = run.timed(run.render_cmd(story, run.VOICES, work / f"out-{tag}", work / f"cache-{tag}", *extra))
    return wall, run.CPU_SECONDS[-1]


def speed(work: Path, pairs: int) -> dict[str, float]:
    story = work / "story-5k.txt"
    story.write_text(make_story(WORDS, 1), encoding="utf-8")
    words = len(story.read_text(encoding="utf-8").split())
    cores = os.cpu_count() or 1
    print(f"\n== 5k: {words} words, one chapter, {pairs} pair(s); before: {run.load_note()}", flush=True)
    print(f"{'':22}{'wall':>9} {'cpu':>8} {'audio':>9} {'RTF':>7} {'cpu RTF':>8} {'words/s/core':>13}", flush=True)
    rows: dict[str, list[tuple[float, float, float]]] = {"espeak": [], "piper": []}
    cases = {"espeak": (), "piper": ("--narrator-engine", "piper")}
    for pair in range(pairs):
        order = ("espeak", "piper") if pair % 2 == 0 else ("piper", "espeak")
        for tag in order:
            wall, cpu, audio = render(story, work, tag, *cases[tag])
            rows[tag].append((wall, cpu, audio))
            label = "eSpeak NG narrator" if tag == "espeak" else "Piper narrator"
            print(f"{label:<22}{wall:7.2f} s {cpu:6.2f} s {audio:7.1f} s {wall / audio:7.3f} "
                  f"{cpu / cores / audio:8.3f} {words / wall / cores:13.1f}", flush=True)
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
    print(f"cached re-render, Piper / eSpeak NG: wall {result['piper_cached'] / result['espeak_cached']:.2f}, "
          f"cpu {result['piper_cached_cpu'] / result['espeak_cached_cpu']:.2f} (target <= 1.0)", flush=True)
    print(f"after: {run.load_note()}", flush=True)
    return result


def intelligibility(work: Path) -> dict[str, float]:
    from audio_checks import PASSAGE, recognised_share

    from ficaudio.model import Voice
    from ficaudio.synth import ClipRequest, Engines, synthesize_one

    from ficaudio.casting import cast_voices
    from ficaudio.config import load_config

    narrator = cast_voices({}, load_config(run.VOICES)).narrator  # the demo's, as a render speaks it
    voices = {
        f"eSpeak NG {narrator.voice_id} (the demo narrator)": narrator,
        "eSpeak NG en-us": Voice("en-us", narrator.rate, 50, 1.0),
        "Piper en_US-joe-medium": Voice("en_US-joe-medium", narrator.rate, engine="piper"),
    }
    print(f"\n== intelligibility: PocketSphinx on a {len(PASSAGE.split())}-word passage, each at the demo "
          f"narrator's {narrator.rate} wpm", flush=True)
    engines = Engines()
    shares: dict[str, float] = {}
    for label, voice in voices.items():
        clip = synthesize_one(engines, ClipRequest(PASSAGE, voice), work / f"passage-{voice.voice_id}.wav")
        started = time.perf_counter()
        share, heard = recognised_share(clip, PASSAGE)
        shares[label] = share
        print(f"{label:<38} {share:6.1%} of the words recognised ({time.perf_counter() - started:.0f} s)", flush=True)
        print(f"    heard: {heard}", flush=True)
    espeak, piper = shares[f"eSpeak NG {narrator.voice_id} (the demo narrator)"], shares["Piper en_US-joe-medium"]
    print(f"Piper / eSpeak NG narrator: {piper / max(espeak, 1e-9):.1f}x (target >= 4x); "
          f"Piper / eSpeak NG en-us: {piper / max(shares['eSpeak NG en-us'], 1e-9):.1f}x", flush=True)
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
