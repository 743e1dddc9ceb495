"""Retrieval with a configured model: query translation (scripted fake chat model) and cached remote embeddings."""

from __future__ import annotations

import pytest
from langchain_core.embeddings import DeterministicFakeEmbedding

from agent.errors import KnowledgeNotReady
from knowledge.library import LawLibrary, build_index
from knowledge.remote_embedding import CachedEmbeddings
from knowledge.statutes import Section
from knowledge.translate import ModelQueryTranslator
from tests.fakes import ScriptedChatModel

IPSA = "พระราชบัญญัติมาตรฐานผลิตภัณฑ์อุตสาหกรรม พ.ศ. 2511"
TOY_LAW = "พระราชบัญญัติทดสอบ พ.ศ. 2599"  # synthetic: no shipped glosses attach to it


def _sections() -> list[Section]:
    texts = {
        "44": "มาตรา 44 ให้พนักงานเจ้าหน้าที่มีอำนาจ มีหนังสือเรียกบุคคลใดมาให้ถ้อยคำ หรือให้ส่งเอกสาร เข้าไปในสถานที่ทำหรือเก็บผลิตภัณฑ์อุตสาหกรรม",
        "36": "มาตรา 36 ห้ามมิให้ผู้ใดโฆษณา จำหน่าย หรือมีไว้เพื่อจำหน่าย ซึ่งผลิตภัณฑ์อุตสาหกรรม โดยรู้อยู่ว่าไม่เป็นไปตามมาตรฐาน",
        "55": "มาตรา 55 ผู้ใดฝ่าฝืนมาตรา 36 ต้องระวางโทษจำคุกไม่เกินหกเดือน หรือปรับไม่เกินห้าแสนบาท",
    }
    return [Section(law=TOY_LAW, section=k, text=v, ordinal=i, source_url="test", sha256="0" * 64) for i, (k, v) in enumerate(texts.items())]


class CountingFake(DeterministicFakeEmbedding):
    calls: int = 0

    def embed_documents(self, texts):
        self.calls += len(texts)
        return super().embed_documents(texts)


def test_model_translation_is_added_to_the_query_and_cached(tmp_path):
    model = ScriptedChatModel(script=lambda m: "พนักงานเจ้าหน้าที่ มีอำนาจ มีหนังสือเรียก ให้ถ้อยคำ ส่งเอกสาร", prompts=[])
    translator = ModelQueryTranslator(model, "fake", tmp_path / "t.sqlite")
    sections = _sections()
    build_index(sections, tmp_path / "index")
    offline = LawLibrary(sections, tmp_path / "index")
    with_model = LawLibrary(sections, tmp_path / "index", translator=translator)
    question = "xylo quux blorf?"  # no word the offline lexicon or the statutes know
    assert offline.search(question, k=1, mode="lexical") == []
    assert with_model.search(question, k=1, mode="lexical")[0].section.section == "44"
    translator(question)
    assert translator.calls == 1  # second time from the on-disk cache
    assert "statutes use" in model.prompts[0][0].content


def test_a_failing_translation_model_leaves_offline_retrieval(tmp_path):
    def down(messages):
        raise TimeoutError("no answer")

    sections = _sections()
    build_index(sections, tmp_path / "index")
    library = LawLibrary(sections, tmp_path / "index", translator=ModelQueryTranslator(ScriptedChatModel(script=down, prompts=[]), "fake"))
    assert library.search("ขายของไม่ได้มาตรฐาน โทษ", k=2)[0].section.section in {"36", "55"}


def test_remote_embeddings_are_cached_on_disk_and_used_for_queries(tmp_path):
    fake = CountingFake(size=64)
    remote = CachedEmbeddings(fake, "fake-embed", tmp_path / "cache.sqlite")
    sections = _sections()
    result = build_index(sections, tmp_path / "index", remote=remote)
    assert result["embedder"] == "remote:fake-embed" and fake.calls == 3
    build_index(sections, tmp_path / "index", remote=CachedEmbeddings(fake, "fake-embed", tmp_path / "cache.sqlite"))
    assert fake.calls == 3  # the rebuild read every vector from the cache
    hits = LawLibrary(sections, tmp_path / "index", remote=remote).search("มาตรา 55", k=3, mode="dense")
    assert len(hits) == 3
    with pytest.raises(KnowledgeNotReady, match="remote:fake-embed"):
        LawLibrary(sections, tmp_path / "index").search("มาตรา 55", k=3, mode="dense")
