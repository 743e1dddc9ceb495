"""The verdict and finding codes, decided by code from facts (formats.md §3). No model can change them."""

from __future__ import annotations

from pydantic import BaseModel

from agent.state import Classification, Finding, LicenceCheck, ProductFacts


class RuleOutcome(BaseModel):
    verdict: str
    tis: str | None
    findings: list[Finding]
    reason: str
    valid_licence_types: list[str] = []


def _ids(*groups: list[str | None] | tuple[str | None, ...]) -> list[str]:
    seen: list[str] = []
    for group in groups:
        for item in group:
            if item and item not in seen:
                seen.append(item)
    return seen


def decide(
    facts: ProductFacts | None,
    classification: Classification | None,
    checks: list[LicenceCheck],
    capture_error: str | None,
    page_evidence_ids: list[str],
) -> RuleOutcome:
    """Apply the rules in order: usable page, regulated product, licence evidence, each licence's answers."""
    if capture_error:
        return RuleOutcome(verdict="inconclusive", tis=None, findings=[], reason=f"the page could not be captured: {capture_error}")
    if facts is None or not facts.is_listing:
        reason = facts.not_listing_reason if facts else "no product facts"
        return RuleOutcome(verdict="inconclusive", tis=None, findings=[], reason=f"not a usable listing: {reason}")
    if classification is not None and classification.tis is None and classification.unclear:
        return RuleOutcome(verdict="inconclusive", tis=None, findings=[], reason="the listing does not say what the product is")
    if classification is None or classification.tis is None:
        why = "the listing is an accessory or part, not a product under a compulsory standard" if classification and classification.accessory else "no compulsory standard covers this product"
        return RuleOutcome(verdict="not_regulated", tis=None, findings=[], reason=why)

    tis = classification.tis
    findings = [
        Finding(
            code="compulsory_product",
            detail=f"the product ({classification.matched or 'as described'}) falls under compulsory standard TIS {tis}"
            + (f" ({classification.name_th})" if classification.name_th else ""),
            evidence_ids=_ids([classification.quote_evidence_id, classification.standard_evidence_id]),
        )
    ]
    unverifiable = [c for c in checks if c.error and c.claim.malformed_reason is None]
    valid: list[LicenceCheck] = []
    for check in checks:
        claim = check.claim
        claim_ids = [claim.evidence_id]
        if claim.malformed_reason:
            findings.append(Finding(code="licence_malformed", detail=f"licence number {claim.raw!r} is malformed: {claim.malformed_reason}", evidence_ids=claim_ids))
            continue
        if check.error:
            continue
        lookup_ids = _ids(claim_ids, [check.evidence_id])
        if not check.found:
            findings.append(Finding(code="licence_not_found", detail=f"licence {claim.normalised} is not in the registry ({check.backend})", evidence_ids=lookup_ids))
            continue
        problems = False
        if not check.active:
            findings.append(Finding(code="licence_inactive", detail=f"licence {claim.normalised} is {check.status} on the capture date", evidence_ids=lookup_ids))
            problems = True
        if check.standard_match is False:
            findings.append(
                Finding(code="licence_standard_mismatch", detail=f"licence {claim.normalised} is for TIS {check.record.get('tis') if check.record else '?'}, the product falls under TIS {tis}",
                        evidence_ids=_ids(lookup_ids, [classification.standard_evidence_id]))
            )
            problems = True
        if check.holder_match is False:
            confidence = f" (confidence {check.holder_confidence:.2f})" if check.holder_confidence is not None else ""
            findings.append(Finding(code="licence_holder_mismatch", detail=f"licence {claim.normalised}: {check.holder_match_basis}{confidence}", evidence_ids=lookup_ids))
            problems = True
        if not problems:
            valid.append(check)
            findings.append(
                Finding(code="licence_valid", detail=f"licence {claim.normalised} exists, is active, covers TIS {tis} and {check.holder_match_basis}", evidence_ids=lookup_ids)
            )

    if valid:
        types = [c.record.get("type") for c in valid if c.record]
        return RuleOutcome(verdict="compliant", tis=tis, findings=findings, reason="a valid, matching licence is shown", valid_licence_types=[t for t in types if t])
    if unverifiable and not any(f.code.startswith("licence_") for f in findings):
        return RuleOutcome(verdict="inconclusive", tis=tis, findings=findings,
                           reason="the licence shown could not be verified: " + "; ".join(c.error or "" for c in unverifiable))
    if not checks:
        numbered = [c for c in facts.tis_claims]
        if numbered:
            findings.append(
                Finding(code="tis_claim_without_licence", detail="the page mentions the TIS standard or mark but shows no licence number",
                        evidence_ids=_ids([c.evidence_id for c in numbered]))
            )
        else:
            findings.append(
                Finding(code="no_tis_evidence", detail="neither a TIS mark/number nor a licence number appears anywhere on the captured page",
                        evidence_ids=_ids(page_evidence_ids))
            )
    return RuleOutcome(verdict="violation", tis=tis, findings=findings, reason="a compulsory-standard product without valid, matching licence evidence")
