"""Text as the engine hears it: nothing read out as punctuation names, offsets untouched."""

from __future__ import annotations

import pytest

from ficaudio.speech_text import READER_NAME, Pronunciation, Reader, SpeechRules, fill_placeholders, to_speech


@pytest.mark.parametrize(("written", "spoken"), [
    ("Mr. Hollis and Dr. Vane arrived.", "Mister Hollis and Doctor Vane arrived."),
    ("H-how did you get here?", "Ho-how did you get here?"),
    ("I... I don't know…", "I... I don't know..."),
    ("She turned—and ran.", "She turned, and ran."),
    ("Thanks so much!!! :) <3", "Thanks so much!"),
    ("*sigh* Fine.", "sigh. Fine."),
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


# --- fic typography: what a fan reading aloud would say -----------------------------

FIC_TYPOGRAPHY = [
    # elongations: the word, not its letters
    ("Noooo!", "No!"),
    ("Hmmmmm.", "hmm."),
    ("Sooo tired.", "So tired."),
    ("Pleeeease?", "Please?"),
    ("Gooood morning.", "Good morning."),
    ("Yesss.", "Yes."),
    ("Aaaaah!", "Ah!"),
    ("Helllo?", "Hello?"),
    ("NOOOOO!", "no!"),
    # vowelless interjections eSpeak NG would spell: said as sounds (eSpeak NG phonemes)
    ("Shhh!", "[[S::]]!"),
    ("Mmmm.", "[[m:]]."),
    ("Grrr.", "[[gr:]]."),
    ("Zzz", "[[z:::]]"),
    ("Pfft.", "[[pf:t]]."),
    ("Hmm.", "hmm."),
    ("Hm?", "hmm?"),
    ("Mhm.", "[[m'hm]]."),
    ("Sssss,\" hissed the snake.", "[[s:::]],\" hissed the snake."),
    ("Wheeee!", "Whee!"),
    ("It is 5 mm long.", "It is 5 mm long."),
    # stutters stay stutters; a bare consonant borrows its vowel so it is not spelled ("aitch")
    ("I-I can't.", "I-I can't."),
    ("h-how?", "ho-how?"),
    ("B-but why?", "Bu-but why?"),
    ("W-w-what?", "Wha-wha-what?"),
    ("My ex-wife wore a T-shirt to the co-op.", "My ex-wife wore a T-shirt to the co-op."),
    # asterisk actions and emphasis: the words without the asterisks
    ("*knock knock*", "knock knock."),
    ("She *really* meant it.", "She really meant it."),
    ("Fine. *sigh* Whatever.", "Fine. sigh. Whatever."),
    ("I *told* Sasuke.", "I told Sasuke."),
    ("*knock knock* \"Who's there?\"", "knock knock. \"Who's there?\""),
    # text-speak as a reader says it
    ("omg", "oh my god"),
    ("OMG, no.", "oh my god, no."),
    ("lol", "lol"),
    ("tbh I'm fine", "to be honest I'm fine"),
    ("idk.", "I don't know."),
    ("brb!", "be right back!"),
    ("ily", "I love you"),
    ("btw, wtf?", "by the way, what the fuck?"),
    ("It was 300 BC.", "It was 300 BC."),
    # emoticons, hearts, kaomoji, emoji: never read as symbol names
    ("See you :D", "See you"),
    ("Fine ;)", "Fine"),
    ("Love you <3 <333 </3", "Love you"),
    ("ok ^_^", "ok"),
    ("Yay (^_^)", "Yay"),
    ("Sure o.O", "Sure"),
    ("Ugh -_-", "Ugh"),
    ("Whatever ¯\\_(ツ)_/¯", "Whatever"),
    ("NOPE (╯°□°)╯︵ ┻━┻", "nope"),
    ("Hi ♥ ♡ ❤️ 😂 ✨", "Hi"),
    ("It was 30° out.", "It was 30° out."),
    ("Plan D: at 10:30, UwU.", "Plan D: at 10:30."),
    ("(sigh) Fine.", "(sigh) Fine."),
    # repeated punctuation: one mark, never "question mark exclamation mark"
    ("What?!?!", "What?"),
    ("Stop!!!", "Stop!"),
    ("Really???", "Really?"),
    ("No!!1!", "No!"),
    # ornaments are silent
    ("~Kakashi~", "Kakashi"),
    ("xXx", ""),
    ("xXx Chapter 3 xXx", "Chapter 3"),
    ("oOo", ""),
    ("~*~*~", ""),
    # shouting is words, not spelled; acronyms stay acronyms
    ("I SAID GET OUT.", "I said get out."),
    ("I'M NOT YELLING!", "I'm not yelling!"),
    ("The ANBU squad and the FBI.", "The ANBU squad and the FBI."),
]


@pytest.mark.parametrize(("written", "spoken"), FIC_TYPOGRAPHY)
def test_fic_typography(written, spoken):
    assert to_speech(written) == spoken


# --- reader-insert placeholders ----------------------------------------------------

READER = SpeechRules(Reader(name="Rowan", last_name="Ashby", eye_colour="grey", hair_colour="copper"))


@pytest.mark.parametrize(("written", "without_reader", "with_reader"), [
    # someone calling the reader: "you" without a name
    ("Oi, Y/N,", "Oi, you,", "Oi, Rowan,"),
    ("Y/N! Wait!", "you! Wait!", "Rowan! Wait!"),
    ("Hey (Y/N).", "Hey you.", "Hey Rowan."),
    ("[Y/N], come here.", "you, come here.", "Rowan, come here."),
    ("Morning, y/n.", "Morning, you.", "Morning, Rowan."),
    # elsewhere the placeholder is dropped cleanly, or a possessive is "your"
    ("Y/N walked in.", "walked in.", "Rowan walked in."),
    ("He found Y/N by the door.", "He found by the door.", "He found Rowan by the door."),
    ("It was Y/N's turn.", "It was your turn.", "It was Rowan's turn."),
    ("Is (Y/N) (L/N) here?", "Is here?", "Is Rowan Ashby here?"),
    ("the L/N family", "the family", "the Ashby family"),
    # colours and other details: the given word, or nothing
    ("brushing (H/C) hair out of your (E/C) eyes", "brushing hair out of your eyes",
     "brushing copper hair out of your grey eyes"),
    ("her [S/C] skin and your F/C scarf", "her skin and your scarf", "her skin and your scarf"),
    # an unknown placeholder in brackets is still never spelled out
    ("your (B/F/N) laughed", "your laughed", "your laughed"),
    # not placeholders
    ("and/or he/she", "and or or he or she", "and or or he or she"),
])
def test_reader_insert_placeholders(written, without_reader, with_reader):
    assert to_speech(written) == without_reader
    assert to_speech(written, READER) == with_reader
    for spoken in (without_reader, with_reader):
        assert "/" not in spoken and " or N" not in spoken


# --- pronunciations ----------------------------------------------------------------

RULES = SpeechRules(
    Reader(name="Siobhan"),
    (Pronunciation("Hermione", "her-my-oh-nee"), Pronunciation("sasori", "[[s'as0ri]]"),
     Pronunciation("Mira Vell", "meera vell"), Pronunciation("Will", "wil-uh"), Pronunciation("siobhan", "shi-vawn"),
     Pronunciation("eowyn", "AY-oh-winnn"), Pronunciation("O'Neill", "oh-neel")),
)


@pytest.mark.parametrize(("written", "spoken"), [
    ("Hermione laughed.", "her-my-oh-nee laughed."),
    ("Hermione's wand.", "her-my-oh-nee's wand."),
    ("Hermione’s wand and O’Neill’s", "her-my-oh-nee's wand and oh-neel's"),
    # a key with capitals matches that spelling only: "Will" the name, not "will" the verb
    ("Will will come.", "wil-uh will come."),
    ("hermione", "hermione"),
    # a lower-case key matches in any case, shouted too
    ("Sasori and SASORI and sasori", "[[s'as0ri]] and [[s'as0ri]] and [[s'as0ri]]"),
    # eSpeak NG reads an 's after phonemes as the letter: the possessive goes inside
    ("Sasori's puppets", "[[s'as0riz]] puppets"),
    ("Sasori-danna!", "[[s'as0ri]]-danna!"),
    # whole words only; the longest key wins
    ("Hermiones and Sasoriko", "Hermiones and Sasoriko"),
    ("Mira Vell and Mira", "meera vell and Mira"),
    ("Mira\nVell", "meera vell"),
    # the reader's name is pronounced too
    ("Oi, Y/N!", "Oi, shi-vawn!"),
    # no typography rule touches a respelling (its capitals, hyphens, repeated letters) ...
    ("EOWYN!!!", "AY-oh-winnn!"),
    # ... while the text around it gets them as usual
    ("*Sooo* done, Hermione ~", "So done, her-my-oh-nee"),
])
def test_pronunciations(written, spoken):
    assert to_speech(written, RULES) == spoken


def test_the_readers_name_placeholder_is_found_for_attribution():
    text = '"Sorry," Y/N said. (y/n) nodded; [F/N] and {Y/F/N} too, not L/N, E/C, Y/Nx or A/Y/N.'
    assert [m[0] for m in READER_NAME.finditer(text)] == ["Y/N", "(y/n)", "[F/N]", "{Y/F/N}"]


def test_subtitles_fill_only_the_placeholders_the_reader_gives():
    reader = Reader(name="Rowan", eye_colour="grey")
    assert fill_placeholders("Oi, (Y/N)! Y/N's (E/C) eyes, (H/C) hair, and/or", reader) == (
        "Oi, Rowan! Rowan's grey eyes, (H/C) hair, and/or")
    assert fill_placeholders("Oi, Y/N!", None) == "Oi, Y/N!"
