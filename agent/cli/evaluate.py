"""`sodsong eval run`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from agent.cli.common import domain_errors, err, out, print_json, settings
from evals.retrieval_metrics import evaluate, library_searcher, load_questions
from evals.runner import run_eval
from knowledge.collections import BUILTIN, open_collection

app = typer.Typer(help="Evaluation over labelled cases.", no_args_is_help=True)

METRIC_KEYS = ("cases", "errors", "verdict_accuracy", "verdict_macro_f1", "tis_accuracy", "finding_recall",
               "finding_precision", "law_recall", "citation_validity", "p50_seconds")


@app.command("run")
@domain_errors
def run_command(
    cases_root: Annotated[Path, typer.Argument(help="Directory of cases (<id>/case.json).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics JSON as the last line.")] = False,
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="Keep every run's evidence and metrics.json here.")] = None,
    only: Annotated[Optional[str], typer.Option(help="Only cases whose id matches this glob, e.g. 'demo-*'.")] = None,
) -> None:
    """Investigate every case with its own registry and score verdicts, findings, laws and citations."""

    def progress(case, row) -> None:
        mark = "ok " if row["ok"] else "FAIL"
        detail = row["error"] or f"{row['verdict']} (expected {row['expected_verdict']})"
        if row["missing_findings"]:
            detail += f"; missing findings {row['missing_findings']}"
        if row["missing_laws"]:
            detail += f"; missing laws {[l['section'] for l in row['missing_laws']]}"
        err.print(f"{mark} {case.id}: {detail} [{row['seconds']:.1f}s]", highlight=False)

    metrics = run_eval(cases_root, settings(), out_dir=out_dir, progress=progress, only=only)
    if as_json:
        print_json(metrics)
        return
    table = Table(title="Sodsong evaluation")
    table.add_column("metric")
    table.add_column("value", justify="right")
    for key in METRIC_KEYS:
        table.add_row(key, str(metrics[key]))
    out.print(table)


@app.command("retrieval")
@domain_errors
def retrieval_command(
    qa_file: Annotated[Path, typer.Argument(help="Question set JSONL (formats.md §2).")],
    collection: Annotated[str, typer.Option(help="Collection to search.")] = BUILTIN,
    k: Annotated[int, typer.Option(help="Cut-off rank.")] = 5,
    mode: Annotated[str, typer.Option(help="hybrid | lexical | dense.")] = "hybrid",
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics JSON as the last line.")] = False,
) -> None:
    """Hit rate, multi-hit rate, recall, MRR and p50 latency of legal retrieval."""
    questions = load_questions(qa_file)
    library = open_collection(settings(), collection)
    metrics = evaluate(questions, library_searcher(library, mode), k)
    summary = {key: metrics[key] for key in ("questions", "k", "hit_rate", "multi_hit_rate", "recall", "mrr", "p50_ms")}
    if as_json:
        print_json(summary)
        return
    for key, value in summary.items():
        out.print(f"{key:15} {value}", highlight=False)
