"""The reasoner interface: offline and LLM reasoners both turn decided facts into a cited decision."""

from __future__ import annotations

from typing import Protocol

from pydantic import BaseModel

from agent.rules import RuleOutcome
from agent.state import Classification, Decision, LawCitation, LicenceCheck, ProductFacts


class DecisionInputs(BaseModel):
    url: str
    outcome: RuleOutcome
    facts: ProductFacts | None
    classification: Classification | None
    checks: list[LicenceCheck]
    laws: list[LawCitation]
    capture_error: str | None
    capture_evidence: list[str]
    extraction_evidence: str | None


class Reasoner(Protocol):
    """Verdict and finding codes are taken from inputs.outcome; a reasoner only explains them."""

    name: str

    def decide(self, inputs: DecisionInputs, ledger_text: dict[str, str] | None = None) -> Decision:
        """ledger_text: evidence ID -> text, for a reasoner that reads evidence (as data) to word its explanation."""
        ...
