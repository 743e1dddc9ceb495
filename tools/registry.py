"""The local TISI licence registry on SQLite: import records, look numbers up after normalising."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, Iterable, Literal

from pydantic import BaseModel, Field, ValidationError

from agent.errors import InputError
from agent.evidence import utc_now
from tools.licence_numbers import MalformedLicence, normalise_licence_number

Status = Literal["active", "suspended", "revoked", "expired"]

SCHEMA = """
CREATE TABLE IF NOT EXISTS licences (
    key TEXT PRIMARY KEY,
    licence_no TEXT NOT NULL,
    type TEXT NOT NULL,
    tis TEXT NOT NULL,
    holder TEXT NOT NULL,
    holder_tax_id TEXT,
    trademarks TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL,
    issued TEXT,
    expires TEXT,
    source TEXT NOT NULL,
    demo INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS licences_holder ON licences(holder);
CREATE INDEX IF NOT EXISTS licences_tax ON licences(holder_tax_id);
CREATE INDEX IF NOT EXISTS licences_tis ON licences(tis);
"""


class LicenceRecord(BaseModel):
    """A registry record in the shape of formats.md §3."""

    licence_no: str
    type: Literal["ท", "น", "ส", "นค"]
    tis: str
    holder: str
    holder_tax_id: str | None = None
    trademarks: list[str] = Field(default_factory=list)
    status: Status
    issued: str | None = None
    expires: str | None = None
    source: str = "local"
    demo: bool = False


class Registry:
    """Licence records in one SQLite file (or ':memory:')."""

    def __init__(self, path: Path | str):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(self.path, check_same_thread=False)
        self._conn.row_factory = sqlite3.Row
        self._conn.executescript(SCHEMA)

    def close(self) -> None:
        self._conn.close()

    def import_records(self, records: Iterable[dict[str, Any] | LicenceRecord], *, source: str, demo: bool = False) -> int:
        """Insert or replace records; the key is the normalised licence number."""
        count = 0
        now = utc_now()
        with self._conn:
            for index, raw in enumerate(records):
                record = _as_record(raw, index, source, demo)
                try:
                    key = normalise_licence_number(record.licence_no)
                except MalformedLicence as exc:
                    raise InputError(f"registry record {record.licence_no!r}: {exc.reason}") from exc
                self._conn.execute(
                    "INSERT OR REPLACE INTO licences VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (key, record.licence_no, record.type, record.tis, record.holder, record.holder_tax_id,
                     json.dumps(record.trademarks, ensure_ascii=False), record.status, record.issued, record.expires,
                     source, int(demo or record.demo), now),
                )
                count += 1
        return count

    def import_file(self, path: Path, *, demo: bool = False) -> int:
        """Import a JSON list (or {"registry": [...]}, e.g. a case.json) of spec §3 records."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"cannot read registry file {path}: {exc}") from exc
        records = data.get("registry", []) if isinstance(data, dict) else data
        return self.import_records(records, source=str(path), demo=demo)

    def lookup(self, number: str) -> LicenceRecord | None:
        """The record for a licence number in any spelling; None when absent."""
        key = normalise_licence_number(number)
        row = self._conn.execute("SELECT * FROM licences WHERE key = ?", (key,)).fetchone()
        return _record(row) if row else None

    def search(self, text: str, limit: int = 20) -> list[LicenceRecord]:
        """Records whose holder, tax ID, trademark, TIS or number contains the text."""
        escaped = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self._conn.execute(
            "SELECT * FROM licences WHERE holder LIKE ?1 ESCAPE '\\' OR holder_tax_id LIKE ?1 ESCAPE '\\' OR trademarks LIKE ?1 ESCAPE '\\' "
            "OR tis LIKE ?1 ESCAPE '\\' OR licence_no LIKE ?1 ESCAPE '\\' ORDER BY key LIMIT ?2",
            (f"%{escaped}%", limit),
        ).fetchall()
        return [_record(row) for row in rows]

    def count(self) -> int:
        return self._conn.execute("SELECT COUNT(*) FROM licences").fetchone()[0]


def _as_record(raw: object, index: int, source: str, demo: bool) -> LicenceRecord:
    """Validate one incoming record; a bad one is an input error naming the record and field."""
    if isinstance(raw, LicenceRecord):
        return raw
    if not isinstance(raw, dict):
        raise InputError(f"registry record {index}: expected an object, got {type(raw).__name__}")
    try:
        return LicenceRecord(**{**raw, "source": source, "demo": demo})
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "record"
        raise InputError(f"registry record {index}: field '{where}': {first['msg']}") from exc


def _record(row: sqlite3.Row) -> LicenceRecord:
    return LicenceRecord(
        licence_no=row["licence_no"], type=row["type"], tis=row["tis"], holder=row["holder"],
        holder_tax_id=row["holder_tax_id"], trademarks=json.loads(row["trademarks"]), status=row["status"],
        issued=row["issued"], expires=row["expires"], source=row["source"], demo=bool(row["demo"]),
    )
