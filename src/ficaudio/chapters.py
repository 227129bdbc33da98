"""Stage "chapters": paragraphs, chapter headings, scene breaks, author's notes.

Fics put their structure in plain lines: ``Chapter 3: The Storm``, ``***``
between scenes, ``A/N:`` and ``Disclaimer: I don't own ...`` before and after
the story, and ``Sasori's POV`` where the point of view changes inside a
chapter. This stage finds them and leaves the story paragraphs for the quote
stage. A one-shot with no headings is one chapter named after the story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .model import Chapter, Document, Segment, Span

# Paragraph roles
STORY = "story"
HEADING = "heading"
AUTHOR_NOTE = "author_note"
SCENE_BREAK = "scene_break"
POV_MARKER = "pov_marker"
"""'Sasori's POV': read as a heading inside the chapter, after a scene-break pause; never a new chapter."""


@dataclass
class Paragraph:
    """A paragraph of the source: a block between blank lines (or one line)."""

    index: int
    start: int
    end: int
    role: str = STORY


@dataclass
class ChapterPlan:
    """What the chapter stage hands on: chapters and their paragraphs."""

    chapters: list[Chapter] = field(default_factory=list)
    paragraphs: dict[int, list[Paragraph]] = field(default_factory=dict)
    """Chapter index -> its paragraphs in order (all roles)."""


_NUMBER_WORDS = (
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty"
)
_EXPLICIT_HEADING = re.compile(
    r"^(?:(?:chapter|part|book|act|chap\.?|ch\.?)\s+(?:\d+|[ivxlc]+\b|(?:" + _NUMBER_WORDS + r")(?:[- ](?:"
    + _NUMBER_WORDS
    + r"))?\b)|prologue\b|epilogue\b|interlude\b|afterword\b)",
    re.IGNORECASE,
)
# *** / * * * / ~~~ / --- / xXx / ooo / oOo / -x-x- / a lone centred symbol
_SCENE_BREAK = re.compile(
    r"^\s*(?:[*~=#+_•·◆◇§¤❖✦✧※°\-–—.]\s*){1,}$|^\s*(?:[xo0]\s*){3,}$|^\s*(?:-?\s*[xo]\s*-?\s*){3,}$"
    r"|^\s*(?:[-~=*.]+\s*[xo]\s*){2,}[-~=*.]+\s*$",
    re.IGNORECASE,
)
# 'Sasori's POV', '~Sakura POV~', 'Third person POV', 'POV: Itachi', '(Naruto's point of view)'
_POV_NAME = r"[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|person|omniscient)){0,3}"
_POV = r"(?i:pov|p\.o\.v\.?|point\s+of\s+view)"
_POV_MARKER = re.compile(
    r"^[^\w'’]*(?:" + _POV_NAME + r"(?:['’]s|s['’])?\s+" + _POV + r"|" + _POV + r"\s*[:\-–—]?\s*" + _POV_NAME
    + r")[^\w'’]*$"
)
_NOTE_START = re.compile(
    r"^\s*(?:\(?\s*a/n\b|an:|a\.n\.|author'?s'? ?notes?\b|authors? ?notes?\b|note:|disclaimer\b|"
    r"i (?:do not|don'?t|don’t) own\b|(?:edit|update)d?:)",
    re.IGNORECASE,
)
_NOTE_ANYWHERE = re.compile(
    r"\b(?:author'?s'? ?notes?|authors? ?notes?|a/n|disclaimer|i (?:do not|don'?t|don’t) own|"
    r"please (?:review|r&r|comment|leave a)|reviews? (?:are|is) (?:love|appreciated)|r&r|"
    r"thanks? (?:you )?(?:so much )?for reading|hope you (?:all )?enjoy(?:ed)?|"
    r"read and review|kudos|next chapter|until next time|this (?:fic|chapter|oneshot|one-shot|story)|"
    r"my (?:first|new) (?:fic|story|oneshot|one-shot)|beta(?:ed|-read)?\b|fanfic)",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(r"^\s*(?:[~\-–—]+\s*\w[\w .'’]{0,30}|x+o*x*|[:;]-?[()DPp]+|<3+|\^_?\^)\s*$", re.IGNORECASE)


_GREETING = re.compile(r"^\s*(?:hello|hi|hey|hiya|greetings|ok(?:ay)?|so)\b[\w ,!.~:)(-]{0,30}$", re.IGNORECASE)
"""A short hello opening the notes: 'Hello!', 'Hi everyone :)'."""


def split_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[Paragraph]:
    """Split ``text[start:end]`` into paragraphs with offsets.

    Fics come with blank lines between paragraphs (AO3, most .txt) or with one
    paragraph per line (copied from fanfiction.net). Hard-wrapped text (blank
    lines between paragraphs, single newlines inside) keeps each block whole.
    """
    end = len(text) if end is None else end
    body = text[start:end]
    blank_separated = len(re.findall(r"\n[ \t]*\n", body))
    lines = body.count("\n") + 1
    per_line = blank_separated < 0.2 * lines * 0.5 and lines > 3
    splitter = re.compile(r"\n" if per_line else r"\n[ \t]*\n")
    paragraphs: list[Paragraph] = []
    cursor = start
    for match in list(splitter.finditer(text, start, end)) + [None]:
        block_end = match.start() if match else end
        _append_trimmed(text, cursor, block_end, paragraphs)
        if match:
            cursor = match.end()
    return paragraphs


def _append_trimmed(text: str, start: int, end: int, out: list[Paragraph]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Paragraph(index=len(out), start=start, end=end))


def is_heading(line: str, *, loose: bool) -> bool:
    """Is this one-line paragraph a chapter heading?

    ``loose`` also accepts a short title-case or all-caps line, used only when
    the story already has explicit headings or several such lines.
    """
    line = line.strip()
    if "\n" in line or not line or len(line) > 80:
        return False
    if _EXPLICIT_HEADING.match(line):
        return True
    if not loose:
        return False
    if sum(c.isalpha() for c in line) < 2 or is_sign_off(line):
        return False
    words = line.split()
    if not 1 <= len(words) <= 8 or line[-1] in ".,;!?\"'”’":
        return False
    if any(ch in line for ch in "\"“”‘"):
        return False
    small = {"a", "an", "and", "at", "in", "of", "on", "or", "the", "to", "for", "with", "from", "by"}
    capitalised = all(w[0].isupper() or w.lower() in small or not w[0].isalpha() for w in words)
    return capitalised and (line.isupper() or words[0][0].isupper()) and any(c.isalpha() for c in line)


def is_pov_marker(line: str) -> bool:
    """A line that only says whose point of view follows ('Sasori's POV')."""
    line = line.strip()
    return bool(line) and len(line) <= 60 and "\n" not in line and bool(_POV_MARKER.match(line))


def is_scene_break(line: str) -> bool:
    line = line.strip()
    return bool(line) and len(line) <= 40 and "\n" not in line and bool(_SCENE_BREAK.match(line))


def is_note_marker(paragraph_text: str) -> bool:
    return bool(_NOTE_START.match(paragraph_text) or _NOTE_ANYWHERE.search(paragraph_text[:400]))


def is_sign_off(paragraph_text: str) -> bool:
    return bool(_SIGN_OFF.match(paragraph_text))


def find_chapters(doc: Document) -> ChapterPlan:
    """Find chapters, headings, scene breaks and author's notes in ``doc``.

    Sets ``doc.chapters`` (with heading and author_note segments already in
    place) and ``doc.scene_breaks``; returns the paragraphs per chapter for
    the quote stage.
    """
    text = doc.text
    paragraphs = split_paragraphs(text)
    if not paragraphs:
        doc.chapters = [Chapter(index=1, title=doc.title, start=0, end=len(text))]
        return ChapterPlan(chapters=doc.chapters, paragraphs={1: []})

    note_spans = doc.hints.author_notes
    for p in paragraphs:
        p_text = text[p.start : p.end]
        if any(s.start <= p.start and p.end <= s.end for s in note_spans):
            p.role = AUTHOR_NOTE
        elif is_scene_break(p_text):
            p.role = SCENE_BREAK
        elif is_pov_marker(p_text):
            p.role = POV_MARKER

    explicit = [p for p in paragraphs if p.role == STORY and is_heading(text[p.start : p.end], loose=False)]
    loose_candidates = [
        p for p in paragraphs if p.role == STORY and _isolated_line(text, p) and is_heading(text[p.start : p.end], loose=True)
    ]
    # Loose (title-case / all-caps) headings count only when the story has
    # explicit ones too, or several of them: one short line alone is prose.
    explicit_ids = {id(p) for p in explicit}  # `p not in explicit` is quadratic on thousands of headings
    loose = [p for p in loose_candidates if id(p) not in explicit_ids]
    headings = sorted(explicit + loose, key=lambda p: p.index) if (explicit or len(loose) >= 2) else []
    if not headings and loose:
        # A one-shot's own title on a line of its own before the first story paragraph.
        first_story = next((p for p in paragraphs if p.role == STORY and not is_note_marker(text[p.start : p.end])), None)
        if first_story is not None and first_story is loose[0]:
            headings = [first_story]
    for p in headings:
        p.role = HEADING

    _mark_author_notes(text, paragraphs, headings)

    # A scene-break line right before a heading or at the very ends is decoration.
    for i, p in enumerate(paragraphs):
        if p.role == SCENE_BREAK:
            nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
            prev = paragraphs[i - 1] if i else None
            if nxt is None or nxt.role in (HEADING, AUTHOR_NOTE) or prev is None or prev.role == AUTHOR_NOTE:
                p.role = AUTHOR_NOTE if (nxt is None or (prev and prev.role == AUTHOR_NOTE)) else SCENE_BREAK

    chapters: list[Chapter] = []
    plan = ChapterPlan()
    current: list[Paragraph] = []
    title = doc.title
    chapter_start = 0

    def close(end: int) -> None:
        index = len(chapters) + 1
        chapter = Chapter(index=index, title=title, start=chapter_start, end=end)
        chapters.append(chapter)
        plan.paragraphs[index] = list(current)

    has_story = False  # kept as we go: any() over `current` is quadratic on a run of headings
    for p in paragraphs:
        if p.role == HEADING:
            if current and (has_story or chapters):
                close(p.start)
                current = []
                has_story = False
                chapter_start = p.start
            title = _clean_heading(text[p.start : p.end])
        current.append(p)
        has_story = has_story or p.role == STORY
    close(len(text))

    # Headings and author notes are whole segments; story paragraphs wait for the quote stage.
    for chapter in chapters:
        for p in plan.paragraphs[chapter.index]:
            if p.role in (HEADING, AUTHOR_NOTE):
                chapter.segments.append(Segment(kind=p.role, start=p.start, end=p.end, paragraph=p.index))
            elif p.role == POV_MARKER:  # a new scene from someone else's eyes: a pause, then the line
                chapter.segments.append(Segment(kind=HEADING, start=p.start, end=p.end, paragraph=p.index,
                                                scene_break_before=True))
    doc.chapters = chapters
    doc.scene_breaks = [Span(p.start, p.end) for p in paragraphs if p.role == SCENE_BREAK]
    plan.chapters = chapters
    return plan


def _isolated_line(text: str, p: Paragraph) -> bool:
    """A heading stands alone: blank line (or text edge) before and after."""
    before = text[max(0, p.start - 2) : p.start]
    after = text[p.end : p.end + 2]
    return (p.start == 0 or before.endswith("\n\n") or before == "\n") and (p.end == len(text) or after.startswith("\n"))


def _clean_heading(line: str) -> str:
    line = re.sub(r"\s+", " ", line).strip()
    return line.strip("*_#= ") or line


def _mark_author_notes(text: str, paragraphs: list[Paragraph], headings: list[Paragraph]) -> None:
    """Mark the author's notes that open and close a fic (and A/N paragraphs anywhere)."""
    story = [p for p in paragraphs if p.role != HEADING]
    if not story:
        return
    texts = {p.index: text[p.start : p.end] for p in paragraphs}

    # Anywhere: a paragraph that opens with an explicit note marker.
    for p in paragraphs:
        if p.role == STORY and _NOTE_START.match(texts[p.index]):
            p.role = AUTHOR_NOTE

    # Opening zone: before the first heading, or the first few paragraphs of a one-shot.
    first_heading = headings[0].index if headings else None
    if first_heading is not None:
        opening = [p for p in paragraphs if p.index < first_heading]
        if any(is_note_marker(texts[p.index]) or p.role == AUTHOR_NOTE for p in opening):
            for p in opening:
                if p.role in (STORY, SCENE_BREAK):
                    p.role = AUTHOR_NOTE
    else:
        # A one-shot: the run of notes (and the scene-break lines between them) it opens with.
        run_end = 0
        for i, p in enumerate(paragraphs[:6]):
            if p.role == AUTHOR_NOTE or is_note_marker(texts[p.index]):
                run_end = i + 1
            elif p.role != SCENE_BREAK and not _GREETING.match(texts[p.index]):
                break
        for p in paragraphs[:run_end]:
            if p.role in (STORY, SCENE_BREAK):
                p.role = AUTHOR_NOTE

    # Closing zone: the last note marker near the end with only notes, sign-offs or
    # short lines after it, plus the notes right before it. Never the opening notes of a
    # story only a few paragraphs long: the closing zone starts after its first story paragraph.
    first_story = next((p.index for p in paragraphs if p.role == STORY), None)
    if first_story is None:
        return
    tail = [p for p in paragraphs[-6:] if p.index > first_story]
    after_last_heading = max((i for i, p in enumerate(tail) if p.role == HEADING), default=-1) + 1

    def marker(p: Paragraph) -> bool:
        return p.role == AUTHOR_NOTE or is_note_marker(texts[p.index])

    def inline(p: Paragraph) -> bool:
        """(A/N: ...) in brackets is a note inside the story, not the start of closing notes."""
        t = texts[p.index].strip()
        return t[:1] in "([" and t[-1:] in ")]"

    def closing(p: Paragraph) -> bool:
        t = texts[p.index]
        return marker(p) or is_sign_off(t) or p.role == SCENE_BREAK or len(t.split()) <= 30

    start_at = None
    for i in range(len(tail) - 1, after_last_heading - 1, -1):
        if marker(tail[i]) and not (inline(tail[i]) and i < len(tail) - 1) and all(closing(q) for q in tail[i + 1 :]):
            start_at = i
            break
    if start_at is None and tail and tail[-1].role == STORY and is_sign_off(texts[tail[-1].index]):
        start_at = len(tail) - 1
    if start_at is not None:
        while start_at > after_last_heading and (marker(tail[start_at - 1]) or tail[start_at - 1].role == SCENE_BREAK):
            start_at -= 1
        for p in tail[start_at:]:
            if p.role in (STORY, SCENE_BREAK):
                p.role = AUTHOR_NOTE
