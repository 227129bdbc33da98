"""The one exception family ficaudio raises for problems a user can fix.

    FicaudioError                 exit 1, root of everything below
    ├── ConfigError               exit 2, voices.yaml and other usage errors
    ├── StoryError                exit 3, the input story
    │   ├── UnsupportedFormatError
    │   └── MalformedStoryError
    ├── OutputError               exit 4, the output folder cannot be written
    ├── DependencyError           exit 5, eSpeak NG or ffmpeg missing
    └── SynthesisError            exit 6, the engine failed on a line
        ExportError               exit 6, ffmpeg failed to encode or tag

Every message says what happened, the value involved, and what to do next.
Bugs (bad offsets, wrong types) are deliberately *not* FicaudioError, so they
still show a traceback.
"""

from __future__ import annotations


class FicaudioError(Exception):
    """Root of ficaudio's user-facing errors."""

    exit_code = 1


class ConfigError(FicaudioError, ValueError):
    """voices.yaml (or a command-line option) is wrong."""

    exit_code = 2


class StoryError(FicaudioError):
    """The story file cannot be read as a story."""

    exit_code = 3


class UnsupportedFormatError(StoryError):
    """The story is in a format ficaudio does not read."""


class MalformedStoryError(StoryError, ValueError):
    """The story file is damaged or not what its name says."""


class OutputError(FicaudioError, OSError):
    """An output file or folder cannot be written."""

    exit_code = 4


class DependencyError(FicaudioError):
    """A system program ficaudio needs (eSpeak NG, ffmpeg) is missing."""

    exit_code = 5


class SynthesisError(FicaudioError):
    """The speech engine failed to produce audio for a line."""

    exit_code = 6


class ExportError(FicaudioError):
    """ffmpeg failed to encode, or tags could not be written.

    The message carries ffmpeg's command and the end of its stderr, as
    pydub's CouldntEncodeError does.
    """

    exit_code = 6
