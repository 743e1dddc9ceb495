"""Check titles.jsonl against the TISI compulsory catalogue and print its make-up.

    .venv/bin/python evals/classification/check_titles.py [--catalogue PATH]

Every `tis` (and every entry of the optional `tis_also`) must be an exact `เลขที่ มอก.` string of
the catalogue; ids and titles must be unique. Exit status 1 on any problem.
"""

from __future__ import annotations

import argparse
import collections
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent
DEFAULT_CATALOGUE = (
    REPO_ROOT.parent / "shared" / "data" / "upstream" / "tisi-open-data" / "tis_2025_11_mandatory_rows_verbatim.csv"
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("titles", nargs="?", type=Path, default=HERE / "titles.jsonl")
    parser.add_argument("--catalogue", type=Path, default=DEFAULT_CATALOGUE)
    args = parser.parse_args(argv)
    if not args.catalogue.is_file():
        parser.error(f"catalogue not found: {args.catalogue}")

    with args.catalogue.open(encoding="utf-8-sig", newline="") as fh:
        names = {row["เลขที่ มอก."]: row["ชื่อ มอก. ภาษาไทย"] for row in csv.DictReader(fh)}

    problems: list[str] = []
    rows = [json.loads(line) for line in args.titles.read_text(encoding="utf-8").splitlines() if line.strip()]
    ids: set[str] = set()
    titles: set[str] = set()
    per_standard: collections.Counter[str] = collections.Counter()
    scripts: collections.Counter[str] = collections.Counter()
    for row in rows:
        rid, title, tis = row.get("id"), row.get("title"), row.get("tis", "missing")
        if not rid or rid in ids:
            problems.append(f"bad or duplicate id: {rid!r}")
        ids.add(rid)
        if not title or title in titles:
            problems.append(f"{rid}: empty or duplicate title")
        titles.add(title)
        if tis == "missing":
            problems.append(f"{rid}: no 'tis' field (use null for not regulated)")
        elif tis is not None and tis not in names:
            problems.append(f"{rid}: tis {tis!r} is not a catalogue number")
        for extra in row.get("tis_also", []):
            if extra not in names:
                problems.append(f"{rid}: tis_also {extra!r} is not a catalogue number")
        per_standard[tis or "(not regulated)"] += 1
        thai = bool(re.search("[\u0e00-\u0e7f]", title or ""))
        latin = bool(re.search("[A-Za-z]{2,}", title or ""))
        scripts["mixed" if thai and latin else "thai" if thai else "english"] += 1

    regulated = sum(n for k, n in per_standard.items() if k != "(not regulated)")
    print(f"{len(rows)} titles: {regulated} regulated across {len(per_standard) - 1} standards, "
          f"{per_standard['(not regulated)']} not regulated; script {dict(scripts)}")
    for tis, count in per_standard.most_common():
        print(f"  {count:3d}  {tis}  {names.get(tis, '')[:60]}")
    for problem in problems:
        print(f"PROBLEM: {problem}", file=sys.stderr)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
