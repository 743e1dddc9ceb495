"""Evidence items: content-hashed IDs, sha256 of the payload, quote checks and the citation checker."""

from __future__ import annotations

import hashlib
import re

import pytest

from agent.errors import CitationError
from agent.evidence import (
    Evidence,
    canonical_json,
    check_citations,
    make_evidence,
    merge_ledger,
    quote_in,
    require_valid_citations,
    utc_now,
)

PAGE_TEXT = "พัดลมตั้งพื้น 16 นิ้ว\nยี่ห้อ: ACME\nใบอนุญาตเลขที่ น 30516-48/2879\u00a0ราคา 590 บาท"


@pytest.mark.parametrize(
    ("kind", "prefix"),
    [("page", "page"), ("screenshot", "shot"), ("registry", "reg"), ("standard", "std"), ("law", "law"), ("extraction", "ext")],
)
def test_id_prefix_per_kind_and_twelve_hex_digits(kind, prefix):
    item = make_evidence(kind, "https://shop.example/item/1", "payload")
    digest = hashlib.sha256(b"payload").hexdigest()
    assert item.id == f"{prefix}-{digest[:12]}"
    assert re.fullmatch(rf"{prefix}-[0-9a-f]{{12}}", item.id)


def test_same_payload_same_id_regardless_of_source_time_and_label():
    a = make_evidence("page", "https://a.example/1", PAGE_TEXT, retrieved_at="2024-01-01T00:00:00Z", label="one")
    b = make_evidence("page", "https://b.example/2", PAGE_TEXT, retrieved_at="2025-06-30T12:00:00Z", label="two")
    assert a.id == b.id
    assert a.sha256 == b.sha256


def test_different_payload_different_id():
    a = make_evidence("page", "s", PAGE_TEXT)
    b = make_evidence("page", "s", PAGE_TEXT + " ")
    assert a.id != b.id


def test_str_and_utf8_bytes_payload_hash_equally():
    as_text = make_evidence("page", "s", PAGE_TEXT)
    as_bytes = make_evidence("page", "s", PAGE_TEXT.encode("utf-8"))
    assert as_text.id == as_bytes.id
    assert as_text.sha256 == hashlib.sha256(PAGE_TEXT.encode("utf-8")).hexdigest()


def test_sha256_matches_binary_payload_and_bytes_have_no_implicit_content():
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256))
    item = make_evidence("screenshot", "s", data, path="screenshot.png", media_type="image/png")
    assert item.sha256 == hashlib.sha256(data).hexdigest()
    assert item.id == "shot-" + hashlib.sha256(data).hexdigest()[:12]
    assert item.content is None
    assert item.path == "screenshot.png"
    assert item.media_type == "image/png"


def test_text_payload_is_its_own_content_unless_given():
    item = make_evidence("registry", "local", '{"licence_no": "x"}')
    assert item.content == '{"licence_no": "x"}'
    explicit = make_evidence("page", "s", b"<html>raw</html>", content="raw")
    assert explicit.content == "raw"


def test_retrieved_at_default_is_utc_seconds():
    stamp = utc_now()
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", stamp)
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z", make_evidence("law", "s", "x").retrieved_at)
    assert make_evidence("law", "s", "x", retrieved_at="2024-02-03T04:05:06Z").retrieved_at == "2024-02-03T04:05:06Z"


def test_canonical_json_is_key_order_independent_and_keeps_thai():
    a = canonical_json({"b": 1, "a": "ไทย"})
    b = canonical_json({"a": "ไทย", "b": 1})
    assert a == b == '{"a":"ไทย","b":1}'
    assert make_evidence("extraction", "s", a).id == make_evidence("extraction", "s", b).id


def test_public_drops_large_content_only():
    small = make_evidence("page", "s", "x" * 4000)
    large = make_evidence("page", "s", "x" * 4001)
    assert small.public()["content"] == "x" * 4000
    assert "content" not in large.public()
    assert large.public()["sha256"] == large.sha256
    assert "path" not in small.public()  # None fields are left out


# --- quote_in ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("ยี่ห้อ: ACME", True),
        ("16 นิ้ว ยี่ห้อ: ACME", True),  # newline in the content folds to one space
        ("ใบอนุญาตเลขที่   น 30516-48/2879 ราคา", True),  # NBSP in content, runs of spaces in quote
        ("  ยี่ห้อ:\tACME  ", True),  # outer whitespace ignored
        ("ยี่ห้อ:ACME", False),  # removing a space is not folding
        ("acme", False),  # case matters
        ("ยี่ห้อ: ACME2", False),
        ("น ๓๐๕๑๖-๔๘/๒๘๗๙", False),  # no digit normalisation: quotes are exact text
    ],
)
def test_quote_in_folds_whitespace_only(quote, expected):
    assert quote_in(quote, PAGE_TEXT) is expected


def test_quote_in_empty_or_missing_content_is_false():
    assert quote_in("x", None) is False
    assert quote_in("x", "") is False


# --- citations ---------------------------------------------------------------------------------


@pytest.fixture
def ledger() -> dict[str, Evidence]:
    page = make_evidence("page", "https://shop.example/item/1", PAGE_TEXT)
    shot = make_evidence("screenshot", "https://shop.example/item/1", b"\x89PNG fake")
    return {page.id: page, shot.id: shot}


def test_check_citations_all_good(ledger):
    page_id, shot_id = list(ledger)
    cited = [("finding[0]", page_id, "ยี่ห้อ: ACME"), ("claim[0]", shot_id, None), ("claim[1]", page_id, None)]
    assert check_citations(cited, ledger) == []
    assert require_valid_citations(iter(cited), ledger) == 3


def test_check_citations_reports_unknown_id_and_missing_quote(ledger):
    page_id, shot_id = list(ledger)
    cited = [
        ("finding[0]", "page-000000000000", None),
        ("claim[2]", page_id, "ยี่ห้อ: OTHER"),
        ("claim[3]", shot_id, "any text"),  # the screenshot has no text content
        ("claim[4]", page_id, "ยี่ห้อ: ACME"),
    ]
    problems = check_citations(cited, ledger)
    assert [(p.where, p.evidence_id, p.problem) for p in problems] == [
        ("finding[0]", "page-000000000000", "unknown_id"),
        ("claim[2]", page_id, "quote_not_found"),
        ("claim[3]", shot_id, "quote_not_found"),
    ]


def test_require_valid_citations_raises_for_unknown_id(ledger):
    with pytest.raises(CitationError) as info:
        require_valid_citations([("law[0]", "law-deadbeef0000", None)], ledger)
    assert str(info.value) == "1 citation(s) failed verification: law[0]: unknown_id law-deadbeef0000"
    assert info.value.exit_code == 5


def test_require_valid_citations_raises_for_quote_not_in_content(ledger):
    page_id = next(iter(ledger))
    with pytest.raises(CitationError) as info:
        require_valid_citations([("claim[0]", page_id, "มอก. 2879-2560")], ledger)
    assert str(info.value) == f"1 citation(s) failed verification: claim[0]: quote_not_found {page_id}"


def test_require_valid_citations_lists_at_most_five_but_counts_all(ledger):
    cited = [(f"claim[{i}]", f"page-{i:012d}", None) for i in range(7)]
    with pytest.raises(CitationError) as info:
        require_valid_citations(cited, ledger)
    message = str(info.value)
    assert message.startswith("7 citation(s) failed verification: ")
    assert message.count("unknown_id") == 5
    assert "claim[4]" in message and "claim[5]" not in message


def test_require_valid_citations_with_nothing_cited():
    assert require_valid_citations([], {}) == 0


# --- the ledger reducer ------------------------------------------------------------------------


def test_merge_ledger_unions_by_id_without_mutating_inputs():
    a = make_evidence("page", "s", "one")
    b = make_evidence("page", "s", "two")
    c = make_evidence("law", "s", "three")
    left = {a.id: a, b.id: b}
    right = {b.id: b, c.id: c}
    merged = merge_ledger(left, right)
    assert list(merged) == [a.id, b.id, c.id]
    assert merged[c.id] is c
    assert list(left) == [a.id, b.id] and list(right) == [b.id, c.id]


def test_merge_ledger_handles_none_on_either_side():
    a = make_evidence("page", "s", "one")
    assert merge_ledger(None, None) == {}
    assert merge_ledger(None, {a.id: a}) == {a.id: a}
    assert merge_ledger({a.id: a}, None) == {a.id: a}
