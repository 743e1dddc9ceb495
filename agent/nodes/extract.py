"""Node: product facts from the captured page, each value tied to its evidence and quote."""

from __future__ import annotations

from langgraph.runtime import Runtime

from agent.context import RunContext
from agent.evidence import canonical_json, make_evidence
from agent.state import Fact, InvestigationState, LicenceClaim, ProductFacts, TisClaim
from tools.extraction import FieldValue, extract_listing
from tools.licence_numbers import find_licence_mentions
from tools.tis_numbers import find_tis_mentions


def extract(state: InvestigationState, runtime: Runtime[RunContext]) -> dict:
    ledger = state["ledger"]
    text_id, structured_id = state["capture_evidence"][0], state["capture_evidence"][1]
    visible = ledger[text_id].content or ""
    structured = ledger[structured_id].content or ""
    meta = state.get("capture_meta") or {}
    found = extract_listing(visible, structured, state.get("probe") or {}, meta.get("status"))
    ids = {"text": text_id, "structured": structured_id}

    def fact(value: FieldValue | None) -> Fact | None:
        return Fact(value=value.value, quote=value.quote, evidence_id=ids[value.source]) if value else None

    facts = ProductFacts(
        is_listing=found.is_listing,
        not_listing_reason=found.not_listing_reason,
        title=fact(found.title),
        brand=fact(found.brand),
        model=fact(found.model),
        category=fact(found.category),
        price=fact(found.price),
        currency=found.currency,
        seller=fact(found.seller),
        description=fact(found.description),
        seller_id=fact(found.seller_id),
        seller_location=fact(found.seller_location),
        ships_from_abroad=fact(found.ships_from_abroad),
        spec_rows=found.spec_rows,
        image_alts=found.image_alts,
        tis_claims=[
            TisClaim(tis=t.mention.number.canonical if t.mention.number else None, quote=t.mention.quote, evidence_id=ids[t.source])
            for t in found.tis
        ],
        licence_claims=[
            LicenceClaim(
                raw=l.mention.quote,
                quote=l.mention.quote,
                evidence_id=ids[l.source],
                normalised=l.mention.number.compact if l.mention.number else None,
                licence_type=l.mention.number.type if l.mention.number else None,
                tis_base=l.mention.number.tis_base if l.mention.number else None,
                malformed_reason=l.mention.malformed_reason,
            )
            for l in found.licences
        ],
    )
    tis_claims, licence_claims = _from_images(state, ledger, facts)
    facts = facts.model_copy(update={"tis_claims": facts.tis_claims + tis_claims, "licence_claims": facts.licence_claims + licence_claims})
    record = make_evidence("extraction", meta.get("final_url", state["url"]) + "#extraction",
                           canonical_json(facts.model_dump(mode="json")), label="facts extracted from the page")
    return {"facts": facts, "ledger": {record.id: record}, "extraction_evidence": record.id}


def _from_images(state: InvestigationState, ledger: dict, facts: ProductFacts) -> tuple[list[TisClaim], list[LicenceClaim]]:
    """TIS and licence numbers read by OCR from listing images. Only numbers that parse count (OCR misreads the
    rest), and a number the page's text already gives is not repeated."""
    known_tis = {c.tis for c in facts.tis_claims}
    known_licences = {c.normalised for c in facts.licence_claims}
    tis_claims: list[TisClaim] = []
    licence_claims: list[LicenceClaim] = []
    for evidence_id in state.get("ocr_evidence") or []:
        text = ledger[evidence_id].content or ""
        for mention in find_tis_mentions(text):
            if mention.number and mention.number.canonical not in known_tis:
                known_tis.add(mention.number.canonical)
                tis_claims.append(TisClaim(tis=mention.number.canonical, quote=mention.quote, evidence_id=evidence_id))
        for licence in find_licence_mentions(text):
            number = licence.number
            if number and number.compact not in known_licences:
                known_licences.add(number.compact)
                licence_claims.append(LicenceClaim(raw=licence.quote, quote=licence.quote, evidence_id=evidence_id,
                                                   normalised=number.compact, licence_type=number.type, tis_base=number.tis_base))
    return tis_claims, licence_claims
