"""voices.yaml: the cast, pauses, author's-note policy and line overrides.

``load_config`` is the only place where YAML becomes typed values. Every
problem is collected (file, line, key, what is wrong, how to fix it) and
raised together as one ConfigError, before any audio is made:

    voices.yaml:14: characters.Mira.pich: unknown key; did you mean "pitch"?

YAML is parsed with ruamel.yaml in round-trip mode, which builds only plain
mappings, lists and scalars (never arbitrary objects), keeps line numbers for
messages, and keeps comments so ``ficaudio cast`` can update a file in place.
"""

from __future__ import annotations

import difflib
import os
import re
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Collection

from .errors import ConfigError, DependencyError, OutputError
from .files import mode_for
from .model import SEGMENT_KINDS, Voice
from .speech_text import READER_CHARACTER, READER_FIELDS, Pronunciation, Reader, SpeechRules

AUTHOR_NOTE_POLICIES = ("skip", "narrator", "track")
MAX_CONFIG_BYTES = 1024 * 1024

RATE_RANGE = (80, 450)
"""Words per minute."""
PITCH_RANGE = (0, 100)
"""eSpeak NG pitch; 50 is a voice's own pitch."""
VOLUME_RANGE = (0.0, 2.0)
PAUSE_RANGE = (0, 10_000)
"""Milliseconds."""

GENDERS = ("female", "male")
AGES = ("child", "young", "adult", "old")


@dataclass(frozen=True)
class VoiceSpec:
    """A voice as written in voices.yaml: an id, or a description to resolve.

    A description (gender, age, accent) is resolved to a real voice by
    ``casting.cast_voices``; rate, pitch and volume then adjust it.
    """

    voice_id: str | None = None
    gender: str | None = None
    age: str | None = None
    accent: str | None = None
    """A language voice id, e.g. 'en-gb' or 'en-us'."""
    rate: int | None = None
    """Words per minute."""
    pitch: int | None = None
    """0-100; 50 is the voice's own pitch."""
    volume: float | None = None
    """0.0-2.0; 1.0 is the engine's normal volume."""
    engine: str | None = None
    """'pyttsx3' (eSpeak NG) or 'piper'; None: pyttsx3 for a voice id or description, else the defaults'."""
    model: str | None = None
    """Piper: the .onnx file's absolute path; '' for the bundled en_US-joe-medium."""
    speaker: int | None = None
    """Piper: the speaker id in a multi-speaker model."""

    @property
    def is_description(self) -> bool:
        """True when there is no voice id but something to pick one by."""
        return self.voice_id is None and bool(self.gender or self.age or self.accent)

    @property
    def is_piper(self) -> bool:
        return self.engine == "piper"


@dataclass
class CharacterConfig:
    name: str
    voice: VoiceSpec
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None
    line: int = 0
    """Line of voices.yaml the entry starts on (0 when not from a file)."""


@dataclass(frozen=True)
class Pauses:
    """Silence inserted between clips, in milliseconds."""

    sentence_ms: int = 300
    paragraph_ms: int = 650
    speaker_ms: int = 450
    scene_break_ms: int = 1600
    chapter_ms: int = 2000
    """Silence at the head and tail of every chapter file."""


@dataclass(frozen=True)
class Override:
    """Pin every line whose text contains ``text`` to a speaker and/or kind."""

    text: str
    speaker: str | None = None
    kind: str | None = None


DEFAULT_NARRATOR = VoiceSpec(voice_id="en-gb", rate=170, pitch=45)
DEFAULT_DEFAULTS = VoiceSpec(rate=170, pitch=50, volume=1.0)


@dataclass
class Config:
    narrator: VoiceSpec = field(default_factory=lambda: DEFAULT_NARRATOR)
    defaults: VoiceSpec = field(default_factory=lambda: DEFAULT_DEFAULTS)
    characters: dict[str, CharacterConfig] = field(default_factory=dict)
    pauses: Pauses = field(default_factory=Pauses)
    author_notes: str = "skip"
    overrides: list[Override] = field(default_factory=list)
    credits: bool = False
    """The narrator reads opening and closing credits (title, author)."""
    reader: Reader | None = None
    """The reader of a reader-insert fic (``reader:``): fills Y/N, L/N, E/C ..."""
    pronunciations: tuple[Pronunciation, ...] = ()
    """``pronunciations:`` in file order: word or name -> respelling or [[phonemes]]."""
    language: str | None = None
    """``language:``, the story's language (a code from ficaudio.languages); None: from the story itself."""
    narrator_voice_set: bool = False
    """voices.yaml gives the narrator a voice id (else the story's language chooses one)."""
    path: str | None = None

    @property
    def speech_rules(self) -> SpeechRules:
        """What voices.yaml changes in the words spoken (speech_text.to_speech)."""
        return SpeechRules(self.reader, self.pronunciations)

    @property
    def reader_character(self) -> str:
        """The character who reads the reader's own lines ("Sorry," you say): reader.name, else "You"."""
        return (self.reader.name if self.reader and self.reader.name else None) or READER_CHARACTER

    def voice_from_spec(self, spec: VoiceSpec, voice_id: str) -> Voice:
        """A Voice with ``voice_id``; rate, pitch and volume from spec, else from defaults.

        A Piper spec keeps its engine, model and speaker; its pitch is the neutral 50
        (Piper has none: voices.yaml refuses a pitch for it).
        """
        d = self.defaults
        piper = spec.is_piper
        return Voice(
            voice_id=voice_id,
            rate=spec.rate if spec.rate is not None else (d.rate or 170),
            pitch=50 if piper else spec.pitch if spec.pitch is not None else (d.pitch if d.pitch is not None else 50),
            volume=spec.volume if spec.volume is not None else (d.volume if d.volume is not None else 1.0),
            engine="piper" if piper else "pyttsx3",
            model=(spec.model or "") if piper else "",
            speaker=spec.speaker if piper else None,
        )

    def character_named(self, name: str) -> CharacterConfig | None:
        """The entry whose name or alias is ``name`` (case-insensitive)."""
        wanted = name.strip().lower()
        for entry in self.characters.values():
            if entry.name.lower() == wanted or any(a.lower() == wanted for a in entry.aliases):
                return entry
        return None


TOP_KEYS = ("narrator", "defaults", "characters", "pauses", "author_notes", "overrides", "credits", "reader",
            "pronunciations", "language")
ENGINES = ("pyttsx3", "piper")
PIPER_KEYS = ("engine", "model", "speaker")
VOICE_KEYS = ("voice", "rate", "pitch", "volume", "gender", "age", "accent", *PIPER_KEYS)
DEFAULTS_KEYS = ("rate", "pitch", "volume", *PIPER_KEYS)
CHARACTER_KEYS = (*VOICE_KEYS, "aliases")
DESCRIPTION_KEYS = ("gender", "age", "accent")
PAUSE_KEYS = {"sentence": "sentence_ms", "paragraph": "paragraph_ms", "speaker": "speaker_ms",
              "scene_break": "scene_break_ms", "chapter": "chapter_ms"}
OVERRIDE_KEYS = ("text", "speaker", "kind")
READER_KEYS = READER_FIELDS + tuple(k.replace("colour", "color") for k in READER_FIELDS if "colour" in k)
MAX_PRONUNCIATIONS = 5000


# --- reading YAML ------------------------------------------------------------


class _Problems:
    """Problems found so far, each '(line, "key.path: what is wrong; how to fix it")'."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.items: list[tuple[int, str]] = []

    def add(self, node: Any, key: Any, message: str) -> None:
        self.add_at(_line_of(node, key), message)

    def add_at(self, line: int, message: str) -> None:
        self.items.append((line, message))

    def raise_if_any(self) -> None:
        if not self.items:
            return
        ordered = sorted(self.items, key=lambda item: item[0])
        lines = [f"{self.path}:{line}: {msg}" if line else f"{self.path}: {msg}" for line, msg in ordered]
        if len(lines) == 1:
            raise ConfigError(lines[0])
        raise ConfigError(f"{len(lines)} problems in {self.path}; fix them all, then run again:\n" + "\n".join(lines))


def _line_of(node: Any, key: Any) -> int:
    """1-based line of ``node[key]`` (or of node itself when key is None); 0 when unknown."""
    try:
        if key is None:
            return node.lc.line + 1
        if isinstance(key, int) and isinstance(node, list):
            return node.lc.item(key)[0] + 1
        return node.lc.key(key)[0] + 1
    except (AttributeError, KeyError, TypeError, IndexError):
        return 0


def _yaml(*, for_writing: bool = False):
    from ruamel.yaml import YAML

    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = True  # duplicates are found (with both lines) by _duplicate_keys
    if for_writing:
        yaml.preserve_quotes = True
        yaml.width = 4096
        yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def read_config_text(path: Path) -> str:
    """The text of a voices file, with every OS problem as a ConfigError."""
    try:
        size = path.stat().st_size
        if size > MAX_CONFIG_BYTES:
            raise ConfigError(f"{path}: {size} bytes is too big for a voices file (limit 1 MB).")
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no such file. Create it with \"ficaudio cast STORY -c {path}\".") from exc
    except IsADirectoryError as exc:
        raise ConfigError(f"{path}: is a folder, not a voices file. Give the path of a .yaml file.") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start}). Save it as UTF-8.") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror}).") from exc


def parse_yaml(raw: str, path: str | Path = "voices.yaml") -> Any:
    """Parse YAML text (round-trip: comments and line numbers kept).

    Raises:
        ConfigError: the text is not valid YAML, with file, line and what to check.
    """
    from ruamel.yaml.error import YAMLError

    try:
        return _yaml().load(raw)
    except YAMLError as exc:
        raise ConfigError(_yaml_error_message(exc, path)) from exc
    except RecursionError as exc:
        raise ConfigError(f"{path}: YAML nested too deeply.") from exc
    except (ValueError, IndexError, KeyError, TypeError) as exc:
        # ruamel's constructors raise these for a tagged value that is not of its type: `!!int x`, `!!bool maybe`.
        raise ConfigError(f"{path}: a value does not match its YAML tag ({type(exc).__name__}: {exc}). "
                          "Remove tags such as !!int and write plain values.") from exc


def _yaml_error_message(exc: Exception, path: str | Path) -> str:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    where = f":{mark.line + 1}" if mark is not None else ""
    problem = getattr(exc, "problem", None) or str(exc).strip().splitlines()[0]
    problem = problem.replace("\\t", "tab")
    context = getattr(exc, "context", None)
    context_mark = getattr(exc, "context_mark", None)
    if context and context_mark is not None and mark is not None and context_mark.line != mark.line:
        problem += f" ({context} started on line {context_mark.line + 1})"
    hint = "Indent with spaces, not tabs." if "tab" in problem else "Check the indentation and quoting on this line and the one before."
    return f"{path}{where}: invalid YAML: {problem}. {hint}"


def load_yaml(path: Path) -> Any:
    """Parse a YAML file safely, keeping comments and line numbers."""
    return parse_yaml(read_config_text(path), path)


def _duplicate_keys(root: Any, problems: _Problems) -> None:
    """Report keys given twice in one mapping, naming both lines.

    The parser keeps the first of two equal keys; without this the second
    entry would be ignored silently. Duplicate character names get their own
    message because that is the common way to hit this.
    """
    from ruamel.yaml.nodes import MappingNode, SequenceNode

    seen: set[int] = set()

    def walk(node: Any, where: str) -> None:
        # An alias is the same node again: walking it twice would let a "billion
        # laughs" file (aliases of aliases) take exponential time.
        if id(node) in seen:
            return
        seen.add(id(node))
        tag = str(getattr(node, "tag", "") or "")
        if tag.startswith("!") or "python/" in tag:
            problems.add_at(node.start_mark.line + 1, f"{where or 'top level'}: the YAML tag {tag} is not allowed; "
                                                      "voices.yaml holds plain values only, so remove the tag.")
        if isinstance(node, MappingNode):
            first_line: dict[str, int] = {}
            for key_node, value_node in node.value:
                key = str(getattr(key_node, "value", key_node))
                line = key_node.start_mark.line + 1
                child = f"{where}.{key}" if where else key
                if key in first_line:
                    if where == "characters":
                        problems.add_at(line, f"{child}: character defined twice (first on line {first_line[key]}); "
                                              "merge the two entries into one.")
                    else:
                        problems.add_at(line, f"{child}: key given twice (first on line {first_line[key]}); keep one.")
                    continue
                first_line[key] = line
                walk(value_node, child)
        elif isinstance(node, SequenceNode):
            for i, item in enumerate(node.value):
                walk(item, f"{where}[{i}]")

    walk(root, "")


# --- validation ----------------------------------------------------------------


def load_config(path: str | Path | None, *, known_voice_ids: Collection[str] | None = None) -> Config:
    """Load and validate voices.yaml; None gives the defaults.

    Args:
        known_voice_ids: when given, voice ids and accents are checked against
            it (``tts.espeak_voices.known_voice_ids()``): pyttsx3 would keep
            the previous voice silently on an unknown id.

    Raises:
        ConfigError: listing every problem found, each with file, line and key.
    """
    if path is None:
        return Config()
    path = Path(path)
    raw = read_config_text(path)
    return config_from_text(raw, path, known_voice_ids=known_voice_ids)


def config_from_text(raw: str, path: str | Path = "voices.yaml", *,
                     known_voice_ids: Collection[str] | None = None) -> Config:
    """Validate voices.yaml text; ``path`` names it in messages."""
    from ruamel.yaml.error import YAMLError

    problems = _Problems(str(path))
    try:
        _duplicate_keys(_yaml().compose(raw), problems)
    except YAMLError as exc:
        raise ConfigError(_yaml_error_message(exc, path)) from exc
    except RecursionError as exc:
        raise ConfigError(f"{path}: YAML nested too deeply.") from exc
    data = parse_yaml(raw, path)
    config = Config(path=str(path))
    if data is None:
        problems.raise_if_any()
        return config
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with keys such as narrator: and characters:, "
                          f"got {_kind(data)}. See the README for an example.")
    checker = _Checker(problems, known_voice_ids, Path(path).parent)
    for key in data:
        if key not in TOP_KEYS:
            problems.add(data, key, f"{key}: unknown key; {_suggest(key, TOP_KEYS)}")
    if "narrator" in data:
        spec = checker.voice_spec(data["narrator"], "narrator", data, "narrator", VOICE_KEYS)
        if spec is not None:
            config.narrator_voice_set = spec.voice_id is not None
            if spec.voice_id is None and not spec.is_description:
                spec = VoiceSpec(DEFAULT_NARRATOR.voice_id, None, None, None, spec.rate, spec.pitch, spec.volume)
            config.narrator = spec
    if "defaults" in data:
        spec = checker.voice_spec(data["defaults"], "defaults", data, "defaults", DEFAULTS_KEYS)
        if spec is not None:
            config.defaults = VoiceSpec(
                rate=spec.rate if spec.rate is not None else DEFAULT_DEFAULTS.rate,
                pitch=spec.pitch if spec.pitch is not None else DEFAULT_DEFAULTS.pitch,
                volume=spec.volume if spec.volume is not None else DEFAULT_DEFAULTS.volume,
                engine=spec.engine, voice_id=spec.voice_id if spec.is_piper else None,
                model=spec.model, speaker=spec.speaker,
            )
            if spec.is_piper and "narrator" not in data:  # defaults: {engine: piper} reads the narration too
                config.narrator = replace(spec, rate=None, pitch=None, volume=None)
    if "characters" in data:
        config.characters = checker.characters(data["characters"], data)
    if "pauses" in data:
        config.pauses = checker.pauses(data["pauses"], data)
    if "author_notes" in data:
        value = data["author_notes"]
        if value not in AUTHOR_NOTE_POLICIES:
            problems.add(data, "author_notes",
                         f"author_notes: {_show(value)} is not a policy; use one of {', '.join(AUTHOR_NOTE_POLICIES)}.")
        else:
            config.author_notes = value
    if "overrides" in data:
        config.overrides = checker.overrides(data["overrides"], data)
    if "credits" in data:
        if isinstance(data["credits"], bool):
            config.credits = data["credits"]
        else:
            problems.add(data, "credits", f"credits: {_show(data['credits'])} is not true or false; write credits: true.")
    if "reader" in data:
        config.reader = checker.reader(data["reader"], data)
    if "pronunciations" in data:
        config.pronunciations = checker.pronunciations(data["pronunciations"], data)
    if "language" in data:
        config.language = _language(data, problems)
    problems.raise_if_any()
    if checker.piper_at is not None:
        from .tts.piper_engine import neural_missing

        missing = neural_missing()
        if missing:
            line, where = checker.piper_at
            raise DependencyError(f"{path}:{line}: {where}: {missing}" if line else f"{path}: {where}: {missing}")
    return config


def _language(data: Any, problems: _Problems) -> str | None:
    """``language: fr`` (or 'fr-FR', 'French', 'Français') -> 'fr'; a region the language's voices have
    ('pt-BR', 'Português brasileiro') -> its voice's id, 'pt-br'."""
    from .languages import normalize, region, supported

    value = data["language"]
    code = normalize(value) if isinstance(value, str) else None
    if code is None:
        problems.add(data, "language", f"language: {_show(value)} is not a language ficaudio reads; "
                                       f"use one of {', '.join(supported())}.")
        return None
    return region(value) or code


def _suggest(word: Any, choices: Collection[str]) -> str:
    """'did you mean "pitch"?' or 'allowed keys are a, b, c.'"""
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    if close:
        return f"did you mean \"{close[0]}\"?"
    return f"allowed keys are {', '.join(choices)}."


def _show(value: Any) -> str:
    """A value as it would appear in YAML, for messages."""
    if isinstance(value, str):
        return f"\"{value}\""
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    return _kind(value)


def _kind(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return "text"
    return type(value).__name__


class _Checker:
    def __init__(self, problems: _Problems, known_voice_ids: Collection[str] | None, base: Path = Path(".")) -> None:
        self.problems = problems
        self.known = known_voice_ids
        self.base = base
        """voices.yaml's folder: relative model paths are read from there."""
        self.piper_at: tuple[int, str] | None = None
        """(line, key) of the first voice that asks for Piper, to name it if Piper is not installed."""

    def number(self, value: Any, lo: float, hi: float, where: str, parent: Any, key: Any, *,
               integer: bool, unit: str = "") -> Any:
        unit_s = f" ({unit})" if unit else ""
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (integer and not float(value).is_integer()):
            kind = "a whole number" if integer else "a number"
            self.problems.add(parent, key, f"{where}: expected {kind} from {lo} to {hi}{unit_s}, got {_show(value)}.")
            return None
        if not lo <= value <= hi:
            self.problems.add(parent, key, f"{where}: {value} is out of range; use {lo} to {hi}{unit_s}.")
            return None
        return int(value) if integer else float(value)

    def voice_id(self, value: Any, where: str, parent: Any, key: Any) -> str | None:
        if not isinstance(value, str) or not value.strip():
            self.problems.add(parent, key, f"{where}: expected a voice id such as \"en-gb+f3\" "
                                           f"(or a mapping with gender:, age:, accent:), got {_show(value)}.")
            return None
        value = value.strip()
        if self.known is not None and value not in self.known:
            near = closest_voice_ids(value, self.known)
            hint = f" Closest: {', '.join(near)}." if near else ""
            self.problems.add(parent, key, f"{where}: eSpeak NG has no voice \"{value}\".{hint} "
                                           "Run \"ficaudio voices\" to list them.")
            return None
        return value

    def description(self, node: Any, where: str, values: dict[str, Any]) -> None:
        """gender/age/accent from ``node`` (a mapping) into ``values``."""
        for k in DESCRIPTION_KEYS:
            if k not in node:
                continue
            v = node[k]
            if k == "gender":
                if v not in GENDERS:
                    self.problems.add(node, k, f"{where}.gender: {_show(v)} is not one of {', '.join(GENDERS)}.")
                else:
                    values["gender"] = v
            elif k == "age":
                if v not in AGES:
                    self.problems.add(node, k, f"{where}.age: {_show(v)} is not one of {', '.join(AGES)}.")
                else:
                    values["age"] = v
            elif k == "accent":
                if not isinstance(v, str) or not v.strip():
                    self.problems.add(node, k, f"{where}.accent: expected a language voice such as \"en-gb\", got {_show(v)}.")
                elif "+" in v or (self.known is not None and v.strip() not in self.known):
                    near = [n for n in closest_voice_ids(v.split("+")[0], self.known or ()) if "+" not in n]
                    hint = f" Closest: {', '.join(near)}." if near else ""
                    self.problems.add(node, k, f"{where}.accent: \"{v}\" is not a language voice eSpeak NG has.{hint} "
                                               "Run \"ficaudio voices\" to list them.")
                else:
                    values["accent"] = v.strip().lower()

    def voice_spec(self, node: Any, where: str, parent: Any, key: Any, allowed: tuple[str, ...]) -> VoiceSpec | None:
        if isinstance(node, str) and "voice" in allowed:
            voice_id = self.voice_id(node, where, parent, key)
            return VoiceSpec(voice_id=voice_id) if voice_id else None
        if node is None:
            return VoiceSpec()
        if not isinstance(node, dict):
            either = "a voice id such as \"en-gb+f3\" or " if "voice" in allowed else ""
            self.problems.add(parent, key, f"{where}: expected {either}a mapping "
                                           f"({', '.join(k + ':' for k in allowed)}), got {_show(node)}.")
            return None
        values: dict[str, Any] = {}
        for k in node:
            if k not in allowed:
                self.problems.add(node, k, f"{where}.{k}: unknown key; {_suggest(k, allowed)}")
        engine = self.engine(node, where)
        if engine == "piper":
            return self.piper_spec(node, where, allowed)
        if "model" in node or "speaker" in node:
            for k in ("model", "speaker"):
                if k in node:
                    self.problems.add(node, k, f"{where}.{k}: {k}: is for Piper voices; add engine: piper, "
                                               f"or remove {k}:.")
        if engine:
            values["engine"] = engine
        if "voice" in node and "voice" in allowed:
            v = node["voice"]
            if isinstance(v, dict):
                # voice: {gender: female, age: young, accent: en-gb}
                for k in v:
                    if k not in DESCRIPTION_KEYS:
                        self.problems.add(v, k, f"{where}.voice.{k}: unknown key; {_suggest(k, DESCRIPTION_KEYS)}")
                self.description(v, f"{where}.voice", values)
                if not any(k in v for k in DESCRIPTION_KEYS):
                    self.problems.add(node, "voice", f"{where}.voice: give a voice id such as \"en-gb+f3\", "
                                                     "or at least one of gender:, age:, accent:.")
            else:
                values["voice_id"] = self.voice_id(v, f"{where}.voice", node, "voice")
        if "rate" in node:
            values["rate"] = self.number(node["rate"], *RATE_RANGE, f"{where}.rate", node, "rate", integer=True,
                                         unit="words per minute")
        if "pitch" in node:
            values["pitch"] = self.number(node["pitch"], *PITCH_RANGE, f"{where}.pitch", node, "pitch", integer=True)
        if "volume" in node:
            values["volume"] = self.number(node["volume"], *VOLUME_RANGE, f"{where}.volume", node, "volume", integer=False)
        outer = {k: node[k] for k in DESCRIPTION_KEYS if k in node and k in allowed}
        if outer:
            direct: dict[str, Any] = {}
            self.description(node, where, direct)
            for k, v in direct.items():
                values.setdefault(k, v)
        return VoiceSpec(**{k: v for k, v in values.items() if v is not None})

    def engine(self, node: Any, where: str) -> str | None:
        if "engine" not in node:
            return None
        value = node["engine"]
        if value not in ENGINES:
            self.problems.add(node, "engine", f"{where}.engine: {_show(value)} is not an engine; use "
                                              f"{' or '.join(ENGINES)} (pyttsx3 is eSpeak NG).")
            return None
        return str(value)

    def piper_spec(self, node: Any, where: str, allowed: tuple[str, ...]) -> VoiceSpec | None:
        """A Piper voice: model (path) or voice (a name `ficaudio voices --engine piper` lists), speaker, rate, volume."""
        from .tts import piper_engine

        if self.piper_at is None:
            self.piper_at = (_line_of(node, "engine"), f"{where}.engine")
        ready = piper_engine.neural_missing() is None
        values: dict[str, Any] = {"engine": "piper"}
        for k in ("pitch", "age", "accent"):
            if k in node and where != "defaults":
                what = {"pitch": "pitch is eSpeak NG's only: a Piper voice speaks at its model's own pitch",
                        "age": "age: picks among eSpeak NG voices", "accent": "accent: picks among eSpeak NG voices"}[k]
                self.problems.add(node, k, f"{where}.{k}: {what}; remove {k}:, or choose another Piper model "
                                           "or speaker (ficaudio voices --engine piper).")
        if "voice" in node and not isinstance(node["voice"], str):
            self.problems.add(node, "voice", f"{where}.voice: a Piper voice is a model, not a description; give "
                                             "model: PATH.onnx or a voice name from \"ficaudio voices --engine piper\".")
        model: Path | None = None
        if "model" in node:
            raw = node["model"]
            if not isinstance(raw, str) or not raw.strip():
                self.problems.add(node, "model", f"{where}.model: expected the path of a Piper .onnx file, "
                                                 f"got {_show(raw)}.")
                return None
            model = Path(os.path.expanduser(raw.strip()))
            if not model.is_absolute():
                model = self.base / model
            if not model.is_file():
                self.problems.add(node, "model", f"{where}.model: {model}: no such Piper model file. Give the "
                                                 ".onnx file's path (relative paths start at voices.yaml's folder).")
                return None
        elif isinstance(node.get("voice"), str) and ready:
            name = node["voice"].strip()
            found = {v.name: v for v in piper_engine.find_piper_voices()}
            if name not in found:
                self.problems.add(node, "voice", f"{where}.voice: no Piper voice \"{name}\" (found: "
                                                 f"{', '.join(found) or 'none'}). Give model: PATH.onnx, or put the "
                                                 f"voice in {piper_engine.piper_data_dir()}.")
                return None
            model = None if found[name].bundled else found[name].path
        info = None
        if ready or model is not None:
            try:
                info = piper_engine.model_info(model if model is not None else piper_engine.bundled_model_path())
            except ValueError as exc:
                self.problems.add(node, "model" if "model" in node else "engine", f"{where}.model: {exc}.")
                return None
        values["model"] = str(model.resolve()) if model is not None else ""
        values["voice_id"] = info.name if info else piper_engine.BUNDLED_VOICE
        if "speaker" in node:
            values["speaker"] = self.piper_speaker(node, where, info)
        if "rate" in node:
            values["rate"] = self.number(node["rate"], *RATE_RANGE, f"{where}.rate", node, "rate", integer=True,
                                         unit="words per minute")
        if "volume" in node:
            values["volume"] = self.number(node["volume"], *VOLUME_RANGE, f"{where}.volume", node, "volume", integer=False)
        if "pitch" in node and where == "defaults":
            values["pitch"] = self.number(node["pitch"], *PITCH_RANGE, f"{where}.pitch", node, "pitch", integer=True)
        if "gender" in node and "gender" in allowed:  # who the character is, for attribution; not the voice
            if node["gender"] in GENDERS:
                values["gender"] = node["gender"]
            else:
                self.problems.add(node, "gender", f"{where}.gender: {_show(node['gender'])} is not one of "
                                                  f"{', '.join(GENDERS)}.")
        return VoiceSpec(**{k: v for k, v in values.items() if v is not None})

    def piper_speaker(self, node: Any, where: str, info: Any) -> int | None:
        """A speaker id (or name from the model's speaker_id_map) the model has."""
        value = node["speaker"]
        speakers = info.speakers if info else 1
        if isinstance(value, str) and info and value in info.speaker_names:
            return info.speaker_names.index(value)
        if isinstance(value, bool) or not isinstance(value, int):
            self.problems.add(node, "speaker", f"{where}.speaker: expected a speaker id (a whole number) or a name "
                                               f"the model lists, got {_show(value)}.")
            return None
        if speakers <= 1:
            self.problems.add(node, "speaker", f"{where}.speaker: {info.name if info else 'this model'} has one "
                                               "speaker; remove speaker:.")
            return None
        if not 0 <= value < speakers:
            self.problems.add(node, "speaker", f"{where}.speaker: {value} is out of range; "
                                               f"{info.name} has speakers 0 to {speakers - 1}.")
            return None
        return int(value)

    def characters(self, node: Any, parent: Any) -> dict[str, CharacterConfig]:
        if node is None:
            return {}
        if not isinstance(node, dict):
            self.problems.add(parent, "characters", f"characters: expected a mapping of name -> voice settings, "
                                                    f"got {_show(node)}.")
            return {}
        out: dict[str, CharacterConfig] = {}
        first_line: dict[str, int] = {}
        claims: dict[str, tuple[str, int]] = {}  # lower-cased name or alias -> (character, line)
        for name in node:
            body = node[name]
            name_s = str(name).strip()
            where = f"characters.{name_s}"
            line = _line_of(node, name)
            if not name_s:
                self.problems.add(node, name, "characters: a character has an empty name; write the name as the key.")
                continue
            if name_s.lower() in first_line:
                self.problems.add(node, name, f"{where}: character defined twice (first on line "
                                              f"{first_line[name_s.lower()]}); merge the two entries into one.")
                continue
            first_line[name_s.lower()] = line
            spec = self.voice_spec(body, where, node, name, CHARACTER_KEYS)
            aliases: list[str] = []
            alias_line = line
            if isinstance(body, dict) and "aliases" in body:
                raw = body["aliases"]
                alias_line = _line_of(body, "aliases") or line
                if isinstance(raw, str):
                    raw = [raw]
                if not isinstance(raw, list) or not all(isinstance(a, str) for a in raw):
                    self.problems.add(body, "aliases", f"{where}.aliases: expected a list of names such as "
                                                       f"[Mira Vell, Miri], got {_show(body['aliases'])}.")
                else:
                    aliases = [a.strip() for a in raw if a.strip()]
            for alias, at in [(name_s, line), *((a, alias_line) for a in aliases)]:
                owner = claims.get(alias.lower())
                if owner and owner[0] != name_s:
                    key = where if alias == name_s else f"{where}.aliases"
                    self.problems.add_at(at, f"{key}: \"{alias}\" is also claimed by {owner[0]} (line {owner[1]}); "
                                             "give each name to one character only.")
                elif not owner:
                    claims[alias.lower()] = (name_s, at)
            if spec is not None:
                out[name_s] = CharacterConfig(name=name_s, voice=spec, aliases=aliases, gender=spec.gender, line=line)
        return out

    def pauses(self, node: Any, parent: Any) -> Pauses:
        if node is None:
            return Pauses()
        if not isinstance(node, dict):
            self.problems.add(parent, "pauses", f"pauses: expected a mapping such as {{paragraph: 700}} "
                                                f"(milliseconds), got {_show(node)}.")
            return Pauses()
        values = {}
        for k in node:
            if k not in PAUSE_KEYS:
                self.problems.add(node, k, f"pauses.{k}: unknown key; {_suggest(k, tuple(PAUSE_KEYS))}")
                continue
            n = self.number(node[k], *PAUSE_RANGE, f"pauses.{k}", node, k, integer=True, unit="milliseconds")
            if n is not None:
                values[PAUSE_KEYS[k]] = n
        return Pauses(**values)

    def overrides(self, node: Any, parent: Any) -> list[Override]:
        if node is None:
            return []
        if not isinstance(node, list):
            self.problems.add(parent, "overrides", f"overrides: expected a list of {{text:, speaker:}} or "
                                                   f"{{text:, kind:}} entries, got {_show(node)}.")
            return []
        out = []
        for i, item in enumerate(node):
            where = f"overrides[{i}]"
            if not isinstance(item, dict):
                self.problems.add(node, i, f"{where}: expected a mapping with text: and speaker: or kind:, "
                                           f"got {_show(item)}.")
                continue
            ok = True
            for k in item:
                if k not in OVERRIDE_KEYS:
                    self.problems.add(item, k, f"{where}.{k}: unknown key; {_suggest(k, OVERRIDE_KEYS)}")
                    ok = False
            text = item.get("text")
            if not isinstance(text, str) or not text.strip():
                self.problems.add(node, i, f"{where}.text: give the words of the line to pin, as text.")
                continue
            kind = item.get("kind")
            if kind is not None and kind not in SEGMENT_KINDS:
                self.problems.add(item, "kind", f"{where}.kind: {_show(kind)} is not one of {', '.join(SEGMENT_KINDS)}.")
                continue
            speaker = item.get("speaker")
            if speaker is not None and (not isinstance(speaker, str) or not speaker.strip()):
                self.problems.add(item, "speaker", f"{where}.speaker: expected a character's name, got {_show(speaker)}.")
                continue
            if speaker is None and kind is None:
                self.problems.add(node, i, f"{where}: give a speaker: or a kind: to pin the line to.")
                continue
            if ok:
                out.append(Override(text=" ".join(text.split()), speaker=None if speaker is None else speaker.strip(),
                                    kind=kind))
        return out

    def reader(self, node: Any, parent: Any) -> Reader | None:
        if node is None:
            return None
        if isinstance(node, str):
            node = {"name": node}  # reader: Alex
        if not isinstance(node, dict):
            self.problems.add(parent, "reader", f"reader: expected a mapping such as {{name: Alex, eye_colour: green}}, "
                                                f"got {_show(node)}.")
            return None
        values: dict[str, str] = {}
        for k in node:
            if k not in READER_KEYS:
                self.problems.add(node, k, f"reader.{k}: unknown key; {_suggest(k, READER_FIELDS)}")
                continue
            field_name = str(k).replace("color", "colour")
            v = node[k]
            if field_name in values:
                self.problems.add(node, k, f"reader.{k}: given twice (as {field_name} too); keep one.")
            elif isinstance(v, bool) or not isinstance(v, (str, int, float)) or not str(v).strip():
                self.problems.add(node, k, f"reader.{k}: expected words to say, such as {_READER_EXAMPLES[field_name]}, "
                                           f"got {_show(v)}.")
            elif any(c in str(v) for c in "[]\x01") or "/" in str(v):
                self.problems.add(node, k, f"reader.{k}: {_show(v)} has brackets or a slash; write the words as "
                                           "they are said.")
            else:
                values[field_name] = " ".join(str(v).split())
        return Reader(**values)

    def pronunciations(self, node: Any, parent: Any) -> tuple[Pronunciation, ...]:
        if node is None:
            return ()
        if not isinstance(node, dict):
            self.problems.add(parent, "pronunciations", "pronunciations: expected a mapping of word -> how to say it, "
                                                        f"such as {{Hermione: her-my-oh-nee}}, got {_show(node)}.")
            return ()
        if len(node) > MAX_PRONUNCIATIONS:
            self.problems.add(parent, "pronunciations", f"pronunciations: {len(node)} entries is too many "
                                                        f"(limit {MAX_PRONUNCIATIONS}).")
            return ()
        out = []
        for word in node:
            say = node[word]
            word_s = " ".join(str(word).split())
            where = f"pronunciations.{word_s}"
            if not isinstance(word, str) or not re.search(r"[^\W\d_]", word_s):
                self.problems.add(node, word, f"pronunciations: {_show(word)} is not a word; the key is the word or "
                                              "name as the story spells it.")
                continue
            if re.search(r"[\[\]/*~<>]", word_s) or not re.match(r"\w", word_s) or not re.search(r"\w$", word_s):
                self.problems.add(node, word, f"{where}: a key is whole words as the story spells them, without "
                                              "brackets or symbols; write the word alone.")
                continue
            if isinstance(say, list):
                # Unquoted [[s'as0ri]] is a YAML list of lists.
                inner = say[0][0] if len(say) == 1 and isinstance(say[0], list) and len(say[0]) == 1 else None
                fix = f"{word_s}: \"[[{inner}]]\"" if isinstance(inner, str) else f"{word_s}: \"[[...]]\""
                self.problems.add(node, word, f"{where}: eSpeak NG phonemes must be quoted, or YAML reads the brackets "
                                              f"as a list; write {fix}.")
                continue
            if not isinstance(say, str) or not say.strip():
                self.problems.add(node, word, f"{where}: expected a respelling such as her-my-oh-nee or eSpeak NG "
                                              f"phonemes such as \"[[s'as0ri]]\", got {_show(say)}.")
                continue
            say = " ".join(say.split())
            problem = _pronunciation_problem(say)
            if problem:
                self.problems.add(node, word, f"{where}: {problem}")
                continue
            out.append(Pronunciation(word_s, say))
        return tuple(out)


_READER_EXAMPLES = {
    "name": "Alex", "last_name": "Reyes", "middle_name": "Jo", "nickname": "Lexi", "eye_colour": "green",
    "hair_colour": "dark", "hair_length": "short", "skin_colour": "brown", "favourite_colour": "blue",
}


def _pronunciation_problem(say: str) -> str | None:
    """What is wrong with a pronunciation's value, with the fix; None when it is fine."""
    if any(ord(c) < 32 or ord(c) == 127 for c in say):
        return "has control characters; write plain text."
    if say.startswith("[["):
        inner = say[2:-2] if say.endswith("]]") else None
        if inner is None or not inner.strip() or "[" in inner or "]" in inner:
            return ("eSpeak NG phonemes are the whole value inside [[ and ]], such as \"[[s'as0ri]]\"; "
                    "\"espeak-ng -x WORD\" prints a word's phonemes to start from.")
        if not inner.isascii():
            return ("eSpeak NG phonemes are ASCII letters and marks (' , : @ ...), such as \"[[s'as0ri]]\"; "
                    "\"espeak-ng -x WORD\" prints a word's phonemes to start from.")
        return None
    if "[" in say or "]" in say:
        return ("write a respelling without brackets, or phonemes as the whole value in [[ ]], "
                "such as \"[[s'as0ri]]\".")
    if not re.search(r"[^\W\d_]", say):
        return f"\"{say}\" has no letters to say; write a respelling such as her-my-oh-nee."
    return None


def closest_voice_ids(voice_id: str, known: Collection[str], n: int = 3) -> list[str]:
    """Up to ``n`` known ids nearest to ``voice_id``, for 'did you mean' hints.

    A valid language with an unknown variant suggests that language with the
    nearest variants ('en-gb+f9' -> en-gb+f1, en-gb+f2, ...), and the other
    way round, so the hint never mixes two mistakes.
    """
    languages = getattr(known, "languages", None)
    variants = getattr(known, "variants", None)
    wanted = voice_id.strip().lower()
    if languages is None or variants is None:
        return _nearest(wanted, [str(k) for k in known], n, 0.5)
    base, _, variant = wanted.partition("+")
    if base in languages and variant:
        return [f"{base}+{v}" for v in _nearest(variant, variants, n, 0.3)]
    near_bases = _nearest(base, languages, n, 0.5)
    if variant and variant in variants:
        return [f"{b}+{variant}" for b in near_bases]
    if variant:
        close_variant = _nearest(variant, variants, 1, 0.3)
        return [f"{b}+{close_variant[0]}" if close_variant else b for b in near_bases]
    return near_bases


def _nearest(word: str, choices: Collection[str], n: int, cutoff: float) -> list[str]:
    """Like difflib.get_close_matches, but equally close choices come in sorted order."""
    scored = []
    for choice in choices:
        ratio = difflib.SequenceMatcher(None, word, choice).ratio()
        if ratio >= cutoff:
            scored.append((-round(ratio, 6), choice))
    return [choice for _, choice in sorted(scored)[:n]]


# --- writing -------------------------------------------------------------------


def load_document(path: Path) -> Any:
    """voices.yaml as a round-trip document (comments and quoting kept), for editing."""
    from ruamel.yaml.error import YAMLError

    raw = read_config_text(path)
    parse_yaml(raw, path)  # every problem as a ConfigError, with its line
    try:
        return _yaml(for_writing=True).load(raw)
    except (YAMLError, RecursionError, ValueError, IndexError, KeyError, TypeError) as exc:
        raise ConfigError(f"{path}: cannot be edited ({exc}).") from exc


def block_section(parent: Any, key: str) -> Any:
    """``parent[key]`` as a block-style mapping in a round-trip document, made if missing or not a mapping."""
    from ruamel.yaml.comments import CommentedMap

    section = parent.get(key)
    if not isinstance(section, CommentedMap):
        section = CommentedMap()
        parent[key] = section
    if section.fa.flow_style():
        section.fa.set_block_style()
    return section


def dump_document(doc: Any) -> str:
    import io

    stream = io.StringIO()
    _yaml(for_writing=True).dump(doc, stream)
    return stream.getvalue()


def write_text_atomic(dest: Path, text: str) -> Path:
    """Write ``text`` to ``dest`` through a temporary file and a rename.

    An interrupted write leaves the old file whole; the file's permission
    bits are kept.

    Raises:
        OutputError: the folder is missing or not writable.
    """
    dest = Path(dest)
    if dest.is_symlink():  # update the file the link points to, keep the link
        dest = dest.resolve()
    tmp: str | None = None
    try:
        mode = mode_for(dest)
        fd, tmp = tempfile.mkstemp(prefix=f".{dest.name}.", suffix=".tmp", dir=dest.parent or Path("."))
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.chmod(tmp, mode)
        os.replace(tmp, dest)
        tmp = None
    except OSError as exc:
        raise OutputError(f"{dest}: cannot write ({exc.strerror}). Check the folder exists and is writable.") from exc
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
    return dest
