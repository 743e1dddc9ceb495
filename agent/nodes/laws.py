"""Node: retrieve, section by section, the statute text that applies, with its penalty section."""

from __future__ import annotations

from langgraph.runtime import Runtime

from agent import rules
from agent.context import RunContext
from agent.evidence import make_evidence
from agent.law_policy import sections_for
from agent.state import InvestigationState, LawCitation


def _page_ids(state: InvestigationState) -> list[str]:
    ids = list(state.get("capture_evidence") or [])[:1]
    if state.get("extraction_evidence"):
        ids.append(state["extraction_evidence"])
    return ids


def outcome_of(state: InvestigationState) -> rules.RuleOutcome:
    return rules.decide(state.get("facts"), state.get("classification"), state.get("licence_checks") or [],
                        state.get("capture_error"), _page_ids(state))


def find_laws(state: InvestigationState, runtime: Runtime[RunContext]) -> dict:
    ctx = runtime.context
    outcome = outcome_of(state)
    citations: list[LawCitation] = []
    ledger = {}

    def cite(law: str, number: str, why: str, penalty_of: str | None = None) -> None:
        section = ctx.library.get(law, number)
        if section is None:
            return
        evidence = make_evidence("law", f"{section.source_url}#มาตรา-{section.section}", section.text,
                                 label=f"{section.law} มาตรา {section.section}")
        ledger[evidence.id] = evidence
        if not any(c.law == section.law and c.section == section.section for c in citations):
            citations.append(LawCitation(law=section.law, section=section.section, evidence_id=evidence.id, why=why, penalty_of=penalty_of))

    for need in sections_for(outcome.verdict, outcome.valid_licence_types):
        cite(need.law, need.section, need.why)
        if need.with_penalty:
            for penalty in ctx.library.penalties_for(need.law, need.section):
                cite(penalty.law, penalty.section, f"penalty for breaching section {need.section}", penalty_of=need.section)
    return {"laws": citations, "ledger": ledger, "rule_outcome": outcome.model_dump(mode="json")}
