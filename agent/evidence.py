"""Evidence items with content-hashed IDs, and the checker that every citation resolves."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from typing import Any, Iterable, Literal

from pydantic import BaseModel, Field

from agent.errors import CitationError
from tools.thai_text import collapse_spaces

EvidenceKind = Literal["page", "screenshot", "registry", "standard", "law", "extraction"]

_PREFIX = {
    "page": "page",
    "screenshot": "shot",
    "registry": "reg",
    "standard": "std",
    "law": "law",
    "extraction": "ext",
}


def utc_now() -> str:
    """The current time as an ISO-8601 UTC string with seconds."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def canonical_json(value: Any) -> str:
    """Stable JSON text (sorted keys, UTF-8) so equal content hashes equally."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)


class Evidence(BaseModel):
    """One item of the run's ledger. ``content`` is the text quotes are checked against."""

    id: str
    kind: EvidenceKind
    source: str
    retrieved_at: str
    sha256: str
    path: str | None = Field(None, description="Artifact file, relative to the run directory.")
    media_type: str | None = None
    content: str | None = Field(None, description="Text of the evidence, for quote checks.")
    label: str | None = Field(None, description="Short human label, e.g. 'visible text of the listing'.")

    def public(self) -> dict[str, Any]:
        """The assessment's view: content kept only when it is small."""
        data = self.model_dump(exclude_none=True)
        if self.content is not None and len(self.content) > 4000:
            data.pop("content")
        return data


def make_evidence(
    kind: EvidenceKind,
    source: str,
    payload: bytes | str,
    *,
    retrieved_at: str | None = None,
    path: str | None = None,
    media_type: str | None = None,
    content: str | None = None,
    label: str | None = None,
) -> Evidence:
    """Build an evidence item whose ID and sha256 come from its payload."""
    data = payload.encode("utf-8") if isinstance(payload, str) else payload
    digest = sha256_bytes(data)
    if content is None and isinstance(payload, str):
        content = payload
    return Evidence(
        id=f"{_PREFIX[kind]}-{digest[:12]}",
        kind=kind,
        source=source,
        retrieved_at=retrieved_at or utc_now(),
        sha256=digest,
        path=path,
        media_type=media_type,
        content=content,
        label=label,
    )


def merge_ledger(left: dict[str, Evidence] | None, right: dict[str, Evidence] | None) -> dict[str, Evidence]:
    """Reducer for the state's ledger: union by ID (an ID names one content, so no conflicts)."""
    merged = dict(left or {})
    merged.update(right or {})
    return merged


def quote_in(quote: str, content: str | None) -> bool:
    """A quote is verified when it appears in the evidence text, whitespace folded."""
    if not content:
        return False
    return collapse_spaces(quote) in collapse_spaces(content)


class CitationProblem(BaseModel):
    where: str
    evidence_id: str
    problem: Literal["unknown_id", "quote_not_found"]


def check_citations(cited: Iterable[tuple[str, str, str | None]], ledger: dict[str, Evidence]) -> list[CitationProblem]:
    """Check (where, evidence_id, quote) triples against the ledger; return every problem."""
    problems: list[CitationProblem] = []
    for where, evidence_id, quote in cited:
        item = ledger.get(evidence_id)
        if item is None:
            problems.append(CitationProblem(where=where, evidence_id=evidence_id, problem="unknown_id"))
        elif quote is not None and not quote_in(quote, item.content):
            problems.append(CitationProblem(where=where, evidence_id=evidence_id, problem="quote_not_found"))
    return problems


def require_valid_citations(cited: Iterable[tuple[str, str, str | None]], ledger: dict[str, Evidence]) -> int:
    """Raise CitationError on any unresolved citation; return how many were checked."""
    cited = list(cited)
    problems = check_citations(cited, ledger)
    if problems:
        listed = "; ".join(f"{p.where}: {p.problem} {p.evidence_id}" for p in problems[:5])
        raise CitationError(f"{len(problems)} citation(s) failed verification: {listed}")
    return len(cited)
