"""Issue 17, round 14: attribution in French, Spanish and German (original short texts)."""

from __future__ import annotations

from attribution_checks import dialogue_lines as _lines


def test_a_call_to_one_who_has_had_turns_does_not_name_the_newcomer_who_spoke_before():
    # 'Aus dem Keller kam ein Mann ...' / '"Das haben die Leute vor Ihnen auch gesagt."' / 'Frieda lachte so sehr,
    # dass sie ihre Ecke fallen ließ.' / '"Frieda!"': the call answers what Frieda did, and Frieda has talked in
    # the scene already; the man's line stays his (before, it became Frieda's).
    _, lines = _lines('Der Hof\n\nIch stand mit Nils und Frieda vor der Tür. Der Schrank passte nicht hinein.\n\n'
                      '"Wir müssen ihn kippen", sagte Nils.\n\n"Wir haben ihn gekippt, Nils", sagte Frieda.\n\n'
                      'Aus dem Keller kam ein Mann mit einem Schlüsselbund.\n\n'
                      '"Das wird nichts. Der letzte Schrank steht jetzt im Keller."\n\n'
                      'Frieda lachte so sehr, dass sie ihre Ecke fallen ließ.\n\n"Frieda!"\n\n'
                      '"Entschuldigung."\n', "de")
    said = [who for text, who in lines if text.startswith("Das wird nichts")]
    assert said and said != ["Frieda"], lines
