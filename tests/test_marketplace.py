"""The local marketplace (case chosen by Host header) and case loading with clear errors."""

from __future__ import annotations

import http.client
import json
from pathlib import Path

import pytest

from agent.errors import InputError
from evals.cases import load_case, load_cases
from evals.marketplace import Marketplace

LAW = "พระราชบัญญัติมาตรฐานผลิตภัณฑ์อุตสาหกรรม พ.ศ. 2511"
FAN_HTML = "<!doctype html><meta charset=utf-8><title>พัดลม</title><h1>พัดลมตั้งพื้น 16 นิ้ว</h1>"
SHOP_HTML = "<!doctype html><meta charset=utf-8><title>ร้าน</title><h1>ร้านเซต้า</h1>"
BANK_HTML = "<!doctype html><meta charset=utf-8><title>พาวเวอร์แบงก์</title><h1>พาวเวอร์แบงก์ 10000mAh</h1>"


def case_data(case_id: str, pages: dict[str, str], target: str) -> dict:
    return {
        "id": case_id,
        "description": "test case",
        "kind": "listing",
        "pages": pages,
        "target": target,
        "registry": [],
        "expected": {"verdict": "violation", "tis": "2879-2560", "findings": ["compulsory_product", "no_tis_evidence"],
                     "laws": [{"law": LAW, "section": "36"}]},
        "extra_field": "ignored",
    }


def write_case(root: Path, case_id: str, pages, files: dict[str, str], target: str, changes: dict | None = None) -> Path:
    directory = root / case_id
    directory.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (directory / name).write_text(text, encoding="utf-8")
    data = {**case_data(case_id, pages, target), **(changes or {})}
    (directory / "case.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return directory


@pytest.fixture(scope="module")
def cases_root(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("market") / "cases"
    write_case(root, "fan-01", {"/item/1": "listing.html", "/shop/7": "shop.html"},
               {"listing.html": FAN_HTML, "shop.html": SHOP_HTML}, "/item/1")
    write_case(root, "bank-02", {"/item/1": "listing.html"}, {"listing.html": BANK_HTML}, "/item/1")
    (root / "not-a-case").mkdir()  # directories without case.json are ignored
    return root


@pytest.fixture(scope="module")
def market(cases_root):
    with Marketplace(cases_root) as running:
        yield running


def get(port: int, host: str, path: str) -> tuple[int, str | None, bytes]:
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", path, headers={"Host": host})
        response = connection.getresponse()
        return response.status, response.getheader("Content-Type"), response.read()
    finally:
        connection.close()


# --- the server --------------------------------------------------------------------------------


def test_marketplace_serves_each_case_by_host(market):
    port = market.port
    assert port > 0
    assert [c.id for c in market.cases] == ["bank-02", "fan-01"]
    assert market.url_for("fan-01", "/item/1") == f"http://fan-01.localhost:{port}/item/1"

    status, content_type, body = get(port, f"fan-01.localhost:{port}", "/item/1")
    assert (status, content_type, body.decode("utf-8")) == (200, "text/html; charset=utf-8", FAN_HTML)

    # Same path, other host: the other case's page.
    status, _, body = get(port, f"bank-02.localhost:{port}", "/item/1")
    assert (status, body.decode("utf-8")) == (200, BANK_HTML)

    status, _, body = get(port, f"fan-01.localhost:{port}", "/shop/7?tab=all")
    assert (status, body.decode("utf-8")) == (200, SHOP_HTML)

    status, _, body = get(port, f"FAN-01.LOCALHOST:{port}", "/item/1")
    assert (status, body.decode("utf-8")) == (200, FAN_HTML)


@pytest.mark.parametrize(
    ("host", "path"),
    [
        ("unknown.localhost:{port}", "/item/1"),  # unknown case
        ("fan-01.localhost:{port}", "/item/2"),  # unknown path
        ("bank-02.localhost:{port}", "/shop/7"),  # path of another case
        ("127.0.0.1:{port}", "/item/1"),  # not a case host
        ("fan-01.example:{port}", "/item/1"),  # not under .localhost
        ("fan-01.localhost:{port}", "/listing.html"),  # file name, not a mapped URL path
        ("fan-01.localhost:{port}", "/case.json"),
    ],
)
def test_unknown_host_or_path_is_404_html(market, host, path):
    status, content_type, body = get(market.port, host.format(port=market.port), path)
    assert status == 404
    assert content_type == "text/html; charset=utf-8"
    assert b"404 Not Found" in body


def test_image_and_json_content_types(tmp_path):
    root = tmp_path / "cases"
    write_case(root, "media-03", {"/item/1": "listing.html", "/img/a.png": "a.png", "/data.json": "data.json"},
               {"listing.html": FAN_HTML, "a.png": "PNG", "data.json": "{}"}, "/item/1")
    with Marketplace(root) as market:
        host = f"media-03.localhost:{market.port}"
        assert get(market.port, host, "/img/a.png")[:2] == (200, "image/png")
        assert get(market.port, host, "/data.json")[:2] == (200, "application/json; charset=utf-8")


def test_marketplace_stops_on_exit(cases_root):
    with Marketplace(cases_root) as market:
        port = market.port
        assert get(port, f"fan-01.localhost:{port}", "/item/1")[0] == 200
    with pytest.raises(OSError):
        get(port, f"fan-01.localhost:{port}", "/item/1")


# --- load_case / load_cases --------------------------------------------------------------------


def test_load_case_reads_every_field(cases_root):
    case = load_case(cases_root / "fan-01")
    assert case.id == "fan-01"
    assert case.kind == "listing"
    assert case.pages == {"/item/1": "listing.html", "/shop/7": "shop.html"}
    assert case.target == "/item/1"
    assert case.directory == cases_root / "fan-01"
    assert case.expected.verdict == "violation"
    assert case.expected.tis == "2879-2560"
    assert case.expected.findings == ["compulsory_product", "no_tis_evidence"]
    assert case.expected.laws == [{"law": LAW, "section": "36"}]
    assert case.expected.listings == {}


@pytest.mark.parametrize("field", ["id", "kind", "pages", "target", "expected"])
def test_missing_top_level_field_names_file_and_field(tmp_path, field):
    directory = write_case(tmp_path, "c-1", {"/": "p.html"}, {"p.html": FAN_HTML}, "/")
    data = json.loads((directory / "case.json").read_text(encoding="utf-8"))
    del data[field]
    (directory / "case.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_case(directory)
    assert str(info.value) == f"{directory / 'case.json'}: missing required field '{field}'"


@pytest.mark.parametrize("field", ["verdict", "tis", "findings", "laws"])
def test_missing_expected_field_names_the_dotted_path(tmp_path, field):
    directory = write_case(tmp_path, "c-1", {"/": "p.html"}, {"p.html": FAN_HTML}, "/")
    data = json.loads((directory / "case.json").read_text(encoding="utf-8"))
    del data["expected"][field]
    (directory / "case.json").write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_case(directory)
    assert str(info.value) == f"{directory / 'case.json'}: missing required field 'expected.{field}'"


def test_missing_case_json_and_invalid_json(tmp_path):
    empty = tmp_path / "empty-case"
    empty.mkdir()
    with pytest.raises(InputError) as info:
        load_case(empty)
    assert str(info.value) == f"{empty / 'case.json'}: missing"
    (empty / "case.json").write_text("{oops", encoding="utf-8")
    with pytest.raises(InputError, match=r"case\.json: not valid JSON"):
        load_case(empty)


def test_id_must_equal_directory_name(tmp_path):
    directory = write_case(tmp_path, "c-1", {"/": "p.html"}, {"p.html": FAN_HTML}, "/", {"id": "c-2"})
    with pytest.raises(InputError) as info:
        load_case(directory)
    assert str(info.value) == f"{directory / 'case.json'}: id 'c-2' must be a DNS label equal to the directory name 'c-1'"


@pytest.mark.parametrize("bad_id", ["Upper-Case", "-leading", "trailing-", "has_underscore", "a" * 64, "dot.ted"])
def test_id_must_be_a_dns_label(tmp_path, bad_id):
    directory = write_case(tmp_path, bad_id, {"/": "p.html"}, {"p.html": FAN_HTML}, "/")
    with pytest.raises(InputError, match="must be a DNS label"):
        load_case(directory)


def test_sixty_three_character_id_is_fine(tmp_path):
    case_id = "a" * 63
    assert load_case(write_case(tmp_path, case_id, {"/": "p.html"}, {"p.html": FAN_HTML}, "/")).id == case_id


def test_missing_page_file_names_it(tmp_path):
    directory = write_case(tmp_path, "c-1", {"/item/1": "p.html", "/shop": "shop.html"}, {"p.html": FAN_HTML}, "/item/1")
    with pytest.raises(InputError) as info:
        load_case(directory)
    assert str(info.value) == f"{directory / 'case.json'}: page file 'shop.html' for /shop does not exist"


def test_wrong_type_is_reported_with_the_field(tmp_path):
    directory = write_case(tmp_path, "c-1", {"/": "p.html"}, {"p.html": FAN_HTML}, "/", {"target": ["/"]})
    with pytest.raises(InputError) as info:
        load_case(directory)
    assert str(info.value).startswith(f"{directory / 'case.json'}: field 'target': ")


def test_expected_null_is_input_error(tmp_path):
    directory = write_case(tmp_path, "c-1", {"/": "p.html"}, {"p.html": FAN_HTML}, "/", {"expected": None})
    with pytest.raises(InputError, match="expected"):
        load_case(directory)


def test_pages_list_is_input_error(tmp_path):
    directory = write_case(tmp_path, "c-1", ["p.html"], {"p.html": FAN_HTML}, "/")
    with pytest.raises(InputError, match="pages"):
        load_case(directory)


def test_load_cases_errors(tmp_path):
    with pytest.raises(InputError) as info:
        load_cases(tmp_path / "absent")
    assert str(info.value) == f"no cases directory at {tmp_path / 'absent'}"
    (tmp_path / "only-dirs" / "x").mkdir(parents=True)
    with pytest.raises(InputError) as info:
        load_cases(tmp_path / "only-dirs")
    assert str(info.value) == f"no cases (*/case.json) under {tmp_path / 'only-dirs'}"


def test_marketplace_refuses_a_bad_case(tmp_path):
    root = tmp_path / "cases"
    write_case(root, "c-1", {"/": "missing.html"}, {}, "/")
    with pytest.raises(InputError, match="page file 'missing.html'"):
        Marketplace(root)
