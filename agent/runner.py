"""Run one investigation: compile the graph with a checkpointer and invoke it with the run's context."""

from __future__ import annotations

import secrets
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import urlsplit

from agent.checkpoints import sqlite_checkpointer
from agent.context import Capturer, RunContext
from agent.errors import BlockedAddress, InputError
from agent.evidence import utc_now
from agent.graph import build_graph
from agent.reasoners.offline import OfflineReasoner
from agent.settings import Settings
from knowledge.build import ensure_ready, load_catalogue
from knowledge.catalogue import Catalogue
from knowledge.collections import open_collection
from knowledge.library import LawLibrary
from tools.classify import Classifier, load_alias_table
from tools.ocr import ocr_available
from tools.registry import Registry
from tools.registry_backends import RegistryBackend, build_backend


@dataclass
class Resources:
    """Read-only knowledge shared by every run in a process."""

    library: LawLibrary
    catalogue: Catalogue
    classifier: Classifier

    @classmethod
    def load(cls, settings: Settings) -> "Resources":
        ensure_ready(settings)
        return cls(
            library=open_collection(settings),
            catalogue=load_catalogue(settings),
            classifier=Classifier(load_alias_table()),
        )


def validate_url(url: str) -> str:
    """A listing URL must be http(s) with a host; anything else is refused before any work."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError as exc:
        raise InputError(f"not a URL: {url!r} ({exc})") from exc
    if parts.scheme in ("http", "https") and host:
        return url.strip()
    if parts.scheme and parts.scheme not in ("http", "https") and ":" in url:
        raise BlockedAddress(f"refused {parts.scheme}: URL — only http and https listings are investigated")
    raise InputError(f"not a URL: {url!r} (expected something like https://shop.example/item/123)")


def new_run_id() -> str:
    return datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(3)


def make_chat_model(settings: Settings):
    """The configured OpenAI-compatible chat model, or None when no endpoint is configured."""
    if not settings.llm.configured:
        return None
    from langchain_openai import ChatOpenAI

    return ChatOpenAI(model=settings.llm.model, base_url=settings.llm.base_url, temperature=settings.llm.temperature,
                      api_key=settings.llm.api_key.get_secret_value() if settings.llm.api_key else "not-needed",
                      timeout=settings.llm.timeout_s, max_retries=1)


def make_reasoner(settings: Settings):
    """The offline reasoner unless an OpenAI-compatible endpoint is configured; then the model explains, code decides."""
    model = make_chat_model(settings)
    if model is None:
        return OfflineReasoner()
    from agent.reasoners.llm import LLMReasoner

    return LLMReasoner(model, name=settings.llm.model)


def investigate(
    url: str,
    *,
    settings: Settings,
    resources: Resources,
    browser: Capturer,
    registry: Registry,
    checkpointer,
    reasoner=None,
    run_id: str | None = None,
    run_dir: Path | None = None,
    registry_backend: str = "local",
    today: date | None = None,
    backend: RegistryBackend | None = None,
    resume: bool = False,
) -> dict:
    """Investigate one URL and return the assessment (also written to the run directory).

    With `resume`, a run the checkpointer already holds under `run_id` is continued from its last finished step
    (a finished run is returned as it is) instead of being started again.
    """
    url = validate_url(url)
    run_id = run_id or new_run_id()
    run_dir = run_dir or settings.runs_dir / run_id
    run_dir.mkdir(parents=True, exist_ok=True)
    context = RunContext(
        run_dir=run_dir, browser=browser, registry=registry, library=resources.library, catalogue=resources.catalogue,
        classifier=resources.classifier, reasoner=reasoner or make_reasoner(settings), registry_backend=registry_backend, today=today,
        backend=backend, ocr=settings.ocr if ocr_available(settings.ocr) else None,
    )
    app = build_graph().compile(checkpointer=checkpointer)
    config = {"configurable": {"thread_id": run_id}}
    start: dict | None = {"run_id": run_id, "url": url, "started_at": utc_now(), "ledger": {}}
    if resume:
        saved = app.get_state(config)
        if saved.values and not saved.next and "assessment" in saved.values:
            return saved.values["assessment"]
        if saved.next:
            start = None  # continue after the last checkpointed step
    state = app.invoke(start, config, context=context, durability="sync")
    return state["assessment"]


def open_backend(settings: Settings, registry: Registry, mode: str | None = None) -> RegistryBackend:
    """The registry backend the settings (or `mode`) name; the caller closes it (`close()`)."""
    remote = settings.registry.remote.model_dump()
    return build_backend(mode or settings.registry.backend, registry, remote_base_url=remote.pop("base_url"),
                         cache_path=settings.registry_cache_path, **remote)


@contextmanager
def run_services(settings: Settings, registry_backend: str | None = None) -> Iterator[tuple[Registry, RegistryBackend, Any]]:
    """(registry, registry backend, SQLite checkpointer) for a process that investigates; all closed on exit."""
    registry = Registry(settings.registry_path)
    backend = open_backend(settings, registry, registry_backend)
    checkpointer = sqlite_checkpointer(settings.checkpoints_path)
    try:
        yield registry, backend, checkpointer
    finally:
        checkpointer.conn.close()
        backend.close()
        registry.close()
