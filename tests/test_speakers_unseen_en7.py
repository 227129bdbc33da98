"""Who is in a one-shot's cast, and whose lines they are: rules written on en-7's half A (issue 36)."""

from __future__ import annotations

from attribution_checks import said

# A newcomer who opens a line on his full name and goes on about himself ('Silas Trevithick. I keep this one.')
# says who he is: he is in the cast, the line is his (the name is not someone he calls), and so are his lines
# the narration gave an unnamed voice before it.
FULL_NAME_THEN_I_STORY = (
    "The lock was stuck, and Hester and Lee had been pushing the beam for ten minutes.\n\n"
    "'It won't move,' said Lee.\n\n"
    "'Push harder,' Hester said.\n\n"
    "'You'll not shift that,' called a voice from the cottage. 'Not with the catch on.'\n\n"
    "A man in a flat cap was coming down the path with a mug in one hand.\n\n"
    "'There's a catch?' Lee asked.\n\n"
    "'There's always a catch,' the old man said, and flipped it up with his thumb. 'Bernard Polwhele. I keep "
    "this lock and the two above.'\n\n"
    "'Thank you,' said Hester.\n\n"
)


def test_a_full_name_opening_a_line_then_i_introduces_the_speaker():
    lines, cast = said(FULL_NAME_THEN_I_STORY)
    keeper = cast.resolve("Bernard Polwhele")
    assert keeper is not None
    assert lines["Bernard Polwhele. I keep this lock and the two above."] == keeper
    assert lines["You'll not shift that,"] == keeper


# A speaker known by a role ('the porter called') who introduces themselves a dozen paragraphs on ('PC Ames,
# ma'am.'): the role's lines are that person's, though the scene took a while to name them.
ROLE_NAMED_LATE_STORY = (
    "Inspector Marsh ducked under the tape. A young porter with a trolley hurried after her.\n\n"
    "'Ma'am, you have to sign in,' the porter called. 'Everyone has to.'\n\n"
    "Marsh ignored him and walked to the body. Sergeant Quint was already kneeling beside it.\n\n"
    "'Morning, ma'am.'\n\n"
    "'Morning. What have we got?'\n\n"
    "'Man, fifties. No wallet.'\n\n"
    "'Who found him?'\n\n"
    "'A jogger. Gone home.'\n\n"
    "'Of course he has.'\n\n"
    "'Said he'd come in later.'\n\n"
    "'They never do.'\n\n"
    "'This one might.'\n\n"
    "Marsh stood up and looked round at the empty platform.\n\n"
    "'Excuse me.' The porter had crept back, red to the ears. 'Sorry. He did come back. Percy Ames, ma'am. I "
    "work nights here.'\n\n"
    "Marsh looked at him properly for the first time.\n\n"
)


def test_a_role_introduced_a_dozen_paragraphs_on_is_that_person():
    lines, cast = said(ROLE_NAMED_LATE_STORY)
    ames = cast.resolve("Percy Ames")
    assert ames is not None
    assert lines["Ma'am, you have to sign in,"] == ames


# A first-person one-shot: the narrator is called 'Nell' and 'Miss Harker' (a titled name only speech uses, answered
# by 'I'), one person; a woman described as she comes in ('A woman in a fur collar came in', an irregular verb) and
# named once as she acts ('Mrs Orpen looked at me') is a character, and the 'she' of her first line is hers.
FIRST_PERSON_NEWCOMER_STORY = (
    "Mr Bellamy had told me never to gild on a damp day, and of course it was raining.\n\n"
    "'Breathe away from the book, Nell.'\n\n"
    "'I am breathing away,' I said.\n\n"
    "'You are breathing at it.'\n\n"
    "I laid the leaf on the spine and pressed the tool through it, and the letters came up bright.\n\n"
    "'Good. Again, Nell.'\n\n"
    "The bell went. A woman in a fur collar came in out of the wet, with a parcel under her arm.\n\n"
    "'I want whoever is in charge,' she announced.\n\n"
    "'That will be me, madam.' Mr Bellamy wiped his hands.\n\n"
    "'It was my husband's. The dog got at it.'\n\n"
    "'Miss Harker will take it apart this afternoon.'\n\n"
    "'Me?' I said.\n\n"
    "Mrs Orpen looked at me over the wreck of the book. Her eyes were wet.\n\n"
    "'Please be careful with it, Miss Harker.'\n\n"
    "'I will,' I told her.\n\n"
    "'Load your knife, Nell,' said Mr Bellamy.\n\n"
)


def test_a_first_person_narrator_s_titled_name_and_a_newcomer_who_came_in():
    lines, cast = said(FIRST_PERSON_NEWCOMER_STORY)
    assert cast.narrator is not None
    assert cast.resolve("Miss Harker") == cast.narrator
    orpen = cast.resolve("Mrs Orpen")
    assert orpen is not None and orpen != cast.narrator
    assert lines["I want whoever is in charge,"] == orpen


# A newcomer described ('A woman with a clipboard comes down the aisle'), taken up a paragraph or two later by the
# noun alone ('The woman stops at the dahlias.'), then 'she asks': the woman the scene names a little later, not
# the woman already there.
TAKEN_UP_NEWCOMER_STORY = (
    "The marquee smells of wet grass, and Odile is standing next to her roses.\n\n"
    "'Don't touch them,' Odile says.\n\n"
    "'I wasn't going to,' says Rafferty.\n\n"
    "A woman with a clipboard comes down the aisle, slowly, stopping at every vase.\n\n"
    "'Judge,' Rafferty murmurs. 'Look busy.'\n\n"
    "The woman stops at the roses. She bends. She looks for a long time.\n\n"
    "'Whose are these?' she asks.\n\n"
    "'Mine,' says Odile.\n\n"
    "'Thank you, Mrs Threadgold,' says Rafferty.\n\n"
)


def test_a_described_newcomer_taken_up_by_her_noun_is_the_woman_named_later():
    lines, cast = said(TAKEN_UP_NEWCOMER_STORY)
    judge = cast.resolve("Mrs Threadgold")
    assert judge is not None
    assert lines["Whose are these?"] == judge


# A one-word answer, then a name alone ('Grandson. Tobin.' to 'You are Margit's boy.'; 'Mine. Odile Parr.' to
# 'Whose are these?'): the speaker says who they are. Not 'Good. Quieter.': a single word counts only when the
# narration writes it as a name mid-sentence.
ANSWER_THEN_NAME_STORY = (
    "The laundrette was empty except for Mr Vogt and the dryers.\n\n"
    "A young man came in out of the rain. 'Sorry,' he said. 'Are you open?'\n\n"
    "'Arden,' Mr Vogt read off his jacket. 'You are Margit Arden's boy.'\n\n"
    "'Grandson. Tobin.'\n\n"
    "'Good. Quieter than your grandmother, I hope.'\n\n"
    "Mr Vogt handed Tobin a mop without a word.\n\n"
)


def test_a_one_word_answer_then_a_name_introduces_the_speaker():
    lines, cast = said(ANSWER_THEN_NAME_STORY)
    tobin = cast.resolve("Tobin")
    assert tobin is not None
    assert lines["Grandson. Tobin."] == tobin
    assert cast.resolve("Quieter") is None
