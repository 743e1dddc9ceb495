"""`sodsong registry import|import-tisi|lookup|search`: the local SQLite registry; lookups through any backend."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from agent.cli.common import domain_errors, err, out, print_json, settings
from agent.errors import InputError
from agent.runner import open_backend
from tools.licence_numbers import MalformedLicence, parse_licence_number
from tools.registry import Registry
from tools.registry_import import import_export
from tools.tisi_remote import RemoteUnavailable

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


@app.command("import-tisi")
@domain_errors
def import_tisi_command(
    file: Annotated[Path, typer.Argument(help="CSV or JSON export with TISI field names (tbl_licenseNo, ...); formats.md §3 records too.")],
    demo: Annotated[bool, typer.Option(help="Mark the records as demo data.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the import report as JSON (last line).")] = False,
) -> None:
    """Import an export row by row: rows that cannot be mapped are skipped and listed (exit 1 when any was)."""
    registry = Registry(settings().registry_path)
    try:
        report = import_export(file, registry, demo=demo)
    finally:
        registry.close()
    for row in report.skipped:
        err.print(f"skipped row {row.row} ({row.licence_no or 'no number'}): {row.reason}", highlight=False)
    if as_json:
        print_json(report.model_dump())
    else:
        out.print(f"imported {report.imported} records from {file}, skipped {len(report.skipped)}", highlight=False)
    if report.skipped:
        raise typer.Exit(1)


@app.command("lookup")
@domain_errors
def lookup_command(
    number: Annotated[str, typer.Argument(help="Licence number in any spelling.")],
    backend_mode: Annotated[Optional[str], typer.Option("--backend", help="local, remote or chained (default: SODSONG_REGISTRY__BACKEND, else local).")] = None,
) -> None:
    """Look a licence number up after normalising it (exit 1 not found, 3 could not verify)."""
    try:
        parse_licence_number(number)
    except MalformedLicence as exc:
        raise InputError(f"malformed licence number {number!r}: {exc.reason}") from exc
    config = settings()
    registry = Registry(config.registry_path)
    backend = open_backend(config, registry, backend_mode)
    try:
        answer = backend.lookup(number)
    finally:
        backend.close()
        registry.close()
    if answer.error:
        raise RemoteUnavailable(answer.error)
    if answer.record is None:
        out.print(f"not found: {number}", highlight=False)
        raise typer.Exit(1)
    if answer.cached_age_s is not None:
        err.print(f"({answer.backend}, from a cached page {answer.cached_age_s:.0f} s old)", highlight=False)
    print_json(answer.record.model_dump())


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
