"""Output profiles: the numbers a render aims for (bit rate, loudness, room tone).

``default`` suits listening: the engines' own 22.05 kHz mono (eSpeak NG, and
Piper's medium voices, speak at 22.05 kHz: encoding at 44.1 kHz upsampled
speech for no audible gain and spent most of a render's CPU in LAME) at
64 kbps, a usual rate for spoken-word audiobooks; that is MPEG-2 layer III,
which every MP3 player decodes. ``acx`` meets the ACX audiobook submission rules
(../shared/formats/acx-audio-rules.md): 44.1 kHz, 192 kbps CBR MP3, RMS
between -23 and -18 dB, peaks at or under -3 dB, 0.5-1 s of room tone at the
head and 1-5 s at the tail, one chapter per file. Both play at the same
loudness (about -21 dB RMS, pauses included), peaks held by a limiter: loud
enough for a phone on a bus, and inside ACX's range. They differ in bit
rate, sample rate, LAME quality and the tail.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ConfigError


@dataclass(frozen=True)
class AudioProfile:
    name: str
    bitrate: str
    """MP3 bit rate (constant), e.g. '64k'."""
    sample_rate: int = 22050
    """MP3 (and M4B) sample rate: one of SAMPLE_RATES."""
    min_bitrate_kbps: int = 0
    """A lower --bitrate than this is refused."""
    fixed_sample_rate: bool = False
    """--sample-rate may not change ``sample_rate`` (ACX: 44.1 kHz)."""
    clip_target_dbfs: float = -17.5
    """Every clip's RMS level, so all voices are equally loud and every chapter as loud as the
    next (a chapter's RMS, pauses included, comes out 1-3 dB lower)."""
    clip_ceiling_dbfs: float = -0.5
    """A clip's sample peaks may not pass this when it is matched (its gain is capped)."""
    peak_limit_dbfs: float | None = -4.5
    """When set, a look-ahead limiter brings clip peaks down to this after matching, so
    clips can be louder than their peaks would allow; MP3 encoding then adds up to ~1 dB
    (ACX: at most -3 dB). eSpeak NG's speech peaks 15-16 dB over its RMS: without the
    limiter (peaks held at -3.5 dB) a book came out at -23.4 dB RMS, with it about -21.
    It costs 0.35 s of CPU per 16 minutes of speech."""
    lame_quality: int = 7
    """LAME's -q (0 best, 9 fastest). 7 encodes about 35% faster than LAME's default 3 (what ffmpeg
    uses); for eSpeak NG's speech, which has little above 5 kHz, the difference is not audible."""
    head_ms: int = 750
    """Room tone before the first line of every chapter file (ACX: 0.5-1 s)."""
    tail_ms_range: tuple[int, int] = (0, 10_000)
    """The chapter pause from voices.yaml is clamped into this range for the tail (ACX: 1-5 s)."""

    def tail_ms(self, configured_ms: int) -> int:
        low, high = self.tail_ms_range
        return max(low, min(high, configured_ms))


PROFILES: dict[str, AudioProfile] = {
    "default": AudioProfile(name="default", bitrate="64k", sample_rate=22050),
    "acx": AudioProfile(name="acx", bitrate="192k", sample_rate=44100, min_bitrate_kbps=192, fixed_sample_rate=True,
                        tail_ms_range=(1500, 4000), lame_quality=3),
}

SAMPLE_RATES = (22050, 44100)
"""--sample-rate choices: the engines' own rate, or exactly twice it (CD rate, as ACX asks)."""


def get_profile(name: str, *, bitrate: str | None = None, sample_rate: int | None = None) -> AudioProfile:
    """The profile called ``name``, with its bit rate and sample rate replaced when given.

    Raises:
        ConfigError: unknown profile, or a bit rate or sample rate the profile (or MP3) does not allow.
    """
    from dataclasses import replace

    try:
        profile = PROFILES[name]
    except KeyError:
        raise ConfigError(f"unknown profile \"{name}\"; choose one of {', '.join(PROFILES)}.") from None
    if sample_rate is not None and int(sample_rate) != profile.sample_rate:
        if int(sample_rate) not in SAMPLE_RATES:
            raise ConfigError(f"--sample-rate {sample_rate}: choose {' or '.join(map(str, SAMPLE_RATES))}.")
        if profile.fixed_sample_rate:
            raise ConfigError(f"--sample-rate {sample_rate}: profile \"{profile.name}\" requires "
                              f"{profile.sample_rate} Hz; leave --sample-rate out.")
        profile = replace(profile, sample_rate=int(sample_rate))
    if bitrate is None:
        return profile
    kbps = parse_bitrate_kbps(bitrate, sample_rate=profile.sample_rate)
    if kbps < profile.min_bitrate_kbps:
        raise ConfigError(f"--bitrate {bitrate} is below the {profile.min_bitrate_kbps}k that profile "
                          f"\"{profile.name}\" requires; leave --bitrate out or raise it.")
    return replace(profile, bitrate=f"{kbps}k")


_MP3_BITRATES = (32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320)
"""MPEG-1 layer III (32, 44.1, 48 kHz)."""
_MPEG2_BITRATES = (8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160)
"""MPEG-2 layer III (16, 22.05, 24 kHz)."""


def bitrates_at(sample_rate: int) -> tuple[int, ...]:
    """The bit rates (kbps) an MP3 at ``sample_rate`` can have."""
    return _MP3_BITRATES if sample_rate >= 32000 else _MPEG2_BITRATES


def parse_bitrate_kbps(text: str, *, sample_rate: int = 44100) -> int:
    """'192k', '192' or '192000' -> 192, refusing rates an MP3 at ``sample_rate`` cannot have.

    Raises:
        ConfigError: not a bit rate MPEG layer III allows at that sample rate.
    """
    value = str(text).strip().lower().removesuffix("bps").removesuffix("k")
    try:
        kbps = int(value)
    except ValueError:
        kbps = -1
    if kbps >= 1000:
        kbps //= 1000
    allowed = bitrates_at(sample_rate)
    if kbps not in allowed:
        raise ConfigError(f"--bitrate {text}: not an MP3 bit rate at {sample_rate / 1000:g} kHz; use one of "
                          f"{', '.join(f'{b}k' for b in allowed)}"
                          + (" (or --sample-rate 44100 for more)." if sample_rate < 32000 else "."))
    return kbps
