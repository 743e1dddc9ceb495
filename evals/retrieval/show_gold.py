"""Print every question of a retrieval set with the text of each gold section, and check the set.

Usage (after `sodsong knowledge sync`):

    SODSONG_DATA_DIR=/tmp/sodsong-data .venv/bin/python evals/retrieval/show_gold.py
    .venv/bin/python evals/retrieval/show_gold.py --corpus /path/to/sections.jsonl --check-only

Checks: unique ids, the formats.md section 2 shape, `lang` in {th, en}, and that every gold
(law, section) exists in the parsed corpus (same normalisation as the formats: Thai digits,
spaces, a leading มาตรา). Exit status 1 if any check fails. Reading the printed texts is the
manual part of the verification: each gold section must actually answer its question.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_THAI_DIGITS = str.maketrans({d: str(i) for i, d in enumerate("๐๑๒๓๔๕๖๗๘๙")})


def _norm_section(raw: str) -> str:
    text = re.sub(r"\s+", " ", raw.translate(_THAI_DIGITS)).strip()
    return re.sub(r"^มาตรา\s*", "", text)


def _norm_law(raw: str) -> str:
    text = re.sub(r"\s+", " ", raw.translate(_THAI_DIGITS)).strip()
    return re.sub(r"พ\s*\.?\s*ศ\s*\.?\s*(?=\d)", "พ.ศ. ", text)


def _default_corpus() -> Path:
    data_dir = os.environ.get("SODSONG_DATA_DIR")
    if data_dir:
        return Path(data_dir) / "corpus" / "sections.jsonl"
    return Path.home() / ".local" / "share" / "sodsong" / "corpus" / "sections.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("qa", nargs="?", type=Path, default=HERE / "indomain.jsonl")
    parser.add_argument("--corpus", type=Path, default=None, help="sections.jsonl (default: $SODSONG_DATA_DIR/corpus)")
    parser.add_argument("--chars", type=int, default=400, help="characters of each gold text to print")
    parser.add_argument("--check-only", action="store_true", help="print only problems and the summary")
    args = parser.parse_args(argv)

    corpus_path = args.corpus or _default_corpus()
    if not corpus_path.is_file():
        parser.error(f"no corpus at {corpus_path}; run `sodsong knowledge sync` or pass --corpus")
    texts: dict[tuple[str, str], str] = {}
    for line in corpus_path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        texts[(_norm_law(row["law"]), _norm_section(row["section"]))] = row["text"]

    problems: list[str] = []
    ids: set[str] = set()
    langs: dict[str, int] = {}
    laws: dict[str, int] = {}
    questions = [json.loads(line) for line in args.qa.read_text(encoding="utf-8").splitlines() if line.strip()]
    for q in questions:
        qid = q.get("id")
        if not isinstance(qid, str) or not qid:
            problems.append(f"line without id: {q}")
            continue
        if qid in ids:
            problems.append(f"{qid}: duplicate id")
        ids.add(qid)
        if not isinstance(q.get("question"), str) or not q["question"].strip():
            problems.append(f"{qid}: empty question")
        if q.get("lang") not in ("th", "en"):
            problems.append(f"{qid}: lang must be th or en")
        langs[q.get("lang")] = langs.get(q.get("lang"), 0) + 1
        relevant = q.get("relevant") or []
        if not relevant:
            problems.append(f"{qid}: no relevant sections")
        if not args.check_only:
            print(f"\n=== {qid} [{q.get('lang')}/{q.get('topic')}] {q.get('question')}")
        for rel in relevant:
            key = (_norm_law(rel["law"]), _norm_section(rel["section"]))
            laws[key[0]] = laws.get(key[0], 0) + 1
            text = texts.get(key)
            if text is None:
                problems.append(f"{qid}: ({rel['law']}, {rel['section']}) not in corpus")
                continue
            if not args.check_only:
                print(f"  -> {rel['law']} มาตรา {rel['section']}: {text[: args.chars]}")

    print(f"\n{len(questions)} questions {langs}; gold pairs per law:")
    for law, count in sorted(laws.items(), key=lambda kv: -kv[1]):
        print(f"  {count:4d}  {law}")
    for problem in problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
