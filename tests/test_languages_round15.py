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
