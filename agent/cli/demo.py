"""`sodsong demo`: serve the demo cases, investigate one listing, print the report, stop."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Annotated

import typer

from agent.checkpoints import sqlite_checkpointer
from agent.cli.common import domain_errors, err, print_json, print_report, settings
from agent.errors import InputError
from agent.report import render_markdown
from agent.runner import Resources, investigate, new_run_id
from evals.marketplace import Marketplace
from evals.runner import eval_settings
from tools.browser_pool import BrowserPool
from tools.registry import Registry

DEFAULT_CASE = "demo-fan-holder-mismatch"


def demo_cases_root() -> Path:
    return Path(str(resources.files("evals").joinpath("cases")))


@domain_errors
def demo_command(
    case: Annotated[str, typer.Option(help="Demo case to investigate.")] = DEFAULT_CASE,
    as_json: Annotated[bool, typer.Option("--json", help="Print the assessment JSON instead of the report.")] = False,
) -> None:
    """Start the local marketplace, investigate a demo listing in the real browser, and stop."""
    config = eval_settings(settings())
    root = demo_cases_root()
    err.print("preparing the statute corpus and indexes (first run only)…")
    knowledge = Resources.load(config)
    registry = Registry(config.data_dir / "demo-registry.sqlite")
    checkpointer = sqlite_checkpointer(config.checkpoints_path)
    try:
        with Marketplace(root) as market:
            chosen = next((c for c in market.cases if c.id == case), None)
            if chosen is None:
                raise InputError(f"no demo case {case!r}; choose from: {', '.join(c.id for c in market.cases)}")
            registry.import_records(chosen.registry, source=f"demo:{chosen.id}", demo=True)
            url = market.url_for(chosen.id, chosen.target)
            run_id = new_run_id()
            err.print(f"DEMO DATA (fictional): investigating {url} in Chromium…", highlight=False)
            with BrowserPool(config.browser) as browser:
                assessment = investigate(url, settings=config, resources=knowledge, browser=browser, registry=registry,
                                         checkpointer=checkpointer, run_id=run_id)
    finally:
        checkpointer.conn.close()
        registry.close()
    if as_json:
        print_json(assessment)
        return
    print_report(render_markdown(assessment))
    err.print(f"expected verdict for this demo case: {chosen.expected.verdict}; run directory: {assessment['run_dir']}", highlight=False)
