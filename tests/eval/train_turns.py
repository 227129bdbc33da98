"""Train the rankers (src/ficaudio/speakers/ranker.py) on the annotated dev corpus.

    .venv/bin/python tests/eval/train_turns.py ../shared/dev-corpus [--kind turn|pronoun] [--write]

`turn` weighs the lines turn-taking decides; `pronoun` the 'he said' / 'she
said' tags. For every such decision, the ranker's candidates and
features are recorded while the novel is analysed with the rule alone; the
annotated speaker says which candidate was right. An averaged perceptron
(deterministic: fixed order, fixed epochs) learns one weight per feature.

It reports, leave one novel out, how the ranker does on the novel it was not
trained on, both on the recorded decisions and end to end (the novel analysed
again with those weights, scored as `make accuracy` scores it). With
``--write`` the weights trained on all the novels go to
src/ficaudio/data/<kind>_ranker.json, the file the package ships.
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
EPOCHS = 12
KINDS = {
    # kind: (record list attribute, weights function attribute, feature names, shipped file)
    "turn": ("RECORD", "weights", ranker.FEATURES, "turn_ranker.json"),
    "pronoun": ("PRONOUN_RECORD", "pronoun_weights", ranker.PRONOUN_FEATURES, "pronoun_ranker.json"),
}


def record(quotes_path: Path, kind: str) -> list[tuple[list[list[float]], int]]:
    """(feature vectors of the candidates, index of the right one) for each decision with a right candidate."""
    record_attr, weights_attr, _, _ = KINDS[kind]
    data = json.loads(quotes_path.read_text(encoding="utf-8"))
    doc = read_story(quotes_path.with_name(quotes_path.name.replace(".quotes.json", ".txt")))
    setattr(ranker, record_attr, [])
    saved = getattr(ranker, weights_attr)
    setattr(ranker, weights_attr, lambda: None)  # the rule alone decides while recording
    try:
        analyse_text_only(doc)
        decisions = getattr(ranker, record_attr)
    finally:
        setattr(ranker, record_attr, None)
        setattr(ranker, weights_attr, saved)
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


def train(samples: list[tuple[list[list[float]], int]], n: int) -> list[float]:
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


def joint(novels: list[Path]) -> None:
    """Both rankers at once, leave one novel out: each novel scored with weights that never saw it."""
    off = {kind: getattr(ranker, KINDS[kind][1]) for kind in KINDS}
    try:
        for kind in KINDS:
            setattr(ranker, KINDS[kind][1], lambda: None)
        recorded = {kind: {p: record(p, kind) for p in novels} for kind in KINDS}
        rows = []
        for p in novels:
            before = score_corpus_novel(p).attribution_pct
            for kind in KINDS:
                w = train([s for q in novels if q != p for s in recorded[kind][q]], len(KINDS[kind][2]))
                setattr(ranker, KINDS[kind][1], lambda w=tuple(w): w)
            after = score_corpus_novel(p).attribution_pct
            for kind in KINDS:
                setattr(ranker, KINDS[kind][1], lambda: None)
            rows.append((p, before, after))
            print(f"{p.name.replace('.quotes.json', ''):<30} rules {before:5.1f}%  both rankers {after:5.1f}%")
    finally:
        for kind, fn in off.items():
            setattr(ranker, KINDS[kind][1], fn)
    mean_before = sum(b for _, b, _ in rows) / len(rows)
    mean_after = sum(a for _, _, a in rows) / len(rows)
    print(f"held out, mean of {len(rows)} novels: rules {mean_before:.1f}% -> both rankers {mean_after:.1f}% "
          f"({sum(a > b + 0.05 for _, b, a in rows)} up, {sum(a < b - 0.05 for _, b, a in rows)} down)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--kind", choices=sorted(KINDS), default="turn")
    parser.add_argument("--joint", action="store_true", help="both rankers, leave one novel out, and stop")
    parser.add_argument("--write", action="store_true", help="write the weights trained on every novel")
    args = parser.parse_args()
    novels = sorted(args.corpus.glob("*.quotes.json"))
    if not novels:
        print(f"No annotated novels in {args.corpus}")
        return 1
    if args.joint:
        joint(novels)
        return 0
    _, weights_attr, features, filename = KINDS[args.kind]
    n_features = len(features)
    recorded = {p: record(p, args.kind) for p in novels}
    print(f"{'held-out novel':<30} {'decisions':>9} {'rule':>6} {'ranker':>6} {'rule only':>10} {'ranked':>9}")
    rows = []
    for p in novels:
        train_set = [s for q in novels if q != p for s in recorded[q]]
        w = train(train_set, n_features)
        test = recorded[p]
        rule = sum(right == 0 for _, right in test)
        saved = getattr(ranker, weights_attr)
        try:
            setattr(ranker, weights_attr, lambda: None)  # this ranker off: its rule alone
            before = score_corpus_novel(p).attribution_pct
            setattr(ranker, weights_attr, lambda w=tuple(w): w)  # weights that never saw this novel
            after = score_corpus_novel(p).attribution_pct
        finally:
            setattr(ranker, weights_attr, saved)
        rows.append((before, after))
        n = max(1, len(test))
        print(f"{p.name.replace('.quotes.json', ''):<30} {len(test):>9} {100 * rule / n:>5.1f}% "
              f"{100 * hits(w, test) / n:>5.1f}% {before:>9.1f}% {after:>8.1f}%")
    mean_before = sum(b for b, _ in rows) / len(rows)
    mean_after = sum(a for _, a in rows) / len(rows)
    better = sum(a > b + 0.05 for b, a in rows)
    worse = sum(a < b - 0.05 for b, a in rows)
    print(f"all quotations, mean over the novels, each ranked by weights trained on the other novels: "
          f"{mean_before:.1f}% with the rule alone -> {mean_after:.1f}% ranked ({better} up, {worse} down)")
    w = train([s for p in novels for s in recorded[p]], n_features)
    print("weights (all novels):", dict(zip(features, w)))
    if args.write:
        dest = ROOT / "src" / "ficaudio" / "data" / filename
        dest.write_text(json.dumps({
            "about": f"{args.kind} ranker weights; trained by tests/eval/train_turns.py --kind {args.kind}",
            "features": list(features), "weights": w, "epochs": EPOCHS,
            "novels": [p.name.replace(".quotes.json", "") for p in novels],
        }, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {dest.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
