"""`sodsong batch run|resume|status|list|export|report`: many listings, state in SQLite, resumable after a crash."""

from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from agent.batch import item_run_dir, read_url_list, run_batch
from agent.batch_store import BatchItem, BatchStore, BatchSummary
from agent.cli.common import domain_errors, err, out, print_json, settings, settings_allowing
from agent.runner import Resources
from agent.settings import Settings

app = typer.Typer(help="Batch runs over a list of listing URLs (resumable).", no_args_is_help=True)

EXPORT_FIELDS = ("position", "url", "status", "verdict", "tis", "findings", "error", "attempts", "run_id", "run_dir",
                 "started_at", "finished_at")


def _progress(total: int):
    finished = 0

    def report(item: BatchItem, outcome: str) -> None:
        nonlocal finished
        finished += 1
        err.print(f"[{finished}/{total}] #{item.position} {item.url} — {outcome}", highlight=False)

    return report


def _print_summary(summary: BatchSummary) -> None:
    counts = ", ".join(f"{n} {status}" for status, n in sorted(summary.counts.items()))
    verdicts = ", ".join(f"{n} {verdict}" for verdict, n in sorted(summary.verdicts.items())) or "none yet"
    out.print(f"batch {summary.id}: {summary.total} URLs ({counts}); verdicts: {verdicts}"
              + (f"; {summary.duplicates} repeated lines skipped" if summary.duplicates else ""), highlight=False)


def _run(batch_id: str, store: BatchStore, config: Settings, workers: int, registry_backend: Optional[str], as_json: bool) -> None:
    pending = len(store.unfinished(batch_id))
    err.print(f"batch {batch_id}: {pending} to investigate with {workers} worker(s); "
              f"resume after an interruption with `sodsong batch resume {batch_id}`", highlight=False)
    summary = run_batch(batch_id, store=store, settings=config, resources=Resources.load(config), workers=workers,
                        registry_backend=registry_backend, progress=_progress(pending))
    if as_json:
        print_json(summary.model_dump())
    else:
        _print_summary(summary)


@app.command("run")
@domain_errors
def run_command(
    url_file: Annotated[Path, typer.Argument(help="Text file: one listing URL per line; blank lines and # comments skipped.")],
    workers: Annotated[int, typer.Option(help="Browsers working at once.")] = 1,
    allow_host: Annotated[list[str], typer.Option("--allow-host", help="Allow this host past the private-address guard.")] = [],
    registry_backend: Annotated[Optional[str], typer.Option("--registry-backend", help="local, remote or chained.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as one JSON line.")] = False,
) -> None:
    """Create a batch from a URL list and investigate every URL; each gets its own run directory."""
    urls, repeats = read_url_list(url_file)
    config = settings_allowing(allow_host)
    store = BatchStore(config.batches_path)
    try:
        batch_id = store.create(urls, source=str(url_file.resolve()), duplicates=repeats)
        _run(batch_id, store, config, workers, registry_backend, as_json)
    finally:
        store.close()


@app.command("resume")
@domain_errors
def resume_command(
    batch_id: Annotated[str, typer.Argument(help="Batch id (see `sodsong batch list`).")],
    workers: Annotated[int, typer.Option(help="Browsers working at once.")] = 1,
    allow_host: Annotated[list[str], typer.Option("--allow-host", help="Allow this host past the private-address guard.")] = [],
    registry_backend: Annotated[Optional[str], typer.Option("--registry-backend", help="local, remote or chained.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as one JSON line.")] = False,
) -> None:
    """Continue a batch: pending items, and items a crash left running (from their last checkpoint)."""
    config = settings_allowing(allow_host)
    store = BatchStore(config.batches_path)
    try:
        store.require(batch_id)
        _run(batch_id, store, config, workers, registry_backend, as_json)
    finally:
        store.close()


@app.command("status")
@domain_errors
def status_command(
    batch_id: Annotated[str, typer.Argument(help="Batch id.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as one JSON line.")] = False,
) -> None:
    """Counts by status and verdict, and every item that is not done."""
    store = BatchStore(settings().batches_path)
    try:
        summary = store.summary(batch_id)
        if as_json:
            print_json(summary.model_dump())
            return
        _print_summary(summary)
        for item in store.items(batch_id):
            if item.status != "done" or item.error:
                out.print(f"  #{item.position} {item.status}: {item.url}" + (f" — {item.error}" if item.error else ""), highlight=False)
    finally:
        store.close()


@app.command("list")
@domain_errors
def list_command() -> None:
    """Every batch in the data directory."""
    store = BatchStore(settings().batches_path)
    try:
        for summary in store.batches():
            _print_summary(summary)
    finally:
        store.close()


@app.command("export")
@domain_errors
def export_command(
    batch_id: Annotated[str, typer.Argument(help="Batch id.")],
    out_file: Annotated[Optional[Path], typer.Option("--out", help="CSV file (default: standard output).")] = None,
) -> None:
    """One CSV row per URL: status, verdict, standard, findings, error and the run directory with its evidence."""
    config = settings()
    store = BatchStore(config.batches_path)
    try:
        store.require(batch_id)
        rows = [{**item.model_dump(), "run_dir": str(item_run_dir(config, item))} for item in store.items(batch_id)]
    finally:
        store.close()
    handle = out_file.open("w", encoding="utf-8", newline="") if out_file else sys.stdout
    try:
        writer = csv.DictWriter(handle, fieldnames=EXPORT_FIELDS, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    finally:
        if out_file:
            handle.close()
    if out_file:
        err.print(f"{len(rows)} rows written to {out_file}", highlight=False)


SEVERITY = {"violation": 0, "inconclusive": 1, "compliant": 2, "not_regulated": 3}


def triage_markdown(summary: BatchSummary, items: list[BatchItem], run_dir_of) -> str:
    """Violations first, then what could not be decided, then the rest; failed URLs last with their reasons."""
    done = sorted((i for i in items if i.status == "done"), key=lambda i: (SEVERITY.get(i.verdict or "", 9), i.position))
    lines = [f"# Batch {summary.id}", "", f"- source: {summary.source}", f"- created: {summary.created_at}",
             "- " + ", ".join(f"{n} {s}" for s, n in sorted(summary.counts.items())),
             "- verdicts: " + (", ".join(f"{n} {v}" for v, n in sorted(summary.verdicts.items())) or "none"), "",
             "| # | verdict | TIS | findings | URL | report |", "|---|---|---|---|---|---|"]
    for item in done:
        findings = (item.findings or "").replace(",", ", ") + (f" ({item.error})" if item.error else "")
        lines.append(f"| {item.position} | {item.verdict} | {item.tis or '—'} | {findings or '—'} | {item.url} | "
                     f"{run_dir_of(item) / 'report.md'} |")
    unfinished = [i for i in items if i.status != "done"]
    if unfinished:
        lines += ["", "## Not investigated", ""]
        lines += [f"- #{i.position} {i.status}: {i.url}" + (f" — {i.error}" if i.error else "") for i in unfinished]
    return "\n".join(lines) + "\n"


@app.command("report")
@domain_errors
def report_command(
    batch_id: Annotated[str, typer.Argument(help="Batch id.")],
    out_file: Annotated[Optional[Path], typer.Option("--out", help="Markdown file (default: standard output).")] = None,
) -> None:
    """A triage list in Markdown: violations first, each with its findings and the path of its report."""
    config = settings()
    store = BatchStore(config.batches_path)
    try:
        text = triage_markdown(store.summary(batch_id), store.items(batch_id), lambda item: item_run_dir(config, item))
    finally:
        store.close()
    if out_file:
        out_file.write_text(text, encoding="utf-8")
        err.print(f"triage list written to {out_file}", highlight=False)
    else:
        sys.stdout.write(text)
