"""Product-title classification against the compulsory catalogue: accuracy@1 and @3.

Usage: python bench/classification_bench.py [evals/classification/titles.jsonl] [--show-failures]
A title whose truth is null counts as correct at @1 when nothing is predicted, and at @3 likewise.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tools.classify import Classifier, load_alias_table
from tools.thai_text import normalise


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0] if args else "evals/classification/titles.jsonl")
    classifier = Classifier(load_alias_table())
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    at1 = at3 = 0
    failures = []
    for item in items:
        truth = normalise(item["tis"]) if item.get("tis") else None
        also = {normalise(t) for t in item.get("tis_also", []) or []}
        result = classifier.classify([("title", item["title"], 3.0)])
        top = [tis for tis, _ in result.candidates[:3]]
        ok1 = (result.tis == truth) if truth else result.tis is None
        ok1 = ok1 or (truth is not None and result.tis in also)
        ok3 = (truth in top or bool(also & set(top))) if truth else result.tis is None
        at1 += ok1
        at3 += ok3
        if not ok1:
            failures.append((item["id"], item["title"], truth, result.tis))
    n = len(items)
    print(json.dumps({"titles": n, "accuracy_at_1": round(at1 / n, 4), "accuracy_at_3": round(at3 / n, 4)}))
    if "--show-failures" in sys.argv:
        for failure in failures:
            print(*failure, sep=" | ")


if __name__ == "__main__":
    main()
