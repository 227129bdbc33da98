#!/usr/bin/env python3
"""Pool batch 21's scores per language and per half (its README declares the halves): tests/eval/pool.py.

PYTHONPATH=src .venv/bin/python tests/gold-unseen-21/src/pool.py [--half A|B|all] [FOLDER ...]
"""

import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "eval"))

import pool  # noqa: E402

HALF_A = ("le-demenagement", "la-granja", "el-concierto", "die-fahrradwerkstatt", "das-sofa")
HALF_B = ("les-choristes", "le-vin-chaud", "el-rastro", "die-hundeschule")

if __name__ == "__main__":
    pool.main(HERE.parent, HALF_A, HALF_B)
