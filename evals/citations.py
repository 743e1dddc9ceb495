"""Re-check an assessment's citations from disk: IDs resolve, files hash as recorded, quotes are present."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from agent.evidence import quote_in, sha256_bytes


def evidence_text(item: dict[str, Any], run_dir: Path) -> str | None:
    if item.get("content") is not None:
        return item["content"]
    path = item.get("path")
    if path and (run_dir / path).is_file() and (item.get("media_type") or "").startswith("text/"):
        return (run_dir / path).read_text(encoding="utf-8")
    return None


def check_assessment(assessment: dict[str, Any], run_dir: Path) -> tuple[int, int, list[str]]:
    """(valid, total, problems) over every citation in findings, claims and laws."""
    ledger = {item["id"]: item for item in assessment.get("evidence", [])}
    problems: list[str] = []
    total = valid = 0
    for item in ledger.values():
        path = item.get("path")
        if path and (run_dir / path).is_file() and sha256_bytes((run_dir / path).read_bytes()) != item["sha256"]:
            problems.append(f"{item['id']}: file {path} does not match its sha256")
    tampered = {p.split(":")[0] for p in problems}
    cited: list[tuple[str, str | None]] = []
    for finding in assessment.get("findings", []):
        cited += [(i, None) for i in finding.get("evidence_ids", [])]
    for claim in assessment.get("claims", []):
        ids = claim.get("evidence_ids", [])
        cited += [(i, claim.get("quote") if n == 0 else None) for n, i in enumerate(ids)]
    for law in assessment.get("laws", []):
        cited.append((law.get("evidence_id", ""), None))
    for evidence_id, quote in cited:
        total += 1
        item = ledger.get(evidence_id)
        if item is None:
            problems.append(f"{evidence_id}: not in the ledger")
        elif evidence_id in tampered:
            continue
        elif quote is not None and not quote_in(quote, evidence_text(item, run_dir)):
            problems.append(f"{evidence_id}: quote not found: {quote[:60]!r}")
        else:
            valid += 1
    return valid, total, problems
