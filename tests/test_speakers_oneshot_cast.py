"""Who is in a one-shot's cast, and whose lines they are: names a short fic gives once (issue 31)."""

from __future__ import annotations

from attribution_checks import said

# A titled name narrated once, opening an action beat beside his line, and called only by his title:
# Professor Ambler is someone, and his lines are his.
TITLED_ONCE_STORY = (
    "The greenhouse was locked, but Tilly had never let a lock stop her.\n\n"
    "'Hurry up,' whispered Oskar. 'Someone will see the torch.'\n\n"
    "'Nobody comes out here at night.'\n\n"
    "'You are standing on my seedlings.'\n\n"
    "'Sorry, Professor.' Tilly jumped back off the tray.\n\n"
    "'Sorry does not grow tomatoes.' Professor Ambler stepped out from behind the potting bench, a lamp in one "
    "hand. 'Out, both of you.'\n\n"
    "'Yes, sir,' said Oskar.\n\n"
)


def test_a_titled_name_narrated_once_in_a_beat_of_a_one_shot_is_someone():
    lines, cast = said(TITLED_ONCE_STORY)
    ambler = cast.resolve("Professor Ambler")
    assert ambler is not None
    assert lines["Sorry does not grow tomatoes."] == ambler
    assert lines["Out, both of you."] == ambler


# An action beat whose subject is a title written without a full stop and a name ('Mrs Pollard set down',
# British style) names the speaker as 'Mr. Pollard' would: a story's first line has no turn before it.
TITLED_BEAT_STORY = (
    "'Ledger.' Mrs Pollard set down her pen and held out a hand, and Ivo gave her the book.\n\n"
    "'It's all there,' said Cass. 'We counted twice.'\n\n"
    "'Twice,' said Ivo. Cass kicked him.\n\n"
    "Mrs Pollard did not smile.\n\n"
)


def test_a_beat_whose_subject_is_a_title_without_a_stop_and_a_name_names_the_speaker():
    lines, cast = said(TITLED_BEAT_STORY)
    pollard = cast.resolve("Mrs Pollard")
    assert pollard is not None
    assert lines["Ledger."] == pollard


# A titled name said to someone, closing a sentence in the middle of a line ('Only me, Mrs Dobbin. Go back to
# bed.'), is a newcomer there to answer, though the narration never names her.
CALLED_MID_LINE_STORY = (
    "Fergus had the lamp and Nia had the ladder, and neither of them had permission.\n\n"
    "'Who's that in the loft?' came a shout from the yard.\n\n"
    "Fergus leaned out of the hatch. 'Only me, Mrs Dobbin. Go back to bed.'\n\n"
    "'At this hour?' she called up. 'Your mother will hear of it.'\n\n"
    "'She always does,' said Nia.\n\n"
)


def test_a_titled_name_called_at_the_end_of_a_sentence_mid_line_is_a_newcomer():
    lines, cast = said(CALLED_MID_LINE_STORY)
    dobbin = cast.resolve("Mrs Dobbin")
    assert dobbin is not None
    assert lines["At this hour?"] == dobbin


# Someone the narration sees leave in the present tense ('Hanne goes, at a run.') is out of the conversation:
# the reply to the next line is whoever is still there, not her.
PRESENT_EXIT_STORY = (
    "Marta, Hanne and Jonas sit on the cold bench, waiting for the bus. Jonas has brought a flask; it is "
    "empty.\n\n"
    "'Someone should get tea,' says Jonas.\n\n"
    "'I'll go,' says Hanne.\n\n"
    "Hanne goes, at a run.\n\n"
    "'She never walks anywhere,' Marta says.\n\n"
    "'Never. Not once in twenty years.'\n\n"
)


def test_someone_seen_leaving_in_the_present_tense_takes_no_turn():
    lines, cast = said(PRESENT_EXIT_STORY)
    assert lines["Never. Not once in twenty years."] == cast.resolve("Jonas")


# 'Coach Brandauer kneels in front of Pavel and presses two fingers to his knee, and he hisses through his
# teeth': the pronouns after Pavel, in her sentence, are his. She is a woman, so 'she says' is hers.
OBJECT_PRONOUN_STORY = (
    "The rink is empty at six, apart from the two of them.\n\n"
    "Coach Brandauer kneels in front of Pavel and presses two fingers to his knee, and he hisses through his "
    "teeth.\n\n"
    "'How long?' she says.\n\n"
    "'A week.' Pavel looks at the floor.\n\n"
    "'You could have told me,' says Coach Brandauer, and her mouth goes tight.\n\n"
)


def test_pronouns_after_a_man_named_in_a_woman_s_sentence_are_his_not_hers():
    lines, cast = said(OBJECT_PRONOUN_STORY)
    coach = cast.resolve("Coach Brandauer")
    assert coach is not None and cast.gender(coach) == "female"
    assert lines["How long?"] == coach


# 'Master' is a title as 'Captain' is: 'the master said' and a line calling 'Master' mean the one Master in the
# cast (Master Aldwin), as 'the captain' means the one captain.
MASTER_STORY = (
    "Master Aldwin unrolled the plan across the bench. Tam and Bryn leaned in to look, and Master Aldwin let "
    "them.\n\n"
    "'Which beam is rotten?' the master said.\n\n"
    "'The third one,' said Tam.\n\n"
    "'It's the fourth, Master,' said Bryn.\n\n"
    "'Show me.'\n\n"
)


def test_the_master_is_the_one_master_in_the_cast():
    lines, cast = said(MASTER_STORY)
    aldwin = cast.resolve("Master Aldwin")
    assert aldwin is not None
    assert lines["Which beam is rotten?"] == aldwin
    assert lines["Show me."] == aldwin


# A speaker known by a role ('the stranger asked') until a newcomer says who they are ('I'm Anders Holm, from the
# harbour office.'), and who says nothing after: the role's lines are the newcomer's.
ROLE_STORY = (
    "Odile and Bram were still arguing over the chart when the door banged open.\n\n"
    "'Which of you drew this?' the stranger asked. 'It is wrong.'\n\n"
    "'I did,' said Odile. 'And it is not.'\n\n"
    "'Who are you?' said Bram.\n\n"
    "'I'm Anders Holm, from the harbour office. Your soundings are a fathom out.'\n\n"
    "'They are not,' said Odile.\n\n"
)


def test_a_role_s_lines_are_the_newcomer_s_who_introduces_themselves():
    lines, cast = said(ROLE_STORY)
    holm = cast.resolve("Anders Holm")
    assert holm is not None
    assert lines["Which of you drew this?"] == holm


# A line that is a name alone, with a tag whose pronoun calls out ('"Mr Pike," I call.'), calls that person: the
# next line, from out of sight, is theirs, not the other person's in the room.
CALLED_OUT_STORY = (
    "The tap in the back kitchen is dripping again. Sal watches me from the doorway, eating toast.\n\n"
    "'It's worse,' Sal says. 'It was never this bad.'\n\n"
    "'Mr Pike,' I call. 'The tap's going again.'\n\n"
    "'Which tap?'\n\n"
    "'The kitchen one.'\n\n"
    "Mr Pike comes up the cellar steps, wiping his hands.\n\n"
)


def test_a_name_alone_called_out_is_called_and_answers():
    lines, cast = said(CALLED_OUT_STORY)
    pike = cast.resolve("Mr Pike")
    assert pike is not None
    assert lines["Which tap?"] == pike


# A plain thought in a past-tense story runs on past its tag where the words turn to the present: 'It isn't the
# hinge, Pell thought, it's the latch, ...' -- 'it's the latch' is hers too, not the narrator's.
PRESENT_THOUGHT_STORY = (
    "Pell knelt by the gate and rattled it.\n\n"
    "It isn't the hinge, Pell thought, it's the latch, and nobody ever listens.\n\n"
    "'Well?' said Corvin.\n\n"
)


def test_a_plain_thought_runs_past_its_tag_into_the_present_tense():
    lines, cast = said(PRESENT_THOUGHT_STORY)
    assert lines["it's the latch, and nobody ever listens."] == cast.resolve("Pell")


# A title cut short and called ('Prof, ...') names the one character with that title, as a name cut short does:
# the reply is hers.
TITLE_CUT_SHORT_STORY = (
    "Professor Lind stood at the bench with Mattis and Aud. Professor Lind did not like the look of the flask.\n\n"
    "'Prof, it's bubbling,' said Aud.\n\n"
    "'Of course it's bubbling.'\n\n"
    "'Is it meant to?' Mattis asked.\n\n"
)


def test_a_title_cut_short_and_called_is_the_one_who_bears_it():
    lines, cast = said(TITLE_CUT_SHORT_STORY)
    lind = cast.resolve("Professor Lind")
    assert lind is not None and cast.resolve("Prof") == lind
    assert lines["Of course it's bubbling."] == lind
