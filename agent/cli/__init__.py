"""The `sodsong` command: a thin adapter over the library."""

from __future__ import annotations

import typer

from agent.cli import batch, evaluate, knowledge, marketplace, registry
from agent.cli.chat import chat_command
from agent.cli.demo import demo_command
from agent.cli.investigate import investigate_command
from agent.cli.verify import verify_command

app = typer.Typer(name="sodsong", help="Sodsong (สอดส่อง): investigate online listings for TISI compulsory-standard violations.",
                  no_args_is_help=True, pretty_exceptions_enable=False)
app.command("investigate")(investigate_command)
app.command("chat")(chat_command)
app.command("demo")(demo_command)
app.command("verify")(verify_command)
app.add_typer(batch.app, name="batch")
app.add_typer(knowledge.app, name="knowledge")
app.add_typer(marketplace.app, name="marketplace")
app.add_typer(evaluate.app, name="eval")
app.add_typer(registry.app, name="registry")


def main() -> None:
    app()
