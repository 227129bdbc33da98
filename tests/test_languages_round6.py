"""Issue 17, round 6: relatives the narration never names, and who speaks in runs of untagged lines (original
short texts)."""

from __future__ import annotations

from ficaudio.config import Config
from ficaudio.pipeline import analyse
from ficaudio.readers import read_text


def _lines(text: str, code: str):
    doc = analyse(read_text(text, title="T"), Config(language=code))
    return doc, [(doc.text[s.start : s.end], s.speaker) for s in doc.segments if s.kind == "dialogue"]


def test_an_uncle_or_a_grandmother_the_story_never_names_is_someone_of_their_own():
    # 'mon oncle', 'mi abuela', 'meine Tante' with no name after: the tag that calls them so is them, not the
    # other person of their gender ('Paul', 'Tomás', 'Lukas').
    doc, fr = _lines("La pêche\n\nMon oncle et mon cousin Paul préparaient les cannes au bord de l'étang.\n\n"
                     "« Il faut des vers, dit Paul. »\n\n« On a du pain, grogna mon oncle. »\n", "fr")
    assert fr[-1][1] not in ("Paul", None) and fr[-1][1] != fr[0][1]
    doc, es = _lines("La cocina\n\nMi abuela y mi primo Tomás pelaban patatas en la cocina.\n\n"
                     "—Faltan cebollas —dijo Tomás.\n\n—Pues ve a por ellas —contestó mi abuela.\n", "es")
    assert es[-1][1] not in ("Tomás", None)
    doc, de = _lines("Der Garten\n\nMeine Tante und mein Bruder Lukas saßen im Garten.\n\n"
                     "„Es regnet gleich“, sagte Lukas.\n\n„Dann gehen wir rein“, sagte meine Tante.\n", "de")
    assert de[-1][1] not in ("Lukas", None)
