"""The code-decided verdict and finding codes (agent/rules.py) and the statute sections they engage."""

from __future__ import annotations

import pytest

from agent.law_policy import IPSA, LICENCE_BASIS, sections_for
from agent.rules import decide
from agent.state import Classification, Fact, LicenceCheck, LicenceClaim, ProductFacts, TisClaim

TEXT_ID = "page-aaaaaaaaaaaa"
STRUCT_ID = "page-bbbbbbbbbbbb"
SHOT_ID = "shot-cccccccccccc"
STD_ID = "std-dddddddddddd"
REG_ID = "reg-eeeeeeeeeeee"
PAGE_IDS = [TEXT_ID, STRUCT_ID, SHOT_ID]


def facts(**changes) -> ProductFacts:
    base = dict(
        is_listing=True,
        title=Fact(value="พาวเวอร์แบงก์ 10000mAh", quote="พาวเวอร์แบงก์ 10000mAh", evidence_id=TEXT_ID),
        brand=Fact(value="EXAMPLE", quote="ยี่ห้อ: EXAMPLE", evidence_id=TEXT_ID),
    )
    return ProductFacts(**{**base, **changes})


def powerbank() -> Classification:
    return Classification(
        tis="2879-2560", name_th="แบตเตอรี่สำรอง", basis="alias", matched="พาวเวอร์แบงก์",
        quote="พาวเวอร์แบงก์ 10000mAh", quote_evidence_id=TEXT_ID, standard_evidence_id=STD_ID,
    )


def claim(raw: str = "น 30516-48/2879", *, normalised: str | None = "น30516-48/2879", malformed: str | None = None,
          evidence_id: str = TEXT_ID, licence_type: str | None = "น") -> LicenceClaim:
    return LicenceClaim(raw=raw, quote=raw, evidence_id=evidence_id, normalised=None if malformed else normalised,
                        licence_type=None if malformed else licence_type, tis_base=None if malformed else "2879",
                        malformed_reason=malformed)


def check(the_claim: LicenceClaim | None = None, **changes) -> LicenceCheck:
    base = dict(
        claim=the_claim or claim(), backend="local", looked_up_at="2025-06-15T00:00:00Z", found=True,
        record={"licence_no": "น 30516-48/2879", "type": "น", "tis": "2879-2560", "holder": "บริษัท ตัวอย่าง จำกัด"},
        status="active", active=True, standard_match=True, holder_match=True,
        holder_match_basis="listing brand 'EXAMPLE' matches licence trademark 'EXAMPLE'", evidence_id=REG_ID,
    )
    return LicenceCheck(**{**base, **changes})


def codes(outcome) -> list[str]:
    return [f.code for f in outcome.findings]


def assert_cited(outcome) -> None:
    for finding in outcome.findings:
        assert finding.evidence_ids, f"{finding.code} cites no evidence"
        assert all(finding.evidence_ids), finding


# --- gates before any licence ------------------------------------------------------------------


def test_capture_error_is_inconclusive_even_with_facts():
    outcome = decide(facts(), powerbank(), [check()], "net::ERR_CONNECTION_REFUSED", PAGE_IDS)
    assert (outcome.verdict, outcome.tis, outcome.findings) == ("inconclusive", None, [])
    assert outcome.reason == "the page could not be captured: net::ERR_CONNECTION_REFUSED"


def test_not_a_listing_is_inconclusive_with_its_reason():
    gone = ProductFacts(is_listing=False, not_listing_reason="the server answered HTTP 404")
    outcome = decide(gone, powerbank(), [], None, PAGE_IDS)
    assert (outcome.verdict, outcome.tis, outcome.findings) == ("inconclusive", None, [])
    assert outcome.reason == "not a usable listing: the server answered HTTP 404"


def test_no_facts_is_inconclusive():
    outcome = decide(None, powerbank(), [], None, PAGE_IDS)
    assert outcome.verdict == "inconclusive"
    assert outcome.reason == "not a usable listing: no product facts"


@pytest.mark.parametrize("classification", [None, Classification(tis=None, candidates=[("2879-2560", 0.2)])])
def test_no_compulsory_standard_is_not_regulated(classification):
    outcome = decide(facts(), classification, [check()], None, PAGE_IDS)
    assert (outcome.verdict, outcome.tis, outcome.findings) == ("not_regulated", None, [])


# --- violations --------------------------------------------------------------------------------


def test_compulsory_without_any_claim_is_no_tis_evidence():
    outcome = decide(facts(), powerbank(), [], None, PAGE_IDS)
    assert outcome.verdict == "violation"
    assert outcome.tis == "2879-2560"
    assert codes(outcome) == ["compulsory_product", "no_tis_evidence"]
    assert outcome.findings[0].evidence_ids == [TEXT_ID, STD_ID]
    assert outcome.findings[0].detail == "the product (พาวเวอร์แบงก์) falls under compulsory standard TIS 2879-2560 (แบตเตอรี่สำรอง)"
    assert outcome.findings[1].evidence_ids == PAGE_IDS
    assert outcome.valid_licence_types == []
    assert_cited(outcome)


def test_tis_claim_without_licence():
    claims = [
        TisClaim(tis="2879-2560", quote="มอก. 2879-2560", evidence_id=TEXT_ID),
        TisClaim(tis=None, quote="ได้มาตรฐาน มอก.", evidence_id=STRUCT_ID),
        TisClaim(tis="2879-2560", quote="มอก.2879", evidence_id=TEXT_ID),
    ]
    outcome = decide(facts(tis_claims=claims), powerbank(), [], None, PAGE_IDS)
    assert outcome.verdict == "violation"
    assert codes(outcome) == ["compulsory_product", "tis_claim_without_licence"]
    assert outcome.findings[1].evidence_ids == [TEXT_ID, STRUCT_ID]  # de-duplicated, in order
    assert_cited(outcome)


def test_malformed_licence():
    bad = claim("ใบอนุญาตเลขที่ 30516-48/2879", malformed="missing licence type letter (ท/น/ส/นค)")
    outcome = decide(facts(), powerbank(), [check(bad, found=False, record=None, evidence_id=None)], None, PAGE_IDS)
    assert outcome.verdict == "violation"
    assert codes(outcome) == ["compulsory_product", "licence_malformed"]
    assert outcome.findings[1].evidence_ids == [TEXT_ID]
    assert outcome.findings[1].detail == (
        "licence number 'ใบอนุญาตเลขที่ 30516-48/2879' is malformed: missing licence type letter (ท/น/ส/นค)"
    )
    assert_cited(outcome)


def test_licence_not_found():
    outcome = decide(facts(), powerbank(), [check(found=False, record=None, status=None, active=None)], None, PAGE_IDS)
    assert outcome.verdict == "violation"
    assert codes(outcome) == ["compulsory_product", "licence_not_found"]
    assert outcome.findings[1].evidence_ids == [TEXT_ID, REG_ID]
    assert outcome.findings[1].detail == "licence น30516-48/2879 is not in the registry (local)"
    assert_cited(outcome)


@pytest.mark.parametrize("status", ["suspended", "revoked", "expired", "not yet issued"])
def test_inactive_licence(status):
    outcome = decide(facts(), powerbank(), [check(status=status, active=False)], None, PAGE_IDS)
    assert outcome.verdict == "violation"
    assert codes(outcome) == ["compulsory_product", "licence_inactive"]
    assert outcome.findings[1].detail == f"licence น30516-48/2879 is {status} on the capture date"
    assert_cited(outcome)


def test_standard_mismatch_cites_the_standard_too():
    record = {"licence_no": "น 30516-48/2879", "type": "น", "tis": "934-2558"}
    outcome = decide(facts(), powerbank(), [check(record=record, standard_match=False)], None, PAGE_IDS)
    assert outcome.verdict == "violation"
    assert codes(outcome) == ["compulsory_product", "licence_standard_mismatch"]
    assert outcome.findings[1].evidence_ids == [TEXT_ID, REG_ID, STD_ID]
    assert outcome.findings[1].detail == "licence น30516-48/2879 is for TIS 934-2558, the product falls under TIS 2879-2560"
    assert_cited(outcome)


def test_holder_mismatch():
    basis = "neither brand nor seller matches the holder or its trademarks"
    outcome = decide(facts(), powerbank(), [check(holder_match=False, holder_match_basis=basis)], None, PAGE_IDS)
    assert outcome.verdict == "violation"
    assert codes(outcome) == ["compulsory_product", "licence_holder_mismatch"]
    assert outcome.findings[1].detail == f"licence น30516-48/2879: {basis}"
    assert_cited(outcome)


def test_every_problem_of_one_licence_is_reported():
    outcome = decide(facts(), powerbank(), [check(active=False, status="revoked", standard_match=False, holder_match=False,
                                                  holder_match_basis="no match")], None, PAGE_IDS)
    assert outcome.verdict == "violation"
    assert codes(outcome) == ["compulsory_product", "licence_inactive", "licence_standard_mismatch", "licence_holder_mismatch"]
    assert_cited(outcome)


def test_unknown_standard_match_is_not_a_mismatch():
    outcome = decide(facts(), powerbank(), [check(standard_match=None)], None, PAGE_IDS)
    assert outcome.verdict == "compliant"
    assert codes(outcome) == ["compulsory_product", "licence_valid"]


# --- compliant ---------------------------------------------------------------------------------


def test_valid_licence_is_compliant():
    outcome = decide(facts(), powerbank(), [check()], None, PAGE_IDS)
    assert outcome.verdict == "compliant"
    assert outcome.tis == "2879-2560"
    assert codes(outcome) == ["compulsory_product", "licence_valid"]
    assert outcome.valid_licence_types == ["น"]
    assert outcome.findings[1].detail == (
        "licence น30516-48/2879 exists, is active, covers TIS 2879-2560 and "
        "listing brand 'EXAMPLE' matches licence trademark 'EXAMPLE'"
    )
    assert outcome.findings[1].evidence_ids == [TEXT_ID, REG_ID]
    assert outcome.reason == "a valid, matching licence is shown"
    assert_cited(outcome)


def test_one_valid_and_one_malformed_is_compliant_with_both_codes():
    bad = claim("ท 12/", malformed="missing '/standard' part", evidence_id=STRUCT_ID)
    outcome = decide(facts(), powerbank(), [check(bad, found=False, record=None), check()], None, PAGE_IDS)
    assert outcome.verdict == "compliant"
    assert codes(outcome) == ["compulsory_product", "licence_malformed", "licence_valid"]
    assert outcome.findings[1].evidence_ids == [STRUCT_ID]
    assert outcome.valid_licence_types == ["น"]
    assert_cited(outcome)


def test_two_valid_licences_list_both_types():
    second = check(claim("ท 5137-2/2879", normalised="ท5137-2/2879", licence_type="ท"),
                   record={"licence_no": "ท 5137-2/2879", "type": "ท", "tis": "2879-2560"})
    outcome = decide(facts(), powerbank(), [check(), second], None, PAGE_IDS)
    assert outcome.verdict == "compliant"
    assert outcome.valid_licence_types == ["น", "ท"]


# --- lookups that failed -----------------------------------------------------------------------


def test_lookup_error_alone_is_inconclusive():
    failed = check(found=False, record=None, status=None, active=None, error="registry unavailable")
    outcome = decide(facts(), powerbank(), [failed], None, PAGE_IDS)
    assert outcome.verdict == "inconclusive"
    assert outcome.tis == "2879-2560"
    assert codes(outcome) == ["compulsory_product"]
    assert outcome.reason == "the licence shown could not be verified: registry unavailable"


def test_lookup_error_with_another_licence_problem_is_a_violation():
    failed = check(found=False, record=None, error="timeout")
    missing = check(claim("ท 1-1/2879", normalised="ท1-1/2879", licence_type="ท"), found=False, record=None)
    outcome = decide(facts(), powerbank(), [failed, missing], None, PAGE_IDS)
    assert outcome.verdict == "violation"
    assert codes(outcome) == ["compulsory_product", "licence_not_found"]


# --- law_policy.sections_for -------------------------------------------------------------------


def test_violation_engages_36_with_penalty_and_20_21():
    needs = sections_for("violation", [])
    assert [(n.law, n.section, n.with_penalty) for n in needs] == [(IPSA, "36", True), (IPSA, "20", False), (IPSA, "21", False)]
    assert all(n.why for n in needs)


@pytest.mark.parametrize(
    ("types", "sections"),
    [(["น"], ["21"]), (["ท"], ["20"]), (["นค"], ["21 ทวิ"]), (["ส"], ["16"]), (["น", "ท", "น"], ["21", "20"]), ([], []), (["X"], [])],
)
def test_compliant_cites_the_licence_basis(types, sections):
    needs = sections_for("compliant", types)
    assert [n.section for n in needs] == sections
    assert all(n.law == IPSA and not n.with_penalty for n in needs)


@pytest.mark.parametrize("verdict", ["not_regulated", "inconclusive"])
def test_other_verdicts_cite_nothing(verdict):
    assert sections_for(verdict, ["น"]) == []


def test_licence_basis_table():
    assert LICENCE_BASIS == {"ท": "20", "น": "21", "นค": "21 ทวิ", "ส": "16"}
    assert IPSA == "พระราชบัญญัติมาตรฐานผลิตภัณฑ์อุตสาหกรรม พ.ศ. 2511"


def test_rules_and_law_policy_together():
    outcome = decide(facts(), powerbank(), [check()], None, PAGE_IDS)
    needs = sections_for(outcome.verdict, outcome.valid_licence_types)
    assert [(n.law, n.section) for n in needs] == [(IPSA, "21")]
