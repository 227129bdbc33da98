"""voices.yaml: the cast, pauses, author's-note policy and line overrides.

``load_config`` is the only place where YAML becomes typed values. Every
problem is collected (file, line, key, what is wrong, how to fix it) and
raised together as one ConfigError, before any audio is made.

YAML is parsed with ruamel.yaml in safe mode: no object construction, and it
keeps line numbers for messages and comments for ``ficaudio cast`` updates.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .model import SEGMENT_KINDS, Voice

AUTHOR_NOTE_POLICIES = ("skip", "narrator", "track")
MAX_CONFIG_BYTES = 1024 * 1024

RATE_RANGE = (80, 450)
PITCH_RANGE = (0, 100)
VOLUME_RANGE = (0.0, 2.0)
PAUSE_RANGE = (0, 10_000)


@dataclass(frozen=True)
class VoiceSpec:
    """A voice as written in voices.yaml: an id, or a description to resolve."""

    voice_id: str | None = None
    gender: str | None = None
    age: str | None = None
    accent: str | None = None
    rate: int | None = None
    pitch: int | None = None
    volume: float | None = None


@dataclass
class CharacterConfig:
    name: str
    voice: VoiceSpec
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None


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


@dataclass
class Config:
    narrator: VoiceSpec = field(default_factory=lambda: VoiceSpec(voice_id="en-gb", rate=170, pitch=45))
    defaults: VoiceSpec = field(default_factory=lambda: VoiceSpec(rate=170, pitch=50, volume=1.0))
    characters: dict[str, CharacterConfig] = field(default_factory=dict)
    pauses: Pauses = field(default_factory=Pauses)
    author_notes: str = "skip"
    overrides: list[Override] = field(default_factory=list)
    path: str | None = None

    def voice_from_spec(self, spec: VoiceSpec, voice_id: str) -> Voice:
        d = self.defaults
        return Voice(
            voice_id=voice_id,
            rate=spec.rate if spec.rate is not None else (d.rate or 170),
            pitch=spec.pitch if spec.pitch is not None else (d.pitch if d.pitch is not None else 50),
            volume=spec.volume if spec.volume is not None else (d.volume if d.volume is not None else 1.0),
        )


_TOP_KEYS = {"narrator", "defaults", "characters", "pauses", "author_notes", "overrides"}
_VOICE_KEYS = {"voice", "rate", "pitch", "volume", "gender", "age", "accent"}
_CHARACTER_KEYS = _VOICE_KEYS | {"aliases"}
_PAUSE_KEYS = {"sentence": "sentence_ms", "paragraph": "paragraph_ms", "speaker": "speaker_ms",
               "scene_break": "scene_break_ms", "chapter": "chapter_ms"}
_OVERRIDE_KEYS = {"text", "speaker", "kind"}
_GENDERS = ("female", "male")
_AGES = ("child", "young", "adult", "old")


class _Problems:
    def __init__(self, path: str) -> None:
        self.path = path
        self.items: list[tuple[int, str]] = []

    def add(self, node: Any, key: Any, message: str) -> None:
        self.items.append((_line_of(node, key), message))

    def raise_if_any(self) -> None:
        if self.items:
            lines = [f"{self.path}:{line}: {msg}" if line else f"{self.path}: {msg}" for line, msg in sorted(self.items, key=lambda x: x[0])]
            raise ConfigError("\n".join(lines) if len(lines) > 1 else lines[0])


def _line_of(node: Any, key: Any) -> int:
    try:
        if key is None:
            return node.lc.line + 1
        if isinstance(key, int):
            return node.lc.item(key)[0] + 1
        return node.lc.key(key)[0] + 1
    except (AttributeError, KeyError, TypeError, IndexError):
        return 0


def load_yaml(path: Path) -> Any:
    """Parse a YAML file safely, keeping comments and line numbers."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import YAMLError

    try:
        if path.stat().st_size > MAX_CONFIG_BYTES:
            raise ConfigError(f"{path}: {path.stat().st_size} bytes is too big for a voices file (limit 1 MB).")
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ConfigError(f"{path}: no such file. Create it with \"ficaudio cast STORY -c {path}\".") from exc
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start}). Save it as UTF-8.") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read ({exc.strerror}).") from exc
    yaml = YAML(typ="rt")
    yaml.allow_duplicate_keys = False
    try:
        return yaml.load(raw)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if "duplicate key" in str(exc):
            problem = "a key appears twice (" + str(exc).split("found duplicate key")[-1].strip().splitlines()[0] + ")"
        raise ConfigError(f"{path}{where}: invalid YAML: {problem}. Check indentation and quoting.") from exc
    except RecursionError as exc:
        raise ConfigError(f"{path}: YAML nested too deeply.") from exc


def load_config(path: str | Path | None, *, known_voice_ids: list[str] | None = None) -> Config:
    """Load and validate voices.yaml; None gives the defaults.

    Args:
        known_voice_ids: when given, voice ids are checked against it.

    Raises:
        ConfigError: listing every problem found, each with file and line.
    """
    if path is None:
        return Config()
    path = Path(path)
    data = load_yaml(path)
    problems = _Problems(str(path))
    config = Config(path=str(path))
    if data is None:
        return config
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with keys like narrator:, characters:, got {type(data).__name__}.")
    for key in data:
        if key not in _TOP_KEYS:
            problems.add(data, key, f"unknown key \"{key}\"{_did_you_mean(key, _TOP_KEYS)}.")
    if "narrator" in data:
        config.narrator = _voice_spec(data["narrator"], "narrator", data, "narrator", problems, known_voice_ids) or config.narrator
        if config.narrator.voice_id is None and not (config.narrator.gender or config.narrator.accent):
            config.narrator = VoiceSpec("en-gb", config.narrator.gender, config.narrator.age, config.narrator.accent,
                                        config.narrator.rate, config.narrator.pitch, config.narrator.volume)
    if "defaults" in data:
        config.defaults = _voice_spec(data["defaults"], "defaults", data, "defaults", problems, known_voice_ids) or config.defaults
    if "characters" in data:
        config.characters = _characters(data["characters"], data, problems, known_voice_ids)
    if "pauses" in data:
        config.pauses = _pauses(data["pauses"], data, problems)
    if "author_notes" in data:
        value = data["author_notes"]
        if value not in AUTHOR_NOTE_POLICIES:
            problems.add(data, "author_notes", f"author_notes: \"{value}\" is not one of {', '.join(AUTHOR_NOTE_POLICIES)}.")
        else:
            config.author_notes = value
    if "overrides" in data:
        config.overrides = _overrides(data["overrides"], data, problems)
    problems.raise_if_any()
    return config


def _did_you_mean(word: Any, choices: Any) -> str:
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1)
    return f" (did you mean \"{close[0]}\"?)" if close else ""


def _number(value: Any, lo: float, hi: float, where: str, parent: Any, key: Any, problems: _Problems, *, integer: bool) -> Any:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or (integer and not float(value).is_integer()):
        kind = "a whole number" if integer else "a number"
        problems.add(parent, key, f"{where}: expected {kind} from {lo} to {hi}, got {value!r}.")
        return None
    if not lo <= value <= hi:
        problems.add(parent, key, f"{where}: {value} is out of range; use {lo} to {hi}.")
        return None
    return int(value) if integer else float(value)


def _voice_spec(node: Any, where: str, parent: Any, key: Any, problems: _Problems,
                known_voice_ids: list[str] | None, allowed: set[str] = _VOICE_KEYS) -> VoiceSpec | None:
    if isinstance(node, str):
        node = {"voice": node}
    if node is None:
        return VoiceSpec()
    if not isinstance(node, dict):
        problems.add(parent, key, f"{where}: expected a mapping (voice:, rate:, pitch:, volume:), got {node!r}.")
        return None
    values: dict[str, Any] = {}
    for k, v in node.items():
        if k not in allowed:
            problems.add(node, k, f"{where}: unknown key \"{k}\"{_did_you_mean(k, allowed)}.")
            continue
        if k == "voice":
            if not isinstance(v, str) or not v.strip():
                problems.add(node, k, f"{where}.voice: expected a voice id such as \"en-gb+f3\", got {v!r}.")
            elif known_voice_ids is not None and v not in known_voice_ids:
                near = difflib.get_close_matches(v, known_voice_ids, n=3, cutoff=0.5)
                hint = f" Closest: {', '.join(near)}." if near else ""
                problems.add(node, k, f"{where}.voice: \"{v}\" is not a voice eSpeak NG has.{hint} Run \"ficaudio voices\" to list them.")
            else:
                values["voice_id"] = v.strip()
        elif k == "rate":
            values["rate"] = _number(v, *RATE_RANGE, f"{where}.rate", node, k, problems, integer=True)
        elif k == "pitch":
            values["pitch"] = _number(v, *PITCH_RANGE, f"{where}.pitch", node, k, problems, integer=True)
        elif k == "volume":
            values["volume"] = _number(v, *VOLUME_RANGE, f"{where}.volume", node, k, problems, integer=False)
        elif k == "gender":
            if v not in _GENDERS:
                problems.add(node, k, f"{where}.gender: \"{v}\" is not one of female, male.")
            else:
                values["gender"] = v
        elif k == "age":
            if v not in _AGES:
                problems.add(node, k, f"{where}.age: \"{v}\" is not one of {', '.join(_AGES)}.")
            else:
                values["age"] = v
        elif k == "accent":
            if not isinstance(v, str):
                problems.add(node, k, f"{where}.accent: expected a language code such as en-gb, got {v!r}.")
            else:
                values["accent"] = v
    return VoiceSpec(**{k: v for k, v in values.items() if v is not None})


def _characters(node: Any, parent: Any, problems: _Problems, known_voice_ids: list[str] | None) -> dict[str, CharacterConfig]:
    if node is None:
        return {}
    if not isinstance(node, dict):
        problems.add(parent, "characters", "characters: expected a mapping of character name -> voice settings.")
        return {}
    out: dict[str, CharacterConfig] = {}
    alias_owner: dict[str, str] = {}
    for name, body in node.items():
        name_s = str(name).strip()
        where = f"characters.{name_s}"
        if name_s.lower() in (n.lower() for n in out):
            problems.add(node, name, f"{where}: character defined twice. Merge the two entries.")
            continue
        spec = _voice_spec(body, where, node, name, problems, known_voice_ids, _CHARACTER_KEYS)
        aliases: list[str] = []
        if isinstance(body, dict) and "aliases" in body:
            raw = body["aliases"]
            if isinstance(raw, str):
                raw = [raw]
            if not isinstance(raw, list) or not all(isinstance(a, str) for a in raw):
                problems.add(body, "aliases", f"{where}.aliases: expected a list of names, got {raw!r}.")
            else:
                aliases = [a.strip() for a in raw if a.strip()]
        for alias in [name_s, *aliases]:
            owner = alias_owner.get(alias.lower())
            if owner and owner != name_s:
                problems.add(node, name, f"{where}: alias \"{alias}\" is also claimed by {owner}. Give it to one character only.")
            alias_owner[alias.lower()] = name_s
        if spec is not None:
            out[name_s] = CharacterConfig(name=name_s, voice=spec, aliases=aliases, gender=spec.gender)
    return out


def _pauses(node: Any, parent: Any, problems: _Problems) -> Pauses:
    if not isinstance(node, dict):
        problems.add(parent, "pauses", "pauses: expected a mapping such as {paragraph: 700} (milliseconds).")
        return Pauses()
    values = {}
    for k, v in node.items():
        if k not in _PAUSE_KEYS:
            problems.add(node, k, f"pauses: unknown key \"{k}\"{_did_you_mean(k, _PAUSE_KEYS)}.")
            continue
        n = _number(v, *PAUSE_RANGE, f"pauses.{k}", node, k, problems, integer=True)
        if n is not None:
            values[_PAUSE_KEYS[k]] = n
    return Pauses(**values)


def _overrides(node: Any, parent: Any, problems: _Problems) -> list[Override]:
    if not isinstance(node, list):
        problems.add(parent, "overrides", "overrides: expected a list of {text:, speaker:, kind:} entries.")
        return []
    out = []
    for i, item in enumerate(node):
        where = f"overrides[{i}]"
        if not isinstance(item, dict):
            problems.add(node, i, f"{where}: expected a mapping with text: and speaker: or kind:.")
            continue
        bad = [k for k in item if k not in _OVERRIDE_KEYS]
        for k in bad:
            problems.add(item, k, f"{where}: unknown key \"{k}\"{_did_you_mean(k, _OVERRIDE_KEYS)}.")
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            problems.add(node, i, f"{where}.text: give the words of the line to pin (a quoted string).")
            continue
        kind = item.get("kind")
        if kind is not None and kind not in SEGMENT_KINDS:
            problems.add(item, "kind", f"{where}.kind: \"{kind}\" is not one of {', '.join(SEGMENT_KINDS)}.")
            continue
        speaker = item.get("speaker")
        if speaker is None and kind is None:
            problems.add(node, i, f"{where}: give a speaker: or a kind: to pin the line to.")
            continue
        out.append(Override(text=" ".join(text.split()), speaker=None if speaker is None else str(speaker), kind=kind))
    return out
