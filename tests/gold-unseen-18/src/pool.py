#!/usr/bin/env python3
"""Pool batch 18's scores per language and per half (its README declares the halves): tests/eval/pool.py.

PYTHONPATH=src .venv/bin/python tests/gold-unseen-18/src/pool.py [--half A|B|all] [FOLDER ...]
"""

import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "eval"))

import pool  # noqa: E402

HALF_A = ("le-vernissage", "le-bureau-de-vote", "la-entrevista", "der-escape-room", "der-spaeti")
HALF_B = ("le-pot-de-depart", "el-velorio", "la-inmobiliaria", "die-blutspende")

if __name__ == "__main__":
    pool.main(HERE.parent, HALF_A, HALF_B)
