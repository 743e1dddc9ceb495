"""Render an assessment as a Markdown report an investigator can read and a prosecutor can check."""

from __future__ import annotations

from typing import Any

TITLE = {"violation": "🔴 VIOLATION", "compliant": "🟢 COMPLIANT", "not_regulated": "⚪ NOT REGULATED", "inconclusive": "🟡 INCONCLUSIVE"}


def _refs(ids: list[str]) -> str:
    return " ".join(f"[{i}]" for i in ids)


def render_markdown(assessment: dict[str, Any]) -> str:
    a = assessment
    lines = [
        f"# Sodsong assessment — {TITLE.get(a['verdict'], a['verdict'])}",
        "",
        f"- **URL:** {a['url']}",
        f"- **Verdict:** `{a['verdict']}`",
        f"- **Standard:** {('TIS ' + a['tis']) if a.get('tis') else '—'}",
        f"- **Reasoner:** {a['reasoner']}",
        f"- **Run:** {a.get('run_id', '')} ({a['started_at']} → {a['finished_at']})",
        "",
        a.get("summary", ""),
        "",
        "## Findings",
        "",
    ]
    if a["findings"]:
        lines += [f"- **{f['code']}** — {f['detail']} {_refs(f['evidence_ids'])}" for f in a["findings"]]
    else:
        lines.append("- none")
    lines += ["", "## What the evidence shows", ""]
    for claim in a["claims"]:
        quote = f" — “{claim['quote']}”" if claim.get("quote") else ""
        lines.append(f"- {claim['text']}{quote} {_refs(claim['evidence_ids'])}")
    lines += ["", "## Law", ""]
    if a["laws"]:
        texts = {e["id"]: e.get("content", "") for e in a["evidence"]}
        for law in a["laws"]:
            text = texts.get(law["evidence_id"], "")
            excerpt = (text[:400] + "…") if len(text) > 400 else text
            lines.append(f"- **{law['law']} มาตรา {law['section']}** — {law.get('why', '')} [{law['evidence_id']}]")
            if excerpt:
                lines.append(f"  > {excerpt}")
    else:
        lines.append("- no section applies")
    lines += ["", "## Evidence ledger", "", "| ID | kind | source | retrieved (UTC) | sha256 | file |", "|---|---|---|---|---|---|"]
    for item in a["evidence"]:
        lines.append(f"| {item['id']} | {item['kind']} | {item['source']} | {item['retrieved_at']} | `{item['sha256'][:16]}…` | {item.get('path', '')} |")
    lines += ["", f"Every citation above was checked by code against this ledger ({a.get('citations_checked', 0)} citations)."]
    return "\n".join(lines) + "\n"
