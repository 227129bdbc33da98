"""First-person narrators in one-shots: rules written on en-8's half A (issue 40)."""

from __future__ import annotations

from pathlib import Path

from attribution_checks import said

# A narrator called once by name ('Hazel') and once by a short form exclaimed before more words ('Haze! You're
# on fourth.'): both call 'me', whom 'I' answers, so the 'I said' lines are Hazel's.
EXCLAIMED_CALL_STORY = (
    "I was sick twice behind the Land Rover, and Uncle Gideon pretended not to hear.\n\n"
    "\"You've walked that field a hundred times,\" he said. \"It's the same grass, Hazel.\"\n\n"
    "\"It's not the same people watching,\" I said.\n\n"
    "\"People don't matter.\"\n\n"
    "I crouched and rubbed the dog's nose. My hands were shaking.\n\n"
    "Rhona found us at the gate, with a bacon roll in each hand, and gave me neither.\n\n"
    "\"Haze! You're on fourth.\"\n\n"
    "\"Fourth?\" I asked.\n\n"
    "\"Fourth. After the lad with the collie.\"\n\n"
    "\"Thank you, Rhona,\" said I. \"Very helpful.\"\n\n"
)


def test_a_name_exclaimed_and_a_name_called_that_i_answer_name_the_narrator():
    lines, cast = said(EXCLAIMED_CALL_STORY)
    assert cast.first_person and cast.narrator == cast.resolve("Hazel")
    assert lines["It's not the same people watching,"] == cast.narrator


# A greeting before a call ('Evening, Master Wystan. Evening, sir.') is no name, though it opens lines before a
# comma four times: a narrator no one names stays the narrator, not 'Evening'.
GREETING_STORY = (
    "It was Clemency's idea to go into the maze, and it was Wystan's idea to take the port.\n\n"
    "\"We'll be out in ten minutes,\" Wystan said. \"Left, left, right.\"\n\n"
    "\"I don't think so,\" said I.\n\n"
    "\"Nobody asked you, old man.\"\n\n"
    "\"We can't leave her here,\" I said.\n\n"
    "A lantern came round the hedge, and behind it an old man in a cap.\n\n"
    "\"Evening, Master Wystan. Evening, sir. Evening, Lady Clemency.\"\n\n"
    "\"Evening, Hobday. They were doing so well.\"\n\n"
    "\"Not one word,\" I promised.\n\n"
)


def test_a_greeting_before_calls_does_not_name_the_narrator():
    lines, cast = said(GREETING_STORY)
    assert cast.narrator != "Evening" and "Evening" not in cast.characters
    assert cast.resolve(lines["Not one word,"] or "") != "Evening"


# In a one-shot told by 'I', narration about someone who has not spoken yet in the scene ('Rhona found us at the
# gate, ...' / 'Ma Quigley opened it before I knocked.') then a bare line: the newcomer speaks, not the uncle or the
# sergeant the narrator was talking to before (en-8's half A, whose texts are in the repository).
TEXTS = Path(__file__).parent / "texts"


def test_a_bare_line_after_narration_about_a_newcomer_is_theirs_in_a_first_person_one_shot():
    lines, cast = said((TEXTS / "the-sheepdog-trials.txt").read_text(encoding="utf-8"))
    assert lines["Haze! You're on fourth. After Morag's lad."] == cast.resolve("Rhona")
    lines, cast = said((TEXTS / "the-customs-house.txt").read_text(encoding="utf-8"))
    assert lines["Well, if it ain’t the new constable. Come in out o’ the wet, then."] == cast.resolve("Ma Quigley")


def test_a_newcomer_named_mid_sentence_is_the_one_who_speaks():
    # 'Across the track Coach Dorrity is blowing his whistle ...': named, though not opening the sentence.
    lines, cast = said((TEXTS / "the-roller-derby.txt").read_text(encoding="utf-8"))
    assert lines["Jammers! Who's jamming first?"] == cast.resolve("Coach Dorrity")
