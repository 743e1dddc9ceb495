"""Write the fictional extraction test set: pages/<id>/{case.json,page.html} and expected.jsonl.

    .venv/bin/python -m evals.extraction.build           # (re)write every page and the labels
    .venv/bin/python -m evals.extraction.build --check   # verify the files on disk match the sources

The pages are authored one by one in pages_*.py; each page's labels (the truth a careful reader takes from the page
for the product itself) are written next to it in its @page(...) decorator, never computed from the extractor.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import sys
from pathlib import Path
from typing import Any

from evals.extraction import (
    pages_dataattr, pages_fragmented, pages_microdata, pages_nextdata, pages_ogmeta, pages_rdfa, pages_social, pages_spectable,
)
from evals.extraction.common import REGISTRY

# Importing the page modules registers their pages (in import order, which is the order of expected.jsonl).
MODULES = (pages_microdata, pages_nextdata, pages_fragmented, pages_spectable, pages_social, pages_ogmeta, pages_dataattr, pages_rdfa)
from tools.thai_text import normalise

ROOT = Path(__file__).resolve().parent
PAGES = ROOT / "pages"
EXPECTED = ROOT / "expected.jsonl"
URL = re.compile(r"https?://", re.IGNORECASE)


def _fold(text: str) -> str:
    return normalise(html.unescape(text)).casefold()


def label_problems(entry: dict[str, Any], page_html: str) -> list[str]:
    """Labels that cannot be read anywhere in the page source (a typo in a label or in the page)."""
    problems = []
    source = _fold(page_html) + "\n" + _fold(re.sub(r"<[^>]+>", "", page_html))
    digits = re.sub(r"[^0-9]", "", source)
    for name, value in entry["fields"].items():
        if value is None or name == "currency":
            continue
        if name == "price":
            amount = int(value)
            if f"{amount:,}" not in source and str(amount) not in source:
                problems.append(f"price {value} not on the page")
        elif _fold(value) not in source:
            problems.append(f"{name} {value!r} not on the page")
    for tis in entry["tis"]:
        if tis is not None and re.match(r"[0-9]+", tis).group() not in digits:
            problems.append(f"tis {tis} not on the page")
    for licence in entry["licences"]:
        core = re.sub(r"[^0-9]", "", licence)
        if core not in digits:
            problems.append(f"licence {licence} not on the page")
    return problems


def render_all() -> dict[str, tuple[dict[str, Any], dict[str, Any], str]]:
    """id -> (case.json object, expected.jsonl row, page html)."""
    out: dict[str, tuple[dict[str, Any], dict[str, Any], str]] = {}
    for spec in REGISTRY:
        if spec["id"] in out:
            raise SystemExit(f"duplicate page id {spec['id']}")
        page_html = spec["render"]()
        case = {
            "id": spec["id"],
            "kind": "listing",
            "description": f"Fictional extraction-set page ({spec['structure']}, {spec['lang']}). {spec['description']}",
            "pages": {spec["path"]: "page.html"},
            "target": spec["path"],
            "expected": {"verdict": "inconclusive", "tis": None, "findings": [], "laws": []},
        }
        row = {"id": spec["id"], "structure": spec["structure"], "lang": spec["lang"], "fields": spec["fields"],
               "tis": spec["tis"], "licences": spec["licences"]}
        out[spec["id"]] = (case, row, page_html)
    return out


def check_rendered(rendered: dict[str, tuple[dict[str, Any], dict[str, Any], str]]) -> list[str]:
    problems = []
    for page_id, (_, row, page_html) in rendered.items():
        if URL.search(page_html):
            problems.append(f"{page_id}: page contains an http(s):// URL")
        problems += [f"{page_id}: {p}" for p in label_problems(row, page_html)]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only verify that the files on disk match the sources")
    args = parser.parse_args()
    rendered = render_all()
    problems = check_rendered(rendered)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 1
    lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for _, row, _ in rendered.values())
    if args.check:
        stale = [] if EXPECTED.exists() and EXPECTED.read_text(encoding="utf-8") == lines else ["expected.jsonl"]
        for page_id, (case, _, page_html) in rendered.items():
            directory = PAGES / page_id
            if not (directory / "page.html").exists() or (directory / "page.html").read_text(encoding="utf-8") != page_html:
                stale.append(f"{page_id}/page.html")
            if not (directory / "case.json").exists() or json.loads((directory / "case.json").read_text(encoding="utf-8")) != case:
                stale.append(f"{page_id}/case.json")
        extra = sorted(d.name for d in PAGES.iterdir() if d.is_dir() and d.name not in rendered) if PAGES.exists() else []
        stale += [f"{name}/ (no source)" for name in extra]
        if stale:
            print("out of date: " + ", ".join(stale), file=sys.stderr)
            return 1
        print(f"ok: {len(rendered)} pages")
        return 0
    if PAGES.exists():
        shutil.rmtree(PAGES)
    for page_id, (case, _, page_html) in rendered.items():
        directory = PAGES / page_id
        directory.mkdir(parents=True)
        (directory / "page.html").write_text(page_html, encoding="utf-8")
        (directory / "case.json").write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    EXPECTED.write_text(lines, encoding="utf-8")
    counts: dict[str, int] = {}
    for _, row, _ in rendered.values():
        counts[row["structure"]] = counts.get(row["structure"], 0) + 1
    print(f"wrote {len(rendered)} pages: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
