#!/usr/bin/env python3
"""Write batch 22's stories and gold from the marked-up sources beside this script (the markup: tests/eval/build_gold.py).
Standard library only: python3 tests/gold-unseen-22/src/build.py
"""

import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "eval"))

from build_gold import build_all  # noqa: E402

if __name__ == "__main__":
    build_all(HERE)
