"""Node: look every licence claim up and answer exists / active / same standard / same holder."""

from __future__ import annotations

from datetime import date

from langgraph.runtime import Runtime

from agent.context import RunContext
from agent.evidence import canonical_json, make_evidence, utc_now
from agent.state import InvestigationState, LicenceCheck
from tools.licence_check import answer
from tools.registry_backends import LocalBackend


def number_disagreement(tis_base: str | None, page_tis: list) -> str | None:
    """A licence number ends in its standard's base number: say so when it disagrees with the TIS number shown."""
    if not tis_base or not page_tis:
        return None
    bases = {t.tis.split(" ")[0].split("-")[0] for t in page_tis}
    if tis_base.lstrip("0") in {b.lstrip("0") for b in bases}:
        return None
    return f"the licence number ends in /{tis_base} but the page claims TIS {', '.join(sorted({t.tis for t in page_tis}))}"


def check_registry(state: InvestigationState, runtime: Runtime[RunContext]) -> dict:
    ctx = runtime.context
    facts = state["facts"]
    classification = state.get("classification")
    captured = (state.get("capture_meta") or {}).get("retrieved_at", utc_now())
    on = ctx.today or date.fromisoformat(captured[:10])
    checks: list[LicenceCheck] = []
    ledger = {}
    backend = ctx.backend or LocalBackend(ctx.registry, name=ctx.registry_backend)
    page_tis = [t for t in facts.tis_claims if t.tis]
    for claim in facts.licence_claims:
        if claim.malformed_reason or not claim.normalised:
            checks.append(LicenceCheck(claim=claim, backend=backend.name, looked_up_at=utc_now()))
            continue
        result = backend.lookup(claim.normalised)
        record, looked_up_at = result.record, result.looked_up_at
        outcome = {"query": claim.normalised, "backend": result.backend, "looked_up_at": looked_up_at,
                   "found": result.found, "record": record.model_dump() if record else None}
        if result.error:
            outcome["error"] = result.error
        if result.cached_age_s is not None:
            outcome["cached_age_s"] = result.cached_age_s
        check = LicenceCheck(claim=claim, backend=result.backend, looked_up_at=looked_up_at, found=result.found,
                             record=outcome["record"], error=result.error)
        if record is not None:
            brand = facts.brand.value if facts.brand else None
            seller = facts.seller.value if facts.seller else None
            answers = answer(record, on, classification.tis if classification else None, brand, seller)
            check.status, check.active = answers.status, answers.active
            check.standard_match, check.holder_match, check.holder_match_basis = answers.standard_match, answers.holder_match, answers.holder_basis
            check.holder_confidence = answers.holder_confidence
            outcome["answers"] = answers.model_dump() | {"on": on.isoformat()}
        check.number_vs_page_tis = number_disagreement(claim.tis_base, page_tis)
        evidence = make_evidence("registry", f"registry:{result.backend}?licence={claim.normalised}", canonical_json(outcome),
                                 retrieved_at=looked_up_at, label=f"registry lookup of {claim.normalised}")
        check.evidence_id = evidence.id
        ledger[evidence.id] = evidence
        checks.append(check)
    return {"licence_checks": checks, "ledger": ledger}
