"""Portuguese, Italian, Russian, Polish, Chinese and Japanese: a short original story in each, through the real
segmenter, speaker rules and casting, and one line of each spoken by the real eSpeak NG voice cast for it.

These languages get voices and dialogue marks, and small word lists (speech verbs, pronouns, titles, function
words); their speaker rules are not measured on gold the way French, Spanish and German are.
"""

from __future__ import annotations

import subprocess
import wave
from pathlib import Path

import pytest
from pydub import AudioSegment

from ficaudio import languages
from ficaudio.casting import cast_voices
from ficaudio.config import Config
from ficaudio.model import GENERIC_SPEAKERS
from ficaudio.pipeline import analyse, plan_audio
from ficaudio.readers import read_text
from ficaudio.synth import ClipCache, ClipRequest, synthesize_all

# (story, [(line, speaker)] for every line in order, the characters found)
STORIES = {
    "pt": (
        "A chuva\n\nA chuva caía sobre a aldeia desde a manhã. Joana esperava o irmão na paragem do autocarro, com um "
        "guarda-chuva velho e os pés molhados. Quando Rui finalmente apareceu, vinha a correr e sem casaco.\n\n"
        "—Estás atrasado —disse Joana.\n\n—Perdi o autocarro das cinco —respondeu Rui—. Desculpa.\n\n"
        "—Onde está o teu casaco?\n\n—Esqueci-o na escola.\n\nEla suspirou e deu-lhe o guarda-chuva.",
        [("Estás atrasado", "Joana"), ("Perdi o autocarro das cinco", "Rui"), ("Desculpa.", "Rui"),
         ("Onde está o teu casaco?", "Joana"), ("Esqueci-o na escola.", "Rui")],
        {"Joana", "Rui"},
    ),
    "it": (
        "La cena\n\nQuella sera Giulia cucinava per la prima volta per i genitori di Marco. La cucina era piena di "
        "fumo, il sugo bruciava e la pasta era ancora dura. Marco guardava dalla porta senza il coraggio di "
        "entrare.\n\n«Manca molto?» chiese Marco.\n\n«Cinque minuti» rispose Giulia senza voltarsi.\n\n"
        "«Lo dicevi anche mezz'ora fa.»\n\n«E lo dirò ancora, se non esci subito.»\n\nMarco rise e chiuse la porta.",
        [("Manca molto?", "Marco"), ("Cinque minuti", "Giulia"), ("Lo dicevi anche mezz'ora fa.", "Marco"),
         ("E lo dirò ancora, se non esci subito.", "Giulia")],
        {"Giulia", "Marco"},
    ),
    "ru": (
        "Вокзал\n\nПоезд опаздывал уже на час. Оля сидела на чемодане и читала книгу, а Дима ходил по перрону "
        "туда и обратно и смотрел на часы.\n\n— Может, его отменили? — спросил Дима.\n\n"
        "— Не отменили, — ответила Оля, не поднимая глаз. — Просто опаздывает.\n\n— Откуда ты знаешь?\n\n"
        "— Потому что я спросила у кассира.\n\nДима замолчал и сел рядом с ней.",
        [("Может, его отменили?", "Дима"), ("Не отменили,", "Оля"), ("Просто опаздывает.", "Оля"),
         ("Откуда ты знаешь?", "Дима"), ("Потому что я спросила у кассира.", "Оля")],
        {"Оля", "Дима"},
    ),
    "pl": (
        "Pies\n\nMarta znalazła psa pod ławką w parku. Był mokry, brudny i bardzo głodny. Jej brat Tomek od razu "
        "chciał go zabrać do domu, chociaż mama mówiła, że w mieszkaniu nie ma miejsca.\n\n"
        "– Mama się nie zgodzi – powiedziała Marta.\n\n– Zgodzi się, jak go zobaczy – odpowiedział Tomek. "
        "– Popatrz na niego.\n\n„Jest śliczny” – szepnęła Marta po chwili.\n\n– No widzisz?\n\n"
        "Pies zamachał ogonem, jakby rozumiał każde słowo.",
        [("Mama się nie zgodzi", "Marta"), ("Zgodzi się, jak go zobaczy", "Tomek"), ("Popatrz na niego.", "Tomek"),
         ("Jest śliczny", "Marta"), ("No widzisz?", "Tomek")],
        {"Marta", "Tomek"},
    ),
    "zh": (
        "公园\n\n小明和小红在公园里散步。天很冷，湖边的树叶都黄了。小红把围巾拉高了一点，她有点发抖。\n\n"
        "小明说：「你冷吗？」\n\n「有一点。」小红回答。\n\n「我们回去吧。」\n\n「再走一会儿。」她笑着说。\n\n"
        "小明叹了口气。「好吧，就十分钟。」",
        [("你冷吗？", "小明"), ("有一点。", "小红"), ("我们回去吧。", "小明"), ("再走一会儿。", "小红"),
         ("好吧，就十分钟。", "小明")],
        {"小明", "小红"},
    ),
    "ja": (
        "駅\n\n健太と美咲は駅のホームで電車を待っていた。もう三十分も遅れている。風が冷たくて、美咲は手袋を"
        "忘れたことを後悔していた。\n\n「遅いね」と美咲が言った。\n\n「事故かもしれない」と健太が答えた。\n\n"
        "「どうしよう」\n\n「待つしかないよ」\n\n彼女はため息をついた。「じゃあ、コーヒーを買ってくる」",
        [("遅いね", "美咲"), ("事故かもしれない", "健太"), ("どうしよう", "美咲"), ("待つしかないよ", "健太"),
         ("じゃあ、コーヒーを買ってくる", "美咲")],
        {"健太", "美咲"},
    ),
}


def _analysed(code: str):
    story, _, _ = STORIES[code]
    return analyse(read_text(story, title="T"), Config())  # the language detected from the text


@pytest.mark.parametrize("code", sorted(STORIES))
def test_the_story_language_is_detected_and_its_lines_found_and_attributed(code):
    doc = _analysed(code)
    _, expected, characters = STORIES[code]
    assert doc.language == code
    lines = [(doc.segment_text(s), s.speaker) for s in doc.segments if s.kind == "dialogue"]
    assert lines == expected
    assert set(doc.characters) - set(GENERIC_SPEAKERS) == characters
    lang = languages.get(code)
    assert not any(w.lower() in lang.function_words for name in doc.characters for w in name.split())


@pytest.mark.parametrize("code", sorted(STORIES))
def test_the_narrator_and_characters_get_the_story_languages_voices(code):
    doc = _analysed(code)
    casting = cast_voices(doc.characters, Config(), language=doc.language)
    voices = languages.get(code).voices
    assert casting.narrator.voice_id == voices[0]
    ids = [casting.voices[n].voice_id for n in STORIES[code][2]]
    assert all(v.split("+")[0] in voices for v in ids)
    assert len(set(ids)) == len(ids)  # distinct from each other


def test_every_languages_voices_are_installed_espeak_voices():
    listed = subprocess.run(["espeak-ng", "--voices"], check=True, capture_output=True, text=True).stdout
    installed = {line.split()[1] for line in listed.splitlines()[1:] if len(line.split()) > 1}
    for code in languages.supported():
        assert set(languages.get(code).voices) <= installed, code


def _espeak_seconds(text: str, voice, path: Path) -> float:
    subprocess.run(["espeak-ng", "-v", voice.voice_id, "-s", str(voice.rate), "-p", str(voice.pitch), "-w", str(path),
                    text], check=True, capture_output=True)
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


@pytest.mark.slow
@pytest.mark.parametrize("code", sorted(STORIES))
def test_a_line_is_spoken_by_the_languages_espeak_voice(code, tmp_path):
    doc = _analysed(code)
    config = Config()
    casting = cast_voices(doc.characters, config, language=doc.language)
    lines = [line for chapter in plan_audio(doc, casting, config) for line in chapter.lines]
    line = next(x for x in lines if x.speech.strip() == STORIES[code][1][0][0])
    assert line.voice.voice_id.split("+")[0] in languages.get(code).voices
    cache = ClipCache(tmp_path / "clips", "test")
    request = ClipRequest(line.speech, line.voice)
    synthesize_all([request], cache, jobs=1)
    clip = AudioSegment.from_file(cache.path(cache.key(request)))
    ours = len(clip) / 1000
    direct = _espeak_seconds(line.speech, line.voice, tmp_path / "direct.wav")
    assert clip.max > 0 and ours > 0.3
    assert abs(ours - direct) < 0.05 * direct + 0.05, (ours, direct)  # that voice's own reading


# --- the fresh stories (tests/gold-fresh) and how far the other languages' rules are trusted -----------

FRESH = sorted((Path(__file__).parent / "gold-fresh").glob("*.gold.json"))


@pytest.mark.parametrize("gold_path", FRESH, ids=lambda p: p.name)
def test_the_fresh_stories_lines_are_all_found_and_no_function_word_is_cast(gold_path):
    """Stories written after the rules (their figures before any change made for them are in README.md): every
    quotation is found; attribution is below issue 17's 90% for some, so the floor here only catches a fall
    (make accuracy prints each figure)."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from eval.accuracy import score_gold_file

    s = score_gold_file(gold_path)
    assert s.quote_parts > 0 and s.detected == s.quote_parts, "missed quotes:\n" + "\n".join(s.missed)
    assert s.apostrophe_splits == 0 and s.structure_errors == []
    assert s.spurious == 0, "spurious lines:\n" + "\n".join(s.spurious_texts)  # 'demanda Manon, les mains ...'
    assert s.function_words_cast == []
    assert s.attribution_pct >= 40.0, "wrong speakers:\n" + "\n".join(s.wrong)  # la-feria: 46.7



def test_the_other_language_precisions_are_those_measured_on_the_gold():
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from eval.accuracy import rule_totals, score_gold_file
    from ficaudio.speakers.multilingual import PRECISION

    here = Path(__file__).parent
    scores = [score_gold_file(p) for p in sorted([*(here / "gold").glob("*.gold.json"),
                                                  *(here / "gold-fresh").glob("*.gold.json")])]
    measured = {rule: tuple(pair) for rule, pair in rule_totals(scores, english=False).items()}
    assert measured == PRECISION, "update speakers/multilingual.py PRECISION from `make accuracy`"


def test_script_confidences_of_another_language_are_its_own_or_unmeasured():
    from ficaudio.script import script_dict
    from ficaudio.speakers.decision import RULES
    from ficaudio.speakers.multilingual import PRECISION

    english = {r.id: r.precision for r in RULES}
    doc = analyse(read_text((Path(__file__).parent / "texts" / "le-velo.txt").read_text(encoding="utf-8"),
                            title="T"), Config())
    spoken = [s for c in script_dict(doc)["chapters"] for s in c["segments"] if s["kind"] == "dialogue"]
    by_rule = {s["why"]: s["confidence"] for s in spoken}
    assert by_rule["tag-after:name"] == 1.0 != english["tag-after:name"]  # not the English figure
    right, decided = PRECISION["turn-taking"]
    assert by_rule["turn-taking"] == round(right / decided, 3) < 0.8  # below the review page's 0.8: uncertain
    pt = analyse(read_text(STORIES["pt"][0], title="T"), Config())
    assert {s["confidence"] for c in script_dict(pt)["chapters"] for s in c["segments"]
            if s["kind"] == "dialogue"} == {None}  # no Portuguese gold: unmeasured


# --- italic thoughts and long French incises ------------------------------------------------------


@pytest.mark.parametrize("code, thought, not_thought", [
    ("fr", "Je vais encore être en retard.", "Le Petit Prince"),
    ("es", "Otra vez llego tarde, me van a matar.", "Cien años de soledad"),
    ("de", "Ich komme schon wieder zu spät.", "Der kleine Hobbit"),
    ("ja", "私はまた遅刻だ。", "吾輩は猫である"),
])
def test_italic_first_person_passages_are_thoughts_in_the_storys_language(tmp_path, code, thought, not_thought):
    from ficaudio.readers import read_story

    path = tmp_path / "story.html"
    path.write_text(f"<html><body><p>Marie regarda l'horloge. <i>{thought}</i> Elle courut vers la porte en "
                    f"laissant <i>{not_thought}</i> sur la table.</p></body></html>", encoding="utf-8")
    doc = analyse(read_story(path), Config(language=code))
    kinds = {doc.segment_text(s): s.kind for s in doc.segments}
    assert kinds[thought] == "thought"
    assert not_thought not in kinds  # a title in italics stays in the narration


def test_a_long_french_incise_with_a_comma_ends_at_its_full_stop():
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from test_languages import segments

    assert segments("« Whoa, souffla Ron en arrivant derrière eux, essoufflé. C'est quoi, ce truc ? »", "fr") == [
        ("dialogue", "Whoa,"), ("narration", "souffla Ron en arrivant derrière eux, essoufflé."),
        ("dialogue", "C'est quoi, ce truc ?")]
    assert segments("« Bon, reprit Marie en souriant, on y va ? »", "fr") == [
        ("dialogue", "Bon,"), ("narration", "reprit Marie en souriant,"), ("dialogue", "on y va ?")]
    assert segments("« Je sais, dit-elle, mais c'est trop tard. »", "fr") == [
        ("dialogue", "Je sais,"), ("narration", "dit-elle,"), ("dialogue", "mais c'est trop tard.")]
    # Any verb inverted with its subject is a tag: 'finit-elle par dire'.
    assert segments("« Bastien Morel, finit-elle par dire. Tu étais au fond de la classe. »", "fr") == [
        ("dialogue", "Bastien Morel,"), ("narration", "finit-elle par dire."),
        ("dialogue", "Tu étais au fond de la classe.")]
    # A phrase with no verb and no subject after the comma is the tag's: '..., les mains sur les hanches.'
    assert segments("« Tu l'as laissé où ? demanda Manon, les mains sur les hanches. Sous l'arbre ? »", "fr") == [
        ("dialogue", "Tu l'as laissé où ?"), ("narration", "demanda Manon, les mains sur les hanches."),
        ("dialogue", "Sous l'arbre ?")]
    assert segments("« Reprenons, dit-elle, sans lâcher sa baguette. Mais en silence. »", "fr") == [
        ("dialogue", "Reprenons,"), ("narration", "dit-elle, sans lâcher sa baguette."),
        ("dialogue", "Mais en silence.")]
    # 'me demanda Rémi', 'articula péniblement Madame Aubert': a clitic before the verb, an adverb after it.
    assert segments("« Tu l'as ? me demanda Rémi, le fils du boulanger. Le bleu. »", "fr") == [
        ("dialogue", "Tu l'as ?"), ("narration", "me demanda Rémi, le fils du boulanger."), ("dialogue", "Le bleu.")]
    assert segments("« Ça va ? articula péniblement Madame Aubert. »", "fr") == [
        ("dialogue", "Ça va ?"), ("narration", "articula péniblement Madame Aubert.")]
    # ', et elle appuya ...' and ', stupéfait, en me tendant ...': the tag goes on.
    assert segments("« Justement, répondit-elle, et elle appuya sur la pédale. »", "fr") == [
        ("dialogue", "Justement,"), ("narration", "répondit-elle, et elle appuya sur la pédale.")]
    assert segments("— Des cheveux noirs, ajouta-t-il, stupéfait, en me tendant un cliché. Regarde.", "fr") == [
        ("dialogue", "Des cheveux noirs,"), ("narration", "ajouta-t-il, stupéfait, en me tendant un cliché."),
        ("dialogue", "Regarde.")]
    assert segments("— C'était original, dit le curé, l'air sincère. Ils ont adoré.", "fr") == [
        ("dialogue", "C'était original,"), ("narration", "dit le curé, l'air sincère."), ("dialogue", "Ils ont adoré.")]
    # ... but a clause after it goes back to the speech: it has a verb.
    assert segments("« Tu sais, dit-il, la vie est dure. »", "fr") == [
        ("dialogue", "Tu sais,"), ("narration", "dit-il,"), ("dialogue", "la vie est dure.")]


def _segs(text: str, code: str):
    """The story's segments after its title paragraph, each with its text."""
    from types import SimpleNamespace

    doc = analyse(read_text("T.\n\n" + text + "\n", title="T"), Config(language=code))
    return [SimpleNamespace(kind=s.kind, text=doc.text[s.start : s.end]) for s in doc.segments[1:]]


def _speakers(text: str, code: str) -> list[str | None]:
    doc = analyse(read_text(text, title="T"), Config(language=code))
    return [s.speaker for s in doc.segments if s.kind == "dialogue"]


def test_a_title_said_alone_calls_its_holder_who_answers():
    # '..., commissaire.' calls Commissaire Delorme: he answers, though Bruno spoke to him last.
    text = ("Le commissaire Delorme regardait Inès. Bruno, son adjoint, attendait près de la porte.\n\n"
            "« Bonjour, dit Bruno. »\n\n« Ce n'est qu'un vélo, commissaire, dit Inès. »\n\n"
            "« Ce vélo appartient à un homme qu'on cherche. »\n")
    assert _speakers(text, "fr")[-1] == "Commissaire Delorme"


def test_a_line_is_not_said_by_whom_it_speaks_of():
    # la-cena: 'Julián le dio una patada ...' / '—¡Ay! ¡Abuela, Julián me ha pegado! —se quejó él': 'él' is
    # Óscar, though Julián was the last subject.
    story = (Path(__file__).parent / "texts" / "la-cena.txt").read_text(encoding="utf-8")
    doc = analyse(read_text(story, title="T"), Config(language="es"))
    line = next(s for s in doc.segments if doc.text[s.start : s.end].startswith("¡Ay!"))
    assert line.speaker == "Óscar", line.why


def test_whom_the_beat_turns_to_answers():
    # 'Théo se pencha vers Lucie.' then his line: the untagged reply is hers, not the last other speaker's.
    text = ("Madame Roux dirigeait la chorale. Lucie et Théo chantaient.\n\n"
            "« Plus fort, dit Madame Roux. »\n\n« D'accord, répondit Théo. »\n\n"
            "Théo se pencha vers Lucie.\n\n« Elle est fâchée ? »\n\n« Chut. Elle nous regarde. »\n")
    assert _speakers(text, "fr")[-2:] == ["Théo", "Lucie"]


def test_someone_unnamed_who_comes_in_speaks_as_that_description():
    # la-librairie: 'Une fille en ciré jaune entra' (Madame Aubert, named at the start, is away): 'La fille'.
    story = (Path(__file__).parent / "texts" / "la-librairie.txt").read_text(encoding="utf-8")
    doc = analyse(read_text(story, title="T"), Config(language="fr"))
    line = next(s for s in doc.segments if doc.text[s.start : s.end].startswith("Bonjour. Je cherche"))
    assert line.speaker == "La fille", line.why
    # le-potager: 'Un homme en costume gris entra' then 'Je suis maître Vasseur': 'répondit-il' later is him.
    story = (Path(__file__).parent / "texts" / "le-potager.txt").read_text(encoding="utf-8")
    doc = analyse(read_text(story, title="T"), Config(language="fr"))
    line = next(s for s in doc.segments if doc.text[s.start : s.end].startswith("Au contraire"))
    assert line.speaker == "Maître Vasseur", line.why
    assert not {"Le homme", "L'homme"} & set(doc.characters)  # no line left to the newcomer's description


def test_words_quoted_inside_a_sentence_of_narration_are_no_turn():
    # le-grenier-de-mamie: 'trouver sa robe, « quelque part entre les skis et les journaux ». Mon cousin Léo ...':
    # Mamie's words, but she is not in the talk that follows between Léo and the narrator.
    story = (Path(__file__).parent / "texts" / "le-grenier-de-mamie.txt").read_text(encoding="utf-8")
    doc = analyse(read_text(story, title="T"), Config(language="fr"))
    said = {doc.text[s.start : s.end][:12]: s.speaker for s in doc.segments if s.kind == "dialogue"}
    assert said["quelque part"] == "Mamie Jeanne"  # still hers
    assert [said["Il y a au mo"], said["Alors on com"], said["Et si elle e"]] == ["Léo", "Narrator", "Léo"]


def test_a_title_after_an_elided_article_is_the_names_title():
    from ficaudio.speakers.multilingual import discover

    text = ("La porte s'ouvrit : l'oncle Firmin entra, rouge.\n\n« Les alliances ! cria l'oncle. »\n\n"
            "« C'est toi qui les as. »\n")
    doc = analyse(read_text(text, title="T"), Config(language="fr"))
    assert "Oncle Firmin" in discover(doc).characters


def test_a_name_joined_to_a_name_is_a_name_in_german():
    from ficaudio.speakers.multilingual import discover

    text = ("Frau Brandt trug Kartons, ihre Kinder Jonas und Mia trugen schlechte Laune.\n\n"
            "„Wir könnten es durchs Fenster lassen“, schlug Jonas vor.\n\n„Im dritten Stock?“\n")
    doc = analyse(read_text(text, title="T"), Config(language="de"))  # Mia: named once, in no tag
    names = set(discover(doc).characters)
    assert {"Jonas", "Mia"} <= names and "Kinder Jonas" not in names



def test_a_parent_no_one_is_titled_as_speaks_as_that_relation():
    # 'fragte die Mutter' with a girl in the scene: not her (her pronoun's pick), but 'Die Mutter'.
    text = ("Lea saß am Fenster und las. Ihr Bruder Paul baute einen Turm aus Klötzen.\n\n"
            "„Der Turm fällt gleich um“, sagte Lea.\n\n„Fällt er nicht.“\n\n"
            "„Wer räumt das nachher auf?“, fragte die Mutter von der Tür aus.\n")
    doc = analyse(read_text(text, title="T"), Config(language="de"))
    said = [s.speaker for s in doc.segments if s.kind == "dialogue"]
    assert said[0] == "Lea" and said[-1] == "Die Mutter"
    # 'dijo su padre' in Spanish, 'demanda sa mère' in French alike.
    text = ("Rosa y su hermano Iván pelaban patatas en la cocina.\n\n—Ya está —dijo Rosa.\n\n"
            "—¿Y las zanahorias? —preguntó su padre desde el salón.\n")
    assert _speakers(text, "es")[-1] == "El padre"
    # ... but a parent the story gives a title is that one: 'Ihr Vater' is Herr Vogel.
    text = ("Herr Vogel las die Zeitung. Clara kam aus der Schule.\n\n"
            "„Hallo“, sagte Clara.\n\n„Wie war es?“, fragte ihr Vater.\n")
    assert _speakers(text, "de")[-1] == "Herr Vogel"


def test_someone_who_comes_in_while_one_of_their_gender_is_about_is_the_next_tags_description():
    # 'Eine Frau am Schalter ...' / '„...“, sagte die Frau.' with Emma in the scene: the woman, not Emma.
    text = ("Emma und Noah warteten am Gleis. Emma las.\n\n„Wann kommt der Zug?“, fragte Noah.\n\n"
            "„Gleich.“\n\nEine Frau in Uniform trat aus dem Häuschen.\n\n"
            "„Der Zug hat zehn Minuten Verspätung“, sagte die Frau.\n")
    assert _speakers(text, "de")[-1] == "Die Frau"


def test_a_name_said_once_in_the_narration_and_called_in_speech_is_found():
    from ficaudio.speakers.multilingual import discover

    # 'Dani' is in the narration once and called at the end of a line once: a name.
    text = ("La profesora Luna contó a los alumnos. Dani se quedó atrás.\n\n"
            "—¿Y si llueve? —preguntó un chico.\n\n—Entonces nos mojamos, Dani.\n")
    doc = analyse(read_text(text, title="T"), Config(language="es"))
    assert "Dani" in discover(doc).characters


def test_untagged_lines_before_an_exchanges_first_tag_count_back_from_it():
    # The walk gives the first line to Hugo (named last); the tag two turns later says it was Léa's.
    text = ("Léa et Hugo attendaient le bus depuis vingt minutes.\n\nLa rue était vide.\n\n"
            "« Il ne viendra pas.\n\n— Il vient toujours.\n\n— Pas le dimanche, soupira Léa.\n\n"
            "— On est samedi. »\n")
    assert _speakers(text, "fr") == ["Léa", "Hugo", "Léa", "Hugo"]
    # 'Il pleuvait.' is no one: not Hugo (the last 'il'), whom the walk would then have started on.
    assert _speakers(text.replace("La rue était vide.", "Il pleuvait."), "fr") == ["Léa", "Hugo", "Léa", "Hugo"]


def test_a_paragraph_going_on_with_the_speech_of_a_dash_line_is_no_new_turn():
    # French reopens the guillemets ('«') at each paragraph of one speech; Spanish marks it with '»'.
    fr = ("Paul et Marie étaient dans la cuisine.\n\n« Tu as vu l'heure ? demanda Marie.\n\n"
          "— Oui, répondit Paul. Mais écoute-moi bien. Hier, j'ai vu ton frère au marché.\n\n"
          "« Il m'a dit qu'il partait. Il ne savait pas quand il reviendrait.\n\n— Il t'a dit ça ?\n\n— Oui. »\n")
    assert _speakers(fr, "fr") == ["Marie", "Paul", "Paul", "Paul", "Marie", "Paul"]
    es = ("Paul y Marie estaban en la cocina.\n\n—¿Has visto la hora? —preguntó Marie.\n\n"
          "—Sí —dijo Paul—. Pero escúchame. Ayer vi a tu hermano en el mercado.\n\n"
          "»Me dijo que se iba. No sabía cuándo volvería.\n\n—¿Eso te dijo?\n\n—Sí.\n")
    # ... and the story's last dash line ('—Sí.') is its last line, not an author's sign-off ('— Kat').
    assert _speakers(es, "es") == ["Marie", "Paul", "Paul", "Paul", "Marie", "Paul"]


def test_the_one_a_reply_calls_by_name_said_the_line_before():
    # Turn-taking would give the question to Marta (who spoke two turns before); the reply calls Joaquín.
    text = ("Marta, Joaquín y Luis esperaban el tren.\n\n—Llega tarde —dijo Marta.\n\n—Como siempre —dijo Luis.\n\n"
            "—¿Y si no viene?\n\n—Entonces volvemos andando, Joaquín.\n")
    assert _speakers(text, "es")[2] == "Joaquín"


def test_a_title_no_one_of_the_story_holds_is_someone_of_their_own():
    # 'el doctor' with no Doctor X in the story: not Antonio (the one man the article would pick).
    text = ("Antonio esperaba en el pasillo del hospital. Se abrió la puerta.\n\n"
            "—Puede pasar —dijo el doctor.\n\n—Gracias —respondió Antonio.\n")
    assert _speakers(text, "es") == ["El doctor", "Antonio"]
    text = ("Jonas wartete vor dem Hörsaal. Die Tür ging auf.\n\n„Kommen Sie herein“, sagte der Professor.\n\n"
            "„Danke“, sagte Jonas.\n")
    assert _speakers(text, "de") == ["Der Professor", "Jonas"]


def test_french_tags_with_a_reflexive_verb_a_lower_case_title_or_a_relation_before_the_name():
    segs = lambda text: [(s.kind, s.text) for s in _segs(text, "fr")]
    assert segs("« Tu es folle ! s'étrangla-t-il en recrachant de l'eau. »") == [
        ("dialogue", "Tu es folle !"), ("narration", "s'étrangla-t-il en recrachant de l'eau.")]
    assert segs("— J'ai une nouvelle, annonça tante Rose en posant son sac.") == [
        ("dialogue", "J'ai une nouvelle,"), ("narration", "annonça tante Rose en posant son sac.")]
    assert segs("« Viens, s'il te plaît, viens ! »") == [("dialogue", "Viens, s'il te plaît, viens !")]
    # 'mon petit frère Gabin' is Gabin (not a 'Frère Gabin', nor the father 'mon père' would be).
    text = ("Mon père et mon petit frère Gabin mangeaient. Gabin riait.\n\n— Tu déménages ? demanda mon père.\n\n"
            "— Non.\n\n— Tu te maries ? risqua mon petit frère Gabin, la bouche pleine.\n")
    assert _speakers(text, "fr")[-1] == "Gabin"

# --- Piper voices of the story's language ----------------------------------------------------------


def _fake_piper_voice(folder: Path, name: str, code: str, speakers: int = 1) -> Path:
    """A Piper voice as `voices --engine piper` finds one: NAME.onnx and NAME.onnx.json (only the casting choice
    is tested, so the .onnx is never run)."""
    import json

    from ficaudio.tts import piper_engine

    folder.mkdir(parents=True, exist_ok=True)
    config = json.loads(Path(f"{piper_engine.bundled_model_path()}.json").read_text())
    config["language"]["code"] = code
    config["num_speakers"] = speakers
    model = folder / f"{name}.onnx"
    model.write_bytes(b"onnx")
    Path(f"{model}.json").write_text(json.dumps(config))
    return model


def test_a_default_piper_voice_is_one_of_the_storys_language_when_one_is_found(tmp_path, monkeypatch):
    from ficaudio.config import load_config
    from ficaudio.model import Character

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = tmp_path / "data" / "ficaudio" / "piper"
    _fake_piper_voice(folder, "de_DE-fake-low", "de_DE")
    french = _fake_piper_voice(folder, "fr_FR-fake-medium", "fr_FR", speakers=3)
    voices = tmp_path / "voices.yaml"
    voices.write_text("defaults:\n  engine: piper\n")
    characters = {n: Character(n, lines=5 - i) for i, n in enumerate(("Margaux", "Yann"))}
    casting = cast_voices(characters, load_config(voices), language="fr")
    assert (casting.narrator.engine, casting.narrator.model) == ("piper", str(french))
    assert [casting.voices[n].model for n in characters] == [str(french)] * 2
    assert sorted(casting.voices[n].speaker for n in characters) == [1, 2]  # the narrator has speaker 0
    assert casting.other_language == []
    # An English story keeps the bundled voice; a story with no Piper voice of its language too, with a note.
    assert cast_voices(characters, load_config(voices), language="en").narrator.model == ""
    spanish = cast_voices(characters, load_config(voices), language="es")
    assert spanish.narrator.model == "" and ("the narrator", "en_US-joe-medium") in spanish.other_language
    # A model voices.yaml names is the user's choice, whatever the story's language.
    voices.write_text(f"narrator:\n  engine: piper\n  model: {folder / 'de_DE-fake-low.onnx'}\n")
    assert cast_voices(characters, load_config(voices), language="fr").narrator.voice_id == "de_DE-fake-low"


def test_a_tag_in_the_passe_compose_is_split_off_and_names_its_speaker():
    # First-person fics tell in the passé composé: 'a dit Noé', 'ai-je répondu', 'a-t-elle demandé'.
    text = ("Noé et moi sommes arrivés au lac avant Sarah.\n\n"
            "— L'eau est froide, a dit Noé. On attend qu'elle arrive ?\n\n"
            "— Non, ai-je répondu en posant mon sac.\n\n"
            "Sarah est arrivée en courant.\n\n"
            "— Vous m'avez attendue ? a-t-elle demandé.\n")
    doc = analyse(read_text(text, title="T"), Config(language="fr"))
    lines = [(doc.text[s.start : s.end], s.speaker) for s in doc.segments if s.kind == "dialogue"]
    assert [t for t, _ in lines] == ["L'eau est froide,", "On attend qu'elle arrive ?", "Non,", "Vous m'avez attendue ?"]
    assert [who for _, who in lines] == ["Noé", "Noé", "Narrator", "Sarah"]


def test_the_article_tables_are_each_languages_data_and_a_language_without_them_still_works():
    # The definite article a newcomer goes on with is the language's own: Italian 'uno' -> 'lo', not 'il'.
    assert languages.get("it").indefinite_articles["uno"] == "lo"
    assert languages.get("fr").definite_articles == {"female": "la", "male": "le"}
    assert languages.get("es").article_genders["del"] == "male"
    # Spanish 'a' is a preposition ('saludó a don Julián'), not Portuguese's feminine article.
    assert "a" not in languages.get("es").article_genders
    # Russian has no articles and no tables: its lines are still found and attributed.
    assert languages.get("ru").indefinite_articles == {}
    text = "Маша вошла в комнату.\n\n«Привет», — сказала Маша.\n\n«Привет», — ответил Петя.\n"
    assert _speakers(text, "ru") == ["Маша", "Петя"]


def test_a_name_said_once_after_a_family_noun_or_opening_a_sentence_is_found():
    # el-huerto: 'encontró a su hermano Joaquín' is his one mention; la-colocation: 'Théa sortit de sa chambre'.
    for name, code, who in (("el-huerto", "es", "Joaquín"), ("la-colocation", "fr", "Théa"),
                            ("das-fundbuero", "de", "Leon")):
        story = (Path(__file__).parent / "texts" / f"{name}.txt").read_text(encoding="utf-8")
        doc = analyse(read_text(story, title="T"), Config(language=code))
        assert who in doc.characters, (name, sorted(doc.characters))
    # A verb opening a sentence is no name, though a first name is spelt so ('Subí al tren', 'Era una noche').
    text = "Subí al tren con prisa. Era una noche fría.\n\n—¿Está libre? —pregunté.\n\n—Sí —dijo Rosa.\n"
    doc = analyse(read_text(text, title="T"), Config(language="es"))
    assert not {"Subí", "Era"} & set(doc.characters)


def test_whom_a_paragraphs_lines_speak_of_is_not_the_one_its_tag_names():
    # el-huerto: '—¿Quién ha dejado la verja abierta? —preguntó su padre—. Las gallinas de Anselmo ...':
    # the father is not Don Anselmo, the titled man of the story.
    story = (Path(__file__).parent / "texts" / "el-huerto.txt").read_text(encoding="utf-8")
    doc = analyse(read_text(story, title="T"), Config(language="es"))
    line = next(s for s in doc.segments if doc.text[s.start : s.end].startswith("¿Quién ha dejado"))
    assert line.speaker not in ("Don Anselmo", "Joaquín", "Marta"), line.why


def test_a_newcomer_called_by_what_they_do_in_a_tag_is_that_from_then_on():
    # le-concours-de-peche: 'Un homme en gilet orange s'approchait ...' / '« Premier poisson ..., nota le juge. »':
    # the man is the judge, and no line is left to 'L'homme'.
    story = (Path(__file__).parent / "texts" / "le-concours-de-peche.txt").read_text(encoding="utf-8")
    doc = analyse(read_text(story, title="T"), Config(language="fr"))
    line = next(s for s in doc.segments if doc.text[s.start : s.end].startswith("Premier poisson"))
    assert line.speaker == "Le juge", line.why
    assert "L'homme" not in doc.characters
    # A tag's noun no one of the story is ('a demandé le routier') is someone of their own.
    text = ("Karim et moi attendions à la pompe.\n\n— On attend encore ? a dit Karim.\n\n— Oui, ai-je dit.\n\n"
            "— C'est à vous, la voiture ? a demandé le routier.\n")
    assert _speakers(text, "fr")[-1] == "Le routier"


def test_a_subject_doing_something_to_someone_unnamed_announces_no_one():
    # le-marche-de-noel: 'Clémence lui lança un regard noir.' / '— Vous n'avez pas de gobelets ?': not Clémence.
    story = (Path(__file__).parent / "texts" / "le-marche-de-noel.txt").read_text(encoding="utf-8")
    doc = analyse(read_text(story, title="T"), Config(language="fr"))
    line = next(s for s in doc.segments if doc.text[s.start : s.end].startswith("Vous n'avez pas de gobelets"))
    assert line.speaker == "Madame Roux", line.why


def test_one_who_names_themself_right_after_a_newcomer_came_in_is_of_the_newcomers_gender():
    # le-train-de-nuit: 'un vieux monsieur en pyjama rayé passa la tête' / '« ... Je m'appelle Péreira »'.
    story = (Path(__file__).parent / "texts" / "le-train-de-nuit.txt").read_text(encoding="utf-8")
    doc = analyse(read_text(story, title="T"), Config(language="fr"))
    assert doc.characters["Péreira"].gender == "male"


def test_a_newcomer_named_next_or_naming_themself_later_is_that_person():
    # el-mercado: 'Una mujer alta ... se acercó al puesto. Era Rosa, la vecina del tercero': 'la mujer' is Rosa.
    story = (Path(__file__).parent / "texts" / "el-mercado.txt").read_text(encoding="utf-8")
    doc = analyse(read_text(story, title="T"), Config(language="es"))
    assert "La mujer" not in doc.characters
    # el-ascensor: 'la chica ... se quitó un auricular' talks as 'La chica' until '—... Me llamo Lucía': all Lucía.
    story = (Path(__file__).parent / "texts" / "el-ascensor.txt").read_text(encoding="utf-8")
    doc = analyse(read_text(story, title="T"), Config(language="es"))
    line = next(s for s in doc.segments if doc.text[s.start : s.end].startswith("¿Nos hemos quedado"))
    assert line.speaker == "Lucía", line.why
    assert "La chica" not in doc.characters


def test_whom_a_tag_says_the_line_is_said_to_did_not_say_it():
    # el-mercadillo: '—¿Cuánto pide por este, joven? —le preguntó a Hugo.' (Spanish 'le' is no article).
    story = (Path(__file__).parent / "texts" / "el-mercadillo.txt").read_text(encoding="utf-8")
    doc = analyse(read_text(story, title="T"), Config(language="es"))
    line = next(s for s in doc.segments if doc.text[s.start : s.end].startswith("¿Cuánto pide"))
    assert line.speaker != "Hugo", line.why


def test_a_first_person_told_without_pronouns_is_a_first_person_story():
    # el-ascensor: Spanish drops the pronoun ('—Eso parece —contesté, y apreté el botón'): its tag verbs count.
    story = (Path(__file__).parent / "texts" / "el-ascensor.txt").read_text(encoding="utf-8")
    doc = analyse(read_text(story, title="T"), Config(language="es"))
    line = next(s for s in doc.segments if doc.text[s.start : s.end].startswith("¿Otra vez?"))
    assert line.speaker == "Narrator", line.why


def test_a_newcomer_called_by_a_family_word_answers():
    # la-repetition: 'un homme en blouson de cuir entra' / '« Papa ? s'étonna Samir. »' / '— Rien. Continue.'
    story = (Path(__file__).parent / "texts" / "la-repetition.txt").read_text(encoding="utf-8")
    doc = analyse(read_text(story, title="T"), Config(language="fr"))
    line = next(s for s in doc.segments if doc.text[s.start : s.end].startswith("Rien. Continue."))
    assert line.speaker == "L'homme", line.why
    assert "Papa" in doc.characters["L'homme"].aliases
    # A name after what names a newcomer is hers ('Era Rosa'); one who merely comes next is not ('Samir se
    # retourna' after 'un homme ... entra').
    assert "Samir" in doc.characters and doc.characters["L'homme"].name == "L'homme"
