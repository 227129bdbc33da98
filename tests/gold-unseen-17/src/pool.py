#!/usr/bin/env python3
"""Pool batch 17's scores per language and per half (its README declares the halves): tests/eval/pool.py.

PYTHONPATH=src .venv/bin/python tests/gold-unseen-17/src/pool.py [--half A|B|all] [FOLDER ...]
"""

import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "eval"))

import pool  # noqa: E402

HALF_A = ("la-fuite", "le-karaoke", "la-junta", "el-taxi", "der-elternabend")
HALF_B = ("la-reunion-parents", "la-clase-de-cocina", "im-treppenhaus", "sonntagsbroetchen")

if __name__ == "__main__":
    pool.main(HERE.parent, HALF_A, HALF_B)
