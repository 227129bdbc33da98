"""Synthesize clips: cached by content, checked, retried, spread over cores.

A clip's cache key covers the speech text, every voice setting and the engine
version, so re-rendering an unchanged story synthesizes nothing and changing
one voice re-synthesizes only that voice's lines. Clips are written to a
temporary name and renamed, and checked again when read, so an interrupted
render never leaves a clip the next one would trust.
"""

from __future__ import annotations

import concurrent.futures as futures
import contextlib
import ctypes
import hashlib
import itertools
import json
import logging
import os
import signal
import sys
import threading
import time
import types
import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Iterator

from .errors import OutputError, SynthesisError
from .model import Voice

_LOGGER = logging.getLogger(__name__)

ATTEMPTS = 3
WORKERS_PER_CORE = 1
"""Synthesis processes per core: each keeps eSpeak NG's synthesis thread busy (see tts/pyttsx3_engine.py)."""
WINDOW_PER_WORKER = 8
"""Clips queued per worker at a time (enough to keep it busy, few enough to keep memory flat)."""


@dataclass(frozen=True)
class ClipRequest:
    """One clip to speak: the speech text (already normalised) and its voice."""

    text: str
    voice: Voice
    label: str = ""
    """Where the line came from, for error messages (e.g. 'chapter 2, offset 1180')."""


def default_cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "ficaudio"


class ClipCache:
    """Content-addressed WAV clips under one folder."""

    def __init__(self, root: Path, engine_version: str) -> None:
        self.root = Path(root)
        self.engine_version = engine_version
        self._piper_version: str | None = None
        self._digests: dict[str, str] = {}
        try:
            (self.root / "clips").mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{self.root}: cannot create the clip cache ({exc.strerror}). Pass --cache-dir DIR.") from exc

    def key(self, req: ClipRequest) -> str:
        voice = req.voice
        if voice.engine == "piper":
            return self._piper_key(req)
        # The eSpeak NG settings by hand, not asdict(): asdict's deep copies cost a second per
        # 15,000 lines. These four are the fields Voice had before Piper came: keys stay as they were.
        settings = {"voice_id": voice.voice_id, "rate": voice.rate, "pitch": voice.pitch, "volume": voice.volume}
        payload = json.dumps({"text": req.text, "voice": settings, "engine": self.engine_version}, sort_keys=True)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def _piper_key(self, req: ClipRequest) -> str:
        """A Piper clip's key: the model file's digest (not its path), speaker, rate, volume, versions."""
        from .tts.piper_engine import bundled_model_path, piper_engine_version

        voice = req.voice
        if self._piper_version is None:
            # The fake engine speaks Piper voices too: its clips must not pass for Piper's.
            self._piper_version = (self.engine_version if self.engine_version.startswith("silent")
                                   else piper_engine_version())
        model = voice.model or str(bundled_model_path())
        settings = {"speaker": voice.speaker, "rate": voice.rate, "volume": voice.volume}
        payload = json.dumps({"text": req.text, "voice": settings, "model": self.model_digest(model),
                              "engine": "piper", "version": self._piper_version}, sort_keys=True)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def model_digest(self, model: str) -> str:
        """SHA-256 of a model file, remembered by (path, size, mtime) in the cache folder.

        Hashing the bundled 63 MB model takes about 0.1 s: too much for every cached re-render.
        """
        digest = self._digests.get(model)
        if digest is not None:
            return digest
        from .tts.piper_engine import file_digest

        try:
            st = os.stat(model)
        except OSError as exc:
            raise SynthesisError(f"{model}: the Piper model cannot be read ({exc.strerror}).") from exc
        memo_key = f"{os.path.abspath(model)}|{st.st_size}|{st.st_mtime_ns}"
        memo = self.root / "model-digests.json"
        known = _read_json(memo)
        digest = known.get(memo_key)
        if not isinstance(digest, str):
            digest = file_digest(Path(model))
            known[memo_key] = digest
            _write_json(memo, known)
        self._digests[model] = digest
        return digest

    def path(self, key: str) -> Path:
        # One string joined, not three Paths: every line of a re-render asks for its clip twice.
        return Path(f"{self.root}{os.sep}clips{os.sep}{key[:2]}{os.sep}{key}.wav")

    def get(self, key: str) -> Path | None:
        path = self.path(key)
        return path if clip_frames(path) > 0 else None


def _read_json(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _write_json(path: Path, data: dict) -> None:
    """Best effort: a memo that cannot be written only costs a hash next time."""
    from .files import replacing

    try:
        with replacing(path) as tmp:
            tmp.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
    except OSError:
        pass


def clip_frames(path: Path) -> int:
    """Number of audio frames in a WAV clip; 0 when missing, empty or damaged."""
    return _wav_frames(path)[0]


def clip_frames_at(path: Path, rate: int) -> int:
    """A WAV clip's length in frames at ``rate`` (its own rate may differ: Piper's low voices are 16 kHz)."""
    frames, framerate = _wav_frames(path)
    return round(frames * rate / framerate) if framerate > 0 else 0


def _wav_frames(path: Path) -> tuple[int, int]:
    """(frames, frame rate) of a WAV clip; frames 0 when missing, empty or damaged (shorter than its header says)."""
    try:
        with open(path, "rb") as f:
            head = f.read(44)
            size = os.fstat(f.fileno()).st_size
    except OSError:
        return 0, 0
    # The engines' plain 44-byte PCM header, read here (the wave module's parse was most of an
    # unchanged re-render's clip checks); any other layout goes through the wave module.
    if (len(head) == 44 and head[:4] == b"RIFF" and head[8:16] == b"WAVEfmt " and head[36:40] == b"data"
            and int.from_bytes(head[16:20], "little") == 16 and head[20:22] == b"\x01\x00"):
        block = int.from_bytes(head[32:34], "little")
        if block > 0:
            frames = int.from_bytes(head[40:44], "little") // block
            return (frames if size >= 44 + frames * block else 0), int.from_bytes(head[24:28], "little")
    try:
        with wave.open(str(path), "rb") as w:
            frames, framerate = w.getnframes(), w.getframerate()
            expected = 44 + frames * w.getsampwidth() * w.getnchannels()
        return (frames if size >= expected else 0), framerate
    except (OSError, EOFError, wave.Error):
        return 0, 0


def clip_is_plausible(path: Path, text: str, rate: int) -> bool:
    """Samples present, and a duration that fits the word count at this rate."""
    frames, framerate = _wav_frames(path)
    if frames == 0 or framerate <= 0:
        return False
    seconds = frames / framerate
    words = max(1, len(text.split()))
    expected = words * 60.0 / max(rate, 1)
    return 0.15 * expected <= seconds + 0.3 and seconds <= 6 * expected + 3


# --- worker side -------------------------------------------------------------

_WORKER_ENGINE = None


@contextlib.contextmanager
def _sigint_ignored():
    """Ignore SIGINT in this process meanwhile, so worker processes started now inherit that.

    A terminal sends Ctrl-C to every process of the group: workers that got it
    printed tracebacks (often while still starting) and broke the pool. Only
    the parent handles it: it cancels the clips not started, waits for the
    running ones, and exits with one "Interrupted" line.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


@contextlib.contextmanager
def _main_not_rerun():
    """Start worker processes meanwhile without running this program's ``__main__`` again in each.

    'spawn' runs the parent's main script in every new worker before its first
    task: for the ``ficaudio`` console script that is the whole CLI with click,
    about 20 ms of CPU per worker for nothing (tasks and the initializer live
    in this module). Nothing from ``__main__`` is ever sent to a worker.
    """
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main


_PR_SET_PDEATHSIG = 1
PARENT_POLL_SECONDS = 0.5
"""Where the kernel cannot signal a parent's death, how often a worker looks for its parent."""


def die_with_parent(parent_pid: int) -> None:
    """End this (worker) process as soon as ``parent_pid``, its parent, is gone, however it went.

    A SIGKILLed render cannot stop its workers, which then ran on forever
    (and kept multiprocessing's resource tracker alive with them). On Linux
    the kernel sends SIGKILL when the parent dies (PR_SET_PDEATHSIG);
    elsewhere a daemon thread polls for a new parent pid. The parent may have
    died before either was in place, hence the check after.
    """
    armed = False
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            armed = libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0) == 0
        except (OSError, AttributeError):
            armed = False
    if os.getppid() != parent_pid:
        os._exit(1)
    if not armed:
        threading.Thread(target=_watch_parent, args=(parent_pid,), name="ficaudio-parent-watch", daemon=True).start()


def _watch_parent(parent_pid: int) -> None:
    while os.getppid() == parent_pid:
        time.sleep(PARENT_POLL_SECONDS)
    os._exit(1)


def _init_worker(engine_name: str, parent_pid: int) -> None:
    global _WORKER_ENGINE
    die_with_parent(parent_pid)
    # One onnxruntime thread per worker: the workers already fill the cores.
    _WORKER_ENGINE = make_engine(engine_name, piper_threads=1)
    if isinstance(_WORKER_ENGINE, Engines):
        _WORKER_ENGINE.engine("pyttsx3")  # eSpeak NG's warm-up at start, as before


def engine_version(engine_name: str) -> str:
    """The engine's version string, part of every clip's cache key."""
    if engine_name == "silent":
        from .tts.silent import SilentEngine

        return SilentEngine.version
    from .tts.pyttsx3_engine import pyttsx3_engine_version

    return pyttsx3_engine_version()


def make_engine(engine_name: str, *, piper_threads: int | None = None):
    """The engine for a render: the fake 'silent' one for every voice, else ``Engines``."""
    if engine_name == "silent":
        from .tts.silent import SilentEngine

        return SilentEngine()
    return Engines(piper_threads=piper_threads)


class Engines:
    """Each voice spoken by its own engine (Voice.engine), each engine made on first use.

    eSpeak NG and Piper live side by side in one process; Piper (onnxruntime) is
    only loaded by a process that speaks a Piper voice.
    """

    def __init__(self, *, piper_threads: int | None = None) -> None:
        self._engines: dict[str, object] = {}
        self._piper_threads = piper_threads

    def engine(self, name: str):
        engine = self._engines.get(name)
        if engine is None:
            if name == "piper":
                from .tts.piper_engine import PiperEngine

                engine = PiperEngine(threads=self._piper_threads)
            else:
                from .tts.pyttsx3_engine import Pyttsx3Engine

                engine = Pyttsx3Engine()
            self._engines[name] = engine
        return engine

    def synthesize(self, text: str, voice: Voice, wav_path: Path) -> None:
        self.engine(voice.engine).synthesize(text, voice, wav_path)


def synthesize_one(engine, req: ClipRequest, out_path: Path) -> Path:
    """Speak one clip into ``out_path`` (via a temporary file), checking and retrying.

    Raises:
        SynthesisError: the engine failed ATTEMPTS times for this line.
    """
    out_path.parent.mkdir(parents=True, exist_ok=True)
    last_error = "no audio written"
    for attempt in range(1, ATTEMPTS + 1):
        tmp = out_path.parent / _temporary_clip_name()
        try:
            engine.synthesize(req.text, req.voice, tmp)
            if clip_is_plausible(tmp, req.text, req.voice.rate):
                os.replace(tmp, out_path)
                return out_path
            last_error = f"clip had {clip_frames(tmp)} frames for {len(req.text.split())} words"
        except SynthesisError as exc:
            last_error = str(exc)
        finally:
            if tmp.exists():
                tmp.unlink()
        _LOGGER.warning("clip attempt %d failed (%s): %r", attempt, last_error, req.text[:60])
    where = f" ({req.label})" if req.label else ""
    raise SynthesisError(
        f"the speech engine failed {ATTEMPTS} times on the line{where} \"{req.text[:80]}\" in voice "
        f"{req.voice.voice_id}: {last_error}. Check the voice in voices.yaml, or pin the line with an override."
    )


def _temporary_clip_name() -> str:
    """'.clip-XXXXXXXX.wav' named after this thread: one thread speaks one clip at a time, and
    no two live threads share an id, so the name is its own without creating the file first
    (the engine creates it: a second file creation per clip cost more than the checks on it)."""
    return f".clip-{threading.get_native_id() & 0xFFFFFFFF:08x}.wav"


def _worker_task(req: ClipRequest, out_path: str) -> str:
    assert _WORKER_ENGINE is not None
    return str(synthesize_one(_WORKER_ENGINE, req, Path(out_path)))


# --- parent side -------------------------------------------------------------


def synthesize_all(
    requests: Iterable[ClipRequest],
    cache: ClipCache,
    *,
    engine_name: str = "pyttsx3",
    jobs: int | None = None,
    on_progress: Callable[[int], None] | None = None,
) -> int:
    """Make sure every request has a clip in the cache (at ``cache.path(cache.key(request))``).

    Requests are read lazily and only a window of them is in flight, so a
    200,000-word story costs no more memory than a chapter: nothing here is
    kept per line.

    Returns:
        The number of clips synthesized now (the others were cached, or repeats).
    """
    jobs = max(1, jobs or os.cpu_count() or 1)
    seen: set[str] = set()
    todo = _uncached(requests, cache, seen, on_progress)
    # Look ahead a few clips: a render with (almost) everything cached, or a tiny one,
    # needs no worker processes at all.
    first = list(itertools.islice(todo, 4))
    if not first:
        return 0
    todo = itertools.chain(first, todo)
    if jobs == 1 or len(first) < 4:
        engine = make_engine(engine_name)
        made = 0
        for key, req in todo:
            synthesize_one(engine, req, cache.path(key))
            seen.discard(key)  # on disk now: the cache answers for repeats
            made += 1
            if on_progress:
                on_progress(1)
        return made
    # One engine per process: eSpeak NG keeps global state. 'spawn' gives each
    # worker a clean libespeak-ng rather than a forked copy of ours.
    workers = WORKERS_PER_CORE * jobs
    import multiprocessing  # here: a render with every clip cached never needs it

    context = multiprocessing.get_context("spawn")
    made = 0
    with futures.ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_init_worker,
                                     initargs=(engine_name, os.getpid())) as pool:
        # A window of tasks in flight, not all of them: a future per clip of a long story
        # would cost tens of MB (memory is to be bounded by a chapter, not the story).
        window = WINDOW_PER_WORKER * workers
        pending: dict[futures.Future, str] = {}

        def fill() -> None:
            for key, req in todo:
                pending[pool.submit(_worker_task, req, str(cache.path(key)))] = key
                if len(pending) >= window:
                    return

        try:
            with _sigint_ignored(), _main_not_rerun():  # workers start during submit and inherit "ignore Ctrl-C"
                fill()
            while pending:
                finished, _ = futures.wait(pending, return_when=futures.FIRST_COMPLETED)
                for fut in finished:
                    seen.discard(pending.pop(fut))  # on disk now: the cache answers for repeats
                    fut.result()
                    made += 1
                    if on_progress:
                        on_progress(1)
                fill()
        except BaseException:
            for fut in pending:
                fut.cancel()
            raise
    return made


def _uncached(requests: Iterable[ClipRequest], cache: ClipCache, in_flight: set[str],
              on_progress: Callable[[int], None] | None) -> Iterator[tuple[str, ClipRequest]]:
    """The (key, request) pairs of ``requests`` that are neither cached nor in flight (added to ``in_flight``).

    Requests skipped (cached, or a repeat of one in flight) count as progress at once.
    """
    for req in requests:
        key = cache.key(req)
        if key in in_flight or cache.get(key) is not None:
            if on_progress:
                on_progress(1)
            continue
        in_flight.add(key)
        yield key, req
