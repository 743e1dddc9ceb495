"""Batch runs: the URL list, the SQLite state, a real run over the marketplace, and a crash (SIGKILL) then resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from agent.batch import batch_target, read_url_list, run_batch
from agent.batch_store import BatchStore
from agent.errors import InputError
from tests.conftest import CASES_ROOT

CASES = ("demo-powerbank-no-mark", "demo-phone-case-not-regulated", "demo-listing-removed", "demo-helmet-licence-not-found",
         "demo-extension-cord-claim-only", "demo-led-bulb-standard-mismatch")
EXPECTED = {"demo-powerbank-no-mark": "violation", "demo-phone-case-not-regulated": "not_regulated",
            "demo-listing-removed": "inconclusive"}


def _target(case_id: str) -> str:
    return json.loads((CASES_ROOT / case_id / "case.json").read_text(encoding="utf-8"))["target"]


def test_url_list_skips_blanks_comments_and_repeats_but_keeps_bad_lines(tmp_path):
    path = tmp_path / "urls.txt"
    path.write_text("\ufeff# listings from a tip-off\n\nhttps://a.example/1\n  https://a.example/1  \nnot a url\nhttps://b.example/2\n"
                    "SELLER:https://b.example/shop/9\n", encoding="utf-8")
    assert read_url_list(path) == (["https://a.example/1", "not a url", "https://b.example/2", "seller: https://b.example/shop/9"], 1)
    assert batch_target("seller: https://b.example/shop/9") == ("https://b.example/shop/9", True)
    assert batch_target("https://a.example/1") == ("https://a.example/1", False)
    (tmp_path / "empty.txt").write_text("# nothing\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="no URLs"):
        read_url_list(tmp_path / "empty.txt")
    (tmp_path / "latin1.txt").write_bytes("https://a.example/\xe9\n".encode("latin-1"))
    with pytest.raises(InputError, match="not UTF-8"):
        read_url_list(tmp_path / "latin1.txt")
    with pytest.raises(InputError, match="no such URL list"):
        read_url_list(tmp_path / "missing.txt")


def test_store_keeps_status_attempts_and_what_is_left(tmp_path):
    store = BatchStore(tmp_path / "batches.sqlite")
    batch_id = store.create(["https://a.example/1", "https://b.example/2", "https://c.example/3"], source="test")
    first, second, third = store.unfinished(batch_id)
    store.start(first)
    store.finish(first, "violation", "2879-2560", ["compulsory_product", "no_tis_evidence"])
    store.start(second)  # still running when the process dies
    store.start(third)
    store.fail(third, "InputError: not a URL")
    store.close()
    reopened = BatchStore(tmp_path / "batches.sqlite")
    assert [(i.position, i.status, i.attempts) for i in reopened.unfinished(batch_id)] == [(2, "running", 1)]
    summary = reopened.summary(batch_id)
    assert summary.counts == {"done": 1, "running": 1, "failed": 1} and summary.verdicts == {"violation": 1}
    assert reopened.items(batch_id)[0].findings == "compulsory_product,no_tis_evidence"
    with pytest.raises(InputError, match="no batch"):
        reopened.summary("batch-unknown")


@pytest.mark.browser
def test_a_batch_investigates_every_url_and_a_second_run_redoes_nothing(marketplace, browser_settings, resources, tmp_path):
    settings = browser_settings.model_copy(update={"data_dir": tmp_path / "data"})
    store = BatchStore(settings.batches_path)
    urls = [marketplace.url_for(case_id, _target(case_id)) for case_id in EXPECTED] + ["file:///etc/passwd"]
    urls.append("seller: " + marketplace.url_for("demo-seller-lamai", _target("demo-seller-lamai")))
    batch_id = store.create(urls, source="test")
    seen: list[str] = []
    summary = run_batch(batch_id, store=store, settings=settings, resources=resources, workers=2,
                        progress=lambda item, outcome: seen.append(outcome))
    assert summary.counts == {"done": 4, "failed": 1} and len(seen) == 5
    items = store.items(batch_id)
    assert [i.verdict for i in items[:3]] == list(EXPECTED.values())
    assert items[3].status == "failed" and "file" in items[3].error
    assert items[2].error and "not a listing" in items[2].error  # a removed listing is assessed, with its reason
    for item in items[:3]:
        assert (settings.runs_dir / batch_id / f"{item.position:05d}" / "assessment.json").is_file()
    seller = items[4]
    assert seller.verdict == "violation" and (settings.runs_dir / batch_id / "00005" / "listings").is_dir()
    again = run_batch(batch_id, store=store, settings=settings, resources=resources, workers=2)
    assert again == summary and [i.attempts for i in store.items(batch_id)] == [1, 1, 1, 1, 1]


@pytest.mark.browser
def test_a_batch_killed_mid_run_resumes_without_losing_or_repeating_work(marketplace, knowledge_settings, tmp_path):
    data_dir = knowledge_settings.data_dir
    urls = tmp_path / "urls.txt"
    urls.write_text("\n".join(marketplace.url_for(c, _target(c)) for c in CASES) + "\n", encoding="utf-8")
    env = {**os.environ, "SODSONG_DATA_DIR": str(data_dir)}
    command = [sys.executable, "-c", "from agent.cli import main; main()", "batch"]
    batch = subprocess.Popen([*command, "run", str(urls), "--allow-host", "*.localhost"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    store = BatchStore(data_dir / "batches.sqlite")
    batch_id, deadline = None, time.monotonic() + 120
    while time.monotonic() < deadline:
        batches = [b for b in store.batches() if b.source == str(urls.resolve())]
        if batches and batches[0].counts.get("done", 0) >= 2:
            batch_id = batches[0].id
            break
        time.sleep(0.1)
    os.killpg(batch.pid, signal.SIGKILL)  # the process and its Chromium die at once
    batch.wait(timeout=30)
    assert batch_id, batch.stderr.read().decode()
    before = {i.position: i for i in store.items(batch_id)}
    finished_before = {p for p, i in before.items() if i.status == "done"}
    assert finished_before and len(finished_before) < len(CASES)
    resumed = subprocess.run([*command, "resume", batch_id, "--allow-host", "*.localhost", "--json"], env=env,
                             capture_output=True, text=True, timeout=300)
    assert resumed.returncode == 0, resumed.stderr
    assert json.loads(resumed.stdout.strip().splitlines()[-1])["counts"] == {"done": len(CASES)}
    after = {i.position: i for i in store.items(batch_id)}
    for position in finished_before:  # finished work is neither lost nor redone
        assert after[position].attempts == 1 and after[position].finished_at == before[position].finished_at
    for position, item in after.items():
        assert item.status == "done" and item.verdict
        assert (data_dir / "runs" / batch_id / f"{position:05d}" / "assessment.json").is_file()
    store.close()


def test_report_lists_violations_first_and_export_has_one_row_per_url(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from agent.cli import app

    monkeypatch.setenv("SODSONG_DATA_DIR", str(tmp_path / "data"))
    store = BatchStore(tmp_path / "data" / "batches.sqlite")
    batch_id = store.create(["https://a.example/1", "https://b.example/2", "not a url"], source="tip-off.txt")
    first, second, third = store.unfinished(batch_id)
    store.finish(first, "not_regulated", None, [])
    store.finish(second, "violation", "2879-2560", ["compulsory_product", "no_tis_evidence"])
    store.fail(third, "InputError: not a URL")
    store.close()
    runner = CliRunner()
    report = runner.invoke(app, ["batch", "report", batch_id])
    assert report.exit_code == 0, report.output
    rows = [line for line in report.output.splitlines() if line.startswith("| ") and "verdict" not in line]
    assert rows[0].startswith("| 2 | violation | 2879-2560 | compulsory_product, no_tis_evidence | https://b.example/2")
    assert rows[1].startswith("| 1 | not_regulated") and "- #3 failed: not a url — InputError: not a URL" in report.output
    export = runner.invoke(app, ["batch", "export", batch_id])
    lines = export.output.strip().splitlines()
    assert lines[0].startswith("position,url,status,verdict") and len(lines) == 4
    assert runner.invoke(app, ["batch", "status", "batch-nope"]).exit_code == 2
