"""Answer the four questions for one licence: exists, active on the date, same standard, same holder/brand."""

from __future__ import annotations

from datetime import date

from pydantic import BaseModel

from tools.names import names_match
from tools.registry import LicenceRecord
from tools.tis_numbers import parse_tis_number


class LicenceAnswers(BaseModel):
    status: str
    active: bool
    standard_match: bool | None
    standard_note: str
    holder_match: bool
    holder_basis: str
    holder_confidence: float


def status_on(record: LicenceRecord, on: date) -> str:
    """The record's status on a date: an active licence past its expiry date is expired."""
    if record.status == "active" and record.expires:
        try:
            if date.fromisoformat(record.expires[:10]) < on:
                return "expired"
        except ValueError:
            pass
    if record.status == "active" and record.issued:
        try:
            if date.fromisoformat(record.issued[:10]) > on:
                return "not yet issued"
        except ValueError:
            pass
    return record.status


def standard_matches(record: LicenceRecord, product_tis: str | None) -> tuple[bool | None, str]:
    """Same standard family? (edition differences are noted, not treated as a different product)."""
    if not product_tis:
        return None, "product standard unknown"
    licence = parse_tis_number(record.tis)
    product = parse_tis_number(product_tis)
    if licence is None or product is None:
        return None, f"cannot compare {record.tis!r} with {product_tis!r}"
    if licence.family != product.family:
        return False, f"licence is for TIS {licence.canonical}, product falls under TIS {product.canonical}"
    if licence.year and product.year and licence.year != product.year:
        return True, f"same standard, different edition (licence {licence.canonical}, catalogue {product.canonical})"
    return True, f"licence and product are both under TIS {product.canonical}"


def holder_matches(record: LicenceRecord, brand: str | None, seller: str | None) -> tuple[bool, str, float]:
    """Holder or one of its trademarks against the listing's brand and seller."""
    best: tuple[bool, str, float] = (False, "neither brand nor seller matches the holder or its trademarks", 0.0)
    candidates = [("brand", brand), ("seller", seller)]
    for label, value in candidates:
        for mark in record.trademarks:
            same, confidence = names_match(value, mark)
            if same and confidence > best[2]:
                best = (True, f"listing {label} {value!r} matches licence trademark {mark!r}", confidence)
        same, confidence = names_match(value, record.holder)
        if same and confidence > best[2]:
            best = (True, f"listing {label} {value!r} matches licence holder {record.holder!r}", confidence)
    if not best[0] and not brand and not seller:
        return False, "the listing shows neither brand nor seller to compare", 0.0
    return best


def answer(record: LicenceRecord, on: date, product_tis: str | None, brand: str | None, seller: str | None) -> LicenceAnswers:
    status = status_on(record, on)
    std_match, std_note = standard_matches(record, product_tis)
    holder_ok, basis, confidence = holder_matches(record, brand, seller)
    return LicenceAnswers(
        status=status,
        active=status == "active",
        standard_match=std_match,
        standard_note=std_note,
        holder_match=holder_ok,
        holder_basis=basis,
        holder_confidence=confidence if holder_ok else (0.9 if (brand or seller) else 0.0),
    )
