"""Measure MP3 files against the ACX audiobook submission rules.

The rules (../shared/formats/acx-audio-rules.md): MP3 at 44.1 kHz, 192 kbps
or more at a constant bit rate; RMS between -23 and -18 dB; peaks at or under
-3 dB; a noise floor at or under -60 dB; 0.5-1 s of room tone at the head and
1-5 s at the tail; at most 120 minutes; all files mono or all stereo.

How each is measured:
- format, sample rate, channels, length: ffprobe;
- bit rate and constancy: the MP3 frame headers (every frame's bit rate);
- RMS and peak: ffmpeg's ``astats`` on the decoded audio, as ACX's own advice says;
- noise floor: the quietest 0.5 s window's RMS;
- head and tail: the room tone before the first and after the last 10 ms
  window louder than SILENCE_DBFS.
"""

from __future__ import annotations

import audioop
import json
import math
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DependencyError
from .mp3 import scan_mp3

RMS_RANGE_DB = (-23.0, -18.0)
PEAK_MAX_DB = -3.0
NOISE_FLOOR_MAX_DB = -60.0
SAMPLE_RATE_HZ = 44100
MIN_BITRATE_KBPS = 192
HEAD_RANGE_S = (0.5, 1.0)
TAIL_RANGE_S = (1.0, 5.0)
MAX_MINUTES = 120
SILENCE_DBFS = -50.0
"""A 10 ms window quieter than this (RMS) counts as room tone for head and tail."""
_ANALYSIS_RATE = 44100
_WINDOW = _ANALYSIS_RATE // 100  # 10 ms
_FLOOR_WINDOWS = 50  # 0.5 s


@dataclass(frozen=True)
class RuleResult:
    rule: str
    limit: str
    measured: str
    passed: bool


@dataclass
class FileReport:
    path: Path
    results: list[RuleResult] = field(default_factory=list)
    channels: int | None = None

    @property
    def passed(self) -> bool:
        return all(r.passed for r in self.results)

    def failed_rules(self) -> list[str]:
        return [r.rule for r in self.results if not r.passed]


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise DependencyError(f"{name} is not installed. Install it with: sudo apt-get install ffmpeg")
    return path


def _db(value: float) -> str:
    return "-inf dB" if value == -math.inf else f"{value:.1f} dB"


def _probe(path: Path) -> dict | None:
    proc = subprocess.run([_tool("ffprobe"), "-v", "error", "-show_streams", "-show_format", "-of", "json", str(path)],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        return None
    info = json.loads(proc.stdout or "{}")
    audio = [s for s in info.get("streams", []) if s.get("codec_type") == "audio"]
    if not audio:
        return None
    return {"stream": audio[0], "format": info.get("format", {})}


@dataclass
class _Levels:
    rms_db: float
    peak_db: float
    noise_floor_db: float
    head_s: float
    tail_s: float


def _levels(path: Path) -> _Levels:
    """Decode once: astats (RMS, peak) on stderr, mono 16-bit PCM on stdout for the windows."""
    cmd = [_tool("ffmpeg"), "-hide_banner", "-nostdin", "-nostats", "-i", str(path),
           "-af", "astats=measure_perchannel=none", "-f", "s16le", "-ac", "1", "-ar", str(_ANALYSIS_RATE), "-"]
    silence_rms = 10 ** (SILENCE_DBFS / 20) * 32768
    windows = 0
    first_loud = last_loud = None
    floor_sum = 0.0
    floor_count = 0
    quietest = math.inf
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=log)
        assert proc.stdout is not None
        carry = b""
        block_bytes = _WINDOW * 2 * 1000
        while True:
            chunk = proc.stdout.read(block_bytes)
            if not chunk:
                break
            data = carry + chunk
            usable = len(data) - len(data) % (_WINDOW * 2)
            carry = data[usable:]
            for start in range(0, usable, _WINDOW * 2):
                rms = audioop.rms(data[start : start + _WINDOW * 2], 2)
                if rms > silence_rms:
                    if first_loud is None:
                        first_loud = windows
                    last_loud = windows
                floor_sum += float(rms) ** 2
                floor_count += 1
                if floor_count == _FLOOR_WINDOWS:
                    quietest = min(quietest, math.sqrt(floor_sum / floor_count))
                    floor_sum, floor_count = 0.0, 0
                windows += 1
        proc.wait()
        log.seek(0)
        stderr = log.read().decode("utf-8", "replace")
    rms_db = _astat(stderr, "RMS level dB")
    peak_db = _astat(stderr, "Peak level dB")
    if quietest == math.inf and floor_count:
        quietest = math.sqrt(floor_sum / floor_count)
    noise = -math.inf if quietest in (0, math.inf) else 20 * math.log10(quietest / 32768)
    total_s = windows / 100
    head = (first_loud / 100) if first_loud is not None else total_s
    tail = (total_s - (last_loud + 1) / 100) if last_loud is not None else total_s
    return _Levels(rms_db, peak_db, noise, head, tail)


def _astat(stderr: str, key: str) -> float:
    found = re.findall(rf"{re.escape(key)}:\s*(-?inf|-?[\d.]+)", stderr)
    if not found:
        return math.nan
    value = found[-1]  # the Overall section comes last
    return -math.inf if value == "-inf" else float(value)


def check_file(path: Path) -> FileReport:
    """Measure one file against every ACX rule."""
    path = Path(path)
    report = FileReport(path)
    add = report.results.append
    probe = _probe(path)
    codec = probe["stream"].get("codec_name") if probe else None
    add(RuleResult("format", "MP3", codec or "not audio", codec == "mp3"))
    if probe is None or codec != "mp3":
        return report
    stream, fmt = probe["stream"], probe["format"]
    rate = int(stream.get("sample_rate", 0))
    add(RuleResult("sample rate", "44.1 kHz", f"{rate / 1000:g} kHz", rate == SAMPLE_RATE_HZ))
    frames = scan_mp3(path)
    kbps = sorted(frames.bitrates_kbps)
    add(RuleResult("bit rate", f">= {MIN_BITRATE_KBPS} kbps", "/".join(str(k) for k in kbps[:3]) + " kbps",
                   bool(kbps) and kbps[0] >= MIN_BITRATE_KBPS))
    add(RuleResult("constant bit rate", "CBR", "CBR" if frames.constant_bitrate else f"VBR ({len(kbps)} rates)",
                   frames.constant_bitrate))
    report.channels = int(stream.get("channels", 0))
    levels = _levels(path)
    low, high = RMS_RANGE_DB
    add(RuleResult("RMS level", f"{low:g} to {high:g} dB", _db(levels.rms_db), low <= levels.rms_db <= high))
    add(RuleResult("peak level", f"<= {PEAK_MAX_DB:g} dB", _db(levels.peak_db), levels.peak_db <= PEAK_MAX_DB))
    add(RuleResult("noise floor", f"<= {NOISE_FLOOR_MAX_DB:g} dB", _db(levels.noise_floor_db),
                   levels.noise_floor_db <= NOISE_FLOOR_MAX_DB))
    low, high = HEAD_RANGE_S
    add(RuleResult("head room tone", f"{low:g}-{high:g} s", f"{levels.head_s:.2f} s", low <= levels.head_s <= high))
    low, high = TAIL_RANGE_S
    add(RuleResult("tail room tone", f"{low:g}-{high:g} s", f"{levels.tail_s:.2f} s", low <= levels.tail_s <= high))
    minutes = float(fmt.get("duration", 0) or 0) / 60
    add(RuleResult("length", f"<= {MAX_MINUTES} min", f"{minutes:.1f} min", minutes <= MAX_MINUTES))
    return report


def check_files(paths: list[Path]) -> list[FileReport]:
    """Check every file, then that all are mono or all are stereo."""
    reports = [check_file(p) for p in paths]
    layouts = {r.channels for r in reports if r.channels}
    if len(layouts) > 1:
        for r in reports:
            if r.channels:
                name = {1: "mono", 2: "stereo"}.get(r.channels, f"{r.channels} channels")
                r.results.append(RuleResult("channels", "all mono or all stereo", f"{name} (files differ)", False))
    return reports


def format_report(report: FileReport) -> str:
    """A pass/fail table for one file."""
    rows = [f"{report.path}: {'PASS' if report.passed else 'FAIL'}",
            f"  {'rule':<18} {'limit':<18} {'measured':<16} result"]
    for r in report.results:
        rows.append(f"  {r.rule:<18} {r.limit:<18} {r.measured:<16} {'pass' if r.passed else 'FAIL'}")
    return "\n".join(rows)
