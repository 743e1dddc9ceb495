"""Importing CSV/JSON exports with TISI's field names (and spec §3 records) into the local registry.

The fixture files are written here, in tmp_path, with invented demo records.
"""

from __future__ import annotations

import csv
import json
from datetime import date

import pytest

from agent.errors import InputError
from tools.registry import Registry
from tools.registry_import import import_export, read_rows

HEADER = ["tbl_licenseNo", "tbl_licenseType", "tbl_licenseDate", "tbl_tisiNo", "tbl_tradeName", "tbl_licenseStatus",
          "tbl_trademark", "tbl_taxpayer", "Is_pause", "date_pause_start", "date_pause_end"]
ROWS = [
    ["น 90001-1/2879", "น", "๑๕ พ.ค. ๒๕๖๖", "2879-2560", "บริษัท สาธิตพาวเวอร์ จำกัด", "ใช้งาน", "DEMOPOWER, เดโมพาวเวอร์", "0-1055-66000-01-9", "0", "", ""],
    ["ท 90002-3/2432", "ทำ", "01/03/2562", "2432-2555", "ห้างหุ้นส่วนจำกัด ปลั๊กสาธิต", "ใช้งาน", "PLUGDEMO", "0103562000027", "1", "2024-01-01", ""],
    ["ส 90003-1/1187", "แสดง", "2020-07-20", "1187-2536", "บริษัท สีสาธิต จำกัด", "เพิกถอน", "", "", "", "", ""],
    ["น 90005-1/2879", "น", "2024-02-02", "2879-2560", "บริษัท สถานะแปลก จำกัด", "รอตรวจสอบ", "", "", "", "", ""],
    ["90006-1/2879", "น", "2024-02-02", "2879-2560", "บริษัท ไม่มีประเภท จำกัด", "ใช้งาน", "", "", "", "", ""],
    ["น 90007-1/2879", "ทำ", "2024-02-02", "2879-2560", "บริษัท ประเภทขัดกัน จำกัด", "ใช้งาน", "", "", "", "", ""],
    ["นค 90004-2/685", "นำเข้าเฉพาะครั้ง", "10 มกราคม พ.ศ. 2567", "685 เล่ม 1-2562", "บริษัท นำเข้าสาธิต จำกัด", "หมดอายุ", "", "", "", "", ""],
    ["น ๙๐๐๐๑-๑/๒๘๗๙", "น", "2023-05-15", "2879-2560", "บริษัท ซ้ำ จำกัด", "ใช้งาน", "", "", "", "", ""],
    ["น 90008-1/2879", "น", "", "", "บริษัท ไม่มีมาตรฐาน จำกัด", "ใช้งาน", "", "", "", "", ""],
]


def _write_csv(path, header, rows, encoding="utf-8"):
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture
def registry():
    reg = Registry(":memory:")
    yield reg
    reg.close()


def test_tisi_csv_imports_mappable_rows_and_reports_the_rest(tmp_path, registry):
    report = import_export(_write_csv(tmp_path / "tisi.csv", HEADER, ROWS), registry, today=date(2024, 6, 1))
    assert report.format == "csv" and report.imported == 4 and registry.count() == 4
    assert [(s.row, s.reason) for s in report.skipped] == [
        (5, "unknown licence status 'รอตรวจสอบ'"),
        (6, "malformed licence number '90006-1/2879': missing licence type letter (ท/น/ส/นค)"),
        (7, "licence type 'ทำ' contradicts the number's type letter 'น'"),
        (9, "duplicate licence number (first on row 2)"),
        (10, "no TIS standard number (tbl_tisiNo)"),
    ]
    power = registry.lookup("น 90001-1/2879")
    assert (power.holder, power.issued, power.holder_tax_id, power.trademarks) == (
        "บริษัท สาธิตพาวเวอร์ จำกัด", "2023-05-15", "0105566000019", ["DEMOPOWER", "เดโมพาวเวอร์"])
    assert power.source == str(tmp_path / "tisi.csv")
    assert registry.lookup("ท 90002-3/2432").status == "suspended"  # Is_pause since 2024-01-01
    assert registry.lookup("ส 90003-1/1187").status == "revoked"
    one_off = registry.lookup("นค 90004-2/685")
    assert (one_off.type, one_off.tis, one_off.status, one_off.issued) == ("นค", "685 เล่ม 1-2562", "expired", "2024-01-10")


def test_windows_874_csv_with_lower_case_headers_and_semicolons(tmp_path, registry):
    path = tmp_path / "opendata.csv"
    with path.open("w", encoding="cp874", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow([name.lower() for name in HEADER[:7]])
        writer.writerow(ROWS[0][:7])
    report = import_export(path, registry)
    assert report.imported == 1 and report.skipped == []
    assert registry.lookup("น 90001-1/2879").holder == "บริษัท สาธิตพาวเวอร์ จำกัด"


def test_tisi_json_list_and_wrapped_object(tmp_path, registry):
    items = [dict(zip(HEADER, row)) for row in ROWS[:3]]
    (tmp_path / "list.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "wrapped.json").write_text(json.dumps({"data": items[:1]}, ensure_ascii=False), encoding="utf-8")
    report = import_export(tmp_path / "list.json", registry, demo=True, today=date(2024, 6, 1))
    assert (report.format, report.imported, report.skipped) == ("json", 3, [])
    assert registry.lookup("น 90001-1/2879").demo is True
    assert import_export(tmp_path / "wrapped.json", registry).imported == 1


def test_spec_records_and_case_files(tmp_path, registry):
    spec = [
        {"licence_no": "น 30516-48/2879", "type": "น", "tis": "2879-2560", "holder": "บริษัท ตัวอย่าง จำกัด",
         "holder_tax_id": "0105555000000", "trademarks": ["EXAMPLE"], "status": "active", "issued": "2023-05-01", "expires": None},
        {"licence_no": "น 30516-49/2879", "type": "น", "tis": "2879-2560", "holder": "x", "status": "valid"},
        {"licence_no": "ไม่มี", "type": "น", "tis": "2879-2560", "holder": "x", "status": "active"},
        {"holder": "no number at all"},
        "not an object",
    ]
    (tmp_path / "case.json").write_text(json.dumps({"id": "demo", "registry": spec}, ensure_ascii=False), encoding="utf-8")
    report = import_export(tmp_path / "case.json", registry)
    assert report.imported == 1
    reasons = {s.row: s.reason for s in report.skipped}
    assert reasons[2].startswith("invalid record (status:")
    assert reasons[3] == "malformed licence number: empty licence number"
    assert reasons[4].startswith("neither TISI field names")
    assert reasons[5] == "not an object with fields"
    assert registry.lookup("น 30516-48/2879").trademarks == ["EXAMPLE"]


def test_spec_csv_with_trademark_cells(tmp_path, registry):
    header = ["licence_no", "type", "tis", "holder", "holder_tax_id", "trademarks", "status", "issued", "expires"]
    rows = [["น 30516-48/2879", "น", "2879-2560", "บริษัท ตัวอย่าง จำกัด", "", '["EXAMPLE", "อีกชื่อ"]', "active", "2023-05-01", ""],
            ["ท 5137-2/934", "ท", "934-2558", "Acme Electric Co., Ltd.", "0105561234567", "ACME, แอคมี", "suspended", "", "2029-01-09"]]
    report = import_export(_write_csv(tmp_path / "spec.csv", header, rows), registry)
    assert report.imported == 2 and report.skipped == []
    assert registry.lookup("น 30516-48/2879").trademarks == ["EXAMPLE", "อีกชื่อ"]
    acme = registry.lookup("T5137-2/934")
    assert (acme.trademarks, acme.holder_tax_id, acme.expires, acme.issued) == (["ACME", "แอคมี"], "0105561234567", "2029-01-09", None)


def test_nothing_mappable_imports_nothing(tmp_path, registry):
    report = import_export(_write_csv(tmp_path / "bad.csv", HEADER, [ROWS[3]]), registry)
    assert report.imported == 0 and len(report.skipped) == 1 and registry.count() == 0


@pytest.mark.parametrize(("name", "content", "message"), [
    ("missing.csv", None, "cannot read"),
    ("x.xlsx", b"PK", "unknown format"),
    ("x.json", b"{not json", "is not JSON"),
    ("x.json", b'{"id": 1}', "expected a list"),
])
def test_unusable_files_are_input_errors(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_rows(path)
