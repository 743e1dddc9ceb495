"""`sodsong registry import|lookup|search` on the local SQLite registry."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from agent.cli.common import domain_errors, out, print_json, settings
from agent.errors import InputError
from tools.licence_numbers import MalformedLicence
from tools.registry import Registry

app = typer.Typer(help="The local TISI licence registry.", no_args_is_help=True)


@app.command("import")
@domain_errors
def import_command(
    file: Annotated[Path, typer.Argument(help="JSON list of records (formats.md §3) or a case.json.")],
    demo: Annotated[bool, typer.Option(help="Mark the records as demo data.")] = False,
) -> None:
    """Import licence records."""
    registry = Registry(settings().registry_path)
    try:
        count = registry.import_file(file, demo=demo)
    finally:
        registry.close()
    out.print(f"imported {count} records from {file}", highlight=False)


@app.command("lookup")
@domain_errors
def lookup_command(number: Annotated[str, typer.Argument(help="Licence number in any spelling.")]) -> None:
    """Look a licence number up after normalising it."""
    registry = Registry(settings().registry_path)
    try:
        try:
            record = registry.lookup(number)
        except MalformedLicence as exc:
            raise InputError(f"malformed licence number {number!r}: {exc.reason}") from exc
    finally:
        registry.close()
    if record is None:
        out.print(f"not found: {number}", highlight=False)
        raise typer.Exit(1)
    print_json(record.model_dump())


@app.command("search")
@domain_errors
def search_command(text: Annotated[str, typer.Argument(help="Holder, tax ID, trademark, TIS or number fragment.")]) -> None:
    """Search records by holder, tax ID, trademark, standard or number."""
    registry = Registry(settings().registry_path)
    try:
        for record in registry.search(text):
            print_json(record.model_dump())
    finally:
        registry.close()
