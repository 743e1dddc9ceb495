"""`sodsong verify RUN_DIR`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from agent.cli.common import domain_errors, err, out, print_json
from agent.manifest import verify_run


@domain_errors
def verify_command(
    run_dir: Annotated[Path, typer.Argument(help="A run directory (holds manifest.json and assessment.json).")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """Recompute every hash of a run's evidence bundle and name any file changed, missing or added."""
    report = verify_run(run_dir)
    if as_json:
        print_json(report.model_dump() | {"ok": report.ok})
    else:
        for label, names in (("changed", report.changed), ("missing", report.missing), ("added", report.added), ("ledger mismatch", report.ledger_mismatch)):
            for name in names:
                out.print(f"{label}: {name}", highlight=False)
        if not report.manifest_ok:
            out.print("changed: manifest.json (its sha256 differs from the one recorded in assessment.json)", highlight=False)
        out.print(f"{'OK' if report.ok else 'TAMPERED'}: {report.files} files checked in {run_dir}", highlight=False)
    if not report.ok:
        err.print("error: the evidence bundle does not match its recorded hashes")
        raise typer.Exit(7)
