"""Cross-references and offence -> penalty links read from section text."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from knowledge.penalties import (
    cross_references,
    offences,
    penalty_clauses,
    penalty_links,
    penalty_text,
)
from knowledge.statutes import NUMBER_RE, Section, normalise_section_number, parse_statute

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data"


def sec(text: str, ordinal: int = 1) -> Section:
    header = re.match(rf"มาตรา ({NUMBER_RE})", text)
    assert header, text
    number = normalise_section_number(header.group(1))
    return Section(
        law="ทดสอบ", section=number, text=text, ordinal=ordinal, source_url="u", sha256="s"
    )


# ---- cross_references ----------------------------------------------------------------


def test_sec_helper_reads_header() -> None:
    assert sec("มาตรา 20 ทวิ ให้ทำ").section == "20 ทวิ"
    assert sec("มาตรา 36/1 ผู้ใด").section == "36/1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("มาตรา 9 ให้ขออนุญาตตามมาตรา 20", ["20"]),
        ("มาตรา 9 ให้ตรวจตามมาตรา 16 มาตรา 20 มาตรา 20 ทวิ มาตรา 21 และมาตรา 21 ทวิ",
         ["16", "20", "20 ทวิ", "21", "21 ทวิ"]),
        ("มาตรา 9 ผู้ใดฝ่าฝืนมาตรา 31 หรือมาตรา 32", ["31", "32"]),
        ("มาตรา 9 ให้ทำตามมาตรา 33 วรรคหนึ่งหรือวรรคสอง", ["33"]),
        ("มาตรา 9 ให้ทำตามมาตรา 36/1 และมาตรา 6 (1)", ["36/1", "6"]),
        ("มาตรา 9 ให้ทำตามมาตรา 20 แล้วอ้างมาตรา 20 อีก", ["20"]),
        ("มาตรา 9 ให้ทำตามมาตรา 9 และมาตรา 10", ["10"]),  # own number left out
        ("มาตรา 9 ผู้ใดฝ่าฝืนมาตรา 35 สัตต", ["35 สัตต"]),
        ("มาตรา 9 ตามมาตรา 5 ฉบับนี้", ["5"]),  # "ฉ" of ฉบับ is not a suffix
    ],
)
def test_cross_references(text: str, expected: list[str]) -> None:
    assert cross_references(sec(text)) == expected


def test_other_law_references_are_left_out() -> None:
    text = (
        "มาตรา 12 ให้นำมาตรา 5 และมาตรา 6 แห่งประมวลกฎหมายวิธีพิจารณาความอาญามาใช้ "
        "และให้ทำตามมาตรา 7 แห่งพระราชบัญญัตินี้ ส่วนมาตรา 8 วรรคสอง แห่งพระราชบัญญัติอื่น "
        "ไม่ใช้ แต่ใช้มาตรา 20 (3) ของกฎหมายว่าด้วยโรงงาน และมาตรา 21"
    )
    assert cross_references(sec(text)) == ["7", "21"]


def test_editorial_notes_are_not_references() -> None:
    text = "มาตรา 271 ผู้ใดขาย ต้องระวางโทษปรับ [อัตราโทษ แก้ไขเพิ่มเติมโดยมาตรา 8 ในฉบับที่ 26]"
    assert cross_references(sec(text)) == []


# ---- penalty clauses and links -----------------------------------------------------------


def test_penalty_text_stops_at_next_sentence() -> None:
    s = sec(
        "มาตรา 60 ผู้ใดผลิตของตามมาตรา 6 ต้องระวางโทษจำคุกไม่เกินสองปี หรือปรับไม่เกินสองแสนบาท"
        " หรือทั้งจำทั้งปรับ ผู้ใดขายของตามมาตรา 6 ต้องระวางโทษปรับไม่เกินห้าหมื่นบาท"
    )
    assert penalty_text(s) == (
        "ต้องระวางโทษจำคุกไม่เกินสองปี หรือปรับไม่เกินสองแสนบาท หรือทั้งจำทั้งปรับ"
    )
    assert penalty_clauses(s)[1] == "ต้องระวางโทษปรับไม่เกินห้าหมื่นบาท"


def test_penalty_text_empty_without_penalty() -> None:
    assert penalty_text(sec("มาตรา 3 ในพระราชบัญญัตินี้ คำว่า ของ หมายความว่า สิ่งของ")) == ""


def test_offences_are_named_before_the_penalty() -> None:
    s = sec("มาตรา 55 ผู้ใดฝ่าฝืนมาตรา 36 หรือมาตรา 36/1 ต้องระวางโทษจำคุกไม่เกินหกเดือน")
    assert offences(s) == ["36", "36/1"]
    assert penalty_links([s]) == {"36": ["55"], "36/1": ["55"]}


def test_penalty_by_reference_is_not_an_offence() -> None:
    s = sec(
        "มาตรา 49 ผู้ใดไม่ปฏิบัติตามมาตรา 21 วรรคสอง ต้องระวางโทษตามมาตรา 48 "
        "ถ้าผู้กระทำเป็นนิติบุคคล ต้องระวางโทษดังที่บัญญัติไว้ในมาตรา 47 หรือมาตรา 48"
    )
    assert offences(s) == ["21"]


def test_graded_penalty_items_are_not_offences() -> None:
    s = sec(
        "มาตรา 54 ผู้รับใบอนุญาตผู้ใดฝ่าฝืนมาตรา 35 ต้องระวางโทษดังต่อไปนี้ "
        "(1) ในกรณีที่เป็นผู้รับใบอนุญาตตามมาตรา 16 ต้องระวางโทษปรับไม่เกินหนึ่งล้านบาท "
        "(2) ในกรณีที่เป็นผู้รับใบอนุญาตตามมาตรา 20 ต้องระวางโทษจำคุกไม่เกินสองปี "
        "ผู้ใดฝ่าฝืนมาตรา 34 ต้องระวางโทษปรับ"
    )
    assert offences(s) == ["35", "34"]


def test_case_qualifier_is_not_a_penalty_clause() -> None:
    s = sec("มาตรา 8 ผู้ใดทำผิดตามมาตรา 217 ทั้งนี้ เฉพาะเมื่อเป็นกรณีต้องระวางโทษตามมาตรา 238")
    assert penalty_clauses(s) == [] and offences(s) == []


def test_links_merge_sections_in_order() -> None:
    sections = [
        sec("มาตรา 20 ผู้ใดจะทำของต้องได้รับใบอนุญาต", 1),
        sec("มาตรา 48 ผู้ใดไม่ปฏิบัติตามมาตรา 20 วรรคหนึ่ง หรือมาตรา 21 วรรคหนึ่ง "
            "ต้องระวางโทษปรับ", 2),
        sec("มาตรา 49 ผู้ใดไม่ปฏิบัติตามมาตรา 21 วรรคสอง ต้องระวางโทษปรับ", 3),
        sec("มาตรา 56 ผู้ใดขัดขวางพนักงานเจ้าหน้าที่ ต้องระวางโทษปรับ", 4),
    ]
    assert penalty_links(sections) == {"20": ["48"], "21": ["48", "49"]}


# ---- the real statutes ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def statutes() -> dict[str, list[Section]]:
    if not (DATA / "MANIFEST.json").is_file():
        pytest.skip(f"shared statute data not found at {DATA}")
    manifest = json.loads((DATA / "MANIFEST.json").read_text(encoding="utf-8"))
    wanted = {"law/452494", "law/302495", "law/734574", "law/443287"}
    return {
        e["id"]: parse_statute(
            (DATA / e["local_path"]).read_text(encoding="utf-8"),
            law=e["title_th"],
            source_url=e["upstream_url"],
            sha256=e["sha256"],
        )
        for e in manifest["files"]
        if e["id"] in wanted
    }


def test_ipsa_penalty_links(statutes: dict[str, list[Section]]) -> None:
    links = penalty_links(statutes["law/452494"])
    assert links["36"] == ["55"] and links["36/1"] == ["55"]
    assert links["20"] == ["48"]
    assert links["21"] == ["48", "49"]  # s.49 punishes s.21 para. 2
    assert links["31"] == ["52"] and links["32"] == ["52"]
    assert links == {
        "20": ["48"], "20 ทวิ": ["48 ทวิ"], "20 ตรี": ["48 ทวิ"], "21": ["48", "49"],
        "21 ทวิ": ["48 ทวิ"], "21 ตรี": ["48 ทวิ"], "24": ["50"], "25": ["50"], "28": ["50"],
        "29": ["51"], "31": ["52"], "32": ["52"], "33": ["48 ทวิ", "50"], "34": ["50"],
        "35": ["54"], "36": ["55"], "36/1": ["55"], "44": ["56"], "46": ["56 ทวิ"], "47": ["57"],
    }


def test_ipsa_penalty_text(statutes: dict[str, list[Section]]) -> None:
    by = {s.section: s for s in statutes["law/452494"]}
    assert penalty_text(by["55"]).startswith("ต้องระวางโทษจำคุกไม่เกินหกเดือน")
    assert penalty_text(by["55"]).endswith("หรือทั้งจำทั้งปรับ")
    assert penalty_text(by["36"]) == ""
    assert cross_references(by["55"]) == ["36", "36/1"]


def test_consumer_protection_links(statutes: dict[str, list[Section]]) -> None:
    links = penalty_links(statutes["law/302495"])
    assert links["30"] == ["52"]  # label-controlled goods
    assert links["29/4"] == ["56/2"]  # dangerous goods, safety part
    assert links["35 สัตต"] == ["57 ทวิ"]
    assert links["22"] == ["48"] and links["47"] == ["50", "51"]


def test_cosmetics_links(statutes: dict[str, list[Section]]) -> None:
    links = penalty_links(statutes["law/734574"])
    assert links["6"] == ["60"]
    assert links["14"] == ["62", "63"]
    assert links["32"] == ["67", "68", "69", "78", "79"]
    assert links["41"] == ["84"]


def test_criminal_code_links(statutes: dict[str, list[Section]]) -> None:
    sections = statutes["law/443287"]
    links = penalty_links(sections)
    for offence in ("272", "273", "274"):
        assert links[offence] == ["275"]
    by = {s.section: s for s in sections}
    assert offences(by["271"]) == []  # self-contained offence and penalty
    assert penalty_text(by["271"]).startswith("ต้องระวางโทษจำคุกไม่เกินสามปี")
    assert offences(by["8"]) == []  # jurisdiction list, not a penalty provision
