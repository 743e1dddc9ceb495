"""Query clean-up (misspellings, named Act titles) and question intents (definition, penalty)."""

from __future__ import annotations

from knowledge.intent import asked_part, asks_definition, asks_penalty, is_definition_section
from knowledge.library import LawLibrary, build_index
from knowledge.query_text import normalise_spelling, strip_act_titles
from knowledge.statutes import Section

TOY_LAW = "พระราชบัญญัติทดสอบ พ.ศ. 2599"  # synthetic: no shipped glosses attach to it


def test_common_misspellings_become_the_statutes_spelling():
    assert normalise_spelling("นำเข้าหมวกกันน๊อคไม่มีใบอนุญาติ ผิดกฏหมายไหม") == "นำเข้าหมวกกันน็อคไม่มีใบอนุญาต ผิดกฎหมายไหม"
    assert normalise_spelling("Import LICENSE") == "Import licence"
    assert normalise_spelling("ลิขสิทธิ์") == "ลิขสิทธิ์"  # a correct spelling is left alone


def test_a_named_act_title_is_removed_but_content_words_stay():
    assert strip_act_titles("โฆษณาขายของเกินจริง ผิด พ.ร.บ.คุ้มครองผู้บริโภคมาตราไหน") == "โฆษณาขายของเกินจริง ผิด มาตราไหน"
    assert strip_act_titles("ขายยาผิด พ.ร.บ.ยา พ.ศ. 2510 ไหม") == "ขายยาผิด ไหม"
    assert strip_act_titles("Can offences under the Industrial Product Standards Act be settled?") == "Can offences under be settled?"
    # the Consumer Protection Board and a bare subject word are content, not a title
    assert strip_act_titles("คณะกรรมการคุ้มครองผู้บริโภคมีอำนาจอะไร") == "คณะกรรมการคุ้มครองผู้บริโภคมีอำนาจอะไร"
    assert strip_act_titles("What can the Industrial Product Standards Board order") == "What can the Industrial Product Standards Board order"
    assert strip_act_titles("โฆษณาอาหารเสริมเกินจริง") == "โฆษณาอาหารเสริมเกินจริง"
    assert strip_act_titles("พ.ร.บ.อาหาร") == "พ.ร.บ.อาหาร"  # never left empty


def test_penalty_intent_uses_whole_words_and_the_asked_part():
    assert asks_penalty("ขายปลั๊กพ่วงไม่มี มอก. โดนอะไร") and asks_penalty("นำเข้าไม่มีใบอนุญาต ปรับเท่าไร")
    assert asks_penalty("What is the penalty?") and asks_penalty("can the seller be fined")
    assert not asks_penalty("บริษัทปรับปรุงอาคารโรงงาน")  # ปรับ inside ปรับปรุง
    assert not asks_penalty("how is a standard defined")  # fine inside define
    story = "บริษัทจ่ายค่าปรับตามสัญญาจ้าง " + "รายละเอียดของสัญญา " * 30 + "รายจ่ายนี้หักภาษีได้หรือไม่"
    assert len(story) > 300 and not asks_penalty(story) and asked_part(story).endswith("หักภาษีได้หรือไม่")


def test_definition_intent_and_definition_sections():
    assert asks_definition("คำว่า มาตรฐาน มีความหมายครอบคลุมอะไรบ้าง") and asks_definition("How does the Act define a licensee?")
    assert not asks_definition("ขายพาวเวอร์แบงค์ไม่มี มอก. ผิดไหม")
    assert is_definition_section("มาตรา 3 ในพระราชบัญญัตินี้ มาตรฐาน หมายความว่า ข้อกำหนด")


def test_a_definition_question_prefers_the_section_that_defines(tmp_path):
    texts = {
        "3": "มาตรา 3 ในพระราชบัญญัตินี้ ผลิตภัณฑ์ หมายความว่า สิ่งที่ทำขึ้น",
        "10": "มาตรา 10 ผลิตภัณฑ์ ผลิตภัณฑ์ ที่ทำขึ้นต้องแสดงฉลาก ผลิตภัณฑ์",
        "11": "มาตรา 11 ผู้รับใบอนุญาตต้องแจ้งการเปลี่ยนแปลงที่ตั้งสำนักงาน",
        "12": "มาตรา 12 คณะกรรมการมีอำนาจออกระเบียบการประชุม",
        "13": "มาตรา 13 เลขาธิการมีอำนาจสั่งพักใช้ใบอนุญาต",
    }
    sections = [Section(law=TOY_LAW, section=k, text=v, ordinal=i, source_url="test", sha256="0" * 64)
                for i, (k, v) in enumerate(texts.items())]
    build_index(sections, tmp_path)
    library = LawLibrary(sections, tmp_path)
    assert library.search("ผลิตภัณฑ์ ที่ทำขึ้น", k=2, mode="lexical")[0].section.section == "10"
    assert library.search("คำว่า ผลิตภัณฑ์ ที่ทำขึ้น หมายถึงอะไร", k=2, mode="lexical")[0].section.section == "3"
