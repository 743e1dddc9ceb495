"""The SQLite licence registry, company/brand name matching, and the four licence questions."""

from __future__ import annotations

import json
from datetime import date

import pytest

from agent.errors import InputError
from tools.licence_check import answer, holder_matches, standard_matches, status_on
from tools.licence_numbers import MalformedLicence
from tools.names import name_key, names_match
from tools.registry import LicenceRecord, Registry

# Records in the shape of formats.md §3.
RECORDS: list[dict] = [
    {
        "licence_no": "น 30516-48/2879", "type": "น", "tis": "2879-2560",
        "holder": "บริษัท ตัวอย่าง จำกัด", "holder_tax_id": "0105555000000",
        "trademarks": ["EXAMPLE"], "status": "active", "issued": "2023-05-01", "expires": None,
    },
    {
        "licence_no": "ท 5137-2/934", "type": "ท", "tis": "934-2558",
        "holder": "Acme Electric Co., Ltd.", "holder_tax_id": "0105561234567",
        "trademarks": ["ACME", "แอคมี"], "status": "suspended", "issued": "2019-01-10", "expires": "2029-01-09",
    },
    {
        "licence_no": "นค 4321-1/685", "type": "นค", "tis": "685 เล่ม 1-2562",
        "holder": "บริษัท ไทยพาวเวอร์ จำกัด (มหาชน)", "trademarks": [], "status": "revoked",
    },
]

SAME_NUMBER_SPELLINGS = [
    "น 30516-48/2879",
    "น30516-48/2879",
    "น-30516-48/2879",
    "น 30516 - 48 / 2879",
    "น ๓๐๕๑๖-๔๘/๒๘๗๙",
    "น๓๐๕๑๖–๔๘/๒๘๗๙",
    "N30516-48/2879",
    "N 30516-48/2879",
    "n 30516-48/2879",
    "ใบอนุญาตเลขที่ น 30516-48/2879",
    "  น 30516-48/2879  ",
]


@pytest.fixture
def registry():
    reg = Registry(":memory:")
    assert reg.import_records(RECORDS, source="test") == 3
    yield reg
    reg.close()


# --- import and lookup -------------------------------------------------------------------------


def test_import_into_memory_counts_and_roundtrips(registry):
    assert registry.count() == 3
    record = registry.lookup("น 30516-48/2879")
    assert record == LicenceRecord(**RECORDS[0], source="test", demo=False)


@pytest.mark.parametrize("spelling", SAME_NUMBER_SPELLINGS)
def test_every_spelling_finds_the_same_record(registry, spelling):
    record = registry.lookup(spelling)
    assert record is not None
    assert record.licence_no == "น 30516-48/2879"
    assert record.holder == "บริษัท ตัวอย่าง จำกัด"


def test_latin_type_letters_for_other_types(registry):
    assert registry.lookup("T5137-2/934").licence_no == "ท 5137-2/934"
    assert registry.lookup("NK 4321-1/685").licence_no == "นค 4321-1/685"


def test_unknown_numbers_are_none(registry):
    assert registry.lookup("น 30516-49/2879") is None  # other sequence
    assert registry.lookup("ท 30516-48/2879") is None  # other type letter
    assert registry.lookup("น 30516-48/2880") is None  # other standard


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        ("30516-48/2879", "missing licence type letter (ท/น/ส/นค)"),
        ("น 30516-48", "missing '/standard' part"),
        ("", "empty licence number"),
        ("น 3O516-48/2879", "non-digit characters in number"),
    ],
)
def test_malformed_lookup_raises(registry, raw, reason):
    with pytest.raises(MalformedLicence) as info:
        registry.lookup(raw)
    assert info.value.reason == reason


def test_file_registry_persists_and_replaces_by_normalised_key(tmp_path):
    path = tmp_path / "nested" / "registry.sqlite"
    reg = Registry(path)
    reg.import_records(RECORDS, source="first", demo=True)
    reg.close()
    assert path.is_file()

    reopened = Registry(path)
    try:
        assert reopened.count() == 3
        stored = reopened.lookup("N 30516-48/2879")
        assert stored.source == "first" and stored.demo is True
        # The same licence in another spelling replaces, it does not duplicate.
        reopened.import_records([{**RECORDS[0], "licence_no": "N30516-48/2879", "status": "revoked"}], source="second")
        assert reopened.count() == 3
        replaced = reopened.lookup("น 30516-48/2879")
        assert (replaced.licence_no, replaced.status, replaced.source, replaced.demo) == ("N30516-48/2879", "revoked", "second", False)
    finally:
        reopened.close()


def test_import_accepts_licence_record_objects():
    reg = Registry(":memory:")
    record = LicenceRecord(**RECORDS[1])
    assert reg.import_records([record], source="objects") == 1
    assert reg.lookup("ท 5137-2/934").trademarks == ["ACME", "แอคมี"]
    reg.close()


# --- search ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ตัวอย่าง", ["น 30516-48/2879"]),  # holder
        ("0105561234567", ["ท 5137-2/934"]),  # tax id
        ("0105555", ["น 30516-48/2879"]),  # tax id fragment
        ("แอคมี", ["ท 5137-2/934"]),  # Thai trademark
        ("acme", ["ท 5137-2/934"]),  # ASCII case-insensitive
        ("685 เล่ม 1", ["นค 4321-1/685"]),  # tis
        ("2879", ["น 30516-48/2879"]),  # tis / number
        ("5137-2", ["ท 5137-2/934"]),  # number fragment
        ("  ไทยพาวเวอร์ ", ["นค 4321-1/685"]),  # surrounding spaces stripped
        ("nothing like this", []),
    ],
)
def test_search(registry, text, expected):
    assert sorted(r.licence_no for r in registry.search(text)) == sorted(expected)


def test_search_limit(registry):
    assert len(registry.search("", limit=2)) == 2


@pytest.mark.parametrize("text", ["%", "_", "5_37"])
def test_search_treats_wildcards_literally(registry, text):
    assert registry.search(text) == []


# --- import_file -------------------------------------------------------------------------------


def test_import_file_case_json_shape(tmp_path):
    case = {"id": "x", "kind": "listing", "pages": {}, "target": "/", "registry": RECORDS[:2], "expected": {}}
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case, ensure_ascii=False), encoding="utf-8")
    reg = Registry(":memory:")
    assert reg.import_file(path, demo=True) == 2
    record = reg.lookup("T 5137-2/934")
    assert record.source == str(path)
    assert record.demo is True
    reg.close()


def test_import_file_plain_list(tmp_path):
    path = tmp_path / "records.json"
    path.write_text(json.dumps(RECORDS, ensure_ascii=False), encoding="utf-8")
    reg = Registry(":memory:")
    assert reg.import_file(path) == 3
    assert reg.lookup("นค 4321-1/685").demo is False
    reg.close()


def test_import_file_dict_without_registry_imports_nothing(tmp_path):
    path = tmp_path / "empty.json"
    path.write_text('{"id": "no-registry"}', encoding="utf-8")
    reg = Registry(":memory:")
    assert reg.import_file(path) == 0
    reg.close()


def test_import_file_missing_or_not_json_is_input_error(tmp_path):
    reg = Registry(":memory:")
    with pytest.raises(InputError, match="cannot read registry file"):
        reg.import_file(tmp_path / "absent.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"cannot read registry file .*bad\.json"):
        reg.import_file(bad)
    reg.close()


def test_malformed_licence_number_in_record_is_input_error_and_nothing_is_kept():
    reg = Registry(":memory:")
    records = [RECORDS[0], {**RECORDS[1], "licence_no": "5137-2/934"}]
    with pytest.raises(InputError) as info:
        reg.import_records(records, source="bad")
    assert str(info.value) == "registry record '5137-2/934': missing licence type letter (ท/น/ส/นค)"
    assert info.value.exit_code == 2
    assert reg.count() == 0  # the transaction rolled back the good record too
    reg.close()


@pytest.mark.parametrize(
    "record",
    [
        {k: v for k, v in RECORDS[0].items() if k != "holder"},  # missing required field
        {**RECORDS[0], "type": "X"},  # unknown type letter
        {**RECORDS[0], "status": "cancelled"},  # status outside the spec
    ],
)
def test_invalid_record_is_input_error(record):
    reg = Registry(":memory:")
    try:
        with pytest.raises(InputError):
            reg.import_records([record], source="bad")
    finally:
        reg.close()


def test_non_object_record_in_file_is_input_error(tmp_path):
    path = tmp_path / "records.json"
    path.write_text('["น 30516-48/2879"]', encoding="utf-8")
    reg = Registry(":memory:")
    try:
        with pytest.raises(InputError):
            reg.import_file(path)
    finally:
        reg.close()


# --- status_on ---------------------------------------------------------------------------------

ON = date(2025, 6, 15)


def rec(**changes) -> LicenceRecord:
    return LicenceRecord(**{**RECORDS[0], **changes})


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"status": "active", "issued": "2023-05-01", "expires": None}, "active"),
        ({"status": "active", "expires": "2030-01-01"}, "active"),
        ({"status": "active", "expires": "2025-06-15"}, "active"),  # last valid day
        ({"status": "active", "expires": "2025-06-14"}, "expired"),
        ({"status": "active", "expires": "2025-06-14T23:59:59Z"}, "expired"),  # timestamps use the date part
        ({"status": "active", "issued": "2025-06-16"}, "not yet issued"),
        ({"status": "active", "issued": "2025-06-15"}, "active"),
        ({"status": "suspended", "expires": "2020-01-01"}, "suspended"),
        ({"status": "revoked", "expires": "2030-01-01"}, "revoked"),
        ({"status": "revoked", "issued": "2026-01-01"}, "revoked"),
        ({"status": "expired", "expires": "2030-01-01"}, "expired"),
        ({"status": "active", "expires": "not a date"}, "active"),  # unreadable dates are ignored
    ],
)
def test_status_on(changes, expected):
    assert status_on(rec(**changes), ON) == expected


# --- standard_matches --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("licence_tis", "product_tis", "match", "note"),
    [
        ("2879-2560", "2879-2560", True, "licence and product are both under TIS 2879-2560"),
        ("2879-2560", "มอก. ๒๘๗๙-๒๕๖๐", True, "licence and product are both under TIS 2879-2560"),
        ("2879-2560", "2879", True, "licence and product are both under TIS 2879"),
        ("2879-2560", "2879-2565", True, "same standard, different edition (licence 2879-2560, catalogue 2879-2565)"),
        ("2879-2560", "934-2558", False, "licence is for TIS 2879-2560, product falls under TIS 934-2558"),
        ("685 เล่ม 1-2562", "685 เล่ม 1-2562", True, "licence and product are both under TIS 685 เล่ม 1-2562"),
        ("685 เล่ม 1-2562", "๖๘๕ เล่ม ๑-๒๕๖๒", True, "licence and product are both under TIS 685 เล่ม 1-2562"),
        ("685 เล่ม 1-2562", "685-1-2562", True, "licence and product are both under TIS 685 เล่ม 1-2562"),
        ("685 เล่ม 1-2562", "685 เล่ม 2-2562", False, "licence is for TIS 685 เล่ม 1-2562, product falls under TIS 685 เล่ม 2-2562"),
        ("685 เล่ม 1-2562", "685-2562", False, "licence is for TIS 685 เล่ม 1-2562, product falls under TIS 685-2562"),
        ("2879-2560", None, None, "product standard unknown"),
        ("2879-2560", "not a standard", None, "cannot compare '2879-2560' with 'not a standard'"),
    ],
)
def test_standard_matches(licence_tis, product_tis, match, note):
    assert standard_matches(rec(tis=licence_tis), product_tis) == (match, note)


# --- holder_matches ----------------------------------------------------------------------------

ACME = LicenceRecord(**RECORDS[1])


def test_holder_matches_brand_against_trademark():
    assert holder_matches(ACME, "ACME", None) == (True, "listing brand 'ACME' matches licence trademark 'ACME'", 1.0)


def test_holder_matches_thai_trademark():
    assert holder_matches(ACME, "แอคมี", "ร้านอื่น") == (True, "listing brand 'แอคมี' matches licence trademark 'แอคมี'", 1.0)


def test_holder_matches_seller_against_holder_when_brand_differs():
    result = holder_matches(ACME, "Zeta", "ACME Electric Official Store")
    assert result == (True, "listing seller 'ACME Electric Official Store' matches licence holder 'Acme Electric Co., Ltd.'", 1.0)


def test_holder_mismatch_and_nothing_to_compare():
    assert holder_matches(ACME, "Zeta", "ร้านเซต้า") == (False, "neither brand nor seller matches the holder or its trademarks", 0.0)
    assert holder_matches(ACME, None, None) == (False, "the listing shows neither brand nor seller to compare", 0.0)
    assert holder_matches(ACME, "", "") == (False, "the listing shows neither brand nor seller to compare", 0.0)


def test_answer_combines_the_four_questions():
    result = answer(ACME, ON, "มอก. 934-2558", "ACME", None)
    assert result.model_dump() == {
        "status": "suspended", "active": False, "standard_match": True,
        "standard_note": "licence and product are both under TIS 934-2558",
        "holder_match": True, "holder_basis": "listing brand 'ACME' matches licence trademark 'ACME'", "holder_confidence": 1.0,
    }
    mismatch = answer(rec(), ON, "2879-2560", "Zeta", None)
    assert (mismatch.status, mismatch.active, mismatch.holder_match, mismatch.holder_confidence) == ("active", True, False, 0.9)  # a mismatch call is as reliable as the matcher: 0.96 recall on the labelled pairs


# --- names_match on labelled pairs -------------------------------------------------------------

# (name a, name b, same company/brand?) — extend freely; the thresholds below are floors.
NAME_PAIRS: list[tuple[str, str, bool]] = [
    # same entity
    ("บริษัท ตัวอย่าง จำกัด", "ตัวอย่าง", True),
    ("บริษัท ตัวอย่าง จำกัด (มหาชน)", "บมจ. ตัวอย่าง", True),
    ("บริษัทตัวอย่างจำกัด", "บริษัท  ตัวอย่าง  จำกัด", True),
    ("บจก. เอสซีจี", "บริษัท เอสซีจี จำกัด", True),
    ("ห้างหุ้นส่วนจำกัด สมชาย การไฟฟ้า", "หจก. สมชายการไฟฟ้า", True),
    ("บริษัท ทีพีพี (ประเทศไทย) จำกัด", "ทีพีพี", True),
    ("บริษัท โตชิบา ไทยแลนด์ จำกัด", "โตชิบา", True),
    ("บริษัท ไทยพาวเวอร์ จำกัด", "ไทยพาวเวอร์ ออฟฟิเชียล", True),
    ("Acme Co., Ltd.", "ACME", True),
    ("Acme Company Limited", "acme co.,ltd.", True),
    ("Siam Electric Public Company Limited", "Siam Electric PCL", True),
    ("Hatari Electric Co., Ltd.", "hatari  electric", True),
    ("Sharp Thai Co., Ltd.", "SHARP", True),
    ("Panasonic Appliances (Thailand) Co., Ltd.", "Panasonic", True),
    ("Mitsubishi Electric Consumer Products (Thailand) Co., Ltd.", "Mitsubishi Electric", True),
    ("Xiaomi Official Store", "Xiaomi", True),
    ("ร้าน ABC Shop", "abc", True),
    ("Toshiba Thailand", "TOSHIBA", True),
    ("Otto Inc.", "OTTO", True),
    ("Smart Home Corp.", "smarthome", True),
    ("Electrolux Thailand Co., Ltd.", "Electrolux Official Shop", True),
    ("Anker Innovations Limited", "Anker", True),
    ("LG Electronics (Thailand) Co., Ltd.", "LG", True),  # two-letter brand: too short to match inside
    ("บริษัท ฮาตาริ อีเลคทริค จำกัด", "HATARI", True),  # Thai vs Latin script: not transliterated
    ("ＡＣＭＥ", "Acme", True),  # full-width Latin is not folded
    # different entities
    ("Hatari", "Hitachi", False),
    ("Mitsubishi Electric", "Mitsubishi Motors", False),
    ("Ace", "Acme", False),
    ("Tesla", "Stella", False),
    ("Philips", "Signify (Thailand) Ltd.", False),
    ("AB", "ABC", False),
    ("Xiaomi", "Huawei", False),
    ("บริษัท สยามไฟฟ้า จำกัด", "บริษัท ไทยไฟฟ้า จำกัด", False),
    ("Co., Ltd.", "Company Limited", False),  # nothing left but legal words
    ("", "Acme", False),
    ("Sharp", "Sharpie", False),  # substring containment: false positives below
    ("Sun", "Samsung", False),
    ("Ion", "Lion Corporation (Thailand) Limited", False),
    ("Art", "Smart Home", False),
    ("Anker", "Ankerson", False),
    ("Home", "Homepro", False),
    ("บริษัท ทิพย์ จำกัด", "น้ำทิพย์", False),
    ("บริษัท ตัวอย่าง จำกัด", "บริษัท ตัวอย่างดี จำกัด", False),
    ("Princess", "Press", False),  # "inc" stripped inside a word
    ("Workshop Pro", "WorkPro", False),  # "shop" stripped inside a word
]

PRECISION_FLOOR = 0.95  # measured 24/25 = 0.96 with token-prefix matching and romanised Thai
RECALL_FLOOR = 0.95  # measured 24/25 = 0.96


def _scores(pairs: list[tuple[str, str, bool]]) -> tuple[float, float, list[tuple[str, str, bool]]]:
    tp = fp = fn = 0
    wrong = []
    for a, b, same in pairs:
        predicted, _ = names_match(a, b)
        if predicted and same:
            tp += 1
        elif predicted and not same:
            fp += 1
            wrong.append((a, b, same))
        elif not predicted and same:
            fn += 1
            wrong.append((a, b, same))
    return tp / (tp + fp), tp / (tp + fn), wrong


def test_names_match_precision_and_recall_on_labelled_pairs():
    assert len(NAME_PAIRS) >= 30
    precision, recall, wrong = _scores(NAME_PAIRS)
    print(f"\nnames_match on {len(NAME_PAIRS)} pairs: precision {precision:.3f}, recall {recall:.3f}")
    for a, b, same in wrong:
        print(f"  wrong: {a!r} vs {b!r} (labelled {'same' if same else 'different'})")
    assert precision >= PRECISION_FLOOR
    assert recall >= RECALL_FLOOR


def test_names_match_is_symmetric_on_labelled_pairs():
    for a, b, _ in NAME_PAIRS:
        assert names_match(a, b) == names_match(b, a), (a, b)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Acme Co., Ltd.", "ACME", (True, 1.0)),
        ("Sharp Thai Co., Ltd.", "SHARP", (True, 0.8)),
        ("Hatari", "Hitachi", (False, 0.0)),
        (None, "ACME", (False, 0.0)),
        ("บริษัท จำกัด", "จำกัด", (False, 0.0)),
    ],
)
def test_names_match_confidence(a, b, expected):
    assert names_match(a, b) == expected


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("บริษัท ตัวอย่าง จำกัด (มหาชน)", "ตัวอย่าง"),
        ("Acme Co., Ltd.", "acme"),
        ("ACME CO.,LTD.", "acme"),
        ("Hatari Electric (Thailand) Company Limited", "hatarielectric"),
        ("ร้าน ABC Official Shop", "abc"),
        ("น้ำ ๑ ทิพย์", "น้ำ1ทิพย์"),
    ],
)
def test_name_key(name, key):
    assert name_key(name) == key


def test_name_key_strips_public_company_limited():
    assert name_key("Siam Electric Public Company Limited") == "siamelectric"


@pytest.mark.parametrize(("a", "b"), [("Princess", "Press"), ("Workshop Pro", "WorkPro"), ("Restore", "Re")])
def test_legal_words_are_only_stripped_as_whole_words(a, b):
    assert names_match(a, b) == (False, 0.0)
