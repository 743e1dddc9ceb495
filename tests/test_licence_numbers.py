"""TISI licence numbers: parsing seller spellings, malformed numbers, and finding them in listing text."""

from __future__ import annotations

import pydantic
import pytest

from tools.licence_numbers import (
    LicenceNumber,
    MalformedLicence,
    find_licence_mentions,
    licence_matches_tis,
    normalise_licence_number,
    parse_licence_number,
)
from tools.tis_numbers import TisNumber

# (text as a seller writes it, compact form of the one licence number it gives)
VALID: list[tuple[str, str]] = [
    ("ท5137-2/10", "ท5137-2/10"),
    ("ท 5137-2/10", "ท5137-2/10"),
    ("ท. 5137-2/10", "ท5137-2/10"),
    ("ท-5137-2/10", "ท5137-2/10"),
    ("T-5137-2/10", "ท5137-2/10"),
    ("T5137-2/10", "ท5137-2/10"),
    ("น 30516-48/2879", "น30516-48/2879"),
    ("น30516-48/2879", "น30516-48/2879"),
    ("น-30516-48/2879", "น30516-48/2879"),
    ("น - 30516-48/2879", "น30516-48/2879"),
    ("น 30516 - 48 / 2879", "น30516-48/2879"),
    ("น ๓๐๕๑๖-๔๘/๒๘๗๙", "น30516-48/2879"),
    ("น๓๐๕๑๖–๔๘/๒๘๗๙", "น30516-48/2879"),
    ("N30516-48/2879", "น30516-48/2879"),
    ("N 30516-48/2879", "น30516-48/2879"),
    ("ส 1234-5/2432", "ส1234-5/2432"),
    ("S1234-5/2432", "ส1234-5/2432"),
    ("นค 4321-1/685", "นค4321-1/685"),
    ("NK4321-1/685", "นค4321-1/685"),
    ("น 2050/62368", "น2050/62368"),  # no sequence
    ("ใบอนุญาตเลขที่ น 30516-48/2879", "น30516-48/2879"),
    ("ใบอนุญาตเลขที่น30516-48/2879", "น30516-48/2879"),  # glued to the keyword
    ("ใบอนุญาต ท5137-2/10", "ท5137-2/10"),
    ("เลขที่ใบอนุญาต: น 30516-48/2879", "น30516-48/2879"),
    ("ใบอนุญาตนำเข้าเลขที่ น30516-48/2879", "น30516-48/2879"),
    ("License No. N30516-48/2879", "น30516-48/2879"),
    ("Licence no: ท 5137-2/10", "ท5137-2/10"),
    ("TISI licence น-30516-48/2879", "น30516-48/2879"),
    ("license no. n30516-48/2879", "น30516-48/2879"),  # lower-case Latin only after a keyword
    ("(น 30516-48/2879)", "น30516-48/2879"),
    ("| ใบอนุญาต | ท. 5137-2/10 |", "ท5137-2/10"),
    ("มอก.2879-2560 (น30516-48/2879)", "น30516-48/2879"),
    ("ใบอนุญาตเลขที่ NK-1234-5/2879", "นค1234-5/2879"),
    ("ใบอนุญาตเลขที่ ท 12/10", "ท12/10"),  # short, but a keyword vouches for it
]

# (text, substring of the reason): every one introduced by a licence keyword
MALFORMED: list[tuple[str, str]] = [
    ("ใบอนุญาตเลขที่ 30516-48/2879", "missing licence type letter"),
    ("เลขที่ใบอนุญาต มอก. 30516-48/2879", "missing licence type letter"),
    ("License No. 2879-2560", "missing licence type letter"),
    ("ใบอนุญาต 30516-48/2879", "missing licence type letter"),
    ("ใบอนุญาตเลขที่ น 30516-48", "missing '/standard' part"),
    ("ใบอนุญาต น 30516-48", "missing '/standard' part"),
    ("ใบอนุญาตเลขที่ น 3O516-48/2879", "non-digit characters"),
    ("License No. N30516-4B/2879", "non-digit characters"),
    ("ใบอนุญาตเลขที่ ก 30516-48/2879", "unknown licence type letter 'ก'"),
    ("Licence no: X 30516-48/2879", "unknown licence type letter 'X'"),
    ("ใบอนุญาตเลขที่ -", "empty licence number"),
    ("เลขที่ใบอนุญาต: ไม่มี", "empty licence number"),
    ("License No.: N/A", "empty licence number"),
    ("ใบอนุญาตเลขที่ น 3051612345-48/2879", "implausible digit count"),
    ("ใบอนุญาตเลขที่ น 30516-48/2879123", "implausible digit count"),
    ("ใบอนุญาตเลขที่ น/2879", "missing licensee number"),
    ("ใบอนุญาตเลขที่ น 30516-48-1/2879", "at most one '-sequence'"),
    ("ใบอนุญาตเลขที่ น 30516-48/2879-2560", "after the '/standard' part"),
]

# No licence number here: prices, phones, dates, sizes, times, model and TIS numbers, bare "licence" talk.
DECOYS: list[str] = [
    "ราคา 2,879 บาท",
    "โทร 081-234-5678",
    "ผลิตวันที่ 12/10/2560",
    "รุ่น PB-2879-2560X",
    "รุ่น 123-4/56",
    "มอก. 2879-2560",
    "IEC 62368-1",
    "ไซส์ S 36/38",
    "เปิด 9.00-18.00 น. 12/2560",
    "ส 1/2 นิ้ว",
    "30516-48/2879",  # no type letter and no keyword: not reported
    "น 30516-48",  # no standard and no keyword: not reported
    "ก 30516-48/2879",
    "น 3O516-48/2879",
    "ใบอนุญาต 5 ปี",
    "ได้รับใบอนุญาต มอก. 2879-2560",
    "ใบอนุญาต - ส่งฟรี",
    "License: pending",
    "licensee 12345",
    "n30516-48/2879",
]


@pytest.mark.parametrize(("text", "compact"), VALID)
def test_valid_spellings_are_found(text: str, compact: str) -> None:
    mentions = find_licence_mentions(text)
    assert len(mentions) == 1
    (mention,) = mentions
    assert mention.malformed_reason is None
    assert mention.number is not None and mention.number.compact == compact
    assert text[mention.start : mention.end] == mention.quote


@pytest.mark.parametrize(("text", "compact"), VALID)
def test_valid_spellings_normalise(text: str, compact: str) -> None:
    quote = find_licence_mentions(text)[0].quote
    assert normalise_licence_number(quote) == compact


@pytest.mark.parametrize(("text", "reason"), MALFORMED)
def test_malformed_after_keyword(text: str, reason: str) -> None:
    (mention,) = find_licence_mentions(text)
    assert mention.number is None
    assert mention.malformed_reason is not None and reason in mention.malformed_reason
    assert text[mention.start : mention.end] == mention.quote
    assert mention.start == 0  # the quote starts at the keyword that introduced it


@pytest.mark.parametrize(("text", "reason"), MALFORMED)
def test_parse_raises_with_reason(text: str, reason: str) -> None:
    with pytest.raises(MalformedLicence) as info:
        parse_licence_number(text)
    assert reason in info.value.reason
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("text", DECOYS)
def test_decoys_are_not_licences(text: str) -> None:
    assert find_licence_mentions(text) == []


def test_canonical_and_compact() -> None:
    number = parse_licence_number(" น ๓๐๕๑๖ - ๔๘ / ๒๘๗๙ ")
    assert number == LicenceNumber(type="น", licensee_no="30516", sequence="48", tis_base="2879")
    assert number.canonical == "น 30516-48/2879"
    assert number.compact == "น30516-48/2879"
    no_sequence = parse_licence_number("ท 2050/10")
    assert (no_sequence.sequence, no_sequence.canonical) == (None, "ท 2050/10")
    assert parse_licence_number("NK4321-1/685").canonical == "นค 4321-1/685"


def test_licence_number_is_frozen_and_validated() -> None:
    number = parse_licence_number("ท5137-2/10")
    with pytest.raises(pydantic.ValidationError):
        number.tis_base = "2879"  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        LicenceNumber(type="ก", licensee_no="1", tis_base="10")  # type: ignore[arg-type]


def test_licence_matches_tis() -> None:
    licence = parse_licence_number("น 30516-48/2879")
    assert licence_matches_tis(licence, TisNumber(base="2879", year="2560"))
    assert licence_matches_tis(licence, TisNumber(base="2879"))
    assert not licence_matches_tis(licence, TisNumber(base="2432", year="2555"))
    part_licence = parse_licence_number("ท 1234-5/685")
    assert licence_matches_tis(part_licence, TisNumber(base="685", part="1", year="2562"))
    assert not licence_matches_tis(part_licence, TisNumber(base="6850"))


LISTING = (
    "🔥 พาวเวอร์แบงค์ 20000mAh รุ่น PB-2879-2560X ราคา 2,879 บาท ส่งฟรี! โทร 081-234-5678\n"
    "มาตรฐาน: มอก. 2879–2560 (IEC 62368-1)\n"
    "ใบอนุญาตเลขที่ น ๓๐๕๑๖-๔๘/๒๘๗๙ | ผลิตวันที่ 12/10/2560\n"
    "Adapter: License No. T-5137-2/10; cable licence no: ก 30516-48/2879\n"
    "ที่ชาร์จในรถ เลขที่ใบอนุญาต -\n"
)


def test_spans_on_mixed_listing() -> None:
    mentions = find_licence_mentions(LISTING)
    summary = [(m.quote, m.number.compact if m.number else None, m.malformed_reason) for m in mentions]
    assert summary == [
        ("น ๓๐๕๑๖-๔๘/๒๘๗๙", "น30516-48/2879", None),
        ("T-5137-2/10", "ท5137-2/10", None),
        ("licence no: ก 30516-48/2879", None, "unknown licence type letter 'ก' (expected ท/น/ส/นค)"),
        ("เลขที่ใบอนุญาต -", None, "empty licence number"),
    ]
    for m in mentions:
        assert LISTING[m.start : m.end] == m.quote


def test_overlapping_finds_are_kept_once() -> None:
    text = "ใบอนุญาตเลขที่ น 30516-48/2879 และ ใบอนุญาต ท5137-2/10"
    assert [m.number.compact for m in find_licence_mentions(text) if m.number] == ["น30516-48/2879", "ท5137-2/10"]
    assert len(find_licence_mentions(text)) == 2
