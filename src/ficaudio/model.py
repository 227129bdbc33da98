"""The one data model every stage reads and writes.

Positions are stand-off character offsets into ``Document.text``, the decoded
source text (newlines normalised to ``\\n``): ``start`` is the first character,
``end`` the first character *after* the span (half-open, like Python slices
and spaCy's ``Doc.char_span``). Spans never store their own text, so every
decision can be traced back to the words it came from.

Times are integer milliseconds with an ``_ms`` suffix, as in pydub.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

SegmentKind = Literal["narration", "dialogue", "thought", "author_note", "heading"]
SEGMENT_KINDS: tuple[str, ...] = ("narration", "dialogue", "thought", "author_note", "heading")
SPOKEN_KINDS: tuple[str, ...] = ("dialogue", "thought")

# Speakers the attribution stage gives lines it cannot pin on a named character.
UNKNOWN = "Unknown"
UNKNOWN_FEMALE = "Unknown woman"
UNKNOWN_MALE = "Unknown man"
FIRST_PERSON = "Narrator"
"""The narrator as a character: the 'I' of a first-person story."""
GENERIC_SPEAKERS = {UNKNOWN: None, UNKNOWN_FEMALE: "female", UNKNOWN_MALE: "male"}
CHAT_LABEL = "chat-fic name"
"""``Segment.why`` of the 'Mira:' before a chat-fic line: narration shown in the script, never read aloud."""

Gender = Literal["female", "male"]


@dataclass(frozen=True)
class Span:
    """A half-open range ``[start, end)`` of ``Document.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}:{self.end}")


@dataclass
class Segment:
    """One line of the production script: a run of text read by one voice."""

    kind: str
    """One of SEGMENT_KINDS."""
    start: int
    """Offset of the first character in Document.text."""
    end: int
    """Offset just past the last character (exclusive)."""
    speaker: str | None = None
    """Canonical character name; None for the narrator."""
    paragraph: int = 0
    """Index of the source paragraph the segment lies in (for pauses)."""
    quote_id: int | None = None
    """Parts of one quotation split by narration share a quote_id."""
    scene_break_before: bool = False
    """A scene break (***, ~~~) stands between this segment and the previous one."""
    why: str = ""
    """Which rule decided the speaker, e.g. 'tag-after: said Mira'. For tracing."""

    @property
    def reader(self) -> str | None:
        """Who reads this segment aloud: the speaker of dialogue and thought, None (the narrator) otherwise."""
        return self.speaker if self.kind in SPOKEN_KINDS else None


@dataclass
class Chapter:
    """A chapter: a heading (maybe none) and the segments under it."""

    index: int
    """1-based position in the story."""
    title: str
    start: int
    end: int
    segments: list[Segment] = field(default_factory=list)


@dataclass
class Character:
    """Someone who speaks, found in the text or declared in voices.yaml."""

    name: str
    aliases: list[str] = field(default_factory=list)
    gender: str | None = None
    """'female', 'male' or None when unknown."""
    lines: int = 0
    """Number of dialogue/thought segments attributed to them."""
    words: int = 0
    narrates: bool = False
    """The story's first-person narrator ('I'): their lines are read in the narrator's voice, as a reader of a
    first-person book reads them, unless voices.yaml gives them one."""
    gender_assumed: bool = False
    """``gender`` is only a casting default, not something the text says: a role nobody's pronouns or words
    sex ('The Porter') is read in a man's voice. voices.yaml is not told it as a gender."""


@dataclass
class StoryHints:
    """Structure a reader knows from the file format (HTML, EPUB), not guessed.

    Plain text has none; the chapter and segment stages fall back to finding
    the structure in the text itself.
    """

    chapters: list[tuple[str, Span]] = field(default_factory=list)
    """(title, span of the chapter's body) in reading order."""
    author_notes: list[Span] = field(default_factory=list)
    emphasis: list[Span] = field(default_factory=list)
    """Italic passages, which may be inner thoughts."""
    characters: list[str] = field(default_factory=list)
    """Character tags from the work's metadata."""
    metadata: dict[str, list[str]] = field(default_factory=dict)
    """Other work metadata by key: 'fandoms', 'relationships', 'rating', 'summary', 'status', 'url', ..."""


@dataclass
class Document:
    """A story and everything the text stages decided about it."""

    text: str
    """The decoded source text. Never changed after reading."""
    title: str
    author: str | None = None
    source: str = ""
    """Where the text came from (a path, or '<text>')."""
    hints: StoryHints = field(default_factory=StoryHints)
    chapters: list[Chapter] = field(default_factory=list)
    characters: dict[str, Character] = field(default_factory=dict)
    scene_breaks: list[Span] = field(default_factory=list)
    language: str = "en"
    """The story's language, a code from ficaudio.languages ('fr'); set by the pipeline before the text stages."""
    language_source: str = "default"
    """How it was decided: 'voices.yaml', 'metadata', 'detected' or 'default'."""
    language_region: str = ""
    """The region of the language the metadata (or voices.yaml) names, as its eSpeak NG voice ('pt-br' for AO3's
    'Português brasileiro'; languages.region); '' when it names none."""

    @property
    def voice_language(self) -> str:
        """What automatic casting draws voices from: the region's ('pt-br'), else the language's ('pt')."""
        return self.language_region or self.language

    def span_text(self, start: int, end: int) -> str:
        """Return ``text[start:end]``, refusing offsets outside the text."""
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span {start}:{end} outside {len(self.text)}-char text")
        return self.text[start:end]

    def segment_text(self, segment: Segment) -> str:
        return self.span_text(segment.start, segment.end)

    @property
    def segments(self) -> list[Segment]:
        """All segments of all chapters, in order."""
        return [s for chapter in self.chapters for s in chapter.segments]


@dataclass(frozen=True)
class Voice:
    """Everything the engine needs to speak in one voice."""

    voice_id: str
    """An id as `ficaudio voices` lists it, e.g. 'en-gb' or 'en-gb+f3'."""
    rate: int = 175
    """Words per minute."""
    pitch: int = 50
    """eSpeak NG pitch, 0-100 (50 is the voice's normal pitch)."""
    volume: float = 1.0
    """0.0-2.0; 1.0 is the engine's normal volume."""
    engine: str = "pyttsx3"
    """'pyttsx3' (eSpeak NG) or 'piper'."""
    model: str = ""
    """Piper only: the .onnx file's path ('' for the bundled en_US-joe-medium)."""
    speaker: int | None = None
    """Piper only: the speaker id of a multi-speaker model."""

    def describe(self) -> str:
        if self.engine == "piper":
            speaker = f" speaker {self.speaker}" if self.speaker is not None else ""
            return f"{self.voice_id}{speaker} rate {self.rate}"
        return f"{self.voice_id} rate {self.rate} pitch {self.pitch}"
