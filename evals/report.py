"""Evaluation reports: confusion matrix, per-finding precision/recall, citation metrics, failures with evidence links."""

from __future__ import annotations

import html
import json
from pathlib import Path
from typing import Any

from agent.state import FINDING_CODES
from evals.metrics import VERDICTS


def confusion(rows: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """expected verdict -> predicted verdict (or 'error') -> count."""
    matrix = {e: {p: 0 for p in (*VERDICTS, "error")} for e in VERDICTS}
    for row in rows:
        matrix[row["expected_verdict"]][row["verdict"] or "error"] += 1
    return matrix


def per_finding(rows: list[dict[str, Any]], expected: dict[str, dict[str, Any]]) -> dict[str, dict[str, float]]:
    out = {}
    for code in FINDING_CODES:
        tp = sum(1 for r in rows if code in r["findings"] and code in expected[r["id"]]["findings"])
        fp = sum(1 for r in rows if code in r["findings"] and code not in expected[r["id"]]["findings"])
        fn = sum(1 for r in rows if code not in r["findings"] and code in expected[r["id"]]["findings"])
        out[code] = {"tp": tp, "fp": fp, "fn": fn,
                     "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0, "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0}
    return out


def build_report(metrics: dict[str, Any], expected: dict[str, dict[str, Any]]) -> dict[str, Any]:
    rows = metrics["per_case"]
    return {
        "metrics": {k: v for k, v in metrics.items() if k != "per_case"},
        "confusion": confusion(rows),
        "per_finding": per_finding(rows, expected),
        "citations": {
            "total": sum(r.get("citations", 0) for r in rows),
            "valid": sum(r.get("citations_valid", 0) for r in rows),
            "quotes": sum(r.get("quotes", 0) for r in rows),
            "quotes_verified": sum(r.get("quotes_verified", 0) for r in rows),
            "unsupported_claims_removed": sum(r.get("claims_removed", 0) for r in rows),
        },
        "failures": [
            {**{k: r.get(k) for k in ("id", "verdict", "expected_verdict", "tis", "findings", "missing_findings", "missing_laws", "error")},
             "expected_tis": expected[r["id"]]["tis"], "expected_findings": expected[r["id"]]["findings"]}
            for r in rows if not r["ok"]
        ],
    }


def render_markdown(report: dict[str, Any]) -> str:
    m = report["metrics"]
    lines = ["# Sodsong evaluation", "", "| metric | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in m.items()]
    lines += ["", "## Confusion matrix (rows: expected, columns: predicted)", "", "| expected \\ predicted | " + " | ".join((*VERDICTS, "error")) + " |",
              "|---" * (len(VERDICTS) + 2) + "|"]
    for expected, row in report["confusion"].items():
        lines.append(f"| {expected} | " + " | ".join(str(row[p]) for p in (*VERDICTS, "error")) + " |")
    lines += ["", "## Findings", "", "| code | precision | recall | tp | fp | fn |", "|---|---|---|---|---|---|"]
    for code, f in report["per_finding"].items():
        lines.append(f"| {code} | {f['precision']} | {f['recall']} | {f['tp']} | {f['fp']} | {f['fn']} |")
    c = report["citations"]
    lines += ["", "## Citations", "", f"- citations: {c['valid']}/{c['total']} resolve to evidence in their run's ledger",
              f"- quotes verified: {c['quotes_verified']}/{c['quotes']}", f"- unsupported claims removed: {c['unsupported_claims_removed']}",
              "", f"## Failed cases ({len(report['failures'])})", ""]
    for f in report["failures"]:
        lines.append(f"- **{f['id']}** — expected `{f['expected_verdict']}` (TIS {f['expected_tis']}, {', '.join(f['expected_findings']) or 'no findings'}), "
                     f"got `{f['verdict']}` (TIS {f['tis']}, {', '.join(f['findings']) or 'no findings'})"
                     + (f"; missing findings {f['missing_findings']}" if f["missing_findings"] else "")
                     + (f"; missing laws {[l['section'] for l in f['missing_laws']]}" if f["missing_laws"] else "")
                     + (f"; error: {f['error']}" if f["error"] else "")
                     + f" — [report]({f['id']}/report.md) · [evidence]({f['id']}/evidence/)")
    return "\n".join(lines) + "\n"


def render_html(report: dict[str, Any]) -> str:
    e = html.escape
    m = report["metrics"]
    parts = ["<!doctype html><html><head><meta charset='utf-8'><title>Sodsong evaluation</title>",
             "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}"
             ".bad{background:#fdd}</style></head><body><h1>Sodsong evaluation</h1><table>"]
    parts += [f"<tr><th>{e(k)}</th><td>{e(str(v))}</td></tr>" for k, v in m.items()]
    parts.append("</table><h2>Confusion matrix</h2><table><tr><th>expected \\ predicted</th>" + "".join(f"<th>{p}</th>" for p in (*VERDICTS, "error")) + "</tr>")
    for expected, row in report["confusion"].items():
        parts.append(f"<tr><th>{expected}</th>" + "".join(f"<td class='{'bad' if p != expected and row[p] else ''}'>{row[p]}</td>" for p in (*VERDICTS, "error")) + "</tr>")
    parts.append("</table><h2>Findings</h2><table><tr><th>code</th><th>precision</th><th>recall</th><th>tp</th><th>fp</th><th>fn</th></tr>")
    for code, f in report["per_finding"].items():
        parts.append(f"<tr><td>{code}</td><td>{f['precision']}</td><td>{f['recall']}</td><td>{f['tp']}</td><td>{f['fp']}</td><td>{f['fn']}</td></tr>")
    c = report["citations"]
    parts.append(f"</table><h2>Citations</h2><p>{c['valid']}/{c['total']} citations resolve; {c['quotes_verified']}/{c['quotes']} quotes verified; "
                 f"{c['unsupported_claims_removed']} unsupported claims removed.</p><h2>Failed cases ({len(report['failures'])})</h2><ul>")
    for f in report["failures"]:
        parts.append(f"<li><b>{e(f['id'])}</b>: expected <code>{e(f['expected_verdict'])}</code> {e(', '.join(f['expected_findings']))}; "
                     f"got <code>{e(str(f['verdict']))}</code> {e(', '.join(f['findings']))} "
                     f"<a href='{e(f['id'])}/report.md'>report</a> · <a href='{e(f['id'])}/evidence/'>evidence</a>"
                     + (f" — {e(f['error'])}" if f["error"] else "") + "</li>")
    parts.append("</ul></body></html>")
    return "\n".join(parts)


def write_reports(out_dir: Path, metrics: dict[str, Any], expected: dict[str, dict[str, Any]]) -> dict[str, Any]:
    report = build_report(metrics, expected)
    (out_dir / "metrics.json").write_text(json.dumps(metrics, ensure_ascii=False, indent=2), encoding="utf-8")
    (out_dir / "report.json").write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    (out_dir / "report.md").write_text(render_markdown(report), encoding="utf-8")
    (out_dir / "report.html").write_text(render_html(report), encoding="utf-8")
    return report


def compare(a: dict[str, Any], b: dict[str, Any]) -> dict[str, Any]:
    """What got better and worse from metrics run A to run B (metrics.json objects)."""
    keys = ("verdict_accuracy", "verdict_macro_f1", "tis_accuracy", "finding_recall", "finding_precision", "law_recall", "citation_validity", "p50_seconds")
    deltas = {k: {"a": a.get(k), "b": b.get(k), "delta": round((b.get(k) or 0) - (a.get(k) or 0), 4)} for k in keys}
    ok_a = {r["id"]: r["ok"] for r in a.get("per_case", [])}
    ok_b = {r["id"]: r["ok"] for r in b.get("per_case", [])}
    return {
        "metrics": deltas,
        "fixed": sorted(i for i in ok_b if ok_b[i] and ok_a.get(i) is False),
        "broken": sorted(i for i in ok_b if not ok_b[i] and ok_a.get(i) is True),
        "only_in_a": sorted(set(ok_a) - set(ok_b)),
        "only_in_b": sorted(set(ok_b) - set(ok_a)),
    }


def gate(metrics: dict[str, Any], thresholds: dict[str, float]) -> list[str]:
    """Metrics below their recorded thresholds (empty when the gate passes)."""
    return [f"{k} {metrics.get(k)} < {v}" for k, v in thresholds.items() if not k.startswith("_") and (metrics.get(k) or 0) < v]
