"""Dialogue marks of the languages other than English, for the segmenter (quotes.py).

Each language's file (ficaudio/languages/) says which marks open speech and
which close it: « ... » (the spaces inside are trimmed), " ... » as seen in
the wild, „...“, »...«, 「...」. Single quotes are never dialogue here: in
l’homme and aujourd'hui they are apostrophes. In the languages that write
dialogue with dashes, a paragraph opening with a dash is speech, a second
dash opens the tag and a third resumes the speech:

    —Hola —dijo ella—. ¿Vienes?   ->  Hola | dijo ella | ¿Vienes?

and in French the tag may sit inside the speech, set off by commas (an
incise): « Je sais, dit-elle, mais c'est trop tard. ». Every scan is one
pass over the paragraph.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from .model import Segment

if TYPE_CHECKING:
    from .chapters import Paragraph
    from .languages import Language
    from .quotes import QuoteSpan

DASHES = "—–"
_OPENING_DASH = re.compile(r"[ \t]*(?:[—–]|--?(?=\s*\S))[ \t]*")
_CUT = " \t\n\u00a0\u202f\u2009-" + DASHES
"""Trimmed from the edges of narration between speeches: spaces (French puts thin ones inside « »), dashes."""


def paragraph_segments(text: str, p: Paragraph, lang: Language) -> tuple[list[Segment], list[QuoteSpan]]:
    """The paragraph's narration and dialogue segments, and the quotations found (for run-on speech)."""
    opening = _OPENING_DASH.match(text, p.start, p.end) if lang.dash_dialogue else None
    if opening and opening.end() < p.end:
        pieces = _dash_speech(text, opening.end(), p.end, lang)
        quotes = []  # a dash gives the turn to a new speaker: never the speech of the paragraph before running on
    else:
        quotes = [q for q in find_marked(text, p, lang) if not _is_cited(text, p, q, lang)]
        pieces = [(q.content_start, q.content_end) for q in quotes]
    speech: list[tuple[int, int]] = []
    for start, end in pieces:
        speech.extend(_split_incises(text, start, end, lang))
    marks = "".join(lang.quotes) + "".join(lang.quotes.values())
    segments: list[Segment] = []
    cursor = p.start
    for start, end in speech:
        _add(text, "narration", cursor, start, p.index, segments, _CUT + marks)
        _add(text, "dialogue", start, end, p.index, segments, _CUT + marks)
        cursor = end
    _add(text, "narration", cursor, p.end, p.index, segments, _CUT + marks)
    _mark_thoughts(text, segments, lang)
    return segments, quotes


@functools.lru_cache(maxsize=None)
def first_person_pattern(lang: Language) -> re.Pattern[str] | None:
    """The language's first-person words ('je', 'j'', 'me', 'ich', '我'), for italic thoughts from HTML/EPUB:
    '<i>Je suis en retard.</i>' is a thought as '<i>I'm late.</i>' is. None when the language lists none."""
    if not lang.first_person:
        return None
    words = sorted(lang.first_person, key=len, reverse=True)
    if lang.spaceless:  # no spaces to bound a word: the character is enough
        return re.compile("|".join(re.escape(w) for w in words))
    bounded = [re.escape(w) + ("" if w[-1] in "'’" else r"(?![^\W_])") for w in words]
    return re.compile(r"(?<![^\W_])(?i:" + "|".join(bounded) + ")")


def _mark_thoughts(text: str, segments: list[Segment], lang: Language) -> None:
    """A line whose tag is a verb of thinking is a thought: « Zut », pensa-t-elle / —Qué raro —pensó Ana."""
    if not lang.thought_verbs:
        return
    verbs = "|".join(re.escape(v) for v in lang.thought_verbs)
    tag = re.compile(r"[\s,;:—–-]*(?:(?:le|la|lo|se|si)\s+|[lmts]['’])?(?:" + verbs + r")\b", re.IGNORECASE)
    for i, (seg, nxt) in enumerate(zip(segments, segments[1:])):
        if seg.kind == "dialogue" and nxt.kind == "narration" and tag.match(text, nxt.start, nxt.end):
            seg.kind = "thought"
            seg.why = "thought-tag"
            after = segments[i + 2] if i + 2 < len(segments) else None
            if after is not None and after.kind == "dialogue":  # '—Qué raro —pensó Ana—. Muy raro.': still hers
                after.kind, after.why = "thought", "thought-tag"


def find_marked(text: str, p: Paragraph, lang: Language) -> list[QuoteSpan]:
    """Quotations between the language's marks; one left open at the paragraph's end runs on (close_mark None)."""
    from .quotes import QuoteSpan

    quotes: list[QuoteSpan] = []
    open_at: int | None = None
    closers = ""
    start = p.start
    if "«" in lang.quotes and text.startswith("»", start) and "»" not in lang.quotes:
        # '» Et puis ...': an old French convention, the speech of the paragraph before goes on.
        open_at, closers = start, lang.quotes["«"]
        start += 1
    inner = ""  # '« Tu as vu “Le Voyage” hier ? »': a quotation inside the line, closed by its own first mark
    for i in range(start, p.end):
        ch = text[i]
        if open_at is None:
            if ch in lang.quotes:
                open_at, closers = i, lang.quotes[ch]
        elif inner:
            if ch == closers[0]:
                quotes.append(QuoteSpan(open_at, i, open_at + 1, i))
                open_at, inner = None, ""
            elif ch == inner:
                inner = ""
        elif ch in lang.quotes and ch not in closers and ch != text[open_at] and lang.quotes[ch][0] != ch:
            inner = lang.quotes[ch][0]
        elif ch in closers:
            quotes.append(QuoteSpan(open_at, i, open_at + 1, i))
            open_at = None
    if open_at is not None:
        quotes.append(QuoteSpan(open_at, None, open_at + 1, p.end))
    return quotes


def dash_line_left_open(text: str, p: Paragraph, lang: Language) -> bool:
    """A paragraph of dash dialogue that does not end on a closing mark ('— Oui. »' does)."""
    if not (lang.dash_dialogue and _OPENING_DASH.match(text, p.start, p.end)):
        return False
    end = text[p.start : p.end].rstrip()
    return not end or end[-1] not in "".join(lang.quotes.values())


def _dash_speech(text: str, start: int, end: int, lang: Language) -> list[tuple[int, int]]:
    """Speech runs of a paragraph that opens with a dash: each dash after a space (or before a tag) turns
    speech into tag, the next dash turns the tag back into speech."""
    pieces: list[tuple[int, int]] = []
    speaking, piece_start = True, start
    verbs = _verb_words(lang)
    # Hyphens typed for dashes ('-Ya lo sé -respondió ella-. ¿Vienes?', '- Llegas tarde - dijo Hugo.') too.
    for m in re.finditer(r"[—–]|(?<=\s)--?(?=\S)|(?<=\S)--?(?=[\s.,;:])|(?<=\s)--?(?=\s)", text[start:end]):
        at = start + m.start()
        if speaking:
            before_space = at > start and text[at - 1].isspace()
            word = re.match(r"\s*([^\W\d_]+)", text[at + len(m.group()) : end])
            starts_tag = bool(word) and (word.group(1).lower() in verbs or word.group(1).lower() in lang.pronouns
                                         or word.group(1).islower() and word.group(1).endswith(lang.tag_endings or ("\0",)))
            if m.group()[0] == "-" and text[at + len(m.group()) : at + len(m.group()) + 1].isspace() and not starts_tag:
                continue  # 'Yo - no sé': a spaced hyphen is a pause in the speech unless a tag follows it
            if before_space or starts_tag:
                pieces.append((piece_start, at))
                speaking = False
        else:
            resume = at + len(m.group())
            while resume < end and (text[resume] in ".,;:" or text[resume].isspace()):
                resume += 1
            speaking, piece_start = True, resume
    if speaking:
        pieces.append((piece_start, end))
    return [(a, b) for a, b in pieces if any(ch.isalnum() for ch in text[a:b])]


@functools.lru_cache(maxsize=None)
def _verb_words(lang: Language) -> frozenset[str]:
    # The clitics before a Spanish/Italian verb ('—Ven —le dijo') open a tag too.
    clitics = {"le", "les", "me", "te", "se", "nos", "lo", "la", "gli", "mi", "ti", "ci", "vi", "si"}
    return frozenset(v.lower() for v in lang.tag_verbs) | (clitics if lang.dash_dialogue else frozenset())


@functools.lru_cache(maxsize=None)
def _incise_pattern(lang: Language) -> re.Pattern[str] | None:
    """', dit-elle,' / ', demanda-t-il.' / ', répondit Marie,' inside speech; ' —dijo ella—' inside « »."""
    if not lang.tag_verbs:
        return None
    verbs = "|".join(sorted((re.escape(v) for v in lang.tag_verbs), key=len, reverse=True))
    alternatives = []
    if lang.incise:
        pronouns = "|".join(re.escape(p) for p in lang.pronouns if p.isalpha())
        titles = "|".join(sorted((re.escape(t) for t in lang.titles), key=len, reverse=True)) or r"(?!)"
        endings = "|".join(re.escape(e) for e in lang.tag_endings) or r"(?!)"
        nouns = "|".join(sorted((re.escape(n) for n in {**lang.person_nouns, **lang.role_nouns, **lang.relation_nouns}),
                                key=len, reverse=True)) or r"(?!)"
        alternatives.append(
            r"(?<=[,!?…])\s+(?:[lmts]['’]|(?:lui|leur|me|te|se|nous|vous)\s+)?(?:(?:" + verbs + r")(?:-t)?-(?:" + pronouns + r")"
            r"|[^\W\d_]+(?:-t)?-(?:il|elle|ils|elles|on)(?![\w'’-])"  # any verb inverted: finit-elle par dire
            r"|(?:[lmts]['’])?[^\W\d_A-ZÀ-Þ][^\W\d_]{2,}(?:" + endings + r")(?=\s+(?:(?:" + titles + r")\s+)?[A-ZÀ-ÖØ-Þ]"
            r"|\s+(?:le|la|mon|ma|son|sa|l['’])\s*(?i:" + nouns + r")\s*[,.])"  # any past verb, its subject: 'sourit Nadia'
            r"|(?:" + verbs + r")(?:\s+(?:remarquer|observer|valoir|savoir))?"  # 'fit remarquer sa sœur'
            r"(?:\s+[^\W\d_A-ZÀ-Þ][^\W\d_]*ment)?"  # 'articula péniblement Madame Aubert'
            r"\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|(?:" + titles + r")\s+[A-ZÀ-ÖØ-Þ][\w'’-]*"  # 'annonça tante Rose'
            r"|(?:le|la|les|un|une|son|sa|mon|ma|l['’])\s*[\w'’-]+))"
            r"\b[^,.!?…«»\"“”]{0,60}" + _INCISE_TAIL + r"[,.]"
        )
    if lang.dash_dialogue:
        alternatives.append(r"\s[—–](?=\s*(?:(?:le|les|me|te|se|nos|lo|la)\s+)?(?:" + verbs + r")\b)[^—–]{1,120}?(?:[—–]|$)")
    if lang.dash_dialogue and not lang.incise and lang.articles:
        # '—Hola, dijo Hugo. ¿Vienes?': a tag set between commas as French sets it, typed so in the wild; a listed
        # verb and its subject (a name, a pronoun, an article and a noun), then the clause's end ('dijo que ...'
        # is reported speech, no tag).
        pronouns = "|".join(re.escape(p) for p in lang.pronouns if p.isalpha()) or r"(?!)"
        articles = "|".join(sorted((re.escape(a) for a in lang.articles), key=len, reverse=True))
        alternatives.append(
            r"(?<=,)\s+(?:(?:le|les|me|te|se|nos|lo|la)\s+)?(?:" + verbs + r")\s+(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|(?i:" + pronouns
            + r")|(?i:" + articles + r")\s+[^\W\d_]+)(?![\w'’-])\s*(?=[,.])[,.]")
    return re.compile("|".join(alternatives)) if alternatives else None


_CLAUSE_WORDS = (r"je|j|tu|il|elle|on|nous|vous|ils|elles|qu|que|qui|est|sont|suis|es|sommes|êtes|a|as|ai|ont|avons|"
                 r"avez|vais|va|vont|fait|font|peux|peut|veux|veut|dois|doit|faut|était|étaient|avait|avaient|sera|"
                 r"serait|aura|allons|allez|c|ce|ça|ceci|cela")
_GERUND = r"en\s+(?:(?:me|te|se|lui|leur|nous|vous|le|la|les)\s+|[mtsl]['’])?[^\W\d_]+ant"
"""'en arrivant', 'en me tendant', 'en s'excusant'."""
_PARTICIPLE = r"[^\W\d_]+(?:é|ée|és|ées|ant|ement)(?![\w'’])"
_NO_CLAUSE = r"(?![^,.!?…«»\"“”]*(?<![\w'’-])(?:" + _CLAUSE_WORDS + r")(?![\w-]))"
"""No clause word before the next comma or full stop: a phrase with no verb and no subject."""
_NOT_PARTICIPLES = r"(?:mais|puis|jamais|depuis|plus|sous|nous|vous|tous|dessus|dessous|lequel)(?![\w'’-])"
_PHRASE = r"(?:(?:les|le|la|son|sa|ses|leur|leurs|un|une|des|du|sans|avec|déjà|encore|toujours)(?![\w'’-])|l['’])"
"""What opens a phrase with no verb: ', les mains sur les hanches.'"""
_INCISE_TAIL = (r"(?:,\s+(?:(?:" + _GERUND + r"|" + _PARTICIPLE + r")"
                r"|et\s+(?:il|elle)\s+(?=[^,.!?…«»\"“”]*[.])"  # ', et elle appuya sur la pédale.': the tag goes on
                r"|comme\s+(?:si|pour)\s+(?=[^,.!?…«»\"“”]{0,60}[.])"  # ', comme si c'était une surprise.': a simile
                r"|[^\W\d_]{3,}(?:ait|aite|it|ite|is|ise|u|ue|ie)(?=,\s+" + _GERUND + r")"  # ', stupéfait, en me tendant
                # ', assis juste à côté d'elle.': a participle in -is, -it, -u and a phrase, to the sentence's end
                r"|(?!" + _NOT_PARTICIPLES + r")[^\W\d_]{2,}(?:is|ise|ises|it|ite|its|ites|u|ue|us|ues)(?![\w'’-])"
                + _NO_CLAUSE + r"(?=[^,.!?…«»\"“”]{0,40}\.)"
                # ', les mains sur les hanches.' (not ', le covoit, c'est fait pour ça': back to the speech)
                r"|" + _PHRASE + _NO_CLAUSE + r"(?=[^,.!?…«»\"“”]{0,40}(?:\.|,\s+(?:" + _GERUND + r"|" + _PARTICIPLE + r"|" + _PHRASE
                + r"))))"
                r"[^,.!?…«»\"“”]{0,40})*")
"""More of a long incise after a comma: ', souffla Ron en arrivant derrière eux, essoufflé.' (a participle,
a gerund or an -ment adverb), ', demanda Manon, les mains sur les hanches.' (a phrase with no verb and no
subject: an article, a possessive, 'sans'); ', dit-elle, mais ...' and ', dit-il, la vie est dure' go back to the
speech."""

_TURN_INSIDE = re.compile(r"\n[ \t]*(?:[—–]|--?)[ \t]*")
"""'" Tu es en retard, dit-elle.\n- Je sais. "': a line opening with a dash inside the marks is the next turn."""


def _split_incises(text: str, start: int, end: int, lang: Language) -> list[tuple[int, int]]:
    """The speech of [start, end) without the tags set inside it, cut where a dashed line starts a new turn."""
    out: list[tuple[int, int]] = []
    cursor = start
    if lang.dash_dialogue:
        for turn in _TURN_INSIDE.finditer(text, start, end):
            out.extend(_split_at_tags(text, cursor, turn.start(), lang))
            cursor = turn.end()
    out.extend(_split_at_tags(text, cursor, end, lang))
    return out


def _split_at_tags(text: str, start: int, end: int, lang: Language) -> list[tuple[int, int]]:
    pattern = _incise_pattern(lang)
    if pattern is None:
        return [(start, end)] if any(ch.isalnum() for ch in text[start:end]) else []
    out: list[tuple[int, int]] = []
    cursor = start
    for m in pattern.finditer(text, start, end):
        if text[m.end() : end].strip(_CUT + ".,;:»\"”"):
            out.append((cursor, m.start()))
            cursor = m.end()
        else:  # the tag ends the quotation: « Je sais, dit-elle. »
            out.append((cursor, m.start()))
            cursor = end
    out.append((cursor, end))
    return [(a, b) for a, b in out if any(ch.isalnum() for ch in text[a:b])]


def _is_cited(text: str, p: Paragraph, q: QuoteSpan, lang: Language) -> bool:
    """A word or two quoted inside a running sentence is not speech: il l'appelait « le petit » et riait."""
    if q.close_mark is None:
        return False
    content = text[q.content_start : q.content_end].strip(_CUT)
    if not content or len(content.split()) > 3 or content[-1] in ".!?…,":
        return False
    before = text[max(p.start, q.open_mark - 80) : q.open_mark].rstrip(_CUT)  # a window: linear in the paragraph
    after = text[q.close_mark + 1 : q.close_mark + 3].lstrip(_CUT)
    if not before or not before[-1].isalnum():
        return False
    last_word = before.split()[-1].lower() if before.split() else ""
    return last_word not in _verb_words(lang) and (not after or after[0].islower() or after[0] in ".,;")


_NESTED_OPENER = {"»": "«", "«": "»", "”": "“", "“": "„"}
"""A closing mark -> the mark that opens it, for a quote nested inside the speech."""


def _add(text: str, kind: str, start: int, end: int, paragraph: int, out: list[Segment], cut: str) -> None:
    while start < end and text[start] in cut:
        start += 1
    while end > start and (text[end - 1] in cut or (kind == "dialogue" and text[end - 1] in ".,;:"
                                                     and end - 2 > start and text[end - 2] in cut)):
        closing = text[end - 2] if text[end - 1] in ".,;:" and text[end - 1] not in cut else text[end - 1]
        opener = _NESTED_OPENER.get(closing)
        if opener and opener in text[start : end - 1 - (closing != text[end - 1])]:
            # it closes a quote opened inside: 'Tu as dit : « Je les garde. »' keeps its '»', and
            # '— C'était écrit « ouvert toute l'année ».' its full stop
            break
        end -= 1  # a quotation inside the speech closes it: '—«... decidido».' is '... decidido'

    if end > start and any(ch.isalnum() for ch in text[start:end]):
        out.append(Segment(kind=kind, start=start, end=end, paragraph=paragraph))
