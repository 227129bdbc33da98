#!/usr/bin/env python3
"""Pool a batch's scores per language and per half (this batch's README declares the halves).

PYTHONPATH=src .venv/bin/python tests/gold-unseen-17/src/pool.py [--half A|B|all] [FOLDER ...]
Folders default to this batch; --half applies to this batch's stories only (other folders are pooled whole).
"""

import argparse
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "eval"))

from accuracy import score_gold_file  # noqa: E402

HALF_A = ("la-fuite", "le-karaoke", "la-junta", "el-taxi", "der-elternabend")
HALF_B = ("la-reunion-parents", "la-clase-de-cocina", "im-treppenhaus", "sonntagsbroetchen")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", type=pathlib.Path, default=[HERE.parent])
    parser.add_argument("--half", default="all", choices=("A", "B", "all"))
    args = parser.parse_args()
    pooled: dict[str, list[int]] = {}
    for folder in args.folders:
        for path in sorted(folder.glob("*.gold.json")):
            name = path.name.removesuffix(".gold.json")
            if folder.resolve() == HERE.parent.resolve() and args.half != "all":
                if name not in (HALF_A if args.half == "A" else HALF_B):
                    continue
            s = score_gold_file(path)
            print(f"  {name:<24} {s.language}  {s.correct}/{s.quotations}  found {s.detected}/{s.quote_parts}")
            for key in (s.language, "all"):
                p = pooled.setdefault(key, [0, 0, 0, 0])
                p[0] += s.correct
                p[1] += s.quotations
                p[2] += s.detected
                p[3] += s.quote_parts
    for key, (c, q, d, parts) in pooled.items():
        print(f"{key:<4} {c}/{q} = {100 * c / q:.1f}%  found {d}/{parts}")


if __name__ == "__main__":
    main()
