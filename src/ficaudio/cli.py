"""The ``ficaudio`` command line. Commands are thin: they call the library.

Errors a user can fix (FicaudioError) print one line, ``Error: ...``, and exit
with the error's code; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import time
from pathlib import Path

import click

from . import __version__
from .errors import ConfigError, FicaudioError


class FicaudioGroup(click.Group):
    """Maps FicaudioError to one clean line and its exit code."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except FicaudioError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Interrupted. Finished clips are cached; run the same command again to resume.", err=True)
            ctx.exit(130)


@click.group(cls=FicaudioGroup)
@click.version_option(__version__, prog_name="ficaudio")
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn fan fiction into full-cast audiobooks, offline.

    \b
    Quick start:
        ficaudio render story.txt -c voices.yaml -o output/
        ficaudio script story.txt
        ficaudio preview story.txt --find "some words"
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug
    logging.basicConfig(level=logging.DEBUG if debug else logging.ERROR, format="%(levelname)s %(name)s: %(message)s")


config_option = click.option(
    "-c", "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path),
    help="voices.yaml with the narrator, characters, pauses and overrides.",
)


def _load_config(config_path: Path | None):
    from .config import load_config
    from .tts.espeak_voices import known_voice_ids

    return load_config(config_path, known_voice_ids=known_voice_ids()) if config_path else load_config(None)


def _analysed(story: Path, config):
    from .pipeline import analyse
    from .readers import read_story

    return analyse(read_story(story), config)


@cli.command()
@click.argument("story", type=click.Path(path_type=Path))
@config_option
@click.option("-o", "--output", "out_root", type=click.Path(file_okay=False, path_type=Path), default=Path("output"),
              show_default=True, help="Folder to write into; the story goes in OUTPUT/<slug>/.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Clip cache (default $XDG_CACHE_HOME/ficaudio or ~/.cache/ficaudio).")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None, help="Worker processes (default: every core).")
@click.option("--author-notes", type=click.Choice(["skip", "narrator", "track"]), default=None,
              help="Author's notes: skip (default), read by the narrator, or their own track.")
@click.option("--bitrate", default="128k", show_default=True, help="MP3 bit rate.")
def render(story: Path, config_path: Path | None, out_root: Path, cache_dir: Path | None, jobs: int | None,
           author_notes: str | None, bitrate: str) -> None:
    """Render STORY to MP3: one file per chapter and the whole story with chapters.

    Writes OUTPUT/<slug>/<slug>.mp3 (ID3 tags and chapters),
    OUTPUT/<slug>/chapters/NN-<chapter>.mp3 and OUTPUT/<slug>/script.json.

    \b
    Example:
        ficaudio render examples/the-lantern-keepers.txt -c voices.yaml
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from .casting import cast_voices
    from .pipeline import render as render_story

    _check_dependencies()
    _ensure_writable_folder(out_root)
    config = _load_config(config_path)
    if author_notes:
        config.author_notes = author_notes
    started = time.monotonic()
    doc = _analysed(story, config)
    casting = cast_voices(doc.characters, config)
    for name in casting.auto_cast:
        click.echo(f"Cast automatically: {name} -> {casting.voices[name].describe()}", err=True)

    columns = (TextColumn("{task.description:<26}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True, disable=not sys.stderr.isatty()) as bar:
        adapter = _RichProgress(bar)
        result = render_story(doc, config, out_root, cache_dir=cache_dir, jobs=jobs, bitrate=bitrate,
                              progress=adapter, casting=casting)
    elapsed = time.monotonic() - started
    click.echo(f"Synthesized {result.clips_synthesized} of {result.clips_total} clips "
               f"({result.clips_total - result.clips_synthesized} from cache) in {elapsed:.1f} s.", err=True)
    click.echo(str(result.story_mp3))
    for path in result.chapter_mp3s:
        click.echo(str(path))
    click.echo(str(result.script_json))


class _RichProgress:
    def __init__(self, bar) -> None:
        self.bar = bar
        self.task = None

    def start(self, description: str, total: int) -> None:
        if self.task is not None:
            self.bar.remove_task(self.task)
        self.task = self.bar.add_task(description, total=total)

    def advance(self, n: int = 1) -> None:
        if self.task is not None:
            self.bar.advance(self.task, n)


@cli.command()
@click.argument("story", type=click.Path(path_type=Path))
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print the production script as JSON.")
def script(story: Path, config_path: Path | None, as_json: bool) -> None:
    """Print the production script of STORY: who reads every line.

    Without --json, a readable screenplay (SPEAKER: line). With --json, the
    exact schema documented in the README, with character offsets.

    \b
    Example:
        ficaudio script examples/the-lantern-keepers.txt --json > script.json
    """
    from .script import screenplay, script_json

    config = _load_config(config_path)
    doc = _analysed(story, config)
    click.echo(script_json(doc) if as_json else screenplay(doc), nl=not as_json)


@cli.command()
@click.argument("story", required=False, type=click.Path(path_type=Path))
@config_option
@click.option("--find", "find_words", default=None, help="Render the paragraph of STORY containing these words.")
@click.option("--text", "text", default=None, help="Render this snippet instead of a story.")
@click.option("-o", "--output", "out_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the clip (default preview.mp3).")
@click.option("--play", is_flag=True, help="Play the clip (ffplay, mpv, paplay or aplay) after rendering.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None, help="Clip cache folder.")
def preview(story: Path | None, config_path: Path | None, find_words: str | None, text: str | None,
            out_path: Path | None, play: bool, cache_dir: Path | None) -> None:
    """Render one passage with its real voices, to tune the cast quickly.

    \b
    Examples:
        ficaudio preview examples/the-lantern-keepers.txt --find "puppets"
        ficaudio preview --text "'Hi,' said Mia." -c voices.yaml --play
    """
    from .preview import render_preview

    if (text is None) == (story is None):
        raise ConfigError("give either STORY with --find \"words\", or --text \"a snippet\".")
    if story is not None and not find_words:
        raise ConfigError("give --find \"some words\" to choose the passage of STORY to preview.")
    _check_dependencies()
    config = _load_config(config_path)
    out_path = out_path or Path("preview.mp3")
    result = render_preview(config, out_path, story=story, find=find_words, text=text, cache_dir=cache_dir)
    for line in result.lines:
        click.echo(f"  {line}", err=True)
    click.echo(str(result.path))
    if play:
        _play(result.path)


def _play(path: Path) -> None:
    for player, args in (("ffplay", ["-nodisp", "-autoexit", "-loglevel", "quiet"]), ("mpv", ["--really-quiet"]),
                         ("paplay", []), ("aplay", [])):
        exe = shutil.which(player)
        if exe:
            subprocess.run([exe, *args, str(path)], check=False)
            return
    click.echo("No audio player found (ffplay, mpv, paplay, aplay); the clip is at " + str(path), err=True)


@cli.command()
@click.option("--language", default=None, help="Only voices whose language starts with this, e.g. en.")
def voices(language: str | None) -> None:
    """List the engine's voices (id, name, language, gender) for voices.yaml.

    A voice id is a language voice, optionally with a variant: en-gb, en-gb+f3.

    \b
    Example:
        ficaudio voices --language en
    """
    from .tts.espeak_voices import list_engine_voices

    _check_espeak()
    rows = list_engine_voices()
    click.echo(f"{'id':<22} {'name':<34} {'language':<14} gender")
    for v in rows:
        if v.kind == "language" and (not language or v.language.startswith(language.lower())):
            click.echo(f"{v.voice_id:<22} {v.name:<34} {v.language:<14} {v.gender or '-'}")
    click.echo("\nVariants (append to any id, e.g. en-gb+f3):")
    click.echo("  " + " ".join(v.voice_id for v in rows if v.kind == "variant"))


@cli.command()
@click.argument("story", type=click.Path(path_type=Path))
@config_option
def cast(story: Path, config_path: Path | None) -> None:
    """Print the cast sheet of STORY: every character, their lines and voice.

    \b
    Example:
        ficaudio cast examples/the-lantern-keepers.txt -c voices.yaml
    """
    from .casting import cast_voices

    config = _load_config(config_path)
    doc = _analysed(story, config)
    casting = cast_voices(doc.characters, config)
    click.echo(f"{'character':<20} {'gender':<7} {'lines':>5} {'words':>6}  voice")
    click.echo(f"{'(narrator)':<20} {'-':<7} {'':>5} {'':>6}  {casting.narrator.describe()}")
    for char in sorted(doc.characters.values(), key=lambda c: (-c.lines, c.name)):
        voice = casting.voice_for(char.name)
        auto = " (auto)" if char.name in casting.auto_cast else ""
        click.echo(f"{char.name:<20} {char.gender or '?':<7} {char.lines:>5} {char.words:>6}  {voice.describe()}{auto}")


def _ensure_writable_folder(folder: Path) -> None:
    """Fail before any work when the output folder cannot be created or written."""
    import os

    from .errors import OutputError

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create the output folder ({exc.strerror}). Choose another with -o.") from exc
    if not os.access(folder, os.W_OK):
        raise OutputError(f"{folder}: the output folder is not writable. Choose another with -o.")


def _check_espeak() -> None:
    from .tts.pyttsx3_engine import shared_pyttsx3

    shared_pyttsx3()


def _check_dependencies() -> None:
    from .export.mp3 import ffmpeg_path

    ffmpeg_path()
    _check_espeak()


def main() -> None:
    cli(prog_name="ficaudio")

