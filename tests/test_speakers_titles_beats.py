"""Attribution: a person called by title alone in the narration, and a beat that leads into the next line."""

from __future__ import annotations

from attribution_checks import said
from ficaudio.chapters import find_chapters
from ficaudio.quotes import segment_quotes
from ficaudio.readers import read_text
from ficaudio.speakers import attribute_speakers, discover_characters
from ficaudio.speakers.attribute import Attributor


# Colonel Marsh and Tobias are both men: 'he said' goes to the man the narration just spoke of, and that is
# the colonel only when 'the colonel' counts as a mention of Colonel Marsh.
TITLE_STORY = (
    'Colonel Marsh was the host that evening, and he had only one other guest, Tobias Wren. "You are late," said '
    'Colonel Marsh.\n\n"I walked," said Tobias.\n\n"Walked! In this weather?" said Colonel Marsh.\n\n'
    '"I like the rain," said Tobias. Tobias shook the water from his coat.\n\n"So do the ducks," said Colonel Marsh.\n\n'
    "Dinner was served in the long room, and for a while nobody said much. "
    'The colonel watched the fire and turned his glass round and round. "There is a letter for you in the hall," '
    'he said at last.\n\n'
)


def test_the_title_alone_is_a_mention_of_the_one_character_bearing_it():
    lines, cast = said(TITLE_STORY)
    assert lines["There is a letter for you in the hall,"] == cast.resolve("Colonel Marsh")


def test_a_title_used_as_an_adjective_is_no_mention():
    text = TITLE_STORY.replace("The colonel watched the fire", "The colonel question was not raised. Tobias watched the fire")
    lines, cast = said(text)
    assert lines["There is a letter for you in the hall,"] == cast.resolve("Tobias")


BEAT_STORY = (
    'Nell and Ada sat on the wall with their shoes off. "Do you think he saw us?" said Nell.\n\n'
    '"Who?" said Ada.\n\n'
    '"You know who. He looked at you the whole time, I am sure of it." Ada coloured, and looked away. '
    'Nell shook her head. "He did, Ada. The whole time."\n\n'
)


def test_a_second_beat_before_the_next_line_is_that_line_s_speaker_and_the_first_only_reacts():
    lines, cast = said(BEAT_STORY)
    nell = cast.resolve("Nell")
    assert lines["You know who. He looked at you the whole time, I am sure of it."] == nell
    assert lines["He did, Ada. The whole time."] == nell


def test_her_aunt_is_the_character_called_aunt_before_a_sister_of_the_same_surname():
    # Helen's sister is 'Miss Wendle' too (a Miss of the family, as an unmarried aunt would be); 'Aunt Nora'
    # says the relation outright.
    doc = read_text('"Poetry," said Helen.', title="Test")
    cast = discover_characters(doc, [])
    cast.add("Margaret", ["Margaret Wendle", "Miss Wendle"], "female")
    cast.add("Helen", ["Helen Wendle"], "female")
    cast.add("Aunt Nora", [], "female")
    att = Attributor(doc, cast)
    for name in ("Aunt Nora", "Margaret", "Helen"):
        att.state.mention(name)
    assert att._relative_of("Helen", "aunt") == "Aunt Nora"


# Tobias is the last man named before the last paragraph, which Marcus speaks.
KITCHEN = (
    "Tobias came into the kitchen with the post. Marcus was at the table behind the paper.\n\n"
    '"There\'s one from the bank," said Tobias.\n\n'
    '"Put it with the others," said Marcus.\n\n'
    "Tobias did. Then he sat down across from Marcus and waited. The kettle began to sing and Tobias got up again.\n\n"
)


def test_he_in_a_tag_is_not_the_man_the_rest_of_its_sentence_names():
    # '"It can wait," he said, and looked at Tobias': he is not Tobias, though Tobias was the last man named.
    lines, cast = said(KITCHEN + '"It can wait," he said, and looked at Tobias over his glasses.\n')
    assert lines["It can wait,"] == cast.resolve("Marcus")


def test_he_opening_a_beat_is_not_the_man_the_rest_of_its_sentence_names():
    # 'He looked at Tobias over his glasses. "It can wait."': the beat's 'he' is Marcus, not Tobias.
    lines, cast = said(KITCHEN + 'He looked at Tobias over his glasses. "It can wait."\n')
    assert lines["It can wait."] == cast.resolve("Marcus")


def test_she_in_a_tag_is_not_whom_her_earlier_sentence_in_the_paragraph_governs():
    # 'She looked across at Mary over the cups. "Well?" she said.': the same 'she', so not Mary. But a name that
    # opens a clause of its own is not governed ('..., and with a glance at him, Mary took it').
    lines, cast = said(
        "Anne and Mary sat by the fire. Anne had the letter; Mary had the kettle.\n\n"
        '"Read it again," said Mary.\n\n'
        '"I have read it four times," said Anne.\n\n'
        "Mary poured the tea and said nothing. Outside the rain kept on.\n\n"
        'She looked across at Mary over the cups. "Well?" she said. "Are you going to tell me?"\n\n'
        '"Tell you what?"\n'
    )
    assert lines["Well?"] == cast.resolve("Anne")
    assert lines["Tell you what?"] == cast.resolve("Mary")


def test_a_name_before_an_owners_name_in_a_tag_before_the_line_is_the_speaker_not_an_owner():
    # 'Tom looked at Mary's letter ... and said,': Mary's is an owner; Tom, before it, is not one.
    text = (
        "Tom and Mary sat at the kitchen table with the post between them.\n\n"
        '"It\'s from the council," said Mary.\n\n"Then it can wait," said Tom.\n\n'
        'Tom looked at Mary\'s letter over the rim of his cup and said, "They want the hedge cut."\n'
    )
    doc = read_text(text, title="Test")
    segment_quotes(doc, find_chapters(doc))
    attribute_speakers(doc, discover_characters(doc, []))
    last = [s for s in doc.segments if s.kind == "dialogue"][-1]
    assert last.speaker == "Tom" and last.why.startswith("tag before quote [name]")


def test_a_speech_verb_after_and_is_not_said_by_the_subject_of_a_that_clause_before_it():
    # 'I told him ... that Clara had been there all night, and added:' -- the narrator adds; Clara is the subject
    # of the clause inside, not of 'added'.
    text = (
        '"Go home, both of you," said Clara, and shut the boathouse door on us.\n\n'
        "Ben and I walked back along the river in the dark. I had not slept, and he knew it.\n\n"
        '"Where were you last night?" asked Ben.\n\n"At the boathouse," I said.\n\n"And Clara?"\n\n'
        "I told him of the shed, and of the gardener's saying that Clara had been there all night, and added:\n\n"
        '"She left the lamp burning."\n'
    )
    lines, cast = said(text)
    assert lines["She left the lamp burning."] == cast.narrator


# A father and his son: the narration says 'Mr. Pell' for one and 'Tom Pell' or 'Tom' for the other.
ORCHARD = (
    "Mr. Pell kept the orchard, and his son Tom Pell did the picking. Mr. Pell shouted at Tom from the gate every "
    "morning.\n\n"
    "Mr. Pell counted the baskets and Tom Pell carried them. Tom never argued with Mr. Pell.\n\n"
    "Tom Pell was twenty, and Mr. Pell was sixty.\n\n"
    "On market days Mr. Pell drove the cart, and Tom Pell sat on the tailboard.\n\n"
    '"Mind the pears," said Mr. Pell.\n\n'
    '"I always mind the pears," said Tom.\n\n'
)


def test_a_man_the_text_calls_his_son_is_not_merged_into_the_father():
    # 'his son Tom Pell': two men of the family, though the text seldom names both in one paragraph.
    lines, cast = said(ORCHARD + "Chapter 2\n\nAda walked up the lane with her basket. Tom Pell was on the ladder.\n")
    assert cast.resolve("Tom") != cast.resolve("Mr. Pell")
    assert lines["Mind the pears,"] == cast.resolve("Mr. Pell")
    assert lines["I always mind the pears,"] == cast.resolve("Tom")


def test_a_son_called_mister_in_a_scene_his_father_is_not_in_answers_the_call():
    # Ada calls Tom 'Mr. Pell' to his face; his father has not spoken since the scene break: Tom answers.
    lines, cast = said(
        ORCHARD + "* * *\n\nAda walked up the lane with her basket. Tom Pell was on the ladder.\n\n"
        '"Good morning," said Tom.\n\n'
        '"Good morning. Are the pears ready, Mr. Pell?" Ada asked.\n\n'
        '"Nearly. Another week."\n\n'
        '"Then I shall come back."\n'
    )
    assert lines["Nearly. Another week."] == cast.resolve("Tom") != cast.resolve("Mr. Pell")
    assert lines["Then I shall come back."] == cast.resolve("Ada")
