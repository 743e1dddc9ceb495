"""Node: which compulsory standard (edition in the catalogue) covers the product."""

from __future__ import annotations

from langgraph.runtime import Runtime

from agent.context import RunContext
from agent.evidence import canonical_json, make_evidence
from agent.state import Classification, InvestigationState


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
    else:
        for claim in facts.tis_claims:
            if claim.tis and (standard := ctx.catalogue.get(claim.tis)) is not None:
                basis, matched, quote, quote_id = "tis_claim", claim.quote, claim.quote, claim.evidence_id
                break
        else:
            standard = None
    if standard is None:
        return {"classification": Classification(tis=None, candidates=result.candidates)}
    row = standard.model_dump()
    evidence = make_evidence("standard", standard.source_url + f"#tis={standard.tis}", canonical_json(row),
                             label=f"catalogue row for TIS {standard.tis}")
    classification = Classification(
        tis=standard.tis, name_th=standard.name_th, name_en=standard.name_en, basis=basis, matched=matched,
        quote=quote, quote_evidence_id=quote_id, standard_evidence_id=evidence.id, candidates=result.candidates,
    )
    return {"classification": classification, "ledger": {evidence.id: evidence}}
