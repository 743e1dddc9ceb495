"""The browser pool: concurrent captures from many threads, fresh contexts, and a restart after the browser dies."""

from __future__ import annotations

import os
import signal
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from evals.marketplace import Marketplace
from tools.browser_pool import BrowserPool

FIXTURES = Path(__file__).parent / "fixtures" / "cases"
pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def site():
    with Marketplace(FIXTURES) as market:
        yield market


def _chromium_pids() -> set[int]:
    """Top-level Chromium browser processes started by this test process (found through /proc)."""
    me = os.getpid()
    pids = set()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().split(b"\0")
            status = (entry / "status").read_text()
        except OSError:
            continue
        if not cmdline or b"chromium" not in cmdline[0] or any(arg.startswith(b"--type=") for arg in cmdline):
            continue
        ppid = int(next(line.split()[1] for line in status.splitlines() if line.startswith("PPid:")))
        # the browser's parent is Playwright's driver, whose parent is us
        try:
            parent_status = (Path("/proc") / str(ppid) / "status").read_text()
        except OSError:
            continue
        grandparent = int(next(line.split()[1] for line in parent_status.splitlines() if line.startswith("PPid:")))
        if grandparent == me or ppid == me:
            pids.add(int(entry.name))
    return pids


def test_concurrent_captures_from_many_threads(browser_settings, site, tmp_path):
    urls = [site.url_for(case, path) for case, path in (("fx-spa", "/item/1"), ("fx-jsonld", "/p/tp-43"), ("fx-removed", "/item/9"))] * 3
    with BrowserPool(browser_settings.browser, size=2) as pool:
        with ThreadPoolExecutor(max_workers=5) as executor:
            captures = list(executor.map(lambda item: pool.capture(item[1], tmp_path / f"run{item[0]}"), enumerate(urls)))
    assert [c.final_url for c in captures] == urls
    assert all((tmp_path / f"run{i}" / "text.txt").is_file() for i in range(len(urls)))
    assert "TestPlug" in captures[1].structured_text and "TestPlug" not in captures[0].structured_text  # no state leaks between contexts


def test_a_browser_killed_mid_run_is_restarted(browser_settings, site, tmp_path):
    before = _chromium_pids()  # other tests' browsers: leave them alone
    with BrowserPool(browser_settings.browser, size=1) as pool:
        first = pool.capture(site.url_for("fx-spa", "/item/1"), tmp_path / "a")
        pids = _chromium_pids() - before
        assert pids, "expected to find the pool's Chromium process"
        for pid in pids:
            os.kill(pid, signal.SIGKILL)
        second = pool.capture(site.url_for("fx-jsonld", "/p/tp-43"), tmp_path / "b")
        assert pool.restarts == 1
    assert first.status == 200 and second.status == 200
    assert "ปลั๊กพ่วง" in second.visible_text
