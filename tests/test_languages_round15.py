"""Issue 17, round 15: attribution in French, Spanish and German (original short texts)."""

from __future__ import annotations

from attribution_checks import dialogue_lines as _lines


def test_one_who_does_a_job_coming_in_with_an_indefinite_article_is_a_newcomer():
    # 'C'est alors qu'un facteur est arrivé' / 'Il a posé ...' / '« Un colis pour le troisième. »': the postman
    # who came in (before: the article after 'qu'' was not read, and a role noun made no newcomer, so the man
    # already talking, Anatole, had the line).
    _, lines = _lines("La cour\n\nSamedi, j'ai aidé mon cousin Anatole et mon amie Prune à repeindre le portail.\n\n"
                      "« Il faut une deuxième couche », a dit Anatole.\n\n« Il en faut trois », a dit Prune.\n\n"
                      "C'est alors qu'un facteur est arrivé dans la cour. Il a posé son sac sur le muret.\n\n"
                      "« Un colis pour le troisième. Quelqu'un peut signer ? »\n", "fr")
    said = [who for text, who in lines if text.startswith("Un colis")]
    assert said and said != ["Anatole"], lines


def test_ich_bin_before_a_name_the_story_knows_introduces_and_the_role_it_gives_stands_for_them():
    # '"Ich bin Brückner, Ihr Trainer für heute."' / '"Zehn Runden", seufzte der Trainer': the trainer is
    # Herr Brückner, who named himself so (before: 'ich bin' counted only before a title, and 'der Trainer'
    # became someone of his own).
    _, lines = _lines('Die Halle\n\nJasper und Mila standen am Rand der Halle. Ein Mann mit Trillerpfeife kam '
                      'herein.\n\n"Guten Abend! Ich bin Brückner, Ihr Trainer für heute."\n\n'
                      '"Müssen wir laufen?", fragte Mila.\n\n"Zehn Runden", seufzte der Trainer.\n\n'
                      'Herr Brückner pfiff.\n', "de")
    assert [who for text, who in lines if text.startswith("Guten Abend")] == ["Herr Brückner"], lines
    assert [who for text, who in lines if text.startswith("Zehn Runden")] == ["Herr Brückner"], lines


def test_in_a_first_person_story_a_name_called_after_narration_about_the_narrator_is_the_narrators():
    # 'Ich rührte weiter.' / '"Wanda, dein Topf kocht über."' / '"Deiner auch."': Wanda, a name the narration
    # never says, called right after 'ich' acted, is the narrator (before: someone of her own, so the line
    # calling her was given to the narrator).
    _, lines = _lines('Die Küche\n\nIch hatte Ole und Greta zum Kochen eingeladen. Wir standen zu dritt am '
                      'Herd.\n\n"Das wird nichts", sagte Ole.\n\n"Das wird Suppe", sagte Greta.\n\n"Das wird großartig", sagte ich.\n\n"Das wird angebrannt", sagte Ole.\n\n'
                      'Greta lachte. Ich rührte weiter, weil Ole es nicht tat.\n\n"Wanda, dein Topf kocht über."\n\n'
                      '"Deiner auch."\n', "de")
    said = [who for text, who in lines if text.startswith("Wanda, dein")]
    assert said and said[0] not in ("Narrator", "Wanda"), lines


def test_a_titled_ones_bare_surname_at_a_sentence_start_before_a_greeting_names_its_speaker():
    # '„Lindemann, guten Tag. Ich wohne nebenan.“': the man over the fence names himself (before: the surname
    # was read as a call, so the line was not his and the next one was given to him as the one called).
    _, lines = _lines("Der Garten\n\nJonte und Ida harkten das Laub. Jonte hatte schon drei Säcke voll.\n\n"
                      "„Noch zwei Säcke“, sagte Ida.\n\n„Noch zehn“, sagte Jonte.\n\n"
                      "Über den Zaun sah ein Mann mit Strohhut.\n\n„Lindemann, guten Tag. Ich wohne nebenan.“\n\n"
                      "„Wir haben Sie gar nicht gehört.“\n\n„Das sagen alle.“\n\nHerr Lindemann lachte.\n", "de")
    assert [who for text, who in lines if text.startswith("Lindemann")] == ["Herr Lindemann"], lines
    _, lines = _lines("El patio\n\nIker y Sara barrían las hojas. Iker ya había llenado tres bolsas.\n\n"
                      "—Faltan dos —dijo Sara.\n\n—Faltan diez —dijo Iker.\n\n"
                      "Por encima de la valla se asomó un hombre con sombrero de paja.\n\n"
                      "—Berrocal, por cierto. Vivo al lado.\n\n—No le habíamos oído.\n\n—Eso dice todo el mundo.\n\n"
                      "El señor Berrocal se rio.\n", "es")
    assert [who for text, who in lines if text.startswith("Berrocal")] == ["Señor Berrocal"], lines


def test_a_parent_called_by_the_family_word_is_called_by_the_one_the_narration_calls_someones_child():
    # 'Nerea llevó a su hijo Pau al zoo, y la abuela Trini fue con ellos.' ... '«La jirafa es aburrida,
    # abuela.»': the son calls his grandmother (before: the turn went back to his mother, who spoke before her).
    _, lines = _lines("El zoo\n\nEl sábado, Nerea llevó a su hijo Pau al zoo, y la abuela Trini fue con ellos "
                      "porque nunca había visto una jirafa.\n\n«Primero las entradas», le dijo Nerea.\n\n"
                      "«Yo quiero la jirafa», dijo la abuela.\n\n«La jirafa es aburrida, abuela. No hace nada.»\n\n"
                      "«Como tu abuelo», dijo la abuela.\n", "es")
    assert [who for text, who in lines if text.startswith("La jirafa")] == ["Pau"], lines
