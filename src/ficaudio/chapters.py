"""Stage "chapters": paragraphs, chapter headings, scene breaks, author's notes.

Fics put their structure in plain lines: ``Chapter 3: The Storm``, ``***``
between scenes, ``A/N:`` and ``Disclaimer: I don't own ...`` before and after
the story, and ``Sasori's POV`` where the point of view changes inside a
chapter. This stage finds them and leaves the story paragraphs for the quote
stage. A one-shot with no headings is one chapter named after the story.

When the file format gives the chapters (AO3, FanFicFare, EPUB) those are the
chapters. Plain text has headings as books print them too: ``CHAPTER I`` over
a title line, bare ``XIV``, ``Book One`` over its chapters (which then carry it
in their titles). Notes are found at the edges of the work and of chapters, or
by an explicit mark; a run found only by where it stands may not skip more than
300 words or a tenth of a chapter (``_guard_notes``).
"""

from __future__ import annotations

import functools
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
    before_note: str | None = None
    """The role a paragraph had before its place (not a mark of its own) made it a note; the guard may give it back."""


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
_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final"
_NUMBER = (r"(?:\d+|[ivxlc]+\b|(?:" + _NUMBER_WORDS + r")(?:[- ](?:" + _NUMBER_WORDS + r"))?\b"
           r"|(?:the\s+)?(?:" + _ORDINALS + r")\b)")
_PART_HEADING = re.compile(r"^(?:part|book|volume|vol\.|act)\s+" + _NUMBER, re.IGNORECASE)
_CHAPTER_HEADING = re.compile(
    r"^(?:(?:chapter|chap\.?|ch\.?)\s+" + _NUMBER + r"|prologue\b|epilogue\b|interlude\b|afterword\b"
    r"|(?:the\s+)?(?:preface|foreword)\s*$)",
    re.IGNORECASE
)
_EXPLICIT_HEADING = re.compile(_PART_HEADING.pattern + "|" + _CHAPTER_HEADING.pattern, re.IGNORECASE)
_NUMERAL = re.compile(r"^(?:[IVXLC]+|\d{1,3})\.?$")
"""A bare chapter number on its own line ('II.', 'XXXIV', '7'): a heading when the text has several."""
PART, CHAPTER = 1, 2
"""Heading levels: a part (Part, Book, Volume, Act) holds chapters."""

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
    r"^\s*(?:\(?\s*a/n\b|an:|a\.n\.|author['’]?s['’]? ?notes?\b|authors? ?notes?\b|(?:chapter |end |chapter end )?notes?:|"
    r"disclaimer\b|(?:chapter )?summary:|"
    r"i (?:do not|don'?t|don’t) own\b|(?:edit|update)d?:)",
    re.IGNORECASE,
)
_NOTE_ANYWHERE = re.compile(
    r"\b(?:author['’]?s['’]? ?notes?|authors? ?notes?|a/n|disclaimer|i (?:do not|don'?t|don’t) own|"
    r"please (?:review|r&r|comment|leave a)|reviews? (?:are|is) (?:love|appreciated)|r&r|"
    r"thanks? (?:you )?(?:so much )?for reading|hope you (?:all )?enjoy(?:ed)?|"
    r"read and review|kudos|next chapter|until next time|this (?:fic|chapter|oneshot|one-shot|story)|"
    r"my (?:first|new) (?:fic|story|oneshot|one-shot)|beta(?:ed|-read)?\b|fanfic)",
    re.IGNORECASE,
)
_NOTE_TALK = re.compile(
    r"\b(?:i (?:wrote|am writing|'m writing|was writing|finished)|writing this|finished|(?:one-?shot|fic|chapter|"
    r"update|review|kudos|comment|beta|pm)s?|disclaimer|thanks for reading)\b|[:;]-?[)D]|<3|\bx{2,}o*\b",
    re.IGNORECASE,
)
"""How a closing note talks about the writing and the reader, after a gap at the end of the text."""
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


def heading_level(line: str) -> int | None:
    """PART or CHAPTER for an explicit heading line ('Book Two', 'CHAPTER I. The Storm', 'Epilogue'), else None.

    What follows the number must be nothing, a separator or a title: 'Part I think so.' is a sentence.
    """
    line = line.strip()
    if "\n" in line or not line or len(line) > 80:
        return None
    line = line.strip(_DECORATION) or line  # ~Chapter 1~, **Chapter 2**, [Part III], ==Epilogue==
    for level, pattern in ((PART, _PART_HEADING), (CHAPTER, _CHAPTER_HEADING)):
        match = pattern.match(line)
        if match is None:
            continue
        rest = line[match.end() :].strip()
        if not rest or rest[0] in ".:-–—)(,;/|" or _title_like(rest):
            return level
    return None


_DECORATION = " \t*_#=~-–—[]<>|+•"


_SMALL_WORDS = {"a", "an", "and", "at", "in", "of", "on", "or", "the", "to", "for", "with", "from", "by", "is", "as"}
_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|St|Mt|Jr|Sr)\.$")


def _title_like(line: str) -> bool:
    """A short line written as a title: capitalised words (or all caps), not a sentence or a fragment."""
    line = line.strip().strip("*_ ")
    words = line.split()
    if not 1 <= len(words) <= 12 or sum(c.isalpha() for c in line) < 2 or is_sign_off(line):
        return False
    # Not a sentence, a cut-off line ('He-', 'But...'), a letter's salutation or a quotation.
    if line[-1] in ".,;:!?-–—…\"'”’" or any(ch in line for ch in "\"“”‘"):
        return False
    # 'Obviously. SH' is a sentence and a signature; 'Mrs. Lynde Is Surprised' is a title.
    if any(_SENTENCE_INSIDE.match(w) and not _ABBREVIATION.search(w) for w in words[:-1]):
        return False
    letters = [c for c in line if c.isalpha()]
    if all(c.isupper() for c in letters):
        return True
    return words[0][0].isupper() and all(w[0].isupper() or w.lower() in _SMALL_WORDS or not w[0].isalpha()
                                         for w in words)


_SENTENCE_INSIDE = re.compile(r".*[.!?…]$")


def is_heading(line: str, *, loose: bool) -> bool:
    """Is this one-line paragraph a chapter heading?

    ``loose`` also accepts a short title-case or all-caps line, used only when
    the story has several such lines and no explicit headings.
    """
    line = line.strip()
    if "\n" in line or not line or len(line) > 80:
        return False
    if heading_level(line) is not None:
        return True
    return loose and len(line.split()) <= 8 and _title_like(line)


def title_lines(paragraph_text: str, *, same_block: bool = False) -> bool:
    """A chapter's title under a bare 'CHAPTER I' or 'II': at most three short lines written as a title.

    ``same_block``: the lines sit right under the heading with no blank line between, as printed books
    set them; there an all-caps title may quote or ask ('"IT ISN'T STRYCHNINE, IS IT?"').
    """
    lines = [line.strip().strip("*_ ") for line in paragraph_text.split("\n")]
    if len(lines) > 3 or len(paragraph_text.split()) > 20 or not all(lines):
        return False
    joined = " ".join(lines)
    letters = [c for c in joined if c.isalpha()]
    if letters and all(c.isupper() for c in letters):  # WINNIE-THE-POOH AND SOME BEES, / AND THE STORIES BEGIN
        if same_block:
            return joined[-1] not in ",;:-–—"
        return joined[-1] not in ".,;:!?-–—…" and not any(ch in joined for ch in "\"“”")
    return len(lines) == 1 and _title_like(joined)


def _title_continues(first: str, more: str) -> bool:
    """A long title wrapped onto the next lines: 'Chapter VI: The Reverend Arthur Beebe, the Reverend Cuthbert Eager,'."""
    words = first.split()
    mid_phrase = first.rstrip()[-1:] in ",;-–—" or (len(words) > 3 and words[-1].lower() in _SMALL_WORDS)
    return mid_phrase and more.count("\n") < 4 and len(more.split()) <= 50


def is_pov_marker(line: str) -> bool:
    """A line that only says whose point of view follows ('Sasori's POV')."""
    line = line.strip()
    return bool(line) and len(line) <= 60 and "\n" not in line and bool(_POV_MARKER.match(line))


def is_scene_break(line: str) -> bool:
    line = line.strip()
    return bool(line) and len(line) <= 40 and "\n" not in line and bool(_SCENE_BREAK.match(line))


def _note_start(paragraph_text: str) -> bool:
    return bool(_NOTE_START.match(paragraph_text) or _other_note_start().match(paragraph_text))


@functools.lru_cache(maxsize=1)
def _other_note_start() -> re.Pattern[str]:
    """'N/A :', 'Nota de la autora:', 'Anmerkung:': each language's note_openers (languages/*.py), then a colon."""
    from .languages import note_openers

    return re.compile(r"^\s*\(?\s*(?:" + "|".join(re.escape(o) for o in note_openers()) + r")\s?:", re.IGNORECASE)


def is_note_marker(paragraph_text: str) -> bool:
    return bool(_note_start(paragraph_text) or _NOTE_ANYWHERE.search(paragraph_text[:400]))


def is_sign_off(paragraph_text: str) -> bool:
    return bool(_SIGN_OFF.match(paragraph_text))


FRONT_WORDS = 100
"""Text before the first heading shorter than this is a title page, read at the start of chapter 1, not a chapter."""


@dataclass
class _Heading:
    """A paragraph that opens a chapter or a part, with the title it gives (its title line included)."""

    paragraph: Paragraph
    level: int
    title: str
    from_format: bool = False
    """The file format (AO3, FanFicFare, EPUB) put this heading there, so its title wins."""


def find_chapters(doc: Document) -> ChapterPlan:
    """Find chapters, headings, scene breaks and author's notes in ``doc``.

    Sets ``doc.chapters`` (with heading and author_note segments already in
    place) and ``doc.scene_breaks``; returns the paragraphs per chapter for
    the quote stage.
    """
    text = doc.text
    note_spans = doc.hints.author_notes
    # A note span cuts its block at both edges: a title line right above a details header stays the heading.
    cuts = {s.end for s in note_spans} | {s.start - 1 for s in note_spans if s.start > 0}
    paragraphs = _split_at_headings(text, split_paragraphs(text), cuts)
    if not paragraphs:
        doc.chapters = [Chapter(index=1, title=doc.title, start=0, end=len(text))]
        return ChapterPlan(chapters=doc.chapters, paragraphs={1: []})

    for p in paragraphs:
        p_text = text[p.start : p.end]
        if any(s.start <= p.start and p.end <= s.end for s in note_spans):
            p.role = AUTHOR_NOTE
        elif is_scene_break(p_text):
            p.role = SCENE_BREAK
        elif is_pov_marker(p_text):
            p.role = POV_MARKER

    headings = _find_headings(doc, paragraphs)
    heading_paragraphs = [h.paragraph for h in headings]
    _mark_author_notes(text, paragraphs, heading_paragraphs)

    # A scene-break line at the very end, or right after a note, is the note's decoration.
    for i, p in enumerate(paragraphs):
        if p.role == SCENE_BREAK:
            nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else None
            prev = paragraphs[i - 1] if i else None
            if nxt is None or (prev and prev.role == AUTHOR_NOTE):
                _infer_note(p)

    chapters: list[Chapter] = []
    plan = ChapterPlan()
    current: list[Paragraph] = []
    title = doc.title
    chapter_start = 0
    part: str | None = None
    format_titled = False
    seen_heading = False
    story_words = 0  # kept as we go: a sum over `current` is quadratic on a run of headings
    by_paragraph = {id(h.paragraph): h for h in headings}

    def close(end: int) -> None:
        index = len(chapters) + 1
        chapters.append(Chapter(index=index, title=title, start=chapter_start, end=end))
        plan.paragraphs[index] = list(current)

    for p in paragraphs:
        heading = by_paragraph.get(id(p))
        if heading is not None:
            if not seen_heading and 0 < story_words < FRONT_WORDS:
                _title_page(text, current)
            # A chapter ends where the next begins, once it has text; a title page stays with chapter 1.
            if (story_words and (seen_heading or story_words >= FRONT_WORDS)) or (heading.from_format and format_titled):
                close(p.start)
                current, story_words, format_titled = [], 0, False
                chapter_start = p.start
                if part == title:
                    part = None  # a part with text of its own is a chapter, not a heading over the next ones
            if heading.level == PART:
                part = title = heading.title  # a chapter of its own, unless a chapter heading follows first
                format_titled = False
            elif not (format_titled and not story_words):  # a repeat of the format's heading keeps its title
                title = f"{part}, {heading.title}" if part else heading.title
            format_titled = format_titled or heading.from_format
            seen_heading = True
        current.append(p)
        if p.role == STORY:
            story_words += len(text[p.start : p.end].split()) or 1
    close(len(text))

    _guard_notes(text, chapters, plan)

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


def _title_page(text: str, paragraphs: list[Paragraph]) -> None:
    """The short lines before the first heading ('HOWARDS END', 'By E. M. Forster') are headings, read as such.

    They are no one's story: kept out of the quote and speaker stages, where a name in them would count as
    a character in the scene. A line with a quotation stays story.
    """
    for p in paragraphs:
        line = text[p.start : p.end]
        if p.role == STORY and len(line.split()) <= 15 and not any(ch in line for ch in "\"“”‘"):
            p.role = HEADING


def _split_at_headings(text: str, paragraphs: list[Paragraph], cuts: set[int]) -> list[Paragraph]:
    """Cut blocks that run a heading into what is around it, with no blank line between.

    'Author: Wren\nBOOK THE FIRST\nCHAPTER I\nTHE ONE THING NEEDFUL\nIt was ...' is a details header
    (it ends at a cut: where the reader's note span ends), a part heading, a chapter heading with its
    title line, and prose: each becomes a paragraph of its own. A wrapped long title stays whole.
    """
    out: list[Paragraph] = []
    for p in paragraphs:
        block = text[p.start : p.end]
        if "\n" not in block:
            out.append(p)
            continue
        lines: list[tuple[int, int]] = []  # (start, end) of each line
        offset = p.start
        for line in block.split("\n"):
            lines.append((offset, offset + len(line)))
            offset += len(line) + 1
        if not any(heading_level(text[a:b]) is not None for a, b in lines) and not any(
            p.start < c < p.end for c in cuts
        ):
            out.append(p)
            continue
        starts = {0}
        i = 0
        while i < len(lines):
            a, b = lines[i]
            if any(a <= c <= b for c in cuts) and i + 1 < len(lines):
                starts.add(i + 1)
            line = text[a:b]
            if heading_level(line) is None:
                i += 1
                continue
            starts.add(i)
            rest = [text[x:y] for x, y in lines[i + 1 : i + 5]]
            keep = 0
            if rest and _title_continues(line, "\n".join(rest)):
                keep = len(rest)
            elif _bare(line):
                keep = next((k for k in (3, 2, 1) if len(rest) >= k and all(heading_level(r) is None for r in rest[:k])
                             and title_lines("\n".join(rest[:k]), same_block=True)), 0)
            i += 1 + keep
            starts.add(i)
        cut = sorted(k for k in starts if k < len(lines))
        if cut == [0]:
            out.append(p)
            continue
        for n, k in enumerate(cut):
            last = cut[n + 1] - 1 if n + 1 < len(cut) else len(lines) - 1
            _append_trimmed(text, lines[k][0], lines[last][1], out)
    for n, p in enumerate(out):
        p.index = n
    return out


def _find_headings(doc: Document, paragraphs: list[Paragraph]) -> list[_Heading]:
    """The paragraphs that open chapters and parts; marks them (and their title lines) HEADING.

    When the format gives the chapters (AO3, FanFicFare, EPUB), its heading lines are the chapters and
    inside them only an explicit heading ('Chapter 4', 'Part Two') may split. In plain text a heading is
    an explicit one, a bare number when the text has several, or, in a text with neither, a short line
    written as a title when there are several such lines (or one, the one-shot's title at the top).
    """
    text = doc.text
    texts = {p.index: text[p.start : p.end] for p in paragraphs}
    format_ends = {span.start - 2 for _, span in doc.hints.chapters} | {span.start for _, span in doc.hints.chapters}
    format_titles = {title for title, _ in doc.hints.chapters}
    # AO3, FanFicFare and EPUB files say where chapters are, a one-shot's one chapter too.
    by_format = bool(doc.hints.chapters) or bool(
        {"ao3", "fanficfare", "epub"} & set(doc.hints.metadata.get("source_format", []))
    )
    found: list[_Heading] = []
    numerals = {id(p): texts[p.index].strip().rstrip(".") for p in paragraphs
                if p.role == STORY and _NUMERAL.match(texts[p.index].strip())}
    # Bare numbers are headings only in plain text that has a run of them (I, II, III) and no
    # 'Chapter N' lines: under those they number the scenes.
    use_numerals = len(set(numerals.values())) >= 2 and not by_format and not any(
        p.role == STORY and heading_level(texts[p.index].partition("\n")[0]) == CHAPTER for p in paragraphs
    )
    if use_numerals:
        # 'XXX' looks like a scene break (xXx), but between XXIX and XXXI it is chapter thirty.
        previous = 0
        for p in paragraphs:
            number = texts[p.index].strip().rstrip(".")
            if id(p) in numerals:
                previous = _number_value(numerals[id(p)])
            elif p.role == SCENE_BREAK and _NUMERAL.match(number) and _number_value(number) == previous + 1:
                p.role, numerals[id(p)], previous = STORY, number, previous + 1
    title_of: dict[int, Paragraph] = {}
    for i, p in enumerate(paragraphs):
        if p.role != STORY:
            continue
        t = texts[p.index]
        if p.end in format_ends and t in format_titles:
            found.append(_Heading(p, heading_level(t) or CHAPTER, _clean_heading(t), from_format=True))
            continue
        first, _, more = t.partition("\n")
        level = heading_level(first)
        if level is None and use_numerals and id(p) in numerals:
            level = CHAPTER
        if level is None:
            continue
        title = _clean_heading(first)
        title_paragraph = None
        if more and _title_continues(first, more):
            title = _clean_heading(t)
        elif more and _bare(first) and title_lines(more, same_block=True):
            title = _join_title(title, more)
        elif more:
            continue  # 'Chapter 1' then a paragraph of prose in one block: a sentence, not a heading
        elif _bare(first) and i + 1 < len(paragraphs):
            nxt = paragraphs[i + 1]
            if (nxt.role == STORY and i + 2 < len(paragraphs) and title_lines(texts[nxt.index])
                    and heading_level(texts[nxt.index]) is None and not is_note_marker(texts[nxt.index])):
                title = _join_title(title, texts[nxt.index])
                title_paragraph = nxt
        found.append(_Heading(p, level, title))
        if title_paragraph is not None:
            title_of[id(p)] = title_paragraph
    if not found and not by_format:
        found = _loose_headings(text, paragraphs, texts)
    if not found and not by_format and len(paragraphs) > 2:
        # The title line a plain-text details header stands under (readers/txt.py took it for the title and
        # left it out of the header's note): the one-shot's title, title case or not ('a lantern that will
        # not stay lit'), not a story paragraph before the notes.
        first, nxt = paragraphs[0], paragraphs[1]
        if (first.role == STORY and nxt.role == AUTHOR_NOTE and "\n" not in texts[first.index].strip()
                and texts[first.index].strip(" \t*_#") == doc.title
                and any(s.start == nxt.start for s in doc.hints.author_notes)):
            found = [_Heading(first, CHAPTER, _clean_heading(texts[first.index]))]
    for h in found:
        h.paragraph.role = HEADING
        if id(h.paragraph) in title_of:
            title_of[id(h.paragraph)].role = HEADING
    # Only parts (Daisy Miller's PART I / PART II): they are the chapters.
    return found


def _loose_headings(text: str, paragraphs: list[Paragraph], texts: dict[int, str]) -> list[_Heading]:
    """Title-case or all-caps lines as headings, in a text without explicit ones.

    They count only when there are several, each followed by text (a closing 'THE END' is not a
    chapter); one alone is prose, unless it is the one-shot's own title before its first paragraph.
    """
    candidates = [
        (i, p) for i, p in enumerate(paragraphs)
        if p.role == STORY and _isolated_line(text, p) and is_heading(texts[p.index], loose=True)
    ]
    with_text = [
        p for i, p in candidates
        if any(q.role == STORY and not is_heading(texts[q.index], loose=True) for q in paragraphs[i + 1 : i + 2])
    ]
    if len(with_text) >= 2:
        return [_Heading(p, CHAPTER, _clean_heading(texts[p.index])) for p in with_text]
    if candidates:
        # A one-shot's own title on a line of its own before the first story paragraph.
        first_story = next((p for p in paragraphs if p.role == STORY and not is_note_marker(texts[p.index])), None)
        if first_story is not None and first_story is candidates[0][1] and first_story is not paragraphs[-1]:
            return [_Heading(first_story, CHAPTER, _clean_heading(texts[first_story.index]))]
    return []


_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def _number_value(numeral: str) -> int:
    """'XXIX' -> 29, '7' -> 7."""
    if numeral.isdigit():
        return int(numeral)
    values = [_ROMAN_VALUES[c] for c in numeral.upper()]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def _bare(line: str) -> bool:
    """'CHAPTER I', 'Chapter 1.', 'II', 'Book the First': a heading that names no title."""
    line = line.strip().rstrip(".:").strip()
    if _NUMERAL.match(line):
        return True
    for pattern in (_PART_HEADING, _CHAPTER_HEADING):
        match = pattern.match(line)
        if match and not line[match.end() :].strip(" .:-–—"):
            return True
    return False


def _join_title(heading: str, title: str) -> str:
    """'CHAPTER I.' + 'THE ONE THING NEEDFUL' -> 'CHAPTER I: THE ONE THING NEEDFUL'."""
    return f"{heading.rstrip(' .:')}: {_clean_heading(title)}"


def _isolated_line(text: str, p: Paragraph) -> bool:
    """A heading stands alone: blank line (or text edge) before and after."""
    before = text[max(0, p.start - 2) : p.start]
    after = text[p.end : p.end + 2]
    return (p.start == 0 or before.endswith("\n\n") or before == "\n") and (p.end == len(text) or after.startswith("\n"))


def _clean_heading(line: str) -> str:
    line = re.sub(r"\s+", " ", line).strip()
    return line.strip(_DECORATION) or line


DASHED_STORY_LINES = 3
"""Paragraphs opening with a dash that make a story one told in dash dialogue."""


def _mark_author_notes(text: str, paragraphs: list[Paragraph], headings: list[Paragraph]) -> None:
    """Mark the author's notes that open and close a fic (and A/N paragraphs anywhere)."""
    story = [p for p in paragraphs if p.role != HEADING]
    if not story:
        return
    texts = {p.index: text[p.start : p.end] for p in paragraphs}

    # Anywhere: a paragraph that opens with an explicit note marker.
    for p in paragraphs:
        if p.role == STORY and _note_start(texts[p.index]):
            p.role = AUTHOR_NOTE

    # Opening zone: before the first heading, or the first few paragraphs of a one-shot.
    first_heading = headings[0].index if headings else None
    if first_heading is not None:
        opening = [p for p in paragraphs if p.index < first_heading]
        if any(is_note_marker(texts[p.index]) or p.role == AUTHOR_NOTE for p in opening):
            for p in opening:
                if p is opening[0] and p.role == STORY and _title_like(texts[p.index]):
                    continue  # the work's title above its notes ('Hands on the Table' / 'Summary: ...')
                _infer_note(p)
    else:
        # A one-shot: the run of notes (and the scene-break lines between them) it opens with.
        run_end = 0
        for i, p in enumerate(paragraphs[:6]):
            if p.role == AUTHOR_NOTE or is_note_marker(texts[p.index]):
                run_end = i + 1
            elif p.role != SCENE_BREAK and not _GREETING.match(texts[p.index]):
                break
        for p in paragraphs[:run_end]:
            _infer_note(p)

    _mark_chapter_edges(texts, paragraphs, headings)

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
    # In a story told in dash dialogue ('—¿Vienes?' / '— Oui.') a last '—Sí.' is its last line, not '— Kat'.
    dashed = sum(texts[p.index].lstrip()[:1] in "—–-" for p in story) >= DASHED_STORY_LINES  # '-' typed for '—'
    if (start_at is None and tail and tail[-1].role == STORY and is_sign_off(texts[tail[-1].index])
            and not (dashed and texts[tail[-1].index].lstrip()[:1] in "—–-")):
        start_at = len(tail) - 1
    if start_at is not None:
        while start_at > after_last_heading and (marker(tail[start_at - 1]) or tail[start_at - 1].role == SCENE_BREAK):
            start_at -= 1
    # After the story's last line, past a wider gap than the story leaves between paragraphs, a note
    # talks about the writing and the reader ('Ok, finished. :) ... I am writing this past midnight').
    gap_at = _closing_gap(text, paragraphs, tail[after_last_heading:])
    if gap_at is not None:
        rest = tail[after_last_heading:][gap_at:]
        if any(marker(q) or _NOTE_TALK.search(texts[q.index]) for q in rest):
            start_at = min(start_at if start_at is not None else len(tail), after_last_heading + gap_at)
    if start_at is not None:
        for p in tail[start_at:]:
            _infer_note(p)


# Inside a story 'the next chapter of her life' is prose: at a chapter's edge only words that
# only a note uses count.
_EDGE_NOTE = re.compile(
    r"\b(?:a/n|author'?s'? ?notes?|disclaimer|please (?:review|r&r|comment|leave a)|reviews? (?:are|is)|r&r|"
    r"thanks? (?:you )?(?:so much )?for (?:reading|the reviews)|read and review|kudos|updates? soon|my beta|"
    r"beta(?:ed|-read)|fanfic|this fic)\b|(?<!\w)[:;]-?[)D](?!\w)|<3",
    re.IGNORECASE,
)
EDGE_NOTE_WORDS = 80
"""A note at a chapter's edge found by its words alone is short: 'Next chapter soon, please review!'."""


def _mark_chapter_edges(texts: dict[int, str], paragraphs: list[Paragraph], headings: list[Paragraph]) -> None:
    """Notes right after a chapter heading or right before the next one ('Thanks for reading, next chapter soon!').

    A short paragraph that talks like a note (is_note_marker) and stands at the edge, with only other
    such paragraphs, sign-offs or scene-break lines between it and the heading.
    """
    heading_at = {p.index for p in headings}
    story_heading = {p.index for p in paragraphs if p.role == HEADING}

    def note_like(p: Paragraph) -> bool:
        t = texts[p.index]
        return p.role == AUTHOR_NOTE or (len(t.split()) <= EDGE_NOTE_WORDS and bool(_EDGE_NOTE.search(t[:400])))

    def mark(run: list[Paragraph]) -> None:
        if any(q.role != SCENE_BREAK and note_like(q) for q in run):
            for q in run:
                _infer_note(q)

    for h in sorted(heading_at):
        # After the heading (and its title line).
        i = h + 1
        while i < len(paragraphs) and i in story_heading and i not in heading_at:
            i += 1
        run = []
        while i < len(paragraphs) and i not in story_heading and (note_like(paragraphs[i]) or (
                run and paragraphs[i].role == SCENE_BREAK)):
            run.append(paragraphs[i])
            i += 1
        mark(run)
        if h == min(heading_at):
            continue  # before the first heading is the opening zone's business
        # Before the heading: the end of the previous chapter.
        j = h - 1
        run = []
        while j >= 0 and j not in story_heading and (note_like(paragraphs[j]) or paragraphs[j].role == SCENE_BREAK
                                                      or (run and is_sign_off(texts[j]))):
            run.append(paragraphs[j])
            j -= 1
        mark(run)


def _closing_gap(text: str, paragraphs: list[Paragraph], tail: list[Paragraph]) -> int | None:
    """Index in ``tail`` of the last paragraph set off by more blank lines than the story uses, if any."""
    if len(paragraphs) < 3 or not tail:
        return None
    gaps = sorted(text[a.end : b.start].count("\n") for a, b in zip(paragraphs, paragraphs[1:]))
    usual = gaps[len(gaps) // 2]
    for i in range(len(tail) - 1, 0 if tail[0] is paragraphs[0] else -1, -1):
        p = tail[i]
        previous = paragraphs[p.index - 1] if p.index else None
        if previous is not None and text[previous.end : p.start].count("\n") > usual:
            return i
    return None


def _infer_note(p: Paragraph) -> None:
    """Make a story paragraph (or scene-break line) a note for where it stands; the guard may undo it."""
    if p.role in (STORY, SCENE_BREAK):
        p.before_note = p.role
        p.role = AUTHOR_NOTE


NOTE_GUARD_WORDS = 300
"""Notes found only by where they stand may skip at most this many words in a row ..."""
NOTE_GUARD_SHARE = 0.10
"""... and at most this share of a chapter (beyond a few words of thanks); more needs an explicit mark."""
_NOTE_GUARD_FLOOR = 50


def _guard_notes(text: str, chapters: list[Chapter], plan: ChapterPlan) -> None:
    """Read again any run of notes that would skip too much of a chapter without an explicit mark.

    A paragraph is explicitly marked when the format says it is a note (AO3 notes, a details header) or
    it opens with A/N, Author's note, Disclaimer and the like. The rest of a run was inferred from its
    place; if those words are over NOTE_GUARD_WORDS, or over NOTE_GUARD_SHARE of the chapter, they are
    story after all: skipping story unheard is worse than reading a note aloud.
    """
    for chapter in chapters:
        paragraphs = plan.paragraphs[chapter.index]
        if not any(p.before_note is not None for p in paragraphs):
            continue  # every note here is marked
        chapter_words = sum(len(text[p.start : p.end].split()) for p in paragraphs if p.role != HEADING)
        run: list[Paragraph] = []
        for p in [*paragraphs, None]:
            if p is not None and p.role == AUTHOR_NOTE:
                run.append(p)
                continue
            inferred = [q for q in run if q.before_note is not None]
            words = sum(len(text[q.start : q.end].split()) for q in inferred)
            if words > NOTE_GUARD_WORDS or (words > _NOTE_GUARD_FLOOR and words > NOTE_GUARD_SHARE * chapter_words):
                for q in inferred:
                    q.role, q.before_note = q.before_note, None
            run = []
