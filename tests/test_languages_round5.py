"""Issue 17, round 5: tags whose past verb is not listed, first names' genders, newcomers a pronoun tag
means, and whom a tag says a line was said to (original short texts)."""

from __future__ import annotations

from attribution_checks import dialogue_lines as _lines


def test_a_past_verb_not_listed_before_its_subject_is_a_tag():
    # French incise, German after the quote, Spanish after the dash: the verb's ending says it is a past tense.
    _, fr = _lines("Le quai\n\nNadia et Paul attendaient le train depuis une heure.\n\n"
                   "— Il ne viendra pas, grimaça Paul. On rentre.\n\n"
                   "— Attends encore un peu, sourit Nadia en regardant sa montre.\n", "fr")
    assert fr == [("Il ne viendra pas,", "Paul"), ("On rentre.", "Paul"), ("Attends encore un peu,", "Nadia")]
    _, de = _lines("Der Bahnsteig\n\nLena und Jonas warteten am Bahnsteig.\n\n„Er kommt nicht“, grinste Jonas. "
                   "„Wir gehen.“\n\n„Warte noch“, staunte Lena.\n", "de")
    assert de == [("Er kommt nicht", "Jonas"), ("Wir gehen.", "Jonas"), ("Warte noch", "Lena")]
    _, es = _lines("El andén\n\nAna y Luis esperaban en el andén.\n\n—No viene —asintió Luis—. Nos vamos.\n\n"
                   "—Espera un poco —sonrió Ana.\n", "es")
    assert es == [("No viene", "Luis"), ("Nos vamos.", "Luis"), ("Espera un poco", "Ana")]


def test_a_common_word_ending_so_is_no_tag():
    # ', va Paul' is too short a word to be a past verb; the line stays whole.
    _, fr = _lines("Le quai\n\nPaul attendait.\n\n— Bon, ça va Paul, on y va.\n", "fr")
    assert fr[0][0] == "Bon, ça va Paul, on y va."


def test_a_first_name_gender_guesser_is_sure_of_outweighs_one_pronoun_and_an_ending():
    # 'Odile ..., mais il n'y avait' (an impersonal 'il'); Spanish 'Amparo' ends like a man's name.
    doc, _ = _lines("Le club\n\nOdile avait disposé six chaises, mais il n'y avait que trois personnes.\n\n"
                    "« Bon, on commence ? demanda Odile. »\n", "fr")
    assert doc.characters["Odile"].gender == "female"
    doc, _ = _lines("La peluquería\n\nAmparo llegó a las nueve y se sentó en el sillón.\n\n"
                    "—Lo de siempre —dijo Amparo.\n", "es")
    assert doc.characters["Amparo"].gender == "female"


def test_a_pronoun_tag_right_after_a_newcomer_came_in_is_the_newcomer():
    # Someone of his gender is talking already: 'il' is still the man who just came in.
    _, fr = _lines("Le parking\n\nInès attendait dans la voiture. Bastien vérifiait son téléphone.\n\n"
                   "« Il est en retard, dit Bastien. »\n\n« Attendons, dit Inès. »\n\n"
                   "Un homme traversa le parking en courant, une valise derrière lui.\n\n"
                   "« Pardon, souffla-t-il. Le bus était en retard. »\n", "fr")
    assert fr[-1][1] not in ("Bastien", "Inès") and fr[-1][1] == fr[-2][1]
    _, de = _lines("Das Quiz\n\nLea und Jonas saßen am Tisch. Lea las die Frage vor.\n\n„Wie viele Herzen?“, fragte Lea."
                   "\n\n„Zwei“, sagte Jonas.\n\nAm Nachbartisch saß eine ältere Frau allein vor ihrem Glas.\n\n"
                   "„Drei“, sagte sie leise.\n", "de")
    assert de[-1][1] not in ("Lea", "Jonas")


def test_a_pronoun_tag_answering_whom_the_line_before_was_said_to_is_theirs():
    # '..., añadió, tendiéndole la mano a la tía.' / '«Encantada», respondió ella': the aunt, not the girl.
    _, es = _lines("La plaza\n\nRocío paseaba con tía Pilar entre los puestos.\n\n«Mira, tía», dijo Rocío.\n\n"
                   "Un chico se acercó corriendo.\n\n«Soy Nico, encantado», añadió, tendiéndole la mano a la tía.\n\n"
                   "«Encantada», respondió ella.\n", "es")
    assert es[-1] == ("Encantada", "Tía Pilar")


def test_a_german_first_name_said_twice_mid_sentence_is_a_name():
    # Never a sentence's subject, never a tag's: 'als Miriam sie ...', 'fiel Miriam um den Hals'.
    doc, _ = _lines("Die Aula\n\nDie Aula war kleiner, als Miriam sie in Erinnerung hatte. Tobias wartete schon.\n\n"
                    "„Da bist du ja“, sagte Tobias.\n\n„Ich hab es mir überlegt.“\n\nDann fiel jemand Miriam um "
                    "den Hals.\n", "de")
    assert "Miriam" in doc.characters and doc.characters["Miriam"].gender == "female"


def test_a_parent_the_story_never_names_is_someone_of_the_scene():
    # 'y mi padre le gritaba desde el sofá': 'El padre' speaks, though no tag ever names him.
    _, es = _lines("El partido\n\nMi hermano Dani estaba de pie delante de la tele, y mi padre le gritaba desde el "
                   "sofá.\n\n—¡Que no veo!\n\n—No puedo estar sentado —dijo Dani.\n\n—Pues siéntate.\n", "es")
    assert [who for _, who in es] == ["El padre", "Dani", "El padre"]
    # One of the story titled and of that gender is the parent more often: 'Ihr Vater' is Herr Vogel.
    doc, _ = _lines("Der Hund\n\nHerr Vogel las die Zeitung. Clara rief nach ihm.\n\n„Papa, er ist da!“, rief Clara."
                    "\n\nIhr Vater kam aus dem Wohnzimmer.\n\n„Wer?“, fragte Herr Vogel.\n", "de")
    assert "Der Vater" not in doc.characters


def test_one_named_after_a_preposition_is_not_whom_an_exchange_starts_with():
    # 'delante de la caseta de don Anselmo': the sister speaks first, not the man who keeps the stall; and the
    # line before a tagged one, with no one else in the exchange, is the first-person narrator's.
    _, es = _lines("La feria\n\nMi hermana Rocío había decidido ganar el pez. Llevábamos media hora delante de la "
                   "caseta de don Anselmo.\n\n—Tienes que lanzar más suave.\n\n—Estoy lanzando suave.\n\n"
                   "Don Anselmo se rascó la barba.\n\n—La última ronda —dijo el viejo.\n\nRocío me quitó las pelotas y lanzó la primera. Yo miraba."
                   "\n\n—¡Uno!\n\n—No cantes antes de tiempo —murmuró ella.\n", "es")
    assert es[0][1] in ("Rocío", "Narrator") and es[0][1] != es[1][1]
    assert es[-2:] == [("¡Uno!", "Narrator"), ("No cantes antes de tiempo", "Rocío")]


def test_a_newcomer_brought_in_with_an_adjective_of_no_gender_is_the_next_pronoun_tag():
    # 'Un jeune homme entra' with a man already talking: '« C'est ici ? » demanda-t-il' is the young man.
    _, fr = _lines("Le club\n\nOdile et Gérard attendaient dans la salle.\n\n« On commence ? demanda Odile. »\n\n"
                   "« Attendons, dit Gérard. »\n\nUn jeune homme entra, trempé, un livre sous le bras.\n\n"
                   "« C'est ici, le club ? » demanda-t-il.\n", "fr")
    assert fr[-1][1] not in ("Odile", "Gérard")


def test_a_pronoun_tag_saying_whom_the_line_is_said_to_is_whoever_talks_with_them():
    # '„Siehst du?“, flüsterte sie Tim zu': the girl who was talking with Tim, not the woman who came in.
    _, de = _lines("Der Kuchen\n\nLisa und Tim standen vor der Tür.\n\n„Er wird sich freuen“, sagte Lisa.\n\n"
                   "„Er wird schimpfen“, sagte Tim.\n\nFrau Yilmaz stellte die Blumen ab. Opa Walter öffnete die Tür.\n\n"
                   "„Kommt herein“, sagte Opa Walter.\n\n„Siehst du?“, flüsterte sie Tim zu.\n", "de")
    assert de[-1] == ("Siehst du?", "Lisa")


def test_a_parent_word_said_alone_calls_the_parent_of_the_scene():
    # '„Mama, er hat es geschafft!“, rief sie.': not Frau Brandt, whom it calls.
    _, de = _lines("Der Umzug\n\nFrau Brandt trug einen Karton. Mia half ihr, und Jonas trug das Sofa.\n\n"
                   "„Vorsicht“, sagte Frau Brandt.\n\n„Ich pass ja auf“, sagte Jonas.\n\n"
                   "„Mama, er hat es geschafft!“, rief sie.\n", "de")
    assert de[-1][1] == "Mia"


def test_a_reply_opening_with_a_name_after_a_line_asking_for_one_is_that_person():
    # '« Comment tu t'appelles ? »' / '« Inès. Avec un accent. »': Inès says who she is.
    _, fr = _lines("La pêche\n\nInès et Yanis pêchaient. Papy Robert dormait sur sa chaise.\n\n« Ça mord ? dit Yanis. »"
                   "\n\n« Non, dit Inès. »\n\nUn homme en gilet orange s'approcha, un carnet à la main.\n\n"
                   "« Premier poisson ? nota le juge. Comment tu t'appelles ? »\n\n« Inès. Avec un accent. »\n", "fr")
    assert fr[-1] == ("Inès. Avec un accent.", "Inès")


def test_a_german_subject_after_the_verb_is_the_sentence_subject():
    # 'Hinter dem Tresen klopfte der Wirt an ein Glas.' / '„Frage acht!“, rief er.': the landlord, not Jonas.
    _, de = _lines("Das Quiz\n\nLea und Jonas saßen am Tisch.\n\n„Wie viele Herzen?“, fragte Lea.\n\n"
                   "„Zwei“, sagte Jonas.\n\nHinter dem Tresen klopfte der Wirt mit einem Löffel an ein Glas.\n\n"
                   "„Frage acht!“, rief er.\n", "de")
    assert de[-1] == ("Frage acht!", "Der Wirt")


def test_a_past_verb_not_listed_before_a_thing_is_no_tag_of_that_thing():
    # '—Buenas tardes —se quitó el sombrero—.': the hat is what he took off, not a speaker.
    doc, _ = _lines("La tienda\n\nEntró un hombre con sombrero de paja. Iván estaba en el mostrador.\n\n"
                    "—Buenas tardes —se quitó el sombrero—. Necesito un botón.\n\n—Aquí hay uno —dijo Iván.\n", "es")
    assert not any("sombrero" in name.lower() for name in doc.characters)
