"""Compare an assessment with a case's expectations; aggregate the spec §3 metrics."""

from __future__ import annotations

import statistics
from typing import Any

from agent.state import FINDING_CODES
from knowledge.lawnames import law_key
from knowledge.statutes import normalise_section_number
from tools.thai_text import normalise

VERDICTS = ("violation", "compliant", "not_regulated", "inconclusive")


def norm_tis(value: str | None) -> str | None:
    return normalise(value).replace(" ", "") if value else None


def law_pair(law: str, section: str) -> tuple[str, str]:
    return law_key(law), normalise_section_number(section)


def compare(expected: dict[str, Any], assessment: dict[str, Any]) -> dict[str, Any]:
    reported = [f["code"] for f in assessment.get("findings", [])]
    cited = {law_pair(l["law"], l["section"]) for l in assessment.get("laws", [])}
    missing_findings = [code for code in expected["findings"] if code not in reported]
    missing_laws = [l for l in expected["laws"] if law_pair(l["law"], l["section"]) not in cited]
    verdict_ok = assessment.get("verdict") == expected["verdict"]
    tis_ok = norm_tis(assessment.get("tis")) == norm_tis(expected.get("tis"))
    return {
        "verdict": assessment.get("verdict"),
        "tis": assessment.get("tis"),
        "findings": reported,
        "missing_findings": missing_findings,
        "missing_laws": missing_laws,
        "verdict_ok": verdict_ok,
        "tis_ok": tis_ok,
        "ok": verdict_ok and tis_ok and not missing_findings and not missing_laws,
    }


def macro_f1(pairs: list[tuple[str, str | None]]) -> float:
    labels = sorted({e for e, _ in pairs} | {p for _, p in pairs if p})
    scores = []
    for label in labels:
        tp = sum(1 for e, p in pairs if e == label and p == label)
        fp = sum(1 for e, p in pairs if e != label and p == label)
        fn = sum(1 for e, p in pairs if e == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def aggregate(rows: list[dict[str, Any]], expected: dict[str, dict[str, Any]], citations: tuple[int, int]) -> dict[str, Any]:
    """rows: per-case entries (spec fields); expected: case id -> expected block."""
    n = len(rows)
    exp_findings = sum(len(expected[r["id"]]["findings"]) for r in rows)
    found_findings = sum(len(expected[r["id"]]["findings"]) - len(r["missing_findings"]) for r in rows)
    reported = [(r["id"], code) for r in rows for code in r["findings"] if code in FINDING_CODES]
    correct_reported = sum(1 for case_id, code in reported if code in expected[case_id]["findings"])
    exp_laws = sum(len(expected[r["id"]]["laws"]) for r in rows)
    found_laws = sum(len(expected[r["id"]]["laws"]) - len(r["missing_laws"]) for r in rows)
    valid, total = citations
    seconds = [r["seconds"] for r in rows if r.get("seconds") is not None]
    return {
        "cases": n,
        "errors": sum(1 for r in rows if r.get("error")),
        "verdict_accuracy": round(sum(1 for r in rows if r["verdict"] == r["expected_verdict"]) / n, 4) if n else 0.0,
        "verdict_macro_f1": round(macro_f1([(r["expected_verdict"], r["verdict"]) for r in rows]), 4),
        "tis_accuracy": round(sum(1 for r in rows if norm_tis(r["tis"]) == norm_tis(expected[r["id"]]["tis"])) / n, 4) if n else 0.0,
        "finding_recall": round(found_findings / exp_findings, 4) if exp_findings else 1.0,
        "finding_precision": round(correct_reported / len(reported), 4) if reported else 1.0,
        "law_recall": round(found_laws / exp_laws, 4) if exp_laws else 1.0,
        "citation_validity": round(valid / total, 4) if total else 1.0,
        "p50_seconds": round(statistics.median(seconds), 3) if seconds else 0.0,
        "per_case": rows,
    }
