"""Registry backends: local, remote (against the local stand-in, demo data, not TISI) and chained semantics."""

from __future__ import annotations

from datetime import date

import pytest

from agent.errors import InputError
from tests.standin_tisi import StandinTisi
from tools.registry import LicenceRecord, Registry
from tools.registry_backends import (
    BackendAnswer,
    ChainedBackend,
    LocalBackend,
    RegistryBackend,
    RemoteBackend,
    build_backend,
)
from tools.tisi_remote import RemoteCache, TisiRemoteClient

LOCAL_RECORD = {
    "licence_no": "น 30516-48/2879", "type": "น", "tis": "2879-2560", "holder": "บริษัท ตัวอย่าง จำกัด",
    "holder_tax_id": "0105555000000", "trademarks": ["EXAMPLE"], "status": "active", "issued": "2023-05-01", "expires": None,
}


@pytest.fixture
def registry():
    reg = Registry(":memory:")
    reg.import_records([LOCAL_RECORD], source="test")
    yield reg
    reg.close()


@pytest.fixture(scope="module")
def standin():
    with StandinTisi() as server:
        yield server


@pytest.fixture
def live(standin):
    standin.reset()
    return standin


def _remote(server: StandinTisi, **options) -> RemoteBackend:
    client = TisiRemoteClient(server.base_url, **{"min_interval_s": 0, "backoff_s": 0.01, "retries": 1, "timeout_s": 2, **options})
    return RemoteBackend(client, today=date(2024, 6, 1))


class Stub:
    """A backend with a scripted answer (or exception) that counts its calls."""

    def __init__(self, name: str, *, found: bool = False, error: str | None = None, raises: Exception | None = None,
                 cached_age_s: float | None = None) -> None:
        self.name, self.found, self.error, self.raises, self.cached_age_s = name, found, error, raises, cached_age_s
        self.calls = 0

    def lookup(self, number: str) -> BackendAnswer:
        self.calls += 1
        if self.raises:
            raise self.raises
        record = LicenceRecord(**LOCAL_RECORD, source=self.name) if self.found else None
        return BackendAnswer(backend=self.name, found=self.found, record=record, error=self.error,
                             looked_up_at="2024-06-01T00:00:00Z", cached_age_s=self.cached_age_s)


# --- local -------------------------------------------------------------------------------------------------------


def test_local_backend_finds_any_spelling(registry):
    answer = LocalBackend(registry).lookup("N ๓๐๕๑๖-๔๘/๒๘๗๙")
    assert answer.found and answer.record.holder == "บริษัท ตัวอย่าง จำกัด"
    assert answer.backend == "local" and answer.error is None and answer.cached_age_s is None
    assert answer.looked_up_at.endswith("Z")


def test_local_backend_not_found_and_malformed(registry):
    backend = LocalBackend(registry)
    missing = backend.lookup("น 30516-49/2879")
    assert (missing.found, missing.record, missing.error) == (False, None, None)
    malformed = backend.lookup("30516-48/2879")
    assert not malformed.found and "malformed licence number" in malformed.error


def test_local_backend_reports_a_broken_database():
    reg = Registry(":memory:")
    reg.close()
    answer = LocalBackend(reg).lookup("น 30516-48/2879")
    assert not answer.found and answer.error.startswith("local registry error")


def test_backends_satisfy_the_protocol(registry, live):
    assert isinstance(LocalBackend(registry), RegistryBackend)
    assert isinstance(_remote(live), RegistryBackend)
    assert isinstance(ChainedBackend([LocalBackend(registry)]), RegistryBackend)


# --- remote (stand-in) ---------------------------------------------------------------------------------------------


def test_remote_backend_builds_the_full_record(live):
    answer = _remote(live).lookup("น 90001-1/2879")
    assert answer.found and answer.error is None and answer.backend == "tisi-remote"
    record = answer.record
    assert (record.type, record.tis, record.status, record.issued) == ("น", "2879-2560", "active", "2023-05-15")
    assert record.holder_tax_id == "0105566000019" and record.trademarks == ["DEMOPOWER", "เดโมพาวเวอร์"]
    assert record.source.startswith(f"tisi-remote:{live.base_url}")
    assert [method for _, method, *_ in live.requests] == ["POST", "POST"]


@pytest.mark.parametrize(("number", "status"), [("ท 90002-3/2432", "suspended"), ("ส 90003-1/1187", "revoked")])
def test_remote_backend_statuses(live, number, status):
    assert _remote(live).lookup(number).record.status == status


def test_remote_backend_not_found_does_not_fetch_the_detail(live):
    answer = _remote(live).lookup("น 99999-9/2879")
    assert (answer.found, answer.error) == (False, None)
    assert len(live.requests) == 1


def test_remote_backend_unavailable_is_an_error_not_a_miss(live):
    live.fail_next(5, 503)
    answer = _remote(live).lookup("น 90001-1/2879")
    assert not answer.found and answer.record is None
    assert answer.error.startswith("remote registry unavailable: HTTP 503")


def test_remote_backend_detail_failure_is_an_error(live):
    backend = _remote(live, retries=0)
    backend.client.detail_url = live.base_url + "/gone/"
    answer = backend.lookup("น 90001-1/2879")
    assert not answer.found and "HTTP 404" in answer.error


def test_remote_backend_unknown_status_cannot_be_read(live):
    answer = _remote(live).lookup("น 90005-1/2879")
    assert not answer.found
    assert answer.error == "the remote registry lists น90005-1/2879 but its record cannot be read: unknown licence status 'รอตรวจสอบ'"


def test_remote_backend_reports_the_cache_age(live, tmp_path):
    backend = _remote(live, cache=RemoteCache(tmp_path / "c.sqlite"))
    assert backend.lookup("น 90001-1/2879").cached_age_s is None
    assert backend.lookup("น 90001-1/2879").cached_age_s >= 0
    assert backend.lookup("น 99999-9/2879").cached_age_s is None
    assert backend.lookup("น 99999-9/2879").cached_age_s >= 0
    assert len(live.requests) == 3
    backend.close()


def test_remote_backend_malformed_number(live):
    answer = _remote(live).lookup("ไม่มี")
    assert not answer.found and "malformed" in answer.error and live.requests == []


# --- chained ---------------------------------------------------------------------------------------------------------


def test_chain_local_hit_never_asks_the_remote(registry):
    remote = Stub("remote", error="must not be asked")
    answer = ChainedBackend([LocalBackend(registry), remote]).lookup("น 30516-48/2879")
    assert answer.found and answer.backend == "local" and remote.calls == 0


def test_chain_falls_through_to_the_remote(registry, live):
    chain = ChainedBackend([LocalBackend(registry), _remote(live)])
    answer = chain.lookup("น 90001-1/2879")
    assert answer.found and answer.backend == "tisi-remote" and answer.record.holder == "บริษัท สาธิตพาวเวอร์ จำกัด"
    assert chain.name == "local+tisi-remote"


def test_chain_all_not_found_is_not_found(registry, live):
    answer = ChainedBackend([LocalBackend(registry), _remote(live)]).lookup("น 99999-9/2879")
    assert (answer.found, answer.error, answer.backend) == (False, None, "local+tisi-remote")


def test_chain_miss_plus_failure_could_not_verify(registry, live):
    live.fail_next(5, 503)
    answer = ChainedBackend([LocalBackend(registry), _remote(live)]).lookup("น 90001-1/2879")
    assert not answer.found and answer.record is None
    assert answer.error.startswith("could not verify: tisi-remote: remote registry unavailable: HTTP 503")


def test_chain_collects_every_reason_and_survives_a_crashing_backend():
    first, second, third = Stub("a", error="down"), Stub("b", raises=RuntimeError("bug")), Stub("c")
    answer = ChainedBackend([first, second, third]).lookup("น 1-1/2879")
    assert answer.error == "could not verify: a: down; b: unexpected RuntimeError: bug"
    assert (first.calls, second.calls, third.calls) == (1, 1, 1)


def test_chain_failure_first_then_found_wins():
    answer = ChainedBackend([Stub("a", error="down"), Stub("b", found=True)]).lookup("น 30516-48/2879")
    assert answer.found and answer.backend == "b" and answer.error is None


def test_chain_reports_the_oldest_cached_age_when_nothing_is_found():
    answer = ChainedBackend([Stub("a", cached_age_s=3.0), Stub("b", cached_age_s=10.0)]).lookup("น 1-1/2879")
    assert (answer.found, answer.error, answer.cached_age_s) == (False, None, 10.0)


def test_chain_found_without_record_is_a_failure():
    class Liar(Stub):
        def lookup(self, number):
            return super().lookup(number).model_copy(update={"found": True})

    answer = ChainedBackend([Liar("liar")]).lookup("น 1-1/2879")
    assert not answer.found and "found without a record" in answer.error


def test_an_empty_chain_is_refused():
    with pytest.raises(ValueError):
        ChainedBackend([])


# --- factory ---------------------------------------------------------------------------------------------------------


def test_build_backend_modes(registry, live, tmp_path):
    assert isinstance(build_backend("local", registry), LocalBackend)
    remote = build_backend("remote", remote_base_url=live.base_url, cache_path=tmp_path / "c.sqlite", min_interval_s=0, retries=0)
    assert isinstance(remote, RemoteBackend) and remote.client.cache is not None and remote.client.retries == 0
    chained = build_backend("chained", registry, remote_base_url=live.base_url, min_interval_s=0)
    assert isinstance(chained, ChainedBackend) and [b.name for b in chained.backends] == ["local", "tisi-remote"]
    assert chained.lookup("น 90001-1/2879").found
    remote.close()
    chained.close()


@pytest.mark.parametrize(("mode", "kwargs", "message"), [
    ("sqlite", {}, "unknown registry backend"),
    ("remote", {}, "needs a remote base URL"),
    ("local", {"registry": None}, "needs a registry"),
])
def test_build_backend_refuses_incomplete_configuration(mode, kwargs, message):
    with pytest.raises(InputError, match=message):
        build_backend(mode, **kwargs)


def test_build_backend_takes_the_proposed_remote_settings_as_they_are(live, registry, tmp_path):
    """The proposed RemoteRegistrySettings fields (docs/REGISTRY.md) pass straight through model_dump()."""
    remote = {"base_url": live.base_url, "search_path": "/tis_dev/p4_license_report/p4license_report.php", "detail_path": "/l/",
              "search_field": "license_no", "detail_field": "license_no", "form_encoding": "utf-8", "timeout_s": 2.0,
              "retries": 1, "backoff_s": 0.01, "min_interval_s": 0.0, "max_retry_after_s": 5.0, "cache_max_age_s": 60.0}
    backend = build_backend("chained", registry, remote_base_url=remote.pop("base_url"),
                            cache_path=tmp_path / "tisi-cache.sqlite", **remote)
    assert backend.lookup("น 90001-1/2879").found
    backend.close()
