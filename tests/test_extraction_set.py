"""The fictional extraction test set (evals/extraction) stays well-formed: labels, pages and sources agree. No browser."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from evals.cases import CASE_ID, load_cases
from tools.licence_numbers import normalise_licence_number
from tools.tis_numbers import normalise_tis

ROOT = Path(__file__).resolve().parent.parent / "evals" / "extraction"
PAGES = ROOT / "pages"
EXPECTED = ROOT / "expected.jsonl"
FIELDS = ("title", "brand", "model", "price", "currency", "seller")
# The 12 demo-* cases use these; the extraction set is about the other structures.
DEMO_STRUCTURES = {"spa-initial-state", "json-ld", "plain"}


def rows() -> list[dict]:
    return [json.loads(line) for line in EXPECTED.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_expected_ids_match_page_directories():
    ids = [row["id"] for row in rows()]
    assert len(ids) == len(set(ids)), "duplicate ids in expected.jsonl"
    directories = sorted(d.name for d in PAGES.iterdir() if d.is_dir())
    assert sorted(ids) == directories


def test_set_size_and_structures():
    data = rows()
    structures: dict[str, int] = {}
    for row in data:
        structures[row["structure"]] = structures.get(row["structure"], 0) + 1
    assert len(data) >= 45
    assert len(structures) >= 6
    assert not DEMO_STRUCTURES & set(structures)
    assert all(count >= 5 for count in structures.values()), structures
    assert {row["lang"] for row in data} == {"th", "en", "mixed"}


@pytest.mark.parametrize("row", rows(), ids=lambda r: r["id"])
def test_row_is_well_formed(row):
    assert set(row) == {"id", "structure", "lang", "fields", "tis", "licences"}
    assert CASE_ID.match(row["id"]) and row["id"].startswith("x-")
    assert set(row["fields"]) == set(FIELDS)
    for name in FIELDS:
        value = row["fields"][name]
        assert value is None or (isinstance(value, str) and value.strip() == value and value), (name, value)
    price, currency = row["fields"]["price"], row["fields"]["currency"]
    assert price is None or re.fullmatch(r"[0-9]+", price), price
    assert (price is None) == (currency is None) and currency in (None, "THB")
    assert row["fields"]["title"], "every page shows a product"
    assert isinstance(row["tis"], list) and isinstance(row["licences"], list)
    for tis in row["tis"]:
        assert tis is None or normalise_tis(tis) == tis, f"{tis!r} is not a canonical TIS number"
    assert len(row["tis"]) == len(set(row["tis"]))
    for licence in row["licences"]:
        assert normalise_licence_number(licence) == licence, f"{licence!r} is not a compact licence number"
    assert len(row["licences"]) == len(set(row["licences"]))


def test_pages_load_as_marketplace_cases():
    cases = {case.id: case for case in load_cases(PAGES)}
    assert set(cases) == {row["id"] for row in rows()}
    for case in cases.values():
        assert case.kind == "listing"
        assert case.pages[case.target] == "page.html"
        assert case.expected.verdict == "inconclusive" and case.expected.tis is None


@pytest.mark.parametrize("page_id", [row["id"] for row in rows()])
def test_page_is_self_contained_fictional_demo(page_id):
    directory = PAGES / page_id
    assert sorted(p.name for p in directory.iterdir()) == ["case.json", "page.html"]
    for path in directory.iterdir():
        assert not re.search(r"https?://", path.read_text(encoding="utf-8"), re.IGNORECASE), f"{path} names a URL"
    page = (directory / "page.html").read_text(encoding="utf-8")
    assert '<meta charset="utf-8">' in page
    assert '<meta name="sodsong-demo" content="fictional demo data">' in page
    assert re.search(r"<!--[^>]*FICTIONAL DEMO DATA", page)


def test_labels_are_readable_on_their_pages():
    from evals.extraction.build import label_problems

    problems = []
    for row in rows():
        page = (PAGES / row["id"] / "page.html").read_text(encoding="utf-8")
        problems += [f"{row['id']}: {p}" for p in label_problems(row, page)]
    assert not problems, problems


def test_files_match_their_sources():
    """pages/ and expected.jsonl are exactly what `python -m evals.extraction.build` writes (no hand edits drift)."""
    from evals.extraction.build import render_all

    rendered = render_all()
    assert list(rendered) == [row["id"] for row in rows()]
    for page_id, (case, row, page) in rendered.items():
        assert (PAGES / page_id / "page.html").read_text(encoding="utf-8") == page, page_id
        assert json.loads((PAGES / page_id / "case.json").read_text(encoding="utf-8")) == case, page_id
    assert [row for _, row, _ in rendered.values()] == rows()
