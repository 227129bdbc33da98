"""pyttsx3 (eSpeak NG on Linux): the default engine.

pyttsx3's eSpeak driver is fragile in ways a render must survive:
- an unknown voice id is ignored silently, keeping the previous voice;
- ``save_to_file`` + ``runAndWait`` now and then writes a WAV with no samples;
- it prints "Audio saved to ..." on stdout for every file.
So every voice change is verified by reading the voice back, every clip is
checked by the caller (see synth.py), and stdout is swallowed here.
"""

from __future__ import annotations

import atexit
import contextlib
import functools
import io
import os
import re
import shutil
import time
from pathlib import Path

from ..errors import DependencyError, SynthesisError
from ..model import Voice
from . import EngineVoice, installed_version
from .espeak_voices import engine_voice_table, list_engine_voices, split_voice_id

POLL_SECONDS = 0.0005
"""How often a clip's end is looked for (the driver's own loop: 0.01)."""
FIRST_LOOK_SECONDS_PER_CHAR = 0.00002
"""The first look for a clip's end waits this long per character: about half of what eSpeak NG
takes here (~20,000 characters a second), so a clip is not polled a dozen times while it is
surely still being spoken (each look costs a wake-up and the GIL)."""


@functools.lru_cache(maxsize=1)
def shared_pyttsx3():
    """The process's one pyttsx3 engine (eSpeak NG initialises once per process)."""
    try:
        import pyttsx3
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise DependencyError("pyttsx3 is not installed. Run \"make demo\" or pip install pyttsx3.") from exc
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            engine = pyttsx3.init()
    except (OSError, RuntimeError, ImportError) as exc:
        raise DependencyError(
            "eSpeak NG is not installed (pyttsx3 could not load libespeak-ng). "
            "Install it with: sudo apt-get install espeak-ng libespeak-ng1"
        ) from exc
    atexit.register(_release, engine)
    return engine


def _release(engine) -> None:
    # pyttsx3's DriverProxy.__del__ fails noisily when it runs during
    # interpreter teardown (its module globals are gone); drop it before that.
    engine.proxy = None


def espeak_version() -> str:
    """eSpeak NG's version (part of every cache key)."""
    try:
        from pyttsx3.drivers import _espeak

        info = _espeak.Info(None) if hasattr(_espeak, "Info") else None
        if isinstance(info, bytes):
            return info.decode("utf-8", "replace")
    except Exception:  # noqa: BLE001 - the version is a cache detail, never fatal
        pass
    return "espeak-ng"


class Pyttsx3Engine:
    """Speak through pyttsx3; one instance per process."""

    name = "pyttsx3"

    def __init__(self) -> None:
        self._engine = shared_pyttsx3()
        self.version = pyttsx3_engine_version()
        self._warm_up()

    def _warm_up(self) -> None:
        """Speak one throwaway word: a fresh process's first clip is unreliable.

        Seen here: the first save_to_file in a new process sometimes writes no
        file at all, or ignores the rate just set. Later clips behave.
        """
        import tempfile
        import wave

        fd, name = tempfile.mkstemp(prefix="ficaudio-warmup-", suffix=".wav")
        os.close(fd)
        try:
            for _ in range(3):
                try:
                    self.synthesize("Ready.", Voice("en-gb"), Path(name))
                    with wave.open(name, "rb") as w:
                        if w.getnframes() > 0:
                            return
                except (SynthesisError, EOFError, OSError, wave.Error):
                    continue
        finally:
            os.unlink(name)

    def voices(self) -> list[EngineVoice]:
        return list_engine_voices()

    def _apply(self, voice: Voice) -> None:
        """Set voice, rate, pitch and volume on the driver now, and check they took.

        pyttsx3's Engine.setProperty only queues the change; at process start
        the queue is sometimes run after synthesis has begun, so a clip came out
        at the driver's default rate (seen here: 1 run in 6). Setting them on
        the driver directly is synchronous. The voice reads back at once and is
        checked; eSpeak NG reports rate and pitch only after a later synthesis,
        so those cannot be read back here.
        """
        languages, variants = engine_voice_table()
        base, variant = split_voice_id(voice.voice_id)
        if base not in languages or (variant and variant not in variants):
            raise SynthesisError(
                f"voice \"{voice.voice_id}\" is not one eSpeak NG has. Run \"ficaudio voices\" to list the installed voices."
            )
        name, identifier, _gender = languages[base]
        file_name = variants[variant][0] if variant else ""
        expected = (identifier + (f"+{file_name}" if variant else "")).lower()
        driver = self._engine.proxy._driver
        driver.setProperty("voice", name + (f"+{file_name}" if variant else ""))
        driver.setProperty("rate", int(voice.rate))
        driver.setProperty("pitch", int(voice.pitch))
        driver.setProperty("volume", float(voice.volume))
        got = (driver.getProperty("voice") or "").lower()
        if got != expected:
            raise SynthesisError(f"eSpeak NG took voice \"{got}\" instead of \"{expected}\"")

    def synthesize(self, text: str, voice: Voice, wav_path: Path) -> None:
        """Speak ``text`` into ``wav_path``.

        Raises:
            SynthesisError: no audio came. pyttsx3 now and then writes a WAV with
                no samples (seen here: 3 clips in 510, in 2 of 15 fresh processes);
                synth.synthesize_one, the one place clips are retried, tries again.
        """
        wav_path = Path(wav_path)
        self._apply(voice)
        with contextlib.redirect_stdout(io.StringIO()):
            self._speak_to_file(embed_prosody(text, voice), str(wav_path))
        if not _has_samples(wav_path):
            raise SynthesisError(f"eSpeak NG wrote no audio for \"{text[:60]}\"")

    def _speak_to_file(self, text: str, wav_path: str) -> None:
        """pyttsx3's save_to_file + runAndWait, without the driver loop's idle 10 ms.

        The eSpeak driver starts an asynchronous Synth (AUDIO_OUTPUT_RETRIEVAL);
        its callback, on eSpeak's thread, writes the WAV and clears the
        driver's ``_speaking``. The driver's run loop looks for that every
        10 ms, and most clips take 2-4 ms: profiled here, 300 short clips took
        4.5 s, 3.1 s of it asleep. So this starts the driver's own synthesis and
        waits for the same flag in steps of POLL_SECONDS. A driver without
        those members (another pyttsx3) goes through the public loop.
        """
        driver = self._engine.proxy._driver
        start = _direct_start(driver)
        if start is not None and "[[" in text:
            start = _phoneme_start(driver)
        if start is None:
            self._engine.save_to_file(text, wav_path)
            self._engine.runAndWait()
            return
        driver.save_to_file(text, wav_path)
        start(text)
        # eSpeak NG speaks ~3,500 words a second here; a minute for one clip means it hung.
        deadline = time.monotonic() + 60 + len(text) / 100
        if driver._speaking:
            time.sleep(len(text) * FIRST_LOOK_SECONDS_PER_CHAR)
        while driver._speaking:
            if time.monotonic() > deadline:
                driver.stop()
                raise SynthesisError(f"eSpeak NG did not finish \"{text[:60]}\" within a minute")
            time.sleep(POLL_SECONDS)
        _wait_until_idle()


def _wait_until_idle() -> None:
    """Return once eSpeak NG's own thread has finished the clip, not only delivered its last samples.

    The driver's Synth is asynchronous: the callback that clears ``_speaking`` runs on eSpeak's thread while
    that thread is still winding down, and the next clip's voice change (espeak_SetVoiceByName, not queued)
    would then touch the synthesiser's state under it. A full test run once died in Synth with a segmentation
    fault, loaded machine, variants switched clip after clip; espeak_Synchronize waits for the thread instead.
    """
    from pyttsx3.drivers import _espeak

    synchronize = getattr(_espeak, "Synchronize", None)
    if synchronize is not None:
        synchronize()


def _direct_start(driver):
    """The eSpeak driver's own synthesis start, if it has every member the fast path relies on; else None."""
    start = getattr(driver, "_start_synthesis", None)
    if start is None or not hasattr(driver, "_speaking") or not hasattr(driver, "save_to_file"):
        return None
    return start


def _phoneme_start(driver):
    """The driver's _start_synthesis, but with eSpeak NG reading [[ ]] as phonemes (its espeakPHONEMES flag).

    The driver's own start passes only ENDPAUSE | CHARS_UTF8, so "[[s'as0ri]]"
    would be read out as letters and brackets. Everything else is as the driver
    does it, so its callback writes the WAV and clears ``_speaking`` as usual.
    None when the driver lacks what this relies on (then phonemes cannot be honoured).
    """
    from pyttsx3.drivers import _espeak

    if not all(hasattr(driver, a) for a in ("_proxy", "_data_buffer")) or not hasattr(_espeak, "PHONEMES"):
        return None

    def start(text: str) -> None:
        driver._proxy.setBusy(True)
        driver._proxy.notify("started-utterance")
        driver._speaking = True
        driver._data_buffer = b""
        try:
            _espeak.Synth(str(text).encode("utf-8"), flags=_espeak.ENDPAUSE | _espeak.CHARS_UTF8 | _espeak.PHONEMES)
        except Exception as exc:
            driver._proxy.setBusy(False)
            driver._speaking = False
            raise SynthesisError(f"eSpeak NG could not start \"{text[:60]}\": {exc}") from exc

    return start


def _has_samples(path: Path) -> bool:
    from ..synth import clip_frames  # reads the WAV header without the wave module's parse

    return clip_frames(path) > 0


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def embed_prosody(text: str, voice: Voice) -> str:
    """Prefix eSpeak NG embedded commands for speed, pitch and amplitude.

    Rate changes through espeak_SetParameter are unreliable here: in 24 of 30
    fresh processes a new rate never took effect (measured by clip length),
    while the embedded commands (Ctrl-A, number, letter: S speed in words per
    minute, P pitch 0-99, A amplitude 0-200) applied every time in 30 of 30.
    Control characters in the text are removed so it cannot smuggle its own.
    """
    amplitude = max(0, min(200, round(voice.volume * 100)))
    pitch = max(0, min(99, int(voice.pitch)))
    return f"\x01{int(voice.rate)}S\x01{pitch}P\x01{amplitude}A " + _CONTROL.sub(" ", text)


def pyttsx3_engine_version() -> str:
    """'pyttsx3/<version> <eSpeak NG version>': a new version of either re-synthesizes clips."""
    return f"pyttsx3/{_pyttsx3_version()} {espeak_version()}"


@functools.lru_cache(maxsize=1)
def _pyttsx3_version() -> str:
    """pyttsx3's version (tts.installed_version: no import, no importlib.metadata)."""
    try:
        return installed_version("pyttsx3", "pyttsx3")
    except Exception:  # noqa: BLE001
        return "?"


def check_espeak_installed() -> None:
    """Fail early, with the package to install, when libespeak-ng is missing."""
    import ctypes.util

    if ctypes.util.find_library("espeak-ng") is None and not os.path.exists("/usr/lib/x86_64-linux-gnu/libespeak-ng.so.1"):
        if shutil.which("espeak-ng") is None:
            raise DependencyError(
                "eSpeak NG is not installed. Install it with: sudo apt-get install espeak-ng libespeak-ng1"
            )
