#!/usr/bin/env python3
"""Pool batch 22's scores per language and per half (its README declares the halves): tests/eval/pool.py.

PYTHONPATH=src .venv/bin/python tests/gold-unseen-22/src/pool.py [--half A|B|all] [FOLDER ...]
"""

import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "eval"))

import pool  # noqa: E402

HALF_A = ("le-pique-nique", "la-lavanderia", "el-acuario", "der-adventsbasar", "der-kochkurs")
HALF_B = ("l-atelier-couture", "la-tombola", "la-cocina-del-bar", "die-segelstunde")

if __name__ == "__main__":
    pool.main(HERE.parent, HALF_A, HALF_B)
