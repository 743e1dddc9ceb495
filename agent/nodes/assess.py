"""Node: the reasoner turns code-decided findings into a decision with cited claims."""

from __future__ import annotations

from langgraph.runtime import Runtime

from agent.context import RunContext
from agent.rules import RuleOutcome
from agent.reasoners.base import DecisionInputs
from agent.state import InvestigationState


def assess(state: InvestigationState, runtime: Runtime[RunContext]) -> dict:
    outcome = RuleOutcome.model_validate(state["rule_outcome"])  # decided once, by the law node
    inputs = DecisionInputs(
        url=state["url"],
        outcome=outcome,
        facts=state.get("facts"),
        classification=state.get("classification"),
        checks=state.get("licence_checks") or [],
        laws=state.get("laws") or [],
        capture_error=state.get("capture_error"),
        capture_evidence=state.get("capture_evidence") or [],
        extraction_evidence=state.get("extraction_evidence"),
    )
    ledger = state.get("ledger") or {}
    text = {i: e.content for i, e in ledger.items()
            if e.content and e.kind != "screenshot" and not (e.media_type or "").startswith(("image/", "multipart/"))}
    return {"decision": runtime.context.reasoner.decide(inputs, text)}
