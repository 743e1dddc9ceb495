"""Import licence exports into the local registry: CSV or JSON with TISI's field names, or spec §3 records.

TISI rows (tbl_licenseNo, tbl_licenseType, tbl_tisiNo, tbl_tradeName, tbl_licenseStatus, tbl_trademark, tbl_taxpayer,
tbl_licenseDate, Is_pause, ...; any letter case) go through `record_from_tisi`, the same mapping the remote backend
uses. Spec §3 rows (licence_no, type, tis, holder, status, ...) are validated as LicenceRecord. A row that cannot be
mapped is skipped with its reason, never imported half-read; the rows that can be are imported in one transaction.
"""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path
from typing import Any, Iterable

from pydantic import BaseModel, ValidationError

from agent.errors import InputError
from tools.licence_numbers import MalformedLicence, normalise_licence_number
from tools.registry import LicenceRecord, Registry
from tools.tisi_remote import TISI_FIELDS, UnmappableLicence, record_from_tisi, split_trademarks

_CANONICAL = {name.lower(): name for name in TISI_FIELDS}
_SPEC_FIELDS = set(LicenceRecord.model_fields) - {"source", "demo"}
_LIST_KEYS = ("registry", "data", "records", "licences", "licenses")


class SkippedRow(BaseModel):
    row: int
    licence_no: str | None
    reason: str


class ImportReport(BaseModel):
    """What an import did. `row` is the CSV line number (header = 1) or the JSON item number (from 1)."""

    source: str
    format: str
    imported: int
    skipped: list[SkippedRow]


def read_rows(path: Path) -> tuple[str, list[tuple[int, dict[str, Any]]]]:
    """("csv" | "json", numbered rows) from a CSV (UTF-8, or Windows-874 as TISI's open data) or JSON file."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read registry file {path}: {exc}") from exc
    if path.suffix.lower() == ".json":
        try:
            value = json.loads(data.decode("utf-8-sig"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise InputError(f"registry export {path} is not JSON: {exc}") from exc
        if isinstance(value, dict):
            value = next((value[key] for key in _LIST_KEYS if isinstance(value.get(key), list)), None)
        if not isinstance(value, list):
            raise InputError(f"registry export {path}: expected a list of records (or an object holding one under {'/'.join(_LIST_KEYS)})")
        return "json", list(enumerate(value, start=1))
    if path.suffix.lower() in (".csv", ".tsv", ".txt"):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp874", errors="replace")
        try:
            dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
        return "csv", [(reader.line_num, row) for row in reader]
    raise InputError(f"registry export {path}: unknown format {path.suffix!r} (expected .csv or .json)")


def _tisi_fields(row: dict[str, Any]) -> dict[str, Any]:
    return {_CANONICAL.get(str(key).strip().lower(), str(key).strip()): value for key, value in row.items() if key is not None}


def _spec_record(row: dict[str, Any], source: str, demo: bool) -> LicenceRecord:
    values = {key: (None if value == "" else value) for key, value in row.items() if key in _SPEC_FIELDS}
    marks = values.get("trademarks")
    if isinstance(marks, str):  # a CSV cell: a JSON list or "A, B"
        try:
            parsed = json.loads(marks)
        except ValueError:
            parsed = None
        values["trademarks"] = parsed if isinstance(parsed, list) else split_trademarks(marks)
    elif marks is None:
        values["trademarks"] = []
    return LicenceRecord(**values, source=source, demo=demo)


def records_from_rows(
    rows: Iterable[tuple[int, Any]], *, source: str, demo: bool = False, today: date | None = None
) -> tuple[list[LicenceRecord], list[SkippedRow]]:
    """Map rows to records; each row that cannot be mapped (or repeats an earlier number) is skipped with a reason."""
    records: list[LicenceRecord] = []
    skipped: list[SkippedRow] = []
    first_row: dict[str, int] = {}
    for number, row in rows:
        if not isinstance(row, dict):
            skipped.append(SkippedRow(row=number, licence_no=None, reason="not an object with fields"))
            continue
        fields = _tisi_fields(row)
        raw_no = fields.get("tbl_licenseNo") or row.get("licence_no")
        raw_no = str(raw_no).strip() if raw_no else None
        try:
            if "tbl_licenseNo" in fields:
                record = record_from_tisi(fields, source=source, demo=demo, today=today)
            elif "licence_no" in row:
                record = _spec_record(row, source, demo)
                normalise_licence_number(record.licence_no)
            else:
                raise UnmappableLicence("neither TISI field names (tbl_licenseNo, ...) nor spec §3 fields (licence_no, ...)")
        except UnmappableLicence as exc:
            skipped.append(SkippedRow(row=number, licence_no=raw_no, reason=exc.reason))
            continue
        except MalformedLicence as exc:
            skipped.append(SkippedRow(row=number, licence_no=raw_no, reason=f"malformed licence number: {exc.reason}"))
            continue
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
            skipped.append(SkippedRow(row=number, licence_no=raw_no, reason=f"invalid record ({problems})"))
            continue
        key = normalise_licence_number(record.licence_no)
        if key in first_row:
            skipped.append(SkippedRow(row=number, licence_no=raw_no, reason=f"duplicate licence number (first on row {first_row[key]})"))
            continue
        first_row[key] = number
        records.append(record)
    return records, skipped


def import_export(path: Path, registry: Registry, *, demo: bool = False, today: date | None = None) -> ImportReport:
    """Import a CSV/JSON export (TISI field names or spec §3 records) into the registry; report skipped rows."""
    kind, rows = read_rows(path)
    source = str(path)
    records, skipped = records_from_rows(rows, source=source, demo=demo, today=today)
    imported = registry.import_records(records, source=source, demo=demo) if records else 0
    return ImportReport(source=source, format=kind, imported=imported, skipped=skipped)
