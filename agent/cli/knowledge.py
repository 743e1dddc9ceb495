"""`sodsong knowledge sync|index|search`."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from agent.cli.common import domain_errors, out, print_json, settings
from knowledge.build import index, sync
from knowledge.library import LawLibrary

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


@app.command("search")
@domain_errors
def search_command(
    query: Annotated[str, typer.Argument(help="Question or keywords, Thai or English.")],
    law: Annotated[Optional[str], typer.Option(help="Restrict to one law (Thai short title).")] = None,
    k: Annotated[int, typer.Option(help="How many sections.")] = 5,
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """Search the statutes; prints law, section and the start of the text."""
    config = settings()
    library = LawLibrary.open(config.corpus_dir, config.index_dir)
    hits = library.search(query, k=k, law=law)
    if as_json:
        print_json([{"law": h.section.law, "section": h.section.section, "score": round(h.score, 5), "text": h.section.text} for h in hits])
        return
    for rank, hit in enumerate(hits, 1):
        out.print(f"{rank}. {hit.section.law} มาตรา {hit.section.section}  ({hit.score:.4f})", highlight=False)
        out.print(f"   {hit.section.text[:200]}", highlight=False)
