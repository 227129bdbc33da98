"""Casting: deterministic, distinct, gender-appropriate; `ficaudio cast` writes voices.yaml."""

from __future__ import annotations

import random
import shutil
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from ficaudio.casting import (
    FEMALE_POOL,
    GENERIC,
    MALE_POOL,
    cast_voices,
    castable,
    voice_pool,
    write_cast_file,
)
from ficaudio.cli import cli
from ficaudio.config import Config, VoiceSpec, load_config
from ficaudio.model import Character
from ficaudio.pipeline import analyse
from ficaudio.readers import read_story
from ficaudio.speakers import UNKNOWN_MALE
from ficaudio.tts.espeak_voices import engine_voice_table, known_voice_ids, split_voice_id

REPO = Path(__file__).parent.parent

STORY = """Chapter 1: The Gate

The rain had not stopped for three days when Nell reached the gate.

'Is anyone there?' Nell called. She pulled her hood down.

'Only me,' said Bram, stepping out of the hut. He shook his head. 'You're late.'

'The bridge was out,' Nell said.

'Tea?' asked Wren. She was already pouring it.

'Please,' said Nell.

'Move along,' a man said from the dark.
"""


def characters(n: int) -> dict[str, Character]:
    """n characters with falling line counts and genders female, male, unknown in turn."""
    genders = ("female", "male", None)
    return {f"C{i:03d}": Character(f"C{i:03d}", gender=genders[i % 3], lines=200 - i, words=1000 - i)
            for i in range(n)}


def identities(casting) -> list[tuple[str, int]]:
    voices = [casting.narrator, *casting.voices.values()]
    return [(v.voice_id.lower(), v.pitch) for v in voices]


def variant_gender(voice_id: str) -> str | None:
    _languages, variants = engine_voice_table()
    _base, variant = split_voice_id(voice_id)
    return variants[variant][1] if variant else None


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


# --- cast_voices ---------------------------------------------------------------------


def test_the_same_story_and_config_always_give_the_same_cast():
    chars = characters(30)
    first = cast_voices(chars, Config())
    shuffled = list(chars.items())
    random.Random(7).shuffle(shuffled)
    again = cast_voices(dict(shuffled), Config())
    assert again.voices == first.voices
    assert again.narrator == first.narrator
    assert sorted(again.auto_cast) == sorted(first.auto_cast)


def test_no_two_cast_members_share_voice_variant_and_pitch():
    casting = cast_voices(characters(120), Config())
    ids = identities(casting)
    assert len(ids) == 121
    assert len(set(ids)) == len(ids)
    # The pools hold over a hundred voices per gender, so ids themselves differ too.
    assert len({voice_id for voice_id, _pitch in ids}) == len(ids)


def test_every_pool_voice_is_one_the_engine_has():
    known = known_voice_ids()
    for gender in ("female", "male", None):
        missing = [v for v, _pitch, _rate in voice_pool(gender) if v not in known]
        assert missing == [], gender
    assert all(v in known for v, _pitch, _rate in GENERIC.values())


def test_pool_variants_match_the_gender_the_engine_gives_them():
    for voice_id, _pitch, _rate in voice_pool("female"):
        assert variant_gender(voice_id) == "female", voice_id
    for voice_id, _pitch, _rate in voice_pool("male"):
        assert variant_gender(voice_id) == "male", voice_id


def test_most_lines_get_the_most_distinct_voices_and_gender_fits():
    chars = {
        "Minor": Character("Minor", gender="female", lines=2),
        "Lead": Character("Lead", gender="female", lines=40),
        "Hero": Character("Hero", gender="male", lines=30),
        "Extra": Character("Extra", gender="male", lines=1),
    }
    casting = cast_voices(chars, Config())
    assert casting.voices["Lead"].voice_id == FEMALE_POOL[0][0]
    assert casting.voices["Minor"].voice_id == FEMALE_POOL[1][0]
    assert casting.voices["Hero"].voice_id == MALE_POOL[0][0]
    assert casting.voices["Extra"].voice_id == MALE_POOL[1][0]
    assert casting.auto_cast == ["Lead", "Hero", "Minor", "Extra"]


def test_configured_voices_are_kept_and_avoided():
    config = load_config_text(
        "characters:\n  Hero: {voice: en-us+m3, pitch: 38}\n  Lead: {voice: en-gb+f2, rate: 150}\n"
    )
    chars = {"Hero": Character("Hero", gender="male", lines=3), "Other": Character("Other", gender="male", lines=9),
             "Lead": Character("Lead", gender="female", lines=1)}
    casting = cast_voices(chars, config)
    assert casting.voices["Hero"].voice_id == "en-us+m3"
    assert (casting.voices["Lead"].voice_id, casting.voices["Lead"].rate) == ("en-gb+f2", 150)
    assert casting.voices["Other"].voice_id != "en-us+m3"  # taken by Hero, though Other has more lines
    assert casting.auto_cast == ["Other"]
    assert casting.shared == []


def test_a_voice_given_twice_in_voices_yaml_is_reported():
    config = load_config_text("characters:\n  A: {voice: en-us+f3, pitch: 60}\n  B: {voice: en-us+f3, pitch: 60}\n")
    casting = cast_voices({}, config)
    assert casting.shared == [("A", "B")]


def test_generic_speakers_get_fixed_voices_and_are_not_auto_cast():
    chars = {UNKNOWN_MALE: Character(UNKNOWN_MALE, gender="male", lines=5)}
    casting = cast_voices(chars, Config())
    voice_id, pitch, _rate = GENERIC[UNKNOWN_MALE]
    assert (casting.voices[UNKNOWN_MALE].voice_id, casting.voices[UNKNOWN_MALE].pitch) == (voice_id, pitch)
    assert casting.auto_cast == []
    assert not castable(chars[UNKNOWN_MALE])


def load_config_text(text: str, tmp: Path | None = None) -> Config:
    import tempfile

    folder = Path(tempfile.mkdtemp()) if tmp is None else tmp
    path = folder / "voices.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    try:
        return load_config(path, known_voice_ids=known_voice_ids())
    finally:
        if tmp is None:
            shutil.rmtree(folder)


@pytest.mark.parametrize(
    "entry",
    ["{voice: {gender: female, age: young, accent: en-gb}}", "{gender: female, age: young, accent: en-gb}"],
)
def test_a_description_resolves_to_a_real_voice(entry):
    config = load_config_text(f"characters:\n  Mira: {entry}\n")
    casting = cast_voices({"Mira": Character("Mira", lines=4)}, config)
    voice = casting.voices["Mira"]
    assert voice.voice_id in known_voice_ids()
    assert split_voice_id(voice.voice_id)[0] == "en-gb"
    assert variant_gender(voice.voice_id) == "female"
    first_en_gb = next(v for v in voice_pool("female", accent="en-gb"))
    assert voice.voice_id == first_en_gb[0]
    assert voice.pitch == first_en_gb[1] + 6  # young: a little higher
    assert casting.auto_cast == []  # described in voices.yaml, so not "automatic"


def test_descriptions_by_age_and_accent():
    config = load_config_text(
        "characters:\n"
        "  Gran: {voice: {gender: female, age: old}}\n"
        "  Kid: {voice: {age: child}, pitch: 90}\n"
        "  Jock: {gender: male, accent: en-gb-scotland}\n"
    )
    casting = cast_voices({}, config)
    assert split_voice_id(casting.voices["Gran"].voice_id)[1] in ("grandma", "aunty")
    assert casting.voices["Kid"].pitch == 90  # an explicit pitch wins over the age
    assert casting.voices["Jock"].voice_id.startswith("en-gb-scotland+")
    assert variant_gender(casting.voices["Jock"].voice_id) == "male"
    assert len(set(identities(casting))) == 4


def test_a_described_narrator_resolves_too():
    config = load_config_text("narrator: {voice: {gender: female, accent: en-us}, rate: 150}\n")
    narrator = cast_voices({}, config).narrator
    assert narrator.voice_id.startswith("en-us+") and variant_gender(narrator.voice_id) == "female"
    assert narrator.rate == 150


# --- voices.yaml written by `ficaudio cast` ----------------------------------------------


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "the-gate.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def speaking(story: Path, config: Config) -> dict[str, Character]:
    doc = analyse(read_story(story), config)
    return {name: c for name, c in doc.characters.items() if castable(c)}


def test_cast_writes_voices_yaml_beside_the_story(story):
    result = run("cast", str(story))
    assert result.exit_code == 0
    path = story.with_name("the-gate.voices.yaml")
    assert f"Wrote {path}: added " in result.stderr
    config = load_config(path, known_voice_ids=known_voice_ids())
    expected = speaking(story, Config())
    assert set(config.characters) == set(expected) and {"Nell", "Bram", "Wren"} <= set(expected)
    text = path.read_text(encoding="utf-8")
    for name, char in expected.items():
        plural = "s" if char.lines != 1 else ""
        assert f"  {name}:  # {char.lines} line{plural}, " in text
        assert config.characters[name].gender == char.gender
    assert UNKNOWN_MALE not in text  # generic speakers are cast at render time, not written
    # Everyone distinct, and from the narrator.
    casting = cast_voices(speaking(story, config), config)
    assert len(set(identities(casting))) == len(casting.voices) + 1
    # The cast sheet: character, gender, lines, words, engine, voice.
    sheet = result.stdout.splitlines()
    assert sheet[0].split() == ["character", "gender", "lines", "words", "engine", "voice"]
    assert sheet[1].split()[:3] == ["(narrator)", "-", "pyttsx3"]
    nell = next(line for line in sheet if line.startswith("Nell "))
    assert nell.split()[1:5] == ["female", str(expected["Nell"].lines), str(expected["Nell"].words), "pyttsx3"]
    assert casting.voices["Nell"].describe() in nell


def test_cast_updates_in_place_keeping_entries_and_comments(story, tmp_path):
    path = tmp_path / "voices.yaml"
    path.write_text(
        "# My cast. Nell must sound tired.\n"
        "narrator:\n"
        "  voice: en-gb-x-rp   # calm\n"
        "  rate: 160\n"
        "characters:\n"
        "  Nell:   # the lead\n"
        "    voice: en-gb+f4\n"
        "    pitch: 58\n"
        "    aliases: [Nell Ash]\n"
        "pauses: {paragraph: 800}\n",
        encoding="utf-8",
    )
    path.chmod(0o640)
    result = run("cast", str(story), "-c", str(path))
    assert result.exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# My cast. Nell must sound tired.\nnarrator:\n  voice: en-gb-x-rp   # calm\n  rate: 160\n")
    assert "  Nell:   # the lead\n    voice: en-gb+f4\n    pitch: 58\n    aliases: [Nell Ash]\n" in text
    assert "pauses: {paragraph: 800}" in text
    assert path.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".voices.yaml")] == []  # no temp file left
    config = load_config(path, known_voice_ids=known_voice_ids())
    assert config.characters["Nell"].voice == VoiceSpec(voice_id="en-gb+f4", pitch=58)
    assert {"Bram", "Wren"} <= set(config.characters)
    # Running it again changes nothing.
    assert run("cast", str(story), "-c", str(path)).exit_code == 0
    assert path.read_text(encoding="utf-8") == text


def test_config_round_trips_through_cast(story, tmp_path):
    """load -> write by `cast` -> load gives the same settings, and the same cast."""
    path = tmp_path / "voices.yaml"
    shutil.copy(REPO / "voices.yaml", path)
    known = known_voice_ids()
    before = load_config(path, known_voice_ids=known)
    cast_before = cast_voices(analyse(read_story(story), before).characters, before)

    assert run("cast", str(story), "-c", str(path)).exit_code == 0
    after = load_config(path, known_voice_ids=known)
    for field in ("narrator", "defaults", "pauses", "author_notes", "overrides"):
        assert getattr(after, field) == getattr(before, field), field
    for name, entry in before.characters.items():
        assert after.characters[name].voice == entry.voice
        assert after.characters[name].aliases == entry.aliases
    added = set(after.characters) - set(before.characters)
    assert added == set(speaking(story, before))
    cast_after = cast_voices(analyse(read_story(story), after).characters, after)
    assert cast_after.narrator == cast_before.narrator
    assert cast_after.voices == cast_before.voices
    assert cast_after.auto_cast == []


def test_write_cast_file_refuses_to_touch_a_file_that_is_not_yaml(story, tmp_path):
    from ficaudio.errors import ConfigError

    path = tmp_path / "voices.yaml"
    path.write_text("narrator: [\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        write_cast_file(path, {}, cast_voices({}, Config()), Config())
    assert path.read_text(encoding="utf-8") == "narrator: [\n"


def test_an_assumed_gender_picks_a_voice_but_is_not_written_as_the_characters_gender(tmp_path):
    porter = Character(name="The Porter", lines=4, gender="male", gender_assumed=True)
    cook = Character(name="The Cook", lines=3, gender="female")
    casting = cast_voices({c.name: c for c in (porter, cook)}, Config())
    assert casting.voice_for("The Porter").voice_id in {v for v, _, _ in MALE_POOL}
    path = tmp_path / "voices.yaml"
    write_cast_file(path, {c.name: c for c in (porter, cook)}, casting, Config())
    config = load_config(path)
    assert config.characters["The Porter"].gender is None
    assert config.characters["The Porter"].voice.voice_id == casting.voice_for("The Porter").voice_id
    assert config.characters["The Cook"].gender == "female"


def test_the_cast_sheet_marks_a_gender_only_assumed(tmp_path):
    path = tmp_path / "the-station.txt"
    path.write_text(
        "Tamsin reached the station late. Tamsin ran along the platform, and she waved.\n\n"
        "'The train has gone,' said the porter.\n\n"
        "'When is the next?' Tamsin asked.\n\n"
        "'Tomorrow,' said the porter.\n",
        encoding="utf-8",
    )
    result = run("cast", str(path))
    assert result.exit_code == 0
    porter = next(line for line in result.stdout.splitlines() if line.startswith("The Porter "))
    assert porter.split()[2:4] == ["male?", "2"]
    text = path.with_name("the-station.voices.yaml").read_text(encoding="utf-8")
    assert "The Porter:  # 2 lines, 5 words; gender not known" in text


def test_cast_dry_run_writes_nothing(story):
    result = run("cast", str(story), "--dry-run")
    assert result.exit_code == 0
    assert "Nell" in result.stdout
    assert not story.with_name("the-gate.voices.yaml").exists()


def test_cast_into_a_missing_folder_is_an_output_error(story, tmp_path):
    result = CliRunner().invoke(cli, ["cast", str(story), "-c", str(tmp_path / "nope" / "voices.yaml")])
    assert result.exit_code == 4
    assert "Traceback" not in result.output
    assert result.output.startswith(f"Error: {tmp_path / 'nope' / 'voices.yaml'}: cannot write")


def test_cast_through_a_symlink_updates_the_target(story, tmp_path):
    target = tmp_path / "real.yaml"
    target.write_text("narrator: en-gb\n", encoding="utf-8")
    link = tmp_path / "voices.yaml"
    link.symlink_to(target)
    assert run("cast", str(story), "-c", str(link)).exit_code == 0
    assert link.is_symlink()
    assert "Nell:" in target.read_text(encoding="utf-8")


def test_cast_of_a_story_without_dialogue_writes_a_valid_empty_cast(tmp_path):
    story = tmp_path / "prose.txt"
    story.write_text("Just prose here. Nobody says a word.\n", encoding="utf-8")
    assert run("cast", str(story)).exit_code == 0
    config = load_config(tmp_path / "prose.voices.yaml", known_voice_ids=known_voice_ids())
    assert config.characters == {}
    assert config.narrator == Config().narrator


def test_every_casting_variant_really_changes_the_sound(tmp_path):
    """Some eSpeak NG variants (alicia, annie, ...) sound exactly like the plain voice in English; casting must
    not rely on one, or two characters would be told apart by nothing but their name."""
    import hashlib
    import wave

    from ficaudio.casting import FEMALE_VARIANTS, MALE_VARIANTS
    from ficaudio.model import Voice
    from ficaudio.synth import ClipRequest, synthesize_one
    from ficaudio.tts.pyttsx3_engine import Pyttsx3Engine

    engine = Pyttsx3Engine()
    sound: dict[str, list[str]] = {}
    for variant in ("", *FEMALE_VARIANTS, *MALE_VARIANTS):
        voice_id = "en-us" + (f"+{variant}" if variant else "")
        path = tmp_path / f"{variant or 'plain'}.wav"
        synthesize_one(engine, ClipRequest("Hello there.", Voice(voice_id, 170, 50, 1.0)), path)
        with wave.open(str(path)) as w:
            pcm = w.readframes(w.getnframes())
        assert pcm, voice_id
        sound.setdefault(hashlib.sha256(pcm).hexdigest(), []).append(voice_id)
    assert [ids for ids in sound.values() if len(ids) > 1] == []


# --- a named first-person narrator ----------------------------------------------------


FIRST_PERSON_STORY = "".join(
    f"Tobin was at the window again, morning {n + 1}.\n\n"
    "'Have you seen the keys?' Tobin asked.\n\n"
    "'Not since the fair,' I said.\n\n"
    "'Then find them, Wren,' said Tobin.\n\n"
    for n in range(10)
)


def test_a_named_first_person_narrator_speaks_in_the_narrators_voice(tmp_path):
    path = tmp_path / "keys.txt"
    path.write_text(FIRST_PERSON_STORY, encoding="utf-8")
    chars = speaking(path, Config())
    assert chars["Wren"].narrates and not chars["Tobin"].narrates
    casting = cast_voices(chars, Config())
    assert casting.voice_for("Wren") == casting.narrator != casting.voice_for("Tobin")
    assert casting.narrator_voiced == ["Wren"]
    # The cast sheet says so; voices.yaml gets an entry with no voice, so it keeps following the narrator's.
    result = run("cast", str(path))
    assert result.exit_code == 0
    wren = next(line for line in result.stdout.splitlines() if line.startswith("Wren "))
    assert "the narrator's voice" in wren and casting.narrator.describe() in wren
    written = path.with_name("keys.voices.yaml")
    config = load_config(written, known_voice_ids=known_voice_ids())
    assert config.characters["Wren"].voice.voice_id is None
    again = cast_voices(speaking(path, config), config)
    assert again.voice_for("Wren") == again.narrator
    assert "the narrator ('I')" in written.read_text(encoding="utf-8")
    # A voice voices.yaml gives the narrator-character wins.
    mine = load_config_text("characters:\n  Wren: {voice: en-us+f3, pitch: 60}\n")
    given = cast_voices(speaking(path, mine), mine)
    assert given.voice_for("Wren").voice_id == "en-us+f3" and given.narrator_voiced == []
