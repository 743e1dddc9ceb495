"""Named section collections: the built-in statute corpus and any corpus added with `knowledge add` (formats.md §1)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from agent.errors import InputError, KnowledgeNotReady
from agent.settings import Settings
from knowledge.lawnames import law_key
from knowledge.library import LawLibrary, build_index, load_sections, save_sections
from knowledge.models import query_translator, remote_embeddings
from knowledge.statutes import Section, normalise_section_number

BUILTIN = "builtin"


def collection_paths(settings: Settings, name: str) -> tuple[Path, Path]:
    """(sections.jsonl, index dir) of a collection."""
    if name == BUILTIN:
        return settings.corpus_dir / "sections.jsonl", settings.index_dir
    root = settings.index_dir / "collections" / name
    return root / "sections.jsonl", root


def read_corpus_file(path: Path) -> list[Section]:
    """Parse a formats.md §1 JSONL file; a missing field is an error naming the file, line and field."""
    if not path.is_file():
        raise InputError(f"no such corpus file: {path}")
    sections: list[Section] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise InputError(f"{path}:{number}: not valid JSON ({exc})") from exc
            for field in ("law", "section", "text"):
                if not isinstance(item.get(field), str) or not item[field].strip():
                    raise InputError(f"{path}:{number}: missing required field '{field}'")
            sections.append(Section(
                law=item["law"].strip(), section=normalise_section_number(item["section"]), text=item["text"],
                ordinal=len(sections), source_url=str(item.get("source") or path),
                sha256=hashlib.sha256(item["text"].encode("utf-8")).hexdigest(),
            ))
    return sections


def add_corpus(settings: Settings, path: Path, name: str = BUILTIN) -> dict:
    """Add sections to a collection (same law and section replaces) and rebuild its index."""
    incoming = read_corpus_file(path)
    corpus, index_dir = collection_paths(settings, name)
    existing = load_sections(corpus) if corpus.is_file() else []
    merged: dict[tuple[str, str], Section] = {(law_key(s.law), s.section): s for s in existing}
    replaced = sum(1 for s in incoming if (law_key(s.law), s.section) in merged)
    for section in incoming:
        merged[(law_key(section.law), section.section)] = section
    sections = [s.model_copy(update={"ordinal": i}) for i, s in enumerate(merged.values())]
    save_sections(sections, corpus)
    result = build_index(sections, index_dir, collection=name, remote=remote_embeddings(settings))
    return {"collection": name, "added": len(incoming) - replaced, "replaced": replaced, "total": len(sections), **result}


def open_collection(settings: Settings, name: str = BUILTIN) -> LawLibrary:
    corpus, index_dir = collection_paths(settings, name)
    if not corpus.is_file():
        hint = "run `sodsong knowledge sync` and `knowledge index`" if name == BUILTIN else f"add one with `sodsong knowledge add FILE --collection {name}`"
        raise KnowledgeNotReady(f"no collection {name!r}: {hint}")
    return LawLibrary(load_sections(corpus), index_dir, collection=name, remote=remote_embeddings(settings),
                      translator=query_translator(settings))
