"""Convert NitiBench (tax split) into the Sodsong exchange formats.

Reads a local copy of NitiBench and writes, into ``--out``:

* ``nitibench_sections.jsonl`` -- one legal section per line (formats.md section 1:
  ``law``, ``section``, ``text``, ``source``), built from ``laws/*.json``;
* ``nitibench_tax_qa.jsonl`` -- one question per line (formats.md section 2:
  ``id``, ``question``, ``relevant: [{law, section}]``), built from ``hf_tax.csv``.

Input shapes (as found in the benchmark files):

* ``laws/<code>.json`` is a JSON list of ``{"law_name", "section_num", "section_content",
  "reference"}``. ``section_content`` repeats the law name before ``มาตรา N``; the prefix is
  dropped so the text starts at the section header, as in the built-in corpus.
* ``hf_tax.csv`` (UTF-8 with BOM) has columns ``question, answer, relevant_laws,
  reference_answer``. ``relevant_laws`` is a *Python literal* (single quotes), a list of
  ``{"law": <Thai title>, "sections": <one section number as a string>}``.

Section numbers are normalised to Arabic digits with any Thai suffix kept (``"๒๐ ทวิ"`` ->
``"20 ทวิ"``, ``"มาตรา 36/1"`` -> ``"36/1"``). The Revenue Code file also holds 30 stamp-duty
schedule items (``"บัญชีอัตราอากรแสตมป์ 7"``), which are not sections. By default they keep their
label so they stay addressable (one tax question cites item 5). ``--drop-non-sections`` leaves
them out, together with any gold pair that points to them, for loaders that accept only
section numbers.

Every relevant (law, section) of every question is checked against the converted corpus; any
that do not resolve are printed and counted (and make the exit status 1 with ``--strict``).
The output is derived third-party data: write it outside the repository (or to an ignored
directory); do not commit it.
"""

from __future__ import annotations

import argparse
import ast
import csv
import json
import re
import sys
import unicodedata
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SRC = REPO_ROOT.parent / "shared" / "benchmarks" / "nitibench"

SECTIONS_FILE = "nitibench_sections.jsonl"
QA_FILE = "nitibench_tax_qa.jsonl"

_THAI_DIGITS = str.maketrans({d: str(i) for i, d in enumerate("๐๑๒๓๔๕๖๗๘๙")})
_SPACES = re.compile(r"[\s\u00a0\u200b\u200c\u200d\ufeff]+")
# "20ทวิ" -> "20 ทวิ": a Thai suffix word glued to the number gets one space.
_GLUED_SUFFIX = re.compile(r"^(\d+)(?=[\u0e01-\u0e4f])")
# A section number after normalisation: "77", "77/1", "3 ทวิ", "65 เอกวีสติ", "65 อัฏฐ/1".
_SECTION_NUMBER = re.compile(r"^\d+(?:/\d+)?(?: [\u0e01-\u0e4e]+)?(?:/\d+)?$")


def is_section_number(section: str) -> bool:
    return bool(_SECTION_NUMBER.match(section))


def normalise_text(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_THAI_DIGITS)).strip()


def normalise_law(name: str) -> str:
    """Law title as the formats compare it: NFC, Arabic digits, single spaces, 'พ.ศ.' spacing."""
    text = normalise_text(name)
    text = re.sub(r"พ\s*\.?\s*ศ\s*\.?\s*(?=\d)", "พ.ศ. ", text)
    return text


def normalise_section(raw: str) -> str:
    """'มาตรา ๒๐ ทวิ' -> '20 ทวิ'; '36 / 1' -> '36/1'; labels that are not numbers are kept."""
    text = normalise_text(raw)
    text = re.sub(r"^มาตรา\s*", "", text)
    text = re.sub(r"\s*/\s*", "/", text)
    text = _GLUED_SUFFIX.sub(r"\1 ", text)
    return text


def _strip_law_prefix(content: str, law: str) -> str:
    text = content.strip()
    if text.startswith(law):
        text = text[len(law) :].lstrip()
    return text


def load_sections(src: Path) -> tuple[list[dict], list[str]]:
    """Every section of every ``laws/*.json``, in file order; plus warnings (duplicates, empty text)."""
    rows: list[dict] = []
    warnings: list[str] = []
    seen: dict[tuple[str, str], str] = {}
    files = sorted((src / "laws").glob("*.json"))
    if not files:
        raise SystemExit(f"no laws/*.json under {src}")
    for path in files:
        items = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(items, list):
            raise SystemExit(f"{path}: expected a JSON list of sections")
        for i, item in enumerate(items):
            try:
                raw_law, raw_num, content = item["law_name"], item["section_num"], item["section_content"]
            except KeyError as exc:
                raise SystemExit(f"{path}[{i}]: missing field {exc}") from None
            law = normalise_law(raw_law)
            section = normalise_section(str(raw_num))
            text = normalise_text(_strip_law_prefix(content, raw_law.strip()))
            text = re.sub(r"^มาตรา(?=\d)", "มาตรา ", text)  # "มาตรา3 โสฬส" -> "มาตรา 3 โสฬส"
            if not text:
                warnings.append(f"{path.name}[{i}]: empty text for ({law}, {section}); skipped")
                continue
            key = (law, section)
            if key in seen:
                warnings.append(f"{path.name}[{i}]: duplicate ({law}, {section}) also in {seen[key]}; later one kept")
                rows = [r for r in rows if (r["law"], r["section"]) != key]
            seen[key] = path.name
            rows.append({"law": law, "section": section, "text": text, "source": f"nitibench/laws/{path.name}"})
    return rows, warnings


def _parse_relevant(raw: str, where: str) -> list[dict]:
    raw = raw.strip()
    if not raw:
        return []
    try:
        value = json.loads(raw)
    except json.JSONDecodeError:
        try:
            value = ast.literal_eval(raw)
        except (ValueError, SyntaxError) as exc:
            raise SystemExit(f"{where}: relevant_laws is neither JSON nor a Python literal: {exc}") from None
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise SystemExit(f"{where}: relevant_laws is not a list")
    pairs: list[dict] = []
    for entry in value:
        law = normalise_law(str(entry["law"]))
        sections = entry.get("sections", entry.get("section"))
        # One string per entry in the files seen so far; accept a list or a comma list defensively.
        if isinstance(sections, (list, tuple)):
            numbers = [str(s) for s in sections]
        else:
            numbers = [s for s in re.split(r"\s*[,،]\s*", str(sections)) if s.strip()]
        for number in numbers:
            pair = {"law": law, "section": normalise_section(number)}
            if pair not in pairs:
                pairs.append(pair)
    return pairs


def load_questions(src: Path, id_prefix: str = "nitibench-tax") -> list[dict]:
    path = src / "hf_tax.csv"
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.DictReader(fh)
        missing = {"question", "relevant_laws"} - set(reader.fieldnames or [])
        if missing:
            raise SystemExit(f"{path}: missing columns {sorted(missing)}")
        questions = []
        for n, row in enumerate(reader, start=1):
            where = f"{path.name} row {n}"
            question = row["question"].strip()
            relevant = _parse_relevant(row["relevant_laws"], where)
            if not question or not relevant:
                raise SystemExit(f"{where}: empty question or no relevant laws")
            questions.append({"id": f"{id_prefix}-{n:03d}", "question": question, "relevant": relevant})
    return questions


def unresolved_pairs(questions: list[dict], sections: list[dict]) -> list[tuple[str, dict]]:
    keys = {(s["law"], s["section"]) for s in sections}
    return [(q["id"], r) for q in questions for r in q["relevant"] if (r["law"], r["section"]) not in keys]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def convert(src: Path, out: Path, drop_non_sections: bool = False) -> dict:
    sections, warnings = load_sections(src)
    questions = load_questions(src)
    non_sections = [s for s in sections if not is_section_number(s["section"])]
    dropped_pairs: list[tuple[str, dict]] = []
    if drop_non_sections and non_sections:
        gone = {(s["law"], s["section"]) for s in non_sections}
        sections = [s for s in sections if (s["law"], s["section"]) not in gone]
        for q in questions:
            dropped_pairs += [(q["id"], r) for r in q["relevant"] if (r["law"], r["section"]) in gone]
            q["relevant"] = [r for r in q["relevant"] if (r["law"], r["section"]) not in gone]
        questions = [q for q in questions if q["relevant"]]
    missing = unresolved_pairs(questions, sections)
    out.mkdir(parents=True, exist_ok=True)
    write_jsonl(out / SECTIONS_FILE, sections)
    write_jsonl(out / QA_FILE, questions)
    return {
        "sections": len(sections),
        "laws": len({s["law"] for s in sections}),
        "questions": len(questions),
        "relevant_pairs": sum(len(q["relevant"]) for q in questions),
        "unresolved": missing,
        "non_sections": len(non_sections),
        "non_sections_dropped": drop_non_sections,
        "dropped_pairs": dropped_pairs,
        "warnings": warnings,
        "sections_file": str(out / SECTIONS_FILE),
        "qa_file": str(out / QA_FILE),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, default=DEFAULT_SRC, help=f"NitiBench directory (default: {DEFAULT_SRC})")
    parser.add_argument("--out", type=Path, required=True, help="output directory (created if missing)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if any gold (law, section) does not resolve")
    parser.add_argument(
        "--drop-non-sections",
        action="store_true",
        help="leave out rows whose label is not a section number (stamp-duty schedule items) and gold pairs citing them",
    )
    args = parser.parse_args(argv)
    if not args.src.is_dir():
        parser.error(f"--src {args.src} is not a directory")

    report = convert(args.src, args.out, drop_non_sections=args.drop_non_sections)
    for warning in report["warnings"]:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"sections:  {report['sections']} from {report['laws']} laws -> {report['sections_file']}")
    print(f"questions: {report['questions']} with {report['relevant_pairs']} gold pairs -> {report['qa_file']}")
    if report["non_sections"]:
        verb = "dropped" if report["non_sections_dropped"] else "kept (not section numbers)"
        print(f"non-section rows (stamp-duty schedule items): {report['non_sections']} {verb}")
        for qid, pair in report["dropped_pairs"]:
            print(f"  dropped gold pair {qid}: {pair['law']} {pair['section']}")
    if report["unresolved"]:
        print(f"unresolved gold pairs: {len(report['unresolved'])}")
        for qid, pair in report["unresolved"]:
            print(f"  {qid}: {pair['law']} มาตรา {pair['section']}")
    else:
        print("unresolved gold pairs: 0 (every relevant section exists in the converted corpus)")
    return 1 if (args.strict and report["unresolved"]) else 0


if __name__ == "__main__":
    sys.exit(main())
