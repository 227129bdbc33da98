"""Every quotation's attribution, saved and compared between two states of the code.

    .venv/bin/python tests/eval/lines.py save base.tsv [FOLDERS...]
    .venv/bin/python tests/eval/lines.py compare base.tsv [FOLDERS...] [--show N] [--only NAME]

`save` scores the folders as `make accuracy` does (default: the sixteen dev-corpus novels) and writes one row per
quotation: text, offset, gold speaker, the system's speaker mapped to annotated names, right (1/0), rule, why, the
system's own name for the speaker.
`compare` scores the current code the same way and prints, per text, the lines that became right and wrong
(a rule change is judged by these, novel by novel, not by the mean alone), and with --show the changed lines.
Texts are analysed in two processes.
"""

from __future__ import annotations

import argparse
import csv
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.accuracy import score_corpus_novel, score_gold_file  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = [ROOT.parent / "shared" / "dev-corpus"]
Row = tuple[str, int, str, str, int, str, str, str]


def _score(path: Path) -> list[Row]:
    result = score_gold_file(path) if path.name.endswith(".gold.json") else score_corpus_novel(path)
    return [
        (result.name, off, gold, got, int(ok), rule, " ".join(why.split()), name)
        for off, gold, got, ok, rule, why, name in result.lines
    ]


def score_rows(folders: list[Path], only: str = "") -> list[Row]:
    paths = [p for f in folders if f.is_dir() for p in sorted([*f.glob("*.gold.json"), *f.glob("*.quotes.json")])]
    paths = [p for p in paths if only.lower() in p.name.lower()]
    # The longest novels first, so the two processes finish together.
    paths.sort(key=lambda p: -p.stat().st_size)
    with ProcessPoolExecutor(2) as pool:
        chunks = list(pool.map(_score, paths))
    return sorted((row for rows in chunks for row in rows), key=lambda r: (r[0], r[1]))


def load(path: Path) -> list[Row]:
    with open(path, newline="", encoding="utf-8") as f:
        return [(r[0], int(r[1]), r[2], r[3], int(r[4]), r[5], r[6], r[7]) for r in csv.reader(f, delimiter="\t")]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="tests/eval/lines.py", description=__doc__.split("\n")[0])
    parser.add_argument("action", choices=("save", "compare"))
    parser.add_argument("file", type=Path)
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--show", type=int, default=0, metavar="N", help="print up to N changed lines per text")
    parser.add_argument("--only", default="", help="only texts whose file name contains this")
    args = parser.parse_args(argv)
    rows = score_rows(args.folders or DEFAULT, args.only)
    if args.action == "save":
        with open(args.file, "w", newline="", encoding="utf-8") as f:
            csv.writer(f, delimiter="\t", lineterminator="\n").writerows(rows)
        print(f"{len(rows)} quotations, {sum(r[4] for r in rows)} right, saved to {args.file}")
        return 0
    old = {(r[0], r[1]): r for r in load(args.file)}
    texts: dict[str, list[tuple[Row | None, Row]]] = {}
    for row in rows:
        texts.setdefault(row[0], []).append((old.get((row[0], row[1])), row))
    up_all = down_all = 0
    for name, pairs in texts.items():
        up = [(a, b) for a, b in pairs if b[4] and a is not None and not a[4]]
        down = [(a, b) for a, b in pairs if not b[4] and a is not None and a[4]]
        moved = [(a, b) for a, b in pairs if a is not None and (a[3], a[5]) != (b[3], b[5])]
        up_all += len(up)
        down_all += len(down)
        right = sum(b[4] for _, b in pairs)
        if up or down or moved:
            print(f"{name:<28} {right:>5}/{len(pairs):<5} +{len(up)} -{len(down)} (changed {len(moved)})")
        for a, b in moved[: args.show]:
            mark = "+" if b[4] and not a[4] else "-" if a[4] and not b[4] else " "
            print(f"   {mark} {b[1]:>7} gold {b[2]}: {a[3]} ({a[5]}) -> {b[3]} ({b[5]}: {b[6][:60]})")
    total = sum(r[4] for r in rows)
    print(f"all: {total}/{len(rows)} right, +{up_all} -{down_all} against {args.file}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
