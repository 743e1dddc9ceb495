"""Where a licence number is looked up: the local SQLite registry, TISI's pages, or both in order.

Every backend answers a `BackendAnswer` and never raises for a lookup: found (with the record), not found, or an error
saying why it could not tell. `ChainedBackend` asks its backends in order and the first that finds the record wins;
when none finds it and any of them failed, the answer is "could not verify" with every reason (never a silent
"not found"); only when all of them answered "not found" is the answer found=False without an error.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import date
from pathlib import Path
from typing import Any, Protocol, Sequence, runtime_checkable

from pydantic import BaseModel, Field

from agent.errors import InputError
from agent.evidence import utc_now
from tools.licence_numbers import MalformedLicence, normalise_licence_number
from tools.registry import LicenceRecord, Registry
from tools.tisi_remote import (
    DEFAULT_CACHE_MAX_AGE_S,
    RemoteCache,
    RemoteUnavailable,
    TisiRemoteClient,
    UnmappableLicence,
    to_licence_record,
)

log = logging.getLogger(__name__)

BACKEND_MODES = ("local", "remote", "chained")
COULD_NOT_VERIFY = "could not verify"


class BackendAnswer(BaseModel):
    """One backend's answer for one licence number."""

    backend: str = Field(description="The backend that answered (for a chain that found nothing, the chain's name).")
    found: bool
    record: LicenceRecord | None = None
    error: str | None = Field(None, description="Why the backend could not tell; found is then False.")
    looked_up_at: str
    cached_age_s: float | None = Field(None, description="Age in seconds of the cached data used; None when fresh.")


@runtime_checkable
class RegistryBackend(Protocol):
    name: str

    def lookup(self, number: str) -> BackendAnswer: ...


def _failed(backend: str, looked_up_at: str, error: str, cached_age_s: float | None = None) -> BackendAnswer:
    return BackendAnswer(backend=backend, found=False, error=error, looked_up_at=looked_up_at, cached_age_s=cached_age_s)


class LocalBackend:
    """The local SQLite registry (the caller owns and closes it)."""

    def __init__(self, registry: Registry, name: str = "local") -> None:
        self.registry = registry
        self.name = name

    def lookup(self, number: str) -> BackendAnswer:
        at = utc_now()
        try:
            record = self.registry.lookup(number)
        except MalformedLicence as exc:
            return _failed(self.name, at, f"malformed licence number {number!r}: {exc.reason}")
        except sqlite3.Error as exc:
            return _failed(self.name, at, f"local registry error: {exc}")
        return BackendAnswer(backend=self.name, found=record is not None, record=record, looked_up_at=at)

    def close(self) -> None:
        pass


class RemoteBackend:
    """TISI's pages: the search table says whether the licence is listed, the detail page completes the record.

    A licence listed in the search but whose record cannot be read completely (detail page missing or not understood,
    status word unknown, no standard) is an error, not a record: a partial record could fail the holder check falsely.
    """

    def __init__(self, client: TisiRemoteClient, name: str = "tisi-remote", today: date | None = None) -> None:
        self.client = client
        self.name = name
        self.today = today

    def lookup(self, number: str) -> BackendAnswer:
        at = utc_now()
        try:
            key = normalise_licence_number(number)
        except MalformedLicence as exc:
            return _failed(self.name, at, f"malformed licence number {number!r}: {exc.reason}")
        age: float | None = None
        try:
            page = self.client.search_page(number)
            age = page.cached_age_s
            listed = [licence for licence in page.licences if licence.key == key]
            if not listed:
                return BackendAnswer(backend=self.name, found=False, looked_up_at=at, cached_age_s=age)
            detail = self.client.detail(number)
            if detail is None:
                return _failed(self.name, at, f"{key} is listed by the search but its detail page has no record", age)
            merged = listed[0].merged(detail)
            record = to_licence_record(merged, today=self.today)
        except RemoteUnavailable as exc:
            return _failed(self.name, at, f"remote registry unavailable: {exc}", age)
        except UnmappableLicence as exc:
            return _failed(self.name, at, f"the remote registry lists {key} but its record cannot be read: {exc.reason}", age)
        return BackendAnswer(backend=self.name, found=True, record=record, looked_up_at=at, cached_age_s=merged.cached_age_s)

    def close(self) -> None:
        self.client.close()


class ChainedBackend:
    """Backends asked in order (local first); the first that finds the record wins."""

    def __init__(self, backends: Sequence[RegistryBackend], name: str | None = None) -> None:
        if not backends:
            raise ValueError("a chained backend needs at least one backend")
        self.backends = list(backends)
        self.name = name or "+".join(backend.name for backend in self.backends)

    def lookup(self, number: str) -> BackendAnswer:
        at = utc_now()
        failures: list[str] = []
        ages: list[float] = []
        for backend in self.backends:
            try:
                answer = backend.lookup(number)
            except Exception as exc:  # a backend breaking its contract must not end the investigation, nor pass
                log.exception("registry backend %s raised for %r", backend.name, number)
                failures.append(f"{backend.name}: unexpected {type(exc).__name__}: {exc}")
                continue
            if answer.found and answer.record is not None:
                return answer
            if answer.found:
                failures.append(f"{answer.backend}: answered found without a record")
            elif answer.error:
                failures.append(f"{answer.backend}: {answer.error}")
            if answer.cached_age_s is not None:
                ages.append(answer.cached_age_s)
        age = max(ages) if ages else None
        if failures:
            return _failed(self.name, at, f"{COULD_NOT_VERIFY}: " + "; ".join(failures), age)
        return BackendAnswer(backend=self.name, found=False, looked_up_at=at, cached_age_s=age)

    def close(self) -> None:
        for backend in self.backends:
            close = getattr(backend, "close", None)
            if close is not None:
                close()


def build_backend(
    mode: str,
    registry: Registry | None = None,
    *,
    remote_base_url: str | None = None,
    cache_path: Path | str | None = None,
    cache_max_age_s: float = DEFAULT_CACHE_MAX_AGE_S,
    **client_options: Any,
) -> RegistryBackend:
    """The backend for a mode: "local" (the registry), "remote" (TISI's pages), "chained" (local, then remote).

    client_options go to TisiRemoteClient (timeout_s, retries, backoff_s, min_interval_s, search_path, ...). The
    caller closes what it gets (`close()`); the local registry stays the caller's.
    """
    if mode not in BACKEND_MODES:
        raise InputError(f"unknown registry backend {mode!r} (expected one of {', '.join(BACKEND_MODES)})")
    local = LocalBackend(registry) if registry is not None else None
    if mode == "local":
        if local is None:
            raise InputError("the local registry backend needs a registry")
        return local
    if not remote_base_url:
        raise InputError(f"registry backend {mode!r} needs a remote base URL (SODSONG_REGISTRY__REMOTE__BASE_URL)")
    cache = RemoteCache(cache_path, max_age_s=cache_max_age_s) if cache_path is not None else None
    remote = RemoteBackend(TisiRemoteClient(remote_base_url, cache=cache, **client_options))
    if mode == "remote":
        return remote
    if local is None:
        raise InputError("the chained registry backend needs a local registry")
    return ChainedBackend([local, remote])
