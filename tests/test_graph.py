"""The graph compiled per test with an in-memory checkpointer, driving the real browser."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.checkpoints import memory_checkpointer
from agent.errors import CitationError
from agent.reasoners.offline import OfflineReasoner
from agent.runner import investigate
from evals.cases import load_case
from evals.marketplace import Marketplace
from tools.registry import Registry

FIXTURES = Path(__file__).parent / "fixtures" / "cases"
IPSA = "พระราชบัญญัติมาตรฐานผลิตภัณฑ์อุตสาหกรรม พ.ศ. 2511"
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site():
    with Marketplace(FIXTURES) as market:
        yield market


def run(case_id, site, browser, browser_settings, resources, tmp_path, checkpointer=None):
    case = load_case(FIXTURES / case_id)
    registry = Registry(":memory:")
    registry.import_records(case.registry, source="fixture", demo=True)
    checkpointer = checkpointer or memory_checkpointer()
    assessment = investigate(site.url_for(case_id, case.target), settings=browser_settings, resources=resources, browser=browser,
                             registry=registry, checkpointer=checkpointer, run_id=f"t-{case_id}", run_dir=tmp_path / case_id)
    return assessment, checkpointer


def test_violation_cites_section_36_and_its_penalty(site, browser, browser_settings, resources, tmp_path):
    assessment, checkpointer = run("fx-spa", site, browser, browser_settings, resources, tmp_path)
    assert assessment["verdict"] == "violation"
    assert assessment["tis"] == "2879-2560"
    assert {f["code"] for f in assessment["findings"]} == {"compulsory_product", "no_tis_evidence"}
    laws = {(l["law"], l["section"]) for l in assessment["laws"]}
    assert (IPSA, "36") in laws and (IPSA, "55") in laws
    penalty = next(l for l in assessment["laws"] if l["section"] == "55")
    assert penalty["penalty_of"] == "36"
    ledger = {e["id"] for e in assessment["evidence"]}
    for finding in assessment["findings"]:
        assert finding["evidence_ids"] and set(finding["evidence_ids"]) <= ledger
    # every step was checkpointed under the run id
    history = list(checkpointer.list({"configurable": {"thread_id": "t-fx-spa"}}))
    assert len(history) >= 7
    assert (tmp_path / "fx-spa" / "report.md").read_text(encoding="utf-8").startswith("# Sodsong assessment")


def test_compliant_with_manufacture_licence_cites_section_20(site, browser, browser_settings, resources, tmp_path):
    assessment, _ = run("fx-jsonld", site, browser, browser_settings, resources, tmp_path)
    assert assessment["verdict"] == "compliant"
    assert assessment["tis"] == "2432-2555"
    assert "licence_valid" in {f["code"] for f in assessment["findings"]}
    assert (IPSA, "20") in {(l["law"], l["section"]) for l in assessment["laws"]}
    check = assessment["licence_checks"][0]
    assert check["found"] and check["active"] and check["standard_match"] and check["holder_match"]


def test_removed_listing_is_inconclusive_with_a_reason(site, browser, browser_settings, resources, tmp_path):
    assessment, _ = run("fx-removed", site, browser, browser_settings, resources, tmp_path)
    assert assessment["verdict"] == "inconclusive"
    assert assessment["laws"] == [] and assessment["findings"] == []
    assert any("not a usable listing" in c["text"] for c in assessment["claims"])


def test_a_quote_not_in_its_evidence_stops_the_run(site, browser, browser_settings, resources, tmp_path, monkeypatch):
    from agent.reasoners.offline import OfflineReasoner

    class LyingReasoner(OfflineReasoner):
        def decide(self, inputs, ledger_text=None):
            decision = super().decide(inputs, ledger_text)
            decision.claims[0].quote = "ใบอนุญาตถูกต้อง (this text is not on the page)"
            return decision

    case = load_case(FIXTURES / "fx-spa")
    registry = Registry(":memory:")
    with pytest.raises(CitationError, match="quote_not_found"):
        investigate(site.url_for("fx-spa", case.target), settings=browser_settings, resources=resources, browser=browser,
                    registry=registry, checkpointer=memory_checkpointer(), reasoner=LyingReasoner(), run_id="t-lie", run_dir=tmp_path / "lie")
    assert not (tmp_path / "lie" / "report.md").exists()


def test_verify_catches_a_one_byte_change(site, browser, browser_settings, resources, tmp_path):
    from agent.manifest import verify_run

    assessment, _ = run("fx-jsonld", site, browser, browser_settings, resources, tmp_path)
    run_dir = tmp_path / "fx-jsonld"
    assert verify_run(run_dir).ok
    text = run_dir / "evidence" / "text.txt"
    data = bytearray(text.read_bytes())
    data[0] ^= 0x01
    text.write_bytes(bytes(data))
    (run_dir / "evidence" / "extra.txt").write_text("planted", encoding="utf-8")
    report = verify_run(run_dir)
    assert not report.ok
    assert report.changed == ["evidence/text.txt"]
    assert report.added == ["evidence/extra.txt"]
    assert any("evidence/text.txt" in item for item in report.ledger_mismatch)


class _CountingBrowser:
    def __init__(self, inner):
        self.inner, self.captures = inner, 0

    def capture(self, url, out_dir):
        self.captures += 1
        return self.inner.capture(url, out_dir)


class _CrashingReasoner(OfflineReasoner):
    def decide(self, inputs, ledger_text=None):
        raise RuntimeError("process died while assessing")


def test_a_run_that_crashed_mid_graph_resumes_after_its_last_step(site, browser, browser_settings, resources, tmp_path):
    case = load_case(FIXTURES / "fx-spa")
    registry = Registry(":memory:")
    registry.import_records(case.registry, source="fixture", demo=True)
    counting, checkpointer = _CountingBrowser(browser), memory_checkpointer()
    common = dict(settings=browser_settings, resources=resources, browser=counting, registry=registry, checkpointer=checkpointer,
                  run_id="t-crash", run_dir=tmp_path / "run")
    url = site.url_for("fx-spa", case.target)
    with pytest.raises(RuntimeError, match="died"):
        investigate(url, reasoner=_CrashingReasoner(), **common)
    assert counting.captures == 1
    assessment = investigate(url, reasoner=OfflineReasoner(), resume=True, **common)
    assert counting.captures == 1  # the page was not fetched again: capture .. find_laws came from the checkpoints
    assert assessment["verdict"] == "violation" and (tmp_path / "run" / "assessment.json").is_file()
    again = investigate(url, reasoner=OfflineReasoner(), resume=True, **common)
    assert again == assessment and counting.captures == 1  # a finished run is returned as it is


def test_a_licence_shown_only_in_the_product_photo_is_read_by_ocr(site, browser, browser_settings, resources, tmp_path):
    from tools.ocr import ocr_available

    if not ocr_available(browser_settings.ocr):
        pytest.skip("tesseract with Thai is not installed (run make setup)")
    assessment, _ = run("fx-licence-in-image", site, browser, browser_settings, resources, tmp_path)
    assert assessment["verdict"] == "compliant" and "licence_valid" in {f["code"] for f in assessment["findings"]}
    ocr = [e for e in assessment["evidence"] if e["source"].endswith("#ocr")]
    assert len(ocr) == 1 and ocr[0]["kind"] == "extraction" and "30516-48/2879" in ocr[0]["content"]
    assert any(ocr[0]["id"] in c["evidence_ids"] for c in assessment["claims"])  # the claim cites what OCR read
    no_ocr = browser_settings.model_copy(update={"ocr": browser_settings.ocr.model_copy(update={"enabled": False})})
    case = load_case(FIXTURES / "fx-licence-in-image")
    registry = Registry(":memory:")
    registry.import_records(case.registry, source="fixture", demo=True)
    blind = investigate(site.url_for("fx-licence-in-image", case.target), settings=no_ocr, resources=resources, browser=browser,
                        registry=registry, checkpointer=memory_checkpointer(), run_id="t-no-ocr", run_dir=tmp_path / "no-ocr")
    assert blind["verdict"] == "violation"  # without reading the photo, no licence evidence is found
