"""`sodsong investigate URL`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from agent.assessment import unusable_page
from agent.cli.common import domain_errors, err, print_json, print_report, settings_allowing
from agent.report import render_markdown
from agent.runner import Resources, investigate, new_run_id, run_services, validate_url
from agent.seller import investigate_seller
from tools.browser_pool import BrowserPool


@domain_errors
def investigate_command(
    url: Annotated[str, typer.Argument(help="Listing URL (http or https).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the assessment JSON (formats.md §4) instead of the report.")] = False,
    out_dir: Annotated[Optional[Path], typer.Option("--out", help="Run directory (default: DATA_DIR/runs/<run id>).")] = None,
    allow_host: Annotated[list[str], typer.Option("--allow-host", help="Allow this host past the private-address guard.")] = [],
    seller: Annotated[bool, typer.Option("--seller", help="The URL is a seller's page: investigate its listings one by one.")] = False,
    max_listings: Annotated[int, typer.Option(help="With --seller: most listings investigated.")] = 40,
    registry_backend: Annotated[Optional[str], typer.Option("--registry-backend", help="local, remote or chained (default: SODSONG_REGISTRY__BACKEND, else local).")] = None,
) -> None:
    """Open a listing in the real browser, check it, and write a cited assessment."""
    validate_url(url)
    config = settings_allowing(allow_host)
    run_id = new_run_id()
    run_dir = out_dir or config.runs_dir / run_id
    err.print(f"investigating {url} (run {run_id})", highlight=False)
    resources = Resources.load(config)
    with run_services(config, registry_backend) as (registry, backend, checkpointer), BrowserPool(config.browser) as browser:
        if seller:
            assessment = investigate_seller(url, settings=config, resources=resources, browser=browser, registry=registry,
                                            checkpointer=checkpointer, run_id=run_id, run_dir=run_dir, max_listings=max_listings,
                                            backend=backend, registry_backend=backend.name)
        else:
            assessment = investigate(url, settings=config, resources=resources, browser=browser, registry=registry,
                                     checkpointer=checkpointer, run_id=run_id, run_dir=run_dir,
                                     backend=backend, registry_backend=backend.name)
    if as_json:
        print_json(assessment)
    else:
        print_report(render_markdown(assessment))
        err.print(f"assessment.json and report.md written to {run_dir}", highlight=False)
    problem = unusable_page(assessment)
    if problem:
        err.print(f"[bold red]error:[/] {problem} (evidence kept in {run_dir})", highlight=False)
        raise typer.Exit(4 if assessment.get("capture_error") else 6)
