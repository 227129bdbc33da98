"""voices.yaml validation: every error, its exact message, all at once, exit code 2."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from ficaudio.cli import cli
from ficaudio.config import Config, Pauses, VoiceSpec, closest_voice_ids, config_from_text, load_config
from ficaudio.errors import ConfigError
from ficaudio.tts.espeak_voices import KnownIds, known_voice_ids

# A fixed voice list, so the "Closest:" hints do not depend on the eSpeak NG version.
KNOWN = KnownIds({"en-gb", "en-us", "en-gb-x-rp", "en-gb-scotland", "fr"}, {"f1", "f2", "f3", "m1", "m3", "klatt"})

STORY = "Chapter 1\n\n'Hello,' said Mira.\n\n'Hi,' said Tobias.\n"


def voices_file(tmp_path: Path, text: str, name: str = "voices.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def problems(path: Path, known=KNOWN) -> list[str]:
    """The lines of the ConfigError, with the file name made short."""
    with pytest.raises(ConfigError) as caught:
        load_config(path, known_voice_ids=known)
    return str(caught.value).replace(str(path), "voices.yaml").splitlines()


def only_problem(path: Path, known=KNOWN) -> str:
    lines = problems(path, known)
    assert len(lines) == 1, lines
    return lines[0]


# --- valid files ---------------------------------------------------------------


def test_demo_voices_yaml_loads_with_the_real_voice_list():
    config = load_config(Path(__file__).parent.parent / "voices.yaml", known_voice_ids=known_voice_ids())
    assert config.narrator == VoiceSpec(voice_id="en-gb", rate=165, pitch=45)
    assert config.characters["Odessa"].aliases == ["Odessa Thorne", "Dess"]
    assert config.characters["Odessa"].voice.rate == 160
    assert config.characters["Tobias"].gender == "male"
    assert config.pauses == Pauses(300, 650, 450, 1600, 2000)
    assert config.author_notes == "skip"


def test_every_setting_is_read(tmp_path):
    path = voices_file(tmp_path, """
        narrator: {voice: en-gb-x-rp, rate: 150, pitch: 40, volume: 0.9}
        defaults: {rate: 180, pitch: 55, volume: 1.2}
        characters:
          Mira: {voice: en-us+f3, pitch: 62, rate: 160, volume: 1.1, gender: female, aliases: [Mira Vell, Miri]}
          Tobias: en-gb+m3
        pauses: {sentence: 250, paragraph: 700, speaker: 400, scene_break: 1500, chapter: 2500}
        author_notes: track
        overrides:
          - {text: "Or you could", speaker: Tobias}
          - {text: "A/N:  thanks", kind: author_note}
    """)
    config = load_config(path, known_voice_ids=KNOWN)
    assert config.narrator == VoiceSpec(voice_id="en-gb-x-rp", rate=150, pitch=40, volume=0.9)
    assert config.defaults == VoiceSpec(rate=180, pitch=55, volume=1.2)
    mira = config.characters["Mira"]
    assert mira.voice == VoiceSpec(voice_id="en-us+f3", gender="female", rate=160, pitch=62, volume=1.1)
    assert mira.aliases == ["Mira Vell", "Miri"]
    assert config.characters["Tobias"].voice == VoiceSpec(voice_id="en-gb+m3")
    assert config.pauses == Pauses(250, 700, 400, 1500, 2500)
    assert config.author_notes == "track"
    assert [(o.text, o.speaker, o.kind) for o in config.overrides] == [
        ("Or you could", "Tobias", None), ("A/N: thanks", None, "author_note")]
    # Voices come out of the spec with the defaults filling the gaps.
    voice = config.voice_from_spec(config.characters["Tobias"].voice, "en-gb+m3")
    assert (voice.rate, voice.pitch, voice.volume) == (180, 55, 1.2)


def test_empty_file_and_no_file_give_the_defaults(tmp_path):
    assert load_config(voices_file(tmp_path, "# nothing yet\n"), known_voice_ids=KNOWN).characters == {}
    assert load_config(None) == Config()


def test_descriptions_are_read_nested_or_direct(tmp_path):
    path = voices_file(tmp_path, """
        characters:
          Mira:
            voice: {gender: female, age: young, accent: en-gb}
          Tobias: {gender: male, age: old, accent: en-gb-scotland, pitch: 30}
    """)
    config = load_config(path, known_voice_ids=KNOWN)
    assert config.characters["Mira"].voice == VoiceSpec(gender="female", age="young", accent="en-gb")
    assert config.characters["Mira"].voice.is_description
    assert config.characters["Tobias"].voice == VoiceSpec(gender="male", age="old", accent="en-gb-scotland", pitch=30)
    assert config.characters["Tobias"].gender == "male"


# --- each error, exactly ------------------------------------------------------------


def test_unknown_top_level_key(tmp_path):
    path = voices_file(tmp_path, "narator:\n  voice: en-gb\n")
    assert only_problem(path) == 'voices.yaml:1: narator: unknown key; did you mean "narrator"?'


def test_unknown_top_level_key_without_a_close_match_lists_the_allowed_keys(tmp_path):
    path = voices_file(tmp_path, "narrator: en-gb\ncolour: blue\n")
    assert only_problem(path) == ("voices.yaml:2: colour: unknown key; allowed keys are narrator, defaults, "
                                  "characters, pauses, author_notes, overrides, credits, reader, pronunciations, language.")


def test_unknown_key_in_a_character(tmp_path):
    path = voices_file(tmp_path, """
        characters:
          Mira:
            voice: en-us+f3
            pich: 62
    """)
    assert only_problem(path) == 'voices.yaml:4: characters.Mira.pich: unknown key; did you mean "pitch"?'


def test_unknown_key_in_a_voice_description(tmp_path):
    path = voices_file(tmp_path, "characters:\n  Mira:\n    voice: {gender: female, accnt: en-gb}\n")
    assert only_problem(path) == 'voices.yaml:3: characters.Mira.voice.accnt: unknown key; did you mean "accent"?'


def test_unknown_key_in_pauses(tmp_path):
    path = voices_file(tmp_path, "pauses:\n  sentence: 300\n  paragrah: 700\n")
    assert only_problem(path) == 'voices.yaml:3: pauses.paragrah: unknown key; did you mean "paragraph"?'


def test_unknown_key_in_an_override(tmp_path):
    path = voices_file(tmp_path, "overrides:\n  - {text: Hello, speker: Mira}\n")
    assert problems(path) == [
        "2 problems in voices.yaml; fix them all, then run again:",
        'voices.yaml:2: overrides[0].speker: unknown key; did you mean "speaker"?',
        "voices.yaml:2: overrides[0]: give a speaker: or a kind: to pin the line to.",
    ]


@pytest.mark.parametrize(
    "entry, message",
    [
        ("rate: fast", 'characters.Mira.rate: expected a whole number from 80 to 450 (words per minute), got "fast".'),
        ("pitch: 50.5", "characters.Mira.pitch: expected a whole number from 0 to 100, got 50.5."),
        ("pitch: true", "characters.Mira.pitch: expected a whole number from 0 to 100, got true."),
        ("volume: loud", 'characters.Mira.volume: expected a number from 0.0 to 2.0, got "loud".'),
        ("voice: 12", 'characters.Mira.voice: expected a voice id such as "en-gb+f3" '
                      '(or a mapping with gender:, age:, accent:), got 12.'),
        ("gender: woman", 'characters.Mira.gender: "woman" is not one of female, male.'),
        ("age: ancient", 'characters.Mira.age: "ancient" is not one of child, young, adult, old.'),
        ("aliases: 5", "characters.Mira.aliases: expected a list of names such as [Mira Vell, Miri], got 5."),
        ("aliases: {a: b}", "characters.Mira.aliases: expected a list of names such as [Mira Vell, Miri], "
                            "got a mapping."),
    ],
)
def test_wrong_types_in_a_character(tmp_path, entry, message):
    path = voices_file(tmp_path, f"characters:\n  Mira:\n    {entry}\n")
    assert only_problem(path) == f"voices.yaml:3: {message}"


@pytest.mark.parametrize(
    "text, message",
    [
        ("characters: [Mira, Tobias]\n", "voices.yaml:1: characters: expected a mapping of name -> voice settings, "
                                         "got a list."),
        ("characters:\n  Mira: [en-gb]\n", "voices.yaml:2: characters.Mira: expected a voice id such as "
                                           "\"en-gb+f3\" or a mapping (voice:, rate:, pitch:, volume:, gender:, "
                                           "age:, accent:, engine:, model:, speaker:, aliases:), got a list."),
        ("narrator: 5\n", "voices.yaml:1: narrator: expected a voice id such as \"en-gb+f3\" or a mapping (voice:, "
                          "rate:, pitch:, volume:, gender:, age:, accent:, engine:, model:, speaker:), got 5."),
        ("defaults: en-gb\n", "voices.yaml:1: defaults: expected a mapping (rate:, pitch:, volume:, engine:, model:, speaker:), "
                              "got \"en-gb\"."),
        ("pauses: [300]\n", "voices.yaml:1: pauses: expected a mapping such as {paragraph: 700} (milliseconds), "
                            "got a list."),
        ("pauses:\n  chapter: long\n", "voices.yaml:2: pauses.chapter: expected a whole number from 0 to 10000 "
                                       "(milliseconds), got \"long\"."),
        ("author_notes: maybe\n", 'voices.yaml:1: author_notes: "maybe" is not a policy; use one of skip, '
                                  'narrator, track.'),
        ("overrides: {text: Hi}\n", "voices.yaml:1: overrides: expected a list of {text:, speaker:} or "
                                    "{text:, kind:} entries, got a mapping."),
        ("overrides:\n  - {text: Hi, kind: song}\n", 'voices.yaml:2: overrides[0].kind: "song" is not one of '
                                                     'narration, dialogue, thought, author_note, heading.'),
    ],
)
def test_wrong_types_elsewhere(tmp_path, text, message):
    assert only_problem(voices_file(tmp_path, text)) == message


@pytest.mark.parametrize(
    "entry, message",
    [
        ("rate: 500", "characters.Mira.rate: 500 is out of range; use 80 to 450 (words per minute)."),
        ("rate: 20", "characters.Mira.rate: 20 is out of range; use 80 to 450 (words per minute)."),
        ("pitch: 140", "characters.Mira.pitch: 140 is out of range; use 0 to 100."),
        ("pitch: -1", "characters.Mira.pitch: -1 is out of range; use 0 to 100."),
        ("volume: 3", "characters.Mira.volume: 3 is out of range; use 0.0 to 2.0."),
    ],
)
def test_out_of_range_numbers(tmp_path, entry, message):
    path = voices_file(tmp_path, f"characters:\n  Mira:\n    {entry}\n")
    assert only_problem(path) == f"voices.yaml:3: {message}"


def test_out_of_range_pause(tmp_path):
    path = voices_file(tmp_path, "pauses:\n  sentence: -5\n  chapter: 60000\n")
    assert problems(path)[1:] == [
        "voices.yaml:2: pauses.sentence: -5 is out of range; use 0 to 10000 (milliseconds).",
        "voices.yaml:3: pauses.chapter: 60000 is out of range; use 0 to 10000 (milliseconds).",
    ]


def test_unknown_voice_variant_suggests_the_closest_ids(tmp_path):
    path = voices_file(tmp_path, "characters:\n  Mira:\n    voice: en-gb+f9\n")
    assert only_problem(path) == ('voices.yaml:3: characters.Mira.voice: eSpeak NG has no voice "en-gb+f9". '
                                  'Closest: en-gb+f1, en-gb+f2, en-gb+f3. Run "ficaudio voices" to list them.')


def test_unknown_language_keeps_the_variant_in_the_suggestion(tmp_path):
    path = voices_file(tmp_path, "narrator: en-usa+f3\n")
    assert only_problem(path) == ('voices.yaml:1: narrator: eSpeak NG has no voice "en-usa+f3". '
                                  'Closest: en-us+f3, en-gb+f3, en-gb-scotland+f3. Run "ficaudio voices" to list them.')


def test_unknown_accent_in_a_description(tmp_path):
    path = voices_file(tmp_path, "characters:\n  Mira: {gender: female, accent: en-au}\n")
    assert only_problem(path) == ('voices.yaml:2: characters.Mira.accent: "en-au" is not a language voice '
                                  'eSpeak NG has. Closest: en-us, en-gb. Run "ficaudio voices" to list them.')


def test_unknown_voice_id_against_the_real_engine(tmp_path):
    path = voices_file(tmp_path, "characters:\n  Mira: en-gb+f9\n")
    message = only_problem(path, known=known_voice_ids())
    assert message.startswith('voices.yaml:2: characters.Mira: eSpeak NG has no voice "en-gb+f9". Closest: en-gb+f')


def test_closest_voice_ids():
    assert closest_voice_ids("en-gb+f9", KNOWN) == ["en-gb+f1", "en-gb+f2", "en-gb+f3"]
    assert closest_voice_ids("en-gb-x-r", KNOWN)[0] == "en-gb-x-rp"
    assert closest_voice_ids("zz+qq", KNOWN) == []


def test_character_defined_twice(tmp_path):
    path = voices_file(tmp_path, """
        characters:
          Mira:
            voice: en-us+f3
          Tobias: en-gb+m3
          Mira:
            voice: en-gb+f2
    """)
    assert only_problem(path) == ("voices.yaml:5: characters.Mira: character defined twice (first on line 2); "
                                  "merge the two entries into one.")


def test_character_defined_twice_in_another_case(tmp_path):
    path = voices_file(tmp_path, "characters:\n  Mira: en-us+f3\n  mira: en-gb+f2\n")
    assert only_problem(path) == ("voices.yaml:3: characters.mira: character defined twice (first on line 2); "
                                  "merge the two entries into one.")


def test_alias_claimed_by_two_characters(tmp_path):
    path = voices_file(tmp_path, """
        characters:
          Mira:
            voice: en-us+f3
            aliases: [Mira Vell, Dess]
          Odessa:
            voice: en-gb+f2
            aliases: [Odessa Thorne, Dess]
    """)
    assert only_problem(path) == ('voices.yaml:7: characters.Odessa.aliases: "Dess" is also claimed by Mira '
                                  '(line 4); give each name to one character only.')


def test_alias_that_is_another_characters_name(tmp_path):
    path = voices_file(tmp_path, "characters:\n  Mira: {aliases: [Tobias]}\n  Tobias: en-gb+m3\n")
    assert only_problem(path) == ('voices.yaml:3: characters.Tobias: "Tobias" is also claimed by Mira (line 2); '
                                  'give each name to one character only.')


@pytest.mark.parametrize(
    "text, message",
    [
        ("narrator: en-gb\n  voice: en-us\n", "voices.yaml:2: invalid YAML: mapping values are not allowed here. "
                                              "Check the indentation and quoting on this line and the one before."),
        ("narrator:\n\tvoice: en-gb\n", "voices.yaml:2: invalid YAML: found character 'tab' that cannot start any "
                                        "token. Indent with spaces, not tabs."),
        ("characters: {Mira: en-gb\n", "voices.yaml:2: invalid YAML: expected ',' or '}', but got '<stream end>' "
                                       "(while parsing a flow mapping started on line 1). Check the indentation and "
                                       "quoting on this line and the one before."),
    ],
)
def test_invalid_yaml(tmp_path, text, message):
    assert only_problem(voices_file(tmp_path, text)) == message


def test_missing_file_says_how_to_create_it(tmp_path):
    with pytest.raises(ConfigError) as caught:
        load_config(tmp_path / "nope.yaml")
    assert str(caught.value) == f'{tmp_path / "nope.yaml"}: no such file. Create it with "ficaudio cast STORY -c {tmp_path / "nope.yaml"}".'


BAD = """
narator: en-gb
characters:
  Mira:
    voice: en-gb+f9
    pitch: 140
    aliases: [Dess]
  Odessa:
    volume: loud
    aliases: [Dess]
  Mira: en-us
pauses:
  paragrah: 700
"""

BAD_LINES = [
    "voices.yaml:1: narator: unknown key; did you mean \"narrator\"?",
    "voices.yaml:4: characters.Mira.voice: eSpeak NG has no voice \"en-gb+f9\". Closest: en-gb+f1, en-gb+f2, "
    "en-gb+f3. Run \"ficaudio voices\" to list them.",
    "voices.yaml:5: characters.Mira.pitch: 140 is out of range; use 0 to 100.",
    "voices.yaml:8: characters.Odessa.volume: expected a number from 0.0 to 2.0, got \"loud\".",
    "voices.yaml:9: characters.Odessa.aliases: \"Dess\" is also claimed by Mira (line 6); give each name to one "
    "character only.",
    "voices.yaml:10: characters.Mira: character defined twice (first on line 3); merge the two entries into one.",
    "voices.yaml:12: pauses.paragrah: unknown key; did you mean \"paragraph\"?",
]


def test_all_errors_at_once_in_line_order(tmp_path):
    path = voices_file(tmp_path, BAD)
    assert problems(path) == ["7 problems in voices.yaml; fix them all, then run again:", *BAD_LINES]


@pytest.mark.parametrize("command", ["script", "cast", "render"])
def test_cli_reports_every_problem_with_exit_code_2_and_no_traceback(tmp_path, command):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    path = voices_file(tmp_path, BAD)
    before = path.read_text(encoding="utf-8")
    result = CliRunner().invoke(cli, [command, str(story), "-c", str(path), *(["-o", str(tmp_path / "out")]
                                                                           if command == "render" else [])])
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    lines = result.output.replace(str(path), "voices.yaml").strip().splitlines()
    # The real voice list may suggest other ids than the fixed one above.
    assert lines[0] == "Error: 7 problems in voices.yaml; fix them all, then run again:"
    assert [l.split(" Closest:")[0] for l in lines[1:]] == [l.split(" Closest:")[0] for l in BAD_LINES]
    assert path.read_text(encoding="utf-8") == before  # cast wrote nothing
    assert not list(tmp_path.rglob("*.mp3"))


def test_cli_invalid_yaml_is_one_line_with_exit_code_2(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    path = voices_file(tmp_path, "narrator: en-gb\n  voice: en-us\n")
    result = CliRunner().invoke(cli, ["script", str(story), "-c", str(path)])
    assert result.exit_code == 2
    assert result.output == (f"Error: {path}:2: invalid YAML: mapping values are not allowed here. "
                             "Check the indentation and quoting on this line and the one before.\n")


def test_the_readme_example_is_valid():
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    blocks = [b.split("```", 1)[0] for b in readme.split("```yaml\n")[1:] if "characters:" in b.split("```", 1)[0]]
    assert blocks, "README.md has no voices.yaml example"
    for block in blocks:
        config = config_from_text(block, "README.md", known_voice_ids=known_voice_ids())
        assert config.characters


# --- reader: and pronunciations: ---------------------------------------------------------


def test_reader_and_pronunciations_are_read(tmp_path):
    from ficaudio.speech_text import Pronunciation, Reader

    path = voices_file(tmp_path, """
        reader:
          name: Rowan
          last_name: Ashby
          eye_color: grey        # either spelling
          hair_colour: copper
        pronunciations:
          Hermione: her-my-oh-nee
          sasori: "[[s'as0ri]]"
          Mira  Vell: meera vell
    """)
    config = load_config(path, known_voice_ids=KNOWN)
    assert config.reader == Reader(name="Rowan", last_name="Ashby", eye_colour="grey", hair_colour="copper")
    assert config.reader_character == "Rowan"
    assert config.pronunciations == (Pronunciation("Hermione", "her-my-oh-nee"), Pronunciation("sasori", "[[s'as0ri]]"),
                                     Pronunciation("Mira Vell", "meera vell"))
    assert config.speech_rules.reader == config.reader
    assert load_config(voices_file(tmp_path, "reader: Sam\n"), known_voice_ids=KNOWN).reader == Reader(name="Sam")


def test_without_a_reader_name_the_reader_is_you(tmp_path):
    assert Config().reader_character == "You"
    path = voices_file(tmp_path, "reader:\n  eye_colour: green\n")
    assert load_config(path, known_voice_ids=KNOWN).reader_character == "You"


@pytest.mark.parametrize(("text", "message"), [
    ("reader: [Sam]\n",
     "voices.yaml:1: reader: expected a mapping such as {name: Alex, eye_colour: green}, got a list."),
    ("reader:\n  nmae: Sam\n", 'voices.yaml:2: reader.nmae: unknown key; did you mean "name"?'),
    ("reader:\n  eye_colour: [green]\n",
     "voices.yaml:2: reader.eye_colour: expected words to say, such as green, got a list."),
    ("reader:\n  name: Y/N\n",
     'voices.yaml:2: reader.name: "Y/N" has brackets or a slash; write the words as they are said.'),
    ("reader:\n  eye_colour: grey\n  eye_color: blue\n",
     "voices.yaml:3: reader.eye_color: given twice (as eye_colour too); keep one."),
    ("pronunciations: [Hermione]\n",
     "voices.yaml:1: pronunciations: expected a mapping of word -> how to say it, such as "
     "{Hermione: her-my-oh-nee}, got a list."),
    ("pronunciations:\n  Sasori: [[s'as0ri]]\n",
     "voices.yaml:2: pronunciations.Sasori: eSpeak NG phonemes must be quoted, or YAML reads the brackets as a list; "
     "write Sasori: \"[[s'as0ri]]\"."),
    ("pronunciations:\n  Sasori: \"[[s'as0ri]] san\"\n",
     "voices.yaml:2: pronunciations.Sasori: eSpeak NG phonemes are the whole value inside [[ and ]], such as "
     "\"[[s'as0ri]]\"; \"espeak-ng -x WORD\" prints a word's phonemes to start from."),
    ("pronunciations:\n  Ino: \"[[ínoʊ]]\"\n",
     "voices.yaml:2: pronunciations.Ino: eSpeak NG phonemes are ASCII letters and marks (' , : @ ...), such as "
     "\"[[s'as0ri]]\"; \"espeak-ng -x WORD\" prints a word's phonemes to start from."),
    ("pronunciations:\n  Naruto: 5\n",
     "voices.yaml:2: pronunciations.Naruto: expected a respelling such as her-my-oh-nee or eSpeak NG phonemes "
     "such as \"[[s'as0ri]]\", got 5."),
    ("pronunciations:\n  Naruto:\n",
     "voices.yaml:2: pronunciations.Naruto: expected a respelling such as her-my-oh-nee or eSpeak NG phonemes "
     "such as \"[[s'as0ri]]\", got nothing."),
    ("pronunciations:\n  Naruto: \"--\"\n",
     "voices.yaml:2: pronunciations.Naruto: \"--\" has no letters to say; write a respelling such as her-my-oh-nee."),
    ("pronunciations:\n  \"*sigh*\": hah\n",
     "voices.yaml:2: pronunciations.*sigh*: a key is whole words as the story spells them, without brackets or "
     "symbols; write the word alone."),
    ("pronunciations:\n  42: forty-two\n",
     "voices.yaml:2: pronunciations: 42 is not a word; the key is the word or name as the story spells it."),
    ("pronunciations:\n  Kiran: keer-un\n  Kiran: kih-ran\n",
     "voices.yaml:3: pronunciations.Kiran: key given twice (first on line 2); keep one."),
])
def test_reader_and_pronunciation_errors(tmp_path, text, message):
    assert only_problem(voices_file(tmp_path, text)) == message


def test_a_bad_pronunciation_is_one_error_line_and_exit_code_2(tmp_path):
    story = tmp_path / "story.txt"
    story.write_text(STORY, encoding="utf-8")
    path = voices_file(tmp_path, "pronunciations:\n  Mira: [[m'i@r@]]\n")
    for command in (["script", str(story)], ["preview", "--text", "Hi, Mira."], ["render", str(story), "-o",
                                                                                  str(tmp_path / "out")]):
        result = CliRunner().invoke(cli, [*command, "-c", str(path)])
        assert result.exit_code == 2, result.output
        assert result.output == (f"Error: {path}:2: pronunciations.Mira: eSpeak NG phonemes must be quoted, or YAML "
                                 "reads the brackets as a list; write Mira: \"[[m'i@r@]]\".\n")
    assert not list(tmp_path.rglob("*.mp3"))
