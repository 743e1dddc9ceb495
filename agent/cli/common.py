"""What every command shares: settings, consoles, and turning domain errors into exit codes."""

from __future__ import annotations

import functools
import json
import sys
from typing import Any, Callable

import typer
from rich.console import Console

from agent.errors import SodsongError
from agent.settings import Settings

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


def print_report(markdown: str) -> None:
    """Rendered in a terminal; plain Markdown when piped (nothing truncated)."""
    if out.is_terminal:
        from rich.markdown import Markdown

        out.print(Markdown(markdown))
    else:
        sys.stdout.write(markdown)
        sys.stdout.flush()


def settings() -> Settings:
    return Settings()


def settings_allowing(hosts: list[str]) -> Settings:
    """The settings with these hosts let past the private-address guard (--allow-host)."""
    config = settings()
    if not hosts:
        return config
    browser = config.browser.model_copy(update={"allowed_hosts": [*config.browser.allowed_hosts, *hosts]})
    return config.model_copy(update={"browser": browser})


def print_json(value: Any) -> None:
    """One JSON object on one line (machine-readable output is always the last line)."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def domain_errors(func: Callable) -> Callable:
    """Run a command; a SodsongError becomes 'error: …' on stderr and its exit code."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except SodsongError as exc:
            err.print(f"[bold red]error:[/] {exc}", highlight=False)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            err.print("interrupted")
            raise typer.Exit(130) from None

    return wrapper
