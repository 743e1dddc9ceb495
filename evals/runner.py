"""`sodsong eval run`: serve every case, investigate each with its own registry, score against expectations."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

from agent.checkpoints import sqlite_checkpointer
from agent.errors import SodsongError
from agent.runner import Resources, investigate
from agent.seller import investigate_seller
from agent.settings import Settings
from evals.cases import Case, load_cases
from evals.citations import check_assessment
from evals.marketplace import ALLOWED_HOST_PATTERN, Marketplace
from evals.metrics import aggregate, compare
from evals.report import write_reports
from tools.browser_pool import BrowserPool
from tools.registry import Registry

Progress = Callable[[Case, dict[str, Any]], None]


def eval_settings(settings: Settings) -> Settings:
    """The same settings with the local marketplace's hosts allowed past the address guard."""
    browser = settings.browser.model_copy(update={"allowed_hosts": [*settings.browser.allowed_hosts, ALLOWED_HOST_PATTERN]})
    return settings.model_copy(update={"browser": browser})


def run_case(case: Case, market: Marketplace, *, settings: Settings, resources: Resources, browser: BrowserPool, out_dir: Path, checkpointer) -> tuple[dict[str, Any], tuple[int, int]]:
    registry = Registry(":memory:")
    shutil.rmtree(out_dir / case.id, ignore_errors=True)  # a run directory holds one run: no stale files in its manifest
    started = time.monotonic()
    row: dict[str, Any] = {"id": case.id, "expected_verdict": case.expected.verdict}
    try:
        registry.import_records(case.registry, source=f"case:{case.id}", demo=True)
        investigator = investigate_seller if case.kind == "seller" else investigate
        assessment = investigator(
            market.url_for(case.id, case.target), settings=settings, resources=resources, browser=browser,
            registry=registry, checkpointer=checkpointer, run_dir=out_dir / case.id, run_id=f"eval-{case.id}-{int(time.time())}",
        )
        valid, total, problems = check_assessment(assessment, out_dir / case.id)
        result = compare(case.expected.model_dump(), assessment)
        if case.kind == "seller":
            result = _with_listings(result, case, market, assessment)
        row.update({k: result[k] for k in ("ok", "verdict", "tis", "findings", "missing_findings", "missing_laws")})
        if result.get("listing_errors"):
            row["listing_errors"] = result["listing_errors"]
        quotes = [c for c in assessment["claims"] if c.get("quote")]
        row.update({"error": None, "citations": total, "citations_valid": valid, "quotes": len(quotes),
                    "quotes_verified": len(quotes) - sum("quote not found" in p for p in problems), "claims_removed": assessment.get("claims_removed", 0)})
        citations = (valid, total)
    except SodsongError as exc:
        row.update({"ok": False, "verdict": None, "tis": None, "findings": [], "missing_findings": list(case.expected.findings),
                    "missing_laws": list(case.expected.laws), "error": f"{type(exc).__name__}: {exc}"})
        citations = (0, 0)
    finally:
        registry.close()
    row["seconds"] = round(time.monotonic() - started, 3)
    return row, citations


def _with_listings(result: dict[str, Any], case: Case, market: Marketplace, assessment: dict[str, Any]) -> dict[str, Any]:
    """A seller case is right only when the seller verdict and every expected listing are right."""
    by_url = {listing["url"]: listing for listing in assessment.get("listings", [])}
    wrong = []
    for path, expected in case.expected.listings.items():
        listing = by_url.get(market.url_for(case.id, path))
        if listing is None:
            wrong.append(f"{path}: not found on the seller's pages")
            continue
        check = compare({"laws": [], **expected}, {**listing, "findings": [{"code": c} for c in listing["findings"]]})
        if not check["ok"]:
            wrong.append(f"{path}: {listing['verdict']} (expected {expected['verdict']})")
    return {**result, "ok": result["ok"] and not wrong, "listing_errors": wrong}


def run_eval(cases_root: Path, settings: Settings, *, out_dir: Path | None = None, progress: Progress | None = None,
             only: str | None = None) -> dict[str, Any]:
    """Run every case under cases_root (or those whose id matches `only`); return the metrics object (spec §3)."""
    settings = eval_settings(settings)
    cases = load_cases(cases_root, only)
    resources = Resources.load(settings)
    temporary = out_dir is None
    out_dir = out_dir or Path(tempfile.mkdtemp(prefix="sodsong-eval-"))
    out_dir.mkdir(parents=True, exist_ok=True)
    checkpointer = sqlite_checkpointer(out_dir / "checkpoints.sqlite")
    rows: list[dict[str, Any]] = []
    valid = total = 0
    try:
        with Marketplace(cases_root, only=only) as market, BrowserPool(settings.browser) as browser:
            for case in cases:
                row, (case_valid, case_total) = run_case(case, market, settings=settings, resources=resources, browser=browser,
                                                         out_dir=out_dir, checkpointer=checkpointer)
                valid, total = valid + case_valid, total + case_total
                rows.append(row)
                if progress:
                    progress(case, row)
    finally:
        checkpointer.conn.close()
    expected = {c.id: c.expected.model_dump() for c in cases}
    metrics = aggregate(rows, expected, (valid, total))
    if not temporary:
        write_reports(out_dir, metrics, expected)
    else:
        shutil.rmtree(out_dir, ignore_errors=True)
    return metrics
