"""Issue 17, round 8: German separable tags, roles in no list, notes in the story's language (original short texts)."""

from __future__ import annotations

from attribution_checks import dialogue_lines as _lines
from ficaudio.config import Config
from ficaudio.pipeline import analyse
from ficaudio.readers import read_text


def test_a_german_tag_ending_on_a_separable_particle_is_a_tag_whatever_its_verb():
    # 'hielt Kai dagegen', 'brachte er heraus', 'las sie vom Zettel ab': tags, so each line is its subject's, not
    # the one turn-taking would give it to.
    doc, de = _lines("Der Keller\n\nKai und Rieke trugen die Kisten in den Keller.\n\n"
                     "„Die letzte“, sagte Rieke.\n\n„Noch sieben“, las sie vom Zettel ab.\n\n"
                     "„Sieben?“, brachte Kai heraus.\n\n„Das schaffen wir nie“, hielt er dagegen.\n", "de")
    assert [who for _, who in de] == ["Rieke", "Rieke", "Kai", "Kai"]


def test_a_details_block_and_notes_in_the_story_language_are_the_authors_not_the_story():
    # 'Titre : ... / Auteur : ...' is the work's details (the title read from it), 'N/A :' and 'Nota de la
    # autora:' open notes, as 'Title:' and 'A/N:' do.
    doc = analyse(read_text("Titre : Le jardin\nAuteur : plume_verte\nRésumé : Deux voisines et un potager.\n\n"
                            "N/A : Merci pour vos commentaires !\n\nLe jardin\n\nMarie arrosait les tomates.\n\n"
                            "« Il fait chaud, dit-elle. »\n", title="T"), Config(language="fr"))
    notes = " ".join(doc.text[s.start : s.end] for s in doc.segments if s.kind == "author_note")
    assert "plume_verte" in notes and "Merci pour vos commentaires" in notes and "arrosait" not in notes
    assert doc.title == "Le jardin"
    for text, code in [("Nota de la autora: gracias por leer.\n\nLa playa\n\nAna nadaba.\n\n—Qué fría —dijo Ana.\n", "es"),
                       ("Anmerkung: Danke fürs Lesen!\n\nDer See\n\nAnna schwamm.\n\n„Kalt“, sagte Anna.\n", "de")]:
        doc = analyse(read_text(text, title="T"), Config(language=code))
        notes = [doc.text[s.start : s.end] for s in doc.segments if s.kind == "author_note"]
        assert len(notes) == 1 and notes[0].split()[0] in ("Nota", "Anmerkung:"), notes


def test_a_german_header_labelled_in_german_is_read_as_one():
    doc = analyse(read_text("Titel: Wartezimmer\nAutorin: kamillentee\nZusammenfassung: Ein Tag beim Arzt.\n\n"
                            "Wartezimmer\n\nTom wartete.\n\n„Noch lange?“, fragte Tom.\n", title="T"), Config(language="de"))
    assert doc.title == "Wartezimmer" and doc.author == "kamillentee"


def test_a_role_in_no_list_the_narration_names_before_its_tag_is_someone_of_the_scene():
    # 'la taquillera', 'die Regisseurin' are in no list of roles; a tag of the story calls them so, so the narration
    # naming them with the article before that tag brings them in: no line of the run is Unknown.
    for text, code, role in [
        ("La taquilla\n\nRosa llegó al cine con diez minutos de retraso. Detrás del cristal, la taquillera contaba "
         "billetes.\n\n—Una entrada, por favor.\n\n—¿Para qué sesión?\n\n—La de las ocho.\n\n"
         "—Quedan dos, en la primera fila —dijo la taquillera.\n", "es", "La taquillera"),
        ("Die Probe\n\nMara wartete auf der Bühne. In der ersten Reihe saß die Regisseurin mit ihrem Block.\n\n"
         "„Von vorne, bitte.“\n\n„Schon wieder?“\n\n„Schon wieder. Und lauter.“\n\n„Gut“, sagte die Regisseurin.\n",
         "de", "Die Regisseurin")]:
        doc, lines = _lines(text, code)
        assert {who for _, who in lines} == {role, "Rosa" if code == "es" else "Mara"}, lines


def test_portuguese_names_with_their_article_are_the_names_not_a_role_or_a_function_word():
    # 'disse a Rita', 'O Tiago chegou': European Portuguese puts the article before a first name (articled_names);
    # the cast is Rita and Tiago, not 'A rita' / 'O tiago', and 'respondeu ele' is Tiago.
    doc, pt = _lines("O comboio\n\nA Rita olhou para o relógio. O Tiago chegou a correr, com a mala aberta.\n\n"
                     "— Estás atrasado — disse a Rita.\n\n— Eu sei — respondeu ele. — O autocarro não veio.\n\n"
                     "— O comboio parte daqui a dois minutos.\n\n— Então corremos! — disse o Tiago.\n", "pt")
    assert sorted(doc.characters) == ["Rita", "Tiago"]
    assert [who for _, who in pt] == ["Rita", "Tiago", "Tiago", "Rita", "Tiago"]


def test_a_japanese_name_said_once_in_a_tag_is_a_name():
    # 'と美咲が言った': the particle closes the subject, so 美咲 is someone though the story says her name once.
    doc, ja = _lines("電車\n\n「遅いよ」と健太が言った。\n\n「ごめん、タクシーが来なくて」と美咲が言った。\n\n"
                     "「じゃあ走ろう！」と健太が言った。\n", "ja")
    assert [who for _, who in ja] == ["健太", "美咲", "健太"]


def test_hyphens_typed_for_dialogue_dashes_open_the_tag_and_resume_the_speech():
    # '-Ya lo sé -respondió ella-. El autobús ...' and '- Llegas tarde - dijo Hugo.': a hyphen is the dash
    # writers type; the tag is narration and the speech after the third one is hers. A story's last line
    # '- Pues corremos.' is a line, not a sign-off.
    for text in ("El andén\n\nHugo esperaba en el andén. Lina llegó corriendo.\n\n-Llegas tarde -dijo Hugo.\n\n"
                 "-Ya lo sé -respondió ella-. El autobús iba lleno.\n\n-El tren sale en dos minutos.\n\n-Pues corremos.\n",
                 "El andén\n\nHugo esperaba en el andén. Lina llegó corriendo.\n\n- Llegas tarde - dijo Hugo.\n\n"
                 "- Ya lo sé - respondió ella -. El autobús iba lleno.\n\n- El tren sale en dos minutos.\n\n- Pues corremos.\n"):
        doc, es = _lines(text, "es")
        assert [line for line, _ in es] == ["Llegas tarde", "Ya lo sé", "El autobús iba lleno.",
                                            "El tren sale en dos minutos.", "Pues corremos."]
        assert [who for _, who in es] == ["Hugo", "Lina", "Lina", "Hugo", "Lina"]
    doc, es = _lines("La cola\n\nAna esperaba.\n\n- Yo - no sé qué decir.\n", "es")
    assert [line for line, _ in es] == ["Yo - no sé qué decir."]


def test_a_quotation_inside_a_guillemet_line_does_not_close_it():
    # '« Tu as vu “Le Voyage” hier ? demanda Hugo. »': the inner “ ” is part of Hugo's line.
    doc, fr = _lines("Le quai\n\nHugo attendait. Lina arriva.\n\n« Tu as vu “Le Voyage” hier ? demanda Hugo. »\n\n"
                     "« Oui, dit-elle, c'était long. »\n", "fr")
    assert fr[0] == ("Tu as vu “Le Voyage” hier ?", "Hugo")
    doc, es = _lines("La cola\n\nAna y Luis esperaban.\n\n«Me dijo “mañana”, y no vino», dijo Ana.\n", "es")
    assert es[0] == ("Me dijo “mañana”, y no vino", "Ana")


def test_a_spanish_tag_set_between_commas_in_a_dash_line_is_a_tag():
    # '—Hola, dijo Hugo. ¿Vienes?' (as French sets its incises, typed so in the wild): 'dijo Hugo' is narration,
    # the line is Hugo's; '—Sí, dijo que vendría.' is reported speech, one line.
    doc, es = _lines("El andén\n\nHugo esperaba. Lina llegó corriendo.\n\n—Hola, dijo Hugo. ¿Vienes?\n\n"
                     "—Sí, contestó Lina.\n\n—¿Y Marta?\n\n—Sí, dijo que vendría.\n", "es")
    assert [line for line, _ in es] == ["Hola,", "¿Vienes?", "Sí,", "¿Y Marta?", "Sí, dijo que vendría."]
    assert [who for _, who in es][:3] == ["Hugo", "Hugo", "Lina"]
def test_a_language_named_with_its_variant_is_that_language():
    # AO3 writes 'Português brasileiro' and 'Português europeu'; others 'Español (Latinoamérica)'.
    from ficaudio.languages import normalize

    assert normalize("Português brasileiro") == normalize("Português europeu") == "pt"
    assert normalize("Español (Latinoamérica)") == "es" and normalize("Français (Canada)") == "fr"
    assert normalize("Klingon") is None
