"""Batch state in SQLite: one row per URL, its status and outcome, written as each item starts and ends.

Statuses: pending -> running -> done | failed. An item left `running` by a crash is picked up again on resume
and continues from its run's last checkpoint, so nothing finished is lost or done twice.
"""

from __future__ import annotations

import secrets
import sqlite3
import threading
from datetime import datetime, timezone
from pathlib import Path

from pydantic import BaseModel

from agent.errors import InputError

SCHEMA = """
create table if not exists batches (
    id text primary key,
    created_at text not null,
    source text not null,
    duplicates integer not null default 0
);
create table if not exists items (
    batch_id text not null references batches(id),
    position integer not null,
    url text not null,
    status text not null default 'pending' check (status in ('pending', 'running', 'done', 'failed')),
    run_id text not null,
    verdict text,
    tis text,
    findings text,
    error text,
    attempts integer not null default 0,
    started_at text,
    finished_at text,
    primary key (batch_id, position)
);
"""


class BatchItem(BaseModel):
    batch_id: str
    position: int
    url: str
    status: str
    run_id: str
    verdict: str | None = None
    tis: str | None = None
    findings: str | None = None  # comma-separated finding codes
    error: str | None = None
    attempts: int = 0
    started_at: str | None = None
    finished_at: str | None = None


class BatchSummary(BaseModel):
    id: str
    created_at: str
    source: str
    duplicates: int
    total: int
    counts: dict[str, int]  # by status
    verdicts: dict[str, int]  # done items by verdict


def _now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def new_batch_id() -> str:
    return "batch-" + datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ") + "-" + secrets.token_hex(2)


class BatchStore:
    """Thread-safe: one connection, one lock, every write committed at once (WAL)."""

    def __init__(self, path: Path | str):
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._conn.row_factory = sqlite3.Row
        self._lock = threading.Lock()
        with self._lock:
            self._conn.execute("pragma journal_mode=wal")
            self._conn.execute("pragma synchronous=full")
            self._conn.executescript(SCHEMA)

    def close(self) -> None:
        self._conn.close()

    def create(self, urls: list[str], source: str, duplicates: int = 0, batch_id: str | None = None) -> str:
        batch_id = batch_id or new_batch_id()
        with self._lock:
            self._conn.execute("begin")
            self._conn.execute("insert into batches (id, created_at, source, duplicates) values (?, ?, ?, ?)",
                               (batch_id, _now(), source, duplicates))
            self._conn.executemany(
                "insert into items (batch_id, position, url, run_id) values (?, ?, ?, ?)",
                [(batch_id, i, url, f"{batch_id}-{i:05d}") for i, url in enumerate(urls, 1)],
            )
            self._conn.execute("commit")
        return batch_id

    def require(self, batch_id: str) -> None:
        with self._lock:
            row = self._conn.execute("select 1 from batches where id = ?", (batch_id,)).fetchone()
        if row is None:
            raise InputError(f"no batch {batch_id!r} (see `sodsong batch list`)")

    def unfinished(self, batch_id: str) -> list[BatchItem]:
        """Items still to do, in order: pending ones, and running ones a crash or interruption left behind."""
        return self._items("select * from items where batch_id = ? and status in ('pending', 'running') order by position", batch_id)

    def items(self, batch_id: str) -> list[BatchItem]:
        return self._items("select * from items where batch_id = ? order by position", batch_id)

    def _items(self, sql: str, batch_id: str) -> list[BatchItem]:
        with self._lock:
            rows = self._conn.execute(sql, (batch_id,)).fetchall()
        return [BatchItem(**dict(row)) for row in rows]

    def start(self, item: BatchItem) -> None:
        self._write("update items set status = 'running', attempts = attempts + 1, started_at = ?, error = null "
                    "where batch_id = ? and position = ?", (_now(), item.batch_id, item.position))

    def finish(self, item: BatchItem, verdict: str, tis: str | None, findings: list[str], error: str | None = None) -> None:
        """The investigation ended with an assessment (an unusable page is an assessment too, with its reason)."""
        self._write("update items set status = 'done', verdict = ?, tis = ?, findings = ?, error = ?, finished_at = ? "
                    "where batch_id = ? and position = ?",
                    (verdict, tis, ",".join(findings), error, _now(), item.batch_id, item.position))

    def fail(self, item: BatchItem, error: str) -> None:
        """No assessment: the URL was refused, or the investigation itself failed."""
        self._write("update items set status = 'failed', error = ?, finished_at = ? where batch_id = ? and position = ?",
                    (error, _now(), item.batch_id, item.position))

    def _write(self, sql: str, params: tuple) -> None:
        with self._lock:
            self._conn.execute(sql, params)

    def summary(self, batch_id: str) -> BatchSummary:
        self.require(batch_id)
        with self._lock:
            batch = self._conn.execute("select * from batches where id = ?", (batch_id,)).fetchone()
            counts = dict(self._conn.execute("select status, count(*) from items where batch_id = ? group by status", (batch_id,)).fetchall())
            verdicts = dict(self._conn.execute(
                "select verdict, count(*) from items where batch_id = ? and status = 'done' group by verdict", (batch_id,)).fetchall())
        return BatchSummary(id=batch["id"], created_at=batch["created_at"], source=batch["source"], duplicates=batch["duplicates"],
                            total=sum(counts.values()), counts=counts, verdicts=verdicts)

    def batches(self) -> list[BatchSummary]:
        with self._lock:
            ids = [row[0] for row in self._conn.execute("select id from batches order by created_at, id").fetchall()]
        return [self.summary(batch_id) for batch_id in ids]
