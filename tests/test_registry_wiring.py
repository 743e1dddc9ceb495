"""The registry node wired to local, remote (stand-in TISI server, loopback only) and chained backends."""
from __future__ import annotations
import json
from datetime import date
from types import SimpleNamespace

from typer.testing import CliRunner

from agent.cli import app
from agent.nodes.registry_check import check_registry
from agent.rules import decide
from agent.settings import Settings
from agent.state import Classification, Fact, LicenceClaim, ProductFacts
from tests.standin_tisi import StandinTisi
from tools.registry import Registry
from tools.registry_backends import ChainedBackend, LocalBackend, RemoteBackend
from tools.tisi_remote import TisiRemoteClient


def _state(number):
    claim = LicenceClaim(raw=number, quote=number, evidence_id="page-1", normalised=number.replace(" ", ""), licence_type="น", tis_base="2879")
    facts = ProductFacts(is_listing=True, brand=Fact(value="DEMOPOWER", quote="DEMOPOWER", evidence_id="page-1"), licence_claims=[claim])
    return {"facts": facts, "classification": Classification(tis="2879-2560", basis="alias"), "capture_meta": {"retrieved_at": "2024-06-01T00:00:00Z"}}


def _run(backend, number):
    ctx = SimpleNamespace(registry=Registry(":memory:"), registry_backend="local", backend=backend, today=date(2024, 6, 1))
    out = check_registry(_state(number), SimpleNamespace(context=ctx))
    return out["licence_checks"], out["ledger"]


def test_node_with_chain_found_remote_is_compliant():
    with StandinTisi() as s:
        chain = ChainedBackend([LocalBackend(Registry(":memory:")), RemoteBackend(TisiRemoteClient(s.base_url, min_interval_s=0))])
        checks, ledger = _run(chain, "น 90001-1/2879")
    c = checks[0]
    assert c.found and c.active and c.holder_match and c.backend == "tisi-remote" and c.error is None
    outcome = json.loads(next(iter(ledger.values())).content)
    assert outcome["record"]["source"].startswith("tisi-remote:")
    assert decide(_state("x")["facts"], _state("x")["classification"], checks, None, ["page-1"]).verdict == "compliant"


def test_node_with_chain_unavailable_is_inconclusive_with_reason():
    with StandinTisi() as s:
        s.fail_next(10, 503)
        chain = ChainedBackend([LocalBackend(Registry(":memory:")), RemoteBackend(TisiRemoteClient(s.base_url, min_interval_s=0, retries=1, backoff_s=0.01))])
        checks, ledger = _run(chain, "น 90001-1/2879")
    c = checks[0]
    assert not c.found and c.error.startswith("could not verify: tisi-remote: remote registry unavailable")
    outcome = json.loads(next(iter(ledger.values())).content)
    assert outcome["error"] == c.error
    st = _state("x")
    result = decide(st["facts"], st["classification"], checks, None, ["page-1"])
    assert result.verdict == "inconclusive" and "could not verify" in result.reason


def test_node_without_backend_is_unchanged_local():
    reg = Registry(":memory:")
    ctx = SimpleNamespace(registry=reg, registry_backend="local", backend=None, today=date(2024, 6, 1))
    out = check_registry(_state("น 90001-1/2879"), SimpleNamespace(context=ctx))
    c = out["licence_checks"][0]
    assert not c.found and c.backend == "local" and c.error is None
    outcome = json.loads(next(iter(out["ledger"].values())).content)
    assert set(outcome) == {"query", "backend", "looked_up_at", "found", "record"}  # same evidence shape as before


def test_settings_from_environment(monkeypatch):
    monkeypatch.setenv("SODSONG_REGISTRY__BACKEND", "chained")
    monkeypatch.setenv("SODSONG_REGISTRY__REMOTE__BASE_URL", "http://127.0.0.1:1")
    monkeypatch.setenv("SODSONG_REGISTRY__REMOTE__RETRIES", "0")
    s = Settings()
    assert s.registry.backend == "chained" and s.registry.remote.retries == 0 and s.registry_cache_path.name == "tisi-cache.sqlite"


def test_cli_lookup_remote_and_chained(monkeypatch, tmp_path):
    runner = CliRunner()
    with StandinTisi() as s:
        monkeypatch.setenv("SODSONG_REGISTRY__REMOTE__BASE_URL", s.base_url)
        monkeypatch.setenv("SODSONG_REGISTRY__REMOTE__MIN_INTERVAL_S", "0")
        monkeypatch.setenv("SODSONG_REGISTRY__REMOTE__BACKOFF_S", "0.01")
        r = runner.invoke(app, ["registry", "lookup", "น 90001-1/2879", "--backend", "chained"])
        assert r.exit_code == 0, r.output
        assert json.loads(r.stdout.splitlines()[-1])["status"] == "active"
        r = runner.invoke(app, ["registry", "lookup", "น 90001-1/2879", "--backend", "remote"])
        assert r.exit_code == 0 and "from a cached page" in r.stderr
        r = runner.invoke(app, ["registry", "lookup", "น 99999-1/2879", "--backend", "remote"])
        assert r.exit_code == 1 and r.stdout.strip() == "not found: น 99999-1/2879"
        s.fail_next(10, 503)
        r = runner.invoke(app, ["registry", "lookup", "น 90002-3/2432", "--backend", "remote"])
        assert r.exit_code == 3 and "HTTP 503" in r.stderr, r.output
    r = runner.invoke(app, ["registry", "lookup", "น 1-1/2879", "--backend", "remote"])
    assert r.exit_code == 3  # connection refused: could not verify


def test_cli_remote_without_url_is_exit_2(monkeypatch):
    r = CliRunner().invoke(app, ["registry", "lookup", "น 1-1/2879", "--backend", "remote"])
    assert r.exit_code == 2 and "needs a remote base URL" in r.stderr


def test_cli_import_tisi(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("tbl_licenseNo,tbl_tisiNo,tbl_tradeName,tbl_licenseStatus\nน 1-1/2879,2879-2560,บริษัท ก จำกัด,ใช้งาน\nน 2-1/2879,2879-2560,บริษัท ข จำกัด,งง\n", encoding="utf-8")
    runner = CliRunner()
    r = runner.invoke(app, ["registry", "import-tisi", str(path), "--json"])
    assert r.exit_code == 1 and json.loads(r.stdout.splitlines()[-1])["imported"] == 1
    assert "skipped row 3" in r.stderr
    assert runner.invoke(app, ["registry", "lookup", "น 1-1/2879"]).exit_code == 0
