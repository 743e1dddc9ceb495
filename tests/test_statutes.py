"""Statute splitting: synthetic traps first, then the real consolidated texts."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from knowledge.statutes import (
    Section,
    normalise_section_number,
    parse_statute,
    section_sort_key,
)

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"
NBSP = "\u00a0"


def parse(raw: str) -> list[Section]:
    return parse_statute(
        raw, law="พ.ร.บ.ทดสอบ", source_url="https://example.test/law", sha256="ab" * 32
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("มาตรา ๒๐ ทวิ", "20 ทวิ"),
        ("๓๖/๑", "36/1"),
        ("20ทวิ", "20 ทวิ"),
        (" 36 ", "36"),
        ("มาตรา ๕๗ ทวิ[๗๑]", "57 ทวิ"),
        (f"๒๐{NBSP}เบญจ", "20 เบญจ"),
        ("35 อัฏฐ", "35 อัฏฐ"),
        ("35 อัฎฐ", "35 อัฏฐ"),
        ("269 / 15", "269/15"),
        ("๐๗", "7"),
    ],
)
def test_normalise_section_number(raw: str, expected: str) -> None:
    assert normalise_section_number(raw) == expected


@pytest.mark.parametrize("raw", ["", "มาตรา", "  "])
def test_normalise_section_number_rejects_empty_labels(raw: str) -> None:
    with pytest.raises(ValueError):
        normalise_section_number(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("๖๕ อัฏฐ/๑", "65 อัฏฐ/1"), ("มาตรา 65 เอกวีสติ", "65 เอกวีสติ"), ("บัญชีอัตราอากรแสตมป์ ๕", "บัญชีอัตราอากรแสตมป์ 5"), ("20  ทวิ ตรี", "20 ทวิ ตรี")],
)
def test_other_labels_are_normalised_only_for_digits_spaces_and_matra(raw: str, expected: str) -> None:
    """formats.md §1-2: matching normalises Thai digits, whitespace and a leading มาตรา; nothing else."""
    assert normalise_section_number(raw) == expected


def test_sort_key_orders_inserted_sections() -> None:
    order = ["20", "20 ทวิ", "20 ตรี", "20 จัตวา", "20 เบญจ", "21"]
    order += ["36", "36/1", "36/2", "36/10", "37"]
    assert sorted(reversed(order), key=section_sort_key) == order


# A small statute with the layouts met in krisdika texts: header alone on its line,
# number on the line after "มาตรา", footnote markers, NBSP, a reference wrapped onto
# a new line, a chapter heading, a repealed stub, signature, footnotes, amendment act.
SYNTHETIC = f"""


พระราชบัญญัติ
ทดสอบการแยกมาตรา
พ.ศ. ๒๕๖๖
{NBSP}
มาตรา ๑{NBSP}
พระราชบัญญัตินี้เรียกว่า พระราชบัญญัติทดสอบ
พ.ศ. ๒๕๖๖
{NBSP}
มาตรา ๒[๑]{NBSP} ให้ใช้บังคับเมื่อพ้นสามสิบวัน
{NBSP}
มาตรา ๓{NBSP} ห้ามผู้ใดขายของเล่นที่ไม่เป็นไปตาม
มาตรา ๑๐ และต้องแสดงเครื่องหมายตามที่กำหนดใน
มาตรา ๑ ทวิ ของกฎกระทรวง
{NBSP}
มาตรา
๔[๒]{NBSP}
ผู้ผลิตต้องเก็บบันทึกไว้สองปี[๓]
{NBSP}
มาตรา ๔ ทวิ[๔]{NBSP} ผู้นำเข้าต้องแจ้งล่วงหน้า
{NBSP}
มาตรา ๔ ตรี{NBSP} ให้เลขาธิการประกาศรายชื่อ
{NBSP}
หมวด ๒
บทกำหนดโทษ
{NBSP}{NBSP}{NBSP}
{NBSP}
มาตรา ๕[๕]{NBSP} ผู้ใดฝ่าฝืนมาตรา ๓ ต้องระวางโทษปรับไม่เกินหนึ่งหมื่นบาท
{NBSP}
มาตรา ๕/๑{NBSP} ผู้ใดฝ่าฝืนมาตรา ๔/๑ ต้องระวางโทษปรับ
{NBSP}
มาตรา ๖[๖]{NBSP} (ยกเลิก)
{NBSP}
มาตรา ๗{NBSP} ให้รัฐมนตรีรักษาการตามพระราชบัญญัตินี้
{NBSP}
ผู้รับสนองพระบรมราชโองการ
นายกรัฐมนตรี

[๑] ราชกิจจานุเบกษา เล่ม ๑/ตอนที่ ๑/หน้า ๑/๑ มกราคม ๒๕๖๖
[๒] มาตรา ๔ แก้ไขเพิ่มเติมโดยพระราชบัญญัติทดสอบ (ฉบับที่ ๒) พ.ศ. ๒๕๖๗
{NBSP}
พระราชบัญญัติทดสอบ (ฉบับที่ ๒) พ.ศ. ๒๕๖๗
{NBSP}
มาตรา ๒{NBSP} พระราชบัญญัตินี้ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศ
{NBSP}
มาตรา ๓๓{NBSP} ให้ยกเลิกความในมาตรา ๖
{NBSP}
มาตรา ๓๔{NBSP} ให้เพิ่มความต่อไปนี้
"""


def test_synthetic_sections_and_order() -> None:
    sections = parse(SYNTHETIC)
    expected = ["1", "2", "3", "4", "4 ทวิ", "4 ตรี", "5", "5/1", "6", "7"]
    assert [s.section for s in sections] == expected
    assert [s.ordinal for s in sections] == list(range(1, 11))
    assert {(s.law, s.source_url, s.sha256) for s in sections} == {
        ("พ.ร.บ.ทดสอบ", "https://example.test/law", "ab" * 32)
    }


def test_synthetic_text_is_cleaned() -> None:
    by = {s.section: s.text for s in parse(SYNTHETIC)}
    assert by["1"] == "มาตรา 1 พระราชบัญญัตินี้เรียกว่า พระราชบัญญัติทดสอบ พ.ศ. 2566"
    assert by["2"] == "มาตรา 2 ให้ใช้บังคับเมื่อพ้นสามสิบวัน"
    assert by["4"] == "มาตรา 4 ผู้ผลิตต้องเก็บบันทึกไว้สองปี"  # footnotes gone, number joined
    assert by["4 ทวิ"] == "มาตรา 4 ทวิ ผู้นำเข้าต้องแจ้งล่วงหน้า"
    assert by["6"] == "มาตรา 6 (ยกเลิก)"  # repealed stubs stay


def test_wrapped_reference_is_not_a_header() -> None:
    text = {s.section: s.text for s in parse(SYNTHETIC)}["3"]
    assert text == (
        "มาตรา 3 ห้ามผู้ใดขายของเล่นที่ไม่เป็นไปตาม มาตรา 10 "
        "และต้องแสดงเครื่องหมายตามที่กำหนดใน มาตรา 1 ทวิ ของกฎกระทรวง"
    )


def test_heading_dropped_and_body_ends_at_signature() -> None:
    by = {s.section: s.text for s in parse(SYNTHETIC)}
    assert by["4 ตรี"] == "มาตรา 4 ตรี ให้เลขาธิการประกาศรายชื่อ"  # "หมวด 2 บทกำหนดโทษ" dropped
    assert by["5/1"] == "มาตรา 5/1 ผู้ใดฝ่าฝืนมาตรา 4/1 ต้องระวางโทษปรับ"
    assert by["7"] == "มาตรา 7 ให้รัฐมนตรีรักษาการตามพระราชบัญญัตินี้"
    assert not any("33" in s.section or "ราชกิจจานุเบกษา" in s.text for s in parse(SYNTHETIC))


def test_crlf_gives_same_sections() -> None:
    assert parse(SYNTHETIC.replace("\n", "\r\n")) == parse(SYNTHETIC)


def test_appended_act_without_signature_is_cut() -> None:
    raw = (
        f"มาตรา ๑{NBSP} ชื่อ\n{NBSP}\nมาตรา ๒{NBSP} ผู้ใดทำผิด ต้องระวางโทษปรับ\n"
        "[อัตราโทษ แก้ไขเพิ่มเติมโดยมาตรา ๓ แห่งพระราชบัญญัติแก้ไขเพิ่มเติม]\n"
        f"{NBSP}\n\n พระราชบัญญัติแก้ไขเพิ่มเติมทดสอบ (ฉบับที่ ๒)\n{NBSP}\n"
        f"มาตรา ๒{NBSP} ให้ใช้บังคับทันที\n"
    )
    sections = parse(raw)
    assert [s.section for s in sections] == ["1", "2"]
    assert sections[1].text == (
        "มาตรา 2 ผู้ใดทำผิด ต้องระวางโทษปรับ "
        "[อัตราโทษ แก้ไขเพิ่มเติมโดยมาตรา 3 แห่งพระราชบัญญัติแก้ไขเพิ่มเติม]"
    )


def test_promulgating_act_before_code_is_skipped() -> None:
    act = "".join(f"มาตรา {d}{NBSP} บทของพระราชบัญญัติให้ใช้\n{NBSP}\n" for d in "๑๒๓")
    code = "".join(f"มาตรา {d}{NBSP} บทของประมวล\n{NBSP}\n" for d in "๑๒๓๔๕")
    raw = act + "ผู้รับสนองพระบรมราชโองการ\n\nสารบาญ\n\n" + code
    sections = parse(raw)
    assert [s.section for s in sections] == ["1", "2", "3", "4", "5"]
    assert all("ประมวล" in s.text for s in sections)


def test_no_headers_gives_nothing() -> None:
    assert parse("ข้อความที่ไม่มีมาตราใดเลย\n") == []


# ---- the real consolidated statutes ------------------------------------------------

# id -> (sections, first, last), for the files pinned by sha256 in MANIFEST.json.
EXPECTED = {
    "law/452494": (76, "1", "58"),
    "law/302495": (99, "1", "63"),
    "law/570721": (59, "1", "46"),
    "law/393573": (78, "1", "78"),
    "law/305008": (163, "1", "129"),
    "law/734574": (94, "1", "94"),
    "law/773817": (143, "1", "129"),
    "law/573051": (60, "1", "60"),
    "law/443287": (444, "1", "398"),
    "law/556460": (30, "1", "30"),
    "law/573159": (118, "1", "93"),
}


@pytest.fixture(scope="module")
def statutes() -> dict[str, list[Section]]:
    if not (DATA / "MANIFEST.json").is_file():
        pytest.skip(f"shared statute data not found at {DATA}")
    manifest = json.loads((DATA / "MANIFEST.json").read_text(encoding="utf-8"))
    parsed: dict[str, list[Section]] = {}
    for entry in manifest["files"]:
        if entry["kind"] != "statute":
            continue
        data = (DATA / entry["local_path"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == entry["sha256"], entry["id"]
        parsed[entry["id"]] = parse_statute(
            data.decode("utf-8"),
            law=entry["title_th"],
            source_url=entry["upstream_url"],
            sha256=entry["sha256"],
        )
    return parsed


def test_every_statute_in_manifest(statutes: dict[str, list[Section]]) -> None:
    assert set(statutes) == set(EXPECTED)


@pytest.mark.parametrize("law_id", sorted(EXPECTED))
def test_statute_shape(statutes: dict[str, list[Section]], law_id: str) -> None:
    sections = statutes[law_id]
    numbers = [s.section for s in sections]
    count, first, last = EXPECTED[law_id]
    assert (len(numbers), numbers[0], numbers[-1]) == (count, first, last)
    keys = [section_sort_key(n) for n in numbers]
    assert keys == sorted(set(keys)), "order must be strictly increasing, no duplicates"
    assert [s.ordinal for s in sections] == list(range(1, count + 1))
    for s in sections:
        assert s.text.startswith(f"มาตรา {s.section}"), s.text[:40]
        assert not any("\u0e50" <= ch <= "\u0e59" for ch in s.text), s.section
        assert "[1]" not in s.text and "  " not in s.text and "\n" not in s.text
        assert "ผู้รับสนองพระบรมราชโองการ" not in s.text
        assert "หมายเหตุ :-" not in s.text


def test_ipsa_key_sections(statutes: dict[str, list[Section]]) -> None:
    by = {s.section: s for s in statutes["law/452494"]}
    wanted = ["3", "15", "16", "17", "17/1", "20", "20 ทวิ", "20 ตรี", "21", "21 ทวิ",
              "21 ตรี", "36", "36/1", "48", "52", "55", "57 ทวิ"]
    assert [n for n in wanted if n not in by] == []
    assert "มาตรา 36 หรือมาตรา 36/1" in by["55"].text
    assert "ต้องระวางโทษ" in by["55"].text
    assert by["53"].text == "มาตรา 53 (ยกเลิก)"
    assert by["20 เบญจ"].ordinal == by["20 จัตวา"].ordinal + 1


def test_criminal_code_body_not_promulgating_act(statutes: dict[str, list[Section]]) -> None:
    by = {s.section: s for s in statutes["law/443287"]}
    assert by["1"].text.startswith("มาตรา 1 ในประมวลกฎหมายนี้")
    s271 = by["271"].text
    assert "ขายของ" in s271 and "ผู้ซื้อ" in s271 and "หลอกลวง" in s271
    assert "ต้องระวางโทษ" in s271
    # The last section stops before the appended amendment acts.
    assert "ให้ใช้บังคับตั้งแต่วันถัดจากวันประกาศ" not in by["398"].text


def test_headings_do_not_pollute(statutes: dict[str, list[Section]]) -> None:
    cosmetics = {s.section: s.text for s in statutes["law/734574"]}
    assert "บทกำหนดโทษ" not in cosmetics["59"]  # the หมวด ๙ heading follows s.59
    assert "บทเฉพาะกาล" not in cosmetics["90"]
    code = {s.section: s.text for s in statutes["law/443287"]}
    assert "ลักษณะ 8" not in code["269/15"]
