"""The evaluation runner over the demo cases with the offline reasoner (real browser, local marketplace)."""

from __future__ import annotations

import json

import pytest

from agent.settings import REPO_ROOT
from evals.runner import run_eval

pytestmark = pytest.mark.browser
CASES = REPO_ROOT / "evals" / "cases"


def test_eval_run_on_demo_cases_meets_spec_shape_and_scores(knowledge_settings, browser_settings, tmp_path):
    metrics = run_eval(CASES, knowledge_settings, out_dir=tmp_path / "eval", only="demo-*")
    keys = {"cases", "errors", "verdict_accuracy", "verdict_macro_f1", "tis_accuracy", "finding_recall", "finding_precision",
            "law_recall", "citation_validity", "p50_seconds", "per_case"}
    assert keys <= metrics.keys()
    assert metrics["cases"] == len([d for d in CASES.iterdir() if d.name.startswith("demo-") and (d / "case.json").exists()])
    assert metrics["errors"] == 0
    assert metrics["citation_validity"] == 1.0
    assert metrics["verdict_accuracy"] >= 0.9
    assert metrics["finding_recall"] >= 0.9
    assert metrics["law_recall"] >= 0.9
    row = metrics["per_case"][0]
    assert {"id", "ok", "verdict", "expected_verdict", "tis", "findings", "missing_findings", "missing_laws", "error", "seconds"} <= row.keys()
    saved = json.loads((tmp_path / "eval" / "metrics.json").read_text(encoding="utf-8"))
    assert saved["cases"] == metrics["cases"]
    verdicts = {r["verdict"] for r in metrics["per_case"]}
    assert verdicts == {"violation", "compliant", "not_regulated", "inconclusive"}
