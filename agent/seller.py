"""Investigate a seller: its profile and every listing across its result pages, each listing through the graph."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from agent.evidence import Evidence, make_evidence, require_valid_citations, utc_now
from agent.manifest import write_manifest
from agent.report import render_markdown
from agent.runner import Resources, investigate, new_run_id, validate_url
from agent.settings import Settings
from tools.registry import Registry
from tools.seller import extract_seller_page

# the seller's verdict is its most serious listing's: a violation anywhere decides it; unknowns before clean results
SEVERITY = {"violation": 3, "inconclusive": 2, "compliant": 1, "not_regulated": 0}


def _slug(url: str, index: int) -> str:
    tail = re.sub(r"[^a-zA-Z0-9]+", "-", url.split("://", 1)[-1].split("/", 1)[-1]).strip("-")[:60]
    return f"{index:03d}-{tail or 'listing'}"


def _capture_seller_pages(url: str, browser, run_dir: Path, max_pages: int) -> tuple[list[Evidence], list[dict[str, Any]], list[str]]:
    evidence: list[Evidence] = []
    pages: list[dict[str, Any]] = []
    listings: list[str] = []
    next_url: str | None = url
    seen: set[str] = set()
    while next_url and next_url not in seen and len(pages) < max_pages:
        seen.add(next_url)
        page_dir = run_dir / "seller" / f"page-{len(pages) + 1}"
        capture = browser.capture(next_url, page_dir)
        text = make_evidence("page", capture.final_url, capture.visible_text, retrieved_at=capture.retrieved_at,
                             path=f"seller/page-{len(pages) + 1}/text.txt", media_type="text/plain", label=f"seller page {len(pages) + 1}: visible text")
        shot = make_evidence("screenshot", capture.final_url, (page_dir / "screenshot.png").read_bytes(), retrieved_at=capture.retrieved_at,
                             path=f"seller/page-{len(pages) + 1}/screenshot.png", media_type="image/png", label=f"seller page {len(pages) + 1}: screenshot")
        evidence += [text, shot]
        page = extract_seller_page(capture.visible_text, capture.structured_text, capture.probe, capture.final_url)
        pages.append({"url": capture.final_url, "evidence_id": text.id, "profile": page.profile.model_dump(), "listings": page.listings})
        listings += [href for href in page.listings if href not in listings]
        next_url = page.next_page
    return evidence, pages, listings


def aggregate(listing_results: list[dict[str, Any]]) -> tuple[str, str | None]:
    if not listing_results:
        return "inconclusive", None
    worst = max(listing_results, key=lambda r: SEVERITY[r["verdict"]])
    return worst["verdict"], worst.get("tis")


def investigate_seller(
    url: str, *, settings: Settings, resources: Resources, browser, registry: Registry, checkpointer,
    run_id: str | None = None, run_dir: Path | None = None, max_pages: int = 5, max_listings: int = 40, today: date | None = None,
    **listing_options: Any,
) -> dict[str, Any]:
    """The seller assessment (formats.md §4 fields plus the seller profile and one entry per listing)."""
    url = validate_url(url)
    run_id = run_id or new_run_id()
    run_dir = run_dir or settings.runs_dir / run_id
    run_dir.mkdir(parents=True, exist_ok=True)
    started = utc_now()
    evidence, pages, listing_urls = _capture_seller_pages(url, browser, run_dir, max_pages)
    ledger: dict[str, Evidence] = {e.id: e for e in evidence}
    listings: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    laws: list[dict[str, Any]] = []
    public_evidence = [e.public() for e in evidence]
    for index, listing_url in enumerate(listing_urls[:max_listings], 1):
        slug = _slug(listing_url, index)
        assessment = investigate(listing_url, settings=settings, resources=resources, browser=browser, registry=registry,
                                 checkpointer=checkpointer, run_id=f"{run_id}-{slug}", run_dir=run_dir / "listings" / slug, today=today,
                                 **listing_options)
        listings.append({"url": listing_url, "run_dir": f"listings/{slug}", "verdict": assessment["verdict"], "tis": assessment["tis"],
                         "findings": [f["code"] for f in assessment["findings"]], "laws": [{"law": l["law"], "section": l["section"]} for l in assessment["laws"]],
                         "summary": assessment.get("summary")})
        for item in assessment["evidence"]:
            moved = {**item, "path": f"listings/{slug}/{item['path']}"} if item.get("path") else dict(item)
            if item["id"] not in ledger:
                ledger[item["id"]] = Evidence(**{k: v for k, v in moved.items() if k in Evidence.model_fields})
                public_evidence.append(moved)
        for finding in assessment["findings"]:
            findings.append({**finding, "detail": f"{listing_url}: {finding['detail']}"})
        for law in assessment["laws"]:
            if not any(l["law"] == law["law"] and l["section"] == law["section"] for l in laws):
                laws.append({k: law[k] for k in ("law", "section", "evidence_id", "why") if k in law})
    verdict, tis = aggregate(listings)
    profile = pages[0]["profile"] if pages else {}
    claims = []
    for field, label in (("name", "Seller"), ("seller_id", "Seller ID"), ("location", "Location"), ("joined", "Joined"),
                         ("rating", "Rating"), ("followers", "Followers")):
        value = profile.get(field)
        if value:
            claims.append({"text": f"{label}: {value['value']}", "evidence_ids": [pages[0]["evidence_id"]], "quote": value["quote"]})
    claims.append({"text": f"{len(listing_urls)} listing(s) found on {len(pages)} result page(s); {len(listings)} investigated.",
                   "evidence_ids": [p["evidence_id"] for p in pages] or list(ledger)[:1]})
    for listing in listings:
        claims.append({"text": f"{listing['url']}: {listing['verdict']}" + (f" (TIS {listing['tis']})" if listing["tis"] else ""),
                       "evidence_ids": [pages[0]["evidence_id"]] if pages else []})
    cited = [(f"finding {f['code']}", i, None) for f in findings for i in f["evidence_ids"]]
    cited += [("claim", c["evidence_ids"][0], c.get("quote")) for c in claims if c["evidence_ids"]]
    cited += [(f"law {l['section']}", l["evidence_id"], None) for l in laws]
    checked = require_valid_citations(cited, ledger)
    counts = {v: sum(1 for l in listings if l["verdict"] == v) for v in SEVERITY}
    result = {
        "url": url, "kind": "seller", "verdict": verdict, "tis": tis, "findings": findings, "claims": [c for c in claims if c["evidence_ids"]],
        "laws": laws, "evidence": public_evidence, "reasoner": "offline", "started_at": started, "finished_at": utc_now(),
        "run_id": run_id, "run_dir": str(run_dir), "seller": profile, "pages": pages, "listings": listings, "counts": counts,
        "summary": f"Seller with {len(listings)} listing(s) investigated: " + ", ".join(f"{n} {v}" for v, n in counts.items() if n) + ".",
        "citations_checked": checked,
    }
    (run_dir / "report.md").write_text(render_markdown(result) + _listing_table(listings), encoding="utf-8")
    result["manifest_sha256"] = write_manifest(run_dir)
    (run_dir / "assessment.json").write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")
    return result


def _listing_table(listings: list[dict[str, Any]]) -> str:
    rows = ["", "## Listings", "", "| listing | verdict | TIS | findings | run |", "|---|---|---|---|---|"]
    rows += [f"| {l['url']} | {l['verdict']} | {l['tis'] or '—'} | {', '.join(l['findings']) or '—'} | [{l['run_dir']}]({l['run_dir']}/report.md) |" for l in listings]
    return "\n".join(rows) + "\n"
