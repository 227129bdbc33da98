#!/usr/bin/env python3
"""Sanity checker for the hand-made gold annotations in tests/gold/.

For every ``*.gold.json`` file next to this script it:

* loads the story the gold file points at (path relative to the repo root);
* finds every quote's ``text`` in story order, searching forward from the end
  of the previous match, and checks the match is wrapped in quote marks
  (dialogue) or followed by a ``thought`` tag (thoughts);
* checks that every speaker is a declared character;
* checks every scare quote, chapter heading and author-note line occurs;
* cross-checks coverage: every opening quote mark in the story body must be
  accounted for by a gold quote or a scare quote;
* prints counts.

Standard library only.  Run: ``python3 tests/gold/check_gold.py``.
Exit status is non-zero if any check fails.
"""

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent

OPEN_MARKS = "'\"\u201c\u2018"
CLOSE_MARKS = "'\"\u201d\u2019"
# Words that legitimately start with an apostrophe (elisions), so a ' before
# them is not an opening quote mark.
ELISIONS = ("'em", "'cause", "'eard", "'til", "'tis", "'twas", "'round", "'bout")
VALID_TYPES = {"explicit", "anaphoric", "implicit"}
VALID_KINDS = {"dialogue", "thought"}


def opening_positions_single(text):
    """Positions of likely opening single quotes in straight-quote text."""
    positions = []
    for m in re.finditer("'", text):
        i = m.start()
        prev = text[i - 1] if i > 0 else "\n"
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if not (prev.isspace() or prev in "(\u2014-"):
            continue  # apostrophe inside/after a word, or a closing mark
        if nxt.isspace():
            continue
        if text[i:i + 8].lower().startswith(ELISIONS):
            continue
        positions.append(i)
    return positions


def opening_positions_curly(text):
    return [m.start() for m in re.finditer("\u201c", text)]


def check_file(gold_path):
    errors = []
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    story_path = REPO / gold["story"]
    story = story_path.read_text(encoding="utf-8")
    lines = set(story.split("\n"))

    if "\r" in story:
        errors.append("story contains CR characters (expected LF only)")

    english = gold.get("language", "en") == "en"
    names = {c["name"] for c in gold["characters"]}
    for c in gold["characters"]:
        if c.get("gender") not in {"female", "male", "neutral", "unknown"}:
            errors.append(f"character {c['name']!r}: bad gender {c.get('gender')!r}")

    # --- quotes, in order -------------------------------------------------
    pos = 0
    quote_starts = set()
    for n, q in enumerate(gold["quotes"], 1):
        text = q["text"]
        label = f"quote #{n} {text[:40]!r}"
        if q.get("speaker") not in names:
            errors.append(f"{label}: speaker {q.get('speaker')!r} not in characters")
        if q.get("kind") not in VALID_KINDS:
            errors.append(f"{label}: bad kind {q.get('kind')!r}")
        if q.get("type") not in VALID_TYPES:
            errors.append(f"{label}: bad type {q.get('type')!r}")
        idx = story.find(text, pos)
        if idx == -1:
            errors.append(f"{label}: NOT FOUND after offset {pos}")
            continue
        end = idx + len(text)
        before = story[idx - 1] if idx > 0 else ""
        after = story[end] if end < len(story) else ""
        if english is False:
            pass  # other languages' marks and dashes are the segmenter's (quote_marks.py); accuracy.py scores them
        elif q.get("kind") == "thought":
            if not re.match(r"\s+\w+ thought\b", story[end:end + 30]):
                errors.append(f"{label}: thought not followed by '<who> thought'")
        else:
            if before not in OPEN_MARKS:
                errors.append(f"{label}: not preceded by an opening quote mark ({before!r})")
            # A paragraph of a multi-paragraph speech ends without a closing mark.
            if after not in CLOSE_MARKS and story[end:end + 2] != "\n\n":
                errors.append(f"{label}: not followed by a closing quote mark ({after!r})")
            quote_starts.add(idx - 1)
        pos = end

    # --- scare quotes -----------------------------------------------------
    scare_starts = set()
    for sq in gold.get("scare_quotes", []):
        marks = OPEN_MARKS + CLOSE_MARKS + "«»„“”「」 \u00a0" if not english else ""
        m = re.search(f"[{OPEN_MARKS + marks}]{re.escape(sq)}[{CLOSE_MARKS + marks}]", story)
        if not m:
            errors.append(f"scare quote {sq!r} not found in quote marks")
        else:
            scare_starts.add(m.start())

    # --- chapters and author notes (must be whole lines) -------------------
    for ch in gold.get("chapters", []):
        if ch not in lines:
            errors.append(f"chapter heading line not found: {ch!r}")
    for an in gold.get("author_notes", []):
        if an not in lines:
            errors.append(f"author-note line not found: {an!r}")

    # --- coverage: every opening mark in the body is accounted for ---------
    note_spans = []
    for an in gold.get("author_notes", []):
        i = story.find(an)
        if i != -1:
            note_spans.append((i, i + len(an)))
    if not english:
        openings = []
    elif "\u201c" in story:
        openings = opening_positions_curly(story)
    else:
        openings = opening_positions_single(story)
    for i in openings:
        if any(a <= i < b for a, b in note_spans):
            continue
        if i not in quote_starts and i not in scare_starts:
            snippet = story[i:i + 50].replace("\n", " ")
            errors.append(f"opening quote mark at {i} not covered by gold: {snippet!r}")

    # --- report ----------------------------------------------------------
    quotes = gold["quotes"]
    kinds = collections.Counter(q["kind"] for q in quotes)
    types = collections.Counter(q["type"] for q in quotes)
    speakers = collections.Counter(q["speaker"] for q in quotes)
    words = len(story.split())
    print(f"== {gold_path.name} -> {gold['story']}")
    print(f"   words: {words}")
    print(f"   characters: {', '.join(c['name'] + ' (' + c['gender'] + ')' for c in gold['characters'])}")
    print(f"   quotes: {len(quotes)}  kinds: {dict(kinds)}")
    print(f"   types: {dict(types)}")
    print(f"   by speaker: {dict(speakers)}")
    print(f"   scare quotes: {len(gold.get('scare_quotes', []))}  "
          f"chapters: {len(gold.get('chapters', []))}  "
          f"author notes: {len(gold.get('author_notes', []))}")
    for e in errors:
        print(f"   ERROR: {e}")
    print(f"   {'OK' if not errors else 'FAILED (' + str(len(errors)) + ' errors)'}")
    return not errors


def main():
    gold_files = sorted(HERE.glob("*.gold.json"))
    if not gold_files:
        print("no gold files found")
        return 1
    ok = all([check_file(p) for p in gold_files])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
