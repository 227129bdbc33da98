"""Hostile files: voices.yaml builds no objects, alias bombs and huge files are bounded.

Also fuzzes ``load_config`` with random bytes and mutated real configs:
nothing but ConfigError may come out.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ficaudio.config import load_config
from ficaudio.errors import ConfigError

from _reliability import RELIABILITY, VOICES_YAML

ROOT = Path(__file__).resolve().parents[2]


def _write(tmp_path: Path, data: str | bytes) -> Path:
    path = tmp_path / "voices.yaml"
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


@pytest.mark.parametrize("yaml_text", [
    "narrator: !!python/object/apply:os.system ['touch {marker}']\n",
    "!!python/object/new:os.system ['touch {marker}']\n",
    "narrator:\n  voice: !!python/name:os.system\n",
    "characters:\n  Mira: !!python/object:ficaudio.config.Config {{}}\n",
    "narrator: !custom {{voice: en-gb}}\n",
], ids=["apply", "new", "name", "object", "local-tag"])
def test_object_tags_are_refused_and_nothing_runs(tmp_path: Path, yaml_text: str) -> None:
    marker = tmp_path / "pwned"
    path = _write(tmp_path, yaml_text.format(marker=marker))
    with pytest.raises(ConfigError, match="tag"):
        load_config(path)
    assert not marker.exists()


def _billion_laughs(levels: int = 9, fan: int = 9) -> str:
    lines = ["lol0: &lol0 [" + ", ".join(['"lol"'] * fan) + "]"]
    for i in range(1, levels + 1):
        lines.append(f"lol{i}: &lol{i} [" + ", ".join([f"*lol{i - 1}"] * fan) + "]")
    return "\n".join(lines) + f"\ncharacters:\n  Mira: *lol{levels}\noverrides: *lol{levels}\n"


def test_alias_bomb_is_bounded(tmp_path: Path) -> None:
    # 9**10 "lol"s if expanded; run in a child process so a regression cannot hang the suite.
    path = _write(tmp_path, _billion_laughs())
    code = ("import sys\nfrom ficaudio.config import load_config\nfrom ficaudio.errors import ConfigError\n"
            "try:\n    load_config(sys.argv[1])\nexcept ConfigError as exc:\n    print('ConfigError', str(exc)[:200])\n")
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.startswith("ConfigError"), proc.stdout
    assert time.monotonic() - started < 30


def test_deep_nesting_is_a_config_error(tmp_path: Path) -> None:
    for text in ("[" * 3000 + "]" * 3000, "- " * 3000 + "x", "a: " + "{b: " * 3000 + "1" + "}" * 3000):
        started = time.monotonic()
        with pytest.raises(ConfigError):
            load_config(_write(tmp_path, text))
        # ruamel's scanner is quadratic in flow nesting until the parser's recursion limit stops it (~6 s).
        assert time.monotonic() - started < 30


def test_huge_file_is_refused_before_parsing(tmp_path: Path, monkeypatch) -> None:
    import ficaudio.config as config

    path = _write(tmp_path, "# " + "x" * (1024 * 1024) + "\n")

    def no_parsing(*args, **kwargs):
        raise AssertionError("a voices file over the limit was parsed")

    # Refused on its size alone: neither read into memory as YAML nor handed to the parser (not timed: the machines
    # running this are shared).
    monkeypatch.setattr(config, "_yaml", no_parsing)
    with pytest.raises(ConfigError, match="too big"):
        load_config(path)


def _check_config_error(exc: ConfigError, path: Path) -> None:
    message = str(exc)
    assert message.startswith(str(path)) or str(path) in message.splitlines()[0], message
    assert "Traceback" not in message


@RELIABILITY
@given(st.binary(max_size=2000))
@example(b"\xff\xfe")
@example(b"\x00")
@example(b"- - -")
@example(b"&a [*a]")
@example(b"*undefined")
@example(b"? [a, b]\n: c")
@example(b"narrator: {voice: [1, 2]}")
@example(b"characters: {Mira: {rate: 1e999}}")
@example(b"characters: {Mira: {rate: .nan, pitch: -.inf}}")
@example(b"pauses: {sentence: 99999999999999999999999999}")
@example(b"overrides: [{text: ''}]")
@example(b"characters: {null: {voice: en-gb}, 1: x, [a]: b}")
# Found by the fuzzer: ruamel's constructors raised IndexError/ValueError/KeyError on these.
@example(b"!!int")
@example(b"!!float")
@example(b"a: !!int x")
@example(b"a: !!bool maybe")
@example(b"a: !!float 1.2.3")
@example(b"narrator: {rate: !!int 0b2}")
def test_random_bytes_give_only_config_errors(tmp_path: Path, data: bytes) -> None:
    path = _write(tmp_path, data)
    try:
        load_config(path)
    except ConfigError as exc:
        _check_config_error(exc, path)


YAML_PIECES = st.sampled_from([
    "narrator:", "characters:", "pauses:", "overrides:", "defaults:", "author_notes:", "  ", "    ", "\n", "- ", ": ",
    "voice: en-gb", "rate: 170", "pitch: 999", "volume: -1", "gender: female", "aliases: [Mi]", "Mira:", "Tam:",
    "text: hello", "speaker: Mira", "kind: thought", "&a", "*a", "!!str", "!!int", "{", "}", "[", "]", ",", "'", '"',
    "#", "---", "...", "|", ">", "~", "null", "true", "1e3", "0x1F", "<<: *a", "? ", "\t", "%YAML 1.2",
])


@RELIABILITY
@given(st.lists(st.one_of(YAML_PIECES, st.text(max_size=5)), max_size=60).map("".join))
def test_yaml_shaped_noise_gives_only_config_errors(tmp_path: Path, text: str) -> None:
    path = _write(tmp_path, text)
    try:
        load_config(path, known_voice_ids={"en-gb", "en-us", "en-gb+f3"})
    except ConfigError as exc:
        _check_config_error(exc, path)


@RELIABILITY
@given(st.lists(st.tuples(st.floats(0, 1), st.integers(0, 6), st.one_of(YAML_PIECES, st.text(max_size=3))),
                min_size=1, max_size=10))
def test_mutated_real_configs_give_only_config_errors(tmp_path: Path, edits: list[tuple[float, int, str]]) -> None:
    text = (ROOT / "voices.yaml").read_text(encoding="utf-8") if (ROOT / "voices.yaml").exists() else VOICES_YAML
    for where, delete, insert in edits:
        at = int(where * len(text))
        text = text[:at] + insert + text[at + delete :]
    path = _write(tmp_path, text)
    try:
        load_config(path)
    except ConfigError as exc:
        _check_config_error(exc, path)
