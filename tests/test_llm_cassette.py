"""The configured LLM path end to end through langchain-openai, replayed from a cassette.

The cassette in tests/cassettes/test_llm_cassette/ was recorded against the local stand-in (tests/standin_openai.py) on
127.0.0.1:18766, not a real model. Normal runs replay only (record mode "none"); a request whose method, URI or body
differs from the recording fails, and so does an interaction left unplayed. Authorization, cookies and x-stainless-*
headers are scrubbed from both directions. To record again:
    .venv/bin/python -m tests.standin_openai &  &&  .venv/bin/pytest tests/test_llm_cassette.py --record-mode=once
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.reasoners.base import DecisionInputs
from agent.reasoners.llm import LLMReasoner
from agent.rules import RuleOutcome
from agent.runner import make_reasoner
from agent.settings import LLMSettings, Settings
from agent.state import Finding
from tests.standin_openai import FIXED_PORT


pytestmark = pytest.mark.usefixtures("every_interaction_played")


@pytest.mark.vcr
def test_configured_model_explains_and_code_removes_its_unsupported_claim():
    settings = Settings(llm=LLMSettings(base_url=f"http://127.0.0.1:{FIXED_PORT}/v1", api_key="sk-test-not-a-key", model="standin-1"))
    reasoner = make_reasoner(settings)
    assert isinstance(reasoner, LLMReasoner)
    finding = Finding(code="no_tis_evidence", detail="no TIS mark or licence number on the page", evidence_ids=["page-aaaaaaaaaaaa"])
    inputs = DecisionInputs(url="http://shop.localhost/item/1",
                            outcome=RuleOutcome(verdict="violation", tis="2879-2560", findings=[finding], reason="no licence evidence"),
                            facts=None, classification=None, checks=[], laws=[], capture_error=None,
                            capture_evidence=["page-aaaaaaaaaaaa"], extraction_evidence=None)
    decision = reasoner.decide(inputs, {"page-aaaaaaaaaaaa": "พาวเวอร์แบงค์ 10000mAh ราคา 299 บาท ส่งฟรี"})
    assert decision.verdict == "violation" and decision.reasoner == "standin-1"
    assert [c.text for c in decision.claims] == ["The price shown is 299 baht."]
    assert decision.claims_removed == 1
    assert "neither a TIS mark nor a licence number" in decision.summary


def test_cassette_holds_no_secrets():
    text = (Path(__file__).parent / "cassettes" / "test_llm_cassette" / "test_configured_model_explains_and_code_removes_its_unsupported_claim.yaml").read_text()
    assert "sk-test-not-a-key" not in text and "x-stainless" not in text.lower() and "authorization" not in text.lower()
