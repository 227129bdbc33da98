"""Names the others call someone by, which the narration hardly gives (issue 11, helper 39)."""

from __future__ import annotations

from attribution_checks import said

# A one-shot's chip-van man is never named by the narration, only called by name, twice, after a comma: he is a
# character, and the lines that answer those calls are his.
CALLED_TWICE_STORY = (
    "Ada and Bram stood at the hatch of the chip van while the rain came down sideways.\n\n"
    "'Two cod, please, Oskar.' Ada pushed the coins across the counter.\n\n"
    "'Right you are.'\n\n"
    "Bram leaned in under the awning. 'And a pickled egg, Oskar.'\n\n"
    "'Nobody has wanted a pickled egg since nineteen ninety.'\n\n"
    "'I want one,' said Bram.\n\n"
)


def test_a_word_called_twice_after_a_comma_in_a_one_shot_is_a_character():
    lines, cast = said(CALLED_TWICE_STORY)
    assert cast.resolve("Oskar") == "Oskar"
    assert lines["Right you are."] == "Oskar"
    assert lines["Nobody has wanted a pickled egg since nineteen ninety."] == "Oskar"


# Called once opening a sentence and narrated once ('Nell, sit down.' / 'Nell had not sat down all morning'):
# a character too.
CALLED_AND_NARRATED_STORY = (
    "The staff room kettle had been broken since Easter, and the three of them were sharing one flask.\n\n"
    "'Pour it, then,' said Harriet. 'Nell, sit down. You're making me tired.'\n\n"
    "Harriet poured. Nell had not sat down all morning, and she did not sit down now. The radiator ticked.\n\n"
    "'I'll sit when the inspector's gone.'\n\n"
)


def test_a_word_called_opening_a_sentence_and_narrated_once_is_a_character():
    _, cast = said(CALLED_AND_NARRATED_STORY)
    assert cast.resolve("Nell") == "Nell"


# 'Morning,' opening lines twice, is no one: the text writes the word in lower case too. And a first name called
# once ('Come on, Gideon.'), with a titled man in the scene, may be his: no newcomer on one call.
NOT_CALLED_STORY = (
    "'Morning, all,' said Captain Roe, and put his cap on the hook.\n\n"
    "'Morning, Captain,' said Lark. It was a grey morning, and the tea was stewed.\n\n"
    "'Come on, Gideon. We have a boat to catch.' Lark held the door.\n\n"
    "'I'm coming,' said Captain Roe.\n\n"
)


def test_a_common_word_or_a_name_called_once_is_no_newcomer():
    _, cast = said(NOT_CALLED_STORY)
    assert cast.resolve("Morning") is None
    assert cast.resolve("Gideon") is None


# A word called twice that the text also writes beside a cast name, as one name ("Dennis Gedge's suit", with a Mr
# Gedge in the cast), is his first name: no second Gedge.
FIRST_NAME_BESIDE_STORY = (
    "Mr Gedge was digging when Connie came round the water butt with the plate of scones.\n\n"
    "'Oh, you've got the good spade out. That's Dennis Gedge's prize spade, that is.'\n\n"
    "'It is, Dennis,' said Connie. 'I was there when you won it.'\n\n"
    "'You were not.' Mr Gedge leaned on the handle.\n\n"
    "'I'll leave the scones here, Dennis.'\n\n"
)


def test_a_called_word_written_beside_a_cast_name_is_that_characters_name():
    _, cast = said(FIRST_NAME_BESIDE_STORY)
    assert cast.resolve("Dennis") == cast.resolve("Mr Gedge")
    assert len(cast.characters) == len({cast.resolve(n) for n in cast.characters})


# A pet name the narration never gives ('Meg'), called twice, whose tagged replies are a cast member's both times
# ('said Margaret'): a name of hers, not a second woman.
ANSWERED_STORY = (
    "Margaret and Tibby sat on either side of the fire, and Helen walked up and down between them.\n\n"
    "'You must see it, Meg. He cannot stay here.'\n\n"
    "'I see nothing of the kind,' said Margaret.\n\n"
    "Helen stopped by the window. 'Then look harder, Meg.'\n\n"
    "'I am looking,' said Margaret, 'and I see my sister in a temper.'\n\n"
    "Tibby turned a page of his book and said nothing at all.\n\n"
)


def test_a_called_word_that_one_characters_tagged_replies_answer_is_their_name():
    _, cast = said(ANSWERED_STORY)
    assert cast.resolve("Meg") == "Margaret"


# In a novel, a servant the narration names once ('Hobbs was as pale as a sheet') and the master calls by name
# again and again, each call answered by a line no tag names: a character, whose answers are his.
_FILLER = "The rain went on all afternoon, and the clocks ticked in the long empty rooms of the house.\n\n" * 230
SERVANT_NOVEL = (
    _FILLER
    + "Lord Ashby rang the bell, and the door opened at once.\n\n"
    + "'Bring the lamp, Hobbs.'\n\n"
    + "'Yes, my lord. At once.'\n\n"
    + "Lord Ashby read on for a while. 'And the letters, Hobbs.'\n\n"
    + "'They came by the second post, my lord.'\n\n"
    + "Hobbs was as pale as a sheet when he set them down.\n\n"
    + "'You may go to bed, Hobbs.'\n\n"
    + "'Thank you, my lord. Good night.'\n\n"
    + _FILLER
)


def test_a_novels_servant_called_and_answering_is_a_character():
    assert len(SERVANT_NOVEL) > 20_000
    lines, cast = said(SERVANT_NOVEL)
    assert cast.resolve("Hobbs") == "Hobbs"
    assert lines["They came by the second post, my lord."] == "Hobbs"
