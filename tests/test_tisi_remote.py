"""The TISI remote client: page parsing, field mapping, retries, rate limit, timeouts and cache.

No test here reaches TISI. The cassettes in tests/cassettes/test_tisi_remote/ were recorded against the local
stand-in (tests/standin_tisi.py, demo data) running on 127.0.0.1:18765, NOT against TISI; they replay the stand-in's
pages. Normal runs replay only (record mode "none"): a request with no recorded interaction fails, and so does a
cassette with an interaction the test did not play. To record again:

    .venv/bin/python -m tests.standin_tisi --port 18765 &     # the stand-in, in its own process
    .venv/bin/pytest tests/test_tisi_remote.py -m vcr --record-mode=once   # after deleting the cassettes to redo

The retry, backoff, rate-limit, timeout and cache tests run without cassettes against the stand-in started in-process
on an ephemeral port (loopback only), with timings of a tenth of a second or so.
"""

from __future__ import annotations

import email.utils
import socket
import time
from datetime import date
from pathlib import Path

import pytest

from tests.standin_tisi import FIXED_PORT, StandinTisi
from tools.tisi_remote import (
    PageNotUnderstood,
    RemoteCache,
    RemoteLicence,
    RemoteUnavailable,
    TisiRemoteClient,
    UnmappableLicence,
    decode_page,
    map_licence_type,
    map_status,
    normalise_tax_id,
    parse_detail,
    parse_results,
    parse_thai_date,
    record_from_tisi,
    retry_after_seconds,
    split_trademarks,
    to_licence_record,
)

CASSETTES = Path(__file__).parent / "cassettes" / "test_tisi_remote"
RECORDED_BASE = f"http://127.0.0.1:{FIXED_PORT}"
pytestmark = pytest.mark.usefixtures("every_interaction_played")


@pytest.fixture
def recorded_client(record_mode):
    """A client for the stand-in on the fixed port the cassettes were recorded on (no cache, no waiting)."""
    if record_mode != "none":
        try:
            socket.create_connection(("127.0.0.1", FIXED_PORT), timeout=1).close()
        except OSError:
            pytest.fail(f"recording needs the stand-in on port {FIXED_PORT}: .venv/bin/python -m tests.standin_tisi")
    client = TisiRemoteClient(RECORDED_BASE, min_interval_s=0, retries=1, backoff_s=0.01, timeout_s=5)
    yield client
    client.close()


# --- recorded against the stand-in (cassettes) --------------------------------------------------------------------


@pytest.mark.vcr
def test_describe_form_lists_the_search_fields(recorded_client):
    form = recorded_client.describe_form()
    assert form.method == "post"
    assert "license_no" in form.fields


@pytest.mark.vcr
def test_search_reads_the_results_table(recorded_client):
    rows = recorded_client.search("น ๙๐๐๐๑-๑/๒๘๗๙")
    assert len(rows) == 1
    row = rows[0]
    assert row.key == "น90001-1/2879"
    assert (row.licence_type, row.tis, row.holder, row.status) == ("น", "มอก. 2879-2560", "บริษัท สาธิตพาวเวอร์ จำกัด", "ใช้งาน")
    assert parse_thai_date(row.issued) == "2023-05-15"
    assert row.source_url.startswith(RECORDED_BASE) and row.cached_age_s is None


@pytest.mark.vcr
def test_search_for_an_unlisted_number_is_empty(recorded_client):
    assert recorded_client.search("น 99999-9/2879") == []


@pytest.mark.vcr
def test_detail_reads_the_panel(recorded_client):
    licence = recorded_client.detail("N90001-1/2879")
    assert licence is not None
    assert licence.holder == "บริษัท สาธิตพาวเวอร์ จำกัด"
    assert licence.tax_id == "0-1055-66000-01-9"
    assert licence.trademarks == "DEMOPOWER, เดโมพาวเวอร์"
    assert "2879-2560" in (licence.product_detail or "")


@pytest.mark.vcr
def test_detail_of_an_unknown_licence_is_none(recorded_client):
    assert recorded_client.detail("น 99999-9/2879") is None


@pytest.mark.vcr
def test_search_and_detail_map_to_licence_records(recorded_client):
    suspended = recorded_client.search("ท 90002-3/2432")[0].merged(recorded_client.detail("ท 90002-3/2432"))
    record = to_licence_record(suspended)
    assert (record.type, record.tis, record.status, record.issued) == ("ท", "2432-2555", "suspended", "2019-03-01")
    assert record.trademarks == ["PLUGDEMO"] and record.holder_tax_id == "0103562000027"
    odd = recorded_client.search("น 90005-1/2879")[0].merged(recorded_client.detail("น 90005-1/2879"))
    with pytest.raises(UnmappableLicence, match="unknown licence status 'รอตรวจสอบ'"):
        to_licence_record(odd)


@pytest.mark.vcr
def test_a_malformed_table_is_unavailable_not_empty():
    client = TisiRemoteClient(RECORDED_BASE + "/malformed", min_interval_s=0, retries=0)
    with pytest.raises(RemoteUnavailable, match="unreadable row"):
        client.search("น 90001-1/2879")


@pytest.mark.vcr
def test_a_503_then_success_is_retried():
    client = TisiRemoteClient(RECORDED_BASE + "/flaky", min_interval_s=0, retries=1, backoff_s=0.01)
    assert [row.key for row in client.search("น 90001-1/2879")] == ["น90001-1/2879"]


def test_every_cassette_belongs_to_a_test_is_from_the_stand_in_and_holds_no_cookies():
    recorded = {name for name, item in globals().items()
                if name.startswith("test_") and any(mark.name == "vcr" for mark in getattr(item, "pytestmark", []))}
    assert {path.stem for path in CASSETTES.glob("*.yaml")} == recorded
    for text in (path.read_text(encoding="utf-8") for path in CASSETTES.glob("*.yaml")):
        assert "PHPSESSID" not in text and "set-cookie" not in text.lower() and "x-stainless" not in text.lower()
        assert "tisi.go.th" not in text
        assert f"uri: {RECORDED_BASE}/" in text


# --- against the live stand-in (in-process, ephemeral port) -------------------------------------------------------


@pytest.fixture(scope="module")
def standin():
    with StandinTisi() as server:
        yield server


@pytest.fixture
def live(standin):
    standin.reset()
    return standin


def _client(server: StandinTisi, **options) -> TisiRemoteClient:
    return TisiRemoteClient(server.base_url, **{"min_interval_s": 0, "backoff_s": 0.01, "timeout_s": 2, **options})


def test_503_twice_then_success_backs_off_exponentially(live):
    live.fail_next(2, 503)
    started = time.monotonic()
    with _client(live, retries=3, backoff_s=0.05) as client:
        assert client.search("น 90001-1/2879")
    assert time.monotonic() - started >= 0.05 + 0.1  # waited backoff, then twice the backoff
    assert len(live.requests) == 3


def test_gives_up_after_the_last_try_with_a_reason(live):
    live.fail_next(10, 503)
    with _client(live, retries=2) as client, pytest.raises(RemoteUnavailable) as caught:
        client.search("น 90001-1/2879")
    assert "HTTP 503" in caught.value.reason and "3 attempts" in caught.value.reason
    assert caught.value.attempts == 3 and len(live.requests) == 3


def test_a_4xx_is_not_retried(live):
    with _client(live, search_path="/moved.php", retries=3) as client, pytest.raises(RemoteUnavailable, match="HTTP 404"):
        client.search("น 90001-1/2879")
    assert len(live.requests) == 1


def test_429_honours_retry_after(live):
    live.fail_next(1, 429, retry_after="0.3")
    started = time.monotonic()
    with _client(live, retries=2) as client:
        assert client.search("น 90001-1/2879")
    assert time.monotonic() - started >= 0.3 and len(live.requests) == 2


def test_a_retry_after_longer_than_allowed_ends_the_lookup_at_once(live):
    live.fail_next(1, 429, retry_after="120")
    started = time.monotonic()
    with _client(live, retries=3, max_retry_after_s=5) as client, pytest.raises(RemoteUnavailable, match="asks to wait 120 s"):
        client.search("น 90001-1/2879")
    assert time.monotonic() - started < 1 and len(live.requests) == 1


def test_retry_after_as_http_date():
    now = time.time()
    assert retry_after_seconds(email.utils.formatdate(now + 5, usegmt=True), now=now) == pytest.approx(5, abs=1)
    assert retry_after_seconds("7") == 7 and retry_after_seconds("soon") is None and retry_after_seconds(None) is None


def test_a_slow_answer_times_out_and_is_retried(live):
    live.delay_s = 1.0
    started = time.monotonic()
    with _client(live, timeout_s=0.1, retries=1) as client, pytest.raises(RemoteUnavailable, match="timed out after 0.1 s"):
        client.search("น 90001-1/2879")
    assert time.monotonic() - started < 0.9 and len(live.requests) == 2  # did not wait for the slow answer


def test_connection_refused_is_unavailable():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with TisiRemoteClient(f"http://127.0.0.1:{port}", retries=1, backoff_s=0.01, min_interval_s=0) as client:
        with pytest.raises(RemoteUnavailable, match="connection failed .*2 attempts"):
            client.search("น 90001-1/2879")


def test_requests_to_one_host_are_spaced_by_min_interval(live):
    started = time.monotonic()
    with _client(live, min_interval_s=0.15) as client:
        for _ in range(3):
            client.search("น 90001-1/2879")
    assert time.monotonic() - started >= 2 * 0.15 and len(live.requests) == 3


def test_the_rate_limit_is_per_host(live):
    with StandinTisi() as other:
        client = _client(live, min_interval_s=0.4, detail_path=other.base_url + "/l/")
        started = time.monotonic()
        client.search("น 90001-1/2879")
        assert client.detail("น 90001-1/2879") is not None  # another host: no wait
        assert time.monotonic() - started < 0.3
        client.search("น 90001-1/2879")  # same host again: waits
        assert time.monotonic() - started >= 0.4
        client.close()


def test_cached_answers_report_their_age(live, tmp_path):
    with _client(live, cache=RemoteCache(tmp_path / "cache.sqlite", max_age_s=60)) as client:
        fresh = client.search_page("น 90001-1/2879")
        time.sleep(0.1)
        cached = client.search_page("น 90001-1/2879")
        detail = client.detail("น 90001-1/2879")
        again = client.detail("น 90001-1/2879")
    assert fresh.cached_age_s is None and cached.cached_age_s >= 0.09
    assert cached.licences[0].cached_age_s == cached.cached_age_s and cached.fetched_at == fresh.fetched_at
    assert detail.cached_age_s is None and again.cached_age_s is not None
    assert len(live.requests) == 2  # one search, one detail


def test_the_cache_expires_and_keys_on_the_body(live, tmp_path):
    with _client(live, cache=RemoteCache(tmp_path / "cache.sqlite", max_age_s=0.1)) as client:
        client.search("น 90001-1/2879")
        client.search("ท 90002-3/2432")
        time.sleep(0.15)
        assert client.search_page("น 90001-1/2879").cached_age_s is None
    assert len(live.requests) == 3


def test_the_cache_keeps_only_pages_that_were_understood(live, tmp_path):
    live.malformed = True
    with _client(live, cache=RemoteCache(tmp_path / "cache.sqlite"), retries=0) as client:
        with pytest.raises(RemoteUnavailable):
            client.search("น 90001-1/2879")
        live.malformed = False
        live.fail_next(1, 503)
        with pytest.raises(RemoteUnavailable):
            client.search("น 90001-1/2879")
        assert client.search_page("น 90001-1/2879").cached_age_s is None
    assert len(live.requests) == 3


def test_a_windows_874_page_is_decoded(live):
    live.charset = "cp874"
    with _client(live) as client:
        assert client.detail("นค 90004-2/685").holder == "บริษัท นำเข้าสาธิต จำกัด"


def test_the_base_url_must_be_http():
    with pytest.raises(ValueError):
        TisiRemoteClient("file:///etc/passwd")


# --- parsing --------------------------------------------------------------------------------------------------------


def test_a_page_without_table1_is_not_understood_unless_it_says_no_data():
    with pytest.raises(PageNotUnderstood):
        parse_results("<html><body><h1>ปิดปรับปรุงระบบ</h1></body></html>")
    assert parse_results("<p>ไม่พบข้อมูล</p>") == ([], [])


def test_a_header_without_a_licence_column_is_not_understood():
    with pytest.raises(PageNotUnderstood, match="no licence number column"):
        parse_results('<table id="table1"><tr><th>ลำดับ</th><th>ชื่อ</th></tr><tr><td>1</td><td>x</td></tr></table>')


def test_a_headerless_table_uses_the_known_columns_and_survives_open_tags():
    html = (
        '<table id="other"><tr><td>ท 1-1/1</td></tr></table>'
        '<table id="table1"><tbody><tr><td>ท 90002-3/2432<td>?<td>01/03/2562<td>ท<td>หจก. ปลั๊ก<br>สาธิต'
        '<table><tr><td>nested</td></tr></table>'
        '<tr><td>น&nbsp;๙๐๐๐๑-๑/๒๘๗๙</td><td></td><td>๑ ม.ค. ๖๖</td><td>น</td><td>บริษัท &amp; สาธิต</td></tr></tbody></table>'
    )
    licences, problems = parse_results(html)
    assert problems == []
    assert [(l.key, l.issued, l.licence_type) for l in licences] == [("ท90002-3/2432", "01/03/2562", "ท"), ("น90001-1/2879", "๑ ม.ค. ๖๖", "น")]
    assert licences[0].holder == "หจก. ปลั๊ก สาธิต nested" and licences[1].holder == "บริษัท & สาธิต"


def test_unreadable_rows_are_reported():
    html = '<table id="table1"><tr><td>น 90001-1/2879</td><td>x</td><td>d</td><td>น</td><td>A</td></tr><tr><td>น ???</td></tr></table>'
    licences, problems = parse_results(html)
    assert [l.key for l in licences] == ["น90001-1/2879"] and problems == ["row 2 has 1 cells, expected 5"]


def test_detail_without_known_labels_falls_back_to_positions():
    values = ["x", "y", "z", "น", "w", "0105566000019", "addr", "บริษัท ก จำกัด", "reg", "faddr", "", "", "พาวเวอร์แบงก์ มอก. 2879-2560"]
    divs = "".join(f"<div>{i}<font>{v}</font></div>" for i, v in enumerate(values, start=1))
    licence = parse_detail(f'<div class="panel panel-success"><div class="panel-body">{divs}</div></div>')
    assert (licence.licence_type, licence.tax_id, licence.holder, licence.product_detail) == ("น", "0105566000019", "บริษัท ก จำกัด", values[-1])
    assert parse_detail("<div>ไม่พบข้อมูลใบอนุญาต</div>") is None
    with pytest.raises(PageNotUnderstood):
        parse_detail("<div>Internal error</div>")


def test_decode_page_prefers_header_then_meta_then_utf8():
    thai = "บริษัท".encode("cp874")
    assert decode_page(thai, "text/html; charset=TIS-620") == "บริษัท"
    assert decode_page(b'<meta charset="windows-874">' + thai, "text/html").endswith("บริษัท")
    assert decode_page("บริษัท".encode(), None) == "บริษัท"
    assert decode_page(thai, None) == "บริษัท"  # not UTF-8: Windows-874


# --- mapping TISI fields to LicenceRecord ---------------------------------------------------------------------------

BASE_FIELDS = {
    "tbl_licenseNo": "น30516-48/2879", "tbl_licenseType": "นำเข้า", "tbl_licenseDate": "2566-05-01", "tbl_tisiNo": "2879-2560",
    "tbl_tradeName": "บริษัท  ตัวอย่าง จำกัด", "tbl_licenseStatus": "ใช้งาน", "tbl_trademark": "EXAMPLE; ตัวอย่าง | EXAMPLE",
    "tbl_taxpayer": "๐๑๐๕๕๕๕๐๐๐๐๐๐",
}


def test_record_from_tisi_maps_every_field():
    record = record_from_tisi(BASE_FIELDS, source="test")
    assert record.model_dump() == {
        "licence_no": "น 30516-48/2879", "type": "น", "tis": "2879-2560", "holder": "บริษัท ตัวอย่าง จำกัด",
        "holder_tax_id": "0105555000000", "trademarks": ["EXAMPLE", "ตัวอย่าง"], "status": "active", "issued": "2023-05-01",
        "expires": None, "source": "test", "demo": False,
    }


@pytest.mark.parametrize(("word", "status"), [
    ("ใช้งาน", "active"), ("ปกติ", "active"), ("Active", "active"), ("พักใช้ใบอนุญาต", "suspended"), ("ถูกพักใช้", "suspended"),
    ("เพิกถอนแล้ว", "revoked"), ("ยกเลิก", "revoked"), ("หมดอายุ", "expired"), ("สถานะ: ใช้งาน", "active"),
])
def test_status_words(word, status):
    assert map_status(word) == status


@pytest.mark.parametrize("word", ["", None, "ไม่ใช้งาน", "รอตรวจสอบ", "ยกเลิกการพักใช้", "1"])
def test_unknown_or_negated_status_words_are_unmappable(word):
    with pytest.raises(UnmappableLicence):
        map_status(word)


@pytest.mark.parametrize(("word", "letter"), [
    ("ท", "ท"), ("ใบอนุญาตให้ทำ", "ท"), ("นำเข้า", "น"), ("แสดงเครื่องหมาย", "ส"), ("นำเข้าเฉพาะครั้ง", "นค"), ("NK", "นค"), ("t", "ท"),
])
def test_licence_type_words(word, letter):
    assert map_licence_type(word) == letter


@pytest.mark.parametrize(("raw", "iso"), [
    ("2566-05-01", "2023-05-01"), ("2023-05-01 10:20:00", "2023-05-01"), ("01/05/2566", "2023-05-01"), ("1/5/66", "2023-05-01"),
    ("๑๕ พ.ค. ๒๕๖๖", "2023-05-15"), ("10 มกราคม พ.ศ. 2567", "2024-01-10"), ("3 ธ.ค. 2565", "2022-12-03"),
])
def test_thai_dates(raw, iso):
    assert parse_thai_date(raw) == iso


@pytest.mark.parametrize("raw", ["soon", "31/02/2566", "5 Foo 2566"])
def test_unreadable_dates(raw):
    with pytest.raises(UnmappableLicence):
        parse_thai_date(raw)


@pytest.mark.parametrize(("change", "reason"), [
    ({"tbl_licenseType": "ทำ"}, "contradicts the number's type letter"),
    ({"tbl_licenseStatus": None}, "no licence status"),
    ({"tbl_tisiNo": ""}, "no TIS standard number"),
    ({"tbl_tisiNo": "abc"}, "unreadable TIS standard number"),
    ({"tbl_tradeName": " "}, "no licence holder"),
    ({"tbl_licenseNo": "30516-48/2879"}, "malformed licence number"),
    ({"tbl_licenseDate": "เมื่อวาน"}, "unreadable date"),
])
def test_unmappable_records_say_why(change, reason):
    with pytest.raises(UnmappableLicence, match=reason):
        record_from_tisi({**BASE_FIELDS, **change}, source="test")


def test_new_tis_number_is_used_when_the_old_is_absent():
    assert record_from_tisi({**BASE_FIELDS, "tbl_tisiNo": None, "tbl_newtisNo": "2879-2560"}, source="t").tis == "2879-2560"


@pytest.mark.parametrize(("pause", "status"), [
    ({"Is_pause": "1"}, "suspended"),
    ({"Is_pause": "1", "date_pause_start": "2024-01-01", "date_pause_end": "2024-12-31"}, "suspended"),
    ({"Is_pause": "1", "date_pause_end": "31/12/2566"}, "active"),  # the pause ended 2023-12-31
    ({"Is_pause": "1", "date_pause_start": "2025-01-01"}, "active"),  # not started yet
    ({"Is_pause": "0"}, "active"),
])
def test_a_pause_in_effect_suspends_an_active_licence(pause, status):
    assert record_from_tisi({**BASE_FIELDS, **pause}, source="t", today=date(2024, 6, 1)).status == status


def test_a_pause_does_not_revive_a_revoked_licence():
    fields = {**BASE_FIELDS, "tbl_licenseStatus": "เพิกถอน", "Is_pause": "1"}
    assert record_from_tisi(fields, source="t").status == "revoked"


def test_tax_ids_and_trademarks():
    assert normalise_tax_id("0-1055-55000-00-0") == "0105555000000"
    assert normalise_tax_id("12-34") == "12-34" and normalise_tax_id(" ") is None
    assert split_trademarks("A, B\nC;-;ไม่มี") == ["A", "B", "C"] and split_trademarks(None) == []


def test_the_standard_can_come_from_the_product_text():
    remote = RemoteLicence(licence_no="น 90001-1/2879", holder="บริษัท ก จำกัด", status="ใช้งาน",
                           product_detail="แบตเตอรี่สำรอง ตาม มอก. ๒๘๗๙-๒๕๖๐", source_url="http://127.0.0.1/l/")
    record = to_licence_record(remote)
    assert record.tis == "2879-2560" and record.source == "tisi-remote:http://127.0.0.1/l/"


def test_merged_takes_the_detail_values_and_the_oldest_age():
    row = RemoteLicence(licence_no="น 1-1/2879", holder="row", status="ใช้งาน", cached_age_s=5.0, source_url="s")
    detail = RemoteLicence(licence_no="น 1-1/2879", holder="detail", tax_id="1", cached_age_s=None, source_url="d")
    merged = row.merged(detail)
    assert (merged.holder, merged.status, merged.tax_id, merged.cached_age_s, merged.source_url) == ("detail", "ใช้งาน", "1", 5.0, "s + d")
