"""Stage "quotes": narration, dialogue and thought on tiny inline texts.

Each test states the exact segments expected: (kind, text) in order.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ficaudio.chapters import find_chapters
from ficaudio.model import Span
from ficaudio.quotes import detect_style, segment_quotes
from ficaudio.readers import read_text


def analyse(text: str, *, emphasis: list[tuple[int, int]] = ()):
    doc = read_text(text, title="Test")
    doc.hints.emphasis = [Span(a, b) for a, b in emphasis]
    segment_quotes(doc, find_chapters(doc))
    return doc


def segments(text: str, **kw) -> list[tuple[str, str]]:
    doc = analyse(text, **kw)
    return [(s.kind, doc.segment_text(s)) for s in doc.segments]


# --- quote styles ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "'Hello,' said Nell. 'Come in.'",
        '"Hello," said Nell. "Come in."',
        "‘Hello,’ said Nell. ‘Come in.’",
        "“Hello,” said Nell. “Come in.”",
    ],
    ids=["british-single", "american-double", "curly-single", "curly-double"],
)
def test_every_quote_style_gives_the_same_segments(text):
    assert segments(text) == [("dialogue", "Hello,"), ("narration", "said Nell."), ("dialogue", "Come in.")]


def test_a_double_quote_nested_in_single_quoted_speech_stays_in_the_line():
    assert segments("'He told me, \"Run,\" and then he ran,' Nell said.") == [
        ("dialogue", 'He told me, "Run," and then he ran,'),
        ("narration", "Nell said."),
    ]


def test_a_single_quote_nested_in_double_quoted_speech_stays_in_the_line():
    assert segments('"She said \'never\' and meant it," Bram said.') == [
        ("dialogue", "She said 'never' and meant it,"),
        ("narration", "Bram said."),
    ]


def test_a_speech_over_several_paragraphs_is_one_quotation():
    text = (
        "Nell sat up. 'There was a house by the sea,' she said. 'It had a red door.\n\n"
        "'Every summer we went there.\n\n"
        "'Then it burned.'\n\n"
        "Bram said nothing."
    )
    doc = analyse(text)
    got = [(s.kind, doc.segment_text(s)) for s in doc.segments]
    assert got == [
        ("narration", "Nell sat up."),
        ("dialogue", "There was a house by the sea,"),
        ("narration", "she said."),
        ("dialogue", "It had a red door."),
        ("dialogue", "Every summer we went there."),
        ("dialogue", "Then it burned."),
        ("narration", "Bram said nothing."),
    ]
    ids = [s.quote_id for s in doc.segments if s.kind == "dialogue"]
    assert ids[1] == ids[2] == ids[3] != ids[0]


def test_style_is_detected_from_opening_marks():
    doc = analyse("'Yes,' she said.\n\n'No,' he said, 'it's \"fine\".'")
    from ficaudio.chapters import split_paragraphs

    assert detect_style(doc.text, split_paragraphs(doc.text)) == "single"
    doc = analyse('"Yes," she said.\n\n"It\'s Nell\'s," he said.')
    assert detect_style(doc.text, split_paragraphs(doc.text)) == "double"


# --- apostrophes are not quote marks --------------------------------------------------------


def test_contractions_and_clipped_words_stay_inside_the_line():
    assert segments("'I don't want 'em, 'cause they're Sakura's,' said Nell. 'Put 'em in the twins' room.'") == [
        ("dialogue", "I don't want 'em, 'cause they're Sakura's,"),
        ("narration", "said Nell."),
        ("dialogue", "Put 'em in the twins' room."),
    ]


def test_dropped_g_before_a_clipped_word_is_not_a_closing_mark():
    assert segments("'I'm walkin' 'cause it's cold,' Bram said.") == [
        ("dialogue", "I'm walkin' 'cause it's cold,"),
        ("narration", "Bram said."),
    ]


def test_stutters_stay_whole():
    assert segments("'H-how did you get in? D-do you know?' Bram stammered.") == [
        ("dialogue", "H-how did you get in? D-do you know?"),
        ("narration", "Bram stammered."),
    ]


def test_dialect_apostrophe_at_the_start_of_a_line():
    assert segments("''Ow do you do,' said the old man. 'I've 'eard of you.'") == [
        ("dialogue", "'Ow do you do,"),
        ("narration", "said the old man."),
        ("dialogue", "I've 'eard of you."),
    ]


def test_plural_possessives_in_narration_are_not_quotes():
    assert segments("He remembered the twins' room and her first kiss' lips. 'Go,' she said.") == [
        ("narration", "He remembered the twins' room and her first kiss' lips."),
        ("dialogue", "Go,"),
        ("narration", "she said."),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Nell knew his 'parents' were gone.",
        "He hadn't just 'woken up' either.",
        "Rowan heard the old woman call him 'trouble' and left.",
        "She called it her “treasure” and hid it.",
        'They rounded a curve and found themselves in the "Avenue."',
        'Matthew thought anyone who praised Anne was "all right."',
    ],
)
def test_scare_quotes_stay_narration(text):
    assert segments(text) == [("narration", text)]


@pytest.mark.parametrize(
    "text",
    [
        'Tamsin packed the trunk that held "every last thing she owned in the world," and locked it.',
        'The lane past the mill was "narrow and muddy and not to be trusted."',
        'Wren hummed "Over the Salt Marsh" all the way home.',
        'The jar on the shelf was labelled, "Plum Jam."',
    ],
)
def test_quoted_phrases_and_titles_running_on_in_narration_stay_narration(text):
    assert segments(text) == [("narration", text)]


def test_the_rest_of_an_interrupted_speech_is_still_dialogue():
    # Narration set off by dashes inside a speech: the second part opens in lower case.
    assert segments('"The ferry leaves at dawn" -- she glanced at the clock -- "so we had better sleep."') == [
        ("dialogue", "The ferry leaves at dawn"),
        ("narration", "-- she glanced at the clock --"),
        ("dialogue", "so we had better sleep."),
    ]
    assert segments('"Yes," said Wren slowly "but not today."')[-1] == ("dialogue", "but not today.")


def test_a_short_line_shouted_mid_sentence_is_still_dialogue():
    assert segments('Jimmy was shouting from the top of a spruce "Master\'s coming."') == [
        ("narration", "Jimmy was shouting from the top of a spruce"),
        ("dialogue", "Master's coming."),
    ]


# --- split quotes and thoughts ----------------------------------------------------------------


def test_a_speech_split_by_a_tag_is_dialogue_narration_dialogue():
    doc = analyse("'Don't,' he said, 'go.'")
    assert [(s.kind, doc.segment_text(s)) for s in doc.segments] == [
        ("dialogue", "Don't,"),
        ("narration", "he said,"),
        ("dialogue", "go."),
    ]


def test_unquoted_thought_with_a_thought_tag():
    assert segments("Nell looked at the door. No-one, she answered silently. I haven't slept, she thought.") == [
        ("narration", "Nell looked at the door."),
        ("thought", "No-one,"),
        ("narration", "she answered silently."),
        ("thought", "I haven't slept,"),
        ("narration", "she thought."),
    ]


def test_a_question_with_a_thought_tag_is_a_thought():
    assert segments("Who's there? Nell wondered.") == [("thought", "Who's there?"), ("narration", "Nell wondered.")]


def test_decided_with_more_after_it_is_narration():
    text = "After the rain stopped, he decided to go home."
    assert segments(text) == [("narration", text)]


def test_italic_first_person_passage_is_a_thought():
    text = "Nell stared at the sea. I should never have come. The waves rolled in."
    a = text.index("I should")
    b = text.index(" The waves")
    assert segments(text, emphasis=[(a, b)]) == [
        ("narration", "Nell stared at the sea."),
        ("thought", "I should never have come."),
        ("narration", "The waves rolled in."),
    ]


def test_an_italic_passage_a_thought_tag_stands_beside_is_a_thought_without_an_i():
    # '*Of course,* Nell thought. *Of course it's her.*' -- no 'I', but the tag says whose thought it is;
    # 'had to be thought about, and it was this. _Where ...?_' has no thinker before the verb: narration.
    text = "*Of course,* Nell thought. *Of course it's her.* She walked in. It had to be thought about. *The sea is cold.*"
    spans = [(text.index("*Of course,*"), text.index(" Nell")), (text.index("*Of course it"), text.index(" She")),
             (text.index("*The sea"), len(text))]
    assert [(k, t) for k, t in segments(text, emphasis=spans) if k == "thought"] == [
        ("thought", "*Of course,*"), ("thought", "*Of course it's her.*")]


def test_one_italic_word_before_a_thought_tag_and_a_thought_after_its_tag_and_a_comma_are_thoughts():
    # '*Brilliant,* I think.' -- one word, but the tag says it is thought; '*...,* Fen thinks, and then,
    # absurdly, *they are, though.*' -- the second part follows its tag after a comma. A lone emphasised word
    # with no tag ('It was *really* cold.') stays narration.
    text = "*Brilliant,* I think. Fen nods. *My hands are cold,* Fen thinks, and then, absurdly, *they are, though.* It was *really* cold."
    spans = [(text.index("*Brilliant"), text.index(" I think")), (text.index("*My hands"), text.index(" Fen thinks")),
             (text.index("*they"), text.index(" It was")), (text.index("*really*"), text.index(" cold."))]
    assert [t for k, t in segments(text, emphasis=spans) if k == "thought"] == [
        "*Brilliant,*", "*My hands are cold,*", "*they are, though.*"]


# --- property: nothing lost, nothing repeated ----------------------------------------------------

_WORDS = st.sampled_from(
    ["Nell", "Bram", "the", "sea", "don't", "'em", "twins'", "h-how", "it's", "red", "door", "Sakura's", "ran"]
)
_SENTENCE = st.lists(_WORDS, min_size=1, max_size=6).map(lambda ws: " ".join(ws))


@st.composite
def _paragraph(draw):
    pieces = []
    for _ in range(draw(st.integers(1, 4))):
        sentence = draw(_SENTENCE)
        form = draw(st.sampled_from(["plain", "single", "double", "curly", "tagged", "scare", "open"]))
        if form == "single":
            pieces.append(f"'{sentence.capitalize()},' said Nell.")
        elif form == "double":
            pieces.append(f'"{sentence.capitalize()}?" Bram asked.')
        elif form == "curly":
            pieces.append(f"“{sentence.capitalize()}.”")
        elif form == "tagged":
            pieces.append(f"'{sentence.capitalize()},' she said, '{draw(_SENTENCE)}.'")
        elif form == "scare":
            pieces.append(f"The {draw(_WORDS)} 'word' was {sentence}.")
        elif form == "open":
            pieces.append(f"'{sentence.capitalize()}")
        else:
            pieces.append(sentence.capitalize() + ".")
    return " ".join(pieces)


@st.composite
def _story(draw):
    paragraphs = draw(st.lists(_paragraph(), min_size=1, max_size=6))
    if draw(st.booleans()):
        paragraphs.insert(draw(st.integers(0, len(paragraphs))), "* * *")
    if draw(st.booleans()):
        paragraphs.insert(0, "Chapter 1: The Sea")
    return "\n\n".join(paragraphs) + "\n"


def _words(text: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9]+", text)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_story())
def test_segments_cover_every_word_once_in_order(text):
    doc = read_text(text, title="Generated")
    from ficaudio.speakers import attribute_speakers, discover_characters

    segment_quotes(doc, find_chapters(doc))
    attribute_speakers(doc, discover_characters(doc, []))
    segs = doc.segments
    previous_end = 0
    for s in segs:
        assert previous_end <= s.start < s.end <= len(doc.text)
        assert doc.text[s.start : s.end] == doc.segment_text(s)
        previous_end = s.end
    covered = [w for s in segs for w in _words(doc.segment_text(s))]
    blanked = doc.text
    for b in doc.scene_breaks:
        blanked = blanked[: b.start] + " " * (b.end - b.start) + blanked[b.end :]
    assert covered == _words(blanked)
    for s in segs:
        if s.kind in ("dialogue", "thought"):
            assert s.speaker, "every spoken line has a voice"


def test_tagged_single_quotes_in_a_double_quoted_story_are_speech():
    # Older fics quote speech with double marks and thoughts with single ones:
    # 'Not again,' she thought. Only that tagged form is taken; apostrophes,
    # clipped words, scare quotes and quotes inside quotes stay as they were.
    doc = read_text(
        '"Hey," said Naruto. "You coming?"\n\n"In a minute," Sakura said. "Wait."\n\n"Fine," he said.\n\n'
        "'I can't believe this,' Sakura thought. She looked at the twins' room.\n\n"
        "He said 'cause it's late, and the boys' bikes were 'borrowed' again.\n\n"
        "\"She told me 'no way,' and left,\" Naruto said.\n\n"
        "'Damn it!' Naruto muttered.\n",
        title="T",
    )
    segment_quotes(doc, find_chapters(doc))
    spoken = [doc.segment_text(s) for s in doc.segments if s.kind in ("dialogue", "thought")]
    assert detect_style(doc.text, find_chapters(doc).paragraphs[1]) == "double"
    assert spoken == ["Hey,", "You coming?", "In a minute,", "Wait.", "Fine,", "I can't believe this,",
                      "She told me 'no way,' and left,", "Damn it!"]


def test_a_thought_goes_on_past_its_tag_in_the_thinkers_own_words():
    text = (
        "Ivo stared at the empty cot. That cannot be right, Ivo thought slowly, where has he gone? "
        "I locked the door myself, didn't I? The lamp guttered in the draught.\n"
    )
    assert segments(text) == [
        ("narration", "Ivo stared at the empty cot."),
        ("thought", "That cannot be right,"),
        ("narration", "Ivo thought slowly,"),
        ("thought", "where has he gone? I locked the door myself, didn't I?"),
        ("narration", "The lamp guttered in the draught."),
    ]


def test_the_tags_own_clauses_stay_narration_before_the_thought_resumes():
    text = "Nobody, Tamsin answered silently, her jaw set hard, because they would laugh at me.\n"
    assert segments(text) == [
        ("thought", "Nobody,"),
        ("narration", "Tamsin answered silently, her jaw set hard,"),
        ("thought", "because they would laugh at me."),
    ]


def test_a_tag_followed_by_narration_ends_the_thought():
    # After the tag: her action (third person), and the narrator's own question in the past tense.
    for text in (
        "Not again, Tamsin thought, smiling to herself, and turned the page.\n",
        "Too late, Tamsin thought, or had the ferry already gone?\n",
    ):
        kinds = [kind for kind, _ in segments(text)]
        assert kinds == ["thought", "narration"], text


def test_a_thought_resumes_after_a_semicolon_in_its_tag():
    text = "I won't go back, Tamsin thought, the road long behind her; I would rather freeze here.\n"
    assert segments(text) == [
        ("thought", "I won't go back,"),
        ("narration", "Tamsin thought, the road long behind her;"),
        ("thought", "I would rather freeze here."),
    ]


def test_a_line_s_own_speech_tag_before_someone_s_thought_tag_is_not_a_thought():
    got = segments('"I did put it back," said Anne quickly--pertly, Marilla thought. "I am certain."')
    assert ("thought", "said Anne quickly--pertly,") not in got
    assert ("narration", "said Anne quickly--pertly, Marilla thought.") in got
    # while a thought of its own in the next paragraph keeps its tag
    got = segments("'He said so,' Gran said.\n\nToo late to ask him now, Hana thought.")
    assert ("thought", "Too late to ask him now,") in got


def test_an_italic_passage_you_think_is_a_thought():
    # A second-person reader-insert: '*Caedmon,* you think. *Of all the people in this room.*' -- 'you' thinks
    # as 'I' and 'she' do; both parts are the reader's thought.
    text = "You know the voice at once. *Caedmon,* you think. *Of all the people in this room.*"
    spans = [(text.index("*Caedmon"), text.index(" you think")), (text.index("*Of all"), len(text))]
    assert [t for k, t in segments(text, emphasis=spans) if k == "thought"] == [
        "*Caedmon,*", "*Of all the people in this room.*"]
