"""Issue 17, round 12: attribution in French, Spanish and German (original short texts)."""

from __future__ import annotations

from pathlib import Path

from attribution_checks import dialogue_lines as _lines

TEXTS = Path(__file__).resolve().parent / "texts"


def test_a_family_word_alone_as_a_tag_s_subject_is_that_person_s_name():
    # 'répond Papy', 'sagte Oma': the story calls the grandparent by the family word, with a capital and no
    # article, as it would a name (before, 'Papy' was a title without a name, so no one: his lines went to the
    # others by turn-taking).
    doc, lines = _lines("Le vide-grenier\n\nLéa déplie la nappe pendant que son grand-père aligne les disques.\n\n"
                        "— On ne vendra jamais ta platine.\n\n— Elle en vaut dix, répond Papy. Elle marche.\n\n"
                        "— Personne n'a de platine, dit Léa.\n\n— Tout le monde a une platine, grogne Papy.\n", "fr")
    assert "Papy" in doc.characters, doc.characters
    assert [who for text, who in lines if "platine" in text and "Tout" in text] == ["Papy"], lines
    doc, lines = _lines("Der Geburtstag\n\nJonas stellte die Torte auf den Tisch.\n\n„Wer sind die ganzen Leute?“, "
                        "fragte Oma.\n\n„Deine Familie“, sagte Jonas.\n\n„So viel Familie hab ich nicht“, sagte Oma.\n",
                        "de")
    assert [who for text, who in lines if "Familie hab" in text] == ["Oma"], lines


def test_a_present_tense_incise_of_a_verb_listed_only_in_the_past_is_a_tag():
    # '— Tu vois, triomphe Papy. Tout le monde a une platine.': fics told in the present write the incise in the
    # present; the verbs of the passé simple list ('triompha', 'plaisanta', 'hasarda') have their present too
    # (before, the whole paragraph was one line, 'triomphe Papy' read aloud as speech, said by no one of it).
    _, lines = _lines("Le vide-grenier\n\nLéa et Hugo déplient la nappe.\n\n— Personne n'a de platine, dit Léa.\n\n"
                        "— Tu vois, triomphe Hugo. Tout le monde a une platine.\n\n— Bon, plaisante Léa. Un seul client.\n",
                        "fr")
    assert ("Tu vois,", "Hugo") in lines and ("Tout le monde a une platine.", "Hugo") in lines, lines
    assert ("Bon,", "Léa") in lines, lines


def test_a_verb_that_says_its_subject_s_gender_next_to_a_name_gives_the_name_that_gender():
    # Russian and Polish men's names often end as women's do (Дима, Саша, Kuba); 'сказал Дима', 'powiedział Kuba'
    # say he is a man as a pronoun would (before, the name's ending made him a woman, cast with a woman's voice).
    doc, _ = _lines("В электричке\n\nКатя и Дима сели в вагон.\n\n— Ты взял билеты? — спросила Катя.\n\n— Конечно, "
                    "— быстро сказал Дима. — То есть нет.\n\n— Дима!\n", "ru")
    assert doc.characters["Дима"].gender == "male" and doc.characters["Катя"].gender == "female", doc.characters
    doc, _ = _lines("Na działce\n\nAnia i Kuba przyjechali rano.\n\n„Dzień dobry” – powiedział Kuba.\n\n„Cześć” – "
                    "odpowiedziała Ania.\n\n„Kuba, chodź tu!”\n", "pl")
    assert doc.characters["Kuba"].gender == "male" and doc.characters["Ania"].gender == "female", doc.characters


def test_a_title_and_new_name_called_to_the_one_who_spoke_last_names_a_man_known_only_as_der_mann():
    # 'Ein Mann mit Klemmbrett kam den Weg herauf.' ... '»Herr Brandt, Ihre eigene Hecke ...«': the title is
    # 'Herr', the noun he was known by 'Mann'; called at the line's start, to the one who spoke last, the only
    # one of the scene known by a noun for a man, it names him, his earlier lines too (before, he stayed 'Der
    # Mann'; round 11's rule took only a title that is the noun itself: 'Le monsieur' / 'Monsieur Roussel').
    doc, lines = _lines("Der Garten\n\nLisa goss die Tomaten. Am Nachmittag kam ein Mann mit Klemmbrett den Weg herauf."
                        "\n\n»Sie sind die neue Pächterin?«\n\n»Seit Dienstag«, sagte Lisa.\n\n»Die Hecke ist zu hoch.«"
                        "\n\nÜber den Zaun schaute Frau Ott.\n\n»Herr Brandt, Ihre eigene Hecke ist höher.«\n", "de")
    assert "Herr Brandt" in doc.characters and "Der Mann" not in doc.characters, doc.characters
    assert [who for text, who in lines if "Hecke ist zu hoch" in text] == ["Herr Brandt"], lines
    # Not a title said of someone, nor to one who did not speak last: '¿Usted es la señorita Castro?'.
    doc, lines = _lines("La entrevista\n\nDetrás del mostrador había una chica con coleta.\n\n—Hola. Vengo por lo del "
                        "anuncio.\n\n—Mi padre baja ahora —suspiró la chica.\n\nBajó un señor mayor.\n\n—¿Usted es la "
                        "señorita Castro?\n", "es")
    assert "La chica" in doc.characters and "Señorita Castro" not in doc.characters, doc.characters


def test_the_narration_s_first_word_for_a_trade_is_the_one_man_of_the_scene_known_only_as_der_mann():
    # 'Hinter dem Tresen stand ein breiter Mann mit Schürze.' ... 'Der Wirt lachte.': the man who has been
    # talking is the landlord, one speaker named by his trade from then on (before, 'Der Mann' and 'Der Wirt'
    # were two people, the first lines going to a man who was no one).
    doc, lines = _lines("Die Hütte\n\nLena und Tobi kamen spät an. Hinter dem Tresen stand ein breiter Mann mit Schürze."
                        "\n\n„Servus“, sagte Tobi.\n\n„Ihr seid spät dran“, brummte der Mann.\n\n„Wir haben uns verlaufen“, "
                        "sagte Lena.\n\nDer Wirt lachte und stellte zwei Teller hin.\n\n„Das sagen alle.“\n", "de")
    assert "Der Mann" not in doc.characters, doc.characters
    assert [who for text, who in lines if "spät dran" in text or "sagen alle" in text] == ["Der Wirt", "Der Wirt"], lines


def test_a_name_alone_as_a_sentence_asked_in_a_line_calls_that_person_who_answers():
    # '— Mon Dieu. Jean ? C'est toi qui l'as fabriqué ?': 'Jean ?' after a full stop calls him as 'Jean, ...'
    # would, so the reply is his, not the turn of the one who spoke before him (before, Margaux's). Batch 19's
    # le-cheval-de-bois (half A), where 'Jean' is named only in speech.
    _, lines = _lines((TEXTS / "le-cheval-de-bois.txt").read_text(encoding="utf-8"), "fr")
    assert [who for text, who in lines if text.startswith("Odette ?")] in (["Jean"], ["Papy"]), lines
