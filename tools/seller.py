"""A seller's page: profile facts, links to its listings, and the link to the next page of results."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from tools.extraction import FieldValue, state_value, seller_box_name
from tools.thai_text import collapse_spaces

_PROFILE_LABELS = {
    "seller_id": ("รหัสร้าน", "shop id", "seller id", "ไอดีร้าน"),
    "location": ("ที่ตั้งร้าน", "ที่ตั้ง", "จังหวัด", "location", "ships from", "ส่งจาก"),
    "joined": ("เข้าร่วมเมื่อ", "เปิดร้านเมื่อ", "joined", "member since"),
    "rating": ("คะแนนร้าน", "คะแนน", "rating", "ratings"),
    "followers": ("ผู้ติดตาม", "followers"),
}
LISTING_PATH = re.compile(r"/(?:item|items|p|product|products|dp|listing|i)[/.-]|-i\.\d+", re.IGNORECASE)
NEXT_WORDS = ("ถัดไป", "หน้าถัดไป", "next", "›", "»", ">")


class SellerProfile(BaseModel):
    name: FieldValue | None = None
    seller_id: FieldValue | None = None
    location: FieldValue | None = None
    joined: FieldValue | None = None
    rating: FieldValue | None = None
    followers: FieldValue | None = None


class SellerPage(BaseModel):
    profile: SellerProfile
    listings: list[str] = Field(default_factory=list)
    next_page: str | None = None


def _labelled_value(text: str, labels: tuple[str, ...]) -> FieldValue | None:
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    match = re.search(rf"(?im)^[ \t]*(?:{alternatives})[ \t]*[:：]?[ \t]*([^\n]{{1,80}})$", text)
    if not match:
        return None
    return FieldValue(value=collapse_spaces(match.group(1)), quote=match.group(0).strip(), source="text")


def extract_seller_page(visible_text: str, structured_text: str, probe: dict[str, Any], page_url: str) -> SellerPage:
    """Profile facts (absent when not shown), same-site listing links, and the next results page."""
    name = state_value(structured_text, "seller") or seller_box_name(probe)
    if name is None and probe.get("h1"):
        name = FieldValue(value=collapse_spaces(probe["h1"][0]), quote=probe["h1"][0], source="text")
    profile = SellerProfile(name=name, **{field: _labelled_value(visible_text, labels) for field, labels in _PROFILE_LABELS.items()})
    host = urlsplit(page_url).netloc
    listings: list[str] = []
    next_page = None
    for link in probe.get("links") or []:
        href = (link.get("href") or "").split("#")[0]
        parts = urlsplit(href)
        if parts.netloc != host or parts.scheme not in ("http", "https"):
            continue
        text = collapse_spaces(link.get("text") or "").lower()
        if LISTING_PATH.search(parts.path) and href not in listings:
            listings.append(href)
        elif next_page is None and href != page_url and (link.get("rel") == "next" or any(text.startswith(w) or text.endswith(w) for w in NEXT_WORDS)):
            next_page = href
    return SellerPage(profile=profile, listings=listings, next_page=next_page)
