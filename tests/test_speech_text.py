"""Text as the engine hears it: nothing read out as punctuation names, offsets untouched."""

from __future__ import annotations

import pytest

from ficaudio.speech_text import to_speech


@pytest.mark.parametrize(("written", "spoken"), [
    ("Mr. Hollis and Dr. Vane arrived.", "Mister Hollis and Doctor Vane arrived."),
    ("H-how did you get here?", "Ho-how did you get here?"),
    ("I... I don't know…", "I... I don't know..."),
    ("She turned—and ran.", "She turned, and ran."),
    ("Thanks so much!!! :) <3", "Thanks so much!"),
    ("*sigh* Fine.", "sigh Fine."),
    ("GET OUT of my house!", "get out of my house!"),
    ("The FBI agent was OK.", "The FBI agent was OK."),
    ("It cost $5, or £1 at most.", "It cost 5 dollars, or 1 pound at most."),
    ("You're my #1 fan.", "You're my number 1 fan."),
    ("Come w/ me, not w/o a coat.", "Come with me, not without a coat."),
    ("Ask him/her first.", "Ask him or her first."),
    ("See Ch. 4 for that.", "See Chapter 4 for that."),
    ("~Sasori's POV~", "Sasori's point of view"),
    ("~~~", ""),
    (":P", ""),
    ("xoxo", ""),
])
def test_to_speech(written, spoken):
    assert to_speech(written) == spoken


def test_numbers_and_times_are_left_to_the_engine():
    # eSpeak NG reads these well itself ("eighteen forty-seven", "ten thirty", "first").
    assert to_speech("In 1847, at 10:30, she came 1st.") == "In 1847, at 10:30, she came 1st."


def test_smart_quotes_become_plain_and_leading_punctuation_goes():
    assert to_speech("  , ‘Yes,’ she said “now”.  ") == "'Yes,' she said \"now\"."
