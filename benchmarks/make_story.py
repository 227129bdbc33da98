"""Generate long benchmark stories from the bundled ones, with every line new.

The bundled stories give the shape (paragraphs, dialogue in quotes, speech
tags, names); every lower-case word of four or more letters is swapped for a
random word of the same story vocabulary, so each paragraph of the output is
new text. That matters: repeated lines would be synthesized once and cached,
flattering ficaudio against the baseline. A fixed seed makes the text
repeatable.

    python benchmarks/make_story.py --words 50000 --chapters 10 -o story.txt
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "examples" / "the-lantern-keepers.txt"]
_KEEP = {"said", "asked", "says", "replied", "whispered", "called", "shouted", "told", "with", "that", "this",
         "from", "have", "they", "them", "their", "there", "then", "what", "when", "were", "would", "could"}
_HEADING = re.compile(r"^(chapter\b|a/n\b|disclaimer\b|author's note\b)", re.IGNORECASE)
_WORD = re.compile(r"\b[a-z]{4,}\b")


def source_paragraphs() -> list[str]:
    paragraphs = []
    for path in SOURCES:
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            block = " ".join(block.split())
            if block and not _HEADING.match(block) and not set(block) <= set("*~-=# "):
                paragraphs.append(block)
    return paragraphs


def make_story(words: int, chapters: int, *, seed: int = 7, title: str = "The Long Watch") -> str:
    """A story of about ``words`` words in ``chapters`` chapters."""
    rng = random.Random(seed)
    paragraphs = source_paragraphs()
    vocabulary = sorted({w for p in paragraphs for w in _WORD.findall(p) if w not in _KEEP})

    def fresh(paragraph: str) -> str:
        return _WORD.sub(lambda m: m.group(0) if m.group(0) in _KEEP else rng.choice(vocabulary), paragraph)

    out = [title, ""]
    per_chapter = words / chapters
    for number in range(1, chapters + 1):
        out += [f"Chapter {number}: The {rng.choice(vocabulary).capitalize()} {rng.choice(vocabulary).capitalize()}", ""]
        count = 0
        order = list(range(len(paragraphs)))
        while count < per_chapter:
            rng.shuffle(order)
            for i in order:
                text = fresh(paragraphs[i])
                out += [text, ""]
                count += len(text.split())
                if count >= per_chapter:
                    break
    return "\n".join(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=5000)
    parser.add_argument("--chapters", type=int, default=1)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("-o", "--output", type=Path, required=True)
    args = parser.parse_args()
    args.output.write_text(make_story(args.words, args.chapters, seed=args.seed), encoding="utf-8")
    print(args.output)


if __name__ == "__main__":
    main()
