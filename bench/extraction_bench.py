"""Product-fact extraction on the fictional extraction test set (evals/extraction), captured in real Chromium.

Usage: python bench/extraction_bench.py [--pages DIR] [--expected FILE] [--only GLOB] [--show-errors] [--keep DIR]

Serves every page with the local marketplace, captures it with BrowserSession, runs extract_listing and compares the
result with the labels in expected.jsonl:
- scalar fields (title, brand, model, price, currency, seller): a prediction is correct when, after whitespace
  collapse, case-folding and Thai-digit normalisation (tools.thai_text.normalise), it equals the label; for title
  and seller also when one contains the other and the shorter is >= 60% of the longer's length; prices compare as
  numbers. Precision = correct / predicted non-null, recall = correct / labelled non-null; plus micro P/R over the
  six fields.
- tis and licences: set-based precision/recall, micro-averaged over pages. TIS claims are canonical numbers (None
  for a numberless claim); on each side a numberless claim is dropped when the set also holds a numbered one, and a
  yearless number is dropped when the same standard with a year is in the set (the same claim written twice).
  Licences are compact numbers; a licence mention the extractor flags as malformed counts as a wrong prediction
  (no page in this set shows a malformed licence for its product).
Prints a table and, last, one JSON line with every number.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import re
import shutil
import sys
import tempfile
import time
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from agent.errors import SodsongError  # noqa: E402
from agent.settings import Settings  # noqa: E402
from evals.marketplace import Marketplace  # noqa: E402
from evals.runner import eval_settings  # noqa: E402
from tools.browser import BrowserSession  # noqa: E402
from tools.extraction import ExtractedListing, extract_listing  # noqa: E402
from tools.thai_text import normalise  # noqa: E402

SCALARS = ("title", "brand", "model", "price", "currency", "seller")
CONTAINMENT = ("title", "seller")
DEFAULT_PAGES = REPO / "evals" / "extraction" / "pages"
DEFAULT_EXPECTED = REPO / "evals" / "extraction" / "expected.jsonl"


# --- comparison -------------------------------------------------------------------------------


def fold(text: str) -> str:
    return normalise(text).casefold()


def amount(text: str | None) -> Decimal | None:
    if text is None:
        return None
    cleaned = re.sub(r"[\s,฿]|THB|บาท", "", normalise(str(text)), flags=re.IGNORECASE).rstrip(".-")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def scalar_correct(field: str, predicted: str, expected: str) -> bool:
    if field == "price":
        got = amount(predicted)
        return got is not None and got == amount(expected)
    a, b = fold(predicted), fold(expected)
    if a == b:
        return True
    if field in CONTAINMENT and a and b:
        short, long = sorted((a, b), key=len)
        return short in long and len(short) >= 0.6 * len(long)
    return False


def tis_claims(items: list[str | None]) -> set[str | None]:
    claims = set(items)
    numbered = {c for c in claims if c is not None}
    if numbered:
        claims.discard(None)
    for number in numbered:
        if any(other.startswith(number + "-") and re.fullmatch(r"[0-9]{4}", other[len(number) + 1:]) for other in numbered if other != number):
            claims.discard(number)
    return claims


def predictions(result: ExtractedListing) -> dict[str, Any]:
    fields = {name: (getattr(result, name).value if getattr(result, name) else None) for name in SCALARS if name != "currency"}
    fields["currency"] = result.currency
    return {
        "fields": fields,
        "quotes": {name: (getattr(result, name).quote, getattr(result, name).source) for name in SCALARS
                   if name != "currency" and getattr(result, name)},
        "tis": [t.mention.number.canonical if t.mention.number else None for t in result.tis],
        "tis_quotes": [(t.mention.quote, t.source) for t in result.tis],
        "licences": [l.mention.number.compact if l.mention.number else f"malformed ({l.mention.malformed_reason}): {l.mention.quote}"
                     for l in result.licences],
    }


def ratio(num: int, den: int) -> float | None:
    return round(num / den, 3) if den else None


def score(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """rows: {expected, predicted}; predicted is None when the capture failed."""
    fields = {f: {"expected": 0, "predicted": 0, "correct": 0} for f in SCALARS}
    sets = {k: {"expected": 0, "predicted": 0, "correct": 0} for k in ("tis", "licences")}
    for row in rows:
        exp, pred = row["expected"], row["predicted"]
        for f in SCALARS:
            e = exp["fields"][f]
            p = pred["fields"][f] if pred else None
            fields[f]["expected"] += e is not None
            fields[f]["predicted"] += p is not None
            fields[f]["correct"] += e is not None and p is not None and scalar_correct(f, p, e)
        for key, norm in (("tis", tis_claims), ("licences", set)):
            e = norm(exp[key])
            p = norm(pred[key]) if pred else set()
            sets[key]["expected"] += len(e)
            sets[key]["predicted"] += len(p)
            sets[key]["correct"] += len(e & p)
    for bucket in (*fields.values(), *sets.values()):
        bucket["precision"] = ratio(bucket["correct"], bucket["predicted"])
        bucket["recall"] = ratio(bucket["correct"], bucket["expected"])
    micro = {k: sum(b[k] for b in fields.values()) for k in ("expected", "predicted", "correct")}
    micro["precision"] = ratio(micro["correct"], micro["predicted"])
    micro["recall"] = ratio(micro["correct"], micro["expected"])
    return {"fields": fields, "scalar_micro": micro, **sets}


def errors(row: dict[str, Any]) -> list[str]:
    exp, pred = row["expected"], row["predicted"]
    if pred is None:
        return [f"capture failed: {row['error']}"]
    out = []
    for f in SCALARS:
        e, p = exp["fields"][f], pred["fields"][f]
        if e is None and p is None:
            continue
        if e is not None and p is not None and scalar_correct(f, p, e):
            continue
        quote = pred["quotes"].get(f)
        where = f"   [{quote[1]}: {quote[0][:90]!r}]" if quote else ""
        out.append(f"{f:9} expected {e!r}  got {p!r}{where}")
    for key, norm in (("tis", tis_claims), ("licences", set)):
        e, p = norm(exp[key]), norm(pred[key])
        if e != p:
            extra = ""
            if key == "tis" and p - e:
                extra = "   quotes: " + "; ".join(f"{q!r} ({s})" for q, s in pred["tis_quotes"])
            out.append(f"{key:9} missed {sorted(e - p, key=str)}  extra {sorted(p - e, key=str)}{extra}")
    return out


# --- running ----------------------------------------------------------------------------------


def load_expected(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run(pages: Path, expected: list[dict[str, Any]], keep: Path | None) -> list[dict[str, Any]]:
    settings = eval_settings(Settings())
    out_dir = keep or Path(tempfile.mkdtemp(prefix="sodsong-extraction-"))
    rows = []
    try:
        with Marketplace(pages) as market, BrowserSession(settings.browser) as browser:
            cases = {case.id: case for case in market.cases}
            for exp in expected:
                case = cases[exp["id"]]
                row: dict[str, Any] = {"id": exp["id"], "structure": exp["structure"], "lang": exp["lang"], "expected": exp, "predicted": None, "error": None}
                try:
                    capture = browser.capture(market.url_for(case.id, case.target), out_dir / case.id)
                    result = extract_listing(capture.visible_text, capture.structured_text, capture.probe, capture.status)
                    row["predicted"] = predictions(result)
                except SodsongError as exc:
                    row["error"] = f"{type(exc).__name__}: {exc}"
                rows.append(row)
    finally:
        if keep is None:
            shutil.rmtree(out_dir, ignore_errors=True)
    return rows


def fmt(value: float | None) -> str:
    return "    -" if value is None else f"{value:5.3f}"


def main() -> int:
    parser = argparse.ArgumentParser(description="Product-fact extraction P/R on evals/extraction")
    parser.add_argument("--pages", type=Path, default=DEFAULT_PAGES)
    parser.add_argument("--expected", type=Path, default=DEFAULT_EXPECTED)
    parser.add_argument("--only", help="page ids matching this glob (e.g. 'x-og-*')")
    parser.add_argument("--show-errors", action="store_true", help="list every mismatch, page by page")
    parser.add_argument("--keep", type=Path, help="keep the captures (text, structured data, probe) in this directory")
    args = parser.parse_args()

    expected = load_expected(args.expected)
    if args.only:
        expected = [e for e in expected if fnmatch.fnmatchcase(e["id"], args.only)]
    started = time.monotonic()
    rows = run(args.pages, expected, args.keep)
    seconds = round(time.monotonic() - started, 1)
    total = score(rows)

    print(f"{'field':16} {'labelled':>8} {'predicted':>9} {'correct':>7} {'precision':>9} {'recall':>7}")
    for name, bucket in [*total["fields"].items(), ("scalar (micro)", total["scalar_micro"]), ("tis (set)", total["tis"]), ("licences (set)", total["licences"])]:
        if name in ("scalar (micro)", "tis (set)"):
            print("-" * 62)
        print(f"{name:16} {bucket['expected']:>8} {bucket['predicted']:>9} {bucket['correct']:>7} {fmt(bucket['precision']):>9} {fmt(bucket['recall']):>7}")

    by_structure = {}
    for structure in sorted({r["structure"] for r in rows}):
        part = score([r for r in rows if r["structure"] == structure])
        by_structure[structure] = {"pages": sum(r["structure"] == structure for r in rows),
                                   **{k: {"precision": part[k]["precision"], "recall": part[k]["recall"]} for k in ("scalar_micro", "tis", "licences")}}
    print(f"\n{'structure':20} {'pages':>5} {'scalar P':>8} {'scalar R':>8} {'tis P':>6} {'tis R':>6} {'lic P':>6} {'lic R':>6}")
    for structure, part in by_structure.items():
        print(f"{structure:20} {part['pages']:>5} {fmt(part['scalar_micro']['precision']):>8} {fmt(part['scalar_micro']['recall']):>8} "
              f"{fmt(part['tis']['precision']):>6} {fmt(part['tis']['recall']):>6} {fmt(part['licences']['precision']):>6} {fmt(part['licences']['recall']):>6}")

    failed = [r["id"] for r in rows if r["predicted"] is None]
    if args.show_errors:
        print()
        for row in rows:
            problems = errors(row)
            if problems:
                print(f"## {row['id']} ({row['structure']}, {row['lang']})")
                for problem in problems:
                    print(f"   {problem}")
    summary = {"bench": "extraction", "pages": len(rows), "capture_failures": failed, "seconds": seconds, **total, "by_structure": by_structure}
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
