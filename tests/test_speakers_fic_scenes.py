"""Attribution in fan-fiction scenes: the reader of a second-person fic, and who is in the scene."""

from __future__ import annotations

from attribution_checks import said
from ficaudio.chapters import find_chapters
from ficaudio.quotes import segment_quotes
from ficaudio.readers import read_text
from ficaudio.speakers import attribute_speakers, discover_characters


# A reader insert: 'you' is the reader. The pronouns after 'You' are about Marek, and 'he said' is Marek: the
# narration never calls the reader 'he' or 'she'.
READER_STORY = (
    "You open the door to find Marek on the step, soaked through. You let him in, because you are Y/N and you "
    "have never once turned him away.\n\n"
    '"Two nights," he said. "Three at most. I will sleep on the sofa."\n\n'
    '"You said that last time," you said.\n\n'
    '"And I kept to it." You hand him a towel and he grins at you from under it. Marek shakes his head.\n\n'
    '"You kept to it for a fortnight, Marek," you said.\n\n'
    '"A short fortnight," he said.\n\n'
)


def test_the_reader_of_a_second_person_fic_is_never_he_or_she():
    lines, cast = said(READER_STORY)
    marek = cast.resolve("Marek")
    assert cast.reader is not None and marek != cast.reader
    assert lines["Two nights,"] == marek
    assert lines["A short fortnight,"] == marek
    assert lines["And I kept to it."] == marek


def test_the_reader_takes_no_gender_from_the_pronouns_after_you():
    _, cast = said(READER_STORY)
    assert cast.gender(cast.reader) is None
    assert cast.gender(cast.resolve("Marek")) == "male"


# A woman named only when she is spoken to ('Mrs Quill, ...'), answering with 'she says'; and Kerry, whose
# one pronoun (her first name leans female) comes in "Kerry says. She hands it back to him": she is the
# woman, he Mr Hobb.
NEWCOMER_STORY = (
    "The shed at the end of the allotments has been broken into, and Kerry is not impressed.\n\n"
    "'Padlock's been cut,' says Mr Hobb, who found it. 'Clean through. Bolt cutters, I reckon.'\n\n"
    "'Anything taken?' Kerry asks.\n\n"
    "'My good trowel.' He sniffs. 'And a bag of compost.'\n\n"
    "A woman in a purple anorak is marching up the path towards them, waving a rake.\n\n"
    "'Mrs Quill,' Kerry says, 'where were you last night?'\n\n"
    "'At the pictures,' she says. 'With my sister. Ask anyone.'\n\n"
    "'Right,' Kerry says. She hands the padlock back to him. 'Keep it somewhere safe, Mr Hobb.'\n\n"
)


def test_a_titled_name_said_to_someone_is_a_newcomer_and_she_answers():
    lines, cast = said(NEWCOMER_STORY)
    quill = cast.resolve("Mrs Quill")
    assert quill is not None and cast.gender(quill) == "female"
    assert lines["At the pictures,"] == quill


def test_she_then_him_after_a_woman_s_name_does_not_make_her_a_man():
    _, cast = said(NEWCOMER_STORY)
    assert cast.gender(cast.resolve("Kerry")) == "female"


# A very short piece told by 'I' (three times) and 'my'/'me', its narrator called 'Tess' and 'Tessa' in speech.
SHORT_FIRST_PERSON = (
    "The kettle has been screaming for a full minute before anyone moves.\n\n"
    '"Tess, the kettle," Jonah says from the sofa, not looking up from his book.\n\n'
    "I get up. My knees crack. The kitchen smells of burnt toast and my mother's perfume.\n\n"
    '"You could get it yourself."\n\n'
    '"I could." He turns a page. "I won\'t, though."\n\n'
    "I pour the water and hand him a mug, and he takes it without a word, which is typical of him and "
    "drives me up the wall.\n\n"
    '"Thanks, Tessa," he says eventually.\n\n'
    '"You\'re welcome," I say. My tea is too hot to drink.\n\n'
)


def test_a_very_short_first_person_piece_names_its_narrator_from_speech():
    lines, cast = said(SHORT_FIRST_PERSON)
    assert cast.first_person and cast.narrator == cast.resolve("Tessa")
    assert lines["You're welcome,"] == cast.narrator


# 'Y/N' in a line calls the reader: that line is not the reader's (though alternation would say so), and the
# untagged reply is.
CALLED_READER_STORY = (
    "The ice creaks under your boots, and you stop dead in the middle of the pond.\n\n"
    '"I can\'t skate," you say.\n\n'
    '"It will hold," Osric says, skating a lazy circle round you. "It held a horse last winter."\n\n'
    '"Honestly, Y/N, you worry about everything."\n\n'
    '"Whose horse?"\n\n'
)


def test_the_reader_placeholder_in_a_line_calls_the_reader():
    lines, cast = said(CALLED_READER_STORY)
    assert cast.reader is not None
    assert lines["Honestly, Y/N, you worry about everything."] == cast.resolve("Osric")
    assert lines["Whose horse?"] == cast.reader


# 'said a voice, and Ilya stepped out': the voice is named in its own sentence.
VOICE_NAMED_STORY = (
    "Moth pressed herself against the cold wall of the boiler room and waited. Ilya had gone ahead an hour ago.\n\n"
    '"Anyone there?" Moth whispered.\n\n'
    '"Only me," said a voice from the dark, and Ilya stepped out with his hands in his pockets. "You took your time."\n\n'
)


def test_a_voice_named_in_its_own_sentence_is_that_person():
    lines, cast = said(VOICE_NAMED_STORY)
    assert lines["Only me,"] == cast.resolve("Ilya")
    assert lines["You took your time."] == cast.resolve("Ilya")


# 'Sorry, Sister.' calls Sister Keane, the one Sister of the cast: she answers, though alternation would give the
# reply to Dr Amis, who spoke before Ruth.
BARE_TITLE_STORY = (
    "The ward was quiet. Sister Keane was at the desk, and Dr Amis was reading a chart beside her. Sister Keane "
    "did not hold with lateness.\n\n"
    '"Ruth is late again," said Dr Amis, without looking up.\n\n'
    'Ruth came in at a run, out of breath. "Sorry, Sister," said Ruth. "The lift broke."\n\n'
    '"The lift always breaks."\n\n'
)


def test_a_title_said_alone_calls_the_one_character_bearing_it():
    lines, cast = said(BARE_TITLE_STORY)
    assert lines["The lift always breaks."] == cast.resolve("Sister Keane")


# Mrs Pell is answered as 'Aunt Hattie' three times and, once, a reply to her calls Nora: one stray call does not
# keep 'Mrs Pell' and 'Aunt Hattie' apart as two voices.
TWO_FORMS_STORY = "".join(
    [
        "Nora and Tom found their aunt in the garden. Aunt Hattie was cutting roses, and said nothing for a while.\n\n",
        '"Good morning, children," said Aunt Hattie at last.\n\n',
        '"You are late," said Mrs Pell.\n\n"Sorry, Aunt Hattie," said Nora. "The bus was slow."\n\n',
        'Tom went to fetch the basket.\n\n"You will want tea," said Mrs Pell.\n\n"Please, Aunt Hattie," said Tom.\n\n',
        'They sat on the bench.\n\n"Roses need rain," said Mrs Pell.\n\n"Nora, pass the scissors," said Tom.\n\n',
        'Nora passed them.\n\n"Cut the red one," said Mrs Pell.\n\n"This one, Aunt Hattie?" said Nora.\n\n',
    ]
)


def test_a_titled_form_answered_by_one_first_name_joins_it_despite_a_stray_call():
    lines, cast = said(TWO_FORMS_STORY)
    assert cast.resolve("Mrs Pell") == cast.resolve("Aunt Hattie")
    assert lines["You are late,"] == lines["Good morning, children,"]


# Tobiah, whose gender the story never gives, is the one the narration follows; 'he said' is Tobiah, not Corin, the
# one known man, seen further back.
UNKNOWN_GENDER_STORY = (
    "Corin shook his head and stayed by the gate. Corin did not like orchards, and the glass trees chimed in the wind.\n\n"
    "Tobiah stepped over a root and looked back at the others. Tobiah was not afraid of the dark.\n\n"
    '"This way," he said.\n\n'
)


def test_he_said_is_the_latest_subject_whose_gender_is_unknown_before_an_earlier_known_man():
    lines, cast = said(UNKNOWN_GENDER_STORY)
    assert cast.gender(cast.resolve("Corin")) == "male" and cast.gender(cast.resolve("Tobiah")) is None
    assert lines["This way,"] == cast.resolve("Tobiah")


def test_a_lord_named_in_a_tag_is_that_lord():
    # 'Lord' opens a name as 'Lady' and 'Sir' do: '"In a moment," Lord Caspian called back' is his own tag (before,
    # the tag was not read, and the line went to whoever the paragraph or the ranker offered).
    doc = read_text(
        'Hetty ran ahead across the ice to the gingerbread tent. Lord Caspian stayed with you, and Lady Mina '
        'watched them both.\n\n"Are you two coming?" Hetty called.\n\n'
        '"In a moment," Lord Caspian called back, and did not let go of your elbows.\n\n', title="Test")
    segment_quotes(doc, find_chapters(doc))
    cast = discover_characters(doc, [])
    attribute_speakers(doc, cast)
    line = next(s for s in doc.segments if doc.segment_text(s) == "In a moment,")
    assert line.speaker == cast.resolve("Lord Caspian")
    assert line.why.startswith("tag after quote [name]"), line.why


# 'Minty' and 'Tan' are only ever said to them: short forms of Lady Araminta's and Lord Tancred's names, so the line
# after each call is the one called. 'Perry' is no one's (no name holds 'perr' or 'per'): not an alias.
CALLED_BY_A_SHORT_NAME = (
    "Lady Araminta came in from the garden with Isobel and Lord Tancred behind her. Lady Araminta sat by the fire "
    "and Isobel stood at the window. Lord Tancred looked at them both.\n\n"
    '"Minty," he said, "you have mud on your hem."\n\n'
    '"It is the fashion."\n\n'
    '"Tan, you are a brute."\n\n'
    '"I am honest."\n\n'
    '"Perry would say otherwise," said Lady Araminta.\n\n'
)


def test_a_short_form_said_to_someone_is_an_alias_of_the_one_name_it_comes_from():
    lines, cast = said(CALLED_BY_A_SHORT_NAME)
    assert cast.resolve("Minty") == "Lady Araminta"
    assert cast.resolve("Tan") == "Lord Tancred"
    assert cast.resolve("Perry") is None
    assert lines["It is the fashion."] == "Lady Araminta"
    assert lines["I am honest."] == "Lord Tancred"


# A one-shot told by 'I' calls two names twice each: 'Rook' (the narrator, answered by 'I') and 'Dane' (a
# surname said to Tess, who is narrated by her first name). The narrator is the one 'I' answers.
TWO_NAMES_CALLED_AS_OFTEN = (
    "I was halfway up the ladder when the power went, and I swore, and I held on.\n\n"
    '"Rook, are you up there?" Tess was somewhere below me, with the only torch.\n\n'
    "I climbed down one rung at a time. \"I'm here. I'm fine.\"\n\n"
    '"Dane, stop shouting," said Tess to herself, in her mother\'s voice. "Dane, breathe."\n\n'
    "Somewhere a door banged. I laughed, and I nearly fell off the ladder.\n\n"
    '"Come down, Rook."\n\n'
    "I did. I stood on the floor and I could not see my own hands.\n\n"
    '"Better?" Tess asked.\n\n'
    '"Better," I said.\n\n'
)


def test_of_two_names_called_as_often_the_narrator_is_the_one_i_answers():
    lines, cast = said(TWO_NAMES_CALLED_AS_OFTEN)
    assert cast.first_person
    assert cast.narrator == "Rook"
    assert lines["I'm here. I'm fine."] == "Rook"


# 'Cass' is mostly a girl's name; the story says otherwise only as an object, in sentences about Wren ('Wren
# ignores him'). He is also 'Cassius' once: the name cut short is one person, not two voices.
CASS_IS_HIM = (
    "Wren drags Cass down the steps to the market, and the whole quay is lit.\n\n"
    "'You never pay the first price,' she says.\n\n"
    "Wren pulls her coat tighter. She is not cold.\n\n"
    "Cass makes a small noise. Wren ignores him.\n\n"
    "'Five,' Cass repeats. Wren elbows him.\n\n"
    "'Deal,' says Cassius, at last.\n\n"
)


def test_an_object_pronoun_in_a_sentence_about_someone_else_votes_on_the_person_named_before():
    _, cast = said(CASS_IS_HIM)
    assert cast.gender("Cass") == "male"
    assert cast.gender("Wren") == "female"


def test_a_name_cut_short_and_the_full_name_are_one_character():
    _, cast = said(CASS_IS_HIM)
    assert cast.resolve("Cass") == cast.resolve("Cassius")


# A title, a first name and a surname, narrated once ('Captain Ines Marro was waiting'), is someone: the later
# 'the captain says' is her.
NAMED_IN_FULL_ONCE = (
    "The hatch groaned open and cold air rushed in. Captain Ines Marro was waiting on the ramp, arms folded.\n\n"
    '"You are late," the captain says.\n\n'
    '"The engine was late," says Teodor. "I was on time."\n\n'
    '"Then the engine can explain it to the harbourmaster," the captain says.\n\n'
)


def test_a_titled_full_name_narrated_once_in_a_one_shot_is_the_holder_of_its_title():
    lines, cast = said(NAMED_IN_FULL_ONCE)
    marro = cast.resolve("Captain Ines Marro")
    assert marro is not None
    assert lines["You are late,"] == marro
    assert lines["Then the engine can explain it to the harbourmaster,"] == marro


# Newcomers who name themselves: the line is theirs, whoever's turn it was; a name only ever said by its owner is
# still a character. 'Yes, Mrs Quant. Mrs Quant, some cake?' calls someone: no introduction.
SAYS_WHO_THEY_ARE = (
    "The line clicked and Dot pressed the headset to her ear. Lou watched from the next stool.\n\n"
    '"Caller? Can you hear me?"\n\n'
    '"There is somebody in the garden," a woman whispered.\n\n'
    '"What is your name, love?"\n\n'
    '"Gage. Mrs Gage. Please do not ring off."\n\n'
    '"I will not," said Dot.\n\n'
    "Then a man's voice cut in, close and calm.\n\n"
    '"Detective Inspector Vane, Carrow Lane station. Put me through to Harbour Road."\n\n'
    '"Yes, Mrs Quant. Mrs Quant, some cake?" said Lou to nobody, and laughed.\n\n'
)


def test_a_line_that_names_its_own_speaker_is_theirs():
    lines, cast = said(SAYS_WHO_THEY_ARE)
    assert lines["Gage. Mrs Gage. Please do not ring off."] == cast.resolve("Mrs Gage")
    vane = cast.resolve("Inspector Vane")
    assert vane is not None
    assert lines["Detective Inspector Vane, Carrow Lane station. Put me through to Harbour Road."] == vane


def test_a_name_said_twice_to_someone_is_no_introduction():
    from ficaudio.model import Segment
    from ficaudio.speakers.sieves.introduces_self import introduced

    text = "Yes, Mrs Quant. Mrs Quant, some cake?"
    assert introduced(text, Segment("dialogue", 0, len(text))) == []
    text = "Gage. Mrs Gage."
    assert introduced(text, Segment("dialogue", 0, len(text))) == ["Mrs Gage"]


def test_a_tag_before_the_line_in_a_relative_clause_names_its_speaker():
    lines, _ = said(
        "Nell and Isabel sat by the fire, and Tom stood at the door.\n\n"
        '"We shall go tomorrow," said Nell.\n\n'
        "Nell was sorry, but could say no more; and a short silence followed, which was broken by Isabel, who in "
        'a voice of cold resentment said, "Very well. Then there is an end of it."\n\n'
    )
    assert lines["Very well. Then there is an end of it."] == "Isabel"


def test_a_shared_first_name_alone_is_the_one_the_text_seldom_names_in_full():
    # Charles Hayter is always named in full; the bare 'Charles' is Charles Musgrove, though Hayter was named last.
    text = (
        "Charles Musgrove came in from the shooting with Mary.\n\n"
        '"A famous morning," said Charles Musgrove.\n\n'
        '"I am glad of it," said Mary.\n\n'
        "Charles Hayter followed them, and Charles Hayter sat down.\n\n"
        '"Good morning," said Charles Hayter, and Charles Hayter looked at the fire.\n\n'
        '"We had six birds," cried Charles.\n\n'
        '"Only six?" said Charles Hayter.\n\n'
    )
    lines, _ = said(text)
    assert lines["We had six birds,"] == "Charles Musgrove"


# A voice the narration announces before its line is someone new, not the next in turn; the reply that greets a
# newcomer by name, or the newcomer's own introduction, names it.
ANNOUNCED_VOICES = (
    "Sam and Bea were halfway into the canoe when the lights came on.\n\n"
    '"Paddle," said Bea.\n\n'
    '"I am paddling," said Sam.\n\n'
    "A flashlight came bouncing down the path, and behind it a voice none of us could mistake.\n\n"
    '"Out of the water, all of you."\n\n'
    '"Hi, Mr Dunleavy," said Sam weakly.\n\n'
)
CALLER = (
    "Dot pressed the headset to her ear. Lou watched her from the next stool.\n\n"
    '"Caller? Who is this?" said Dot.\n\n'
    "For a second there was only hiss. Then a woman's voice, old and careful.\n\n"
    '"I have been listening since nineteen sixty-one."\n\n'
    '"That is a long time," said Dot.\n\n'
)


def test_a_voice_announced_before_its_line_is_someone_new_greeted_by_name_in_the_reply():
    lines, cast = said(ANNOUNCED_VOICES)
    assert lines["Out of the water, all of you."] == cast.resolve("Mr Dunleavy")
    lines, _ = said(CALLER)
    assert lines["I have been listening since nineteen sixty-one."] == "Unknown woman"


def test_a_name_opening_a_sentence_of_a_line_and_spoken_to_is_a_call():
    lines, _ = said(
        "Bea had the flashlight, and Bea led the way down to the boathouse with Sam.\n\n"
        '"Left," said Bea. "No, your other left. Sam, you\'re going to walk into the lake."\n\n'
        '"I can\'t see the lake."\n\n'
        '"That is why you will walk into it. Bea, I dare say, knows the way," said Sam.\n\n'
    )
    assert lines["I can't see the lake."] == "Sam"


def test_a_voice_over_a_wearer_s_earpiece_is_not_the_wearer_s_and_is_named_when_called():
    lines, cast = said(
        "Moth knelt at the vault door with the stethoscope, and Ilya watched the stairs.\n\n"
        '"You have eleven minutes," said Ilya.\n\n'
        '"I need twelve," said Moth.\n\n'
        'Her earpiece crackled. "Children."\n\n'
        "Moth nearly dropped the stethoscope.\n\n"
        '"Who is this?" said Ilya. "Nobody is on this line but us."\n\n'
        '"Somebody who taught you how to close a line, dear."\n\n'
        '"Auntie Perpetua?" said Moth faintly.\n\n'
        '"Guard, my loves," Auntie Perpetua murmured in her ear. "Thirty seconds."\n\n'
    )
    assert lines["Children."] == cast.resolve("Auntie Perpetua")
    assert lines["Somebody who taught you how to close a line, dear."] == cast.resolve("Auntie Perpetua")


def test_a_name_broken_off_is_a_call_and_a_pet_form_of_its_bearer():
    # 'Maggie —' is Rafe calling Magdalena, cut short: 'Maggie' is her pet name, and she answers, not Odile.
    lines, cast = said(
        "Odile came at nine with her bag of instruments. Rafe hung about the kitchen door in his pyjamas, and "
        "Magdalena made the tea.\n\n"
        "‘I’ll need to stay the night,’ Odile said. ‘It only moves things in the dark.’\n\n"
        "‘Can I stay up too?’ Rafe asked.\n\n"
        "Odile looked at Magdalena, and Magdalena looked at the ceiling.\n\n"
        "‘No.’\n\n"
        "‘Maggie —’\n\n"
        "‘You have school.’\n\n"
        "‘It’s Saturday tomorrow!’\n"
    )
    magdalena = cast.resolve("Magdalena")
    assert cast.resolve("Maggie") == magdalena
    assert lines["Maggie —"] == cast.resolve("Rafe")
    assert lines["You have school."] == magdalena


def test_a_voice_named_later_in_its_scene_keeps_its_later_turns():
    # 'said a voice from inside the hut' is Old Brannagh, tagged at the end; the untagged turns between that
    # alternation gave the unnamed voice (or the ranker moved onto Tom) are hers, in turn with Tom's.
    lines, cast = said(
        "The ferry landing was empty. Tom rang the bell twice and kicked at the mooring rope.\n\n"
        '"Nobody\'s coming," Tom said.\n\n'
        '"Somebody is always coming," said a voice from inside the hut. "Mind the rope."\n\n'
        '"I want to cross," Tom said.\n\n'
        '"Everybody wants to cross. The fare is a song."\n\n'
        '"A song?"\n\n'
        '"A whole one. With the verses."\n\n'
        "Tom groaned.\n\n"
        '"Or you can swim," said Old Brannagh, and the hut door creaked open.\n'
    )
    brannagh, tom = cast.resolve("Old Brannagh"), cast.resolve("Tom")
    assert lines["Somebody is always coming,"] == brannagh
    assert lines["Everybody wants to cross. The fare is a song."] == brannagh
    assert lines["A song?"] == tom
    assert lines["A whole one. With the verses."] == brannagh


def test_a_voice_named_by_a_name_alone_as_the_next_sentence_is_theirs():
    lines, cast = said(
        "By midnight I was flat on my back under the pump with a torch in my teeth. Bash had gone for coffee, and "
        "Juno was on the bridge.\n\n"
        '"Talk to me," said a voice from somewhere above my knees. Juno. Nobody else sounded that calm.\n\n'
        'I took the torch out of my mouth. "The seal\'s gone."\n'
    )
    assert lines["Talk to me,"] == cast.resolve("Juno")


def test_a_short_name_then_words_said_to_its_bearer_is_a_call():
    # 'Tob. Go.': 'Tob', said to Tobiah and never narrated, is what the others call him (so it calls him).
    lines, cast = said(
        "The lantern guttered. Tobiah swore and shook it. 'Oil's low.'\n\n"
        "'There's a can in the cart,' Corin told him.\n\n"
        "'In the dark? In here?' said Tobiah.\n\n"
        "'Tob. Go.'\n\n"
        "Juno watched the light bob away down the slope.\n"
    )
    assert cast.resolve("Tob") == cast.resolve("Tobiah") is not None
    assert lines["Tob. Go."] == cast.resolve("Corin")


def test_a_third_person_the_walk_put_between_two_tags_is_not_overruled_by_their_alternation():
    # Tom (an action beat) and Priya (a tag) are three turns apart, but Mara is in the exchange: 'Nearly?' is hers,
    # not Priya's, who is still at the boathouse (English now leaves such a stretch alone, as the other languages do).
    lines, cast = said(
        "Mara and Tom reached the lock gates at dusk. Priya had gone ahead to the boathouse to find the rope.\n\n"
        '"Ready, Tom?" said Mara.\n\n'
        'Tom looked up from the map. "Nearly."\n\n'
        '"Nearly?"\n\n'
        '"Nearly, boss. Five minutes."\n\n'
        '"I am not carrying that rope again," said Priya from the doorway.\n'
    )
    assert lines["Nearly?"] == cast.resolve("Mara")
    assert lines["Nearly, boss. Five minutes."] == cast.resolve("Tom")
    assert lines["I am not carrying that rope again,"] == cast.resolve("Priya")


def test_a_described_speaker_is_the_person_the_reply_calls_by_name():
    # 'said the young man by the stove' brings in someone no one known fits, and the reply calls him Ewan: his lines
    # are Ewan's, not Hamish's, whom the 'He' after the tag would otherwise pick.
    lines, cast = said(
        'Morag and Hamish were the last walkers into the bothy. "Shut the door," Hamish said, and Morag stamped '
        'her boots.\n\n'
        '"It sticks," said the young man by the stove. He had been there before any of them. "You have to lift it."\n\n'
        '"Thank you, Ewan. Lift it, everybody."\n\n'
        'Hamish lifted it and the door swung shut. Ewan went back to his stove, and Morag to her map.\n\n'
        '"Tea, Morag?" Ewan asked.\n'
    )
    assert lines["It sticks,"] == lines["You have to lift it."] == cast.resolve("Ewan")
    assert lines["Shut the door,"] == cast.resolve("Hamish")


def test_a_described_speaker_is_the_newcomer_their_paragraph_names():
    # The paragraph of 'said the man behind the counter' names Petra too, but only Old Fennick is new to the scene.
    lines, cast = said(
        'Petra pushed through the crowd to the last stall. "What are these?"\n\n'
        '"Seeds," said the man behind the counter. The whole street called him Old Fennick, and Petra\'s father had '
        'bought seeds from him for fifty years. "Plant them and see."\n\n'
        '"Plant them where?" Petra asked.\n\n'
        'Old Fennick only smiled, and Petra bought a packet anyway. Old Fennick wrapped it in newspaper.\n'
    )
    assert lines["Seeds,"] == lines["Plant them and see."] == cast.resolve("Old Fennick")


def test_a_known_person_told_by_where_they_are_is_not_someone_new():
    # 'the old man at the wheel' fits Denzil, the old man of the crew: him, not a newcomer named by the words.
    lines, cast = said(
        "Denzil had steered the lifeboat for forty years, and Denzil had the wheel tonight. Ruan and Jago held the "
        "rail. Denzil was the old man of the crew, and the only one not afraid.\n\n"
        '"Will she hold?" Ruan shouted.\n\n'
        '"She\'ll hold," said the old man at the wheel.\n\n'
        "Denzil did not look round.\n"
    )
    assert lines["She'll hold,"] == cast.resolve("Denzil")
    assert "The Old Man at the Wheel" not in cast.characters
