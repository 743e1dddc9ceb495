"""Node: build the assessment, verify every citation, then write assessment.json and report.md."""

from __future__ import annotations

import json

from langgraph.runtime import Runtime

from agent.assessment import build_assessment, citations_of
from agent.context import RunContext
from agent.evidence import require_valid_citations, utc_now
from agent.manifest import write_manifest
from agent.report import render_markdown
from agent.state import InvestigationState


def persist_ledger(state: InvestigationState, run_dir) -> dict:
    """Write every evidence item that has no file yet (registry, law, standard, extraction) as its exact payload."""
    items = run_dir / "evidence" / "items"
    updated = {}
    for evidence_id, item in state["ledger"].items():
        if item.path is None and item.content is not None:
            items.mkdir(parents=True, exist_ok=True)
            (items / f"{evidence_id}.txt").write_bytes(item.content.encode("utf-8"))
            updated[evidence_id] = item.model_copy(update={"path": f"evidence/items/{evidence_id}.txt", "media_type": item.media_type or "text/plain"})
    return updated


def write(state: InvestigationState, runtime: Runtime[RunContext]) -> dict:
    ctx = runtime.context
    checked = require_valid_citations(citations_of(state), state["ledger"])
    files = persist_ledger(state, ctx.run_dir)
    state = {**state, "ledger": {**state["ledger"], **files}}
    assessment = build_assessment(state, finished_at=utc_now(), run_dir=ctx.run_dir)
    assessment["citations_checked"] = checked
    ctx.run_dir.mkdir(parents=True, exist_ok=True)
    (ctx.run_dir / "report.md").write_text(render_markdown(assessment), encoding="utf-8")
    assessment["manifest_sha256"] = write_manifest(ctx.run_dir)
    (ctx.run_dir / "assessment.json").write_text(json.dumps(assessment, ensure_ascii=False, indent=2), encoding="utf-8")
    return {"assessment": assessment, "ledger": files}
