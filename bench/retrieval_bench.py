"""Legal retrieval on a question set: plain BM25 over statute text only (bm25-text), plain BM25 over the indexed documents
(statute text + our glosses and section questions, no expansion/prior/penalty links), lexical-only, dense-only, hybrid.

Usage: python bench/retrieval_bench.py QA_FILE [--collection NAME] [--k 5] [--by-lang]
(builds nothing; run `sodsong knowledge sync && sodsong knowledge index` first, or `knowledge add` for other corpora)
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from agent.settings import Settings
from evals.retrieval_metrics import evaluate, library_searcher, load_questions
from knowledge.collections import BUILTIN, open_collection
from knowledge.lawnames import law_key
from knowledge.lexical import BM25
from knowledge.tokenize import tokens

KEYS = ("hit_rate", "multi_hit_rate", "recall", "mrr", "p50_ms")


def statute_text_searcher(library):
    """Plain BM25 over the statute text alone: none of the project's glosses or section questions."""
    sections = library.sections
    bm25 = BM25([tokens(s.text) for s in sections])

    def search(question: str, k: int) -> list[tuple[str, str]]:
        scores = bm25.scores(tokens(question), prune_common=False)
        ranked = sorted(scores, key=lambda i: -scores[i])[:k]
        return [(law_key(sections[i].law), sections[i].section) for i in ranked]

    return search


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("qa_file", type=Path)
    parser.add_argument("--collection", default=BUILTIN)
    parser.add_argument("--k", type=int, default=5)
    parser.add_argument("--by-lang", action="store_true")
    args = parser.parse_args()
    questions = load_questions(args.qa_file)
    library = open_collection(Settings(), args.collection)
    groups = {"all": questions}
    if args.by_lang:
        for lang in sorted({q.lang for q in questions if q.lang}):
            groups[lang] = [q for q in questions if q.lang == lang]
    rows = []
    for name, group in groups.items():
        for mode in ("bm25-text", "bm25", "lexical", "dense", "hybrid"):
            searcher = statute_text_searcher(library) if mode == "bm25-text" else library_searcher(library, mode)
            for k in sorted({1, args.k}):
                metrics = evaluate(group, searcher, k)
                rows.append({"set": name, "n": len(group), "mode": mode, "k": k, **{key: metrics[key] for key in KEYS}})
    print(f"{'set':5} {'n':>4} {'mode':9} {'k':>2} " + " ".join(f"{key:>14}" for key in KEYS))
    for row in rows:
        print(f"{row['set']:5} {row['n']:>4} {row['mode']:9} {row['k']:>2} " + " ".join(f"{row[key]:>14}" for key in KEYS))
    print(json.dumps(rows))


if __name__ == "__main__":
    main()
