"""The LLM reasoner: the model words the explanation; code keeps the verdict, findings and laws, and checks every claim."""

from __future__ import annotations

import json
import re
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from agent.evidence import quote_in
from agent.prompts import EXPLAIN_SYSTEM, EXPLAIN_USER
from agent.reasoners.base import DecisionInputs
from agent.reasoners.offline import OfflineReasoner
from agent.state import Claim, Decision

MAX_EVIDENCE_CHARS = 2500


def _evidence_block(inputs: DecisionInputs, ledger_text: dict[str, str]) -> str:
    return "\n".join(f"[{evidence_id}]\n{text[:MAX_EVIDENCE_CHARS]}" for evidence_id, text in ledger_text.items())


def _parse(text: str) -> dict[str, Any]:
    match = re.search(r"\{.*\}", text, re.DOTALL)
    if not match:
        return {}
    try:
        data = json.loads(match.group(0))
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


class LLMReasoner:
    """Offline decision first; the model may add a summary and claims, each verified against the ledger or removed."""

    def __init__(self, model: BaseChatModel, name: str):
        self.model = model
        self.name = name
        self.offline = OfflineReasoner()

    def decide(self, inputs: DecisionInputs, ledger_text: dict[str, str] | None = None) -> Decision:
        decision = self.offline.decide(inputs)
        ledger_text = ledger_text or {}
        if not ledger_text:
            return decision.model_copy(update={"reasoner": self.name})
        findings = "\n".join(f"- {f.code}: {f.detail}" for f in decision.findings) or "- none"
        messages = [SystemMessage(EXPLAIN_SYSTEM),
                    HumanMessage(EXPLAIN_USER.format(verdict=decision.verdict, tis=decision.tis, findings=findings,
                                                     evidence=_evidence_block(inputs, ledger_text)))]
        try:
            reply = self.model.invoke(messages)
        except Exception as exc:  # noqa: BLE001 - the model is optional: the code-decided assessment stands without it
            return decision.model_copy(update={"reasoner": f"{self.name} (unavailable: {type(exc).__name__}; offline explanation)"})
        data = _parse(reply.content if isinstance(reply.content, str) else str(reply.content))
        kept, removed = [], 0
        for raw in data.get("claims") or []:
            claim = _verified(raw, ledger_text)
            if claim is None:
                removed += 1
            else:
                kept.append(claim)
        summary = data.get("summary") if isinstance(data.get("summary"), str) and data.get("summary").strip() else None
        text = decision.summary + (f"\n\n{summary.strip()}" if summary else "")
        return decision.model_copy(update={"claims": decision.claims + kept, "summary": text, "reasoner": self.name,
                                           "claims_removed": removed})


def _verified(raw: Any, ledger_text: dict[str, str]) -> Claim | None:
    """A model claim survives only if it cites known evidence and its quote is in the first cited item."""
    if not isinstance(raw, dict) or not isinstance(raw.get("text"), str):
        return None
    ids = [i for i in raw.get("evidence_ids") or [] if isinstance(i, str)]
    quote = raw.get("quote") if isinstance(raw.get("quote"), str) and raw.get("quote").strip() else None
    if not ids or any(i not in ledger_text for i in ids) or quote is None or not quote_in(quote, ledger_text[ids[0]]):
        return None
    return Claim(text=raw["text"].strip(), evidence_ids=ids, quote=quote)
