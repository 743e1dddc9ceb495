"""The assessment JSON of formats.md §4, built from the state, and the list of its citations."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from agent.state import InvestigationState


def citations_of(state: InvestigationState) -> Iterator[tuple[str, str, str | None]]:
    """(where, evidence_id, quote) for every citation the report will carry."""
    decision = state["decision"]
    for i, finding in enumerate(decision.findings):
        for evidence_id in finding.evidence_ids:
            yield f"finding[{i}] {finding.code}", evidence_id, None
    for i, claim in enumerate(decision.claims):
        for j, evidence_id in enumerate(claim.evidence_ids):
            yield f"claim[{i}]", evidence_id, claim.quote if j == 0 else None
    for law in state.get("laws") or []:
        yield f"law {law.section}", law.evidence_id, None


def build_assessment(state: InvestigationState, *, finished_at: str, run_dir: Path) -> dict[str, Any]:
    decision = state["decision"]
    facts = state.get("facts")
    cited_laws = state.get("laws") or []
    return {
        "url": state["url"],
        "verdict": decision.verdict,
        "tis": decision.tis,
        "findings": [f.model_dump() for f in decision.findings],
        "claims": [c.model_dump(exclude_none=True) for c in decision.claims],
        "laws": [{"law": l.law, "section": l.section, "evidence_id": l.evidence_id, "why": l.why, "penalty_of": l.penalty_of} for l in cited_laws],
        "evidence": [item.public() for item in state["ledger"].values()],
        "reasoner": decision.reasoner,
        "started_at": state["started_at"],
        "finished_at": finished_at,
        "run_id": state["run_id"],
        "run_dir": str(run_dir),
        "summary": decision.summary,
        "claims_removed": decision.claims_removed,
        "product": facts.model_dump(mode="json") if facts else None,
        "classification": state["classification"].model_dump(mode="json") if state.get("classification") else None,
        "licence_checks": [c.model_dump(mode="json") for c in state.get("licence_checks") or []],
        "capture": state.get("capture_meta"),
        "capture_error": state.get("capture_error"),
    }


def unusable_page(assessment: dict[str, Any]) -> str | None:
    """Why the investigated page could not be assessed, or None."""
    if assessment.get("capture_error"):
        return f"could not capture the page: {assessment['capture_error']}"
    product = assessment.get("product") or {}
    if product and not product.get("is_listing", True):
        return f"not a listing: {product.get('not_listing_reason')}"
    return None
