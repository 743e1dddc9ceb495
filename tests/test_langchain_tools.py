"""The LangChain adapters return a short string for the model and the typed result as the artifact."""

from __future__ import annotations

from langchain_core.messages import ToolMessage

from tools.langchain_tools import make_tools
from tools.registry import LicenceRecord, Registry


def test_registry_and_law_tools_keep_typed_artifacts(resources, tmp_path):
    registry = Registry(":memory:")
    registry.import_records([{"licence_no": "น 30516-48/2879", "type": "น", "tis": "2879-2560", "holder": "บริษัท ทดสอบ จำกัด",
                              "trademarks": ["TEST"], "status": "active"}], source="test", demo=True)
    tools = {t.name: t for t in make_tools(browser=None, registry=registry, library=resources.library,
                                           classifier=resources.classifier, evidence_dir=tmp_path)}
    message = tools["lookup_licence"].invoke({"type": "tool_call", "id": "1", "name": "lookup_licence", "args": {"number": "N30516-48/2879"}})
    assert isinstance(message, ToolMessage)
    assert "status active" in message.content
    assert isinstance(message.artifact, LicenceRecord) and message.artifact.tis == "2879-2560"
    bad = tools["lookup_licence"].invoke({"type": "tool_call", "id": "2", "name": "lookup_licence", "args": {"number": "30516-48/2879"}})
    assert bad.content.startswith("malformed") and bad.artifact is None
    law = tools["law_section"].invoke({"type": "tool_call", "id": "3", "name": "law_section",
                                       "args": {"law": "พระราชบัญญัติมาตรฐานผลิตภัณฑ์อุตสาหกรรม พ.ศ. 2511", "section": "๓๖"}})
    assert law.content.startswith("มาตรา 36") and law.artifact.section == "36"
    found = tools["search_law"].invoke({"type": "tool_call", "id": "4", "name": "search_law",
                                        "args": {"query": "ขายปลั๊กพ่วงไม่มี มอก. โดนอะไร", "k": 3}})
    first = found.artifact[0]
    assert (first.section, [p.section for p in first.penalties]) == ("36", ["55"])
    assert "(penalty: มาตรา 55)" in found.content.splitlines()[0]
    assert len(first.sha256) == 64 and first.source_url.startswith("http")
    assert {"20", "21"} <= {r.section for r in first.references}
