"""Train the turn-taking ranker (src/ficaudio/speakers/ranker.py) on the annotated dev corpus.

    .venv/bin/python tests/eval/train_turns.py ../shared/dev-corpus [--write]

For every line the turn-taking rule decides, the ranker's candidates and
features are recorded while the novel is analysed with the rule alone; the
annotated speaker says which candidate was right. An averaged perceptron
(deterministic: fixed order, fixed epochs) learns one weight per feature.

It reports, leave one novel out, how the ranker does on the novel it was not
trained on, both on the recorded decisions and end to end (the novel analysed
again with those weights, scored as `make accuracy` scores it). With
``--write`` the weights trained on all the novels go to
src/ficaudio/data/turn_ranker.json, the file the package ships.
"""

from __future__ import annotations

import argparse
import bisect
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.accuracy import NameMapper, score_corpus_novel  # noqa: E402
from eval.accuracy import analyse_text_only  # noqa: E402
from ficaudio.readers import read_story  # noqa: E402
from ficaudio.speakers import ranker  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
WEIGHTS = ROOT / "src" / "ficaudio" / "data" / "turn_ranker.json"
EPOCHS = 12


def record(quotes_path: Path) -> list[tuple[list[list[float]], int]]:
    """(feature vectors of the candidates, index of the right one) for each decision with a right candidate."""
    data = json.loads(quotes_path.read_text(encoding="utf-8"))
    doc = read_story(quotes_path.with_name(quotes_path.name.replace(".quotes.json", ".txt")))
    ranker.RECORD = []
    saved = ranker.weights
    ranker.weights = lambda: None  # the rule alone decides while recording
    try:
        analyse_text_only(doc)
        decisions = ranker.RECORD
    finally:
        ranker.RECORD = None
        ranker.weights = saved
    mapper = NameMapper(data["characters"])
    gold = sorted((q["start"], q["end"], q["speaker"]) for q in data["quotes"])
    starts = [g[0] for g in gold]
    samples = []
    for seg, pool, vectors in decisions:
        i = bisect.bisect_right(starts, seg.end) - 1
        if i < 0 or gold[i][1] <= seg.start:
            continue
        speaker = gold[i][2]
        right = [k for k, name in enumerate(pool)
                 if speaker in mapper.map(name, doc.characters[name].aliases if name in doc.characters else [])]
        if right:
            samples.append((vectors, right[0]))
    return samples


def train(samples: list[tuple[list[list[float]], int]]) -> list[float]:
    n = len(ranker.FEATURES)
    w = [0.0] * n
    w[0] = 1.0  # start from the rule: its choice wins until the data says otherwise
    total = [0.0] * n
    steps = 0
    for _ in range(EPOCHS):
        for vectors, right in samples:
            scores = [sum(a * b for a, b in zip(w, v)) for v in vectors]
            guess = max(range(len(vectors)), key=lambda k: (scores[k], -k))
            if guess != right:
                for j in range(n):
                    w[j] += vectors[right][j] - vectors[guess][j]
            for j in range(n):
                total[j] += w[j]
            steps += 1
    return [round(t / steps, 4) for t in total]


def hits(w: list[float], samples) -> int:
    return sum(
        max(range(len(v)), key=lambda k: (sum(a * b for a, b in zip(w, v[k])), -k)) == right for v, right in samples
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--write", action="store_true", help="write the weights trained on every novel")
    args = parser.parse_args()
    novels = sorted(args.corpus.glob("*.quotes.json"))
    if not novels:
        print(f"No annotated novels in {args.corpus}")
        return 1
    recorded = {p: record(p) for p in novels}
    print(f"{'held-out novel':<30} {'decisions':>9} {'rule':>6} {'ranker':>6} {'all before':>10} {'all after':>9}")
    rows = []
    for p in novels:
        train_set = [s for q in novels if q != p for s in recorded[q]]
        w = train(train_set)
        test = recorded[p]
        rule = sum(right == 0 for _, right in test)
        before = score_corpus_novel(p).attribution_pct
        saved = ranker.weights
        ranker.weights = lambda w=tuple(w): w
        try:
            after = score_corpus_novel(p).attribution_pct
        finally:
            ranker.weights = saved
        rows.append((before, after))
        n = max(1, len(test))
        print(f"{p.name.replace('.quotes.json', ''):<30} {len(test):>9} {100 * rule / n:>5.1f}% "
              f"{100 * hits(w, test) / n:>5.1f}% {before:>9.1f}% {after:>8.1f}%")
    mean_before = sum(b for b, _ in rows) / len(rows)
    mean_after = sum(a for _, a in rows) / len(rows)
    better = sum(a > b + 0.05 for b, a in rows)
    worse = sum(a < b - 0.05 for b, a in rows)
    print(f"mean over held-out novels: {mean_before:.1f}% -> {mean_after:.1f}% ({better} up, {worse} down)")
    w = train([s for p in novels for s in recorded[p]])
    print("weights (all novels):", dict(zip(ranker.FEATURES, w)))
    if args.write:
        WEIGHTS.write_text(json.dumps({
            "about": "turn-taking ranker weights; trained by tests/eval/train_turns.py on the dev corpus",
            "features": list(ranker.FEATURES), "weights": w, "epochs": EPOCHS,
            "novels": [p.name.replace(".quotes.json", "") for p in novels],
        }, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
