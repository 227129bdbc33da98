"""Pool a gold batch's scores per language and per half (each batch's README declares its halves).

Called by each batch's own ``src/pool.py``, which names its halves:
``PYTHONPATH=src .venv/bin/python tests/gold-unseen-16/src/pool.py [--half A|B|all] [FOLDER ...]``.
Folders default to the batch; --half applies to the batch's stories only (other folders are pooled whole).
"""

from __future__ import annotations

import argparse
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))

from accuracy import score_gold_file  # noqa: E402


def main(batch: pathlib.Path, half_a: tuple[str, ...], half_b: tuple[str, ...], argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", type=pathlib.Path, default=[batch])
    parser.add_argument("--half", default="all", choices=("A", "B", "all"))
    args = parser.parse_args(argv)
    pooled: dict[str, list[int]] = {}
    for folder in args.folders:
        for path in sorted(folder.glob("*.gold.json")):
            name = path.name.removesuffix(".gold.json")
            if folder.resolve() == batch.resolve() and args.half != "all":
                if name not in (half_a if args.half == "A" else half_b):
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
