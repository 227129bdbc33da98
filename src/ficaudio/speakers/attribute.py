"""Attributing the lines: who speaks every dialogue and thought segment of a chapter."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..quotes import CHAT_LINE, MESSAGE_FROM, THOUGHT_CONTINUES
from ..speech_text import READER_NAME
from ..model import GENERIC_SPEAKERS, SPOKEN_KINDS, UNKNOWN, UNKNOWN_FEMALE, UNKNOWN_MALE, Document, Segment
from . import ranker
from .cast import Cast
from .sieves import PARAGRAPH_SIEVES, ParagraphContext, action_beat, own_tag, role_named_beside, role_named_later, voice_announced
from .sieves.unattributed import generic_voice
from .conversation import DialogueParagraph, name_strangers, name_unnamed_voices, realign_between_tags, realign_from_later_tags
from .genders import description_gender, noun_gender
from .discover import join_forms_by_address
from .lines import count_lines
from .style import SpeechStyle
from .vocab import (
    TITLE_WORDS,
    _BROKEN_OFF,
    _CALL_GOES_ON,
    sentences_at,
    _TAG_VERB_BEFORE,
    _VERB,
    _KIN_MENTION,
    _ANOTHER_SUBJECT,
    _EXIT,
    _ANNOUNCE,
    _APPOSITION,
    _APPOSITION_BEFORE,
    _LOCATED,
    _NEWCOMER,
    _POSSESSIVE,
    _CLAUSE_SUBJECT,
    _DESCRIPTION_STOP,
    _DETERMINERS,
    _GENDER_NOUNS,
    _KIN_GENDER,
    _KIN_WORDS,
    _ME,
    _NAME_ALONE,
    _NOT_DESCRIPTIONS,
    _NOT_NAMES,
    _PRONOUN_GENDER,
    _ROLE_NOUNS,
    _SENTENCE_SPLIT,
    _SUBJECT,
    _TAG_AFTER,
    _TITLE_GENDER,
    _TITLE_NOUNS,
    _SAID_TO,
    _SAID_TO_PRONOUN,
    _REPORTED_SPEECH,
    _REPORTED_SUBJECT,
    _TITLE_BEFORE,
    _RANKS,
    _RANK_OF,
    _READER,
    _VOICE_MARK,
    mention_kind,
)

_READER_ALONE = re.compile(_READER)
OVERRIDE = "override: "
"""The `why` of a line voices.yaml pins (pipeline.apply_overrides): attribution keeps it and counts it as a turn."""

_MEN = ("Mr", "Sir", "Lord", "Colonel", "Captain", "Major", "General", "Dr", "Professor")
_SPEECH_GOES_ON = re.compile(r"[\"”’']?\s+[^\"“”\n]{1,50}?(?:\n[^\"“”\n]{1,50}?)?,\s*[\"“‘']")
_CALLED_OUT = re.compile(
    r"[\"”’']?\s+(?:I|you|he|she|we|they)\s+(?:call|calls|called|shout|shouts|shouted|yell|yells|"
    r"yelled|bellow|bellows|bellowed|holler|hollers|hollered)\b"
)
"""After a line that is a name alone, a tag whose pronoun calls out ('"Mr Szabo," I call.', '"Nell!" she shouted'):
the name is someone called, not the speaker's own."""
_RELATIVE_TITLES = {
    "mother": ("Mrs", "Lady", "Madame", "Mother"), "wife": ("Mrs", "Lady", "Madame"),
    "father": _MEN, "husband": _MEN, "aunt": ("Aunt", "Mrs", "Miss", "Lady"), "uncle": ("Uncle", "Mr", "Sir"),
    "grandmother": ("Grandmother", "Granny", "Grandma", "Gran", "Nana", "Mrs", "Lady"),
    "grandfather": ("Grandfather", "Grandpa", "Mr", "Sir"),
}
"""'her mother' is a 'Mrs' of the family, 'his father' a 'Mr': the titles each relation is called by."""
_KIN_TITLE_OF = {
    "aunt": ("aunt",), "uncle": ("uncle",), "mother": ("mother",), "father": ("father",),
    "grandmother": ("grandmother", "granny", "grandma", "gran", "nana"), "grandfather": ("grandfather", "grandpa"),
}
"""The titles that name the relation itself ('Aunt Juley', 'Granny Tallow'), not only a rank ('Mrs')."""
_KIN_VOCATIVE = re.compile(
    r"\b(?P<kin>(?i:" + "|".join([*_RELATIVE_TITLES, *_KIN_WORDS]) + r"))(?=[,!?]|\s*$)"
)
KIN_MEMORY = 12
"""A relative by surname ('her brother') must have been in this scene, or mentioned within this many mentions."""
DESCRIPTION_MEMORY = 40
"""A description resolved in a tag ('the child') keeps its person for this many paragraphs after its last use."""
def _head_noun(phrase: str) -> str:
    """'the old man quietly' -> 'man'; 'my companion' -> 'companion'; 'the Coroner' -> 'coroner'."""
    words = phrase.split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    kept: list[str] = []
    for w in words:
        w = w.strip(",.;:!?").lower()
        if not w or w in _DESCRIPTION_STOP or (w.endswith("ly") and kept):
            break
        kept.append(w)
    return kept[-1] if kept else ""
def _cache_key(phrase: str, head: str) -> str:
    """What the mention cache keeps a description under: its head noun ('the lawyer' -> 'lawyer'), with the
    possessive when it has one ('her partner' is not whom 'his partner' was: each is someone else's)."""
    first = phrase.split()[0].lower() if phrase.split() else ""
    return f"{first} {head}" if first in ("his", "her", "their", "my", "our") else head


NARRATION_BREAK_WORDS = 60
"""A narration-only paragraph longer than this ends the current run of turns."""
SUBJECT_MEMORY = 6
"""A sentence subject stays the likeliest 'she'/'he' for this many mentions."""


_INTRODUCED = re.compile(
    r"(?<!\bwas )(?<!\bis )(?<!\bbe )(?<!\bbeen )(?<!\bas )(?<!\blike )(?<!\bwere )(?<!\bare )(?<!\bbecame )"
    r"(?<!\bsuch )\b(?:[Aa]n?|[Aa]nother)\s+(?P<words>(?:(?!(?:an?|the)\b)[a-z-]+\s+){0,2}(?!(?:an?|the)\b)[a-z-]+)"
)


_THE_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))The (?!(?:other|others|former|latter|elder|younger|first|second|third|last|rest|same|whole)\b)"
    r"(?P<noun>[a-z]{4,}) (?:[a-z]+ly )?(?:[a-z]+ed|was|had|leant|stood|sat|came|went|took|put|gave|said)\b"
)
"""'The barman leant on the counter': someone the narration brings in as a sentence's subject (_note_appositions)."""
_SHORT_VOCATIVE = re.compile(r"[,!?]\s+(?P<word>[A-Z][a-z]{2,})(?=[.!?,]*\s*[\"”’']?\s*$)")
"""A capitalised word ending a line after a comma: 'It's not finished, Ness.' (a vocative, maybe a short name)."""
_NAMED_BY_TAG = ("tag after quote [name]", "tag before quote [name]")
"""Lines whose own tag names the speaker: what a speaker's style is learned from."""
_DEFINITE_NOUN = re.compile(r"[Tt]he\s+(?:[a-z-]+\s+){0,2}[a-z-]+")
_AUXILIARIES = set("was were is are be been had has have will would could should did does might must can may shall".split())


def _runs_on(narration: str) -> bool:
    """Narration that hands over to the next quotation: 'John said:' / 'greeted her with--' / a sentence
    the paragraph breaks off ('and then the Secretary said in a curious, strained voice' + '"..."')."""
    end = narration.rstrip()
    return end.endswith((":", "--", "—")) or end[-1:].isalpha()


TAGGED_AHEAD = 40
"""How many paragraphs ahead a line's tag by name counts as that person's being in the conversation."""


def _tagged_ahead(paragraphs: list[list[Segment]], tagged: list[str | None], i: int) -> set[str]:
    """Whom the next TAGGED_AHEAD paragraphs of paragraph ``i``'s scene tag by name (``tagged``: per paragraph,
    who its first line's tag names): people in the conversation, about to speak. A story that tags one person
    alone by name ('Dax said', the others 'she said') says nothing of who else is there: then no one."""
    ahead: set[str] = set()
    for j in range(i + 1, min(len(paragraphs), i + 1 + TAGGED_AHEAD)):
        if paragraphs[j][0].scene_break_before:
            break
        if tagged[j]:
            ahead.add(tagged[j])
    return ahead if len(ahead) >= 2 else set()


@dataclass
class _State:
    """What attribution remembers while it walks a chapter."""

    recent: dict[str, int] = field(default_factory=dict)
    """name -> order of last mention (higher is later)."""
    clock: int = 0
    turns: list[str] = field(default_factory=list)
    """Speakers of the current conversation, one per dialogue paragraph."""
    last_paragraph_speaker: str | None = None
    """Speaker of the previous paragraph, when it held dialogue."""
    last_quote_id: int | None = None
    pending_voice: list[Segment] = field(default_factory=list)
    subjects: list[tuple[int, str]] = field(default_factory=list)
    """(clock, name) of the latest named sentence subjects in narration."""
    announced: tuple[str, str] | None = None
    """A speaker announced at the end of the previous paragraph: 'John said:'."""
    announced_by: tuple[int, str, list[tuple[int, str]]] | None = None
    """When the announcement was 'he'/'she' ('that she said--'): its offset, gender and its paragraph's mentions,
    for the pronoun ranker to weigh once the line it announces is known (sieves/announced.py)."""
    addressed: set[str] = field(default_factory=set)
    """Whom the previous paragraph's dialogue called by name: '..., Lucy?' -- Lucy answers."""
    scene: set[str] = field(default_factory=set)
    """Who has spoken in this scene (since the chapter began or the last scene break): who is present."""
    gone: set[str] = field(default_factory=set)
    """Who the narration has seen leave ('Mr. Beebe departed'), and has not named or heard since: not a reply's
    speaker."""
    last_lines: list[Segment] = field(default_factory=list)
    """The previous paragraph's dialogue, when it held some and the paragraph before it none."""
    voice_announced: tuple[str, str, int] | None = None
    """A voice a paragraph of narration announced ('Then a woman's voice, old and careful'): (the generic voice,
    the words, that paragraph's number), for the next line (sieves/voice_announced.py)."""

    def mention(self, name: str) -> None:
        self.clock += 1
        self.recent[name] = self.clock

    def by_recency(self) -> list[str]:
        return sorted(self.recent, key=self.recent.__getitem__, reverse=True)


def attribute_speakers(doc: Document, cast: Cast) -> Document:
    """Set ``speaker`` on every dialogue and thought segment; fill doc.characters."""
    if doc.language != "en":  # another language's words and rules (multilingual.py)
        from .multilingual import attribute

        return attribute(doc, cast)
    attributor = Attributor(doc, cast)
    for chapter in doc.chapters:
        attributor.chapter(chapter.segments)
    join_forms_by_address(doc, cast, attributor.vocatives)
    count_lines(doc, cast)
    return doc


class Attributor:
    """Walks a chapter's paragraphs in order, keeping the conversation state the sieves read."""

    def __init__(self, doc: Document, cast: Cast) -> None:
        self.doc = doc
        self.text = doc.text
        self.cast = cast
        self.pattern = cast.mention_pattern()
        self.state = _State()
        self.descriptions: dict[str, tuple[str, int, bool]] = {}
        """The mention cache: head noun -> (character, paragraph last used, from an apposition)."""
        self.introduced: dict[str, int] = {}
        self.ranked: dict[str, tuple[str, int]] = {}
        """A rank the narration gave someone ('the pretty Duchess of Monmouth') -> (that name, paragraph)."""
        """Words the narration brought in with 'a'/'an' ('an elderly mariner came out') -> that paragraph."""
        self.short_text = ranker.is_short(doc.text)
        """A fic chapter or one-shot, not a novel: the rankers weigh with the weights for short texts."""
        self.style = SpeechStyle()
        """How each speaker talks, from the lines their own tags name (style.py)."""
        self.paragraph_no = 0
        self.lines_so_far: dict[str, int] = {}
        """Dialogue paragraphs each speaker has had so far in the story."""
        self.addressed_next: set[str] = set()
        """Whom the next paragraph's first line calls by name ('..., Isabella?'): likely who spoke this one."""
        self.tagged_next: str | None = None
        """Whom the next paragraph's first line is tagged with by name (read ahead; _tagged_by_name)."""
        self.tagged_ahead: set[str] = set()
        """Whom the first lines of the next TAGGED_AHEAD paragraphs of the scene are tagged with by name: people
        in the conversation, about to speak."""
        self._holders: tuple[int, dict[str, str]] | None = None
        """_title_holders' answer, with the cast size it was worked out for."""
        self._full_name_counts: Counter[str] | None = None
        self._bare_owners: dict[str, str] = {}
        """A first name several characters share -> the one the text calls by it alone ('' for no one clearly)."""
        self._tagged_roles: set[str] | None = None
        """Role nouns the story's tags give a line to ('said the officer'): a role the narration names is then
        someone in the scene (_role_mentions)."""
        self._role_alone: re.Pattern[str] | None = None
        """'the officer', 'the stranger': those role nouns alone in the narration."""
        self.role_mentioned: set[int] = set()
        """Offsets of those mentions: someone present, but not 'the one character the paragraph names' ('(The
        servant had just mounted the carriage)' inside a speech is no clue to who says it)."""
        self._tail_pronoun: tuple[int, str] | None = None
        """Set by own_tag.tail_tag: the offset and gender of the 'he'/'she' it last took as a speech verb's subject."""

    # -- walking -----------------------------------------------------------------

    def chapter(self, segments: list[Segment]) -> None:
        ended_on = self.state
        self.state = _State()
        opening = next((s for s in segments if s.kind != "heading"), None)
        if ended_on.last_paragraph_speaker and opening is not None and opening.kind == "dialogue":
            # A chapter that opens on a line, after one that ended on a line: the same speech going on (a story
            # told over chapters: '"... impunity to do."' / CHAPTER XXI / '"In going downstairs ...'), as an
            # unclosed quotation would be.
            self.state.last_paragraph_speaker = ended_on.last_paragraph_speaker
            self.state.last_quote_id = opening.quote_id
        paragraphs: list[list[Segment]] = []
        for seg in segments:
            if paragraphs and paragraphs[-1][0].paragraph == seg.paragraph and seg.kind != "heading":
                paragraphs[-1].append(seg)
            else:
                paragraphs.append([seg])
        known: list[set[str]] = []
        """Per paragraph, who had been named or had spoken by its end (name_strangers: not strangers)."""
        tagged = [self._tagged_by_name(segs) for segs in paragraphs]
        for i, segs in enumerate(paragraphs):
            following = paragraphs[i + 1] if i + 1 < len(paragraphs) else []
            self.tagged_next = tagged[i + 1] if following else None
            self.tagged_ahead = _tagged_ahead(paragraphs, tagged, i)
            reply = next((s for s in following if s.kind == "dialogue"), None)
            self.addressed_next = self.vocatives(reply) if reply is not None else set()
            if opening is not None and segs[-1].end <= opening.start:
                known.append(set())
                continue  # the chapter's title: nothing to remember yet, and the state above kept
            self.paragraph(segs)
            known.append(set(self.state.recent))
        self.tagged_next, self.addressed_next, self.tagged_ahead = None, set(), set()
        dialogue = [
            DialogueParagraph([s for s in segs if s.kind == "dialogue"], segs[0].scene_break_before)
            for segs in paragraphs
        ]
        realign_from_later_tags(dialogue)
        # Not where the walk gave a turn between the tags to a third person: the walk was right there more often
        # (dev +69 -54 against redoing the stretch as A, B, A; the read fic sets +7 -7).
        realign_between_tags(dialogue, two_only=True)
        voice_announced.name_voices(self, paragraphs, known)
        role_named_later.name_roles(self, paragraphs, known)
        role_named_beside.name_described(self, paragraphs, known)
        name_unnamed_voices(dialogue, self.cast.gender)
        name_strangers(dialogue, known)

    def paragraph(self, segs: list[Segment]) -> None:
        st = self.state
        for s in segs:
            if s.kind == "dialogue" and s.why.startswith(MESSAGE_FROM) and not self._sender(s.speaker or ""):
                s.kind, s.speaker, s.why = "narration", None, ""  # signed by nobody the story knows: the narrator reads it
        if segs[0].scene_break_before:
            st.turns.clear()
            st.scene.clear()
            st.gone.clear()
            st.last_paragraph_speaker = None
        spoken = [s for s in segs if s.kind in SPOKEN_KINDS]
        narration = [s for s in segs if s.kind == "narration"]
        mentions = [(pos, name) for s in narration for pos, name in self._mentions(s)]
        mentions = self._kin_mentions(narration, mentions)
        mentions = self._title_mentions(narration, mentions)
        mentions = self._role_mentions(narration, mentions)
        self.paragraph_no += 1
        self._note_appositions(narration)
        if self.cast.first_person:
            for s in narration:
                me = _ME.search(self.text, s.start, s.end)
                if me:
                    mentions.append((me.start(), self.cast.narrator))
            mentions.sort()
        if self.cast.reader:  # a reader insert: 'you' in the narration is the reader, there as 'I' would be
            for s in narration:
                you = _YOU.search(self.text, s.start, s.end)
                if you:
                    mentions.append((you.start(), self.cast.reader))
            mentions.sort()
        if not spoken and st.last_lines and narration:
            self._voice_told_after(narration, segs)
        if st.pending_voice and mentions:
            newcomer = next(
                (n for _, n in mentions if n not in st.turns and n not in st.recent and n not in (self.cast.narrator, self.cast.reader)),
                None,
            )
            if newcomer:
                for s in st.pending_voice:
                    s.speaker, s.why = newcomer, "unnamed voice, then introduced"
                if st.turns and st.turns[-1] in (UNKNOWN, UNKNOWN_FEMALE, UNKNOWN_MALE):
                    st.turns[-1] = newcomer
        st.pending_voice = []
        if not spoken or all(s.kind != "dialogue" for s in spoken) and all(s.speaker for s in spoken):
            for s in spoken:
                self._thought_only(s, segs, mentions)
            announced = self._announcement(narration, segs, mentions) if narration and not spoken else None
            for _, name in mentions:
                st.mention(name)
                st.gone.discard(name)
            self._note_subjects(narration)
            st.announced = announced
            words = sum(len(self.text[s.start : s.end].split()) for s in narration)
            reported = announced and announced[0] != self.cast.narrator and _REPORTED_SPEECH.search(announced[1])
            if not announced and narration and not spoken:
                announced = self._reported_turn(narration, segs, mentions)
                reported = bool(announced)
            if words > NARRATION_BREAK_WORDS or not narration:
                st.turns.clear()
            elif mentions:
                # Narration naming people sets the scene anew: who replies is whoever else is there.
                st.turns[:] = st.turns[-1:]
            st.last_paragraph_speaker = None
            st.last_lines = []
            if narration and not spoken:
                voice_announced.note(self, narration)
            if reported and words <= NARRATION_BREAK_WORDS:
                # 'He agreed that he might.' / 'Lucy promised, a little depressed.': a turn told, not announced;
                # the next line answers it.
                st.announced = None
                if not st.turns or st.turns[-1] != announced[0]:
                    st.turns.append(announced[0])
                st.last_paragraph_speaker = announced[0]
            self._note_exits(narration, segs, mentions)
            return

        speakers = self._attribute_paragraph(segs, mentions)
        st.announced = None
        trailing = segs[-1] if segs[-1].kind == "narration" else None
        for _, name in mentions:
            st.mention(name)
            st.gone.discard(name)
        self._note_subjects(narration)
        for s in spoken:
            s.speaker, s.why = speakers[id(s)]
            if s.speaker in self.cast.characters:
                st.mention(s.speaker)
                if s.kind == "dialogue" and s.why.startswith(_NAMED_BY_TAG):
                    self.style.add(s.speaker, self.text[s.start : s.end])
        dialogue = [s for s in spoken if s.kind == "dialogue"]
        # The paragraph's turns: its first speaker, and its last if another ('called Helen, while Margaret
        # said: "..."' -- the reply is to Margaret).
        main = None
        for main in dict.fromkeys(s.speaker for s in (dialogue[:1] + dialogue[-1:])):
            self.lines_so_far[main] = self.lines_so_far.get(main, 0) + 1
            st.scene.add(main)
            if not st.turns or st.turns[-1] != main:
                st.turns.append(main)
        st.last_lines = dialogue if st.last_paragraph_speaker is None else []  # a line out of the narration
        st.last_paragraph_speaker = main
        if trailing and _runs_on(self.text[trailing.start : trailing.end]):
            # '"... chatter." So he said as shyly as usual:' -- the paragraph's last words announce the next.
            st.announced = self._announcement([trailing], segs, mentions)
        st.last_quote_id = dialogue[-1].quote_id if dialogue else None
        st.addressed = {n for s in dialogue for n in self.vocatives(s)} - {main}
        if not st.addressed:
            # '"She is playing again," he said to Miss Bartlett.' -- she answers, as one called by name would.
            st.addressed = {n for pos, n in mentions if _SAID_TO.search(self.text, max(0, pos - 30), pos)} - {main}
        if not st.addressed and main in self.cast.characters:
            # '"Mother, are my things ready?" he asked.' -- his mother answers.
            kin = {self._relative_of(main, k) for s in dialogue[:1] for k in self._kin_called(s)}
            st.addressed = kin - {None, main}
        if not st.addressed and main in self.cast.characters:
            # '"Did you think I was afraid?" she asked him': he answers -- the man about, not the speaker.
            st.addressed = self._told_pronoun(narration, main, mentions)
        words = sum(len(self.text[s.start : s.end].split()) for s in narration)
        if words > 80:
            st.turns[:] = [main] if main else []
        st.gone -= {s.speaker for s in spoken}
        self._note_exits(narration, segs, mentions)

    def _note_exits(self, narration: list[Segment], segs: list[Segment], mentions) -> None:
        """Whoever the narration sees leave ('He bowed, and departed with her message.') is out of the
        conversation: the next reply is not theirs until they are named or heard again."""
        st = self.state
        for s in narration:
            for at, sentence in sentences_at(self.text, s):
                leaving = _EXIT.search(sentence)
                m = _SUBJECT.match(sentence) if leaving else None
                if not m or _ANOTHER_SUBJECT.search(sentence, m.end("who"), leaving.start()):
                    continue  # 'Mary stood where he had disappeared', 'He nodded, and we went out': not Mary, not him
                who = self.resolve(m.group("who"), at + m.start("who"), segs, mentions)
                if not who or who == _VOICE_MARK or who == self.cast.narrator or who in GENERIC_SPEAKERS:
                    continue
                st.gone.add(who)
                st.turns[:] = [t for t in st.turns if t != who]
                st.addressed.discard(who)

    def _voice_told_after(self, narration: list[Segment], segs: list[Segment]) -> None:
        """'"I wouldn't."' / 'The voice is low and rough, and it comes from the dark' -- the narration after a
        line out of the narration, one no tag of its own decided, tells of it as a voice: whoever it is, it is
        someone not yet named (pending: the person this paragraph brings in, else the one the scene names later).
        Not after another's line, where 'The voice continued.' may be anyone's."""
        st = self.state
        lines = st.last_lines
        opening = " ".join(_SENTENCE_SPLIT.split(self.text[narration[0].start : narration[0].end])[:2])
        if not _THE_VOICE.search(opening) or not all(s.why.startswith(_GUESSED) for s in lines):
            return
        guessed = lines[0].speaker
        voice = generic_voice(self, segs)
        for s in lines:
            s.speaker, s.why = voice, f"unnamed voice: {_THE_VOICE.search(opening).group(0)}"
        if st.turns and st.turns[-1] == guessed:
            st.turns[-1] = voice
        st.pending_voice = list(lines)

    def _told_pronoun(self, narration: list[Segment], speaker: str, mentions) -> set[str]:
        """Whom a tag's 'him'/'her' is said to ('she asked him', 'he said to her'): the latest person of that sex
        named here or lately who is not the speaker; empty when the paragraph has no such tag."""
        cast = self.cast
        for s in narration:
            m = _SAID_TO_PRONOUN.match(self.text, s.start, min(s.end, s.start + 80))
            if m is None:
                continue
            gender = "male" if m.group("who").lower() == "him" else "female"
            names = [n for pos, n in reversed(mentions) if pos < m.start()] + self.state.by_recency()[:6]
            found = next((n for n in names if n != speaker and n != cast.narrator and cast.gender(n) == gender), None)
            return {found} if found else set()
        return set()

    def _tagged_by_name(self, segs: list[Segment]) -> str | None:
        """Who the paragraph's first line names in the tag right after it ('"...," said Mira'), or None.

        Read ahead of the walk, so only a name counts (a pronoun needs the state the walk builds):
        the line before is seldom by the person the next line's tag names.
        """
        first = next((i for i, s in enumerate(segs) if s.kind == "dialogue"), None)
        if first is None or first + 1 >= len(segs) or segs[first + 1].kind != "narration":
            return None
        nxt = segs[first + 1]
        m = _TAG_AFTER.match(self.text[nxt.start : nxt.end])
        who = m and (m.group("who1") or m.group("who2"))
        if not who or mention_kind(who) != "name":
            return None
        return self.cast.resolve(" ".join(who.split()))

    def _sender(self, signature: str) -> str | None:
        """Who signed a message: a name of the cast ('Mira'), or the initials of one ('SH' for Sherlock Holmes)."""
        name = self.cast.resolve(signature)
        if name or not (signature.isupper() and 1 < len(signature) <= 3):
            return name
        owners = {
            n for n, c in self.cast.characters.items()
            for form in (n, *c.aliases)
            if "".join(w[0] for w in form.split() if w[:1].isupper()) == signature
        }
        return owners.pop() if len(owners) == 1 else None

    def _thought_only(self, seg: Segment, segs: list[Segment], mentions) -> None:
        if seg.speaker:
            return
        if seg.why.startswith(THOUGHT_CONTINUES):
            # 'That aside, Sakura thought, how come he isn't dead?' -- whoever thought the first part.
            before = segs[: next(i for i, s in enumerate(segs) if s is seg)]  # by identity: == compares fields
            thinker = next((s.speaker for s in reversed(before) if s.kind == "thought"), None)
            if thinker:
                seg.speaker, seg.why = thinker, THOUGHT_CONTINUES
                return
        speaker, why = self._own_tag(seg, segs, mentions)
        if speaker is None or speaker == _VOICE_MARK:
            speaker, why = action_beat.find(self, segs, mentions, seg.start) or (None, "")
        seg.speaker, seg.why = (speaker, why) if speaker else (generic_voice(self, segs), "unattributed")

    # -- one paragraph -----------------------------------------------------------------

    def _attribute_paragraph(self, segs: list[Segment], mentions) -> dict[int, tuple[str, str]]:
        st = self.state
        spoken = [s for s in segs if s.kind in SPOKEN_KINDS]
        result: dict[int, tuple[str, str]] = {}
        # Rule 1: each quote's own tag.
        own: dict[int, tuple[str, str]] = {}
        self._paragraph_speaker = None
        thinker: tuple[str, str] | None = None
        previous: Segment | None = None
        for s in spoken:
            if s.why.startswith(OVERRIDE) and s.speaker:
                own[id(s)] = (self.cast.resolve(s.speaker) or s.speaker, s.why)  # the user's word
                if s.kind == "dialogue" and self._paragraph_speaker is None:
                    self._paragraph_speaker = own[id(s)][0]
                continue
            if s.kind == "thought" and s.speaker:
                own[id(s)] = (s.speaker, s.why)
                continue
            if s.why.startswith(MESSAGE_FROM):
                own[id(s)] = (self._sender(s.speaker), s.why)  # the signature; paragraph() checked it is known
                continue
            if s.why.startswith(CHAT_LINE):
                # 'Mira: where r u' -- the label says who; the cast may know her by a longer name.
                own[id(s)] = (self.cast.resolve(s.speaker) or s.speaker, s.why)
                continue
            if s.kind == "thought" and s.why.startswith(THOUGHT_CONTINUES) and thinker:
                own[id(s)] = (thinker[0], THOUGHT_CONTINUES)  # the same thinker on both sides of the tag
                continue
            speaker, why = self._own_tag(s, segs, mentions)
            if s.kind == "dialogue" and previous is not None and id(previous) in own and _one_sentence(self.text, previous, s):
                speaker, why = own[id(previous)]  # '"Nell," she said, "look at this."': one sentence, one speaker
            if s.kind == "dialogue":
                previous = s
            if speaker and s.kind == "thought":
                thinker = (speaker, why)
            if speaker:
                own[id(s)] = (speaker, why)
                if s.kind == "dialogue" and self._paragraph_speaker is None and speaker != _VOICE_MARK:
                    self._paragraph_speaker = speaker
        first_dialogue = next((s for s in spoken if s.kind == "dialogue"), spoken[0])
        para = ParagraphContext(segs, mentions, first_dialogue, own)
        default = next(d for d in (sieve(self, para) for sieve in PARAGRAPH_SIEVES) if d is not None)
        for s in spoken:
            result[id(s)] = own.get(id(s), default)
            if id(s) not in own and s.kind == "dialogue" and result[id(s)][0] in self.vocatives(s):
                # "..., Anne?" is not Anne speaking: the other person in the conversation is.
                speaker = result[id(s)][0]
                other = next((t for t in reversed(st.turns) if t and t != speaker), None)
                if other is None:
                    other = next((n for n in st.by_recency() if n != speaker and n in self.cast.characters), None)
                if other:
                    result[id(s)] = (other, "not whom the line addresses")
        voiced = [s for s in spoken if result[id(s)][0] == _VOICE_MARK]
        for s in voiced:
            result[id(s)] = (generic_voice(self, segs), result[id(s)][1])
        st.pending_voice = voiced
        return result

    def _own_tag(self, seg: Segment, segs: list[Segment], mentions) -> tuple[str | None, str]:
        """A speech tag right after or right before this quote, never naming whom the quote addresses."""
        self._addressed = self.vocatives(seg)
        try:
            return own_tag.own_tag(self, seg, segs, mentions)
        finally:
            self._addressed = set()

    def vocatives(self, seg: Segment) -> set[str]:
        """Characters the quote speaks to: "..., Anne," / "Marilla, ..." / "... now, Anne?" """
        if self.pattern is None:
            return set()
        text = self.text
        found: set[str] = set()
        if not re.search(r"\w", _NAME_ALONE.sub("", text[seg.start : seg.end], count=1)) and not _SPEECH_GOES_ON.match(
            text, seg.end
        ) and not _BROKEN_OFF.search(text, seg.start, seg.end) and not _CALLED_OUT.match(text, seg.end):
            # "Anne Shirley," -- a name alone may be the speaker's own, given when asked; not '"Dorian," he
            # said, "my letter ..."', where the line goes on after its tag.
            return found
        # Only near the line's start or end: a long speech may quote others addressing someone.
        head_end = min(seg.end, seg.start + 60)
        tail_start = max(seg.start, seg.end - 40)
        matches = {m.start(): m for m in self.pattern.finditer(text, seg.start, head_end)}
        if tail_start > seg.start:
            matches.update({m.start(): m for m in self.pattern.finditer(text, tail_start, seg.end)})
        if self.cast.reader:
            # "It's a foot thick, Y/N." -- the placeholder calls the reader as a name would.
            for m in READER_NAME.finditer(text, seg.start, seg.end):
                if m.start() < head_end or m.start() >= tail_start:
                    matches.setdefault(m.start(), m)
        for m in matches.values():
            start = m.start()
            title = _TITLE_BEFORE.search(text, max(seg.start, start - 12), start)
            if title:
                start = title.start()  # '..., Mr. Holmes?' when the cast knows him as Holmes
            before = text[max(seg.start, start - 2) : start]
            after = text[m.end() : m.end() + 1]
            if after == " " and text[m.end() + 1 : m.end() + 2] in ("—", "–"):
                after = "—"  # 'Maggie —'
            # A name opening a sentence of the line and followed by a comma calls too ('No, your other left.
            # Jules, you're going to walk into the lake.').
            opens_sentence = before.endswith((". ", ".\n")) and after == "," and bool(
                _CALL_GOES_ON.match(text, m.end() + 1, seg.end))
            if (start == seg.start or before.endswith((", ", ",\n", "! ", "? ")) or opens_sentence) and (
                after in (",", "!", "?", ".", "-", "—", "–") or m.end() == seg.end
            ) and not _APPOSITION_BEFORE.search(text, max(seg.start, m.start() - 40), m.start()):
                name = self.cast.reader if READER_NAME.fullmatch(m.group(0)) else self.cast.resolve(m.group(0))
                said = _TITLE_GENDER.get(title.group(0).rstrip(". \n").lower()) if title else None
                if name and not (said and self.cast.gender(name) not in (None, said)):
                    found.add(self._courtesy_holder(name))  # 'Mrs. Holmes' is not Holmes
        if not found:
            # 'Sorry, Sister.' -- a rank or relation alone calls the one character who bears it (Sister Bramley).
            for m in _BARE_TITLE_VOCATIVE.finditer(text, seg.start, seg.end):
                if head_end <= m.start() < tail_start or not (
                    m.start() == seg.start or text[m.start() - 2 : m.start()] in (", ", "! ", "? ")
                ):
                    continue
                title = m.group(1).lower()
                title = _TITLE_NOUNS.get(title, title).lower()
                holders = {n for n, char in self.cast.characters.items() for f in (n, *char.aliases)
                           if len(f.split()) >= 2 and f.split()[0].rstrip(".").lower() == title}
                if len(holders) == 1:
                    found |= holders
        if not found:
            # 'It's not finished, Ness.' -- a name cut short calls the one person whose first name it begins.
            for m in _SHORT_VOCATIVE.finditer(text, tail_start, seg.end):
                word = m.group("word")
                if word.lower() in _NOT_NAMES or self.cast.resolve(word):
                    continue
                owners = {n for n in self.cast.characters
                          if n.split()[0].startswith(word) and len(n.split()[0]) > len(word)}
                if len(owners) == 1:
                    found |= owners
        return found

    def _courtesy_holder(self, name: str) -> str:
        """Whom a line calling 'Mr. Emerson' calls: the Mr. Emerson of the cast, unless he has not spoken in this
        scene and the one man of his surname who has is someone the narration calls by first name (George
        Emerson, whom Lucy calls Mr. Emerson to his face)."""
        words = name.replace(".", "").split()
        st = self.state
        # Not 'Mrs.'/'Miss': which of a family's women they call depends on who is married and who is eldest.
        if len(words) != 2 or words[0] != "Mr" or name in st.scene:
            return name
        gender = self.cast.gender(name)
        sharers = [n for n in st.scene if n != name and n in self.cast.characters and self.cast.gender(n) in (gender, None)
                   and any(len(f.split()) >= 2 and f.split()[-1] == words[1] and f.split()[0].rstrip(".") not in TITLE_WORDS
                           for f in (n, *self.cast.characters[n].aliases))]
        return sharers[0] if len(sharers) == 1 else name

    def _kin_mentions(self, narration: list[Segment], mentions: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """``mentions`` with the relatives the narration names by pronoun ('visited his father'), at their offsets:
        the owner's relative by surname (as for 'said her husband'), when that relative has spoken in this scene.
        Not a relative named in a tag ('asked his son'): that is the tag's speaker."""
        found = list(mentions)
        for s in narration:
            for m in _KIN_MENTION.finditer(self.text, s.start, s.end):
                if _TAG_VERB_BEFORE.search(self.text, max(s.start, m.start() - 20), m.start()):
                    continue  # 'asked his son': a tag, resolved with the line it tags
                gender = "male" if m.group("owner").lower() == "his" else "female"
                name = self._relative_of(self._owner(gender, m.start(), sorted(found)), m.group("kin"), family_only=True)
                if name and name in self.state.scene:
                    found.append((m.start(), name))
        return sorted(found) if len(found) != len(mentions) else mentions

    def _title_mentions(self, narration: list[Segment], mentions: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """``mentions`` with the people the narration calls by their title alone ('the general came in', 'the
        Admiral's'), where one character of the cast bears that title (General Tilney). Not a title used as an
        adjective ('the general opinion'): what follows must be what follows a person."""
        holders = self._title_holders()
        if not holders:
            return mentions
        found = list(mentions)
        taken = {pos for pos, _ in mentions}
        for s in narration:
            for m in _TITLE_ALONE.finditer(self.text, s.start, s.end):
                who = holders.get(m.group("title").lower())
                if who and m.start("title") not in taken and m.start() not in taken:
                    found.append((m.start(), who))
        return sorted(found) if len(found) != len(mentions) else mentions

    def _role_mentions(self, narration: list[Segment], mentions: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """``mentions`` with the roles the narration names ('and the officer gliding along'), when the story's
        tags give lines to that role somewhere: a speaker present, resolved as the tag 'said the officer' is."""
        if self._tagged_roles is None:
            # One pass over the text for 'the <role>', then a look at the words either side (a speech verb first
            # in the pattern would be tried at every word: 16 times slower).
            self._tagged_roles = {
                m.group("role") for m in _ROLE_ANYWHERE.finditer(self.text)
                if _VERB_AFTER.match(self.text, m.end(), m.end() + 40)
                or _TAG_VERB_BEFORE.search(self.text, max(0, m.start() - 30), m.start())
            }
            self._role_alone = re.compile(
                r"\b[Tt]he\s+(?P<title>" + "|".join(sorted(self._tagged_roles, key=len, reverse=True)) + r")\b"
                r"(?![-'’]\w)(?!\s+(?:seat|door|box|room|rail|hall|house|quarters|class|problem|question)\b)"
            ) if self._tagged_roles else None
        if not self._tagged_roles:
            return mentions
        found = list(mentions)
        taken = {pos for pos, _ in mentions}
        for s in narration:
            for m in self._role_alone.finditer(self.text, s.start, s.end):
                role = m.group("title")
                if m.start() in taken or m.start("title") in taken:
                    continue
                if _TAG_VERB_BEFORE.search(self.text, max(s.start, m.start() - 20), m.start()):
                    continue  # 'said the officer': a tag, resolved with the line it tags
                who = self._description("the " + role, m.start(), found)
                if who and who not in GENERIC_SPEAKERS:
                    found.append((m.start(), who))
                    self.role_mentioned.add(m.start())
        return sorted(found) if len(found) != len(mentions) else mentions

    def _title_holders(self) -> dict[str, str]:
        """Title word -> the one character of the cast whose name begins with it ('general' -> General Tilney;
        'doctor' -> Dr Bauerstein). Social titles ('Mr', 'Miss', 'Lady') are not used alone for a person."""
        if self._holders is None or self._holders[0] != len(self.cast.characters):
            by_title: dict[str, set[str]] = {}
            for name in self.cast.characters:
                words = name.split()
                if len(words) < 2 or not words[0][:1].isupper():
                    continue
                word = words[0].rstrip(".").lower()
                word = next((noun for noun, title in _TITLE_NOUNS.items() if title.lower() == word), word)
                if word in _TITLE_GENDER or word in _NOT_TITLES_ALONE or not word.isalpha():
                    continue
                by_title.setdefault(word, set()).add(name)
            self._holders = (len(self.cast.characters),
                             {t: next(iter(ns)) for t, ns in by_title.items() if len(ns) == 1})
        return self._holders[1]

    def _kin_called(self, seg: Segment) -> set[str]:
        """The relations a line calls by name: "Mother, are my things ready?" -> {'mother'}."""
        found = set()
        for m in _KIN_VOCATIVE.finditer(self.text, seg.start, min(seg.end, seg.start + 60)):
            if m.start() != seg.start and self.text[m.start() - 2 : m.start()] not in (", ", "! ", "? "):
                continue
            word = m.group("kin").lower()
            found.add(_KIN_WORDS.get(word, word))
        return found

    def _note_subjects(self, narration: list[Segment]) -> None:
        """Remember who the narration's sentences are about: 'Marilla smothered a smile.'"""
        st = self.state
        for s in narration:
            for sentence in _SENTENCE_SPLIT.split(self.text[s.start : s.end]):
                m = _SUBJECT.match(sentence) or _CLAUSE_SUBJECT.search(sentence)
                if not m or m.group("who").lower() in _PRONOUN_GENDER or re.search(r"['’]s?$", m.group("who")):
                    continue
                name = self.cast.resolve(m.group("who"))
                if name:
                    st.subjects.append((st.clock, name))
        del st.subjects[:-4]

    def _announcement(self, narration: list[Segment], segs: list[Segment], mentions) -> tuple[str, str] | None:
        """'As we turned in at the gates, John said:' / 'Poirot answered them categorically.' -> John / Poirot."""
        last = narration[-1]
        chunk = self.text[last.start : last.end]
        sentence = _SENTENCE_SPLIT.split(chunk)[-1]
        self.state.announced_by = None
        # 'greeted her with--' announces as a colon does; so does a sentence the paragraph breaks off
        # ('and then the Secretary said in a curious, strained voice' / "..."): it runs on into the quote.
        colon = _runs_on(sentence)
        if colon:
            # 'she heard the Admiral say to Mary--' / 'Anne struggled, and said--': the speech verb's subject.
            if not any(s.kind in SPOKEN_KINDS for s in segs):
                # No line here for 'he' to be the speaker of: the last paragraph's speaker going on, if any.
                self._paragraph_speaker = self.state.last_paragraph_speaker
            found = own_tag.tail_tag(self, last, segs, mentions)
            if found and found[0] != _VOICE_MARK and found[0] not in GENERIC_SPEAKERS:
                if self._tail_pronoun:
                    self.state.announced_by = (*self._tail_pronoun, list(mentions))
                return found[0], f"announced before: {sentence.strip()[-40:]}"
        m = _ANNOUNCE.search(sentence)
        if not m or not (colon or not m.group("rest").strip() or len(m.group("rest").split()) <= 4):
            # '... and went on:' -- a sentence ending in a colon announces its subject.
            m = _SUBJECT.match(sentence) if colon else None
            if not m:
                return None
        at = last.start + len(chunk) - len(sentence) + m.start("who")
        name = self.resolve(m.group("who"), at, segs, mentions)
        if name and name != _VOICE_MARK and name not in GENERIC_SPEAKERS:
            gender = _PRONOUN_GENDER.get(m.group("who").lower())
            if gender in ("male", "female"):
                self.state.announced_by = (at, gender, list(mentions))
            return name, f"announced before: {sentence.strip()[-40:]}"
        return None

    def _reported_turn(self, narration: list[Segment], segs: list[Segment], mentions) -> tuple[str, str] | None:
        """'Margaret asked who Dolly's people were.' ending a paragraph: a speech act told in full, too long to
        announce a line; its teller has had a turn."""
        last = narration[-1]
        chunk = self.text[last.start : last.end]
        sentence = _SENTENCE_SPLIT.split(chunk)[-1]
        told = _REPORTED_SPEECH.search(sentence)
        if not told:
            return None
        m = _REPORTED_SUBJECT.search(sentence)
        if not m:
            # 'Miss Tilney, at Catherine's invitation, read the letter, and began to inquire into ...'
            m = _SUBJECT.match(sentence)
            if not m or _ANOTHER_SUBJECT.search(sentence, m.end("who"), told.start()):
                return None
        at = last.start + len(chunk) - len(sentence) + m.start("who")
        name = self.resolve(m.group("who"), at, segs, mentions)
        if not name or name == _VOICE_MARK or name in GENERIC_SPEAKERS or name == self.cast.narrator:
            return None
        return name, f"reported: {sentence.strip()[-40:]}"

    # -- mentions ------------------------------------------------------------------

    def _mentions(self, seg: Segment) -> list[tuple[int, str]]:
        if self.pattern is None:
            return []
        out = []
        for m in self.pattern.finditer(self.text, seg.start, seg.end):
            name = self.cast.resolve(m.group(0))
            if name:
                out.append((m.start(), name))
        return out

    def resolve(self, who: str, at: int, segs: list[Segment], mentions) -> str | None:
        """A mention (name, pronoun, description) at offset ``at`` -> a character."""
        who = " ".join(who.split())
        low = who.lower()
        if _READER_ALONE.fullmatch(who):
            return self.cast.reader
        gender = _PRONOUN_GENDER.get(low) or ("male" if low == "him" else None)  # 'heard him say': him
        if gender == "self":
            return self.cast.narrator
        if low == "they":
            return None
        if gender:
            return self._by_gender(gender, at, mentions)
        first = low.split()[0]
        if first in _DETERMINERS:
            return self._description(who, at, mentions)
        words = who.split()
        while len(words) > 1 and words[0].lower() in _NOT_NAMES and words[0].lower() not in _TITLE_GENDER:
            words.pop(0)  # 'Then Poirot' -> 'Poirot'
        who = " ".join(words)
        first = who.lower().split()[0]
        if first in _NOT_NAMES and first not in _TITLE_GENDER and first != "dr":
            return None  # a title opens a name ('Lord Caspian', 'Lady Russell'); other such words do not
        name = self.cast.resolve(who)
        if name is None and len(who.split()) > 1:
            name = self.cast.resolve(who.split()[0])
        if name is None:
            sharers = self.cast.sharing(who)
            name = self._in_scene(sharers)
            if name and len(sharers) > 1 and len(who.split()) == 1:
                name = self._bare_form_owner(who, sharers, name)
        return name

    def _bare_form_owner(self, word: str, sharers: list[str], chosen: str) -> str:
        """'cried Charles' with Charles Hayter and Charles Musgrove both about: the one the text calls by the bare
        name, which is the one it names in full the less ('Charles Hayter' 31 times, 'Charles Musgrove' 12: the
        bare 'Charles' is Musgrove's). Without a clear difference, or when only the other has spoken in the scene,
        the scene's choice stands."""
        owners = self._bare_owners.get(word)
        if owners is None:
            if self._full_name_counts is None:  # every character's full name counted in one pass over the text
                names = sorted((n for n in self.cast.characters if " " in n), key=len, reverse=True)
                pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None
                self._full_name_counts = Counter(m.group(0) for m in pattern.finditer(self.text)) if pattern else Counter()
            counts = {n: self._full_name_counts[n] for n in sharers}
            ranked = sorted(counts, key=counts.__getitem__)
            owners = ranked[0] if counts[ranked[0]] * 2 <= counts[ranked[1]] else ""
            self._bare_owners[word] = owners
        if not owners or (chosen in self.state.scene and owners not in self.state.scene):
            return chosen
        return owners

    def _in_scene(self, names: list[str]) -> str | None:
        """Of several people a mention may mean ('Charles'), the one present: who has spoken in this
        scene, else the one mentioned latest; None when none of them is about."""
        st = self.state
        present = [n for n in names if n in st.scene]
        if len(present) == 1:
            return present[0]
        about = [n for n in (present or names) if n in st.recent]
        return max(about, key=st.recent.__getitem__) if about else None

    def _by_gender(self, gender: str, at: int, mentions, exclude: str | None = None) -> str | None:
        st = self.state
        cast = self.cast
        # 'she said' is not whom the quote addresses, nor the reader of a second-person fic (always 'you').
        skip = {exclude, cast.reader, *getattr(self, "_addressed", ())}
        # (a) named earlier in this paragraph, outside the quotes.
        for pos, name in reversed(mentions):
            if pos < at and name not in skip and cast.gender(name) == gender and name != cast.narrator:
                if _POSSESSIVE.match(self.text, pos) and any(
                    p < pos and n != name and cast.gender(n) == gender for p, n in mentions
                ):
                    continue  # 'Mary had not Anne's understanding. ... She was now lying': not the owner
                return name
        # (b) a reply right after a line that called one person of that gender by name: them ("Mrs Lambley, where
        # were you?" / "At home," she says). Then (c) a reply right after a line by someone of the same gender:
        # the other one.
        prev = st.last_paragraph_speaker
        called = [n for n in st.addressed if n not in skip and n != prev and cast.gender(n) == gender]
        if prev and len(called) == 1:
            return called[0]
        ordered = [n for n in st.by_recency() if n not in skip and n != cast.narrator and n not in st.gone]
        if prev and prev not in skip and cast.gender(prev) == gender:
            other = next((n for n in ordered if n != prev and cast.gender(n) == gender), None)
            if other and (other in st.turns or st.recent.get(other, 0) > st.clock - 12):
                return other
            return prev
        # (d) the latest sentence subject of that gender (if lately), else the latest mention.
        found = next(
            (
                n
                for clock, n in reversed(st.subjects)
                if clock > st.clock - SUBJECT_MEMORY and n not in skip and n != cast.narrator
                and (cast.gender(n) == gender or cast.gender(n) is None and n in cast.characters and n != cast.reader)
                and n not in st.gone  # 'Basil had gone, by the midnight train': 'he said' is someone else
            ),
            None,
        )
        found = found or next((n for n in ordered if cast.gender(n) == gender), None)
        return found

    def _description(self, phrase: str, at: int, mentions) -> str | None:
        """'said the doctor', 'the child responded', 'said the Coroner' -> a character.

        A mention cache (Muzny et al. 2017): a description once linked to
        someone -- by an apposition in the narration ('Mr. Wells, the lawyer,')
        or by resolving it here -- keeps meaning them while it is in use.
        Otherwise: a title noun is the latest person of that title ('the
        doctor' -> Dr Bauerstein); a man/woman noun goes by gender; a role
        ('the Coroner', 'the porter') becomes a speaker of its own.
        """
        head = _head_noun(phrase)
        if not head:
            return None
        key = _cache_key(phrase, head)
        cached = self.descriptions.get(key)
        if cached and (cached[2] or self.paragraph_no - cached[1] <= DESCRIPTION_MEMORY):
            if cached[0] != self.state.last_paragraph_speaker or cached[2]:
                self.descriptions[key] = (cached[0], self.paragraph_no, cached[2])
                return cached[0]
        ranked = self.ranked.get(head)
        if ranked and self.paragraph_no - ranked[1] <= DESCRIPTION_MEMORY and phrase.split()[0].lower() == "the":
            # 'the pretty Duchess of Monmouth' ... 'said the duchess': her, by the name the rank came with.
            if ranked[0] not in self.cast.characters:
                self.cast.add(ranked[0], [], _RANKS[head])
            self.descriptions[key] = (ranked[0], self.paragraph_no, False)
            return ranked[0]
        newcomer = _NEWCOMER.match(phrase)
        located = _LOCATED.match(phrase)
        if newcomer is None and re.search(r"\b(?:with|by|at|near|beside|behind|in)(?: the)?$", phrase.strip()):
            # 'said the man with the black beard': the tag's words stop short of the noun that tells him apart.
            newcomer = _NEWCOMER.match(self.text, at, at + len(phrase) + 30)
            located = located or _LOCATED.match(self.text, at, at + len(phrase) + 30)
        if newcomer and newcomer.group(0).split()[-1].lower() in ("man", "woman"):
            newcomer = None  # 'shouted a man': a generic voice, as for 'a voice said' (_nominal)
        if newcomer:
            # 'said a girl opposite', 'the man with the black beard', 'the second policeman': someone the
            # story has not named, not the latest person of that sex -- a speaker of their own.
            return self._newcomer(newcomer.group(0), phrase, key)
        found = self._relative(phrase, head, at, mentions)
        # 'the Admiral' is Admiral Croft: a title any character bears in their name, beyond the usual ones.
        title = _TITLE_NOUNS.get(head) or next(
            (w for n in self.cast.characters if len(n.split()) > 1 and (w := n.split()[0]).lower() == head), None
        )
        if title and head in _GENDERED_TITLE_NOUNS and not re.search(r"\b" + head.capitalize() + r"\b", phrase):
            title = None  # 'said the little lady' is some woman, not Lady Louisa; 'the Lady' may be her
        if title and found is None:
            titled = [n for n in self.cast.characters if n.split()[0].rstrip(".") == title]
            recent = [n for n in self.state.by_recency() if n in titled]
            found = recent[0] if recent else (titled[0] if len(titled) == 1 else None)
        introduced = self.introduced.get(head)
        if found is None and introduced is not None and self.paragraph_no - introduced <= DESCRIPTION_MEMORY \
                and _DEFINITE_NOUN.fullmatch(phrase.strip(" ,.;:!?")) and phrase.strip(" ,.;:!?").endswith(head) \
                and head not in _AUXILIARIES and not self.text[at + len(phrase.rstrip()) :].lstrip()[:1].isupper() \
                and not any(re.fullmatch(nouns, head) for nouns in _GENDER_NOUNS.values()):
            # 'an elderly mariner came out of the inn' ... 'said the mariner': someone new, not named.
            found = "The " + "-".join(w.capitalize() for w in head.split("-"))
            if found not in self.cast.characters:
                self.cast.add(found, [], noun_gender(head) or description_gender(self.text, head))
        if found is None and head not in _ROLE_NOUNS:
            # 'said her aunt': whoever it is, never the 'her' herself.
            owner = self._kin_owner(phrase, head, at, mentions)
            found = self._nominal(phrase.lower(), at, mentions, owner=owner)
        if found is None and (head in _ROLE_NOUNS or re.search(r"\b" + head.capitalize() + r"\b", phrase)):
            found = "The " + "-".join(w.capitalize() for w in head.split("-"))
            gender = noun_gender(head)
            if found not in self.cast.characters:
                gender = gender or description_gender(self.text, head)
                self.cast.add(found, [], gender)
        if found is None and located:
            # 'said the young man by the window', whom no one known fits (the old man at the wheel may be Denzil):
            # someone new.
            return self._newcomer(located.group(0), phrase, key)
        if found and found not in GENERIC_SPEAKERS and head not in _NOT_DESCRIPTIONS:
            self.descriptions[key] = (found, self.paragraph_no, False)
        return found

    def _newcomer(self, words_said: str, phrase: str, key: str) -> str:
        """A speaker of their own named by the description's words ('The Man with the Black Beard')."""
        words = [w.strip(",.;:!?") for w in words_said.split()]
        small = _DESCRIPTION_STOP | {"the", "behind", "beside", "near"}
        found = " ".join(w if 0 < i and w in small else w.capitalize() if w.islower() else w
                         for i, w in enumerate(words) if w)
        if found not in self.cast.characters:
            gender = noun_gender(words[-1]) or next(
                (g for g, nouns in _GENDER_NOUNS.items() if re.search(r"\b(?:" + nouns + r")\b", phrase.lower())), None
            )
            self.cast.add(found, [], gender)
        self.descriptions[key] = (found, self.paragraph_no, False)
        return found

    def _relative(self, phrase: str, head: str, at: int, mentions) -> str | None:
        """'said her husband' -> the Mr of her family; 'cried his sister' -> a woman of his surname.

        The owner ('her') is the likeliest person of that sex about (named here before the tag, else the one
        who just spoke, the conversation's speakers, the latest mentioned): a husband replies to his wife, as a
        rule. The relative shares the owner's surname; failing that, for the relations a title goes with, the
        pronoun's own choice of owner and a relative by title, as before. Never the owner.
        """
        owner_word = phrase.split()[0].lower()
        if head not in _KIN_GENDER or owner_word not in ("his", "her"):
            return None
        gender = "male" if owner_word == "his" else "female"
        found = self._relative_of(self._owner(gender, at, mentions), head, family_only=True)
        if found or head not in _RELATIVE_TITLES:
            return found
        return self._relative_of(self._by_gender(gender, at, mentions), head)

    def _kin_owner(self, phrase: str, head: str, at: int, mentions) -> str | None:
        """The 'her' of 'her aunt' (see _owner); None for a phrase that names no relation."""
        owner_word = phrase.split()[0].lower()
        if head not in _KIN_GENDER or owner_word not in ("his", "her"):
            return None
        return self._owner("male" if owner_word == "his" else "female", at, mentions)

    def _owner(self, gender: str, at: int, mentions) -> str | None:
        """The person of ``gender`` a 'his'/'her' most likely means (see _relative)."""
        st, cast = self.state, self.cast
        names = [n for pos, n in reversed(mentions) if pos < at]
        names += [st.last_paragraph_speaker, *reversed(st.turns), *st.by_recency()[:8]]
        return next((n for n in names if n and n != cast.narrator and cast.gender(n) == gender), None)

    def _relative_of(self, owner: str | None, relation: str, family_only: bool = False) -> str | None:
        """``owner``'s ``relation`` ('mother', 'brother'): a character of that sex who shares a surname with
        the owner, or (``family_only`` False, for the relations a title goes with) one bearing such a title
        ('Mrs', 'Aunt') who is lately about. Of several, one in this scene, then the latest mentioned."""
        cast = self.cast
        owner_names = [owner, *cast.characters[owner].aliases] if owner in cast.characters else []
        surnames = {n.replace(".", "").split()[-1] for n in owner_names if len(n.split()) > 1}
        titles = _RELATIVE_TITLES.get(relation, ())
        sex = _KIN_GENDER.get(relation)
        recency = self.state.recent
        best, best_key = None, None
        for name, char in cast.characters.items():
            if name == owner or (sex and char.gender not in (sex, None)):
                continue
            forms = [f for f in (name, *char.aliases) if len(f.split()) > 1]
            family = any(f.replace(".", "").split()[-1] in surnames for f in forms)
            titled = any(f.split()[0].rstrip(".") in titles for f in forms)
            # 'Aunt Juley' for 'her aunt': a name that says the relation outright, before a sister 'Miss' of the name
            # (and a relative even without the owner's surname: an aunt by marriage).
            called_so = any(f.split()[0].rstrip(".").lower() in _KIN_TITLE_OF.get(relation, ()) for f in forms)
            family = family or called_so
            other_title = any(f.split()[0].rstrip(".").lower() in _TITLE_GENDER for f in forms) and not titled
            untitled_spouse = relation in ("wife", "husband") and family and not other_title
            if titles and not (titled or untitled_spouse) or not (family or (name in recency and not family_only)):
                continue  # a mother is a 'Mrs' (never her daughter 'Miss X'); a sister shares the surname
            if not titles and char.gender is None:
                continue
            if family_only and name not in self.state.scene and recency.get(name, -1) <= self.state.clock - KIN_MEMORY:
                continue  # 'replied her brother': someone about, not a relative the story left long ago
            key = (called_so, family, titled, name in self.state.scene, recency.get(name, -1))
            if best_key is None or key > best_key:
                best, best_key = name, key
        return best

    def _note_appositions(self, narration: list[Segment]) -> None:
        """'Mr. Wells, the lawyer, ...' / 'the old sailor, Jem, ...' -> remember who the description is.
        And the words a narration brings in with 'a'/'an', not as a predicate ('an elderly mariner came
        out', not 'he was a painter'): 'said the mariner' may then be that newcomer."""
        for s in narration:
            chunk = self.text[s.start : s.end]
            for m in _INTRODUCED.finditer(chunk):
                for word in m.group("words").split():
                    self.introduced[word] = self.paragraph_no
            for m in _THE_SUBJECT.finditer(chunk):
                if m.group("noun") not in self.descriptions:
                    self.introduced.setdefault(m.group("noun"), self.paragraph_no)
            for m in _RANK_OF.finditer(chunk):
                self.ranked[m.group("rank").lower()] = (" ".join(m.group(0).split()), self.paragraph_no)
            if "," not in chunk:
                continue
            for m in _APPOSITION.finditer(chunk):
                name = self.cast.resolve(m.group("name") or m.group("name2"))
                desc = f"{m.group('det')} {m.group('desc')}" if m.group("desc") else f"the {m.group('desc2')}"
                head = _head_noun(desc)
                if name and head and head not in _NOT_DESCRIPTIONS:
                    self.descriptions[_cache_key(desc, head)] = (name, self.paragraph_no, True)

    def _nominal(self, phrase: str, at: int, mentions, owner: str | None = None) -> str | None:
        """'her brother', 'the old man', 'a voice' -> a character, where the words allow."""
        for gender, nouns in _GENDER_NOUNS.items():
            if re.search(r"\b(?:" + nouns + r")\b", phrase):
                exclude = owner or self.state.last_paragraph_speaker
                found = self._by_gender(gender, at, [], exclude=exclude)
                return found or (None if self.state.turns else (UNKNOWN_MALE if gender == "male" else UNKNOWN_FEMALE))
        return None


_THE_VOICE = re.compile(r"(?<![\w'’])[Tt]he voice\b(?!\s+of\b)")
"""'The voice came out of the dark': of a line just said, by someone the narration has not named ('his voice',
'Juno's voice' and 'the voice of X' name them)."""
_TITLE_ALONE = re.compile(
    r"\b[Tt]he\s+(?P<title>[A-Za-z]+)(?=['’]s\b|\s*[,.;:!?—)]|\s+(?:[A-Z]|[a-z]+(?:ed|ly)\b|(?:was|had|has|is|would|could|should|"
    r"will|might|must|did|does|said|says|came|went|took|made|who|whose|and|with|himself|herself|at|to|in|as|after|"
    r"then|too|still|now|again|soon|but|by|for|on|upon|into|of|from|looked|spoke|saw|thought|knew|seemed|sat|stood|"
    r"rose|turned|began|gave|got|felt|kept|left|let|put|ran|walked|answered)\b))"
)
"""'the general' / 'the Admiral' as a person: followed by a verb, a clause, punctuation or "'s"."""
_BARE_TITLE_VOCATIVE = re.compile(
    r"(?<![\w’'])(Doctor|Professor|Captain|Inspector|Sergeant|Colonel|Major|Sister|Brother|Aunt|Auntie|Uncle|"
    r"Granny|Grandma|Grandpa|Gran|Nana)(?=[,.!?—–]|$)"
)
"""A title said alone, as a call: 'Sorry, Sister.', 'Captain!' (not 'Miss', 'Sir': said to anyone; not 'Dr', which
opens a name: 'Dr. Amis')."""
_NOT_TITLES_ALONE = {"the", "old", "young", "little", "poor", "dear", "saint", "st", "mount", "lake", "new"}
"""First words of a name that are not a title to call someone by ('Old Jolyon', 'Saint Clair')."""

_GUESSED = ("turn-taking", "the scene's latest subject", "unattributed", "only character named")
"""The rules that only guess a line's speaker from the conversation (no tag, no beat, no name)."""
_YOU = re.compile(r"\b[Yy]ou(?:r|rs|rself)?\b")


_ROLE_ANYWHERE = re.compile(r"\bthe\s+(?P<role>" + "|".join(sorted(_ROLE_NOUNS, key=len, reverse=True)) + r")\b")
_VERB_AFTER = re.compile(r"\s+(?:" + _VERB + r")\b")
_GENDERED_TITLE_NOUNS = {"lady", "lord", "madam", "dame"}
"""Titles that are also plain nouns for a person of either sex ('the little lady'); 'the master' of a workshop is
as often its Master Harrow, and stays a title."""


def _one_sentence(text: str, first: Segment, then: Segment) -> bool:
    """Two quotes one sentence split by a tag: '"Nell," she said, "look at this."'."""
    return text[first.end - 1 : first.end] in (",", "—", "–", "-") and text[then.start : then.start + 1].islower()
