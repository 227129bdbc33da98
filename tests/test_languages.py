"""Stories in other languages: the story's language, its dialogue marks, speakers, voices and speech.

Segmentation tests state the exact segments expected, (kind, text) in order, as in test_quotes.py.
The three test stories in tests/texts/ (French, Spanish with dialogue dashes, German) are scored against
their gold in test_accuracy.py; here each rule is checked on its own.
"""

from __future__ import annotations

import json
import re
import subprocess
import wave
from pathlib import Path

import pytest
from click.testing import CliRunner
from mutagen.mp3 import MP3
from pydub import AudioSegment

from ficaudio import languages
from ficaudio.casting import cast_voices, voice_pool
from ficaudio.chapters import find_chapters
from ficaudio.cli import cli
from ficaudio.config import Config, config_from_text
from ficaudio.errors import ConfigError
from ficaudio.languages.detect import detect, story_language
from ficaudio.model import Character, Voice
from ficaudio.pipeline import analyse, plan_audio, set_language
from ficaudio.quotes import segment_quotes
from ficaudio.readers import read_story, read_text
from ficaudio.sentences import sentence_spans
from ficaudio.speech_text import SpeechRules, to_speech
from ficaudio.synth import ClipCache, ClipRequest, synthesize_all

TEXTS = Path(__file__).parent / "texts"


def segments(text: str, language: str) -> list[tuple[str, str]]:
    doc = read_text(text, title="Test")
    doc.language = language
    segment_quotes(doc, find_chapters(doc))
    return [(s.kind, doc.segment_text(s)) for s in doc.segments]


def speakers(text: str, language: str | None = None) -> list[tuple[str, str | None]]:
    doc = analyse(read_text(text, title="Test"), Config(language=language))
    return [(doc.segment_text(s), s.speaker) for s in doc.segments if s.kind == "dialogue"]


# --- the story's language ------------------------------------------------------


def test_language_names_as_metadata_writes_them():
    assert [languages.normalize(v) for v in ("fr", "fr-FR", "fr_CA", "Français", "French", "fra", "Deutsch",
                                             "Español", "es-419", "日本語", "中文", "English")] == [
        "fr", "fr", "fr", "fr", "fr", "fr", "de", "es", "es", "ja", "zh", "en"]
    assert languages.normalize("Klingon") is None


def test_every_language_module_has_voices_and_dialogue_marks():
    assert {"en", "fr", "es", "de", "pt", "it", "ru", "pl", "zh", "ja"} <= set(languages.supported())
    for code in languages.supported():
        lang = languages.get(code)
        assert lang.code == code and lang.voices and lang.quotes


def test_metadata_wins_over_the_text():
    text = "Il était une fois une petite fille qui habitait au bord de la mer. " * 10
    assert story_language(text, {"language": ["Deutsch"]}).code == "de"
    assert story_language(text, {"language": ["Deutsch"]}, "es").code == "es"  # voices.yaml wins
    assert story_language(text, {}).code == "fr"
    assert story_language(text, {}).source == "detected"


def test_detection_needs_enough_words_and_a_known_language():
    assert detect("Bonjour, dit-elle.") is None  # too short to tell
    dutch = "Het was een koude avond en de wind blies door de straten van de oude stad. " * 5
    assert detect(dutch) is None  # no Dutch module: the story stays English
    assert story_language(dutch, {}).code == "en"


def test_a_plain_text_header_names_the_language(write_file):
    story = write_file("s.txt", "Title: Le Jardin\nAuthor: Moi\nLanguage: Français\n\n\"Viens\", dit Léa.\n")
    doc = read_story(story)
    set_language(doc)
    assert (doc.language, doc.language_source) == ("fr", "metadata")


def test_an_epub_names_its_language_in_dc_language(tmp_path):
    import zipfile

    path = tmp_path / "s.epub"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/epub+zip")
        z.writestr("META-INF/container.xml", '<?xml version="1.0"?><container version="1.0" '
                   'xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile '
                   'full-path="content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>')
        z.writestr("content.opf", '<?xml version="1.0"?><package xmlns="http://www.idpf.org/2007/opf" version="2.0">'
                   '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>La Casa</dc:title>'
                   '<dc:language>es</dc:language></metadata><manifest><item id="c1" href="c1.xhtml" '
                   'media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c1"/></spine></package>')
        z.writestr("c1.xhtml", '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>—Hola —dijo Ana.</p></body></html>')
    doc = read_story(path)
    set_language(doc)
    assert (doc.language, doc.language_source) == ("es", "metadata")


def test_voices_yaml_language_is_checked():
    assert config_from_text("language: French\n").language == "fr"
    with pytest.raises(ConfigError, match=r'voices.yaml:1: language: "Klingon" is not a language ficaudio reads; use one of de, en, es'):
        config_from_text("language: Klingon\n")


# --- dialogue marks --------------------------------------------------------------


def test_french_guillemets_with_their_spaces_and_an_incise():
    assert segments("« Je sais, dit-elle, mais c’est trop tard. »\n\n«\u00a0Où\u00a0?\u00a0» demanda Paul.", "fr") == [
        ("dialogue", "Je sais,"), ("narration", "dit-elle,"), ("dialogue", "mais c’est trop tard."),
        ("dialogue", "Où\u00a0?"), ("narration", "demanda Paul."),
    ]


def test_a_straight_quote_closed_by_a_guillemet_is_one_quotation():
    assert segments("\"La mer est mauvaise, dit Anne. Personne ne sortira. »", "fr") == [
        ("dialogue", "La mer est mauvaise,"), ("narration", "dit Anne."), ("dialogue", "Personne ne sortira."),
    ]


def test_french_apostrophes_and_elisions_are_never_quote_marks():
    assert segments("L'homme d’aujourd'hui n’a rien dit à l’enfant qu'il aimait.", "fr") == [
        ("narration", "L'homme d’aujourd'hui n’a rien dit à l’enfant qu'il aimait."),
    ]


def test_a_word_in_guillemets_mid_sentence_is_not_speech():
    assert segments("On l'appelait « la sorcière » et on riait.", "fr") == [
        ("narration", "On l'appelait « la sorcière » et on riait."),
    ]


def test_french_dialogue_dashes_with_an_incise():
    assert segments("— Tu en veux ? demanda-t-il. C'est chaud.\n\n— Oui, merci.", "fr") == [
        ("dialogue", "Tu en veux ?"), ("narration", "demanda-t-il."), ("dialogue", "C'est chaud."),
        ("dialogue", "Oui, merci."),
    ]


def test_a_dashed_line_inside_the_marks_is_the_next_turn():
    text = "\"Tu es en retard, dit-elle.\n- Je sais. Rogue m'a retenu.\""
    assert segments(text, "fr") == [
        ("dialogue", "Tu es en retard,"), ("narration", "dit-elle."), ("dialogue", "Je sais. Rogue m'a retenu."),
    ]
    doc = analyse(read_text("Harry entra. Hermione leva les yeux vers Harry. Harry sourit à Hermione.\n\n" + text,
                            title="T"), Config(language="fr"))
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Hermione", "Harry"]


def test_a_line_tagged_with_a_verb_of_thinking_is_a_thought():
    assert segments("« Zut », pensa-t-elle.\n\n—Qué raro —pensó Ana—. Muy raro.\n\n„Seltsam“, dachte er.", "fr")[:2] == [
        ("thought", "Zut"), ("narration", ", pensa-t-elle.")]
    assert segments("—Qué raro —pensó Ana—. Muy raro.", "es") == [
        ("thought", "Qué raro"), ("narration", "pensó Ana—."), ("thought", "Muy raro.")]
    assert segments("„Seltsam“, dachte er.", "de") == [("thought", "Seltsam"), ("narration", ", dachte er.")]
    doc = analyse(read_text("Ana entró. Pedro miró a Ana. Ana suspiró.\n\n—Qué raro —pensó Ana.", title="T"),
                  Config(language="es"))
    thought = next(s for s in doc.segments if s.kind == "thought")
    assert thought.speaker == "Ana" and thought.why.startswith("thought-tag")


def test_spanish_dashes_open_speech_tag_and_speech_again():
    assert segments("—Hola —dijo ella—. ¿Vienes?", "es") == [
        ("dialogue", "Hola"), ("narration", "dijo ella—."), ("dialogue", "¿Vienes?"),
    ]
    assert segments("—Bien —le dijo Juan—, pero no hoy.\n\n—¿Por qué? —preguntó Ana.", "es") == [
        ("dialogue", "Bien"), ("narration", "le dijo Juan—,"), ("dialogue", "pero no hoy."),
        ("dialogue", "¿Por qué?"), ("narration", "preguntó Ana."),
    ]


def test_a_dash_inside_speech_without_a_space_before_it_stays_speech():
    assert segments("—Yo no—quiero decir, sí.", "es") == [("dialogue", "Yo no—quiero decir, sí.")]


def test_german_low_high_quotes_and_reversed_guillemets():
    assert segments("„Er kommt“, sagte Jonas. „Immer.“\n\n»Da!«, rief Anna.", "de") == [
        ("dialogue", "Er kommt"), ("narration", ", sagte Jonas."), ("dialogue", "Immer."),
        ("dialogue", "Da!"), ("narration", ", rief Anna."),
    ]


def test_polish_quotes_and_dashes():
    assert segments("„Dzień dobry” – powiedziała Ola.\n\n– Cześć – odpowiedział Piotr.", "pl") == [
        ("dialogue", "Dzień dobry"), ("narration", "powiedziała Ola."),
        ("dialogue", "Cześć"), ("narration", "odpowiedział Piotr."),
    ]


def test_cjk_corner_brackets_keep_a_nested_quote_inside():
    assert segments("彼は「いいえ、『はい』と言ったのは私だ」と答えた。\n\n『行こう』", "ja") == [
        ("narration", "彼は"), ("dialogue", "いいえ、『はい』と言ったのは私だ"), ("narration", "と答えた。"),
        ("dialogue", "行こう"),
    ]


def test_an_english_story_keeps_the_english_segmenter():
    assert segments("'Don't,' she said. 'It's late.'", "en") == [
        ("dialogue", "Don't,"), ("narration", "she said."), ("dialogue", "It's late."),
    ]


# --- speakers ---------------------------------------------------------------------


def test_capitalised_function_words_are_never_characters():
    text = ("Le vent soufflait. La mer montait. Les bateaux rentraient au port, et Elle ne venait pas. "
            "« Tu viens ? » demanda Paul. « Non », répondit Marie. Le soir tomba. La nuit aussi. "
            "« Dommage », dit Paul. Le chat dormait. Dans la cuisine, Marie riait.")
    doc = analyse(read_text(text, title="T"), Config(language="fr"))
    assert set(doc.characters) == {"Paul", "Marie"}


def test_a_full_name_is_one_character():
    text = ("Drago Malefoy apparut au bout du couloir. Harry regarda Drago Malefoy sans rien dire.\n\n"
            "« Tiens, tiens, Potter », dit Malefoy.\n\n« Va-t’en, Malefoy », répondit Harry.\n\n"
            "« Pas sans toi », ricana Drago.")
    assert speakers(text, "fr") == [("Tiens, tiens, Potter", "Drago Malefoy"), ("Va-t’en, Malefoy", "Harry"),
                                    ("Pas sans toi", "Drago Malefoy")]


def test_german_nouns_are_not_names_though_capitalised():
    text = ("Der Zug kam nicht. Die Tauben saßen auf dem Dach. Anna wartete am Gleis. „Wo bleibt er?“, fragte Anna. "
            "Der Wind war kalt. Jonas lachte. „Er kommt schon“, sagte Jonas. Die Lampen brannten. Der Schaffner "
            "pfiff. „Siehst du?“, sagte Anna zu Jonas.")
    doc = analyse(read_text(text, title="T"), Config(language="de"))
    assert set(doc.characters) == {"Anna", "Jonas"}


def test_pronoun_tags_go_by_gender_in_each_language():
    assert speakers("Paul entra. Il posa son sac près de Marie. Marie leva les yeux ; elle sourit à Paul.\n\n"
                    "« Tu es là ? » demanda-t-elle.\n\n« Oui », dit-il.", "fr") == [("Tu es là ?", "Marie"), ("Oui", "Paul")]
    assert speakers("Mateo entró en la cocina. Lucía miró a Mateo. Lucía estaba cansada.\n\n—¿Ya? —preguntó ella."
                    "\n\n—Ya —respondió él.", "es") == [
        ("¿Ya?", "Lucía"), ("Ya", "Mateo")]


def test_untagged_lines_take_turns():
    assert speakers("« Tu viens ? » demanda Paul.\n\n« Non », répondit Marie.\n\n« Pourquoi ? »\n\n« Parce que. »",
                    "fr") == [("Tu viens ?", "Paul"), ("Non", "Marie"), ("Pourquoi ?", "Paul"),
                              ("Parce que.", "Marie")]


def test_russian_verb_endings_say_the_gender():
    text = ("Маша и Петя стояли у окна. Маша молчала, Петя тоже.\n\n— Холодно, — сказала Маша.\n\n"
            "— Да, — ответил Петя.\n\n— Пойдём? — спросила она.\n\n— Пойдём, — сказал он.")
    assert speakers(text, "ru") == [("Холодно,", "Маша"), ("Да,", "Петя"), ("Пойдём?", "Маша"), ("Пойдём,", "Петя")]


# --- voices ------------------------------------------------------------------------


def test_automatic_casting_uses_the_story_languages_voices_distinct_and_gendered():
    characters = {n: Character(n, gender=g, lines=10 - i) for i, (n, g) in
                  enumerate([("Margaux", "female"), ("Yann", "male"), ("Odile", "female"), ("Loïc", "male")])}
    casting = cast_voices(characters, Config(), language="fr")
    assert casting.narrator.voice_id == "fr-fr"
    ids = [casting.voices[n].voice_id for n in characters]
    assert all(v.split("+")[0] in ("fr-fr", "fr-be", "fr-ch") for v in ids)
    assert len(set(ids)) == 4
    assert ids[0].split("+")[1].startswith("f") and ids[1].split("+")[1].startswith("m")
    assert casting.other_language == []


def test_a_configured_voice_of_another_language_is_kept_and_noted():
    config = config_from_text("narrator:\n  voice: en-gb\ncharacters:\n  Yann:\n    voice: de+m3\n")
    casting = cast_voices({}, config, language="fr")
    assert casting.narrator.voice_id == "en-gb" and casting.voices["Yann"].voice_id == "de+m3"
    assert casting.other_language == [("the narrator", "en-gb"), ("Yann", "de+m3")]


def test_every_language_pool_voice_is_one_espeak_has():
    from ficaudio.tts.espeak_voices import known_voice_ids

    known = known_voice_ids()
    for code in languages.supported():
        for gender in ("female", "male", None):
            assert all(v in known for v, _, _ in voice_pool(gender, language=code)[:40]), code


# --- sentences and speech -------------------------------------------------------


def test_sentences_split_at_the_languages_own_abbreviations():
    text = "M. Dupont et Mme. Durand arrivent. Ils sont là."
    assert [text[a:b] for a, b in sentence_spans(text, language="fr")] == [
        "M. Dupont et Mme. Durand arrivent.", "Ils sont là."]
    text = "Die Sra. García kam. Sie lachte."
    assert len(sentence_spans(text, language="es")) == 2


def test_speech_outside_english_leaves_numbers_to_the_voice_and_says_no_english_words():
    rules = SpeechRules(language="fr")
    assert to_speech("M. Dupont a 25 ans, le 3 mai 1998 ! omg", rules) == "Monsieur Dupont a 25 ans, le 3 mai 1998! omg"
    assert to_speech("Mr. Dupont is 25 #1 omg") == "Mister Dupont is 25 number 1 oh my god"


# --- the commands, end to end --------------------------------------------------


def test_script_and_cast_sheet_show_the_language(tmp_path):
    story = TEXTS / "le-phare.txt"
    out = CliRunner().invoke(cli, ["script", str(story)], catch_exceptions=False)
    assert out.exit_code == 0 and "Language: French (fr, detected from the text)" in out.output
    data = json.loads(CliRunner().invoke(cli, ["script", str(story), "--json"]).stdout)
    assert data["language"] == "fr"
    sheet = CliRunner().invoke(cli, ["cast", str(story), "--dry-run"], catch_exceptions=False).output
    assert "Language: French" in sheet
    rows = {line.split()[0]: line for line in sheet.splitlines() if line.startswith(("Yann", "Margaux"))}
    assert " fr-" in rows["Yann"] and "+m" in rows["Yann"] and "+f" in rows["Margaux"]


@pytest.mark.slow
def test_a_spanish_story_renders_in_spanish_voices(tmp_path, cache_dir):
    story = TEXTS / "la-tormenta.txt"
    out = tmp_path / "out"
    result = CliRunner().invoke(cli, ["render", str(story), "-o", str(out), "--cache-dir", str(cache_dir)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "Language: Spanish (es, detected from the text)" in result.output
    mp3 = out / "la-tormenta" / "la-tormenta.mp3"
    script = json.loads((out / "la-tormenta" / "script.json").read_text(encoding="utf-8"))
    assert script["language"] == "es"
    words = sum(len(s["text"].split()) for c in script["chapters"] for s in c["segments"])
    seconds = MP3(mp3).info.length
    # About 170 words a minute, plus the pauses between lines.
    assert words / 170 * 60 * 0.7 < seconds < words / 170 * 60 * 2.0, (words, seconds)
    # The clips were spoken by Spanish voices: every cached clip's voice id is one of es, es-419.
    sheet = CliRunner().invoke(cli, ["cast", str(story), "--dry-run"], catch_exceptions=False).output
    voices = re.findall(r"(\S+) rate \d+", sheet)
    assert voices and all(v.split("+")[0] in ("es", "es-419") for v in voices), sheet


def _espeak_seconds(text: str, voice: Voice, path: Path) -> float:
    """How long eSpeak NG's own command line takes to say ``text`` in ``voice`` (rate, pitch)."""
    subprocess.run(["espeak-ng", "-v", voice.voice_id, "-s", str(voice.rate), "-p", str(voice.pitch), "-w", str(path),
                    text], check=True, capture_output=True)
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


@pytest.mark.slow
def test_a_french_story_is_spoken_in_french_numbers_included(tmp_path):
    text = ("Le matin du 3 mai 1998, Margaux avait 25 ans et 40 euros en poche. Elle attendait Yann devant la gare, "
            "et Yann était en retard, comme toujours.\n\n« Tu es en retard », dit Margaux.\n\n« Je sais », dit Yann.")
    config = Config(language="fr")
    doc = analyse(read_text(text, title="T"), config)
    casting = cast_voices(doc.characters, config, language=doc.language)
    lines = [line for chapter in plan_audio(doc, casting, config) for line in chapter.lines]
    assert {line.voice.voice_id.split("+")[0] for line in lines} <= {"fr-fr", "fr-be", "fr-ch"}
    narration = next(line for line in lines if "1998" in line.speech)
    assert "1998" in narration.speech and "25" in narration.speech  # digits left for the French voice to say
    cache = ClipCache(tmp_path / "clips", "test")
    request = ClipRequest(narration.speech, narration.voice)
    synthesize_all([request], cache, jobs=1)
    ours = len(AudioSegment.from_file(cache.path(cache.key(request)))) / 1000
    french = _espeak_seconds(narration.speech, narration.voice, tmp_path / "fr.wav")
    english = _espeak_seconds(narration.speech, Voice("en-gb", narration.voice.rate, narration.voice.pitch),
                              tmp_path / "en.wav")
    # The clip is eSpeak NG's French reading ("mille neuf cent quatre-vingt-dix-huit"), not its English one.
    assert abs(ours - french) < 0.05 * french, (ours, french, english)
    assert abs(english - french) > 0.1 * french, (ours, french, english)


@pytest.mark.parametrize("fixture", ["ao3-the-night-ferry.html", "fff-the-night-ferry.html", "fff-the-night-ferry.epub",
                                     "ao3-the-night-ferry.epub"])
def test_downloads_name_their_language(fixture):
    doc = read_story(Path(__file__).parent / "fixtures" / fixture)
    set_language(doc)
    assert (doc.language, doc.language_source) == ("en", "metadata")


@pytest.mark.parametrize("english, french", [("<dt>Language:</dt>\n          <dd>English</dd>",
                                              "<dt>Language:</dt>\n          <dd>Français</dd>")])
def test_an_ao3_work_in_french_is_french_by_its_language_tag(tmp_path, english, french):
    html = (Path(__file__).parent / "fixtures" / "ao3-the-night-ferry.html").read_text(encoding="utf-8")
    assert english in html
    path = tmp_path / "work.html"
    path.write_text(html.replace(english, french), encoding="utf-8")
    doc = read_story(path)
    set_language(doc)
    assert (doc.language, doc.language_source) == ("fr", "metadata")  # though its text is English


@pytest.mark.parametrize("language, text, expected", [
    ("it", "«Ciao», disse Marco.\n\n—Vieni? —chiese lei.", [("dialogue", "Ciao"), ("narration", ", disse Marco."),
                                                             ("dialogue", "Vieni?"), ("narration", "chiese lei.")]),
    ("pt", "—Olá —disse a Ana—. Tudo bem?", [("dialogue", "Olá"), ("narration", "disse a Ana—."),
                                           ("dialogue", "Tudo bem?")]),
    ("ru", "«Привет», — сказал он.", [("dialogue", "Привет"), ("narration", ", — сказал он.")]),
    ("zh", "他说：“你好。”她笑了。「走吧」", [("narration", "他说："), ("dialogue", "你好。"), ("narration", "她笑了。"),
                                   ("dialogue", "走吧")]),
])
def test_the_other_languages_marks(language, text, expected):
    assert segments(text, language) == expected
