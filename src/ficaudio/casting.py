"""Stage "cast": give the narrator and every speaker a voice.

Characters given a voice id in voices.yaml keep it. Everyone else (characters
described by gender/age/accent, and characters voices.yaml does not mention)
is cast from pools of clearly different eSpeak NG voices: a language voice
(the accent) + a variant (the timbre) + a pitch. Casting is
gender-appropriate where the gender is known, and the characters with the
most lines get the most distinct voices, because pools are ordered most
distinct first. No two cast members share voice, variant and pitch while the
pools last (hundreds of voices). The same story and config always give the
same cast.

``write_cast_file`` writes what was decided back into voices.yaml, keeping
the user's own entries and comments, so the cast can be tuned by hand.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from .config import (Config, VoiceSpec, block_section, config_from_text, dump_document, load_document, parse_yaml,
                     write_text_atomic)
from .model import FIRST_PERSON, GENERIC_SPEAKERS, UNKNOWN, UNKNOWN_FEMALE, UNKNOWN_MALE, Character, Voice

_LOGGER = logging.getLogger(__name__)

# (voice id, pitch, rate offset from the default rate), most distinct first:
# each step changes accent, timbre and pitch at once.
FEMALE_POOL: tuple[tuple[str, int, int], ...] = (
    ("en-us+f3", 62, 5),
    ("en-gb-x-rp+f2", 56, -5),
    ("en-gb-scotland+f4", 66, 0),
    ("en-us+f5", 52, 10),
    ("en-gb+f1", 70, -10),
    ("en-029+f2", 60, 0),
    ("en-us-nyc+f4", 54, 5),
    ("en-gb-x-gbclan+f3", 68, -5),
)
MALE_POOL: tuple[tuple[str, int, int], ...] = (
    ("en-us+m3", 38, 0),
    ("en-gb-x-rp+m1", 30, -10),
    ("en-gb-scotland+m7", 44, 5),
    ("en-us+m2", 34, -5),
    ("en-gb-x-gbcwmd+m4", 40, 10),
    ("en-029+m5", 36, 0),
    ("en-us-nyc+m6", 42, -5),
    ("en-gb+m8", 28, 0),
)
GENERIC = {
    UNKNOWN_FEMALE: ("en-gb+f5", 58, 0),
    UNKNOWN_MALE: ("en-gb+m2", 40, 0),
    UNKNOWN: ("en-gb+klatt", 50, 0),
}
"""Fixed voices for the anonymous speakers the attribution stage creates."""

ACCENTS = ("en-us", "en-gb-x-rp", "en-gb-scotland", "en-gb", "en-029", "en-us-nyc", "en-gb-x-gbclan", "en-gb-x-gbcwmd")
"""English language voices of eSpeak NG, most different from the narrator's en-gb first."""

# Variants that sound like a person, as eSpeak NG labels their gender.
# Robots, whispers, croaks and demons are left for people to choose by hand,
# and so are alicia, andrea, annie, andy and michael: for English they sound
# exactly like the plain language voice (the same WAV, byte for byte).
FEMALE_VARIANTS = ("f1", "f2", "f3", "f4", "f5", "linda", "belinda", "steph", "anika", "steph2", "steph3", "aunty",
                   "grandma")
MALE_VARIANTS = ("m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "david", "robert", "paul", "john", "edward", "max",
                 "victor", "norbert", "caleb", "benjamin", "rob", "zac", "grandpa")
OLD_VARIANTS = ("grandma", "grandpa", "aunty", "norbert")
_FEMALE_PITCHES = (62, 56, 66, 52, 70, 60, 54, 68)
_MALE_PITCHES = (38, 30, 44, 34, 40, 36, 42, 28)
_RATE_OFFSETS = (0, -5, 5, -10, 10)
AGE_PITCH = {"child": 18, "young": 6, "adult": 0, "old": -10}


@dataclass
class Casting:
    narrator: Voice
    voices: dict[str, Voice] = field(default_factory=dict)
    auto_cast: list[str] = field(default_factory=list)
    """Characters given a voice automatically (not in voices.yaml)."""
    shared: list[tuple[str, str]] = field(default_factory=list)
    """Pairs of cast members voices.yaml gives the very same voice (voice id and pitch)."""
    language: str = "en"
    """The story's language, whose voices automatic casting drew from."""
    other_language: list[tuple[str, str]] = field(default_factory=list)
    """(cast member, voice id) voices.yaml gives a voice of another language: kept, and noted on the cast sheet."""
    narrator_voiced: list[str] = field(default_factory=list)
    """The first-person narrator, named in the story, read in the narrator's voice (voices.yaml gives them none)."""

    def voice_for(self, speaker: str | None) -> Voice:
        if speaker is None or speaker == FIRST_PERSON:
            return self.narrator
        return self.voices.get(speaker, self.narrator)


def voice_pool(gender: str | None, *, accent: str | None = None, age: str | None = None,
               language: str = "en") -> list[tuple[str, int, int]]:
    """Every voice casting may pick for a character, most distinct first.

    For English the curated pool comes first, then every accent x variant combination. For another
    language, its eSpeak NG voices (languages/<code>.py) x the same variants: French characters speak
    with fr-fr, fr-be and fr-ch, each with many timbres.
    """
    accents = ACCENTS if language == "en" else _language_voices(language)

    def generated(variants: tuple[str, ...], pitches: tuple[int, ...]) -> Iterator[tuple[str, int, int]]:
        # Timbres the curated pools lack come first, then a diagonal order:
        # every timbre once (each in another accent) before any repeats.
        curated = {v[0].split("+")[1] for v in (*FEMALE_POOL, *MALE_POOL)}
        variants = tuple(sorted(variants, key=lambda v: v in curated)) if language == "en" else variants
        i = 0
        for round_no in range(len(accents)):
            for j, variant in enumerate(variants):
                accent_id = accents[(j + round_no) % len(accents)]
                yield (f"{accent_id}+{variant}", pitches[i % len(pitches)], _RATE_OFFSETS[i % len(_RATE_OFFSETS)])
                i += 1

    curated_female, curated_male = (FEMALE_POOL, MALE_POOL) if language == "en" else ((), ())
    female = [*curated_female, *generated(FEMALE_VARIANTS, _FEMALE_PITCHES)]
    male = [*curated_male, *generated(MALE_VARIANTS, _MALE_PITCHES)]
    if gender == "female":
        pool = female
    elif gender == "male":
        pool = male
    else:
        pool = [v for pair in zip(female, male) for v in pair]
    seen: set[str] = set()
    pool = [v for v in pool if not (v[0] in seen or seen.add(v[0]))]  # each id once, at its first place
    if accent:
        accent = accent.lower()
        same = [v for v in pool if v[0].split("+")[0] == accent]
        if not same:  # an accent outside the English voices: keep the timbres, change the language
            same = list(dict.fromkeys((f"{accent}+{v[0].split('+')[1]}", v[1], v[2]) for v in pool))
        pool = same
    if age == "old":
        pool = [v for v in pool if v[0].split("+")[1] in OLD_VARIANTS] + [
            v for v in pool if v[0].split("+")[1] not in OLD_VARIANTS]
    return pool


def _language_voices(language: str) -> tuple[str, ...]:
    """The language's eSpeak NG voices ('fr'), or its region's ('pt-br': a Brazilian fic's)."""
    from .languages import voices_for

    return voices_for(language)


def _speaks(voice_id: str, language: str) -> bool:
    """Is this voice one of the language's own ('fr-be+m3' for French; 'pt+m3' for a Brazilian fic too)?"""
    base = voice_id.split("+")[0].lower()
    code = language.split("-")[0]
    return (base in (_language_voices(code) if language != "en" else ACCENTS)
            or base.split("-")[0].split("_")[0] == code)  # 'fr_fr-siwis-medium', a Piper voice's name


def cast_voices(characters: dict[str, Character], config: Config, *, language: str = "en") -> Casting:
    """Assign a Voice to the narrator and every character.

    Order: the narrator, then characters voices.yaml gives a voice id, then
    everyone else by number of lines (most first, ties by name), so the
    characters heard most get the most distinct voices. Automatic voices are
    the story's ``language``'s; a voice voices.yaml gives in another language
    is kept, and listed in ``Casting.other_language``.
    """
    default_rate = config.defaults.rate or 170
    taken: dict[tuple[str, int], str] = {}
    narrator_spec = config.narrator
    if (language != "en" and not config.narrator_voice_set and not narrator_spec.is_description
            and not narrator_spec.is_piper):
        narrator = config.voice_from_spec(narrator_spec, _language_voices(language)[0])
    elif narrator_spec.is_piper or narrator_spec.voice_id:
        spec = _piper_of_language(narrator_spec, language) if narrator_spec.is_piper else narrator_spec
        narrator = config.voice_from_spec(spec, spec.voice_id)
    else:
        narrator = _from_pool(narrator_spec, narrator_spec.gender, config, taken, language)
    casting = Casting(narrator=narrator, language=language)
    taken[_identity(narrator)] = "the narrator"
    if not _speaks(narrator.voice_id, language):
        casting.other_language.append(("the narrator", narrator.voice_id))

    for name, entry in config.characters.items():
        if entry.voice.is_piper or entry.voice.voice_id:
            voice = config.voice_from_spec(entry.voice, entry.voice.voice_id)
            casting.voices[name] = voice
            other = taken.get(_identity(voice))
            if other:
                casting.shared.append((other, name))
            taken.setdefault(_identity(voice), name)
            if not _speaks(voice.voice_id, language):
                casting.other_language.append((name, voice.voice_id))

    ordered = sorted(characters.values(), key=lambda c: (-c.lines, c.name))
    names = [c.name for c in ordered] + [n for n in config.characters if n not in characters]
    genders = {c.name: c.gender for c in ordered}
    for name in names:
        if name in casting.voices or name == FIRST_PERSON:
            continue
        entry = config.characters.get(name)
        spec = entry.voice if entry else VoiceSpec()
        char = characters.get(name)
        if char is not None and char.narrates and not (spec.voice_id or spec.is_piper or spec.is_description):
            # 'said I': the narrator's own voice, as in the narration around it.
            casting.voices[name] = narrator
            casting.narrator_voiced.append(name)
            continue
        if config.defaults.is_piper and spec.engine is None and not spec.is_description:
            voice = _piper_default(spec, config, taken, language)
            if _identity(voice) in taken:  # a one-speaker model: say so, as for voices.yaml's own repeats
                casting.shared.append((taken[_identity(voice)], name))
            if entry is None:
                casting.auto_cast.append(name)
        elif name in GENERIC and entry is None:
            voice_id, pitch, rate_offset = GENERIC[name]
            if language != "en":  # the same timbre in the story's language
                voice_id = _language_voices(language)[0] + "+" + voice_id.split("+")[1]
            voice = _free_pitch(Voice(voice_id, default_rate + rate_offset, pitch, _volume(config)), taken)
        else:
            gender = spec.gender or (entry.gender if entry else None) or genders.get(name)
            voice = _from_pool(spec, gender, config, taken, language)
            if entry is None:
                casting.auto_cast.append(name)
        casting.voices[name] = voice
        taken[_identity(voice)] = name
        _LOGGER.debug("cast %s -> %s", name, voice.describe())
    return casting


def _identity(voice: Voice) -> tuple[str, int]:
    if voice.engine == "piper":
        return (f"piper:{voice.model or voice.voice_id}#{voice.speaker or 0}", -1)  # None: the default, 0
    return (voice.voice_id.lower(), voice.pitch)


def _piper_of_language(spec: VoiceSpec, language: str) -> VoiceSpec:
    """A Piper voice left at its default (the bundled English model) for a story in another language: the
    first Piper voice found (piper_data_dir()) whose .onnx.json names the story's language, if there is one;
    else the spec as it is (and the cast sheet notes a voice of another language)."""
    from .tts.piper_engine import BUNDLED_VOICE, find_piper_voices

    if language == "en" or spec.model or spec.voice_id not in (None, "", BUNDLED_VOICE):
        return spec
    from dataclasses import replace

    from .languages import normalize

    for info in find_piper_voices():
        if not info.bundled and normalize(info.language) == normalize(language):  # 'fr_FR' -> 'fr'
            return replace(spec, voice_id=info.name, model=str(info.path))
    return spec


def _piper_default(spec: VoiceSpec, config: Config, taken: dict[tuple[str, int], str], language: str = "en") -> Voice:
    """defaults: {engine: piper}: the defaults' model (for a story in another language, a Piper voice of that
    language if one is found); in a multi-speaker model, the first speaker nobody has."""
    from .tts.piper_engine import bundled_model_path, model_info

    d = _piper_of_language(config.defaults, language)
    base = config.voice_from_spec(VoiceSpec(engine="piper", voice_id=d.voice_id, model=d.model, speaker=d.speaker,
                                            rate=spec.rate, volume=spec.volume), d.voice_id or "en_US-joe-medium")
    if d.speaker is not None:
        return base
    speakers = model_info(Path(base.model) if base.model else bundled_model_path()).speakers
    for speaker in range(speakers if speakers > 1 else 0):
        voice = Voice(base.voice_id, base.rate, base.pitch, base.volume, "piper", base.model, speaker)
        if _identity(voice) not in taken:
            return voice
    return base


def _volume(config: Config) -> float:
    return config.defaults.volume if config.defaults.volume is not None else 1.0


def _from_pool(spec: VoiceSpec, gender: str | None, config: Config, taken: dict[tuple[str, int], str],
               language: str = "en") -> Voice:
    """Pick the first pool voice nobody has; spec's rate, pitch and volume win."""
    default_rate = config.defaults.rate or 170
    pool = voice_pool(gender, accent=spec.accent, age=spec.age, language=language)
    used_ids = {voice_id for voice_id, _ in taken}
    voice_id, pitch, rate_offset = next((v for v in pool if v[0].lower() not in used_ids), pool[0])
    pitch = max(0, min(100, pitch + AGE_PITCH.get(spec.age or "adult", 0)))
    voice = Voice(
        voice_id,
        spec.rate if spec.rate is not None else default_rate + rate_offset,
        spec.pitch if spec.pitch is not None else pitch,
        spec.volume if spec.volume is not None else _volume(config),
    )
    if spec.pitch is not None:
        return voice  # the user's pitch is kept even if someone else has it
    return _free_pitch(voice, taken)


def _free_pitch(voice: Voice, taken: dict[tuple[str, int], str]) -> Voice:
    """``voice``, its pitch moved by the smallest step (4, -4, 8, ...) nobody has."""
    for step in (0, 4, -4, 8, -8, 12, -12, 16, -16, 20, -20, 24, -24):
        pitch = voice.pitch + step
        if 0 <= pitch <= 100 and (voice.voice_id.lower(), pitch) not in taken:
            return Voice(voice.voice_id, voice.rate, pitch, voice.volume)
    return voice


# --- writing voices.yaml ----------------------------------------------------------

TEMPLATE = """\
# Voices for {title}, written by "ficaudio cast". Edit freely: running
# "ficaudio cast" again adds new characters and keeps your changes and comments.
# Voice ids come from "ficaudio voices": a language voice (the accent), then
# +variant (the timbre), e.g. en-gb+f3. Instead of an id you may describe a
# voice, e.g. voice: {{gender: female, age: young, accent: en-gb}}.
narrator:
{narrator_block}
defaults:                 # for anything a character entry leaves out
  rate: {default_rate}
  pitch: {default_pitch}
  volume: {default_volume}             # 0.0-2.0

characters:

pauses:                   # milliseconds of silence
  sentence: {sentence}
  paragraph: {paragraph}
  speaker: {speaker}
  scene_break: {scene_break}
  chapter: {chapter}

author_notes: {author_notes}        # skip | narrator | track

overrides: []             # pin a line to a speaker, e.g. - {{text: "Or you could", speaker: Tobias}}
"""


@dataclass
class CastFileResult:
    path: Path
    created: bool
    added: list[str] = field(default_factory=list)
    """Characters written as new entries."""
    kept: list[str] = field(default_factory=list)
    """Characters voices.yaml already had (left as they were)."""


def castable(char: Character) -> bool:
    """True for characters worth an entry in voices.yaml: named, with lines."""
    return char.lines > 0 and char.name not in GENERIC_SPEAKERS and char.name != FIRST_PERSON


def write_cast_file(path: Path, characters: dict[str, Character], casting: Casting, config: Config, *,
                    title: str = "this story") -> CastFileResult:
    """Write (or update in place) voices.yaml with every speaking character.

    Entries already in the file are kept as they are, comments included;
    only their '# N lines, N words' comment is added or refreshed. New
    characters get the voice ``casting`` gave them, their inferred gender, and
    a comment with their line count. The file is replaced atomically.

    Raises:
        ConfigError: the existing file is not valid YAML.
        OutputError: the file cannot be written.
    """
    from ruamel.yaml.comments import CommentedMap

    path = Path(path)
    created = not path.exists()
    if created:
        doc = parse_yaml(_template(config, casting, title), path)
    else:
        doc = load_document(path)
        if doc is None:  # empty, or only comments: keep them above the template
            raw = path.read_text(encoding="utf-8")
            doc = parse_yaml(raw.rstrip("\n") + "\n" + _template(config, casting, title), path)
    section = block_section(doc, "characters")
    result = CastFileResult(path=path, created=created)
    default_rate = config.defaults.rate or 170
    for char in sorted(characters.values(), key=lambda c: (-c.lines, c.name)):
        if not castable(char):
            continue
        note = f"{char.lines} line{'s' if char.lines != 1 else ''}, {char.words} word{'s' if char.words != 1 else ''}"
        entry = config.character_named(char.name)
        if entry is not None:
            result.kept.append(entry.name)
            key = next((k for k in section if str(k).strip() == entry.name), None)
            if key is not None and _comment_is_ours_or_missing(section, key):
                mine = f"; {_NARRATOR_NOTE}" if char.name in casting.narrator_voiced else ""
                section.yaml_add_eol_comment(f"# {note}{mine}", key, column=_comment_column(key))
            continue
        voice = casting.voice_for(char.name)
        body = CommentedMap()
        if char.name in casting.narrator_voiced:
            # Nothing written, not even a gender (that would describe a voice of its own): the entry keeps
            # following the narrator's voice; giving one here changes it.
            section[char.name] = body
            section.yaml_add_eol_comment(f"# {note}; {_NARRATOR_NOTE}", char.name,
                                         column=_comment_column(char.name))
            result.added.append(char.name)
            continue
        if voice.engine == "piper":
            body["engine"] = "piper"
            if voice.model:
                body["model"] = voice.model
            if voice.speaker is not None:
                body["speaker"] = voice.speaker
        else:
            body["voice"] = voice.voice_id
            body["pitch"] = voice.pitch
        if voice.rate != default_rate:
            body["rate"] = voice.rate
        if voice.volume != _volume(config):
            body["volume"] = voice.volume
        known = char.gender if not char.gender_assumed else None
        if known:
            body["gender"] = known
        section[char.name] = body
        section.yaml_add_eol_comment(f"# {note}" + ("" if known else "; gender not known"), char.name,
                                     column=_comment_column(char.name))
        result.added.append(char.name)
    text = dump_document(doc)
    config_from_text(text, path)  # never write a file that would not load
    write_text_atomic(path, text)
    return result


_NARRATOR_NOTE = "the narrator ('I'): read in the narrator's voice"


def _comment_column(key: object) -> int:
    """Two spaces after '  Name:' (the characters section is indented by two)."""
    return 2 + len(str(key)) + 1 + 2


def _comment_is_ours_or_missing(section, key) -> bool:
    import re

    item = section.ca.items.get(key)
    token = item[2] if item and len(item) > 2 else None
    if token is None:
        nested = getattr(section[key], "ca", None)
        token = nested.comment[0] if nested is not None and nested.comment else None
        if token is None:
            return True
    return re.fullmatch(r"#\s*\d+ lines?, \d+ words?(; gender not known|; " + re.escape(_NARRATOR_NOTE) + ")?",
                        token.value.strip()) is not None


def _template(config: Config, casting: Casting, title: str) -> str:
    n = casting.narrator
    d = config.defaults
    p = config.pauses
    safe_title = " ".join(title.split()) or "this story"
    if n.engine == "piper":
        narrator_block = "  engine: piper            # a neural voice; see \"ficaudio voices --engine piper\"\n"
        if n.model:
            narrator_block += f"  model: {json.dumps(n.model)}\n"
        if n.speaker is not None:
            narrator_block += f"  speaker: {n.speaker}\n"
        narrator_block += f"  rate: {n.rate}               # words per minute\n"
    else:
        narrator_block = (f"  voice: {n.voice_id}\n  rate: {n.rate}               # words per minute\n"
                          f"  pitch: {n.pitch}               # 0-100; 50 is the voice's own pitch\n")
    return TEMPLATE.format(
        title=safe_title, narrator_block=narrator_block,
        default_rate=d.rate or 170, default_pitch=d.pitch if d.pitch is not None else 50,
        default_volume=d.volume if d.volume is not None else 1.0,
        sentence=p.sentence_ms, paragraph=p.paragraph_ms, speaker=p.speaker_ms, scene_break=p.scene_break_ms,
        chapter=p.chapter_ms, author_notes=config.author_notes,
    )
