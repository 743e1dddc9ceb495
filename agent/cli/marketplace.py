"""`sodsong marketplace serve`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from agent.cli.common import domain_errors, err
from evals.marketplace import Marketplace

app = typer.Typer(help="The local marketplace that serves labelled cases.", no_args_is_help=True)


@app.command("serve")
@domain_errors
def serve_command(
    cases_root: Annotated[Path, typer.Argument(help="Directory of cases (<id>/case.json).")],
    port: Annotated[int, typer.Option(help="Port on 127.0.0.1.")] = 8808,
) -> None:
    """Serve case <id> at http://<id>.localhost:PORT/ until interrupted."""
    market = Marketplace(cases_root, port=port)
    err.print(f"serving {len(market.cases)} cases on port {market.port}; e.g. {market.url_for(market.cases[0].id, market.cases[0].target)}", highlight=False)
    try:
        market.serve_forever()
    except KeyboardInterrupt:
        err.print("stopped")
