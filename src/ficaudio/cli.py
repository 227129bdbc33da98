"""The ``ficaudio`` command line. Commands are thin: they call the library.

Errors a user can fix (FicaudioError) print one line, ``Error: ...``, and exit
with the error's code; ``--debug`` shows the traceback instead.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
import subprocess
import sys
import time
import warnings
from pathlib import Path

import click

from . import __version__
from .errors import ConfigError, FicaudioError
from .files import ensure_writable_folder

# pydub warns at import when ffmpeg is missing; ffmpeg_path() says so in one clear line instead.
warnings.filterwarnings("ignore", message="Couldn't find ffmpeg", category=RuntimeWarning)


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


def _load_config(config_path: Path | None, cache_dir: Path | None = None):
    """voices.yaml, checked; with ``cache_dir``, a file checked before comes from the cache (analysis_cache.py)."""
    from .config import load_config
    from .tts.espeak_voices import known_voice_ids

    if config_path and cache_dir is not None:
        from .analysis_cache import checked_config

        return checked_config(config_path, cache_dir, known_voice_ids=known_voice_ids())
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
@click.option("--bitrate", default=None, help="MP3 bit rate (default 64k; 192k with --profile acx).")
@click.option("--sample-rate", "sample_rate", type=click.Choice(["22050", "44100"]), default=None,
              help="MP3/M4B sample rate in Hz (default 22050, the speech engine's own; 44100 with --profile acx).")
@click.option("--profile", "profile", type=click.Choice(["default", "acx"]), default="default", show_default=True,
              help="acx: 44.1 kHz 192k CBR, ACX loudness, peaks and room tone (check with \"ficaudio check\").")
@click.option("--format", "formats", type=click.Choice(["mp3", "m4b"]), multiple=True,
              help="mp3 (chapter files and the whole story), m4b (one audiobook with chapters); repeat for both.")
@click.option("--credits/--no-credits", "credits", default=None,
              help="The narrator reads opening and closing credits (title, author); with --profile acx each is its "
                   "own file. Default: voices.yaml's credits: (false).")
@click.option("--narrator-engine", type=click.Choice(["pyttsx3", "piper"]), default=None,
              help="piper: the narration in Piper's neural en_US-joe-medium voice (needs ficaudio[neural]); "
                   "characters keep their voices. Default: voices.yaml's narrator.")
def render(story: Path, config_path: Path | None, out_root: Path, cache_dir: Path | None, jobs: int | None,
           author_notes: str | None, bitrate: str | None, sample_rate: str | None, profile: str, formats: tuple[str, ...],
           credits: bool | None, narrator_engine: str | None) -> None:
    """Render STORY to an audiobook: chapter MP3s, the whole story, subtitles.

    Writes OUTPUT/<slug>/<slug>.mp3 (ID3 tags and chapters),
    OUTPUT/<slug>/chapters/NN-<chapter>.mp3, subtitles <slug>.srt and
    <slug>.vtt (one cue per line, with the speaker), and
    OUTPUT/<slug>/script.json. With --format m4b, OUTPUT/<slug>/<slug>.m4b.

    \b
    Examples:
        ficaudio render examples/the-lantern-keepers.txt -c voices.yaml
        ficaudio render story.txt --profile acx
        ficaudio render story.txt --format m4b --format mp3
        ficaudio render story.txt -c voices.yaml --narrator-engine piper
    """
    from .analysis_cache import analysed_story
    from .casting import cast_voices
    from .pipeline import render as render_story
    from .synth import default_cache_dir

    _check_dependencies()
    ensure_writable_folder(out_root)
    config = _load_config(config_path, cache_dir or default_cache_dir())
    if narrator_engine:
        _set_narrator_engine(config, narrator_engine)
    if author_notes:
        config.author_notes = author_notes
    started = time.monotonic()
    # An unchanged story (and voices.yaml) is not analysed again: see analysis_cache.py.
    doc = analysed_story(story, config, cache_dir or default_cache_dir())
    casting = cast_voices(doc.characters, config, language=doc.voice_language)
    if doc.language != "en":
        from .script import language_line

        click.echo(f"Language: {language_line(doc)}", err=True)
    for name in casting.auto_cast:
        voice = casting.voices[name]
        engine = " (piper)" if voice.engine == "piper" else ""
        click.echo(f"Cast automatically: {name} -> {voice.describe()}{engine}", err=True)
    _say_skipped(doc, config)

    with _progress_bar() as adapter:
        result = render_story(doc, config, out_root, cache_dir=cache_dir, jobs=jobs, bitrate=bitrate,
                              sample_rate=int(sample_rate) if sample_rate else None,
                              progress=adapter, casting=casting, profile=profile, credits=credits,
                              formats=tuple(dict.fromkeys(formats)) or ("mp3",))
    elapsed = time.monotonic() - started
    click.echo(f"Synthesized {result.clips_synthesized} of {result.clips_total} clips "
               f"({result.clips_total - result.clips_synthesized} from cache) in {elapsed:.1f} s.", err=True)
    for path in (result.story_mp3, result.m4b, *result.chapter_mp3s, *result.subtitles, result.script_json):
        if path is not None:
            click.echo(str(path))


def _set_narrator_engine(config, engine: str) -> None:  # noqa: ANN001
    """--narrator-engine: piper gives the narrator the bundled Piper voice (unless voices.yaml's narrator is
    Piper already); pyttsx3 gives back the default eSpeak NG narrator if voices.yaml's is Piper."""
    from dataclasses import replace

    from .config import DEFAULT_NARRATOR, VoiceSpec

    spec = config.narrator
    if engine == "piper" and not spec.is_piper:
        from .tts.piper_engine import BUNDLED_VOICE, require_neural

        require_neural()
        config.narrator = VoiceSpec(engine="piper", voice_id=BUNDLED_VOICE, model="", rate=spec.rate,
                                    volume=spec.volume)
    elif engine == "pyttsx3" and spec.is_piper:
        config.narrator = replace(DEFAULT_NARRATOR, rate=spec.rate or DEFAULT_NARRATOR.rate)


@contextlib.contextmanager
def _progress_bar():
    """A rich progress bar on a terminal; nothing (and no rich import, 30 ms) in scripts and CI."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    columns = (TextColumn("{task.description:<26}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, transient=True) as bar:
        yield _RichProgress(bar)


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
@click.option("--speech", "as_speech", is_flag=True,
              help="Print each line as it will be spoken: placeholders filled, pronunciations and fic typography "
                   "applied.")
def script(story: Path, config_path: Path | None, as_json: bool, as_speech: bool) -> None:
    """Print the production script of STORY: who reads every line.

    Without --json, a readable screenplay (SPEAKER: line); with --speech, each
    line as the engine will be asked to say it. With --json, the exact schema
    documented in the README, with character offsets and each segment's
    "speech".

    \b
    Example:
        ficaudio script examples/the-lantern-keepers.txt --json > script.json
        ficaudio script story.txt -c voices.yaml --speech
    """
    import functools

    from .pipeline import segment_speech
    from .script import screenplay, script_json

    if as_json and as_speech:
        raise click.UsageError("give --json or --speech, not both (--json already has each line's \"speech\").")
    config = _load_config(config_path)
    doc = _analysed(story, config)
    speech = functools.partial(segment_speech, doc, config=config)
    click.echo(script_json(doc, speech) if as_json else screenplay(doc, speech if as_speech else None),
               nl=not as_json)
    _say_skipped(doc, config)


def _say_skipped(doc, config) -> None:  # noqa: ANN001
    """On stderr, what a render leaves out as author's notes, so a listener can tell at a glance."""
    from .script import skipped_notes

    summary = skipped_notes(doc) if config.author_notes == "skip" else None
    if summary:
        click.echo(summary[0].upper() + summary[1:] + ".", err=True)


@cli.command()
@click.argument("story", required=False, type=click.Path(path_type=Path))
@config_option
@click.option("--find", "find_words", default=None, help="Render the paragraph of STORY containing these words.")
@click.option("--character", "character", default=None, metavar="NAME",
              help="Render the first of this character's own lines in STORY (about 15 s).")
@click.option("--cast", "whole_cast", is_flag=True,
              help="Render a few seconds of every cast voice in turn, the narrator first.")
@click.option("--text", "text", default=None, help="Render this snippet instead of a story.")
@click.option("-o", "--output", "out_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the clip (default preview.mp3).")
@click.option("--play", is_flag=True, help="Play the clip (ffplay, mpv, paplay or aplay) after rendering.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None, help="Clip cache folder.")
def preview(story: Path | None, config_path: Path | None, find_words: str | None, character: str | None,
            whole_cast: bool, text: str | None, out_path: Path | None, play: bool, cache_dir: Path | None) -> None:
    """Render a short sample with the real voices, to tune the cast quickly.

    Choose one: a passage (--find), one character's lines (--character),
    every voice of the cast in turn (--cast), or a snippet (--text).

    \b
    Examples:
        ficaudio preview examples/the-lantern-keepers.txt --find "puppets"
        ficaudio preview examples/the-lantern-keepers.txt --character Mira -c voices.yaml
        ficaudio preview examples/the-lantern-keepers.txt --cast -c voices.yaml --play
        ficaudio preview --text "'Hi,' said Mia." -c voices.yaml
    """
    from .preview import render_cast_preview, render_character_preview, render_preview

    chosen = [flag for flag, on in (("--find", find_words), ("--character", character), ("--cast", whole_cast),
                                    ("--text", text is not None)) if on]
    if len(chosen) != 1:
        raise ConfigError("choose one of --find \"words\", --character NAME, --cast (each with STORY) "
                          f"or --text \"a snippet\"{'; got ' + ' and '.join(chosen) if chosen else ''}.")
    if text is not None and story is not None:
        raise ConfigError("give either STORY or --text \"a snippet\", not both.")
    if text is None and story is None:
        raise ConfigError(f"{chosen[0]} needs STORY, e.g. ficaudio preview story.txt {chosen[0]} ...")
    _check_dependencies()
    config = _load_config(config_path)
    out_path = out_path or Path("preview.mp3")
    if character:
        result = render_character_preview(config, out_path, story=story, name=character, cache_dir=cache_dir)
    elif whole_cast:
        result = render_cast_preview(config, out_path, story=story, cache_dir=cache_dir)
    else:
        result = render_preview(config, out_path, story=story, find=find_words, text=text, cache_dir=cache_dir)
    for line in result.lines:
        click.echo(f"  {line}", err=True)
    click.echo(str(result.path))
    if play:
        _play(result.path)


@cli.command()
@click.argument("story", type=click.Path(path_type=Path))
@click.option("-c", "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="voices.yaml to read and save corrections to (default: STORY's name + .voices.yaml, beside "
                   "STORY; written on the first save).")
@click.option("--port", type=click.IntRange(0, 65535), default=8765, show_default=True,
              help="Port on 127.0.0.1; 0 picks a free one.")
@click.option("--no-browser", is_flag=True, help="Only print the page's URL; do not open a browser.")
@click.option("--cache-dir", type=click.Path(file_okay=False, path_type=Path), default=None, help="Clip cache folder.")
def review(story: Path, config_path: Path | None, port: int, no_browser: bool, cache_dir: Path | None) -> None:
    """Check and correct who reads each line of STORY, in the browser, with the voices.

    Starts a page on 127.0.0.1 (its URL, with this run's access token, is the
    first line printed) showing the script line by line, coloured by reader,
    with uncertain lines marked. Corrections and cast changes are saved to
    voices.yaml as overrides: and characters: entries. Ctrl-C stops it.

    \b
    Example:
        ficaudio review examples/the-lantern-keepers.txt -c voices.yaml
        ficaudio review story.txt --port 0 --no-browser
    """
    from .review.server import serve
    from .review.session import ReviewSession
    from .synth import default_cache_dir
    from .tts.espeak_voices import known_voice_ids

    _check_dependencies()
    if config_path is None:
        config_path = story.with_name(story.stem + ".voices.yaml")
    session = ReviewSession(story, config_path, cache_dir or default_cache_dir(), known_voice_ids=known_voice_ids())
    serve(session, port=port, open_browser=not no_browser, say=lambda s: click.echo(s, err=True))


def _play(path: Path) -> None:
    for player, args in (("ffplay", ["-nodisp", "-autoexit", "-loglevel", "quiet"]), ("mpv", ["--really-quiet"]),
                         ("paplay", []), ("aplay", [])):
        exe = shutil.which(player)
        if exe:
            subprocess.run([exe, *args, str(path)], check=False)
            return
    click.echo("No audio player found (ffplay, mpv, paplay, aplay); the clip is at " + str(path), err=True)


@cli.command()
@click.option("--language", default=None,
              help="Only that language's voices: an id prefix (en, fr-be) or a language (fr, zh, French), as casting uses.")
@click.option("--engine", type=click.Choice(["pyttsx3", "piper"]), default="pyttsx3", show_default=True,
              help="piper: the Piper voices found (the bundled one, and .onnx files in "
                   "$XDG_DATA_HOME/ficaudio/piper/).")
def voices(language: str | None, engine: str) -> None:
    """List the voice ids to use in voices.yaml: language voices and variants.

    A voice id is a language voice (the accent), optionally followed by a
    variant (the timbre): en-gb, en-gb+f3, en-us+m7. Variants combine with
    any language voice. With --engine piper, the Piper voices found.

    \b
    Example:
        ficaudio voices --language en
        ficaudio voices --engine piper
    """
    from .tts.espeak_voices import list_engine_voices

    if engine == "piper":
        _list_piper_voices(language)
        return

    _check_espeak()
    rows = list_engine_voices()
    own = _language_voice_ids(language)
    shown = [v for v in rows if v.kind == "language"
             and (not language or v.voice_id.startswith(language.lower()) or v.voice_id in own)]
    if not shown:
        raise ConfigError(f"no language voice id starts with \"{language}\". Run \"ficaudio voices\" to see them all.")
    click.echo("Language voices (gender is the voice's own; a variant changes it):")
    click.echo(f"  {'id':<22} {'name':<36} gender")
    for v in shown:
        click.echo(f"  {v.voice_id:<22} {v.name:<36} {v.gender or '-'}")
    click.echo("\nVariants (append to a language voice, e.g. en-gb+f3):")
    for gender in ("female", "male", None):
        ids = [v.voice_id for v in rows if v.kind == "variant" and v.gender == gender]
        if ids:
            line = f"{'  ' + (gender or 'other') + ':':<10}"
            for voice_id in ids:  # whole ids only: one ('+mr serious') has a space
                if len(line) + 1 + len(voice_id) > 100:
                    click.echo(line.rstrip())
                    line = " " * 10
                line += voice_id + " "
            click.echo(line.rstrip())


def _list_piper_voices(language: str | None) -> None:
    from .tts.piper_engine import find_piper_voices, piper_data_dir, require_neural

    require_neural()
    found = [v for v in find_piper_voices() if not language or v.speaks(language)]
    if not found:
        raise ConfigError(f"no Piper voice{' for ' + language if language else ''} found. Put .onnx voices (with "
                          f"their .onnx.json) in {piper_data_dir()}.")
    click.echo("Piper voices (in voices.yaml: engine: piper, then voice: NAME or model: PATH):")
    click.echo(f"  {'name':<30} {'language':<9} {'quality':<8} {'speakers':>8}  path")
    for v in found:
        where = "(bundled, the default)" if v.bundled else str(v.path)
        click.echo(f"  {v.name:<30} {v.language:<9} {v.quality:<8} {v.speakers:>8}  {where}")
    click.echo(f"\nMore voices: put NAME.onnx and NAME.onnx.json in {piper_data_dir()}.")


def _language_voice_ids(language: str | None) -> tuple[str, ...]:
    """The voices casting uses for a language named by code or name ('zh', 'French'; 'pt-br' for a region's):
    languages/<code>.py."""
    from .languages import normalize, region, voices_for

    code = normalize(language) if language else None
    return voices_for(region(language) or code) if code else ()


@cli.command()
@click.argument("story", type=click.Path(path_type=Path))
@click.option("-c", "--config", "config_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="voices.yaml to write or update (default: STORY's name + .voices.yaml, beside STORY).")
@click.option("--dry-run", is_flag=True, help="Print the cast sheet only; write nothing.")
def cast(story: Path, config_path: Path | None, dry_run: bool) -> None:
    """Cast STORY: write voices.yaml with every character and print the cast sheet.

    Every character who speaks gets an entry with a voice distinct from the
    narrator's and each other's, their inferred gender and their line count.
    An existing file is updated in place: your entries and comments are kept,
    new characters are added.

    \b
    Example:
        ficaudio cast examples/the-lantern-keepers.txt -c voices.yaml
        ficaudio render examples/the-lantern-keepers.txt -c voices.yaml
    """
    from .casting import castable, cast_voices, write_cast_file
    from .config import load_config

    if config_path is None:
        config_path = story.with_name(story.stem + ".voices.yaml")
    exists = config_path.exists()
    config = _load_config(config_path) if exists else load_config(None)
    doc = _analysed(story, config)
    casting = cast_voices(doc.characters, config, language=doc.voice_language)
    result = None if dry_run else write_cast_file(config_path, doc.characters, casting, config, title=doc.title)
    from .script import language_line

    click.echo(f"Language: {language_line(doc)}; automatic voices from: ficaudio voices --language {doc.voice_language}",
               err=True)
    click.echo(f"{'character':<22} {'gender':<7} {'lines':>5} {'words':>6}  {'engine':<8} voice")
    click.echo(f"{'(narrator)':<22} {'-':<7} {'':>5} {'':>6}  {casting.narrator.engine:<8} "
               f"{casting.narrator.describe()}")
    speaking = sorted((c for c in doc.characters.values() if c.lines > 0), key=lambda c: (-c.lines, c.name))
    for char in speaking:
        voice = casting.voice_for(char.name)
        note = " (new)" if char.name in casting.auto_cast and castable(char) else ""
        if char.name in casting.narrator_voiced:
            note = " (the narrator's voice: the story's 'I')"
        gender = f"{char.gender}?" if char.gender_assumed else char.gender or "?"  # 'male?': a default voice only
        click.echo(f"{char.name:<22} {gender:<7} {char.lines:>5} {char.words:>6}  {voice.engine:<8} "
                   f"{voice.describe()}{note}")
    silent = sorted(c.name for c in doc.characters.values() if c.lines == 0 and config.character_named(c.name) is None)
    if silent:
        click.echo(f"Named but never speaking (not cast): {', '.join(silent)}", err=True)
    for who, voice_id in casting.other_language:
        click.echo(f"Note: {who} has {voice_id}, a voice of another language than the story's "
                   f"({doc.language}); kept as voices.yaml says.", err=True)
    for first, second in casting.shared:
        click.echo(f"Note: {second} has the same voice as {first}; change one in {config_path} to tell them apart.",
                   err=True)
    if result is None:
        return
    verb = "Wrote" if result.created else "Updated"
    added = f"added {', '.join(result.added)}" if result.added else "no new characters"
    click.echo(f"{verb} {result.path}: {added}. Render with: ficaudio render {story} -c {result.path}", err=True)


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path))
def check(files: tuple[Path, ...]) -> None:
    """Measure MP3 FILES against the ACX audiobook rules; print a pass/fail table.

    Rules: MP3, 44.1 kHz, 192 kbps or more CBR; RMS -23 to -18 dB; peaks at
    most -3 dB; noise floor at most -60 dB; 0.5-1 s of room tone at the head
    and 1-5 s at the tail; at most 120 minutes; all mono or all stereo.
    Exits with 1 when any file fails.

    \b
    Example:
        ficaudio render story.txt --profile acx -o output/
        ficaudio check output/story/chapters/*.mp3
    """
    from .export.acx import check_files, format_report

    reports = check_files(list(files))
    for report in reports:
        click.echo(format_report(report))
    failed = [r for r in reports if not r.passed]
    click.echo(f"{len(reports) - len(failed)} of {len(reports)} files pass.", err=True)
    if failed:
        sys.exit(1)


def _check_espeak() -> None:
    from .tts.pyttsx3_engine import shared_pyttsx3

    shared_pyttsx3()


def _check_dependencies() -> None:
    from .export.mp3 import ffmpeg_path

    ffmpeg_path()
    _check_espeak()


def main() -> None:
    cli(prog_name="ficaudio")

