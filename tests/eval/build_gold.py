"""Turn a batch's marked-up stories (tests/gold-unseen-NN/src/*.mk) into tests/texts/NAME.txt and the batch's
NAME.gold.json; each batch's src/build.py calls build_all on its own folder.

Markup: a header of '#story NAME LANG' and '#char NAME|gender|alias;alias' lines (and any '#note TEXT': an
author's note line the story holds, to be marked as one; any '#chapter TEXT': a chapter heading it holds), a line '---', then the story
where each quoted span is written [[Speaker|t|text]] (t: e explicit, a anaphoric, i implicit, and a trailing 'T'
for a thought). The quote marks and dashes are written around the spans as they are to appear.
Standard library only: python3 tests/gold-unseen-NN/src/build.py
"""

import json
import pathlib
import re

REPO = pathlib.Path(__file__).resolve().parent.parent.parent
TYPES = {"e": "explicit", "a": "anaphoric", "i": "implicit"}
SPAN = re.compile(r"\[\[([^|\]]+)\|([eai]T?)\|([^\]]+)\]\]")


def build(mk: pathlib.Path) -> None:
    here = mk.parent
    head, body = mk.read_text(encoding="utf-8").split("\n---\n", 1)
    name = lang = None
    chars = []
    notes = []
    headings = []
    for line in head.splitlines():
        if line.startswith("#story "):
            _, name, lang = line.split()
        elif line.startswith("#char "):
            who, gender, aliases = (line[6:].split("|") + [""])[:3]
            chars.append({"name": who, "gender": gender, "aliases": [a for a in aliases.split(";") if a]})
        elif line.startswith("#note "):
            notes.append(line[6:])
        elif line.startswith("#chapter "):
            headings.append(line[9:])
    quotes = []
    for m in SPAN.finditer(body):
        who, t, text = m.groups()
        assert who in {c["name"] for c in chars}, (mk.name, who)
        quotes.append({"text": text, "speaker": who, "kind": "thought" if t.endswith("T") else "dialogue",
                       "type": TYPES[t[0]]})
    story = SPAN.sub(lambda m: m.group(3), body).strip() + "\n"
    (REPO / "tests/texts" / f"{name}.txt").write_text(story, encoding="utf-8")
    gold = {"story": f"tests/texts/{name}.txt", "language": lang, "characters": chars, "quotes": quotes}
    if headings:
        gold["chapters"] = headings
    if notes:
        gold["author_notes"] = notes
    (here.parent / f"{name}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2) + "\n",
                                                   encoding="utf-8")
    print(name, lang, len(quotes), "quotes")


def build_all(src: pathlib.Path) -> None:
    """Build every marked-up story in a batch's src folder."""
    for mk in sorted(src.glob("*.mk")):
        build(mk)
