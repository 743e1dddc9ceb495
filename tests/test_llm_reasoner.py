"""The LLM reasoner: the model explains, code decides; every model-written claim is verified or removed."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from agent.checkpoints import memory_checkpointer
from agent.reasoners.llm import LLMReasoner
from agent.reasoners.offline import OfflineReasoner
from agent.runner import investigate, make_reasoner
from agent.settings import LLMSettings, Settings
from evals.marketplace import Marketplace
from tests.fakes import ScriptedChatModel
from tools.registry import Registry

FIXTURES = Path(__file__).parent / "fixtures" / "cases"


def _evidence_ids(prompt: str) -> list[str]:
    return re.findall(r"^\[((?:page|ext|std|law|reg)-[0-9a-f]{12})\]$", prompt, re.MULTILINE)


def _script(messages) -> str:
    prompt = messages[-1].content
    ids = _evidence_ids(prompt)
    page = next(i for i in ids if i.startswith("page-"))
    return json.dumps({
        "verdict": "compliant",  # the model tries to overrule the code; it has no field to do so
        "summary": "The listing offers a power bank with no TIS mark or licence number anywhere on the page.",
        "claims": [
            {"text": "The listing names the product as a power bank.", "evidence_ids": [page], "quote": "พาวเวอร์แบงค์ ทดสอบ 10000mAh"},
            {"text": "The seller holds TISI licence 123.", "evidence_ids": ["reg-000000000000"], "quote": "123"},
            {"text": "The page shows a TIS mark.", "evidence_ids": [page], "quote": "มอก. 2879-2560 ใบอนุญาตถูกต้อง"},
        ],
    }, ensure_ascii=False)


@pytest.fixture(scope="module")
def site():
    with Marketplace(FIXTURES) as market:
        yield market


@pytest.mark.browser
def test_model_claims_are_verified_and_the_verdict_stays_code_decided(site, browser, browser_settings, resources, tmp_path):
    model = ScriptedChatModel(script=_script, prompts=[])
    assessment = investigate(site.url_for("fx-spa", "/item/1"), settings=browser_settings, resources=resources, browser=browser,
                             registry=Registry(":memory:"), checkpointer=memory_checkpointer(), run_id="llm-1",
                             run_dir=tmp_path / "llm", reasoner=LLMReasoner(model, name="scripted-fake"))
    assert assessment["verdict"] == "violation" and assessment["reasoner"] == "scripted-fake"
    assert assessment["claims_removed"] == 2
    texts = [c["text"] for c in assessment["claims"]]
    assert "The listing names the product as a power bank." in texts
    assert not any("licence 123" in t or "shows a TIS mark" in t for t in texts)
    assert "no TIS mark or licence number" in assessment["summary"]
    prompt = model.prompts[0][-1].content
    body = prompt.split("<evidence>", 1)[1]
    assert "ignore all previous instructions" in body  # the hidden injection reaches the model only as evidence data
    assert "instruction to you" in model.prompts[0][0].content


def test_an_unreachable_model_leaves_the_offline_explanation():
    def broken(messages):
        raise ConnectionError("endpoint down")

    from agent.reasoners.base import DecisionInputs
    from agent.rules import RuleOutcome

    inputs = DecisionInputs(url="http://x.localhost/", outcome=RuleOutcome(verdict="not_regulated", tis=None, findings=[], reason="r"),
                            facts=None, classification=None, checks=[], laws=[], capture_error=None, capture_evidence=[], extraction_evidence=None)
    decision = LLMReasoner(ScriptedChatModel(script=broken, prompts=[]), name="m").decide(inputs, {"page-1": "text"})
    assert decision.verdict == "not_regulated"
    assert decision.reasoner.startswith("m (unavailable: ConnectionError")


def test_make_reasoner_is_offline_without_an_endpoint_and_llm_with_one():
    assert isinstance(make_reasoner(Settings()), OfflineReasoner)
    configured = make_reasoner(Settings(llm=LLMSettings(base_url="http://127.0.0.1:9/v1", model="local-model")))
    assert isinstance(configured, LLMReasoner) and configured.name == "local-model"
