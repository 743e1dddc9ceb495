"""The CLI as a thin adapter: arguments in, one 'error:' line and an exit code out. No browser, no network."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from agent.cli import app

RECORDS = [
    {"licence_no": "น 30516-48/2879", "type": "น", "tis": "2879-2560", "holder": "บริษัท ตัวอย่าง จำกัด",
     "holder_tax_id": "0105555000000", "trademarks": ["EXAMPLE"], "status": "active", "issued": "2023-05-01", "expires": None},
    {"licence_no": "ท 5137-2/934", "type": "ท", "tis": "934-2558", "holder": "Acme Electric Co., Ltd.",
     "trademarks": ["ACME"], "status": "suspended"},
]


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def imported(runner: CliRunner, tmp_path, records=RECORDS) -> None:
    path = tmp_path / "records.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["registry", "import", str(path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"imported {len(records)} records from {path}"


# --- investigate (refused before any browser work) ---------------------------------------------


def test_investigate_not_a_url_is_exit_2_with_one_error_line(runner):
    result = runner.invoke(app, ["investigate", "not-a-url"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert error_lines(result) == ["error: not a URL: 'not-a-url' (expected something like https://shop.example/item/123)"]


def test_investigate_file_url_is_blocked_exit_4(runner):
    result = runner.invoke(app, ["investigate", "file:///etc/passwd"])
    assert result.exit_code == 4
    assert error_lines(result) == ["error: refused file: URL — only http and https listings are investigated"]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://example.com/x"])
def test_investigate_other_schemes_are_blocked(runner, url):
    result = runner.invoke(app, ["investigate", url])
    assert result.exit_code == 4
    assert len(error_lines(result)) == 1 and error_lines(result)[0].startswith("error: refused ")


def test_investigate_unparseable_url_is_an_input_error(runner):
    result = runner.invoke(app, ["investigate", "http://[::1/item"])
    assert result.exit_code == 2
    assert error_lines(result)[0].startswith("error: ")


# --- registry ----------------------------------------------------------------------------------


def test_registry_import_then_lookup_latin_spelling(runner, tmp_path):
    imported(runner, tmp_path)
    result = runner.invoke(app, ["registry", "lookup", "N 30516-48/2879"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1
    assert json.loads(lines[0]) == {**RECORDS[0], "source": str(tmp_path / "records.json"), "demo": False}


def test_registry_lookup_thai_digits_and_the_import_is_in_the_isolated_data_dir(runner, tmp_path):
    imported(runner, tmp_path)
    assert (tmp_path / "data" / "registry.sqlite").is_file()  # SODSONG_DATA_DIR from conftest
    result = runner.invoke(app, ["registry", "lookup", "ท ๕๑๓๗-๒/๙๓๔"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["holder"] == "Acme Electric Co., Ltd."


def test_registry_import_demo_flag(runner, tmp_path):
    path = tmp_path / "case.json"
    path.write_text(json.dumps({"id": "c", "registry": RECORDS[:1]}, ensure_ascii=False), encoding="utf-8")
    assert runner.invoke(app, ["registry", "import", str(path), "--demo"]).exit_code == 0
    result = runner.invoke(app, ["registry", "lookup", "น30516-48/2879"])
    assert json.loads(result.stdout)["demo"] is True


def test_registry_lookup_malformed_is_exit_2(runner, tmp_path):
    imported(runner, tmp_path)
    result = runner.invoke(app, ["registry", "lookup", "30516-48/2879"])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert error_lines(result) == ["error: malformed licence number '30516-48/2879': missing licence type letter (ท/น/ส/นค)"]


def test_registry_lookup_unknown_is_exit_1(runner, tmp_path):
    imported(runner, tmp_path)
    result = runner.invoke(app, ["registry", "lookup", "น 99999-1/2879"])
    assert result.exit_code == 1
    assert result.stdout.strip() == "not found: น 99999-1/2879"


def test_registry_lookup_on_an_empty_registry_is_exit_1(runner):
    result = runner.invoke(app, ["registry", "lookup", "น 30516-48/2879"])
    assert result.exit_code == 1


def test_registry_search_prints_one_json_line_per_record(runner, tmp_path):
    imported(runner, tmp_path)
    result = runner.invoke(app, ["registry", "search", "EXAMPLE"])
    assert result.exit_code == 0
    assert [json.loads(line)["licence_no"] for line in result.stdout.splitlines()] == ["น 30516-48/2879"]


def test_registry_import_missing_file_is_exit_2(runner, tmp_path):
    result = runner.invoke(app, ["registry", "import", str(tmp_path / "absent.json")])
    assert result.exit_code == 2
    assert len(error_lines(result)) == 1
    assert error_lines(result)[0].startswith(f"error: cannot read registry file {tmp_path / 'absent.json'}")


def test_registry_import_malformed_licence_is_exit_2(runner, tmp_path):
    path = tmp_path / "records.json"
    path.write_text(json.dumps([{**RECORDS[0], "licence_no": "30516-48/2879"}], ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["registry", "import", str(path)])
    assert result.exit_code == 2
    assert error_lines(result) == ["error: registry record '30516-48/2879': missing licence type letter (ท/น/ส/นค)"]


def test_registry_import_record_missing_field_is_exit_2(runner, tmp_path):
    path = tmp_path / "records.json"
    path.write_text(json.dumps([{"licence_no": "น 1-1/2879", "type": "น"}], ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["registry", "import", str(path)])
    assert result.exit_code == 2
    assert error_lines(result)[0].startswith("error: ")


# --- knowledge and eval ------------------------------------------------------------------------


def test_knowledge_search_without_corpus_is_exit_3_and_says_sync(runner, tmp_path):
    result = runner.invoke(app, ["knowledge", "search", "พาวเวอร์แบงก์ มอก."])
    assert result.exit_code == 3
    lines = error_lines(result)
    assert len(lines) == 1
    assert lines[0].startswith("error: no collection 'builtin'")
    assert "knowledge sync" in lines[0]


def test_eval_run_missing_directory_is_exit_2(runner, tmp_path):
    result = runner.invoke(app, ["eval", "run", str(tmp_path / "no-such-cases")])
    assert result.exit_code == 2
    assert error_lines(result) == [f"error: no cases directory at {tmp_path / 'no-such-cases'}"]


def test_eval_run_directory_without_cases_is_exit_2(runner, tmp_path):
    (tmp_path / "cases" / "empty").mkdir(parents=True)
    result = runner.invoke(app, ["eval", "run", str(tmp_path / "cases")])
    assert result.exit_code == 2
    assert error_lines(result) == [f"error: no cases (*/case.json) under {tmp_path / 'cases'}"]


def test_no_arguments_shows_help(runner):
    result = runner.invoke(app, [])
    assert result.exit_code == 2  # click's no_args_is_help exit
    assert "investigate" in result.output and "registry" in result.output
