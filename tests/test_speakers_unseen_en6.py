"""Who is in a one-shot's cast, and whose lines they are: rules written on en-6's half A (issue 34)."""

from __future__ import annotations

from attribution_checks import said

# A newcomer named once in full and once by first name ('It was Hamish Pryor' ... 'Hamish grinned'): one
# person named twice, so in a one-shot a character, and the lines his beats open are his.
FULL_NAME_ONCE_STORY = (
    "The library was empty except for Odette and Leif and the radiators.\n\n"
    "'Pass me the glue,' said Odette.\n\n"
    "'Which glue?' Leif asked.\n\n"
    "The door banged open. It was Hamish Pryor, from the year above, with a football under his arm. 'Has anyone "
    "seen my bag?'\n\n"
    "'No,' said Odette.\n\n"
    "Hamish grinned at them both. 'Liars. It's under the table.'\n\n"
)


def test_a_full_name_and_its_first_name_each_said_once_are_one_character():
    lines, cast = said(FULL_NAME_ONCE_STORY)
    hamish = cast.resolve("Hamish")
    assert hamish is not None
    assert lines["Liars. It's under the table."] == hamish


# A newcomer who gives his first name and then his full name ('Tobin. Tobin Marsh.') is introducing himself:
# he is someone, and the line is his, though it comes in another's turn.
NAME_TWICE_STORY = (
    "The snow had drifted to the sill by the time the knock came.\n\n"
    "'Who's there?' Greta called.\n\n"
    "A man stumbled in, white to the eyebrows. 'From the pass. I lost the path at the cairn. Tobin. Tobin Marsh.'\n\n"
    "'Sit by the fire,' said Greta.\n\n"
)


def test_a_name_then_the_same_name_in_full_introduces_the_speaker():
    lines, cast = said(NAME_TWICE_STORY)
    tobin = cast.resolve("Tobin Marsh")
    assert tobin is not None
    assert lines["From the pass. I lost the path at the cairn. Tobin. Tobin Marsh."] == tobin


# A short paragraph all in italics, in a story whose italics are tagged thoughts, is a thought too, though it has
# no 'I' and no tag: the viewpoint character's, the one the story last tagged as thinking, not the next in turn.
LONE_ITALIC_THOUGHT_STORY = (
    "The ferry was late, and Mara had run out of things to say to Wendel.\n\n"
    "*He's going to miss it,* Mara thought. *He always misses it.*\n\n"
    "'Tickets,' said Wendel, patting his pockets.\n\n"
    "'In your hand.'\n\n"
    "'So they are.'\n\n"
    "*Typical. Just typical.*\n\n"
    "'Come on, then,' said Mara.\n\n"
)


def test_a_lone_italic_paragraph_among_tagged_thoughts_is_the_viewpoint_s_thought():
    lines, cast = said(LONE_ITALIC_THOUGHT_STORY)
    assert lines["*Typical. Just typical.*"] == cast.resolve("Mara")


# 'Karin went before he could argue': someone who goes, with a clause after 'went', has left the conversation, and
# the next line's reply is whoever is still there.
WENT_BEFORE_STORY = (
    "Signe, Karin and Bo sat round the stove while the wind hammered the door of the hut.\n\n"
    "'Someone should check the mast,' said Bo.\n\n"
    "'I'll go,' said Karin.\n\n"
    "Karin went before he could argue.\n\n"
    "'She never waits,' Signe said.\n\n"
    "'Never. Not once in twenty years.'\n\n"
)


def test_someone_who_went_before_another_could_speak_takes_no_turn():
    lines, cast = said(WENT_BEFORE_STORY)
    assert lines["Never. Not once in twenty years."] == cast.resolve("Bo")


# A newcomer the narration describes ('A woman in a wax jacket is striding across the field') and then 'she' in
# the tag of the next line: the woman the scene names a little later, not the woman already there.
NEWCOMER_DESCRIBED_STORY = (
    "The van broke down two miles from the farm, and Ottilie and her brother Crispin walked the rest.\n\n"
    "'It's your fault,' said Ottilie.\n\n"
    "'Everything's my fault,' said Crispin.\n\n"
    "A woman in a wax jacket is striding across the yard towards them, a bucket in each hand.\n\n"
    "'Are you lost?' she shouts.\n\n"
    "'Only a bit,' said Crispin. 'Is this the Pollards' farm, Mrs Pollard?'\n\n"
    "Mrs Pollard set the buckets down and laughed.\n\n"
)


def test_a_pronoun_after_a_newcomer_described_is_the_one_named_later():
    lines, cast = said(NEWCOMER_DESCRIBED_STORY)
    pollard = cast.resolve("Mrs Pollard")
    assert pollard is not None
    assert lines["Are you lost?"] == pollard
