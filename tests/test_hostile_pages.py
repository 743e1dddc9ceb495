"""Hostile and broken pages through the whole graph: each ends inconclusive with a stated reason, no crash, no hang.

Every page is served by the local marketplace (loopback only); limits are tightened so the suite stays fast.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from agent.checkpoints import memory_checkpointer
from agent.runner import investigate
from evals.marketplace import Marketplace
from tools.registry import Registry

pytestmark = pytest.mark.browser

PAGE = "<!doctype html><html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"
LISTING = PAGE.format(title="พาวเวอร์แบงค์ 10000mAh", body="<h1>พาวเวอร์แบงค์ 10000mAh</h1><p>ราคา 299 บาท</p>{extra}")

# case id -> (files, serve behaviours, expected reason fragment)
HOSTILE = {
    "h-404": ({}, {"/item": {"status": 404}}, "HTTP 404"),
    "h-410": ({"gone.html": PAGE.format(title="Gone", body="<h1>410</h1>")}, {"/item": {"status": 410}}, "HTTP 410"),
    "h-500": ({"err.html": PAGE.format(title="Error", body="<h1>Server error</h1>")}, {"/item": {"status": 500}}, "HTTP 500"),
    "h-503": ({}, {"/item": {"status": 503, "headers": {"Retry-After": "120"}}}, "HTTP 503"),
    "h-redirect-loop": ({}, {"/item": {"redirect": "/b"}, "/b": {"redirect": "/item"}}, "redirect"),
    "h-redirect-private": ({}, {"/item": {"redirect": "http://127.0.0.1:18999/admin"}}, "refused"),
    "h-redirect-file": ({}, {"/item": {"redirect": "file:///etc/passwd"}}, "refused file URL"),
    "h-pdf": ({"doc.html": "%PDF-1.4 fake"}, {"/item": {"content_type": "application/pdf"}}, "application/pdf"),
    "h-json": ({"data.html": '{"title": "power bank"}'}, {"/item": {"content_type": "application/json"}}, "not an HTML page"),
    "h-oversize": ({"big.html": LISTING.format(extra="")}, {"/item": {"pad_bytes": 400_000}}, "byte cap"),
    "h-slow": ({"slow.html": LISTING.format(extra="")}, {"/item": {"delay_s": 6}}, "could not open"),
    "h-endless-before-load": ({"loop.html": LISTING.format(extra="<script>while (true) {}</script>")}, {}, "did not finish loading"),
    "h-endless-after-load": ({"late.html": LISTING.format(extra="<script>addEventListener('load', () => setTimeout(() => { while (true) {} }, 0))</script>")}, {}, "did not let it be read"),
    "h-download": ({"file.html": "binary"}, {"/item": {"content_type": "application/octet-stream", "headers": {"Content-Disposition": "attachment; filename=x.bin"}}}, "could not open"),
    "h-removed": ({"removed.html": PAGE.format(title="ไม่พบสินค้า", body="<h1>ขออภัย</h1><p>สินค้านี้ถูกลบแล้ว</p>")}, {}, "listing is gone"),
    "h-empty": ({"empty.html": PAGE.format(title="", body="")}, {}, "almost no visible text"),
    "h-js-to-private": ({"js.html": PAGE.format(title="x", body="<script>location.href='http://169.254.169.254/latest/meta-data/'</script><p>redirecting to the shop page now, please wait a moment</p>")}, {}, "tried to navigate to a refused address"),
}


DIALOGS = LISTING.format(extra="<script>alert('hi'); confirm('ok?'); prompt('name?'); onbeforeunload = () => 'stay';</script>")


def _write_cases(root: Path) -> None:
    cases = {**HOSTILE, "h-dialogs": ({"d.html": DIALOGS}, {}, "")}
    for case_id, (files, serve, _) in cases.items():
        directory = root / case_id
        directory.mkdir(parents=True)
        pages = {}
        for name, body in files.items():
            (directory / name).write_text(body, encoding="utf-8")
        main = next(iter(files), "")
        pages["/item"] = main
        for path in serve:
            pages.setdefault(path, "")
        case = {"id": case_id, "kind": "listing", "pages": pages, "target": "/item", "serve": serve,
                "expected": {"verdict": "inconclusive", "tis": None, "findings": [], "laws": []}}
        (directory / "case.json").write_text(json.dumps(case), encoding="utf-8")


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    _write_cases(root)
    with Marketplace(root) as market:
        yield market


@pytest.fixture(scope="module")
def tight_settings(browser_settings):
    limits = browser_settings.browser.model_copy(update={
        "navigation_timeout_s": 3.0, "probe_timeout_s": 2.0, "total_timeout_s": 12.0, "max_page_bytes": 300_000, "settle_ms": 100})
    return browser_settings.model_copy(update={"browser": limits})


@pytest.fixture(scope="module")
def tight_browser(tight_settings):
    from tools.browser import BrowserSession

    with BrowserSession(tight_settings.browser) as session:
        yield session


@pytest.mark.parametrize("case_id", sorted(HOSTILE))
def test_hostile_page_ends_inconclusive_with_a_reason(case_id, hostile_site, tight_browser, tight_settings, resources, tmp_path):
    started = time.monotonic()
    assessment = investigate(hostile_site.url_for(case_id, "/item"), settings=tight_settings, resources=resources, browser=tight_browser,
                             registry=Registry(":memory:"), checkpointer=memory_checkpointer(), run_id=f"h-{case_id}", run_dir=tmp_path / case_id)
    elapsed = time.monotonic() - started
    assert assessment["verdict"] == "inconclusive", assessment.get("summary")
    reason = assessment.get("capture_error") or (assessment.get("product") or {}).get("not_listing_reason") or ""
    assert reason, "an inconclusive verdict must state why"
    assert HOSTILE[case_id][2] in reason
    assert elapsed < 25, f"{case_id} took {elapsed:.1f}s"
    assert (tmp_path / case_id / "assessment.json").is_file() and (tmp_path / case_id / "report.md").is_file()


def test_dialogs_are_dismissed_and_the_page_still_captured(hostile_site, tight_browser, tmp_path):
    page = tight_browser.capture(hostile_site.url_for("h-dialogs", "/item"), tmp_path)
    assert page.status == 200
    assert "พาวเวอร์แบงค์ 10000mAh" in page.visible_text
