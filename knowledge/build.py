"""`knowledge sync` and `knowledge index`: fetch sources by checksum, parse them, build the indexes."""

from __future__ import annotations

import json

from pydantic import BaseModel

from agent.errors import KnowledgeNotReady
from agent.settings import Settings
from knowledge.catalogue import Catalogue, parse_catalogue
from knowledge.library import build_index, index_is_current, load_sections, save_sections
from knowledge.sources import SyncResult, fetch_source, load_sources
from knowledge.statutes import Section, parse_statute


class SyncReport(BaseModel):
    files: list[SyncResult]
    sections: int
    standards: int
    sections_per_law: dict[str, int]


def sync(settings: Settings) -> SyncReport:
    """Fetch every source (mirror or upstream, checksum-verified) and parse it."""
    results: list[SyncResult] = []
    sections: list[Section] = []
    standards = []
    for source in load_sources():
        result = fetch_source(source, settings.corpus_dir, settings.mirror_dir, settings.allow_download)
        results.append(result)
        raw = result.path.read_text(encoding="utf-8")
        if source.kind == "statute":
            sections.extend(parse_statute(raw, law=source.title_th, source_url=source.upstream_url, sha256=source.sha256))
        else:
            standards.extend(parse_catalogue(raw, source_url=source.upstream_url, sha256=source.sha256))
    save_sections(sections, settings.corpus_dir / "sections.jsonl")
    (settings.corpus_dir / "standards.json").write_text(
        json.dumps([s.model_dump() for s in standards], ensure_ascii=False, indent=1), encoding="utf-8"
    )
    per_law: dict[str, int] = {}
    for section in sections:
        per_law[section.law] = per_law.get(section.law, 0) + 1
    return SyncReport(files=results, sections=len(sections), standards=len(standards), sections_per_law=per_law)


def index(settings: Settings) -> dict:
    """Build the lexical and Chroma indexes of the synced statute sections."""
    from knowledge.models import remote_embeddings

    sections = load_sections(settings.corpus_dir / "sections.jsonl")
    return build_index(sections, settings.index_dir, remote=remote_embeddings(settings))


def load_catalogue(settings: Settings) -> Catalogue:
    path = settings.corpus_dir / "standards.json"
    if not path.is_file():
        raise KnowledgeNotReady(f"no standards catalogue at {path}; run `sodsong knowledge sync` first")
    return Catalogue.load(path)


def ensure_ready(settings: Settings) -> None:
    """Sync and index when missing (used by `demo` and the eval runner so one command does it all)."""
    if not ((settings.corpus_dir / "sections.jsonl").is_file() and (settings.corpus_dir / "standards.json").is_file()):
        sync(settings)
    if not index_is_current(settings.index_dir):  # missing, or built by another version or from other glosses
        index(settings)


__all__ = ["sync", "index", "load_catalogue", "ensure_ready", "load_sections", "SyncReport"]
