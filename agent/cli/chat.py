"""`sodsong chat`: a conversation in the terminal (lines from standard input when it is not a terminal)."""

from __future__ import annotations

import sys
from typing import Annotated, Iterator, Optional

import typer

from agent.chat.actions import ChatActions
from agent.chat.session import HELP, ChatSession
from agent.cli.common import domain_errors, out, settings_allowing
from agent.runner import Resources, make_chat_model, run_services
from tools.browser_pool import BrowserPool

PROMPT = "sodsong> "


def _lines() -> Iterator[str]:
    if sys.stdin.isatty():
        while True:
            try:
                yield input(PROMPT)
            except EOFError:
                return
    else:
        for line in sys.stdin:
            if line.strip():
                yield line.rstrip("\n")


@domain_errors
def chat_command(
    allow_host: Annotated[list[str], typer.Option("--allow-host", help="Allow this host past the private-address guard.")] = [],
    registry_backend: Annotated[Optional[str], typer.Option("--registry-backend", help="local, remote or chained.")] = None,
) -> None:
    """Talk to Sodsong: paste listing URLs, ask why, look up licences, ask about the law (Thai or English)."""
    config = settings_allowing(allow_host)
    resources = Resources.load(config)
    model = make_chat_model(config)
    out.print(f"Sodsong chat ({'model ' + config.llm.model if model else 'offline: answers by rules, facts by code'}).",
              highlight=False)
    out.print(HELP, highlight=False, markup=False)
    browser = BrowserPool(config.browser)  # Chromium starts at the first investigation
    with run_services(config, registry_backend) as (registry, backend, checkpointer):
        session = ChatSession(ChatActions(config, resources, browser, registry, backend, checkpointer), model)
        try:
            _converse(session)
        finally:
            browser.close()


def _converse(session: ChatSession) -> None:
    for line in _lines():
        if not sys.stdin.isatty():
            out.print(f"{PROMPT}{line}", highlight=False, markup=False)
        reply = session.reply(line)
        out.print(reply.text, highlight=False, markup=False)  # "[page-…]" evidence IDs are text, not markup
        if reply.done:
            return
