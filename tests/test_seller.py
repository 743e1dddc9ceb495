"""Seller pages: profile facts, listings across result pages, each listing investigated (real browser)."""

from __future__ import annotations

import pytest

from agent.checkpoints import memory_checkpointer
from agent.manifest import verify_run
from agent.seller import aggregate, investigate_seller
from evals.cases import load_case
from tests.conftest import CASES_ROOT
from tools.registry import Registry
from tools.seller import extract_seller_page


def test_profile_links_and_next_page_from_a_probe():
    probe = {
        "h1": ["ร้านตัวอย่าง"],
        "links": [
            {"href": "http://s.localhost:1/item/1", "text": "พาวเวอร์แบงค์"},
            {"href": "http://s.localhost:1/item/1#reviews", "text": "รีวิว"},
            {"href": "http://s.localhost:1/help", "text": "ช่วยเหลือ"},
            {"href": "http://other.localhost:1/item/9", "text": "ร้านอื่น"},
            {"href": "http://s.localhost:1/shop/x/page/2", "text": "หน้าถัดไป ›"},
        ],
    }
    page = extract_seller_page("ผู้ติดตาม: 1,200\nเข้าร่วมเมื่อ: 2565\n", "", probe, "http://s.localhost:1/shop/x")
    assert page.listings == ["http://s.localhost:1/item/1"]
    assert page.next_page == "http://s.localhost:1/shop/x/page/2"
    assert page.profile.name.value == "ร้านตัวอย่าง"
    assert page.profile.followers.value == "1,200" and page.profile.rating is None  # absent, not guessed


def test_seller_verdict_is_its_most_serious_listing():
    assert aggregate([{"verdict": "not_regulated", "tis": None}, {"verdict": "compliant", "tis": "1039-2547"}]) == ("compliant", "1039-2547")
    assert aggregate([{"verdict": "compliant", "tis": "1"}, {"verdict": "violation", "tis": "2"}, {"verdict": "inconclusive", "tis": None}]) == ("violation", "2")
    assert aggregate([]) == ("inconclusive", None)


@pytest.mark.browser
def test_seller_investigation_follows_pages_and_investigates_each_listing(marketplace, browser, browser_settings, resources, tmp_path):
    case = load_case(CASES_ROOT / "demo-seller-lamai")
    registry = Registry(":memory:")
    registry.import_records(case.registry, source="test", demo=True)
    result = investigate_seller(marketplace.url_for(case.id, case.target), settings=browser_settings, resources=resources, browser=browser,
                                registry=registry, checkpointer=memory_checkpointer(), run_id="seller-test", run_dir=tmp_path / "seller")
    assert [p["url"].rsplit("/", 2)[-2:] for p in result["pages"]] == [["shop", "lamai"], ["page", "2"]]
    verdicts = {l["url"].rsplit("/", 1)[-1]: l["verdict"] for l in result["listings"]}
    assert verdicts == {"101": "violation", "102": "not_regulated", "103": "compliant"}
    assert result["verdict"] == "violation" and result["tis"] == "2879-2560"
    assert result["seller"]["seller_id"]["value"] == "LM-20931"
    assert result["seller"]["followers"]["value"] == "8,412"
    assert verify_run(tmp_path / "seller").ok
