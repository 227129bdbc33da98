"""Stage "cast": give the narrator and every speaker a voice.

Characters configured in voices.yaml keep their voices. Everyone else is cast
automatically from pools of clearly different eSpeak NG voices (language
voice + variant + pitch), gender-appropriate where the gender is known, the
most distinct voices going to the characters with the most lines. The same
story and config always give the same cast.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .config import Config, VoiceSpec
from .model import Character, Voice
from .speakers import FIRST_PERSON, UNKNOWN, UNKNOWN_FEMALE, UNKNOWN_MALE

# Ordered most-distinct first. (voice id, pitch, rate offset from the default)
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
NEUTRAL_POOL: tuple[tuple[str, int, int], ...] = tuple(
    v for pair in zip(FEMALE_POOL, MALE_POOL) for v in pair
)
GENERIC = {
    UNKNOWN_FEMALE: ("en-gb+f5", 58, 0),
    UNKNOWN_MALE: ("en-gb+m2", 40, 0),
    UNKNOWN: ("en-gb+klatt", 50, 0),
}


@dataclass
class Casting:
    narrator: Voice
    voices: dict[str, Voice] = field(default_factory=dict)
    auto_cast: list[str] = field(default_factory=list)
    """Characters given a voice automatically (not in voices.yaml)."""

    def voice_for(self, speaker: str | None) -> Voice:
        if speaker is None or speaker == FIRST_PERSON:
            return self.narrator
        return self.voices.get(speaker, self.narrator)


def cast_voices(characters: dict[str, Character], config: Config) -> Casting:
    """Assign a Voice to the narrator and every character."""
    narrator = _resolve_spec(config.narrator, config, None, taken=set()) 
    casting = Casting(narrator=narrator)
    taken = {_identity(narrator)}
    for name, entry in config.characters.items():
        if entry.voice.voice_id or entry.voice.gender or entry.voice.accent or entry.voice.age:
            voice = _resolve_spec(entry.voice, config, entry.gender, taken)
            casting.voices[name] = voice
            taken.add(_identity(voice))
    default_rate = config.defaults.rate or 170
    ordered = sorted(characters.values(), key=lambda c: (-c.lines, c.name))
    for char in ordered:
        if char.name in casting.voices or char.name == FIRST_PERSON:
            continue
        entry = config.characters.get(char.name)
        if char.name in GENERIC:
            voice_id, pitch, rate_offset = GENERIC[char.name]
            casting.voices[char.name] = Voice(voice_id, default_rate + rate_offset, pitch, 1.0)
            continue
        gender = (entry.gender if entry else None) or char.gender
        pool = FEMALE_POOL if gender == "female" else MALE_POOL if gender == "male" else NEUTRAL_POOL
        voice = _pick(pool, taken, default_rate, overrides=entry.voice if entry else None)
        casting.voices[char.name] = voice
        casting.auto_cast.append(char.name)
        taken.add(_identity(voice))
    return casting


def _identity(voice: Voice) -> tuple[str, int]:
    return (voice.voice_id.lower(), voice.pitch)


def _pick(pool, taken: set, default_rate: int, overrides: VoiceSpec | None = None) -> Voice:
    used_ids = {vid for vid, _ in taken}
    for voice_id, pitch, rate_offset in pool:
        if voice_id.lower() not in used_ids:
            return _with(Voice(voice_id, default_rate + rate_offset, pitch, 1.0), overrides)
    # More characters than voices: reuse a voice at a pitch nobody has.
    round_no = 1
    while True:
        for voice_id, pitch, rate_offset in pool:
            shifted = max(0, min(100, pitch + (12 * round_no if round_no % 2 else -12 * round_no)))
            if (voice_id.lower(), shifted) not in taken:
                return _with(Voice(voice_id, default_rate + rate_offset, shifted, 1.0), overrides)
        round_no += 1
        if round_no > 8:
            voice_id, pitch, rate_offset = pool[0]
            return Voice(voice_id, default_rate, pitch, 1.0)


def _with(voice: Voice, spec: VoiceSpec | None) -> Voice:
    if spec is None:
        return voice
    return Voice(voice.voice_id, spec.rate or voice.rate, spec.pitch if spec.pitch is not None else voice.pitch,
                 spec.volume if spec.volume is not None else voice.volume)


def _resolve_spec(spec: VoiceSpec, config: Config, gender: str | None, taken: set) -> Voice:
    """A voices.yaml entry -> Voice; descriptions (gender/age/accent) pick from the pools."""
    if spec.voice_id:
        return config.voice_from_spec(spec, spec.voice_id)
    want_gender = spec.gender or gender
    pool = FEMALE_POOL if want_gender == "female" else MALE_POOL if want_gender == "male" else NEUTRAL_POOL
    if spec.accent:
        accent = spec.accent.lower()
        matching = tuple(v for v in pool if v[0].split("+")[0] == accent)
        variants = [v[0].split("+")[1] for v in pool]
        pool = matching or tuple((f"{accent}+{variant}", p, r) for variant, (_, p, r) in zip(variants, pool))
    voice = _pick(pool, taken, config.defaults.rate or 170)
    pitch = voice.pitch
    if spec.age == "child":
        pitch = min(100, pitch + 18)
    elif spec.age == "old":
        pitch = max(0, pitch - 12)
    return config.voice_from_spec(
        VoiceSpec(rate=spec.rate or voice.rate, pitch=spec.pitch if spec.pitch is not None else pitch, volume=spec.volume),
        voice.voice_id,
    )
