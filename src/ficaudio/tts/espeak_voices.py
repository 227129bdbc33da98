"""The voices eSpeak NG has, as ids users write: 'en-gb', 'en-gb+f3'.

pyttsx3 silently keeps the previous voice when given an unknown id, so ids are
checked here against what the engine lists, and the pyttsx3 engine verifies
the voice it really got after every change.
"""

from __future__ import annotations

import functools

from . import EngineVoice

# MBROLA voices are listed by eSpeak NG but need separate databases we do not
# install; offering them would fail at synthesis.
_SKIP_PREFIXES = ("mb/",)

@functools.lru_cache(maxsize=1)
def engine_voice_table() -> tuple[dict[str, tuple[str, str, str | None]], dict[str, tuple[str, str | None]]]:
    """Return ({language id: (espeak name, identifier, gender)}, {variant id: (file name, gender)}).

    Reads the lists from libespeak-ng (through pyttsx3's bindings) in this process.
    """
    from pyttsx3.drivers import _espeak

    from .pyttsx3_engine import shared_pyttsx3

    engine = shared_pyttsx3()
    languages: dict[str, tuple[str, str, str | None]] = {}
    for v in engine.getProperty("voices"):
        if v.id.startswith(_SKIP_PREFIXES):
            continue
        gender = (v.gender or "").lower() or None
        for lang in v.languages or []:
            lang = lang.lower()
            if lang and lang not in languages:
                languages[lang] = (v.name, v.id, gender)
    # Variants are only listed when asked for by the pseudo-language "variant".
    spec = _espeak.VOICE()
    spec.languages = b"variant"
    variants: dict[str, tuple[str, str | None]] = {}
    for v in _espeak.ListVoices(spec):
        file_name = v.identifier.decode("utf-8", "replace").removeprefix("!v/")
        variants[file_name.lower()] = (file_name, {1: "male", 2: "female"}.get(v.gender))
    return languages, variants


def split_voice_id(voice_id: str) -> tuple[str, str | None]:
    base, _, variant = voice_id.partition("+")
    return base.lower(), (variant.lower() or None)


def known_voice_ids() -> "KnownIds":
    languages, variants = engine_voice_table()
    return KnownIds(set(languages), set(variants))


class KnownIds:
    """Acts like a list of every valid id without listing all combinations."""

    def __init__(self, languages: set[str], variants: set[str]) -> None:
        self.languages = languages
        self.variants = variants

    def __contains__(self, voice_id: object) -> bool:
        if not isinstance(voice_id, str):
            return False
        base, variant = split_voice_id(voice_id)
        return base in self.languages and (variant is None or variant in self.variants)

    def __iter__(self):
        yield from sorted(self.languages)
        for lang in ("en-gb", "en-us"):
            if lang in self.languages:
                for variant in sorted(self.variants):
                    yield f"{lang}+{variant}"


def list_engine_voices() -> list[EngineVoice]:
    languages, variants = engine_voice_table()
    out = [EngineVoice(lang, name, lang, gender, "language") for lang, (name, _ident, gender) in sorted(languages.items())]
    out += [EngineVoice(f"+{v}", name, "(any)", g, "variant") for v, (name, g) in sorted(variants.items())]
    return out
