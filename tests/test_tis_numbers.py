"""TIS (มอก.) number parsing and finding TIS claims in listing text."""

from __future__ import annotations

import pydantic
import pytest

from tools.tis_numbers import TisNumber, find_tis_mentions, normalise_tis, parse_tis_number

# (listing text, canonical numbers found in order; None = a TIS claim without a number)
MENTIONS: list[tuple[str, list[str | None]]] = [
    ("มอก. 2879-2560", ["2879-2560"]),
    ("มอก.2879-2560", ["2879-2560"]),
    ("มอก 2879–2560", ["2879-2560"]),  # en dash
    ("มอก. 2879 — 2560", ["2879-2560"]),  # em dash with spaces
    ("มอก. ๒๘๗๙-๒๕๖๐", ["2879-2560"]),  # Thai digits
    ("TIS 2879-2560", ["2879-2560"]),
    ("TIS2879-2560", ["2879-2560"]),
    ("TIS No. 2879-2560", ["2879-2560"]),
    ("ม.อ.ก. 2879", ["2879"]),
    ("มอก.2879", ["2879"]),
    ("มอก.685 เล่ม 1-2562", ["685 เล่ม 1-2562"]),
    ("มอก. 685-1-2562", ["685 เล่ม 1-2562"]),
    ("มอก. ๖๘๕ เล่ม ๑-๒๕๖๒", ["685 เล่ม 1-2562"]),
    ("มอก. 60335 เล่ม 2(23)-2564", ["60335 เล่ม 2(23)-2564"]),
    ("มอก. 11 เล่ม 101-2559", ["11 เล่ม 101-2559"]),
    ("มอก. 62368 เล่ม 1-2563", ["62368 เล่ม 1-2563"]),
    ("TIS 62368 Part 1-2563", ["62368 เล่ม 1-2563"]),
    ("มอก. 62368-1", ["62368 เล่ม 1"]),
    ("มาตรฐานผลิตภัณฑ์อุตสาหกรรม เลขที่ มอก. 2432-2555", ["2432-2555"]),
    ("มอก. 2879 พ.ศ. 2560", ["2879-2560"]),
    ("มอก.(2879-2560)", ["2879-2560"]),
    ("มอก. 2879-2560, 62368 เล่ม 1-2563", ["2879-2560", "62368 เล่ม 1-2563"]),
    ("มอก. 2879-2560 และ มอก. 2432-2555", ["2879-2560", "2432-2555"]),
    ("สินค้าได้มาตรฐาน มอก.", [None]),
    ("มีเครื่องหมาย มอก. รับประกัน 1 ปี", [None]),
    ("ได้มาตรฐานผลิตภัณฑ์อุตสาหกรรม", [None]),
    # decoys: no TIS keyword, or a keyword followed by something that is not a standard number
    ("IEC 62368-1", []),
    ("รุ่น PB-2879-2560X", []),
    ("โทร 081-287-9256", []),
    ("ราคา 2,879 บาท", []),
    ("ผลิต 12-2560", []),
    ("หมอกควัน 2879-2560", []),  # หมอก (fog) contains มอก
    ("TISI 2879-2560", []),  # the institute, not a standard number
    ("มอก. 2,879 บาท", [None]),  # price after the keyword is not the standard
    ("มอก. 30516-48/2879", [None]),  # a licence number without its type letter
    ("มอก. 081-234-5678", [None]),
    ("มอก. 2879-2560 ราคา 1,290 บาท", ["2879-2560"]),
    ("มอก. 2879-2560, 1,290 บาท", ["2879-2560"]),  # a list continues only with a dated/part number
]


@pytest.mark.parametrize(("text", "expected"), MENTIONS)
def test_find_tis_mentions(text: str, expected: list[str | None]) -> None:
    mentions = find_tis_mentions(text)
    assert [m.number.canonical if m.number else None for m in mentions] == expected
    for m in mentions:
        assert text[m.start : m.end] == m.quote


@pytest.mark.parametrize(
    ("raw", "base", "part", "year"),
    [
        ("2879-2560", "2879", None, "2560"),
        ("2879", "2879", None, None),
        ("๒๘๗๙-๒๕๖๐", "2879", None, "2560"),
        ("685 เล่ม 1-2562", "685", "1", "2562"),
        ("685เล่ม1-2562", "685", "1", "2562"),
        ("685-1-2562", "685", "1", "2562"),
        ("685 ส่วน 1-2562", "685", "1", "2562"),
        ("60335 part 2 (23) - 2564", "60335", "2(23)", "2564"),
        ("60335 Part 2(23)-2564", "60335", "2(23)", "2564"),
        ("11 เล่ม 101-2559", "11", "101", "2559"),
        (" มอก. 2879–2560 ", "2879", None, "2560"),
        ("TIS 62368-1", "62368", "1", None),
    ],
)
def test_parse_tis_number(raw: str, base: str, part: str | None, year: str | None) -> None:
    assert parse_tis_number(raw) == TisNumber(base=base, part=part, year=year)


@pytest.mark.parametrize("raw", ["", "abc", "IEC", "2879-2560x", "2,879", "30516-48/2879", "0812345678", "มอก."])
def test_parse_tis_number_rejects(raw: str) -> None:
    assert parse_tis_number(raw) is None


def test_canonical_and_family() -> None:
    assert TisNumber(base="2879", year="2560").canonical == "2879-2560"
    assert TisNumber(base="2879").canonical == "2879"
    assert TisNumber(base="685", part="1", year="2562").canonical == "685 เล่ม 1-2562"
    assert TisNumber(base="685", part="1").canonical == "685 เล่ม 1"
    assert TisNumber(base="685", part="1", year="2562").family == "685 เล่ม 1"
    assert TisNumber(base="2879", year="2560").family == "2879"


def test_tis_number_is_frozen_and_validated() -> None:
    number = TisNumber(base="2879", year="2560")
    with pytest.raises(pydantic.ValidationError):
        number.base = "1"  # type: ignore[misc]
    with pytest.raises(pydantic.ValidationError):
        TisNumber(base="28a9")
    with pytest.raises(pydantic.ValidationError):
        TisNumber(base="2879", year="60")


def test_normalise_tis() -> None:
    assert normalise_tis("มอก. ๖๘๕-๑-๒๕๖๒") == "685 เล่ม 1-2562"
    assert normalise_tis("2879 – 2560") == "2879-2560"
    with pytest.raises(ValueError):
        normalise_tis("IEC 62368-1")


LISTING = (
    "พาวเวอร์แบงค์ 20000mAh รุ่น PB-2879-2560X ราคา 2,879 บาท\n"
    "✅ สินค้าได้มาตรฐาน มอก. ปลอดภัย 100%\n"
    "Standard: TIS 2879–2560 (IEC 62368-1) | ใบอนุญาตเลขที่ น ๓๐๕๑๖-๔๘/๒๘๗๙\n"
    "สายชาร์จ มอก.๖๘๕ เล่ม ๑-๒๕๖๒, 62368 เล่ม 1-2563 โทร 081-287-9256 ผลิต 12-2560"
)


def test_spans_on_mixed_listing() -> None:
    mentions = find_tis_mentions(LISTING)
    assert [(m.quote, m.number.canonical if m.number else None) for m in mentions] == [
        ("มอก.", None),
        ("TIS 2879–2560", "2879-2560"),
        ("มอก.๖๘๕ เล่ม ๑-๒๕๖๒", "685 เล่ม 1-2562"),
        ("62368 เล่ม 1-2563", "62368 เล่ม 1-2563"),
    ]
    for m in mentions:
        assert LISTING[m.start : m.end] == m.quote
    assert mentions == sorted(mentions, key=lambda m: m.start)


def test_spans_survive_invisible_characters() -> None:
    text = "\u200bมอก.\u00a0๒๘๗๙\u2013๒๕๖๐ ของแท้"
    (mention,) = find_tis_mentions(text)
    assert mention.number == TisNumber(base="2879", year="2560")
    assert text[mention.start : mention.end] == mention.quote == "มอก.\u00a0๒๘๗๙\u2013๒๕๖๐"
