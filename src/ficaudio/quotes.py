"""Stage "quotes": split story paragraphs into narration, dialogue and thought.

The hard part is British single quotes: the same ``'`` opens a quote, closes
it, and is an apostrophe (``don't``, ``the twins' room``, ``'em``). Each
paragraph is scanned once, left to right, and every candidate mark is judged
by its neighbours (see ``_find_quotes``); the scan is linear in the paragraph.

A dialogue segment's text excludes its quote marks. Narration that is only
punctuation (the ``.`` after ``'Go'.``) is not a segment: it has no words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import languages, quote_marks
from .chapters import POV_MARKER, SCENE_BREAK, STORY, ChapterPlan, Paragraph
from .model import CHAT_LABEL, Document, Segment

DOUBLE_MARKS = "\"“”„"
SINGLE_OPEN = "'‘"
SINGLE_CLOSE = "'’"

# Words that start with an apostrophe standing for dropped letters: 'em, 'cause.
_CLIPPED = re.compile(
    r"(?:em|cause|cos|coz|til|till|tis|twas|twere|n|bout|round|cept|fore|nuff|kay|ello|ere|ow|im|er|"
    r"appen|alf|ave|ad|is|e|at|ome|ouse|old|ey|s|d|ll|re|ve|m|t|a|ang|orrible|ungry|urt|elp|eard|ear)"
    r"(?![A-Za-z])",
    re.IGNORECASE,
)
from .speakers.vocab import SPEECH_VERBS as _SPEECH_VERBS
SPEECH_VERB = re.compile(r"\b(?:" + _SPEECH_VERBS + r")\b", re.IGNORECASE)
_THOUGHT_TAG = re.compile(
    r"(?:,|(?<=[?!]))\s+(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|he|she|I|they)\s+"
    r"(?P<verb>thought|thinks|wondered|mused|reflected|(?:realised|realized|decided)(?=\s*[.!?])|"
    r"told (?:herself|himself|themselves)|(?:said|answered|replied|whispered|added|repeated)\s+"
    r"(?:silently|inwardly|to (?:herself|himself|themselves)|in (?:her|his) head))\b"
    r"[^.!?]*[.!?]",
)
_SAYING = re.compile(r"\b(?:saying|shouting|calling|crying|whispering|muttering|asking|answering|singing|yelling)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?…][\"”'’)]*\s+")


@dataclass
class QuoteSpan:
    """A quotation found in a paragraph; offsets are into Document.text."""

    open_mark: int
    """Offset of the opening mark."""
    close_mark: int | None
    """Offset of the closing mark; None when the paragraph ends inside the quote."""
    content_start: int
    content_end: int


def detect_style(text: str, paragraphs: list[Paragraph]) -> str:
    """'double' when the story's dialogue uses double quotes, else 'single'."""
    doubles = singles = 0
    for p in paragraphs:
        chunk = text[p.start : p.end]
        # Opening marks only (start of paragraph or after a space); a mark opening
        # the paragraph is the outer one and counts double (nested quotes are rarer).
        for m in re.finditer(r"(?:^|(?<=[\s(\[—–-]))[\"“„](?=\S)", chunk):
            doubles += 2 if m.start() == 0 else 1
        for m in re.finditer(r"(?:^|(?<=[\s(\[—–-]))['‘](?=[A-Za-z])", chunk):
            if not _CLIPPED.match(chunk, m.end()) or chunk[m.end()].isupper():
                singles += 2 if m.start() == 0 else 1
    return "double" if doubles > singles else "single"


def segment_quotes(doc: Document, plan: ChapterPlan) -> Document:
    """Fill every chapter with narration, dialogue and thought segments."""
    all_paragraphs = [p for ps in plan.paragraphs.values() for p in ps if p.role == STORY]
    style = detect_style(doc.text, all_paragraphs)
    lang = None if doc.language == "en" else languages.get(doc.language)  # its own marks (quote_marks.py)
    quote_id = 0
    for chapter in doc.chapters:
        paragraphs = plan.paragraphs.get(chapter.index, [])
        chat = chat_lines(doc.text, [p for p in paragraphs if p.role == STORY])
        pieces: list[Segment] = list(chapter.segments)
        pending_break = False
        open_speech = False  # the previous paragraph ended inside a quotation
        for i, p in enumerate(paragraphs):
            if p.role == SCENE_BREAK:
                pending_break = True
                continue
            if p.role == POV_MARKER:
                pending_break = False  # the marker's own segment takes the scene-break pause
                continue
            if p.role != STORY:
                continue
            next_opens = False
            for nxt in (paragraphs[n] for n in range(i + 1, len(paragraphs))):  # no slice copy: linear
                if nxt.role == STORY:
                    next_opens = _starts_with_opener(doc.text, nxt, style)
                    break
            if p.index in chat:
                new = _chat_segments(doc.text, p, *chat[p.index])
                quote_id += 1
                new[-1].quote_id = quote_id
                open_speech = False
                if pending_break:
                    new[0].scene_break_before = True
                    pending_break = False
                pieces.extend(new)
                continue
            if lang is not None:
                new, quotes = quote_marks.paragraph_segments(doc.text, p, lang)
            else:
                quotes = _find_quotes(doc.text, p, style, next_opens=next_opens)
                new = _segments_for_paragraph(doc, p, quotes)
            for seg in new:
                if seg.kind == "dialogue":
                    continues = open_speech and seg is new[0] and quotes and quotes[0].open_mark == p.start
                    if not continues:
                        quote_id += 1
                    seg.quote_id = quote_id
            open_speech = bool(quotes) and quotes[-1].close_mark is None
            if lang is not None and not quotes and any(seg.kind == "dialogue" for seg in new):
                # A dash line left open ('— Oui. Mais écoute-moi.' / '—Sí. Pero escúchame.'): a next paragraph
                # opening with '«' (French) or '»' (Spanish) is the same speech going on, not a new turn.
                open_speech = quote_marks.dash_line_left_open(doc.text, p, lang)
            if new and pending_break:
                new[0].scene_break_before = True
                pending_break = False
            pieces.extend(new)
        pieces.sort(key=lambda s: s.start)
        chapter.segments = pieces
    _mark_emphasis_thoughts(doc)
    return doc


CHAT_LINE = "chat line"
"""The ``why`` of a chat line's message, whose speaker the label gives."""
_CHAT = re.compile(
    r"[*_]{0,2}(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})[*_]{0,2}\s*:[*_]{0,2}[ \t]+(?P<msg>\S[^\n]*)"
)
_NOT_CHAT_NAMES = {
    "note", "notes", "warning", "warnings", "summary", "title", "author", "rating", "chapter", "disclaimer",
    "update", "edit", "time", "date", "location", "place", "subject", "from", "to", "ps", "p.s", "pairing",
    "pairings", "fandom", "status", "words", "characters", "relationships", "tags", "series", "a/n", "an",
    "beta", "prompt", "day", "part", "book", "re", "cc", "sent", "received",
}


def chat_lines(text: str, paragraphs: list[Paragraph]) -> dict[int, tuple[str, int, int]]:
    """A chat-fic's lines: paragraph index -> (name, end of the 'Name:' label, start of the message).

    A one-line paragraph 'Mira: where r u' is a chat line when its chapter has at least three such
    lines from at least two names, and no name is one of the labels stories use otherwise ('Note:',
    'Warning:', 'Summary:').
    """
    found: dict[int, tuple[str, int, int]] = {}
    for p in paragraphs:
        if p.end - p.start > 2000 or "\n" in text[p.start : p.end].strip():
            continue
        m = _CHAT.fullmatch(text, p.start, p.end)
        if m and m.group("name").lower().rstrip(".") not in _NOT_CHAT_NAMES:
            label_end = m.start("msg")
            while text[label_end - 1].isspace():
                label_end -= 1
            found[p.index] = (m.group("name"), label_end, m.start("msg"))
    names = {name for name, _, _ in found.values()}
    return found if len(found) >= 3 and len(names) >= 2 else {}


def _chat_segments(text: str, p: Paragraph, name: str, label_end: int, msg_start: int) -> list[Segment]:
    """'Mira: where r u' -> the label (narration, not read) and the message (Mira's line)."""
    end = p.end
    while end > msg_start and text[end - 1].isspace():
        end -= 1
    label = Segment(kind="narration", start=p.start, end=label_end, paragraph=p.index, why=CHAT_LABEL)
    message = Segment(kind="dialogue", start=msg_start, end=end, paragraph=p.index, speaker=name,
                      why=f"{CHAT_LINE}: {name}")
    return [label, message]


def _starts_with_opener(text: str, p: Paragraph, style: str) -> bool:
    first = text[p.start] if p.start < p.end else ""
    if style == "double":
        return first in "\"“„"
    return first in SINGLE_OPEN and not (first == "'" and _is_clipped(text, p.start + 1))


def _is_clipped(text: str, after: int) -> bool:
    m = _CLIPPED.match(text, after)
    return bool(m) and text[after : after + 1].islower()


def _find_quotes(text: str, p: Paragraph, style: str, *, next_opens: bool) -> list[QuoteSpan]:
    if style == "double":
        quotes = _find_double(text, p, next_opens=next_opens)
        return sorted(quotes + _tagged_singles(text, p, quotes), key=lambda q: q.open_mark)
    return _find_single(text, p, next_opens=next_opens)


# In a story quoted with double marks, single marks are apostrophes, quotes within quotes, or
# now and then a line of speech or (often, in older fics) a thought: 'Not again,' she thought.
# Only that last, tagged form is taken: a single-quoted sentence ending in , . ! ? … and
# followed by a name or pronoun and a speech or thought verb. Apostrophes inside words stay.
_TAGGED_SINGLE = re.compile(
    r"(?:(?<=^)|(?<=[\s(—–-]))['‘](?=\S)(?P<body>(?:[^'’‘\"“”\n]|(?<=\w)['’](?=\w)){1,400}?[,.!?…])['’]"
    r"(?=\s+(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?|he|she|I|they|we|you)\s+(?:\w+ly\s+)?"
    r"(?:" + _SPEECH_VERBS + r"|thought|thinks)\b)"
)


def _tagged_singles(text: str, p: Paragraph, doubles: list[QuoteSpan]) -> list[QuoteSpan]:
    """Single-quoted, tagged speech or thought outside the paragraph's double-quoted speech."""
    inside = [(q.open_mark, q.close_mark if q.close_mark is not None else p.end) for q in doubles]
    found = []
    for m in _TAGGED_SINGLE.finditer(text, p.start, p.end):
        open_mark, close_mark = m.start(), m.end() - 1
        if not any(a <= open_mark <= b for a, b in inside):
            found.append(QuoteSpan(open_mark, close_mark, open_mark + 1, close_mark))
    return found


def _find_double(text: str, p: Paragraph, *, next_opens: bool) -> list[QuoteSpan]:
    quotes: list[QuoteSpan] = []
    open_at: int | None = None
    for i in range(p.start, p.end):
        ch = text[i]
        if ch not in DOUBLE_MARKS:
            continue
        if open_at is None:
            if ch in "\"“„":
                open_at = i
        elif ch in "\"”":
            quotes.append(QuoteSpan(open_at, i, open_at + 1, i))
            open_at = None
        elif ch == "“":  # a new opening mark while open: the last quote never closed
            quotes.append(QuoteSpan(open_at, None, open_at + 1, i))
            open_at = i
    if open_at is not None:
        quotes.append(QuoteSpan(open_at, None, open_at + 1, p.end))
    return quotes


_DROPPED_G = re.compile(r"(?<![\w'’])[A-Za-z]{2,}in['’]$")
_OPEN_BEFORE = set(" \t\n([{—–-\"“/*_")
_STRONG_BEFORE = set(".,!?…—–-;:\"”*_)")
_CLOSE_AFTER = set(" \t\n.,;:!?)]}—–-\"”…*_")


def _is_single_opener(text: str, i: int, start: int, end: int) -> bool:
    if text[i] not in SINGLE_OPEN:
        return False
    if i + 1 >= end or text[i + 1].isspace():
        return False
    if i > start and text[i - 1] not in _OPEN_BEFORE:
        return False
    if text[i + 1].isdigit():  # '90s
        return False
    return True


def _closer_strength(text: str, j: int, end: int) -> int:
    """0 = not a closing mark, 1 = weak (after a letter), 2 = strong (after punctuation)."""
    if text[j] not in SINGLE_CLOSE:
        return 0
    if j == 0 or text[j - 1].isspace():
        return 0
    if j + 1 < end and text[j + 1] not in _CLOSE_AFTER:
        return 0  # between letters: don't, Sakura's
    return 2 if text[j - 1] in _STRONG_BEFORE else 1


def _find_single(text: str, p: Paragraph, *, next_opens: bool) -> list[QuoteSpan]:
    start, end = p.start, p.end
    quotes: list[QuoteSpan] = []
    marks = [i for i in range(start, end) if text[i] in "'‘’"]
    table = _closer_table(text, marks, end)
    k = 0
    while k < len(marks):
        i = marks[k]
        if not _is_single_opener(text, i, start, end):
            k += 1
            continue
        clipped = text[i] == "'" and _is_clipped(text, i + 1)
        close_at, next_k = _pick_closer(text, marks, k, end, table)
        if close_at is None:
            # An unclosed quotation: speech running on into the next paragraph.
            if clipped or not (i == start or next_opens):
                k += 1
                continue
            quotes.append(QuoteSpan(i, None, i + 1, end))
            break
        if clipped and text[close_at - 1] not in _STRONG_BEFORE:
            k += 1
            continue
        quotes.append(QuoteSpan(i, close_at, i + 1, close_at))
        k = next_k
    return quotes


def _closer_table(text: str, marks: list[int], end: int) -> list[tuple[int, int, int, int]]:
    """Per mark index n: the next strong closer, weak closer, dropped-g mark and opener at or after n.

    Built once per paragraph, right to left, so choosing every closer is
    linear in the marks (a line of 100,000 quote marks stays fast).
    len(marks) stands for "none".
    """
    none = len(marks)
    table = [(none, none, none, none)] * (none + 1)
    for n in range(none - 1, -1, -1):
        strong, weak, dropped, opener = table[n + 1]
        j = marks[n]
        strength = _closer_strength(text, j, end)
        if strength == 1 and _DROPPED_G.search(text, max(0, j - 12), j + 1):
            dropped = n  # walkin' / nothin': an apostrophe, unless no other mark can close the quote
        elif strength == 2:
            strong = n
        elif strength == 1:
            weak = n
        elif _is_single_opener(text, j, 0, end):
            opener = n
        table[n] = (strong, weak, dropped, opener)
    return table


def _pick_closer(text: str, marks: list[int], k: int, end: int,
                 table: list[tuple[int, int, int, int]] | None = None) -> tuple[int | None, int]:
    """Choose the closing mark for the opener at marks[k].

    The first strong closer ('Hi,' / 'Go!') wins, unless a weak closer comes
    first and a new opener follows it: his 'parents' were gone. 'I know,' ...
    """
    table = table or _closer_table(text, marks, end)
    none = len(marks)
    strong, weak, dropped, _ = table[k + 1]
    if weak < strong and (strong == none or table[weak + 1][3] < strong):
        return marks[weak], weak + 1
    if strong < none:
        return marks[strong], strong + 1
    if dropped < none:
        return marks[dropped], dropped + 1
    return None, none


def _segments_for_paragraph(doc: Document, p: Paragraph, quotes: list[QuoteSpan]) -> list[Segment]:
    text = doc.text
    segments: list[Segment] = []
    cursor = p.start
    for q in quotes:
        if is_scare_quote(text, p, q):
            continue
        _add_narration(doc, p, cursor, q.open_mark, segments)
        _add_trimmed(text, "dialogue", q.content_start, q.content_end, p.index, segments)
        cursor = q.close_mark + 1 if q.close_mark is not None else q.content_end
    _add_narration(doc, p, cursor, p.end, segments)
    return segments


_TITLE_SMALL = {"of", "the", "a", "an", "in", "on", "for", "and", "to", "at", "with", "by", "from", "or"}


def _is_citation(text: str, p: Paragraph, q: QuoteSpan, content: str) -> bool:
    """A phrase quoted inside a running sentence, or a title: not speech.

    the bag held "all her worldly goods," / the road was "woodsy and wild." /
    she sang "Nelly of the Hazel Dell" / a bottle labelled "Best Vanilla."
    Speech opens after a tag or at a sentence start; these run on from a
    narrative word with no speech verb before them.
    """
    words = content.split()
    if len(words) > 12:
        return False
    before = text[max(p.start, q.open_mark - 60) : q.open_mark]
    prev_words = before.split()
    last = prev_words[-1] if prev_words else ""
    if not last or any(SPEECH_VERB.fullmatch(w.rstrip(",:")) for w in prev_words[-3:]):
        return False  # said Anne slowly "but ..."
    if re.search(r"[\"“”'‘’]|\s{3}|[—–]|--", before):
        return False  # the rest of a quotation interrupted by narration: "..." he lowered his voice "that ..."
    # Lower-case words running on from a lower-case narrative word, no punctuation between:
    # not after a pronoun, where the quote is the rest of a reported clause (he thought that he "kind of ...").
    if (
        content[0].islower()
        and before.endswith(" ")
        and not before.endswith("  ")
        and last.isalpha()
        and last.islower()
        and not _SAYING.fullmatch(last)
        and last not in ("he", "she", "i", "we", "they", "you", "it", "that", "who")
    ):
        return True
    # A title: every word capitalised but the small ones, mid-sentence.
    bare = [w.strip(".,!?;:") for w in words]
    if (
        len(words) >= 2
        and content[0].isupper()
        and "--" not in content
        and not re.search(r"[,!?;:]", content[:-1])
        and all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in bare if w)
        and sum(1 for w in bare if w[:1].isupper()) >= 2
        and last[-1:] in ",-" + "abcdefghijklmnopqrstuvwxyz"
        and last.rstrip(",-").islower()
    ):
        return True
    return False


def is_scare_quote(text: str, p: Paragraph, q: QuoteSpan) -> bool:
    """A short quoted word inside a narrative sentence is not speech.

    his 'parents' were gone / he hadn't just 'woken up' -> narration.
    """
    if q.close_mark is None:
        return False
    content = text[q.content_start : q.content_end].strip()
    if not content:
        return False
    if _is_citation(text, p, q, content):
        return True
    if len(content.split()) > 4:
        return False
    before = text[max(p.start, q.open_mark - 200) : q.open_mark].rstrip()
    if not before or before[-1] in ".!?:…\"”'’," or before.endswith(("—", "–", "-")):
        return False
    after = text[q.close_mark + 1 : q.close_mark + 40]
    if content[-1] in ".,!?…—–-":
        # American punctuation inside a quoted word mid-sentence: she was called "carrots."
        last_words = before.split()[-2:]
        sentence = re.split(r"[.!?]\s", before)[-1]
        return (
            len(content.split()) <= 3
            and content[-1] in ".,"
            and last_words[-1].isalpha()
            and not SPEECH_VERB.search(sentence)
            and not _SAYING.search(sentence)
            and not re.match(r"\s*(?:[A-Z][a-z]+|he|she|I|they)\s+(?:" + _SPEECH_VERBS + r")\b", after)
        )
    # Narration running on in lower case after the mark: call him 'trouble' and left.
    runs_on = re.match(r"\s+[a-z]", after) is not None
    if not runs_on and SPEECH_VERB.search(" ".join(before.split()[-2:])):
        return False
    if re.match(r"\s*,?\s*(?:[A-Z][a-z]+|he|she|I|they)\s+(?:" + _SPEECH_VERBS + r")\b", after):
        return False
    return True


_SENTENCE_END_RUN = ".!?…\"”'’)"


def _add_narration(doc: Document, p: Paragraph, start: int, end: int, out: list[Segment]) -> None:
    """Add narration for text[start:end], carving out tagged thoughts."""
    text = doc.text
    cursor = start
    # A tag needs a sentence end after it; stopping the search at the last one
    # keeps a long line with no full stop from being rescanned per comma.
    last_stop = max(text.rfind(mark, start, end) for mark in ".!?")
    scan_lower = scan_at = scan_last = -1
    for m in _THOUGHT_TAG.finditer(text, start, last_stop + 1 if last_stop >= 0 else start):
        # Skipped tags ask for the sentence start again from the same cursor: resume
        # the scan where the last one stopped (before any run of end marks it cut
        # short), so a line of thousands of tags stays linear.
        if scan_lower != cursor:
            scan_lower, scan_at, scan_last = cursor, cursor, cursor
        resume = scan_at
        while resume > cursor and (text[resume - 1] in _SENTENCE_END_RUN or text[resume - 1].isspace()):
            resume -= 1
        found = _sentence_start(text, resume, m.start())
        if found != resume:
            sentence_start = found
        else:  # nothing new: the earlier answer stands (a full scan only if it lay in the backed-up run)
            sentence_start = scan_last if scan_last <= resume else _sentence_start(text, cursor, m.start())
        scan_at, scan_last = m.start(), sentence_start
        if m.start() - sentence_start > 4000:
            continue  # far more than 40 words: not one sentence with a thought tag
        words = text[sentence_start : m.start()]
        if not re.search(r"[A-Za-z]", words) or len(words.split()) > 40:
            continue
        if (sentence_start == start and "\n" not in text[max(0, start - 3) : start]
                and text[max(0, start - 3) : start].rstrip()[-1:] in "\"”'’»"
                and SPEECH_VERB.search(" ".join(words.split()[:3]))):
            continue  # '"I did," said Anne quickly--pertly, Marilla thought.': the line's own tag, not a thought
        _add_trimmed(text, "narration", cursor, sentence_start, p.index, out)
        _add_trimmed(text, "thought", sentence_start, m.start() + 1, p.index, out)  # keep the comma
        out[-1].why = "thought-tag"
        cursor = m.start() + 1
        rest = _thought_past_tag(text, m, end)
        if rest:
            tag_end, thought_end = rest
            _add_trimmed(text, "narration", cursor, tag_end, p.index, out)
            _add_trimmed(text, "thought", tag_end, thought_end, p.index, out)
            out[-1].why = THOUGHT_CONTINUES
            cursor = thought_end
    _add_trimmed(text, "narration", cursor, end, p.index, out)


THOUGHT_CONTINUES = "thought continues past its tag"
"""The ``why`` of a thought's part after its tag: attribution gives it the first part's thinker."""
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself|I'm|I’m|I'd|I’d|I'll|I’ll|I've|I’ve)\b")
_PRESENT = re.compile(r"\b(?:is|isn['’]t|am|are|aren['’]t|do|don['’]t|does|doesn['’]t|can|can['’]t|will|won['’]t|"
                      r"has|hasn['’]t|have|haven['’]t)\b", re.IGNORECASE)


def _thought_past_tag(text: str, tag: re.Match[str], end: int) -> tuple[int, int] | None:
    """'That aside, Sakura thought numbly, how come he isn't dead? I killed him, right?' -- the thought
    goes on after its tag: (end of the tag clause, end of the thought), or None when the tag ends it.

    After the tag's comma, a clause in the thinker's own words (a question, or 'I'/'me') is more of the
    thought, and so is each following sentence of the paragraph that still says 'I'. Only for a named
    or he/she thinker: in a first-person story every sentence says 'I'.
    """
    if tag.group("who") == "I":
        return None
    # The tag's own clauses ('silently', 'her brow creased') run to the first one in the thinker's words.
    starts = [i + 1 for i in range(tag.end("verb"), tag.end()) if text[i] in ",;"]
    pieces = [(a, b) for a, b in zip(starts, starts[1:] + [tag.end()])]
    first = next((a for a, b in pieces if _FIRST_PERSON.search(text[a:b])), None)
    last = text[pieces[-1][0] : tag.end()] if pieces else ""
    if first is None and last.rstrip().endswith("?") and _PRESENT.search(last):
        # 'how come he isn't dead?' in a past-tense story: her own words. 'or had Katharine refused him?'
        # is the narrator's.
        first = pieces[-1][0]
    if tag.group("verb") == "thought":
        present = _in_the_present(text, pieces)
        if present is not None and (first is None or present < first):
            first = present
    if first is None or _SAYING.search(text[first : tag.end()]):
        return None
    thought_end = tag.end()
    for m in _SENTENCE_END.finditer(text, thought_end, end):
        sentence = text[thought_end : m.end()]
        if not _FIRST_PERSON.search(sentence):
            break
        thought_end = m.end()
    else:
        if _FIRST_PERSON.search(text[thought_end:end]):
            thought_end = end
    return first, thought_end


_PRESENT_CONTRACTION = re.compile(r"\b(?:it|that|there|he|she|this|what|who)['’]s\b|\b\w+['’]re\b", re.IGNORECASE)


def _in_the_present(text: str, pieces: list[tuple[int, int]]) -> int | None:
    """After a past-tense 'X thought,', the first clause in the present ('It isn't the mainspring, Rell thought,
    it's the escapement'): the thinker's own words go on there, as a story told in the past does not."""
    for a, b in pieces:
        clause = text[a:b]
        if _PRESENT_CONTRACTION.search(clause) or _PRESENT.search(clause):
            return a
    return None


def _sentence_start(text: str, lower: int, at: int) -> int:
    last = lower
    for m in _SENTENCE_END.finditer(text, lower, at):
        last = m.end()
    return last


def _add_trimmed(text: str, kind: str, start: int, end: int, paragraph: int, out: list[Segment]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start or not any(ch.isalnum() for ch in text[start:end]):
        return
    out.append(Segment(kind=kind, start=start, end=end, paragraph=paragraph))


# A text message, letter or note the characters read ends with who sent it ('Lost my charger. SH',
# '... - Mira', 'Love, Mum') or opens 'Dear ...'. It is read as written, by the narrator, never as a thought.
_SIGNED = re.compile(
    r"(?:[.!?…]\s+[A-Z]{1,3}|[-–—~]\s*[A-Z][\w'’.]*|\b(?:[Ll]ove|[Yy]ours|[Cc]heers|[Ff]rom|[Tt]hanks),?\s+[A-Z][\w'’.]*)"
    r"\.?(?:\s+x+)?[\s*_]*$"
)
_SALUTATION = re.compile(r"^[\s*_]*Dear\s+[A-Z]")


MESSAGE_FROM = "message signed"
"""``why`` of a signed message or letter ('Lost my charger. SH'): attribution reads it in the signer's voice
when the cast has them, else gives it back to the narrator."""
_SIGNATURE = re.compile(r"(?P<who>[A-Z](?:[^\W_]|['’.])*)\.?(?:\s+x+)?[\s*_]*$")


def signer(text: str) -> str | None:
    """The name or initials a message is signed with: 'Lost my charger. SH' -> 'SH'; None if unsigned."""
    if not _SIGNED.search(text):
        return None
    m = _SIGNATURE.search(text)
    return m.group("who").rstrip(".") if m else None


def is_message(text: str) -> bool:
    """Is this italic passage a message or letter (signed, or addressed 'Dear ...') rather than a thought?"""
    return bool(_SIGNED.search(text) or _SALUTATION.match(text))


_THINKING = r"(?:thought|thinks|think|wondered|wonders|wonder)\b"
_THINKER = r"(?:[A-Z][\w'’-]*|he|she|I|they|you|we)\s+"
_EMPHASIS_TAG_AFTER = re.compile(r"\s*" + _THINKER + _THINKING)
_EMPHASIS_TAG_BEFORE = re.compile(r"\b" + _THINKER + _THINKING + r"[^.!?*_]{0,40}[.!?,]\s*$")
_ONE_WORD_THOUGHT = re.compile(r"\W*\w[\w'’-]*[,.!?…]\W*")
"""'*Brilliant,*' -- one word and its punctuation: a thought when a thought tag follows ('I think')."""


_ITALIC_PARAGRAPH_WORDS = 25


def _italic_paragraph(text: str, seg: Segment, span) -> bool:
    """'*Brilliant. The whole team will know by tomorrow.*' on its own line, in a story whose italics are tagged
    thoughts elsewhere ('*He's counting,* Suki thought'): a short paragraph that is all italics is a thought too,
    though it has no 'I' and no tag. (A long one may be a flashback; a letter is a message.)"""
    return (text[seg.start : seg.end].strip(" \t\n*_") == text[span.start : span.end].strip(" \t\n*_")
            and len(text[span.start : span.end].split()) <= _ITALIC_PARAGRAPH_WORDS)


def _mark_emphasis_thoughts(doc: Document) -> None:
    """Italic first-person passages in narration (from HTML/EPUB) are thoughts; messages and letters are not."""
    if not doc.hints.emphasis:
        return
    # Not \b: in "_I should go_" (markdown emphasis) the underscore is a word character.
    first_person = re.compile(r"(?<![^\W_])(?:I|me|my|I'm|I’m|myself)(?![^\W_])")
    spaceless = doc.language != "en" and languages.get(doc.language).spaceless  # '私は遅刻だ' is one "word"
    if doc.language != "en":  # the story's own 'je', 'yo', 'ich' (quote_marks.py)
        first_person = quote_marks.first_person_pattern(languages.get(doc.language)) or re.compile(r"(?!)")
    # '*Of course,* she thought. *Of course it's her.*': a thought tag beside it says so without an 'I'.
    tag_after = _EMPHASIS_TAG_AFTER if doc.language == "en" else re.compile(r"(?!)")
    tag_before = _EMPHASIS_TAG_BEFORE if doc.language == "en" else re.compile(r"(?!)")
    spans = sorted(doc.hints.emphasis, key=lambda s: s.start)
    thinks_in_italics = any(tag_after.match(doc.text, s.end) for s in spans)
    for chapter in doc.chapters:
        out: list[Segment] = []
        for seg in chapter.segments:
            if seg.kind != "narration":
                out.append(seg)
                continue
            inner = [
                s
                for s in spans
                if seg.start <= s.start
                and s.end <= seg.end
                and (len(doc.text[s.start : s.end].split()) >= 2 or spaceless and s.end - s.start >= 4
                     or _ONE_WORD_THOUGHT.fullmatch(doc.text, s.start, s.end) and tag_after.match(doc.text, s.end))
                and (
                    (first_person.search(doc.text[s.start : s.end]) and not is_message(doc.text[s.start : s.end]))
                    or signer(doc.text[s.start : s.end])
                    or tag_after.match(doc.text, s.end) or tag_before.search(doc.text, max(seg.start, s.start - 60), s.start)
                    or thinks_in_italics and _italic_paragraph(doc.text, seg, s)
                )
            ]
            if not inner:
                out.append(seg)
                continue
            cursor = seg.start
            for s in inner:
                _add_trimmed(doc.text, "narration", cursor, s.start, seg.paragraph, out)
                who = signer(doc.text[s.start : s.end])
                _add_trimmed(doc.text, "dialogue" if who else "thought", s.start, s.end, seg.paragraph, out)
                if who and out and out[-1].kind == "dialogue":
                    out[-1].speaker, out[-1].why = who, f"{MESSAGE_FROM}: {who}"  # the signature, for attribution
                cursor = s.end
            _add_trimmed(doc.text, "narration", cursor, seg.end, seg.paragraph, out)
            if out and seg.scene_break_before:
                first_new = next(o for o in out if o.start >= seg.start)
                first_new.scene_break_before = True
        chapter.segments = out
