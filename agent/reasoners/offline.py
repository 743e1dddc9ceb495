"""The embedded default: deterministic claims and summary, no model, no network."""

from __future__ import annotations

from agent.reasoners.base import DecisionInputs
from agent.state import Claim, Decision, Fact

VERDICT_TEXT = {
    "violation": "VIOLATION: a compulsory-standard product offered without valid, matching TISI licence evidence",
    "compliant": "COMPLIANT: a valid, active licence for this standard and seller/brand is shown",
    "not_regulated": "NOT REGULATED: no compulsory TIS standard covers this product",
    "inconclusive": "INCONCLUSIVE: the evidence cannot decide",
}


def _fact_claim(label: str, fact: Fact | None) -> list[Claim]:
    if fact is None:
        return []
    return [Claim(text=f"{label}: {fact.value}", evidence_ids=[fact.evidence_id], quote=fact.quote)]


class OfflineReasoner:
    """Builds the claims straight from the typed facts; every claim quotes its evidence."""

    name = "offline"

    def decide(self, inputs: DecisionInputs, ledger_text: dict[str, str] | None = None) -> Decision:
        outcome = inputs.outcome
        claims: list[Claim] = []
        if inputs.capture_error:
            claims.append(Claim(text=f"The page could not be captured: {inputs.capture_error}", evidence_ids=inputs.capture_evidence[:1]))
        facts = inputs.facts
        if facts is not None:
            if not facts.is_listing and inputs.capture_evidence:
                claims.append(Claim(text=f"The captured page is not a usable listing: {facts.not_listing_reason}", evidence_ids=inputs.capture_evidence[:1]))
            for label, fact in (("Listing title", facts.title), ("Brand", facts.brand), ("Model", facts.model),
                                ("Price", facts.price), ("Seller", facts.seller), ("Seller ID", facts.seller_id),
                                ("Seller location", facts.seller_location), ("Ships from abroad", facts.ships_from_abroad),
                                ("Category", facts.category)):
                claims.extend(_fact_claim(label, fact))
            for tis in facts.tis_claims:
                what = f"TIS {tis.tis}" if tis.tis else "the TIS standard/mark without a number"
                claims.append(Claim(text=f"The page mentions {what}.", evidence_ids=[tis.evidence_id], quote=tis.quote))
        classification = inputs.classification
        if classification and classification.tis and classification.standard_evidence_id:
            ids = [classification.standard_evidence_id] + ([classification.quote_evidence_id] if classification.quote_evidence_id else [])
            claims.append(Claim(
                text=f"TISI's compulsory-standards catalogue lists TIS {classification.tis} ({classification.name_th}; {classification.name_en}); "
                     f"the product matched it by {'the product name' if classification.basis == 'alias' else 'the standard number on the page'} "
                     f"({classification.matched!r}).",
                evidence_ids=ids, quote=classification.tis))
        for check in inputs.checks:
            claim = check.claim
            if claim.malformed_reason:
                claims.append(Claim(text=f"The page shows a licence number that cannot be parsed ({claim.malformed_reason}).",
                                    evidence_ids=[claim.evidence_id], quote=claim.quote))
                continue
            claims.append(Claim(text=f"The page shows licence number {claim.normalised}.", evidence_ids=[claim.evidence_id], quote=claim.quote))
            if check.number_vs_page_tis:
                claims.append(Claim(text=f"Inconsistent on its face: {check.number_vs_page_tis}.", evidence_ids=[claim.evidence_id], quote=claim.quote))
            if check.evidence_id:
                if check.found and check.record:
                    record = check.record
                    text = (f"The {check.backend} registry, queried at {check.looked_up_at}, holds licence {record['licence_no']} "
                            f"(type {record['type']}, TIS {record['tis']}, holder {record['holder']}, status {record['status']}"
                            f"{', expires ' + record['expires'] if record.get('expires') else ''}); on the capture date it is {check.status}.")
                    claims.append(Claim(text=text, evidence_ids=[check.evidence_id], quote=record["licence_no"]))
                elif check.error:
                    claims.append(Claim(text=f"The licence could not be verified: {check.error}", evidence_ids=[check.evidence_id]))
                else:
                    claims.append(Claim(text=f"The {check.backend} registry, queried at {check.looked_up_at}, has no licence {claim.normalised}.",
                                        evidence_ids=[check.evidence_id], quote=claim.normalised))
        for law in inputs.laws:
            claims.append(Claim(text=f"{law.law} มาตรา {law.section}: {law.why}.", evidence_ids=[law.evidence_id], quote=f"มาตรา {law.section}"))
        decisive = [f.detail for f in outcome.findings if f.code != "compulsory_product"]
        summary = f"{VERDICT_TEXT[outcome.verdict]}. " + (decisive[0][0].upper() + decisive[0][1:] if decisive else outcome.reason[0].upper() + outcome.reason[1:]) + "."
        if outcome.tis:
            summary += f" Standard: TIS {outcome.tis}."
        return Decision(verdict=outcome.verdict, tis=outcome.tis, findings=outcome.findings, claims=claims,
                        summary=summary, reasoner=self.name)
