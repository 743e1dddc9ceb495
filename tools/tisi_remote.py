"""TISI's public licence pages as a registry: search form, results table #table1, licence detail page.

`TisiRemoteClient` posts the search form and the detail form, parses the HTML with the standard library, retries
transient failures with exponential backoff, keeps at most one request per `min_interval_s` to a host and can keep
understood pages in a SQLite `RemoteCache`. `record_from_tisi` maps TISI's field names and Thai status/type words to the
project's `LicenceRecord`; the CSV/JSON importer uses the same function.

What is known about the real pages comes from third-party code, not from TISI: the search page address, a POST of
``application/x-www-form-urlencoded``, a results table ``#table1`` (column 1 licence number, 3 issue date, 4 type,
5 company) and a detail page whose values sit in ``<font>`` elements inside ``div.panel-success``. The form field names,
the column headers, where the licence status appears and the "no data" wording are NOT verified against TISI; they are
parameters or documented assumptions (see docs/REGISTRY.md). The tests run against a local stand-in, never TISI.
"""

from __future__ import annotations

import email.utils
import hashlib
import logging
import re
import sqlite3
import threading
import time
from dataclasses import dataclass
from datetime import date, datetime, timezone
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Mapping
from urllib.parse import urlencode, urljoin, urlsplit

import httpx
from pydantic import BaseModel, Field

from agent.errors import SodsongError
from tools.licence_numbers import LicenceType, MalformedLicence, parse_licence_number
from tools.registry import LicenceRecord, Status
from tools.thai_text import collapse_spaces, normalise
from tools.tis_numbers import find_tis_mentions, parse_tis_number

log = logging.getLogger(__name__)

DEFAULT_SEARCH_PATH = "/tis_dev/p4_license_report/p4license_report.php"
DEFAULT_DETAIL_PATH = "/l/"
DEFAULT_CACHE_MAX_AGE_S = 24 * 3600.0
USER_AGENT = "Sodsong/0.1 (TISI licence verification for investigators)"

# Columns of #table1 when it has no header row we recognise (positions seen in third-party code, 0-based).
_DEFAULT_COLUMNS = {0: "licence_no", 2: "issued", 3: "licence_type", 4: "holder"}
# Values of the detail page by position (1-based) when none of its labels is recognised (third-party code).
_DEFAULT_DETAIL_POSITIONS = {4: "licence_type", 6: "tax_id", 7: "holder_address", 8: "holder", 9: "factory_reg_no",
                             10: "factory_address", 13: "product_detail"}
# Header or label words → field, most specific first ("ผู้รับใบอนุญาต" and "ประเภทใบอนุญาต" both contain "ใบอนุญาต").
_LABELS: list[tuple[str, str]] = [
    ("สถานะ", "status"), ("status", "status"),
    ("ประเภท", "licence_type"), ("type", "licence_type"),
    ("วันที่", "issued"), ("date", "issued"),
    ("ภาษี", "tax_id"), ("tax", "tax_id"),
    ("ทะเบียนโรงงาน", "factory_reg_no"),
    ("โรงงาน", "factory_address"), ("factory", "factory_address"),
    ("ที่อยู่", "holder_address"), ("ที่ตั้ง", "holder_address"), ("address", "holder_address"),
    ("เครื่องหมายการค้า", "trademarks"), ("ตราสินค้า", "trademarks"), ("trademark", "trademarks"),
    ("รายละเอียด", "product_detail"), ("ผลิตภัณฑ์", "product_detail"), ("product", "product_detail"),
    ("มอก", "tis"), ("มาตรฐาน", "tis"), ("tis", "tis"),
    ("ชื่อ", "holder"), ("ผู้รับใบอนุญาต", "holder"), ("ผู้ประกอบการ", "holder"), ("บริษัท", "holder"),
    ("company", "holder"), ("holder", "holder"),
    ("เลขที่", "licence_no"), ("ใบอนุญาต", "licence_no"), ("licen", "licence_no"),
]
_NO_DATA = "ไม่พบข้อมูล"
_BLOCK_TAGS = {"br", "div", "p", "li", "tr", "td", "th"}

# TISI's table tb4_tisilicense column names (the importer accepts them in any letter case).
TISI_FIELDS = (
    "tbl_licenseNo", "tbl_licenseType", "tbl_licenseDate", "tbl_tisiNo", "tbl_tradeName", "tbl_tradeAddress",
    "tbl_factoryName", "tbl_producer", "tbl_exporter", "tbl_licenseStatus", "tbl_extend", "tbl_newtisNo",
    "tbl_taxpayer", "tbl_factoryID", "tbl_factoryAddress", "tbl_origin", "tbl_trademark", "license_pdf",
    "Is_pause", "date_pause_start", "date_pause_end",
)


class RemoteUnavailable(SodsongError):
    """The remote registry could not answer: unreachable, erroring, rate limiting, or a page not understood."""

    exit_code = 3

    def __init__(self, reason: str, *, url: str | None = None, attempts: int = 0) -> None:
        super().__init__(reason if url is None else f"{reason} [{url}]")
        self.reason = reason
        self.url = url
        self.attempts = attempts


class UnmappableLicence(ValueError):
    """A TISI record that cannot become a LicenceRecord (no status, unknown words, unreadable date...)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# --- TISI vocabulary → LicenceRecord ----------------------------------------------------------------------------

_STATUS_WORDS: dict[str, Status] = {
    **dict.fromkeys(["ใช้งาน", "ใช้ได้", "ปกติ", "มีผล", "มีผลใช้บังคับ", "อนุญาต", "ได้รับอนุญาต", "active", "valid"], "active"),
    **dict.fromkeys(["พักใช้", "ถูกพักใช้", "ระงับ", "ระงับชั่วคราว", "suspended", "paused"], "suspended"),
    **dict.fromkeys(["เพิกถอน", "ถูกเพิกถอน", "ยกเลิก", "ถูกยกเลิก", "revoked", "cancelled", "canceled"], "revoked"),
    **dict.fromkeys(["หมดอายุ", "สิ้นอายุ", "expired"], "expired"),
}
_TYPE_WORDS: dict[str, LicenceType] = {
    **dict.fromkeys(["ท", "ทำ", "ผลิต", "t"], "ท"),
    **dict.fromkeys(["น", "นำเข้า", "n"], "น"),
    **dict.fromkeys(["ส", "แสดง", "แสดงเครื่องหมาย", "s"], "ส"),
    **dict.fromkeys(["นค", "นำเข้าเฉพาะครั้ง", "nk"], "นค"),
}
_FILLER = re.compile(r"ใบอนุญาต|ให้|ผลิตภัณฑ์อุตสาหกรรม|เครื่องหมายมาตรฐาน|สถานะ|แล้ว|[\s.:：\-_()]")
_THAI_MONTHS = {
    name: number
    for number, names in enumerate(
        [("มกราคม", "มค"), ("กุมภาพันธ์", "กพ"), ("มีนาคม", "มีค"), ("เมษายน", "เมย"), ("พฤษภาคม", "พค"), ("มิถุนายน", "มิย"),
         ("กรกฎาคม", "กค"), ("สิงหาคม", "สค"), ("กันยายน", "กย"), ("ตุลาคม", "ตค"), ("พฤศจิกายน", "พย"), ("ธันวาคม", "ธค")],
        start=1,
    )
    for name in names
}
_TRUE_WORDS = {"1", "true", "yes", "y", "ใช่", "พักใช้"}


def map_status(raw: str | None) -> Status:
    """A TISI status word ("ใช้งาน", "พักใช้", "เพิกถอน", "หมดอายุ", or English) → LicenceRecord status."""
    if not raw or not raw.strip():
        raise UnmappableLicence("no licence status given")
    key = _FILLER.sub("", normalise(raw).lower())
    if key in _STATUS_WORDS:
        return _STATUS_WORDS[key]
    raise UnmappableLicence(f"unknown licence status {raw.strip()!r}")


def map_licence_type(raw: str) -> LicenceType:
    """A TISI licence type (ท/น/ส/นค, "ทำ", "นำเข้า", "แสดง", "นำเข้าเฉพาะครั้ง", T/N/S/NK) → type letter."""
    key = _FILLER.sub("", normalise(raw).lower())
    if key in _TYPE_WORDS:
        return _TYPE_WORDS[key]
    raise UnmappableLicence(f"unknown licence type {raw.strip()!r}")


def parse_thai_date(raw: str) -> str:
    """ISO date from "2566-05-15", "15/05/2566", "๑๕ พ.ค. ๒๕๖๖", "15 พฤษภาคม พ.ศ. 2566" or "2023-05-15 10:00".

    Years from 2400 are Buddhist era (minus 543); two-digit years are read as Buddhist era (TISI writes B.E.).
    """
    text = normalise(raw)
    if m := re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        y, mo, d = m.group(1), m.group(2), m.group(3)
    elif m := re.match(r"(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2,4})(?!\d)", text):
        d, mo, y = m.group(1), m.group(2), m.group(3)
    elif m := re.match(r"(\d{1,2})\s*([\u0E00-\u0E7F.\s]+?)\s*(?:พ\.\s?ศ\.\s*)?(\d{2,4})(?!\d)", text):
        d, y = m.group(1), m.group(3)
        month = _THAI_MONTHS.get(re.sub(r"[.\s]", "", m.group(2)))
        if month is None:
            raise UnmappableLicence(f"unreadable date {raw.strip()!r}")
        mo = str(month)
    else:
        raise UnmappableLicence(f"unreadable date {raw.strip()!r}")
    year = int(y)
    if len(y) == 2:
        year += 2500
    if year >= 2400:
        year -= 543
    try:
        return date(year, int(mo), int(d)).isoformat()
    except ValueError:
        raise UnmappableLicence(f"impossible date {raw.strip()!r}") from None


def normalise_tax_id(raw: str | None) -> str | None:
    """Thai tax IDs are 13 digits: dashes, spaces and Thai digits removed; other shapes kept as given."""
    if not raw or not raw.strip():
        return None
    digits = re.sub(r"\D", "", normalise(raw))
    return digits if len(digits) == 13 else normalise(raw)


def split_trademarks(raw: str | None) -> list[str]:
    """"A, B; C" → ["A", "B", "C"] (comma, semicolon, vertical bar or new line between marks)."""
    if not raw:
        return []
    marks = [collapse_spaces(part) for part in re.split(r"[,;|\n\u3001]", normalise_newlines(raw))]
    return list(dict.fromkeys(mark for mark in marks if mark and mark not in {"-", "ไม่มี"}))


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _pause_in_effect(fields: Mapping[str, str | None], today: date) -> bool:
    if (fields.get("Is_pause") or "").strip().lower() not in _TRUE_WORDS:
        return False
    start, end = fields.get("date_pause_start"), fields.get("date_pause_end")
    if start and start.strip() and date.fromisoformat(parse_thai_date(start)) > today:
        return False
    if end and end.strip() and date.fromisoformat(parse_thai_date(end)) < today:
        return False
    return True


def record_from_tisi(
    fields: Mapping[str, Any], *, source: str, demo: bool = False, today: date | None = None
) -> LicenceRecord:
    """Map one record with TISI field names (tbl_licenseNo, tbl_licenseType, ...) to a LicenceRecord.

    Raises UnmappableLicence, never guesses: a missing or unknown status, a type word that contradicts the number's
    type letter, a missing holder or standard, or an unreadable date. A pause (Is_pause with a window covering `today`)
    turns an active licence into a suspended one.
    """
    get = {name: (str(value).strip() if value is not None and str(value).strip() else None) for name, value in fields.items()}
    raw_no = get.get("tbl_licenseNo")
    if not raw_no:
        raise UnmappableLicence("no licence number (tbl_licenseNo)")
    try:
        number = parse_licence_number(raw_no)
    except MalformedLicence as exc:
        raise UnmappableLicence(f"malformed licence number {raw_no!r}: {exc.reason}") from None
    if raw_type := get.get("tbl_licenseType"):
        declared = map_licence_type(raw_type)
        if declared != number.type:
            raise UnmappableLicence(f"licence type {raw_type!r} contradicts the number's type letter {number.type!r}")
    raw_tis = get.get("tbl_tisiNo") or get.get("tbl_newtisNo")
    if not raw_tis:
        raise UnmappableLicence("no TIS standard number (tbl_tisiNo)")
    tis = parse_tis_number(raw_tis)
    if tis is None:
        raise UnmappableLicence(f"unreadable TIS standard number {raw_tis!r}")
    holder = get.get("tbl_tradeName")
    if not holder:
        raise UnmappableLicence("no licence holder (tbl_tradeName)")
    status = map_status(get.get("tbl_licenseStatus"))
    if status == "active" and _pause_in_effect(get, today or date.today()):
        status = "suspended"
    issued = parse_thai_date(get["tbl_licenseDate"]) if get.get("tbl_licenseDate") else None
    return LicenceRecord(
        licence_no=number.canonical, type=number.type, tis=tis.canonical, holder=collapse_spaces(normalise(holder)),
        holder_tax_id=normalise_tax_id(get.get("tbl_taxpayer")), trademarks=split_trademarks(get.get("tbl_trademark")),
        status=status, issued=issued, expires=None, source=source, demo=demo,
    )


# --- what the pages give ------------------------------------------------------------------------------------------


class RemoteLicence(BaseModel):
    """One licence as TISI's pages show it: raw strings, not yet interpreted."""

    licence_no: str
    licence_type: str | None = None
    tis: str | None = None
    holder: str | None = None
    tax_id: str | None = None
    trademarks: str | None = None
    status: str | None = None
    issued: str | None = None
    holder_address: str | None = None
    factory_reg_no: str | None = None
    factory_address: str | None = None
    product_detail: str | None = None
    source_url: str = ""
    fetched_at: str = ""
    cached_age_s: float | None = Field(None, description="Age of the cached page this came from; None when fetched now.")

    @property
    def key(self) -> str:
        """The compact licence number ("น90001-1/2879"); MalformedLicence when unreadable."""
        return parse_licence_number(self.licence_no).compact

    def merged(self, other: "RemoteLicence") -> "RemoteLicence":
        """This licence completed by another view of it (search row + detail page); the other's values win."""
        values = self.model_dump()
        for name, value in other.model_dump(exclude={"cached_age_s"}).items():
            if value not in (None, ""):
                values[name] = value
        ages = [age for age in (self.cached_age_s, other.cached_age_s) if age is not None]
        values["cached_age_s"] = max(ages) if ages else None
        values["source_url"] = " + ".join(dict.fromkeys(u for u in (self.source_url, other.source_url) if u))
        return RemoteLicence(**values)

    def tisi_fields(self) -> dict[str, str | None]:
        """This licence under TISI's field names, for record_from_tisi. The standard may come from the product text."""
        tis = self.tis
        if not tis and self.product_detail:
            numbered = [m.number for m in find_tis_mentions(self.product_detail) if m.number is not None]
            tis = numbered[0].canonical if numbered else None
        return {
            "tbl_licenseNo": self.licence_no, "tbl_licenseType": self.licence_type, "tbl_licenseDate": self.issued,
            "tbl_tisiNo": tis, "tbl_tradeName": self.holder, "tbl_licenseStatus": self.status,
            "tbl_trademark": self.trademarks, "tbl_taxpayer": self.tax_id, "tbl_tradeAddress": self.holder_address,
            "tbl_factoryID": self.factory_reg_no, "tbl_factoryAddress": self.factory_address,
        }


def to_licence_record(remote: RemoteLicence, *, today: date | None = None) -> LicenceRecord:
    """A licence read from TISI's pages as a LicenceRecord; UnmappableLicence when it cannot be."""
    return record_from_tisi(remote.tisi_fields(), source=f"tisi-remote:{remote.source_url}", today=today)


class SearchPage(BaseModel):
    """The readable rows of one search results page, and when the page was fetched."""

    url: str
    fetched_at: str
    cached_age_s: float | None = None
    licences: list[RemoteLicence]


class FormDescription(BaseModel):
    action: str
    method: str
    fields: list[str]


# --- HTML parsing (standard library) ------------------------------------------------------------------------------


class PageNotUnderstood(ValueError):
    """The page does not have the structure the parser knows."""


def _field_for_label(label: str) -> str | None:
    text = normalise(label).lower()
    for word, field in _LABELS:
        if word in text:
            return field
    return None


class _TableParser(HTMLParser):
    """Rows of the table with one id: (is_header, cell texts). Tolerates unclosed <tr>/<td> and nested tables."""

    def __init__(self, table_id: str) -> None:
        super().__init__(convert_charrefs=True)
        self.table_id = table_id
        self.found = False
        self.rows: list[tuple[bool, list[str]]] = []
        self._depth = 0
        self._row: list[str] | None = None
        self._row_header = True
        self._cell: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            if self._depth:
                self._depth += 1
                self._separate()
            elif dict(attrs).get("id") == self.table_id and not self.found:
                self.found, self._depth = True, 1
            return
        if self._depth == 1 and tag == "tr":
            self._close_row()
            self._row, self._row_header = [], True
        elif self._depth == 1 and tag in ("td", "th"):
            self._close_cell()
            if self._row is None:
                self._row, self._row_header = [], True
            self._cell = []
            self._row_header = self._row_header and tag == "th"
        elif self._depth and tag in _BLOCK_TAGS:
            self._separate()

    def handle_endtag(self, tag: str) -> None:
        if tag == "table" and self._depth:
            self._depth -= 1
            self._separate()
            if not self._depth:
                self._close_row()
        elif self._depth > 1 and tag in _BLOCK_TAGS:
            self._separate()
        elif self._depth == 1 and tag in ("td", "th"):
            self._close_cell()
        elif self._depth == 1 and tag == "tr":
            self._close_row()

    def handle_data(self, data: str) -> None:
        if self._depth and self._cell is not None:
            self._cell.append(data)

    def _separate(self) -> None:
        """Block elements inside a cell (<br>, <div>, a nested table's cells) separate words."""
        if self._cell is not None:
            self._cell.append(" ")

    def _close_cell(self) -> None:
        if self._cell is not None and self._row is not None:
            self._row.append(collapse_spaces("".join(self._cell)))
        self._cell = None

    def _close_row(self) -> None:
        self._close_cell()
        if self._row:
            self.rows.append((self._row_header, self._row))
        self._row = None


def parse_results(html: str) -> tuple[list[RemoteLicence], list[str]]:
    """Readable rows of the results table #table1, and a reason for each row that could not be read.

    PageNotUnderstood when there is no #table1 (unless the page says it found no data) or the header has no licence
    number column. Columns are found by their header words; without a header, by the known positions.
    """
    parser = _TableParser("table1")
    parser.feed(html)
    parser.close()
    if not parser.found:
        if _NO_DATA in normalise(html):
            return [], []
        raise PageNotUnderstood("no results table #table1 on the page")
    columns: dict[int, str] | None = None
    licences: list[RemoteLicence] = []
    problems: list[str] = []
    for number, (is_header, cells) in enumerate(parser.rows, start=1):
        if is_header and columns is None:
            columns = {i: field for i, cell in enumerate(cells) if (field := _field_for_label(cell))}
            if "licence_no" not in columns.values():
                raise PageNotUnderstood(f"results table header {cells!r} has no licence number column")
            continue
        if is_header:
            continue
        if len(cells) == 1 and _NO_DATA in normalise(cells[0]):
            continue
        mapping = columns if columns is not None else _DEFAULT_COLUMNS
        needed = max(mapping) + 1
        if len(cells) < needed:
            problems.append(f"row {number} has {len(cells)} cells, expected {needed}")
            continue
        values: dict[str, str] = {}
        for index, field in mapping.items():
            if cells[index] and field not in values:
                values[field] = cells[index]
        licence = RemoteLicence(**{"licence_no": "", **values})
        try:
            licence.key
        except MalformedLicence as exc:
            problems.append(f"row {number}: licence number {licence.licence_no!r} unreadable ({exc.reason})")
            continue
        licences.append(licence)
    return licences, problems


class _PanelParser(HTMLParser):
    """(label, value) pairs inside div.panel-success: the text before each <font> and the font's text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found = False
        self.pairs: list[tuple[str, str]] = []
        self._div_depth = 0
        self._font_depth = 0
        self._label: list[str] = []
        self._value: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "div":
            classes = (dict(attrs).get("class") or "").split()
            if self._div_depth:
                self._div_depth += 1
                self._label = []
            elif "panel-success" in classes and not self.found:
                self.found, self._div_depth = True, 1
        elif self._div_depth and tag == "font":
            if not self._font_depth:
                self._value = []
            self._font_depth += 1
        elif self._div_depth and tag == "br":
            (self._value if self._font_depth else self._label).append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self._div_depth:
            self._div_depth -= 1
        elif tag == "font" and self._font_depth:
            self._font_depth -= 1
            if not self._font_depth:
                self.pairs.append((collapse_spaces("".join(self._label)).strip(" :："), collapse_spaces("".join(self._value))))
                self._label = []

    def handle_data(self, data: str) -> None:
        if self._div_depth:
            (self._value if self._font_depth else self._label).append(data)


def parse_detail(html: str) -> RemoteLicence | None:
    """The licence on a detail page; None when the page says no data; PageNotUnderstood otherwise."""
    parser = _PanelParser()
    parser.feed(html)
    parser.close()
    if not parser.found or not parser.pairs:
        if _NO_DATA in normalise(html):
            return None
        raise PageNotUnderstood("no div.panel-success with values on the detail page")
    values: dict[str, str] = {}
    for label, value in parser.pairs:
        field = _field_for_label(label)
        if field and value and field not in values:
            values[field] = value
    if not values:  # no label recognised: fall back to the positions third-party code reads
        for position, (_, value) in enumerate(parser.pairs, start=1):
            if (field := _DEFAULT_DETAIL_POSITIONS.get(position)) and value:
                values[field] = value
    if not values.get("holder"):
        raise PageNotUnderstood("the detail page names no licence holder")
    return RemoteLicence(**{"licence_no": "", **values})


class _FormParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.forms: list[FormDescription] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "form":
            self.forms.append(FormDescription(action=attributes.get("action") or "", method=(attributes.get("method") or "get").lower(), fields=[]))
        elif tag in ("input", "select", "textarea") and self.forms and attributes.get("name"):
            self.forms[-1].fields.append(attributes["name"] or "")


def decode_page(content: bytes, content_type: str | None) -> str:
    """Page text: the charset of the header, else of a <meta> tag, else UTF-8, else Windows-874 (TIS-620 superset)."""
    charset = None
    if content_type and (m := re.search(r"charset=[\"']?([\w\-]+)", content_type, re.I)):
        charset = m.group(1)
    elif m := re.search(rb"<meta[^>]+charset=[\"']?([\w\-]+)", content[:4096], re.I):
        charset = m.group(1).decode("ascii")
    if charset and charset.lower().replace("_", "-") in {"tis-620", "tis620", "iso-8859-11", "windows-874", "x-windows-874"}:
        charset = "cp874"
    for candidate in ([charset] if charset else []) + ["utf-8"]:
        try:
            return content.decode(candidate)
        except (LookupError, UnicodeDecodeError):
            continue
    return content.decode("cp874", errors="replace")


# --- cache --------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CachedPage:
    text: str
    fetched_at: float
    age_s: float


class RemoteCache:
    """Pages the client understood, in SQLite, keyed by method + URL + body; older than max_age_s counts as absent."""

    _SCHEMA = """CREATE TABLE IF NOT EXISTS pages (
        key TEXT PRIMARY KEY, method TEXT NOT NULL, url TEXT NOT NULL, body BLOB NOT NULL,
        text TEXT NOT NULL, fetched_at REAL NOT NULL)"""

    def __init__(self, path: Path | str, *, max_age_s: float = DEFAULT_CACHE_MAX_AGE_S):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.max_age_s = max_age_s
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False)
        self._conn.execute(self._SCHEMA)

    @staticmethod
    def key(method: str, url: str, body: bytes) -> str:
        return hashlib.sha256(b"\n".join([method.upper().encode(), url.encode(), body])).hexdigest()

    def get(self, method: str, url: str, body: bytes) -> CachedPage | None:
        with self._lock:
            row = self._conn.execute("SELECT text, fetched_at FROM pages WHERE key = ?", (self.key(method, url, body),)).fetchone()
        if row is None:
            return None
        age = max(0.0, time.time() - row[1])
        return CachedPage(text=row[0], fetched_at=row[1], age_s=age) if age <= self.max_age_s else None

    def put(self, method: str, url: str, body: bytes, text: str, fetched_at: float | None = None) -> None:
        with self._lock, self._conn:
            self._conn.execute(
                "INSERT OR REPLACE INTO pages VALUES (?,?,?,?,?,?)",
                (self.key(method, url, body), method.upper(), url, body, text, time.time() if fetched_at is None else fetched_at),
            )

    def clear(self) -> None:
        with self._lock, self._conn:
            self._conn.execute("DELETE FROM pages")

    def close(self) -> None:
        self._conn.close()


# --- client -------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Page:
    method: str
    url: str
    body: bytes
    text: str
    fetched_at: float
    cached_age_s: float | None

    @property
    def fetched_at_iso(self) -> str:
        return datetime.fromtimestamp(self.fetched_at, timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def retry_after_seconds(value: str | None, *, now: float | None = None) -> float | None:
    """Retry-After as seconds: delay-seconds (decimals accepted) or an HTTP date; None when absent or unreadable."""
    if not value or not value.strip():
        return None
    try:
        return max(0.0, float(value.strip()))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


class TisiRemoteClient:
    """TISI's public licence search and detail pages over HTTP, politely.

    `retries` is the number of further attempts after the first. Connection errors, timeouts, 5xx and 429 are
    retried after `backoff_s * 2**(attempt-1)` seconds, or after Retry-After when the server asks for longer (up to
    `max_retry_after_s`; a longer request ends the lookup at once). Other 4xx answers are not retried. Every failure
    ends in RemoteUnavailable. Requests to one host start at least `min_interval_s` apart. With a cache, pages that
    were understood are kept and served while younger than the cache's max age; answers say how old they are.
    """

    def __init__(
        self,
        base_url: str,
        *,
        timeout_s: float = 10.0,
        retries: int = 3,
        backoff_s: float = 0.5,
        min_interval_s: float = 1.0,
        cache: RemoteCache | None = None,
        search_path: str = DEFAULT_SEARCH_PATH,
        detail_path: str = DEFAULT_DETAIL_PATH,
        search_field: str = "license_no",
        detail_field: str = "license_no",
        form_encoding: str = "utf-8",
        max_retry_after_s: float = 30.0,
    ) -> None:
        if not base_url or urlsplit(base_url).scheme not in ("http", "https"):
            raise ValueError(f"remote registry base URL must be http(s): {base_url!r}")
        self.base_url = base_url.rstrip("/") + "/"
        self.search_url = urljoin(self.base_url, search_path.lstrip("/") if "://" not in search_path else search_path)
        self.detail_url = urljoin(self.base_url, detail_path.lstrip("/") if "://" not in detail_path else detail_path)
        self.timeout_s, self.retries, self.backoff_s = timeout_s, max(0, retries), backoff_s
        self.min_interval_s, self.max_retry_after_s = min_interval_s, max_retry_after_s
        self.cache = cache
        self.search_field, self.detail_field, self.form_encoding = search_field, detail_field, form_encoding
        self._next_turn: dict[str, float] = {}
        self._turn_lock = threading.Lock()
        self._http = httpx.Client(timeout=httpx.Timeout(timeout_s), follow_redirects=True,
                                  headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"})

    def close(self) -> None:
        self._http.close()
        if self.cache is not None:
            self.cache.close()

    def __enter__(self) -> "TisiRemoteClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # public --------------------------------------------------------------------------------------------------

    def search(self, licence_no: str) -> list[RemoteLicence]:
        """Every readable row the search page lists for this number (MalformedLicence for an unreadable number)."""
        return self.search_page(licence_no).licences

    def search_page(self, licence_no: str) -> SearchPage:
        """The search answer with its age. RemoteUnavailable when the table cannot be trusted for this number:
        no #table1, no licence column, or unreadable rows while no readable row is this licence."""
        number = parse_licence_number(licence_no)
        page = self._post(self.search_url, {self.search_field: number.canonical})
        try:
            licences, problems = parse_results(page.text)
        except PageNotUnderstood as exc:
            raise RemoteUnavailable(f"search results page not understood: {exc}", url=page.url) from None
        if problems and not any(licence.key == number.compact for licence in licences):
            raise RemoteUnavailable(
                f"the results table has {len(problems)} unreadable row(s) ({'; '.join(problems[:3])}), "
                f"so it cannot show whether {number.canonical} is listed", url=page.url)
        self._remember(page)
        stamp = {"source_url": page.url, "fetched_at": page.fetched_at_iso, "cached_age_s": page.cached_age_s}
        return SearchPage(url=page.url, fetched_at=page.fetched_at_iso, cached_age_s=page.cached_age_s,
                          licences=[licence.model_copy(update=stamp) for licence in licences])

    def detail(self, licence_no: str) -> RemoteLicence | None:
        """The detail page's licence; None when the page says there is no such licence."""
        number = parse_licence_number(licence_no)
        page = self._post(self.detail_url, {self.detail_field: number.canonical})
        try:
            licence = parse_detail(page.text)
        except PageNotUnderstood as exc:
            raise RemoteUnavailable(f"licence detail page not understood: {exc}", url=page.url) from None
        if licence is not None:
            shown = licence.licence_no
            if shown:
                try:
                    same = licence.key == number.compact
                except MalformedLicence:
                    same = False
                if not same:
                    raise RemoteUnavailable(f"the detail page asked for {number.canonical} shows licence {shown!r}", url=page.url)
            licence = licence.model_copy(update={"licence_no": shown or number.canonical, "source_url": page.url,
                                                 "fetched_at": page.fetched_at_iso, "cached_age_s": page.cached_age_s})
        self._remember(page)
        return licence

    def describe_form(self) -> FormDescription:
        """The search page's first POST form (action, field names): how to check the field names before use."""
        page = self._fetch("GET", self.search_url, b"")
        parser = _FormParser()
        parser.feed(page.text)
        forms = [form for form in parser.forms if form.method == "post"] or parser.forms
        if not forms:
            raise RemoteUnavailable("no form on the search page", url=page.url)
        return forms[0]

    # HTTP ----------------------------------------------------------------------------------------------------

    def _post(self, url: str, fields: dict[str, str]) -> _Page:
        return self._fetch("POST", url, urlencode(fields, encoding=self.form_encoding).encode("ascii"))

    def _remember(self, page: _Page) -> None:
        if self.cache is not None and page.cached_age_s is None:
            self.cache.put(page.method, page.url, page.body, page.text, fetched_at=page.fetched_at)

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc
        with self._turn_lock:
            now = time.monotonic()
            start = max(now, self._next_turn.get(host, now))
            self._next_turn[host] = start + self.min_interval_s
        if start > now:
            time.sleep(start - now)

    def _fetch(self, method: str, url: str, body: bytes) -> _Page:
        if self.cache is not None and (cached := self.cache.get(method, url, body)) is not None:
            return _Page(method, url, body, cached.text, cached.fetched_at, cached.age_s)
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if method == "POST" else {}
        attempts = self.retries + 1
        reason = ""
        for attempt in range(1, attempts + 1):
            delay = self.backoff_s * 2 ** (attempt - 1)
            self._wait_turn(url)
            try:
                response = self._http.request(method, url, content=body or None, headers=headers)
            except httpx.TimeoutException as exc:
                reason = f"timed out after {self.timeout_s:g} s ({type(exc).__name__})"
            except httpx.RequestError as exc:
                reason = f"connection failed ({type(exc).__name__}: {exc})"
            else:
                status = response.status_code
                if 200 <= status < 300:
                    return _Page(method, url, body, decode_page(response.content, response.headers.get("content-type")), time.time(), None)
                reason = f"HTTP {status}"
                if status != 429 and status < 500:
                    raise RemoteUnavailable(f"{reason} (not retried)", url=url, attempts=attempt)
                asked = retry_after_seconds(response.headers.get("retry-after"))
                if asked is not None:
                    if asked > self.max_retry_after_s:
                        raise RemoteUnavailable(f"{reason}: the server asks to wait {asked:g} s (more than {self.max_retry_after_s:g} s)",
                                                url=url, attempts=attempt)
                    delay = max(delay, asked)
            if attempt < attempts:
                log.info("TISI %s %s: %s; retrying in %.2f s", method, url, reason, delay)
                time.sleep(delay)
        raise RemoteUnavailable(f"{reason} (gave up after {attempts} attempt{'s' if attempts > 1 else ''})", url=url, attempts=attempts)

