"""Checkpointers: SQLite for real runs (durable per step), with our state types allowed to deserialise."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from langgraph.checkpoint.serde.jsonplus import JsonPlusSerializer

STATE_TYPES = [
    ("agent.evidence", "Evidence"),
    ("agent.state", "Fact"),
    ("agent.state", "TisClaim"),
    ("agent.state", "LicenceClaim"),
    ("agent.state", "ProductFacts"),
    ("agent.state", "Classification"),
    ("agent.state", "LicenceCheck"),
    ("agent.state", "Finding"),
    ("agent.state", "Claim"),
    ("agent.state", "LawCitation"),
    ("agent.state", "Decision"),
]


def serializer() -> JsonPlusSerializer:
    return JsonPlusSerializer(allowed_msgpack_modules=STATE_TYPES)


def sqlite_checkpointer(path: Path):
    """A SqliteSaver on its own connection (the caller closes it via .conn.close())."""
    from langgraph.checkpoint.sqlite import SqliteSaver

    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), check_same_thread=False)
    return SqliteSaver(conn, serde=serializer())


def memory_checkpointer():
    from langgraph.checkpoint.memory import InMemorySaver

    return InMemorySaver(serde=serializer())
