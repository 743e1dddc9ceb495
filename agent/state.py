"""The investigation's typed state. Evidence is data; everything else points at it by ID."""

from __future__ import annotations

from typing import Annotated, Literal, TypedDict

from pydantic import BaseModel, Field

from agent.evidence import Evidence, merge_ledger

Verdict = Literal["violation", "compliant", "not_regulated", "inconclusive"]
FindingCode = Literal[
    "compulsory_product",
    "no_tis_evidence",
    "tis_claim_without_licence",
    "licence_malformed",
    "licence_not_found",
    "licence_inactive",
    "licence_standard_mismatch",
    "licence_holder_mismatch",
    "licence_valid",
]
FINDING_CODES: tuple[str, ...] = FindingCode.__args__  # type: ignore[attr-defined]


class Fact(BaseModel):
    """One extracted value with the exact text it was read from."""

    value: str
    quote: str
    evidence_id: str


class TisClaim(BaseModel):
    """A มอก./TIS mention on the page (number may be absent: 'ได้มาตรฐาน มอก.')."""

    tis: str | None
    quote: str
    evidence_id: str


class LicenceClaim(BaseModel):
    """A licence number shown on the page, parsed or with the reason it is malformed."""

    raw: str
    quote: str
    evidence_id: str
    normalised: str | None = None
    licence_type: str | None = None
    tis_base: str | None = None
    malformed_reason: str | None = None


class ProductFacts(BaseModel):
    """What the page says about the product. Absent fields were not on the page."""

    is_listing: bool
    not_listing_reason: str | None = None
    title: Fact | None = None
    brand: Fact | None = None
    model: Fact | None = None
    category: Fact | None = None
    price: Fact | None = None
    currency: str | None = None
    seller: Fact | None = None
    description: Fact | None = None
    seller_id: Fact | None = None
    seller_location: Fact | None = None
    ships_from_abroad: Fact | None = None
    spec_rows: list[tuple[str, str]] = Field(default_factory=list)
    image_alts: list[str] = Field(default_factory=list)
    tis_claims: list[TisClaim] = Field(default_factory=list)
    licence_claims: list[LicenceClaim] = Field(default_factory=list)


class Classification(BaseModel):
    """The compulsory standard the product falls under, if any, and why."""

    tis: str | None
    name_th: str | None = None
    name_en: str | None = None
    basis: Literal["alias", "tis_claim", "none"] = "none"
    unclear: bool = Field(False, description="The listing does not say what the product is.")
    accessory: bool = Field(False, description="The listing is an accessory or part for a product, not the product.")
    matched: str | None = None
    quote: str | None = None
    quote_evidence_id: str | None = None
    standard_evidence_id: str | None = None
    candidates: list[tuple[str, float]] = Field(default_factory=list)


class LicenceCheck(BaseModel):
    """The answer to the four questions for one licence claim, with where it came from."""

    claim: LicenceClaim
    backend: str
    looked_up_at: str
    found: bool = False
    record: dict | None = None
    status: str | None = None
    active: bool | None = None
    standard_match: bool | None = None
    holder_match: bool | None = None
    holder_match_basis: str | None = None
    holder_confidence: float | None = None
    number_vs_page_tis: str | None = Field(None, description="The licence's /NNNN disagrees with a TIS number claimed on the page.")
    evidence_id: str | None = None
    error: str | None = None


class Finding(BaseModel):
    code: FindingCode
    detail: str
    evidence_ids: list[str]


class Claim(BaseModel):
    text: str
    evidence_ids: list[str]
    quote: str | None = Field(None, description="Exact text from the first cited evidence, verified by code.")


class LawCitation(BaseModel):
    law: str
    section: str
    evidence_id: str
    why: str = ""
    penalty_of: str | None = Field(None, description="Section whose breach this penalty section punishes.")


class Decision(BaseModel):
    """What the reasoner decided: verdict and findings are code-decided facts."""

    verdict: Verdict
    tis: str | None
    findings: list[Finding]
    claims: list[Claim]
    summary: str
    reasoner: str
    claims_removed: int = Field(0, description="Model-written claims dropped because a citation or quote did not verify.")


class InvestigationState(TypedDict, total=False):
    """Everything one investigation knows; merged node by node and checkpointed."""

    run_id: str
    url: str
    started_at: str
    capture_error: str | None
    capture_evidence: list[str]
    capture_meta: dict
    probe: dict
    ocr_evidence: list[str]
    extraction_evidence: str
    rule_outcome: dict
    facts: ProductFacts | None
    classification: Classification | None
    licence_checks: list[LicenceCheck]
    laws: list[LawCitation]
    decision: Decision | None
    assessment: dict | None
    ledger: Annotated[dict[str, Evidence], merge_ledger]
