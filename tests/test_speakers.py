"""Stage "speakers": who says each line, on tiny inline texts.

Each test states the exact (text, speaker) of every spoken line.
"""

from __future__ import annotations

import pytest

from ficaudio.chapters import find_chapters
from ficaudio.quotes import segment_quotes
from ficaudio.readers import read_text
from ficaudio.speakers import (
    FIRST_PERSON,
    UNKNOWN,
    UNKNOWN_FEMALE,
    UNKNOWN_MALE,
    attribute_speakers,
    discover_characters,
)

SAKURA_AND_SASORI = (
    "Sakura waited by the gate. Sakura pulled her scarf tighter. Sasori came late, as always. "
    "Sasori shook the snow from his cloak.\n\n"
)


def analyse(text: str, configured=()):
    doc = read_text(text, title="Test")
    segment_quotes(doc, find_chapters(doc))
    cast = discover_characters(doc, list(configured))
    attribute_speakers(doc, cast)
    return doc, cast


def lines(text: str, configured=()) -> list[tuple[str, str | None]]:
    doc, _ = analyse(text, configured)
    return [(doc.segment_text(s), s.speaker) for s in doc.segments if s.kind in ("dialogue", "thought")]


# --- explicit tags -------------------------------------------------------------------------


def test_explicit_tags_both_ways_round_with_adverbs():
    text = SAKURA_AND_SASORI + (
        "'Hmm,' Sasori muttered disapprovingly.\n\n"
        "Sakura whispered, 'No.'\n\n"
        "'Why not?' asked Sasori.\n\n"
        "'Because,' Sakura replied simply."
    )
    assert lines(text) == [("Hmm,", "Sasori"), ("No.", "Sakura"), ("Why not?", "Sasori"), ("Because,", "Sakura")]


def test_pronoun_tags_resolve_by_gender():
    text = SAKURA_AND_SASORI + "'Don't go,' she pleaded.\n\n'I must,' he said."
    assert lines(text) == [("Don't go,", "Sakura"), ("I must,", "Sasori")]


def test_a_pronoun_reply_after_a_same_gender_line_is_the_other_person_by_rule(monkeypatch):
    # The rule alone. With the learned ranker on (speakers/ranker.py), 'she said' opening a paragraph goes to
    # the last speaker about as often as in the dev corpus (182 times in 309), so this one case may flip.
    from ficaudio.speakers import ranker

    monkeypatch.setattr(ranker, "pronoun_weights", lambda short=False: None)
    text = (
        "Mira and Odessa climbed the stairs. Mira was out of breath, and she sat down. Odessa was not; she never was.\n\n"
        "Odessa took her wrist. 'Let me see.'\n\n"
        "'I'm fine,' she said."
    )
    assert lines(text) == [("Let me see.", "Odessa"), ("I'm fine,", "Mira")]


def test_a_pronoun_refers_to_the_person_named_earlier_in_the_paragraph():
    text = (
        "Juniper and Aunt Rosalind sat on the step. Juniper drank her cocoa.\n\n"
        "'Why did you stop?' Juniper asked.\n\n"
        "Aunt Rosalind was quiet for a while. 'The key,' she said finally."
    )
    assert lines(text) == [("Why did you stop?", "Juniper"), ("The key,", "Aunt Rosalind")]


def test_the_speaker_of_a_tag_inside_a_longer_sentence():
    text = (
        "Mia and Tom walked home. Mia was tired. Tom was not, and he hummed.\n\n"
        "'You should go,' Mia heard Tom advise."
    )
    assert lines(text) == [("You should go,", "Tom")]


def test_a_split_quote_keeps_one_speaker():
    text = SAKURA_AND_SASORI + "'Don't,' he said, 'go.'"
    assert lines(text) == [("Don't,", "Sasori"), ("go.", "Sasori")]


def test_a_possessive_in_the_tag_is_not_the_speaker():
    text = (
        "Mira and Odessa walked. Mira carried the lamp. Odessa carried the oil.\n\n"
        "'Who's there?' said Mira's friend Odessa."
    )
    assert lines(text) == [("Who's there?", "Odessa")]


# --- beats, vocatives, turns ----------------------------------------------------------------------


def test_an_action_beat_names_the_speaker():
    text = (
        "Mira and Tobias stood in the fog. Mira held her lamp high. Tobias leaned on the wall, his collar up.\n\n"
        "'You're late,' Mira said.\n\n"
        "He laughed. 'Oh?'"
    )
    doc, _ = analyse(text)
    spoken = [s for s in doc.segments if s.kind == "dialogue"]
    assert [(doc.segment_text(s), s.speaker) for s in spoken] == [("You're late,", "Mira"), ("Oh?", "Tobias")]
    assert spoken[1].why.startswith("action beat")


def test_a_vocative_names_the_listener_not_the_speaker():
    text = SAKURA_AND_SASORI + "'Sasori,' she whispered.\n\n'Sakura,' he said."
    assert lines(text) == [("Sasori,", "Sakura"), ("Sakura,", "Sasori")]


PORCH = (
    "Orla sat on the porch with Wren and old Hollis. Orla poured the tea. Wren read the paper. "
    "Hollis dozed in his chair.\n\n"
)


def test_a_title_before_a_name_the_cast_knows_bare_still_calls_them():
    # The cast knows him as Hollis; 'Mr. Hollis!' calls him all the same, and he answers.
    text = PORCH + "'More tea?' Orla asked.\n\n'Please,' said Wren.\n\n'Wake up, Mr. Hollis!'\n\n'I was not asleep.'"
    assert lines(text)[-2:] == [("Wake up, Mr. Hollis!", "Orla"), ("I was not asleep.", "Hollis")]


def test_a_line_broken_off_after_a_name_calls_them():
    text = PORCH + "'More tea?' Orla asked.\n\n'Please,' said Hollis.\n\n'And you, Wren--'\n\n'None for me.'"
    assert lines(text)[-2:] == [("And you, Wren--", "Orla"), ("None for me.", "Wren")]


def test_the_one_a_line_is_said_to_answers_it():
    text = PORCH + (
        "'More tea?' Orla asked.\n\n'Please,' said Wren.\n\n'You dozed off again,' Orla said to Hollis.\n\n"
        "'I was resting my eyes.'"
    )
    assert lines(text)[-1] == ("I was resting my eyes.", "Hollis")


def test_the_mother_a_line_calls_answers_it():
    text = (
        "Mrs Quayle sat sewing by the window. Tobias Quayle came in, and after him his sister Nora Quayle. "
        "Tobias stood by the fire. Nora sat down.\n\n'You are both late,' said Mrs Quayle.\n\n"
        "'Nora, you are late,' said Tobias.\n\n'So are you,' said Nora.\n\n"
        "'Mother, is my coat mended?' he asked.\n\n'Quite mended, Tobias.'"
    )
    assert lines(text)[-2:] == [("Mother, is my coat mended?", "Tobias"), ("Quite mended, Tobias.", "Mrs Quayle")]


def test_the_beat_of_the_one_a_line_calls_is_not_the_speakers():
    text = (
        "Nell met Bram and Ada on the bridge. Nell was soaked through. Bram laughed at her. Ada frowned.\n\n"
        "'You're wet,' Bram said.\n\n'It's raining,' Nell said.\n\n'She knows,' said Ada.\n\n'Is it?' Bram asked.\n\n"
        "'Look at me, Bram.' He looked at her. Nell smiled. 'I am not angry.'"
    )
    assert lines(text)[-2:] == [("Look at me, Bram.", "Nell"), ("I am not angry.", "Nell")]


def test_she_in_a_tag_is_not_the_one_she_asks():
    text = (
        "Nell and Ada lived above the bakery. Bram Dorsey came up with the post; he was late again. Ada waited by "
        "the stove. Nell sorted the mail. Ada frowned at him.\n\n'Is that all?' she asked Ada.\n\n'That is all,' said Bram."
    )
    assert lines(text)[0] == ("Is that all?", "Nell")


@pytest.mark.parametrize("q", ["'", '"'])
def test_a_name_alone_before_a_tag_calls_someone_and_the_sentence_has_one_speaker(q):
    # 'Nell,' alone may be a speaker giving her own name; not when the sentence goes on after the tag.
    # And the words after the tag are the same speaker's, whatever the tag's pronoun alone would say.
    text = (
        "Nell and Ada lived above the bakery. Ada came in with a letter. Nell turned from the window.\n\n"
        f"{q}Nell,{q} she said, {q}look at this.{q}"
    )
    assert lines(text) == [("Nell,", "Ada"), ("look at this.", "Ada")]


def test_a_chapter_opening_on_a_line_goes_on_with_the_speech_the_last_one_ended_on():
    text = (
        "Chapter 1\n\nOrla sat by the fire with old Hollis. Orla poured the tea. Hollis lit his pipe.\n\n"
        "'Tell me how you lost the boat,' said Orla.\n\n"
        "'It was the winter of the great storm,' said Hollis. 'We had been out three days.'\n\n"
        "Chapter 2\n\n'On the fourth day the mast went, and we drifted for a week.'\n\n'What did you eat?' asked Orla."
    )
    assert lines(text)[-2:] == [
        ("On the fourth day the mast went, and we drifted for a week.", "Hollis"),
        ("What did you eat?", "Orla"),
    ]


def test_the_duchess_is_the_one_the_narration_gave_that_rank():
    text = (
        "Orla Penn was taking tea at the Hall with the pretty Duchess of Alderney and old Hollis. Hollis dozed. "
        "Orla poured.\n\n'Is it always so quiet here?' asked Orla.\n\n'Always,' said the duchess, smiling.\n\n"
        "'I should go mad,' said Orla."
    )
    doc, cast = analyse(text)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Orla", "Duchess of Alderney", "Orla"]
    assert cast.gender("Duchess of Alderney") == "female"


def test_foreign_titles_are_titles_and_give_a_sex():
    text = (
        "Fraulein Kessler met Herr Brandt at the station. Fraulein Kessler carried the bags. Herr Brandt bought the "
        "tickets.\n\n'We are late,' said Fraulein Kessler.\n\n'We are never late,' said Herr Brandt."
    )
    _, cast = analyse(text)
    assert {n: c.gender for n, c in cast.characters.items()} == {"Fraulein Kessler": "female", "Herr Brandt": "male"}


def test_turn_taking_in_an_untagged_exchange():
    text = (
        "Nell met Bram on the bridge. Nell was soaked through. Bram laughed at her.\n\n"
        "'You're wet,' Bram said.\n\n"
        "'It's raining,' Nell said.\n\n"
        "'Is it?'\n\n"
        "'Yes.'\n\n"
        "'I hadn't noticed.'"
    )
    assert lines(text) == [
        ("You're wet,", "Bram"),
        ("It's raining,", "Nell"),
        ("Is it?", "Bram"),
        ("Yes.", "Nell"),
        ("I hadn't noticed.", "Bram"),
    ]


def test_a_bare_reply_to_the_scenes_subject_is_not_the_subject_going_on():
    # The narration was about Aldous and he asked; the next bare line answers him (a stranger, not yet named).
    text = (
        "Aldous was the only passenger. A figure in a long wet coat got in and sat down opposite him.\n\n"
        "'Filthy night.'\n\n'It is,' Aldous said.\n\n'Going far?'\n\n'To the coast.'\n\n"
        "Aldous found, to his own surprise, that he was smiling. The coach lurched round a bend.\n\n"
        "'Do you live there?'\n\n'On and off.'"
    )
    got = dict(lines(text))
    assert got["Do you live there?"] == "Aldous"
    assert got["On and off."] != "Aldous"


def test_a_one_shot_told_by_i_without_i_said_is_named_by_how_others_call_its_narrator():
    # No 'I said' at all, the narration says 'I'; Rafe calls the narrator 'Mags' and 'Maggie' (one form each).
    text = (
        "I had lined the jars up myself. I know I did, because I counted them, and I never miscount. "
        "I went to bed early. In the morning I came down and I found the marmalade on the floor.\n\n"
        "'Told you,' Rafe said.\n\n'You could have done it.'\n\n'Not me, Mags. I hate marmalade.'\n\n"
        "'You sleepwalk.'\n\n'Maggie, I sleepwalk into the garden, not the pantry.'"
    )
    doc, cast = analyse(text)
    assert cast.first_person and cast.narrator == "Maggie"
    assert dict((doc.segment_text(s), s.speaker) for s in doc.segments if s.kind == "dialogue")["You sleepwalk."] == "Maggie"


def test_a_speech_running_over_paragraphs_keeps_its_speaker():
    text = (
        "Nell and Bram sat by the fire. Nell told the story.\n\n"
        "'There was a house,' Nell said. 'It had a red door.\n\n"
        "'Then it burned.'\n\n"
        "Bram said nothing."
    )
    assert lines(text) == [("There was a house,", "Nell"), ("It had a red door.", "Nell"), ("Then it burned.", "Nell")]


def test_thoughts_are_voiced_by_the_thinker():
    text = (
        "Caleb and Juniper ran to the fountain. Caleb turned the key as hard as he could.\n\n"
        "Water hit Caleb in the face.\n\n"
        "Not again, he thought."
    )
    doc, _ = analyse(text)
    spoken = [(s.kind, doc.segment_text(s), s.speaker) for s in doc.segments if s.kind in ("dialogue", "thought")]
    assert spoken == [("thought", "Not again,", "Caleb")]


def test_an_unnamed_voice_is_the_person_introduced_next():
    text = (
        "Mira and Odessa stood in the street. Mira held the glove. Odessa frowned at it.\n\n"
        "'Or you could tell me,' said a voice from the alley.\n\n"
        "Tobias stepped out of the shadows. Mira glared at him. Tobias only grinned.\n\n"
        "'How long have you been there?' Mira demanded."
    )
    assert lines(text) == [("Or you could tell me,", "Tobias"), ("How long have you been there?", "Mira")]


def test_first_person_speech_is_the_narrator():
    text = (
        "I looked at Holmes. Holmes smiled at the fire.\n\n"
        "'Well?' said I.\n\n"
        "'Elementary,' said Holmes.\n\n"
        "'Really?' I asked."
    )
    assert lines(text) == [("Well?", FIRST_PERSON), ("Elementary,", "Holmes"), ("Really?", FIRST_PERSON)]


# --- unattributable lines -------------------------------------------------------------------------


def test_an_unknown_speaker_gets_a_generic_voice_of_the_right_gender():
    assert lines("Nobody was on the pier.\n\n'Stop!' shouted a man.") == [("Stop!", UNKNOWN_MALE)]
    assert lines("Nobody was on the pier.\n\n'Stop!' shouted an old woman.") == [("Stop!", UNKNOWN_FEMALE)]
    assert lines("The pier was empty.\n\n'Stop!'") == [("Stop!", UNKNOWN)]


# --- characters --------------------------------------------------------------------------------


def test_places_and_possessives_are_not_characters():
    text = (
        "The fog came in at Saltmere. Mira walked through Saltmere alone. In Saltmere nobody slept. "
        "Mira's lamp was lit.\n\n"
        "'Hello?' Mira called.\n\n"
        "Odessa came up the hill. Odessa was cold.\n\n"
        "'Only me,' Odessa said."
    )
    doc, cast = analyse(text)
    assert set(doc.characters) == {"Mira", "Odessa"}
    assert cast.resolve("Mira's") == "Mira"
    assert cast.resolve("Saltmere") is None


def test_people_who_never_speak_are_not_in_the_cast_list():
    text = (
        "Lily Ashby and Jem Ashby ran the theatre. Lily was clever. Lily sang every night. Jem mended the puppets.\n\n"
        "Mira found the glove. Mira was worried.\n\n"
        "'Lily's,' Mira said."
    )
    doc, cast = analyse(text)
    assert list(doc.characters) == ["Mira"]
    assert cast.resolve("Ashby") is None  # a surname of two people is no one's


def test_configured_characters_and_aliases_merge_with_those_found():
    text = (
        "Dess and Mira lit the lamps. Mira was slow.\n\n"
        "'Hurry,' said Dess.\n\n"
        "'I am,' Mira said.\n\n"
        "'Hurry more,' Odessa Thorne said."
    )
    doc, _ = analyse(text, configured=[("Odessa", ["Dess", "Odessa Thorne"], "female")])
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Odessa", "Mira", "Odessa"]
    assert doc.characters["Odessa"].lines == 2
    assert doc.characters["Odessa"].gender == "female"


def test_full_names_titles_and_mr_mrs_stay_apart():
    text = (
        "Mr. Hollis and Mrs. Hollis kept the harbour. Mr. Hollis rang the bell. Mrs. Hollis counted the boats. "
        "Tobias Reed watched them. Tobias laughed.\n\n"
        "'Late again,' said Mr. Hollis.\n\n"
        "'Always,' said Mrs. Hollis.\n\n"
        "'Not me,' said Tobias Reed."
    )
    doc, cast = analyse(text)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Mr Hollis", "Mrs Hollis", "Tobias Reed"]
    assert cast.characters["Mr Hollis"].gender == "male"
    assert cast.characters["Mrs Hollis"].gender == "female"


def test_gender_is_inferred_from_the_pronouns_of_a_subject():
    text = (
        "Sakura waited by the gate. She pulled her scarf tighter. Sasori came late. He shook the snow off.\n\n"
        "'Late,' Sakura said.\n\n"
        "'Sorry,' Sasori said."
    )
    doc, _ = analyse(text)
    assert doc.characters["Sakura"].gender == "female"
    assert doc.characters["Sasori"].gender == "male"


def test_the_next_sentences_pronoun_is_the_subjects_past_an_object_named_after_it():
    # 'Rafe caught up with Edie at the gate. He was out of breath.': He is Rafe, though Edie was named last.
    text = (
        "Edie waited by the gate. She had her basket. Rafe caught up with Edie at the gate. He was out of breath.\n\n"
        "'Late,' Edie said.\n\n"
        "'Sorry,' Rafe said."
    )
    doc, _ = analyse(text)
    assert doc.characters["Edie"].gender == "female"
    assert doc.characters["Rafe"].gender == "male"


def test_a_pronoun_about_the_viewpoint_character_does_not_decide_someone_elses_gender():
    # 'Tam dozed on her left': the first pronoun after Tam is Lena's, not his.
    text = (
        "Lena could not sleep. She lay by the dying fire with the blanket pulled up to her chin.\n\n"
        "Tam dozed on her left, his hood over his eyes and his boots still on. Lena envied him. "
        "She had never slept that easily in her life.\n\n"
        "Lena sat up at last. She fed the fire another stick and watched it catch.\n\n"
        "Tomorrow Tam would tease her about the shadows under her eyes. Lena smiled at the thought. "
        "She lay down again.\n\n"
        "'Still awake?' Tam mumbled.\n\n"
        "'Go back to sleep,' Lena said."
    )
    doc, _ = analyse(text)
    assert doc.characters["Lena"].gender == "female"
    assert doc.characters["Tam"].gender == "male"


def test_a_sentence_opening_pronoun_outweighs_a_stray_one():
    # Two women in a scene: Odessa's 'her' may be Mira's, but 'Odessa was quiet. She ...' is Odessa's.
    text = (
        "Mira and Odessa climbed the stairs. Mira was out of breath. She sat down on the top step.\n\n"
        "Odessa was quiet for a while. She looked out at the sea. Odessa pushed herself up at last "
        "and knelt to check his pulse.\n\n"
        "'He's breathing,' Odessa said.\n\n"
        "'Good,' Mira said."
    )
    doc, _ = analyse(text)
    assert doc.characters["Odessa"].gender == "female"


def test_every_decision_says_why():
    doc, _ = analyse(SAKURA_AND_SASORI + "'Hmm,' Sasori muttered.")
    [line] = [s for s in doc.segments if s.kind == "dialogue"]
    assert line.why.startswith("tag after quote")


# --- tags before the quote, descriptions, addressees ----------------------------------------------


def test_the_subject_of_the_last_speech_verb_before_a_quote_speaks():
    text = (
        "Wren and Ottoline sat by the pond. Wren threw a pebble. Ottoline counted the ripples.\n\n"
        "Wren passed the bag to Ottoline, and Ottoline looked inside and said, 'Empty?' "
        "and Wren said, 'Nearly.'\n\n"
        "Ottoline was feeding the ducks and saying 'One more, one more.'"
    )
    assert lines(text) == [("Empty?", "Ottoline"), ("Nearly.", "Wren"), ("One more, one more.", "Ottoline")]


def test_a_finished_question_takes_the_tag_before_it_not_the_one_leading_on():
    text = (
        "Wren and Ottoline sat by the pond. Wren threw a pebble. Ottoline counted the ripples.\n\n"
        "When Wren asked Ottoline, 'Where do they go?' Ottoline said, 'Under the ice.'"
    )
    assert lines(text) == [("Where do they go?", "Wren"), ("Under the ice.", "Ottoline")]


def test_a_pronoun_tag_is_never_the_person_the_line_addresses():
    text = (
        "Marguerite and Elsbeth cleared the table. Marguerite washed. She hummed. Elsbeth dried. She yawned.\n\n"
        "Elsbeth dropped a cup.\n\n"
        "'Careful with those, Elsbeth,' she said."
    )
    assert lines(text) == [("Careful with those, Elsbeth,", "Marguerite")]


def test_a_description_is_remembered_for_the_person_it_was_linked_to():
    text = (
        "Mr. Fenwick, the ferryman, untied the rope. Alys climbed aboard with her basket. Mr. Fenwick pushed off.\n\n"
        "'Mind the step,' said the ferryman.\n\n"
        "'I always do,' Alys said.\n\n"
        "'Sit in the middle,' said the ferryman."
    )
    assert lines(text) == [("Mind the step,", "Mr Fenwick"), ("I always do,", "Alys"), ("Sit in the middle,", "Mr Fenwick")]


def test_someone_the_narration_brings_in_with_a_is_the_one_the_tag_calls_the():
    text = (
        "Odile sat on the bench outside the bakery. After a while an elderly beekeeper, carrying a jar, "
        "came out and sat down beside her.\n\n"
        "'Fine weather,' said the beekeeper.\n\n"
        "'Very,' said Odile.\n\n"
        "'Good for the hives,' said the beekeeper."
    )
    assert lines(text) == [("Fine weather,", "The Beekeeper"), ("Very,", "Odile"), ("Good for the hives,", "The Beekeeper")]


def test_the_man_with_a_long_description_is_someone_new_not_the_last_man():
    # The tag's words stop at 'the man with the'; the words after it ('grey coat') tell him apart from Pell.
    story = (
        "Pell shut the shop at nine. Pell counted the till twice, and Pell yawned. A stranger in a grey coat "
        "waited by the door.\n\n"
        "'We are closed,' said Pell.\n\n"
        "'I know,' said the man with the grey coat. 'I came for the parcel.'\n"
    )
    doc, cast = analyse(story)
    speakers = [s.speaker for s in doc.segments if s.kind == "dialogue"]
    assert speakers[0] == "Pell" and speakers[1] == speakers[2] == "The Man with the Grey Coat"
    assert cast.gender("The Man with the Grey Coat") == "male"


def test_someone_the_narration_brings_in_as_the_subject_is_whom_the_tag_means():
    # 'The ferryman ...' opens a sentence: 'said the ferryman' is him, not Odo, the last man named.
    story = (
        "Odo reached the river at dusk. Odo was tired, and he had no coin. The ferryman leant on his pole and "
        "watched him.\n\n"
        "'Can you take me over?' asked Odo.\n\n"
        "'Not for nothing,' said the ferryman.\n"
    )
    doc, cast = analyse(story)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Odo", "The Ferryman"]


def test_a_description_said_of_someone_as_a_predicate_is_not_a_newcomer():
    text = (
        "Ambrose was a beekeeper. Ambrose and Odile sat on the bench. Odile yawned.\n\n"
        "'Fine weather,' said the beekeeper."
    )
    doc, _ = analyse(text)
    assert "The Beekeeper" not in doc.characters


def test_the_doctor_is_the_latest_person_called_doctor():
    text = (
        "Dr. Quell closed his bag. Tamsin watched him from the door. Dr. Quell frowned.\n\n"
        "'She will sleep now,' said the doctor.\n\n"
        "'Thank you,' Tamsin said."
    )
    assert lines(text) == [("She will sleep now,", "Dr Quell"), ("Thank you,", "Tamsin")]


def test_an_unnamed_official_becomes_a_speaker_of_their_own():
    text = (
        "Tamsin reached the station late. Tamsin ran along the platform.\n\n"
        "'The train has gone,' said the porter.\n\n"
        "'When is the next?' Tamsin asked.\n\n"
        "'Tomorrow,' said the porter."
    )
    doc, _ = analyse(text)
    spoken = [(doc.segment_text(s), s.speaker) for s in doc.segments if s.kind == "dialogue"]
    assert spoken == [("The train has gone,", "The Porter"), ("When is the next?", "Tamsin"), ("Tomorrow,", "The Porter")]
    assert doc.characters["The Porter"].lines == 2


def test_a_role_nouns_own_form_gives_its_sex_an_unmarked_one_only_a_mans_voice():
    from ficaudio.speakers.genders import noun_gender

    assert [noun_gender(w) for w in ("ferryman", "the cabman", "pageboy", "landlady", "housemaid", "fishwife",
                                     "waitress", "schoolgirl", "sea-woman")] == ["male"] * 3 + ["female"] * 6
    assert [noun_gender(w) for w in ("porter", "doctor's clerk", "witness", "human", "stillness", "press")] == [None] * 6
    text = (
        "Tamsin reached the inn at noon. Tamsin paid off the cab.\n\n"
        "'Wet day for it,' said the cabman.\n\n"
        "'Then I wait,' Tamsin said.\n\n"
        "'Tickets first,' said the porter.\n\n"
        "'Here,' Tamsin said.\n\n"
        "'Mind the step,' said the landlady.\n\n"
        "'Steady there,' said Colonel Brace."
    )
    doc, cast = analyse(text)
    assert {n: (c.gender, c.gender_assumed) for n, c in doc.characters.items() if n != "Tamsin"} == {
        "The Cabman": ("male", False), "The Landlady": ("female", False), "The Porter": ("male", True),
        "Colonel Brace": ("male", True)}
    # The porter's is a voice, not a fact the pronouns went by.
    assert cast.gender("The Porter") is None


PELL_AND_OSWIN = (
    "Hester waited in the hall of the mill house. Hester had waited an hour. At last Mr. Pell came down the "
    "stairs. Mr. Pell did not hurry.\n\n"
    "\"You are late,\" said Mr. Pell.\n\n"
    "\"Oswin, I have been here since noon,\" said Hester.\n\n"
    "\"Then you have had time to think,\" said Mr. Pell.\n\n"
    "\"Oswin, please,\" Hester said.\n\n"
    "* * *\n\n"
    "Oswin walked down to the river. Oswin sat on the wall and he lit his pipe.\n\n"
    "\"Cold tonight,\" said Oswin.\n\n"
)


def test_a_titled_speaker_answered_by_a_first_name_is_that_person():
    doc, cast = analyse(PELL_AND_OSWIN)
    assert cast.resolve("Oswin") == cast.resolve("Mr Pell") == "Mr Pell"
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Mr Pell", "Hester"] * 2 + ["Mr Pell"]
    assert doc.characters["Mr Pell"].lines == 3 and "Oswin" not in doc.characters


def test_a_first_name_of_another_surname_or_a_daughter_stays_apart_however_it_is_answered():
    other_surname = PELL_AND_OSWIN.replace("Oswin walked", "Oswin Marsh walked").replace("Oswin sat", "Oswin Marsh sat")
    _, cast = analyse(other_surname)
    assert cast.resolve("Oswin") == "Oswin" and cast.resolve("Mr Pell") == "Mr Pell"
    # 'Mrs Pell' answered 'Bryony' is not Bryony when the text calls Bryony 'Miss Bryony': her daughter.
    mother = (PELL_AND_OSWIN.replace("Mr.", "Mrs.").replace("Oswin", "Bryony").replace("he lit his", "she lit her")
              .replace("Bryony sat", "Miss Bryony sat"))
    _, cast = analyse(mother)
    assert cast.resolve("Bryony") == "Bryony" and cast.resolve("Mrs Pell") == "Mrs Pell"
    _, cast = analyse(mother.replace("Miss Bryony sat", "Bryony sat"))
    assert cast.resolve("Bryony") == cast.resolve("Mrs Pell")


ADA_WREN = (
    "Ada Wren kept the shop on the corner. Ada Wren opened it at seven, and she closed it at six. The carter's boy "
    "called her Miss Ada.\n\n"
    "Miss Wren counted the till. Ada frowned at the total; she counted again.\n\n"
    "\"Short again,\" said Miss Wren.\n\n"
    "Tobin came in with the flour. Miss Wren watched him stack it. Ada said nothing for a while.\n\n"
    "\"Two sacks,\" said Tobin.\n\n"
    "\"Three were ordered,\" said Ada.\n\n"
    "Miss Wren sighed. Ada wrote it down in her book.\n\n"
    "\"Tomorrow, then,\" said Miss Wren.\n\n"
)


def test_an_only_daughter_called_miss_ada_is_still_miss_wren():
    # 'Miss Ada' marks a younger sister only where there are sisters: here Miss Wren is Ada, however
    # often the narration names her both ways in one paragraph.
    doc, cast = analyse(ADA_WREN)
    assert cast.resolve("Miss Wren") == "Ada"
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Ada", "Tobin", "Ada", "Ada"]
    sisters = ADA_WREN.replace("Tobin came in", "Her sister Clara Wren stayed upstairs. Clara Wren never served. Tobin came in")
    _, cast = analyse(sisters)
    assert cast.resolve("Miss Wren") == "Miss Wren"


def test_a_name_and_its_pet_form_are_one_person_unless_named_side_by_side():
    from ficaudio.speakers.discover import _pet_name_of

    assert [_pet_name_of(a, b) for a, b in (("Kit", "Kitty"), ("Ann", "Annie"), ("Tess", "Tessie"), ("Bert", "Berty"),
                                            ("Ned", "Neddy"), ("Jo", "Joey"), ("Tess", "Tessa"), ("Rob", "Robert"))] == [
        True, True, True, True, True, False, False, False]
    story = (
        "Bram mended the nets on the quay. Bram whistled as he worked. Tess brought the tea, and she sat beside "
        "him.\n\n"
        "'Cold,' said Tess.\n\n"
        "'Colder tomorrow,' said Bram.\n\n"
        "Later Tessie walked home alone. Tessie stopped at the bridge, and she looked back.\n\n"
        "'Goodnight,' said Tessie.\n"
    )
    assert _cast_of(story) == {"Bram": [], "Tessie": ["Tess"]}
    mother_and_daughter = story + "".join(f"\nTess called to her daughter; Tessie {v}.\n" for v in ("ran", "waved", "sang"))
    assert _cast_of(mother_and_daughter) == {"Bram": [], "Tess": [], "Tessie": []}


def test_an_epithet_before_a_name_is_no_one_new():
    story = (
        "Horace Talbot kept the bank at the crossroads. Horace Talbot counted slowly, and he hummed.\n\n"
        "'Next,' said Talbot.\n\n"
        "Old Horace looked up at the clock. Old Horace sighed.\n\n"
        "'Closing time,' said Old Horace.\n"
    )
    assert _cast_of(story) == {"Talbot": ["Horace Talbot", "Old Horace"]}
    # Two men called Horace: which of them is old the text does not say.
    other = "\nHorace Pym came in late. Horace Pym shook the rain off, and he grinned.\n\n'Not yet,' said Horace Pym.\n"
    assert "Old Horace" in _cast_of(story + other)


def test_mr_x_and_a_bare_surname_join_the_one_man_of_that_name():
    text = (
        "Hector Vane came home at dusk. Hector Vane hung up his coat. Mrs. Vane was reading; she did not look up. "
        "Mr. Vane sighed.\n\n"
        "'Any letters?' said Vane.\n\n"
        "'None,' said Mrs. Vane.\n\n"
        "'Good,' said Mr. Vane."
    )
    doc, cast = analyse(text)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Hector Vane", "Mrs Vane", "Hector Vane"]
    assert cast.resolve("Vane") == "Hector Vane"
    assert cast.resolve("Mrs Vane") == "Mrs Vane"


def test_a_word_that_only_opens_sentences_before_dialogue_is_not_a_character():
    # 'Years ago...' sits where an action beat does ('Nell knelt...'), but a name is
    # also seen mid-sentence; such a word never is.
    story = (
        "The path climbed for an hour. Further on they found the well.\n\n"
        "'Is it dry?'\n\n"
        "Nell knelt by the stones and looked down. Years ago the village had drunk from it.\n\n"
        "'Bone dry,' said Nell.\n\n"
        "The wind rose. Further on the path split in two.\n\n"
        "'Left or right?' Bram asked.\n\n"
        "Nell shrugged, and Bram chose for both of them.\n"
    )
    doc, cast = analyse(story)
    assert "Years" not in cast.characters
    assert {"Nell", "Bram"} <= set(cast.characters)
    assert [who for _, who in lines(story)][1:] == ["Nell", "Bram"]


def test_every_spoken_line_names_the_rule_that_chose_its_speaker():
    from ficaudio.speakers.decision import RULES, rule_of

    doc, _ = analyse(
        SAKURA_AND_SASORI
        + "'You're late,' said Sakura.\n\n'The pass was snowed in,' he said.\n\n'Again?'\n\n'Again.'\n"
    )
    spoken = [s for s in doc.segments if s.kind in ("dialogue", "thought")]
    ids = [rule_of(s).id for s in spoken]
    assert ids == ["tag-after:name", "tag-after:pronoun", "turn-taking", "turn-taking"]
    assert [s.speaker for s in spoken] == ["Sakura", "Sasori", "Sakura", "Sasori"]
    # A named tag is trusted more than a pronoun, and both more than nothing.
    by_id = {r.id: r for r in RULES}
    assert by_id["tag-after:name"].precision > by_id["tag-after:pronoun"].precision > by_id["unattributed"].precision


def test_a_sentence_opener_is_not_glued_to_the_name_after_it():
    story = (
        "Although Oliver had promised to wait, the quay was empty. It was cold, although the sun was up.\n\n"
        "'Late again,' said Oliver, stepping out of the shed.\n\n"
        "Although Oliver smiled, his eyes did not. The gulls were loud, although nobody fed them.\n\n"
        "'The tide turned early,' Oliver said.\n"
    )
    doc, cast = analyse(story)
    assert "Oliver" in cast.characters
    assert not any(n.startswith("Although") for c in cast.characters.values() for n in [c.name, *c.aliases])
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Oliver", "Oliver"]


def test_a_first_person_narrator_is_named_by_how_others_address_them():
    # Marguerite is talked about in every other line; the narrator is the one others call 'Wren'.
    exchanges = []
    for n in range(10):
        exchanges.append(
            f"Tobin was at the window again, morning {n + 1}.\n\n"
            f"'Have you seen Marguerite?' Tobin asked. 'I think Marguerite has the keys, and Marguerite is late.'\n\n"
            f"'Not since the fair,' I said.\n\n"
            f"'Then find her, Wren,' said Tobin.\n\n"
        )
    doc, cast = analyse("".join(exchanges))
    assert cast.first_person and cast.narrator == "Wren"
    mine = [s for s in doc.segments if s.kind == "dialogue" and doc.segment_text(s).startswith("Not since")]
    assert mine and all(s.speaker == "Wren" for s in mine)
    assert "Marguerite" not in {s.speaker for s in doc.segments if s.kind == "dialogue"}


def test_miss_and_her_first_name_are_one_woman_and_mrs_is_her_mother():
    parts = []
    for n in range(4):
        parts.append(
            f"Adela Quested crossed the square on day {n + 1}. Adela carried her own umbrella, and she kept "
            "it furled.\n\nMiss Quested never hurried; she liked the heat. Mrs. Quested watched from the hotel "
            "steps; she had brought her shawl.\n\n"
            "'You will catch cold, Adela,' said Mrs. Quested.\n\n"
            "'I never do,' said Miss Quested.\n\n"
        )
    doc, cast = analyse("".join(parts))
    adela = cast.resolve("Adela")
    assert adela and cast.resolve("Miss Quested") == adela and cast.resolve("Adela Quested") == adela
    assert cast.resolve("Mrs Quested") not in (None, adela)


def test_her_mother_is_the_mrs_of_her_family():
    story = (
        "Jenny Fenwick came down late. Jenny had slept badly, and she pushed her hair back. Mrs. Fenwick had "
        "not slept either. Mrs. Fenwick was at the table. Mrs. Tarrant had called early and was eating toast.\n\n"
        "'You look pale, Jenny,' said Mrs. Tarrant.\n\n"
        "'I am quite well,' said Jenny.\n\n"
        "'She read until two,' said her mother. 'I saw the candle.'\n"
    )
    doc, _ = analyse(story)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == [
        "Mrs Tarrant", "Jenny", "Mrs Fenwick", "Mrs Fenwick"
    ]


def test_her_husband_is_the_man_of_her_surname_she_was_talking_to_not_another_man():
    # 'replied her husband' after Mrs. Lindqvist spoke: her husband, not Colonel Ferrabee, who was named last.
    story = (
        "Oskar Lindqvist read the paper by the window; Oskar read it every evening, and Oskar Lindqvist never "
        "hurried. Mrs. Lindqvist sewed, and she hummed. Colonel Ferrabee stood at the fire; Colonel Ferrabee had "
        "come to dine.\n\n"
        "'The rain will stop by six,' said Mrs. Lindqvist.\n\n"
        "'It will not,' replied her husband, without looking up.\n"
    )
    doc, _ = analyse(story)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Mrs Lindqvist", "Oskar Lindqvist"]


def test_his_sister_is_a_woman_of_his_surname_in_the_scene():
    # Not the other woman present (Maud Orrin), nor a Miss of another family.
    story = (
        "Tobias Venn and Clara Venn walked with Maud Orrin along the quay. Maud talked of boats; Clara listened, "
        "and Clara Venn smiled at her brother. Tobias Venn watched the gulls, and Maud Orrin watched Tobias.\n\n"
        "'We should turn back,' said Tobias.\n\n"
        "'Not yet,' cried his sister. 'The light is lovely.'\n"
    )
    doc, _ = analyse(story)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Tobias", "Clara Venn", "Clara Venn"]


def test_a_mother_is_never_the_daughter_who_shares_her_surname():
    # Miss Brightwell is the daughter; 'her mother' is the Mrs of the family.
    story = (
        "Mrs. Brightwell and Miss Brightwell sat in the garden. Miss Brightwell had a book; she read aloud. "
        "Mrs. Brightwell knitted.\n\n"
        "'Shall I go on?' asked Miss Brightwell.\n\n"
        "'Yes, dear,' said her mother.\n"
    )
    doc, _ = analyse(story)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Miss Brightwell", "Mrs Brightwell"]


def test_a_turn_told_in_the_narration_is_answered_by_the_other_person():
    # 'Maren agreed that it might.' is Maren's turn, told: the next untagged line is Jory's, not hers.
    story = (
        "Maren and Jory sat on the harbour wall. Maren watched the boats; Jory counted the gulls.\n\n"
        "'It might rain tonight,' said Jory.\n\n"
        "'The fleet is late,' said Maren.\n\n"
        "'Then we wait,' said Jory. 'Unless the wind turns.'\n\n"
        "Maren agreed that it might.\n\n"
        "'I will fetch the lamps, then.'\n"
    )
    doc, _ = analyse(story)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"][-1] == "Jory"


def test_a_question_told_in_full_in_the_narration_is_a_turn_too():
    # 'Maren asked whether the St. Brigid fleet was late.' is too long to announce a line: it is her turn,
    # told; the answer is Jory's.
    story = (
        "Maren and Jory sat on the harbour wall. Maren watched the boats; Jory counted the gulls.\n\n"
        "'It might rain tonight,' said Jory.\n\n"
        "'The wind is from the west,' said Maren.\n\n"
        "'Then we wait,' said Jory. 'Unless it turns.'\n\n"
        "Maren asked whether the St. Brigid fleet from the northern banks was late again.\n\n"
        "'An hour, no more. They always are.'\n"
    )
    doc, _ = analyse(story)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"][-1] == "Jory"


@pytest.mark.parametrize("leaving", ["Bram bowed, and departed with the lantern.", "Bram fled."])
def test_whoever_the_narration_sees_leave_is_not_the_next_reply(leaving):
    # Bram bows and departs (or flees): the reply to Nell's line is Tam's, the one still there, not the latest other.
    story = (
        "Nell, Tam and Bram waited at the gate. Bram held the lantern; Tam held the keys.\n\n"
        "'Is it locked?' said Tam.\n\n"
        "'Always,' said Bram. 'I shall tell the warden.'\n\n"
        f"{leaving}\n\n"
        "'He is very grand tonight,' said Nell.\n\n"
        "'He has a new coat.'\n"
    )
    doc, _ = analyse(story)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"][-1] == "Tam"


def test_a_question_told_with_its_teller_far_from_the_verb_is_a_turn():
    # 'Maren, at Jory's request, read the note twice, and began to inquire into ...': her turn, told; Jory answers.
    story = (
        "Maren and Jory sat on the harbour wall. Maren watched the boats; Jory counted the gulls.\n\n"
        "'It might rain tonight,' said Jory.\n\n"
        "'The wind is from the west,' said Maren.\n\n"
        "'Then we wait,' said Jory. 'Unless it turns.'\n\n"
        "Maren, at Jory's request, read the harbourmaster's note twice, and began to inquire into the tides.\n\n"
        "'High at nine. Low at three.'\n"
    )
    doc, _ = analyse(story)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"][-1] == "Jory"


def test_a_relative_the_narration_names_by_pronoun_is_mentioned_there(monkeypatch):
    # 'Nell went up to her mother again' names Mrs Harker: the reply to Nell's next line is hers, not that of
    # Mrs Dunn, who was named last by name. As in a novel: the weights for short texts (fics) weigh this exchange
    # the other way round (Mrs Harker, then Nell), a miss they were measured to make up for on the fic sets.
    from ficaudio.speakers import ranker

    monkeypatch.setattr(ranker, "is_short", lambda text: False)
    story = (
        "Nell Harker and Mrs Harker sat in the kitchen; Mrs Dunn had gone to the village.\n\n"
        "'The roof leaks,' said Nell.\n\n"
        "'Then mend it,' said Mrs Harker.\n\n"
        "'I'll go and fetch the ladder,' said Nell.\n\n"
        "An hour passed. Mrs Dunn had still not come back from the village, and Nell went up to her mother again.\n\n"
        "'It's mended, but the ladder is broken.'\n\n"
        "'Then we'll buy another.'\n"
    )
    doc, _ = analyse(story)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"][-2:] == ["Nell", "Mrs Harker"]


def test_a_name_seen_after_in_from_and_through_is_a_place():
    text = "".join(
        f"Chapter {i}\n\n'We go in the spring,' said Nell. Bram nodded. Life in Arvenland was slow; letters "
        f"from Arvenland were rare. Arvenland's hills were green; Arvenland's rivers were cold, and "
        f"Arvenland slept. Then Arvenland woke.\n\n"
        f"'Ask Bram,' said Nell.\n\n'Ask Nell,' said Bram.\n\n" + "The rain fell on the fields. " * 110 + "\n\n"
        for i in range(1, 8)
    )
    _, cast = analyse(text)
    assert "Arvenland" not in cast.characters and {"Nell", "Bram"} <= set(cast.characters)


def test_a_word_capitalised_only_to_open_a_sentence_is_no_character():
    # 'Thus called upon, Nell ...' looks like a name before a speech verb; the text writes 'thus' in lower
    # case elsewhere and never capitalises it mid-sentence.
    story = (
        "Thus called upon to choose, Nell answered at once: 'It is late.'\n\n"
        "It was thus that the day went, and thus the evening. Thus talking, they walked home.\n\n"
        "'Very late,' said Bram, and thus it ended.\n\n"
        "'Goodnight, then,' said Nell.\n"
    )
    _, cast = analyse(story)
    assert "Thus" not in cast.characters and {"Nell", "Bram"} <= set(cast.characters)


def test_her_partner_leading_into_a_line_is_not_her():
    # 'Her partner drew near, and said,': not Ada (the 'her', the only one the paragraph names); Tom.
    story = (
        "Ada and Tom danced the first set. Ada laughed at the fiddler; Tom trod on her foot twice, and she "
        "forgave him.\n\n"
        "'You dance like a bear,' said Ada.\n\n"
        "'Bears dance very well,' said Tom.\n\n"
        "The set ended, and Ada went to fetch a cup of punch. The fiddler tuned his strings. Her partner drew "
        "near, and said, 'Shall we try again?'\n"
    )
    doc, _ = analyse(story)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Ada", "Tom", "Tom"]


def test_a_name_s_relative_in_a_tag_is_the_relative_even_with_the_apostrophe_lost():
    # 'answered Posy s mamma' (a download that dropped its apostrophes): Mrs. Quill, not Posy.
    story = (
        "Posy Quill and Mrs. Quill sat under the awning. Posy fanned herself; Mrs. Quill read the paper. "
        "Posy Quill was bored, and Mrs. Quill was not.\n\n"
        "'It is too hot to walk,' said Posy.\n\n"
        "'Then we shall sit,' answered Posy s mamma.\n"
    )
    doc, _ = analyse(story)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Posy", "Mrs Quill"]


def test_a_new_sentence_telling_what_someone_said_is_not_the_lines_tag():
    # '"..." Bryn said nothing.' -- Bryn did not say the line; Hollis did.
    story = (
        "Hollis and Bryn waited at the gate. Hollis kicked a stone; Bryn watched the road.\n\n"
        "'They will not come,' said Bryn.\n\n"
        "'They promised.' Bryn said nothing.\n"
    )
    doc, _ = analyse(story)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Bryn", "Hollis"]


def test_she_in_an_announcement_is_weighed_like_she_in_a_tag():
    # 'and at last she said--' ending the paragraph before the line: by rule the last woman named (Nell, to whom
    # the letter went); weighed like a tag's 'she' (the pronoun ranker), Jo, who has been reading it.
    story = (
        "Nell and Jo sat by the fire. Jo had a letter, and Nell watched her read it.\n\n"
        "'Well?' said Nell.\n\n"
        "'Wait.'\n\n"
        "Jo read it twice, then folded it and handed it to Nell, and at last she said--\n\n"
        "'He is coming home.'\n"
    )
    doc, _ = analyse(story)
    last = [s for s in doc.segments if s.kind == "dialogue"][-1]
    assert last.speaker == "Jo" and last.why.startswith("announced before")


def test_mrs_and_a_mans_full_name_is_his_wife_not_him():
    pytest.importorskip("gender_guesser")  # a man's first name is known from its table (the `names` extra)
    parts = []
    for n in range(3):
        parts.append(
            f"Walter Brisk came home on day {n + 1}. Walter Brisk hung up his coat. Mrs. Walter Brisk was in the "
            "kitchen; Mrs. Brisk had made soup.\n\n"
            "'Soup again,' said Walter Brisk.\n\n"
            "'You like soup,' said Mrs. Brisk.\n\n"
        )
    _, cast = analyse("".join(parts))
    walter, wife = cast.resolve("Walter Brisk"), cast.resolve("Mrs Walter Brisk")
    assert walter and wife and walter != wife and cast.resolve("Mrs Brisk") == wife


def test_whom_a_tag_says_the_line_is_asked_of_by_pronoun_answers_it():
    # 'she asked him': the man she asked (Edmund, who just caught up), not the last man who spoke.
    story = ("Edie walked home alone. Edie had not gone far before Edmund overtook her on the path.\n\n"
             "'Sometimes I think she is capricious,' said Mrs. Lark, far behind.\n\n"
             "'I know she is,' said Mr. Pell.\n\n"
             "Edmund caught up with Edie at the gate. He was out of breath. He grinned at her.\n\n"
             "'Did you think I was afraid?' she asked him.\n\n"
             "'No; I knew you were not afraid.'\n")
    doc, _ = analyse(story)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"][-2:] == ["Edie", "Edmund"]


def test_a_name_cut_short_calls_the_one_person_whose_first_name_it_begins():
    # 'It's not finished, Ness.' calls Nessa: the next untagged line is hers, not the alternation's.
    story = (
        "Nessa, Theo and Bea sat at the piano. Nessa played; Theo turned the pages; Bea listened.\n\n"
        "'That is the new song,' said Bea.\n\n"
        "'It is lovely,' said Theo. 'It's not finished, Ness.'\n\n"
        "'I know. Play the bit that is.'\n"
    )
    doc, _ = analyse(story)
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"][-1] == "Nessa"


def test_a_thought_past_its_tag_is_the_same_thinkers():
    text = (
        "Ivo and Tamsin waited at the pier. Tamsin watched the water; she never liked waiting.\n\n"
        "'The boat is late,' said Ivo.\n\n"
        "Not again, Tamsin thought, the wind cold on her neck; I should have stayed home.\n"
    )
    doc, _ = analyse(text)
    thoughts = [(doc.segment_text(s), s.speaker) for s in doc.segments if s.kind == "thought"]
    assert thoughts == [("Not again,", "Tamsin"), ("I should have stayed home.", "Tamsin")]


def test_a_title_before_a_first_name_joins_the_full_name_with_that_title():
    parts = []
    for n in range(4):
        parts.append(
            f"Sir Roland Ashcombe rose early on day {n + 1}; Sir Roland liked the cold. Nell Ashcombe and "
            "Sir Roland walked to the pier, and the Ashcombe dogs ran ahead.\n\n"
            "'Cold,' said Sir Roland.\n\n"
            "'Bitter,' said Nell.\n\n"
        )
    parts.append("The heir, Edmund Roland Ashcombe, never came.\n\n")
    _, cast = analyse("".join(parts))
    assert cast.resolve("Sir Roland") == cast.resolve("Sir Roland Ashcombe") is not None


def test_a_role_named_with_its_article_gets_the_gender_of_its_pronouns():
    text = (
        "Odile and the Professor sat by the stove. The Professor shook his head. The Professor lit his pipe, "
        "and he smoked in silence.\n\n"
        "'No,' said the Professor.\n\n"
        "'Why not?' said Odile.\n\n"
    )
    doc, cast = analyse(text)
    professor = next(s.speaker for s in doc.segments if s.kind == "dialogue")
    assert professor == "The Professor"
    assert cast.characters[professor].gender == "male"


def test_the_last_speech_verb_before_a_quote_leads_into_it():
    text = (
        "Hana and Yuki packed the car. Hana was quick; Yuki was careful.\n\n"
        "'Done!' called Hana, while Yuki, frowning at the boot, said: 'Not quite.'\n\n"
    )
    assert lines(text) == [("Done!", "Hana"), ("Not quite.", "Yuki")]


def test_a_paragraph_ending_in_an_announcement_gives_the_next_its_speaker():
    text = (
        "Matteo and Rosa drove north. Rosa watched the hills.\n\n"
        "'You're quiet,' said Rosa.\n\n"
        "'I like the hills,' said Matteo. 'Always have.' Then, after a while, Matteo added:\n\n"
        "'And the quiet.'\n\n"
    )
    assert lines(text)[-1] == ("And the quiet.", "Matteo")


def test_the_stranger_is_a_speaker_of_their_own_not_the_latest_man():
    text = (
        "Tomas kept the inn. Tomas wiped the counter as the door opened.\n\n"
        "'A room,' said the stranger.\n\n"
        "'For how long?' said Tomas.\n\n"
        "'A week,' said the stranger.\n\n"
    )
    speakers = [s for _, s in lines(text)]
    assert speakers[0] == speakers[2] != "Tomas" and speakers[1] == "Tomas"


def test_a_capitalised_voice_is_someone_the_story_names_not_an_unnamed_voice():
    text = (
        "Pell sat alone on the bench. Pell heard nothing but the wind.\n\n"
        "'Sit still,' said the Voice.\n\n"
        "'Who is there?' said Pell.\n\n"
        "'A friend,' said the Voice.\n\n"
    )
    doc, cast = analyse(text)
    speakers = [s.speaker for s in doc.segments if s.kind == "dialogue"]
    assert speakers == ["The Voice", "Pell", "The Voice"]


def test_a_paragraph_ending_in_a_dash_announces_whom_it_heard_speak():
    text = (
        "Wren and Ottilie sat with Colonel Ash by the fire. Colonel Ash filled his pipe.\n\n"
        "'More tea?' said Wren.\n\n"
        "'Please,' said Ottilie.\n\n"
        "Anxious to be heard over the kettle, Colonel Ash turned from Wren, and said--\n\n"
        "'We leave at dawn.'\n\n"
    )
    assert lines(text)[-1] == ("We leave at dawn.", "Colonel Ash")


def test_a_bare_first_name_is_not_the_man_always_called_sir_by_it():
    parts = []
    for n in range(3):
        parts.append(
            f"Sir Hugh Carrow called on day {n + 1}; Sir Hugh liked to talk. Hugh Dennet and Mrs Hugh Dennet "
            "sat with him, and Hugh Dennet poured the wine.\n\n"
            "'A fine year,' said Sir Hugh.\n\n"
            "'For some,' said Hugh.\n\n"
        )
    doc, cast = analyse("".join(parts))
    assert cast.resolve("Hugh") == cast.resolve("Hugh Dennet") != cast.resolve("Sir Hugh")
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"][:2] == [cast.resolve("Sir Hugh"), cast.resolve("Hugh Dennet")]


def test_a_person_the_story_brings_in_with_a_is_a_speaker_of_their_own():
    text = (
        "Bram and Ivo argued over the map at the station. Bram jabbed at the river.\n\n"
        "'North,' said Bram.\n\n"
        "'South,' said Ivo.\n\n"
        "'Neither,' said a girl opposite. 'The bridge is down.'\n\n"
    )
    doc, cast = analyse(text)
    last = [s for s in doc.segments if s.kind == "dialogue"][-1]
    assert last.speaker == "A Girl Opposite"
    assert cast.characters["A Girl Opposite"].gender == "female"


def test_an_opening_line_is_by_whom_the_reply_calls_by_name():
    text = (
        "Orla sat by the stove, and Orla did not look up. Tessa found the kitchen cold. Tessa put down "
        "her bag.\n\n"
        "'So you came after all.'\n\n"
        "'I said I would, Orla,' said Tessa.\n\n"
    )
    assert lines(text)[0] == ("So you came after all.", "Orla")


def test_a_beat_that_says_someone_was_silent_does_not_make_them_the_speaker():
    text = (
        "Nina and Joss walked home. Joss kicked a stone along the kerb.\n\n"
        "'You could have told me,' said Nina.\n\n"
        "'I know,' said Joss.\n\n"
        "Joss was silent, and looked at the river. 'Then why didn't you?'\n\n"
    )
    # The beat's subject said nothing: the line is the other person's turn.
    assert lines(text)[-1] == ("Then why didn't you?", "Nina")


def test_a_paragraph_ending_on_a_second_speaker_is_answered_by_the_first():
    text = (
        "Hana and Yuki packed the car. Hana was quick; Yuki was careful.\n\n"
        "'Done!' called Hana, while Yuki, frowning at the boot, said: 'Not quite.'\n\n"
        "'Then finish it.'\n\n"
    )
    assert lines(text)[-1] == ("Then finish it.", "Hana")


def test_a_story_told_over_several_paragraphs_is_one_turn_for_a_later_tag():
    # Counted paragraph by paragraph, alternation back from the tag gave every other paragraph
    # of Nell's story to Bram; the paragraphs her unclosed quotation runs on into are one turn.
    text = (
        "Nell and Bram sat by the fire.\n\n"
        "'There was a house by the marsh.\n\n"
        "'It had a red door, and nobody used it.\n\n"
        "'Then one winter it burned.'\n\n"
        "'And the door?' asked Bram."
    )
    said = lines(text)
    assert [text for text, _ in said] == [
        "There was a house by the marsh.", "It had a red door, and nobody used it.", "Then one winter it burned.",
        "And the door?",
    ]
    story = {speaker for _, speaker in said[:3]}
    assert len(story) == 1 and "Bram" not in story  # one voice for the whole story, not the listener's
    assert said[3][1] == "Bram"


def test_a_first_name_two_people_share_is_the_one_in_the_scene():
    # 'Charles' is no one's name alone here (Charles Penrose, Charles Ivers); in a scene where Charles
    # Ivers is talking, 'said Charles' is him.
    text = (
        "Charles Penrose kept the mill. Charles Ivers kept the inn. Ada Marsh kept the books.\n\n"
        "* * *\n\n"
        "Ada Marsh found Charles Ivers at the inn door.\n\n"
        "'You are late,' said Charles Ivers.\n\n"
        "'The road was bad,' said Ada Marsh.\n\n"
        "'It always is,' said Charles.\n\n"
        "* * *\n\n"
        "Ada Marsh walked on to the mill, where Charles Penrose was waiting.\n\n"
        "'Flour?' said Charles Penrose.\n\n"
        "'Two sacks,' said Ada Marsh.\n\n"
        "'Take three,' said Charles."
    )
    said = lines(text)
    assert said[2] == ("It always is,", "Charles Ivers")
    assert said[5] == ("Take three,", "Charles Penrose")


def test_a_paragraph_broken_off_before_the_quote_announces_its_speaker():
    # 'and then Bram said in a low voice' runs on into the next paragraph's quotation: Bram speaks it,
    # not whoever alternation would give it to.
    text = (
        "Nell met Bram and Tam on the bridge.\n\n"
        "'Cold,' said Tam.\n\n"
        "'Very,' said Nell.\n\n"
        "There was a long silence, and then Bram said in a low, tired voice\n\n"
        "'We should go back.'"
    )
    assert lines(text)[-1] == ("We should go back.", "Bram")


def test_whom_the_narration_turns_to_is_a_ranker_fact():
    # 'Tam looked at Bram. "...?" he asked': the one looked at is spoken to, as a rule (the shipped
    # pronoun weights hold it against him).
    from ficaudio.speakers import ranker

    text = (
        "Tam met Bram on the bridge.\n\n"
        "'Cold,' said Tam.\n\n"
        "'Very,' said Bram.\n\n"
        "Tam looked at Bram for a while. 'Shall we go?' he asked."
    )
    ranker.PRONOUN_RECORD = []
    try:
        said = lines(text)
        recorded = ranker.PRONOUN_RECORD
    finally:
        ranker.PRONOUN_RECORD = None
    _, pool, vectors = recorded[-1]
    facts = {name: dict(zip(ranker.PRONOUN_FEATURES, v)) for name, v in zip(pool, vectors)}
    assert facts["Bram"]["turned_to"] == 1.0 and facts["Tam"]["turned_to"] == 0.0
    assert facts["Bram"]["in_scene"] == 1.0 and facts["Tam"]["in_scene"] == 1.0
    assert said[-1] == ("Shall we go?", "Tam")


def _cast_of(text: str) -> dict[str, list[str]]:
    doc, _ = analyse(text)
    return {name: sorted(c.aliases) for name, c in doc.characters.items()}


_MISS_STORY = (
    "CHAPTER ONE: Miss Nell Ashcombe Goes to Town\n\n"
    "Nell waited at the gate. Nell was cold, and she stamped her feet. Orla came out of the house. "
    "Orla said nothing, and she took Nell's arm.\n\n"
    "'You are late,' said Miss Ashcombe to the driver.\n\n"
    "'The road was bad,' said the driver. Miss Ashcombe sighed, and Nell laughed.\n\n"
    "'Then we shall be late too,' said Orla.\n\n"
    "Miss Ashcombe climbed in first, and Nell followed her.\n\n"
    "'Sit by me, Orla,' said Nell. Miss Ashcombe looked at her, and Nell looked away.\n"
)
"""The narrator names her 'Miss Ashcombe' and 'Nell' in one paragraph three times: one woman or two."""


def test_miss_and_the_first_name_the_text_ties_to_her_surname_are_one_woman():
    cast = _cast_of(_MISS_STORY)
    assert "Miss Ashcombe" not in cast
    assert "Miss Ashcombe" in cast["Nell"]


def test_miss_x_stays_apart_from_a_younger_daughter_called_miss_and_her_first_name():
    # 'Miss Nell' is a younger daughter's form where the family has daughters ('the Miss Ashcombes');
    # an only daughter called so is still Miss Ashcombe (test_an_only_daughter_called_miss_ada_is_still_miss_wren).
    story = _MISS_STORY + "\n'Good morning, Miss Nell,' said the driver. The Miss Ashcombes were always early.\n"
    cast = _cast_of(story)
    assert "Miss Ashcombe" in cast and "Miss Ashcombe" not in cast["Nell"]
    cast = _cast_of(_MISS_STORY + "\n'Good morning, Miss Nell,' said the driver.\n")
    assert "Miss Ashcombe" in cast["Nell"]


_CREELS = (
    "Jonah Creel came in from the field. Jonah Creel kicked off his boots. Wenna Creel was at the stove, and she "
    "did not turn round.\n\n"
    "'Supper?' said Jonah.\n\n"
    "'When it is ready,' said Mrs. Creel.\n\n"
    "'I only asked,' said Jonah. Wenna laughed at him.\n\n"
    "'Sit down, then,' said Wenna.\n"
)


def test_mrs_x_is_the_one_woman_of_the_name_beside_a_man_of_it_who_is_never_miss():
    assert _cast_of(_CREELS) == {"Jonah": ["Creel", "Jonah Creel"], "Wenna": ["Mrs Creel", "Wenna Creel"]}
    # A 'Miss Wenna' is a daughter, not Mrs Creel; with no man Creel, Mrs Creel may be anyone's mother.
    for story in (_CREELS.replace("Wenna laughed", "Miss Wenna laughed"), _CREELS.replace("Jonah Creel", "Jonah Pike")):
        cast = _cast_of(story)
        assert "Mrs Creel" in cast and "Mrs Creel" not in cast["Wenna"]
    # A bare 'Creel' two men and a woman hold is one of the men's ('said Creel'), as the convention has it.
    from ficaudio.speakers.cast import Cast

    cast = Cast()
    cast.add("Jonah", ["Jonah Creel"], "male")
    cast.add("Abel", ["Abel Creel"], "male")
    cast.add("Wenna", ["Wenna Creel", "Mrs Creel"], "female")
    assert cast.sharing("Creel") == ["Jonah", "Abel"]
    cast.characters["Abel"].gender = cast.characters["Jonah"].gender = None
    cast.add("Tam")  # any change to the cast recomputes what it shares
    assert cast.sharing("Creel") == ["Jonah", "Abel", "Wenna"]


def test_mrs_x_stays_apart_from_the_one_woman_of_the_name():
    # Measured on the dev corpus: 'Mrs Vane' is Sibyl Vane's mother, never named beside her; merging
    # a 'Mrs X' into the one woman 'F X' put a mother and her daughter in one voice.
    story = (
        "Ada Brennick sat by the fire. Ada was tired, and she yawned. Pip came in with the post. Pip was nine, "
        "and he whistled.\n\n"
        "'Anything for me?' said Ada.\n\n"
        "'Two letters,' said Pip. Mrs. Brennick held out her hand.\n\n"
        "'Give them here,' said Mrs. Brennick.\n\n"
        "She opened the first. Mrs. Brennick frowned at the stamp.\n"
    )
    cast = _cast_of(story)
    assert "Mrs Brennick" in cast and "Mrs Brennick" not in cast["Ada"]


def test_a_bare_title_is_the_one_character_who_bears_it():
    from ficaudio.speakers.cast import Cast
    from ficaudio.speakers.discover import _bare_titles

    cast = Cast()
    for name, aliases in (("Colonel", []), ("Colonel Saunders", ["Saunders"]), ("Captain", []),
                          ("Captain Ives", []), ("Captain Rook", [])):
        cast.add(name, aliases)
    _bare_titles(cast)
    assert "Colonel" not in cast.characters and cast.resolve("Colonel") == "Colonel Saunders"
    assert "Captain" in cast.characters  # two captains: 'Captain' alone is neither


def test_a_first_names_usual_gender_decides_only_where_the_pronouns_do_not():
    pytest.importorskip("gender_guesser")
    story = (
        "Evie and Bram stood at the stall. Evie counted the coins twice.\n\n"
        "'We have enough,' said Evie.\n\n"
        "'For one,' said Bram.\n\n"
        "Jacky came over from the fountain. Jacky pushed back her hat, and she laughed at them.\n\n"
        "'Share it,' said Jacky.\n"
    )
    doc, _ = analyse(story)
    genders = {name: c.gender for name, c in doc.characters.items()}
    assert genders["Evie"] == "female"  # no pronoun of her own: the name's usual gender
    assert genders["Jacky"] == "female"  # a name mostly a man's, but the story says 'she'


def test_a_title_and_surname_is_the_man_whose_full_name_bears_that_title():
    # 'Captain Fenwick' is 'Captain Oswald Fenwick', though a Lady Fenwick also bears the surname.
    story = (
        "Captain Oswald Fenwick came home from the sea in June. Nobody at the rectory had expected him.\n\n"
        "'You have grown brown,' said Lady Fenwick, his aunt, from the porch.\n\n"
        "'And you have grown no older,' said Captain Fenwick. Lady Fenwick laughed.\n\n"
        "'Come in, come in,' said his aunt. Captain Fenwick took off his hat.\n\n"
        "'Is the old dog alive?' asked Captain Fenwick.\n\n"
        "'Alive and fat,' said Lady Fenwick. Captain Fenwick whistled for it, and it came.\n\n"
        "The parish remembered Captain Oswald Fenwick as a boy who stole apples.\n"
    )
    doc, cast = analyse(story)
    assert cast.resolve("Captain Oswald Fenwick") == cast.resolve("Captain Fenwick") == "Captain Fenwick"
    assert cast.resolve("Lady Fenwick") == "Lady Fenwick"
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == [
        "Lady Fenwick", "Captain Fenwick", "Lady Fenwick", "Captain Fenwick", "Lady Fenwick"]


def test_a_name_right_after_an_opening_single_quote_mark_is_seen():
    # British-style quoting inside narration: the name after the opening mark is a name like any other.
    from ficaudio.speakers.discover import _CAP_SEQ

    assert [m.group("name") for m in _CAP_SEQ.finditer("the boy they called 'Tobin' in the yard")] == ["Tobin"]
    assert [m.group("name") for m in _CAP_SEQ.finditer("a sign for O'Rourke's bar")] == []


def test_a_narrator_titled_only_by_a_rank_gets_the_voice_a_rank_gets():
    # Others call the narrator 'Quarle' and 'Dr. Quarle': no pronoun or title says the sex, the rank's default voice does.
    exchanges = []
    for n in range(10):
        exchanges.append(
            f"Tobin was at the window again, morning {n + 1}.\n\n"
            f"'Have you seen Marguerite?' Tobin asked. 'I think Marguerite has the keys.'\n\n"
            f"'Not since the fair,' I said.\n\n"
            f"'Then find her, {'Dr. Quarle' if n % 3 == 0 else 'Quarle'},' said Tobin.\n\n"
        )
    doc, cast = analyse("".join(exchanges))
    assert cast.narrator == "Quarle" and cast.gender("Quarle") is None  # attribution knows no more than the text says
    quarle = doc.characters["Quarle"]
    assert quarle.narrates and quarle.gender == "male" and quarle.gender_assumed


def test_the_pronouns_after_a_possessive_or_aimed_at_the_name_are_not_the_names():
    # Tobias is a boy: the 'she' after 'Tobias's aunt' is the aunt's, and in 'said Tobias. She gave him a
    # look' he is the one looked at, she someone else.
    pytest.importorskip("gender_guesser")
    story = (
        "The aunt met them at the gate, and the boy Tobias ran ahead up the path.\n\n"
        "'Is there cake?' said Tobias. She gave him a long look over her spectacles.\n\n"
        "'There may be,' said the aunt.\n\n"
        "Tobias's aunt was a tall woman; she kept the cake in a tin on the highest shelf.\n\n"
        "'Please?' said Tobias.\n"
    )
    doc, cast = analyse(story)
    assert cast.gender("Tobias") == "male"


def test_a_surname_with_a_small_word_after_a_title_is_one_name_and_the_bare_title_is_its_bearer():
    # 'Professor van Tassel', not a 'Tassel' of his own; and with one Professor, 'The Professor' is a mention of him.
    story = (
        "Professor van Tassel kept his umbrella open indoors. Professor van Tassel distrusted ceilings.\n\n"
        "'It is raining,' said Mira, looking at him.\n\n"
        "'It is always raining somewhere,' said Professor van Tassel.\n\n"
        "The Professor shook the umbrella, and drops flew over the maps.\n\n"
        "'You are wetting the maps,' said Mira.\n\n"
        "'Maps dry,' said the Professor. 'People less so.'\n"
    )
    doc, cast = analyse(story)
    assert cast.resolve("Professor van Tassel") == cast.resolve("Tassel") == cast.resolve("Professor") \
        == "Professor van Tassel"
    assert set(cast.characters) == {"Professor van Tassel", "Mira"}
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == [
        "Mira", "Professor van Tassel", "Mira", "Professor van Tassel", "Professor van Tassel"]
    from ficaudio.speakers.discover import _CAP_SEQ

    assert [m.group("name") for m in _CAP_SEQ.finditer("they sang in de Lawd's house")] == ["Lawd's"]


def test_a_bare_rank_is_a_name_of_its_one_bearer_only():
    from ficaudio.speakers.cast import Cast
    from ficaudio.speakers.discover import _bare_titles

    cast = Cast()
    for name, aliases in (("Colonel Brandt", ["Brandt"]), ("Captain Ives", []), ("Captain Rook", []),
                          ("Prince Edward Island", [])):
        cast.add(name, aliases)
    _bare_titles(cast)
    assert cast.resolve("Colonel") == "Colonel Brandt"
    assert cast.resolve("Captain") is None  # two captains
    assert cast.resolve("Prince") is None  # a place of three words is no Prince


def test_miss_and_the_surname_is_the_sister_never_called_miss_and_her_first_name():
    # 'the Miss Ashcombes': Orla is 'Miss Orla', the form for a younger sister, so 'Miss Ashcombe' is Nell.
    story = (
        "The Miss Ashcombes lived above the bakery. Nell Ashcombe was the elder; Orla Ashcombe the younger, whom "
        "the baker called Miss Orla.\n\n"
        "Nell came down first. Orla followed her, yawning.\n\n"
        "'The bread is burnt,' said Miss Ashcombe.\n\n"
        "'It is only brown,' said Orla.\n\n"
        "Miss Ashcombe sniffed at the loaf. Nell was never wrong about bread.\n\n"
        "'Burnt,' said Miss Ashcombe again.\n"
    )
    doc, cast = analyse(story)
    assert cast.resolve("Miss Ashcombe") == "Nell"
    assert [s.speaker for s in doc.segments if s.kind == "dialogue"] == ["Nell", "Orla", "Nell"]
    # Without the younger one's form, nothing says which sister 'Miss Ashcombe' is.
    _, cast = analyse(story.replace(", whom the baker called Miss Orla", ""))
    assert cast.resolve("Miss Ashcombe") == "Miss Ashcombe"
