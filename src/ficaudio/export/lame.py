"""MP3 encoding in-process with the system's LAME library (libmp3lame, installed with ffmpeg).

Encoding a short part through an ffmpeg process costs ~0.1 s of start-up
alone; calling libmp3lame through ctypes costs nothing per part, and ctypes
releases the GIL during the call, so threads encode on every core. The
settings match what ``ffmpeg -c:a libmp3lame -b:a N`` does: CBR, LAME's
default quality, and no Xing/Info frame (parts are joined into longer files).
"""

from __future__ import annotations

import array
import audioop
import ctypes
import ctypes.util
import functools

from ..errors import DependencyError, ExportError

_MONO = 3
"""LAME's MPEG_mode for mono."""
_HALFBAND = (3 / 256, -25 / 256, 150 / 256, 150 / 256, -25 / 256, 3 / 256)
"""6-point Lagrange weights for the sample halfway between two (flat within 0.5 dB to 7 kHz at 22.05 kHz)."""


def upsample_2x(pcm: bytes, start: int = 0, end: int | None = None) -> bytes:
    """Double the sample rate of 16-bit mono PCM: every sample kept, one interpolated between each pair.

    LAME's own resampler costs a fifth of the encoding time; this costs a few
    C-speed passes. The midpoints come from six neighbours (a halfband
    Lagrange filter, symmetric, so three pair sums); the two streams are then
    interleaved by array slice assignment. Nothing is delayed: output sample
    2n is input sample n. Input peaks must stay under -1.5 dBFS (the pair
    sums are halved first, and the centre weight exceeds 1).

    ``start`` and ``end`` (input samples) give that stretch of the output,
    ``upsample_2x(pcm)[4 * start : 4 * end]``, reading only the neighbours it
    needs: encoding a long clip a stretch at a time keeps its copies small.
    """
    n = len(pcm) // 2
    end = n if end is None else min(end, n)
    count = end - start
    if count <= 0:
        return b""
    # Two samples before the stretch and three after (zeros beyond the clip's ends).
    lo, hi = max(0, start - 2), min(n, end + 3)
    window = b"\x00\x00" * (2 - (start - lo)) + pcm[lo * 2 : hi * 2] + b"\x00\x00" * (3 - (hi - end))
    half = audioop.mul(window, 2, 0.5)
    middle = b""
    for k, weight in enumerate(_HALFBAND[:3]):
        pair = audioop.add(half[k * 2 : (k + count) * 2], half[(5 - k) * 2 : (5 - k + count) * 2], 2)
        term = audioop.mul(pair, 2, 2 * weight)
        middle = term if not middle else audioop.add(middle, term, 2)
    out = array.array("h", bytes(4 * count))
    out[0::2] = array.array("h", pcm[start * 2 : end * 2])
    out[1::2] = array.array("h", middle)
    return out.tobytes()


@functools.lru_cache(maxsize=1)
def _library() -> ctypes.CDLL:
    name = ctypes.util.find_library("mp3lame") or "libmp3lame.so.0"
    try:
        lib = ctypes.CDLL(name)
    except OSError as exc:
        raise DependencyError(
            "the LAME MP3 library (libmp3lame) is not installed. Install it with: sudo apt-get install libmp3lame0 ffmpeg"
        ) from exc
    lib.lame_init.restype = ctypes.c_void_p
    lib.lame_init.argtypes = []
    for setter in ("lame_set_in_samplerate", "lame_set_out_samplerate", "lame_set_num_channels", "lame_set_brate",
                   "lame_set_quality", "lame_set_bWriteVbrTag", "lame_set_mode"):
        getattr(lib, setter).argtypes = [ctypes.c_void_p, ctypes.c_int]
        getattr(lib, setter).restype = ctypes.c_int
    lib.lame_init_params.argtypes = [ctypes.c_void_p]
    lib.lame_encode_buffer.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_int,
                                       ctypes.c_char_p, ctypes.c_int]
    lib.lame_encode_flush.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
    lib.lame_close.argtypes = [ctypes.c_void_p]
    lib.lame_get_frameNum.argtypes = [ctypes.c_void_p]
    lib.lame_get_frameNum.restype = ctypes.c_int
    return lib


CHUNK_SAMPLES = 1 << 14
"""Input samples handed to LAME per call (0.74 s at 22.05 kHz): a long clip never needs big copies."""


def encode_mono(pcm: bytes, *, input_rate: int, output_rate: int, bitrate_kbps: int, quality: int = 3,
                upsample: bool = False) -> bytes:
    """16-bit little-endian mono PCM -> CBR MP3 frames (no tags, no Info frame); see encode_mono_counted."""
    return encode_mono_counted(pcm, input_rate=input_rate, output_rate=output_rate, bitrate_kbps=bitrate_kbps,
                               quality=quality, upsample=upsample)[0]


def encode_mono_counted(pcm: bytes, *, input_rate: int, output_rate: int, bitrate_kbps: int, quality: int = 3,
                        upsample: bool = False) -> tuple[bytes, int]:
    """16-bit little-endian mono PCM -> (CBR MP3 frames (no tags, no Info frame), how many frames LAME wrote).

    The count is LAME's own (lame_get_frameNum): a part's length then needs no scan of its frames.

    With ``upsample``, the PCM is at half of ``input_rate`` and is doubled
    (``upsample_2x``) a chunk at a time on its way into LAME.

    Raises:
        DependencyError: libmp3lame is missing.
        ExportError: LAME refused the settings or failed.
    """
    lib = _library()
    handle = lib.lame_init()
    if not handle:
        raise ExportError("LAME could not start an encoder (out of memory?).")
    try:
        for setter, value in (("lame_set_in_samplerate", input_rate), ("lame_set_out_samplerate", output_rate),
                              ("lame_set_num_channels", 1), ("lame_set_mode", _MONO),
                              ("lame_set_brate", bitrate_kbps), ("lame_set_quality", quality),
                              ("lame_set_bWriteVbrTag", 0)):
            getattr(lib, setter)(handle, value)
        if lib.lame_init_params(handle) < 0:
            raise ExportError(f"LAME refused {bitrate_kbps} kbps at {output_rate} Hz mono; choose another --bitrate.")
        per_call = CHUNK_SAMPLES * (2 if upsample else 1)
        # LAME's documented worst case: 1.25 * samples + 7200 bytes (more when resampling up).
        size = int(1.25 * per_call * max(1.0, output_rate / input_rate)) + 7200
        buffer = ctypes.create_string_buffer(size)
        out = bytearray()
        n = len(pcm) // 2
        for start in range(0, n, CHUNK_SAMPLES):
            end = min(n, start + CHUNK_SAMPLES)
            chunk = upsample_2x(pcm, start, end) if upsample else pcm[start * 2 : end * 2]
            written = lib.lame_encode_buffer(handle, chunk, None, len(chunk) // 2, buffer, size)
            if written < 0:
                raise ExportError(f"LAME failed encoding (error {written}).")
            out += buffer.raw[:written]
        written = lib.lame_encode_flush(handle, buffer, size)
        if written < 0:
            raise ExportError(f"LAME failed flushing (error {written}).")
        out += buffer.raw[:written]
        return bytes(out), lib.lame_get_frameNum(handle)
    finally:
        lib.lame_close(handle)
