"""Node: which compulsory standard (edition in the catalogue) covers the product."""

from __future__ import annotations

from langgraph.runtime import Runtime

from agent.context import RunContext
from agent.evidence import canonical_json, make_evidence
from agent.state import Classification, InvestigationState
from tools.classify import unidentifiable_title


def _claim_is_the_products(quote: str, own_texts: list[str], state: InvestigationState) -> bool:
    """A standard number names the product's standard only where the product is described: its title, description,
    model, or a spec-table row, not a related item, a review or an image caption elsewhere on the page."""
    if any(quote in text for text in own_texts):
        return True
    structured = state["ledger"][state["capture_evidence"][1]].content or ""
    return any(line.startswith("row[") and quote in line for line in structured.splitlines())


def classify(state: InvestigationState, runtime: Runtime[RunContext]) -> dict:
    ctx = runtime.context
    facts = state["facts"]
    fields = [
        ("title", facts.title, 3.0),
        ("category", facts.category, 2.0),
        ("description", facts.description, 1.0),
    ]
    result = ctx.classifier.classify([(name, f.value if f else None, w) for name, f, w in fields])
    by_field = {name: f for name, f, _ in fields}
    standard = ctx.catalogue.get(result.tis) if result.tis else None
    basis, matched, quote, quote_id = "none", None, None, None
    if standard is not None and result.best is not None:
        basis, matched = "alias", result.best.alias
        source_fact = by_field[result.best.field]
        quote, quote_id = source_fact.quote, source_fact.evidence_id
    elif not result.accessory:
        own = [f.value for f in (facts.title, facts.description, facts.model) if f]
        for claim in facts.tis_claims:
            if claim.tis and _claim_is_the_products(claim.quote, own, state) and (standard := ctx.catalogue.get(claim.tis)) is not None:
                basis, matched, quote, quote_id = "tis_claim", claim.quote, claim.quote, claim.evidence_id
                break
        else:
            standard = None
    else:
        standard = None
    if standard is None:
        unclear = bool(facts.title) and unidentifiable_title(facts.title.value)
        return {"classification": Classification(tis=None, candidates=result.candidates, unclear=unclear, accessory=result.accessory)}
    row = standard.model_dump()
    evidence = make_evidence("standard", standard.source_url + f"#tis={standard.tis}", canonical_json(row),
                             label=f"catalogue row for TIS {standard.tis}")
    classification = Classification(
        tis=standard.tis, name_th=standard.name_th, name_en=standard.name_en, basis=basis, matched=matched,
        quote=quote, quote_evidence_id=quote_id, standard_evidence_id=evidence.id, candidates=result.candidates,
    )
    return {"classification": classification, "ledger": {evidence.id: evidence}}
