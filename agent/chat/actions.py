"""What the chat can do, as plain methods returning text: investigate, explain, look up, cite. Facts come from code."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from agent.assessment import unusable_page
from agent.report import TITLE, render_markdown
from agent.runner import Resources, investigate, new_run_id
from agent.seller import investigate_seller
from agent.settings import Settings
from knowledge.citable import CitableSection, citable
from knowledge.law_prior import HOME_LAW, detect_laws
from tools.registry import Registry
from tools.registry_backends import RegistryBackend

SEARCH_HITS = 3
EXCERPT_CHARS = 300


def _product_title(assessment: dict[str, Any]) -> str | None:
    title = ((assessment.get("product") or {}).get("title") or {})
    return title.get("value") if isinstance(title, dict) else None


def _section_text(section: CitableSection, full: bool) -> list[str]:
    text = section.text if full or len(section.text) <= EXCERPT_CHARS else section.text[:EXCERPT_CHARS] + "…"
    lines = [f"{section.law} มาตรา {section.section}", f"  {text}"]
    lines += [f"  penalty (มาตรา {p.section}): {p.penalty}" for p in section.penalties]
    if section.references:
        lines.append("  names: " + ", ".join(f"มาตรา {r.section}" for r in section.references))
    lines.append(f"  source: {section.source_url} (sha256 {section.sha256[:12]}…)")
    return lines


@dataclass
class ChatActions:
    settings: Settings
    resources: Resources
    browser: Any  # a Capturer; started on first use by the caller's lazy wrapper
    registry: Registry
    backend: RegistryBackend
    checkpointer: Any
    last: dict[str, Any] | None = None
    last_run_dir: Path | None = None
    runs: list[Path] = field(default_factory=list)

    def investigate(self, url: str, seller: bool = False) -> str:
        run_id = new_run_id()
        run_dir = self.settings.runs_dir / run_id
        run = investigate_seller if seller else investigate
        options = {"backend": self.backend, "registry_backend": self.backend.name}
        assessment = run(url, settings=self.settings, resources=self.resources, browser=self.browser, registry=self.registry,
                         checkpointer=self.checkpointer, run_id=run_id, run_dir=run_dir, **options)
        self.last, self.last_run_dir = assessment, run_dir
        self.runs.append(run_dir)
        return self.summary(assessment, run_dir)

    @staticmethod
    def summary(assessment: dict[str, Any], run_dir: Path) -> str:
        lines = [f"{TITLE.get(assessment['verdict'], assessment['verdict'])} — "
                 + (f"TIS {assessment['tis']}" if assessment.get("tis") else "no compulsory standard")]
        title = _product_title(assessment)
        if title:
            lines.append(f"Listing: {title}")
        problem = unusable_page(assessment)
        if problem:
            lines.append(f"Could not assess the page: {problem}")
        lines.append("Findings:" if assessment["findings"] else "Findings: none")
        lines += [f"  - {f['code']}: {f['detail']} [{', '.join(f['evidence_ids'])}]" for f in assessment["findings"]]
        if assessment["laws"]:
            lines.append("Law: " + "; ".join(f"มาตรา {law['section']}" for law in assessment["laws"])
                         + f" ({assessment['laws'][0]['law']})")
        for listing in assessment.get("listings", []):
            lines.append(f"  listing {listing['url']}: {listing['verdict']}")
        lines.append(f"Run: {run_dir} (report.md, assessment.json, evidence/). Ask 'why' for the evidence, 'report' for the report.")
        return "\n".join(lines)

    def explain(self) -> str:
        if self.last is None:
            return "Nothing investigated yet in this chat: paste a listing URL first."
        a = self.last
        evidence = {e["id"]: e for e in a["evidence"]}
        lines = [f"Why {a['verdict']} for {a['url']} (every reason below is decided by code and cites the run's ledger):"]
        for finding in a["findings"]:
            lines.append(f"- {finding['code']}: {finding['detail']}")
            for evidence_id in finding["evidence_ids"]:
                item = evidence.get(evidence_id, {})
                lines.append(f"    [{evidence_id}] {item.get('kind', '?')} {item.get('source', '')} {item.get('path', '')}".rstrip())
        if a["claims"]:
            lines.append("What the evidence shows:")
            lines += [f"- {c['text']} [{', '.join(c['evidence_ids'])}]" for c in a["claims"]]
        if a["laws"]:
            lines.append("Law applied:")
            lines += [f"- มาตรา {law['section']}: {law.get('why', '')} [{law['evidence_id']}]" for law in a["laws"]]
        return "\n".join(lines)

    def report(self) -> str:
        if self.last is None or self.last_run_dir is None:
            return "No report yet: paste a listing URL first."
        return render_markdown(self.last) + f"\n(saved as {self.last_run_dir / 'report.md'})"

    def licences(self, numbers: list[str]) -> str:
        lines = []
        for number in numbers:
            answer = self.backend.lookup(number)
            if answer.error:
                lines.append(f"{number}: could not verify — {answer.error}")
            elif not answer.found or answer.record is None:
                lines.append(f"{number}: not found in the {answer.backend} registry (looked up {answer.looked_up_at})")
            else:
                r = answer.record
                lines.append(f"{r.licence_no}: {r.status}; TIS {r.tis}; holder {r.holder}"
                             + (f"; trademarks {', '.join(r.trademarks)}" if r.trademarks else "")
                             + (f"; issued {r.issued}" if r.issued else "") + (f"; expires {r.expires}" if r.expires else "")
                             + f" (source {r.source}{', demo record' if r.demo else ''}; looked up {answer.looked_up_at})")
        return "\n".join(lines)

    def section(self, number: str, question: str = "") -> str:
        laws = sorted(detect_laws(question).items(), key=lambda item: -item[1])
        law = laws[0][0] if laws else HOME_LAW
        found = self.resources.library.get(law, number)
        if found is None:
            return f"No section {number} in {law}."
        return "\n".join(_section_text(citable(self.resources.library, found), full=True))

    def search(self, question: str) -> str:
        hits = self.resources.library.search(question, k=SEARCH_HITS)
        if not hits:
            return "No statute section matched."
        lines = ["Sections that answer this (ranked; read the text before relying on it):"]
        for rank, hit in enumerate(hits, 1):
            section_lines = _section_text(citable(self.resources.library, hit.section), full=False)
            lines += [f"{rank}. {section_lines[0]}", *section_lines[1:]]
        return "\n".join(lines)
