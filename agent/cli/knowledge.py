"""`sodsong knowledge sync|index|search`."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from agent.cli.common import domain_errors, out, print_json, settings
from pathlib import Path

from knowledge.build import index, sync
from knowledge.citable import citable
from knowledge.collections import BUILTIN, add_corpus, open_collection

app = typer.Typer(help="The statute corpus and standards catalogue.", no_args_is_help=True)


@app.command("sync")
@domain_errors
def sync_command() -> None:
    """Fetch each source (mirror, else upstream), verify its sha256, parse sections and standards."""
    report = sync(settings())
    for item in report.files:
        out.print(f"{item.origin:8} {item.source_id}  {item.path}", highlight=False)
    for law, count in report.sections_per_law.items():
        out.print(f"{count:5} sections  {law}", highlight=False)
    out.print(f"{report.sections} sections, {report.standards} compulsory standards", highlight=False)


@app.command("index")
@domain_errors
def index_command() -> None:
    """Build the Chroma collection and the Thai-aware lexical index."""
    result = index(settings())
    out.print(f"indexed {result['sections']} sections in {result['seconds']} s (embedding: {result['embedder']})", highlight=False)


@app.command("add")
@domain_errors
def add_command(
    file: Annotated[Path, typer.Argument(help="Section corpus JSONL (formats.md §1).")],
    collection: Annotated[str, typer.Option(help="Collection to build or update.")] = BUILTIN,
) -> None:
    """Add a section corpus to a collection (the same law and section replaces) and rebuild its index."""
    result = add_corpus(settings(), file, collection)
    out.print(f"collection {result['collection']}: {result['added']} added, {result['replaced']} replaced, "
              f"{result['total']} sections indexed in {result['seconds']} s", highlight=False)


@app.command("search")
@domain_errors
def search_command(
    query: Annotated[str, typer.Argument(help="Question or keywords, Thai or English.")],
    law: Annotated[Optional[str], typer.Option(help="Restrict to one law (Thai short title).")] = None,
    k: Annotated[int, typer.Option(help="How many sections.")] = 5,
    collection: Annotated[str, typer.Option(help="Collection to search.")] = BUILTIN,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """Search the statutes; prints each section with its source, the sections it names and its penalty."""
    library = open_collection(settings(), collection)
    hits = library.search(query, k=k, law=law)
    found = [citable(library, h.section) for h in hits]
    if as_json:
        print_json([{**c.model_dump(), "score": round(h.score, 5)} for c, h in zip(found, hits)])
        return
    for rank, (section, hit) in enumerate(zip(found, hits), 1):
        out.print(f"{rank}. {section.law} มาตรา {section.section}  ({hit.score:.4f})", highlight=False)
        out.print(f"   {section.text[:200]}", highlight=False)
        for penalty in section.penalties:
            out.print(f"   penalty: มาตรา {penalty.section}: {penalty.penalty[:160]}", highlight=False)
        if section.references:
            out.print("   names: " + ", ".join(f"มาตรา {r.section}" for r in section.references), highlight=False)
        out.print(f"   source: {section.source_url} sha256 {section.sha256[:16]}…", highlight=False)
