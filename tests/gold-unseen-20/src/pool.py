#!/usr/bin/env python3
"""Pool batch 20's scores per language and per half (its README declares the halves): tests/eval/pool.py.

PYTHONPATH=src .venv/bin/python tests/gold-unseen-20/src/pool.py [--half A|B|all] [FOLDER ...]
"""

import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "eval"))

import pool  # noqa: E402

HALF_A = ("la-salle-des-profs", "el-bingo", "el-club-de-ajedrez", "das-grillfest", "die-kanutour")
HALF_B = ("le-tournoi-de-petanque", "le-cours-de-poterie", "la-sobremesa", "die-weinprobe")

if __name__ == "__main__":
    pool.main(HERE.parent, HALF_A, HALF_B)
