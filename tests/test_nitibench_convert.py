"""bench/nitibench_convert.py on the real NitiBench copy: counts, shapes and gold pairs that resolve."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from agent.settings import REPO_ROOT

NITIBENCH = REPO_ROOT.parent / "shared" / "benchmarks" / "nitibench"
SPECS = REPO_ROOT.parent / "shared" / "specs"

# Counted from the benchmark files themselves (36 laws/*.json; hf_tax.csv rows).
EXPECTED_SECTIONS = 5127
EXPECTED_LAWS = 36
EXPECTED_QUESTIONS = 50
EXPECTED_GOLD_PAIRS = 142


def _load_converter():
    path = REPO_ROOT / "bench" / "nitibench_convert.py"
    spec = importlib.util.spec_from_file_location("nitibench_convert", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def converter():
    return _load_converter()


def test_section_numbers_normalise(converter):
    assert converter.normalise_section("มาตรา ๒๐ ทวิ") == "20 ทวิ"
    assert converter.normalise_section("๓๖/๑") == "36/1"
    assert converter.normalise_section("36 / 1") == "36/1"
    assert converter.normalise_section("20ทวิ") == "20 ทวิ"
    assert converter.normalise_section(" 77/1 ") == "77/1"
    assert converter.normalise_law("ประมวลกฎหมาย พศ.๒๕๓๕") == "ประมวลกฎหมาย พ.ศ. 2535"
    assert converter.is_section_number("65 อัฏฐ/1") and converter.is_section_number("3 ทวิ")
    assert not converter.is_section_number("บัญชีอัตราอากรแสตมป์ 5")


def test_convert_real_nitibench(converter, tmp_path, capsys):
    if not (NITIBENCH / "hf_tax.csv").is_file() or not (NITIBENCH / "laws").is_dir():
        pytest.skip(f"NitiBench copy not present at {NITIBENCH}")

    assert converter.main(["--src", str(NITIBENCH), "--out", str(tmp_path), "--strict"]) == 0
    printed = capsys.readouterr().out
    assert f"sections:  {EXPECTED_SECTIONS}" in printed
    assert f"questions: {EXPECTED_QUESTIONS}" in printed

    sections = _read_jsonl(tmp_path / converter.SECTIONS_FILE)
    questions = _read_jsonl(tmp_path / converter.QA_FILE)
    assert len(sections) == EXPECTED_SECTIONS
    assert len({s["law"] for s in sections}) == EXPECTED_LAWS
    assert len(questions) == EXPECTED_QUESTIONS
    assert sum(len(q["relevant"]) for q in questions) == EXPECTED_GOLD_PAIRS

    # Shapes of formats.md sections 1 and 2.
    keys = set()
    for s in sections:
        assert {"law", "section", "text", "source"} <= s.keys()
        assert s["law"] and s["section"] and s["text"]
        assert not any("๐" <= ch <= "๙" for ch in s["section"]), s["section"]
        assert (s["law"], s["section"]) not in keys, "duplicate (law, section)"
        keys.add((s["law"], s["section"]))
    # Real sections start at their own header once the repeated law title is dropped.
    numbered = [s for s in sections if s["section"][0].isdigit()]
    assert all(s["text"].startswith(f"มาตรา {s['section']}") for s in numbered)
    assert len({q["id"] for q in questions}) == EXPECTED_QUESTIONS

    # Every gold pair resolves in the converted corpus.
    missing = [(q["id"], r) for q in questions for r in q["relevant"] if (r["law"], r["section"]) not in keys]
    assert missing == []
    assert ("ประมวลรัษฎากร", "77/1") in keys

    jsonschema = pytest.importorskip("jsonschema")
    if (SPECS / "qa-line.schema.json").is_file():
        qa_schema = json.loads((SPECS / "qa-line.schema.json").read_text(encoding="utf-8"))
        corpus_schema = json.loads((SPECS / "corpus-line.schema.json").read_text(encoding="utf-8"))
        for q in questions:
            jsonschema.validate(q, qa_schema)
        for s in sections[:200]:
            jsonschema.validate(s, corpus_schema)


def test_drop_non_sections(converter, tmp_path):
    """The 30 stamp-duty schedule items are not section numbers; dropping them also drops the one gold pair citing one."""
    if not (NITIBENCH / "hf_tax.csv").is_file() or not (NITIBENCH / "laws").is_dir():
        pytest.skip(f"NitiBench copy not present at {NITIBENCH}")
    report = converter.convert(NITIBENCH, tmp_path, drop_non_sections=True)
    assert report["non_sections"] == 30
    assert report["sections"] == EXPECTED_SECTIONS - 30
    assert report["questions"] == EXPECTED_QUESTIONS
    assert [(qid, pair["section"]) for qid, pair in report["dropped_pairs"]] == [
        ("nitibench-tax-023", "บัญชีอัตราอากรแสตมป์ 5")
    ]
    assert report["unresolved"] == []
    sections = _read_jsonl(tmp_path / converter.SECTIONS_FILE)
    assert all(converter.is_section_number(s["section"]) for s in sections)
