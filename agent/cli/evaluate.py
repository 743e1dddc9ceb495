"""`sodsong eval run`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from agent.cli.common import domain_errors, err, out, print_json, settings
from agent.errors import InputError
from evals.report import compare as compare_runs
from evals.report import gate
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
    gate_file: Annotated[Optional[Path], typer.Option("--gate", help="Fail (exit 8) when a metric is below the thresholds in this JSON file.")] = None,
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
    failed = gate(metrics, json.loads(gate_file.read_text(encoding="utf-8"))) if gate_file else []
    if as_json:
        print_json(metrics)
    else:
        table = Table(title="Sodsong evaluation")
        table.add_column("metric")
        table.add_column("value", justify="right")
        for key in METRIC_KEYS:
            table.add_row(key, str(metrics[key]))
        out.print(table)
    if gate_file:
        if failed:
            err.print(f"[bold red]gate failed:[/] {'; '.join(failed)} (thresholds in {gate_file})", highlight=False)
            raise typer.Exit(8)
        err.print(f"gate passed ({gate_file})", highlight=False)


@app.command("compare")
@domain_errors
def compare_command(
    a: Annotated[Path, typer.Argument(help="metrics.json (or its run directory) of the earlier run.")],
    b: Annotated[Path, typer.Argument(help="metrics.json (or its run directory) of the later run.")],
    as_json: Annotated[bool, typer.Option("--json", help="JSON output.")] = False,
) -> None:
    """What got better and worse between two evaluation runs."""
    result = compare_runs(_metrics(a), _metrics(b))
    if as_json:
        print_json(result)
        return
    for key, d in result["metrics"].items():
        arrow = "↑" if d["delta"] > 0 else "↓" if d["delta"] < 0 else "="
        out.print(f"{key:18} {d['a']} → {d['b']}  {arrow} {d['delta']:+}", highlight=False)
    out.print(f"fixed ({len(result['fixed'])}): {', '.join(result['fixed']) or '—'}", highlight=False)
    out.print(f"broken ({len(result['broken'])}): {', '.join(result['broken']) or '—'}", highlight=False)


def _metrics(path: Path) -> dict:
    file = path / "metrics.json" if path.is_dir() else path
    if not file.is_file():
        raise InputError(f"no metrics.json at {path}")
    return json.loads(file.read_text(encoding="utf-8"))


@app.command("retrieval")
@domain_errors
def retrieval_command(
    qa_file: Annotated[Path, typer.Argument(help="Question set JSONL (formats.md §2).")],
    collection: Annotated[str, typer.Option(help="Collection to search.")] = BUILTIN,
    k: Annotated[int, typer.Option(help="Cut-off rank.")] = 5,
    mode: Annotated[str, typer.Option(help="hybrid | lexical | dense | bm25 (plain baseline).")] = "hybrid",
    as_json: Annotated[bool, typer.Option("--json", help="Print the metrics JSON as the last line.")] = False,
) -> None:
    """Hit rate, multi-hit rate, recall, MRR and p50 latency of legal retrieval."""
    questions = load_questions(qa_file)
    library = open_collection(settings(), collection)
    searcher = library_searcher(library, mode)
    keys = ("questions", "k", "hit_rate", "multi_hit_rate", "recall", "mrr", "p50_ms")
    summary = {key: value for key, value in evaluate(questions, searcher, k).items() if key in keys}
    if not as_json:
        out.print("all: " + "  ".join(f"{key} {value}" for key, value in summary.items()), highlight=False)
        for lang in sorted({q.lang for q in questions if q.lang}):  # Thai and English reported apart when the set says
            subset = evaluate([q for q in questions if q.lang == lang], searcher, k)
            out.print(f"{lang}: " + "  ".join(f"{key} {subset[key]}" for key in keys), highlight=False)
        return
    print_json(summary)
