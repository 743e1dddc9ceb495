"""Retrieval pieces: Thai tokenisation, expansion, the law prior, fusion, penalty links, metrics and the §1-2 formats."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from agent.cli import app
from agent.errors import InputError, KnowledgeNotReady
from evals.retrieval_metrics import Question, evaluate
from knowledge.citable import citable
from knowledge.collections import read_corpus_file
from knowledge.expansion import expand
from knowledge.law_prior import IPSA, detect_laws
from knowledge.library import LawLibrary, build_index, index_is_current
from knowledge.statutes import Section
from knowledge.tokenize import tokens
TOY_LAW = "พระราชบัญญัติทดสอบ พ.ศ. 2599"  # synthetic: no shipped glosses attach to it


def test_thai_tokens_keep_legal_and_product_words_whole():
    words = tokens("ขายพาวเวอร์แบงค์ไม่มี มอก. ต้องระวางโทษ ๕๕")
    assert "พาวเวอร์แบงค์" in words and "มอก." in words and "ต้องระวางโทษ" in words
    assert "55" in words  # Thai digits normalised
    assert tokens("Power BANK licence") == ["power", "bank", "licenc"]


def test_english_words_are_stemmed_and_hyphenated_words_split():
    assert tokens("selling sells sold-out") == ["sell", "sell", "sold", "out"]
    assert tokens("fake-TIS-mark penalties") == ["fake", "tis", "mark", "penalti"] == tokens("fake TIS marks penalty")
    assert tokens("ขายออนไลน์ online") == ["ขาย", "ออนไลน์", "onlin"]  # Thai is not stemmed


def test_an_index_from_another_tokenizer_is_refused_with_the_fix(tmp_path):
    sections = _sections()
    build_index(sections, tmp_path)
    (tmp_path / "index.json").write_text(json.dumps({"tokenizer": "an-older-tokenizer", "glosses": ""}), encoding="utf-8")
    with pytest.raises(KnowledgeNotReady, match="knowledge index"):
        LawLibrary(sections, tmp_path).search("จำหน่าย", k=1)


def test_expansion_adds_statutory_thai_for_everyday_and_english_words():
    assert "จำหน่าย" in expand("ขายปลั๊กพ่วงไม่มี มอก. โดนอะไร") and "ระวางโทษ" in expand("โดนอะไร")
    english = expand("penalty for importing without a licence")
    assert "ระวางโทษ" in english and "ใบอนุญาต" in english and "นำเข้า" in english
    assert "import" in expand("นำเข้าสินค้า")  # Thai questions also meet the English glosses
    assert "ยึด" in expand("goods that were seized") and "ยึด" in expand("seizures")  # inflections meet the table's key


def test_law_prior_from_act_names_subjects_and_product_names():
    assert detect_laws("ผิด พ.ร.บ.คุ้มครองผู้บริโภคมาตราไหน") == {"พระราชบัญญัติคุ้มครองผู้บริโภค พ.ศ. 2522": 2}
    assert detect_laws("นำเข้าพาวเวอร์แบงค์มาขายต้องขออนุญาตไหม")[IPSA] == 2
    assert detect_laws("what is the weather") == {}
    assert detect_laws("selling goods with a counterfeit trademark") == {"ประมวลกฎหมายอาญา": 1}
    assert detect_laws("คนขายผิดอาญามาตราไหน") == {"ประมวลกฎหมายอาญา": 2}
    assert "พระราชบัญญัติอาหาร พ.ศ. 2522" in detect_laws("สั่งขนมจากจีนเข้ามาขาย ต้องขออนุญาตไหม")


def _sections():
    texts = {
        "20": "มาตรา 20 ผู้ใดทำผลิตภัณฑ์อุตสาหกรรมที่มีกฎกระทรวงกำหนดให้ต้องเป็นไปตามมาตรฐาน ต้องได้รับใบอนุญาต",
        "36": "มาตรา 36 ห้ามมิให้ผู้ใดโฆษณา จำหน่าย หรือมีไว้เพื่อจำหน่าย ซึ่งผลิตภัณฑ์อุตสาหกรรม โดยรู้อยู่ว่าไม่เป็นไปตามมาตรา 20",
        "48": "มาตรา 48 ผู้ใดฝ่าฝืนมาตรา 20 วรรคหนึ่ง ต้องระวางโทษจำคุกไม่เกินสองปี",
        "55": "มาตรา 55 ผู้ใดฝ่าฝืนมาตรา 36 ต้องระวางโทษจำคุกไม่เกินหกเดือน หรือปรับไม่เกินห้าแสนบาท",
    }
    return [Section(law=TOY_LAW, section=k, text=v, ordinal=i, source_url="test", sha256="0" * 64) for i, (k, v) in enumerate(texts.items())]


def test_fusion_ranks_agreement_first_and_penalty_questions_get_the_penalty_section(tmp_path):
    sections = _sections()
    build_index(sections, tmp_path)
    library = LawLibrary(sections, tmp_path)
    hits = library.search("โฆษณา จำหน่าย หรือมีไว้เพื่อจำหน่าย มีโทษอย่างไร", k=4)
    numbers = [h.section.section for h in hits]
    assert numbers[:2] == ["36", "55"]  # the offence, then the penalty parsed from the statute
    for offence, penalty in (("36", "55"), ("20", "48")):
        if offence in numbers:  # the penalty follows its offence, unless it already ranks above it
            assert penalty in numbers[: numbers.index(offence) + 2]
    top = hits[0]
    assert top.lexical_rank is not None and top.dense_rank is not None
    assert [h.section.section for h in library.search("จำหน่ายผลิตภัณฑ์", k=3, link_penalties=False, mode="lexical")][0] == "36"


def test_metrics_follow_formats_section_2():
    questions = [Question(id="a", question="x", relevant=[("L", "1"), ("L", "2")]), Question(id="b", question="y", relevant=[("L", "3")])]
    answers = {"x": [("L", "9"), ("L", "1"), ("L", "2")], "y": [("L", "8")]}
    metrics = evaluate(questions, lambda q, k: answers[q][:k], k=2)
    assert (metrics["hit_rate"], metrics["multi_hit_rate"], metrics["recall"], metrics["mrr"]) == (0.5, 0.0, 0.25, 0.25)


def test_corpus_file_errors_name_the_file_line_and_field(tmp_path):
    path = tmp_path / "c.jsonl"
    path.write_text('{"law": "ก", "section": "๗๗/๑", "text": "มาตรา 77/1 ..."}\n{"law": "ก", "text": "x"}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"c.jsonl:2: missing required field 'section'"):
        read_corpus_file(path)
    path.write_text('{"law": "ก", "section": "มาตรา ๗๗/๑", "text": "มาตรา 77/1 ..."}\n', encoding="utf-8")
    assert read_corpus_file(path)[0].section == "77/1"


def test_add_then_eval_retrieval_prints_the_spec_line_last(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps({"law": TOY_LAW, "section": s.section, "text": s.text}, ensure_ascii=False) for s in _sections()), encoding="utf-8")
    qa = tmp_path / "qa.jsonl"
    qa.write_text(json.dumps({"id": "q1", "question": "ทำผลิตภัณฑ์ต้องได้รับใบอนุญาต", "relevant": [{"law": TOY_LAW, "section": "20"}]}, ensure_ascii=False), encoding="utf-8")
    runner = CliRunner()
    assert runner.invoke(app, ["knowledge", "add", str(corpus), "--collection", "tiny"]).exit_code == 0
    result = runner.invoke(app, ["eval", "retrieval", str(qa), "--collection", "tiny", "--k", "2", "--json"])
    assert result.exit_code == 0
    line = json.loads(result.stdout.strip().splitlines()[-1])
    assert set(line) == {"questions", "k", "hit_rate", "multi_hit_rate", "recall", "mrr", "p50_ms"}
    assert line["questions"] == 1 and line["hit_rate"] == 1.0
    qa.write_text("\n".join(json.dumps({"id": f"q{i}", "question": q, "relevant": [{"law": TOY_LAW, "section": "20"}], "lang": lang},
                                        ensure_ascii=False) for i, (q, lang) in enumerate([("ทำผลิตภัณฑ์ต้องได้รับใบอนุญาต", "th"),
                                                                                           ("licence to make a product", "en")])),
                  encoding="utf-8")
    table = runner.invoke(app, ["eval", "retrieval", str(qa), "--collection", "tiny", "--k", "2"]).stdout.splitlines()
    assert [line.split(":")[0] for line in table] == ["all", "en", "th"]  # Thai and English reported apart


def test_a_question_naming_no_act_leans_to_the_home_act(tmp_path):
    other = "พระราชบัญญัติอื่น พ.ศ. 2599"
    text = "มาตรา 46 ของที่ยึดไว้ให้คณะกรรมการสั่งทำลายหรือส่งกลับคืน"
    filler = [(other, str(n), f"มาตรา {n} เรื่องอื่นลำดับที่ {n} ว่าด้วยการประชุม") for n in range(60, 64)]
    rows = [(other, "91", text), (IPSA, "999", text), *filler]  # 999: no shipped gloss attaches
    sections = [Section(law=law, section=number, text=body, ordinal=i, source_url="test", sha256="0" * 64)
                for i, (law, number, body) in enumerate(rows)]
    build_index(sections, tmp_path)
    library = LawLibrary(sections, tmp_path)
    assert library.search("ของที่ยึดไว้ สั่งทำลาย", k=2)[0].section.law == IPSA
    assert library.search("ของที่ยึดไว้ สั่งทำลาย", k=2, prior=False)[0].section.law == other  # same text: corpus order


def test_an_index_is_current_only_for_this_tokenizer_and_these_glosses(tmp_path):
    assert not index_is_current(tmp_path)
    build_index(_sections(), tmp_path)
    assert index_is_current(tmp_path)
    stored = json.loads((tmp_path / "index.json").read_text(encoding="utf-8"))
    (tmp_path / "index.json").write_text(json.dumps({**stored, "glosses": "0" * 64}), encoding="utf-8")  # other glosses
    assert not index_is_current(tmp_path)


def test_a_citable_section_carries_its_source_references_and_penalty():
    library = LawLibrary(_sections())
    selling = citable(library, library.get(TOY_LAW, "36"))
    assert [r.section for r in selling.references] == ["20"] and selling.unresolved_references == []
    assert [(p.section, p.penalty) for p in selling.penalties] == [("55", "ต้องระวางโทษจำคุกไม่เกินหกเดือน หรือปรับไม่เกินห้าแสนบาท")]
    assert (selling.source_url, selling.sha256) == ("test", "0" * 64)
    making = citable(library, library.get(TOY_LAW, "48"))
    assert making.penalties == [] and [r.section for r in making.references] == ["20"]
