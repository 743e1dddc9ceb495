"""Shared fixtures: an isolated data dir, knowledge built once, the real browser and marketplace."""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.settings import REPO_ROOT, Settings

SHARED_DATA = REPO_ROOT.parent / "shared" / "data"
CASES_ROOT = REPO_ROOT / "evals" / "cases"


@pytest.fixture(autouse=True)
def _isolated_environment(tmp_path, monkeypatch):
    """No test reads the user's data dir or an LLM key from the environment."""
    monkeypatch.setenv("SODSONG_DATA_DIR", str(tmp_path / "data"))
    for name in ("SODSONG_LLM__API_KEY", "SODSONG_LLM__BASE_URL", "OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def knowledge_settings(tmp_path_factory) -> Settings:
    """Settings whose data dir holds the synced corpus and built indexes (built once per session)."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"third-party mirror {SHARED_DATA} not present")
    from knowledge.build import index, sync

    settings = Settings(data_dir=tmp_path_factory.mktemp("knowledge"), mirror_dir=SHARED_DATA, allow_download=False)
    sync(settings)
    index(settings)
    return settings


@pytest.fixture(scope="session")
def resources(knowledge_settings):
    from agent.runner import Resources

    return Resources.load(knowledge_settings)


@pytest.fixture(scope="session")
def browser_settings(knowledge_settings) -> Settings:
    from evals.runner import eval_settings

    if not Path(knowledge_settings.browser.chromium_path).exists():
        pytest.skip("Chromium is not installed (run make setup)")
    return eval_settings(knowledge_settings)


@pytest.fixture(scope="session")
def browser(browser_settings):
    from tools.browser import BrowserSession

    with BrowserSession(browser_settings.browser) as session:
        yield session


@pytest.fixture(scope="session")
def marketplace():
    from evals.marketplace import Marketplace

    with Marketplace(CASES_ROOT) as market:
        yield market


@pytest.fixture
def vcr_config(request):
    """Cassette settings for every vcrpy test (tests/vcr_common.py); cassettes live in tests/cassettes/<module>/."""
    from tests.vcr_common import vcr_settings

    return vcr_settings(request)


@pytest.fixture
def every_interaction_played(vcr, record_mode):
    """A cassette test fails if its cassette holds interactions it never played (use with pytest.mark.usefixtures)."""
    yield
    if vcr is not None and record_mode == "none":
        assert vcr.all_played, f"unplayed interactions in {vcr._path}"
