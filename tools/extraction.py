"""Product facts from a captured page: structured data first, then labelled text. Nothing guessed."""

from __future__ import annotations

import json
import re
from difflib import SequenceMatcher
from typing import Any, Iterable, Literal

from pydantic import BaseModel, Field

from tools.licence_numbers import LicenceMention, find_licence_mentions
from tools.social_post import cut_at_labels, read_post, tidy_brand, tidy_model
from tools.thai_text import collapse_spaces, normalise_same_length
from tools.tis_numbers import TisMention, find_tis_mentions

Source = Literal["text", "structured"]


class FieldValue(BaseModel):
    value: str
    quote: str
    source: Source


class FoundTis(BaseModel):
    mention: TisMention
    source: Source


class FoundLicence(BaseModel):
    mention: LicenceMention
    source: Source


class ExtractedListing(BaseModel):
    is_listing: bool
    not_listing_reason: str | None = None
    title: FieldValue | None = None
    brand: FieldValue | None = None
    model: FieldValue | None = None
    category: FieldValue | None = None
    price: FieldValue | None = None
    currency: str | None = None
    seller: FieldValue | None = None
    description: FieldValue | None = None
    seller_id: FieldValue | None = None
    seller_location: FieldValue | None = None
    ships_from_abroad: FieldValue | None = None
    spec_rows: list[tuple[str, str]] = Field(default_factory=list)
    image_alts: list[str] = Field(default_factory=list)
    tis: list[FoundTis] = Field(default_factory=list)
    licences: list[FoundLicence] = Field(default_factory=list)


LOGIN_MARKERS = ("กรุณาเข้าสู่ระบบ", "เข้าสู่ระบบเพื่อดู", "please log in", "please sign in", "sign in to continue", "log in to continue",
                 "login required", "เข้าสู่ระบบก่อน")
REMOVED_MARKERS = (
    "สินค้านี้ถูกลบ",
    "สินค้าถูกลบ",
    "ไม่พบสินค้า",
    "สินค้านี้ไม่มีอยู่",
    "สินค้าไม่มีอยู่แล้ว",
    "ไม่มีสินค้านี้",
    "listing has been removed",
    "listing was removed",
    "item has been removed",
    "product not found",
    "no longer available",
    "page not found",
    "ไม่พบหน้า",
)

_LABELS = {
    "brand": ("ยี่ห้อ", "แบรนด์", "brand", "brand name", "ตราสินค้า", "เครื่องหมายการค้า", "ยี่ห้อ/แบรนด์", "แบรนด์/ยี่ห้อ"),
    "model": ("รุ่น", "หมายเลขรุ่น", "model", "model no", "model number", "รหัสรุ่น", "รุ่น/model", "model/รุ่น"),
    "seller": ("ร้านค้า", "ชื่อร้าน", "ผู้ขาย", "seller", "sold by", "sold and shipped by", "shop", "store", "จำหน่ายโดย", "ขายโดย",
               "ขายและจัดส่งโดย"),
    "category": ("หมวดหมู่", "category", "ประเภทสินค้า"),
}
# English labels are common words ("Seller Centre", "Shop now"): they count only with a colon or dash after them
_SPACE_SEPARATED = {"ยี่ห้อ", "แบรนด์", "ตราสินค้า", "รุ่น", "หมายเลขรุ่น", "รหัสรุ่น", "ร้านค้า", "ชื่อร้าน", "ผู้ขาย", "sold by",
                    "sold and shipped by", "จำหน่ายโดย", "ขายโดย", "ขายและจัดส่งโดย", "หมวดหมู่", "ประเภทสินค้า"}
# keys of embedded state / script JSON that name a field (matched at the end of a flattened path)
_STATE_KEYS = {
    "title": ("product.title", "product.name", "item.title", "item.name", "productname", "product_name", "itemname", "item_name"),
    "brand": ("brand.name", "brandname", "brand_name", ".brand"),
    "model": ("model", "modelno", "model_no", "modelnumber", "model_number", "mpn"),
    "seller": ("seller.name", "shop.name", "store.name", "merchant.name", "sellername", "seller_name", "shopname", "shop_name", "storename"),
    "price": ("price", "product.price", "item.price", "saleprice", "sale_price"),
}
_PRICE_TEXT = re.compile(
    r"(?:฿|THB|บาท)[ \t]?([0-9][0-9,]*(?:\.[0-9]{1,2})?)|(?<![\w.\-/])([0-9][0-9,]*(?:\.[0-9]{1,2})?)[ \t]?(?:บาท|฿|THB)"
    r"|(?:ราคา|price)[ \t:]*([0-9][0-9,]*)[ \t]?\.-",
    re.IGNORECASE,
)


def _jsonld_objects(raw_blocks: Iterable[str]) -> list[dict[str, Any]]:
    objects: list[dict[str, Any]] = []

    def walk(value: Any) -> None:
        if isinstance(value, dict):
            objects.append(value)
            for key in ("@graph", "itemListElement", "offers", "mainEntity"):
                if key in value:
                    walk(value[key])
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for raw in raw_blocks:
        try:
            walk(json.loads(raw))
        except ValueError:
            continue
    return objects


def _types(obj: dict[str, Any]) -> set[str]:
    value = obj.get("@type")
    values = value if isinstance(value, list) else [value]
    return {str(v).lower() for v in values if v}


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    if value is None:
        return None
    text = collapse_spaces(str(value))
    return text or None


def _structured(value: str | None) -> FieldValue | None:
    return FieldValue(value=value, quote=value, source="structured") if value else None


def _labelled(text: str, labels: tuple[str, ...]) -> FieldValue | None:
    """'ยี่ห้อ: X' / 'Brand - X' / 'ร้านค้า X' on one line of the visible text."""
    spaced = "|".join(re.escape(l) for l in sorted(labels, key=len, reverse=True) if l in _SPACE_SEPARATED) or "(?!)"
    strict = "|".join(re.escape(l) for l in sorted(labels, key=len, reverse=True) if l not in _SPACE_SEPARATED) or "(?!)"
    separator = r"[ \t]*(?::|：|-|–)[ \t]*"
    pattern = re.compile(
        rf"(?im)^[ \t]*(?:(?:{spaced})(?:{separator}|[ \t]+)|(?:{strict}){separator})([^\n\t|·•]{{1,80}}?)[ \t]*(?:[·•|].*)?$"
    )
    alone = re.compile(rf"(?im)^[ \t]*(?:{spaced}|{strict})[ \t]*[:：]?[ \t]*\n[ \t]*([^\n\t|·•:：]{{1,60}}?)[ \t]*$")
    for match in list(pattern.finditer(text)) + list(alone.finditer(text)):
        value = match.group(1).strip(" :：-–")
        if value and len(value) >= 1:
            return FieldValue(value=value, quote=match.group(0).strip(), source="text")
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    inline = re.compile(rf"(?i)(?:{alternatives})[ \t]*(?::|：)[ \t]*([^\n\t|,;·•]{{1,60}})")
    match = inline.search(text)
    if match:
        value = match.group(1).strip()
        if value:
            return FieldValue(value=value, quote=match.group(0).strip(), source="text")
    return None


def _row(rows: list[list[str]], labels: tuple[str, ...]) -> FieldValue | None:
    wanted = {label.lower() for label in labels}
    for label, value in rows:
        key = collapse_spaces(label).lower().rstrip(":： ")
        if key in wanted and value.strip():
            value = collapse_spaces(value)
            return FieldValue(value=value, quote=f"row[{label}] = {value}", source="structured")
    return None


def _tidied(found: FieldValue | None, field: str) -> FieldValue | None:
    """A brand or model read from free text, without the next label's words or trailing sales talk."""
    if found is None:
        return None
    others = tuple(label for name, labels in _LABELS.items() if name != field for label in labels) + ("ราคา", "price")
    value = cut_at_labels(found.value, others)
    value = tidy_brand(value) if field == "brand" else tidy_model(value)
    return FieldValue(value=value, quote=found.quote, source=found.source) if value else found


def _found_in(value: FieldValue | None, visible: str, structured: str) -> FieldValue | None:
    """Keep a value only if its quote really is in the evidence it claims."""
    if value is None:
        return None
    haystack = structured if value.source == "structured" else visible
    if collapse_spaces(value.quote) in collapse_spaces(haystack):
        return value
    if collapse_spaces(value.value) in collapse_spaces(visible):
        return FieldValue(value=value.value, quote=value.value, source="text")
    return None


def _state_candidates(structured: str, field: str) -> list[tuple[str, str, str]]:
    """(item path, value, line) of every embedded-state value under a well-known key name for the field."""
    suffixes = _STATE_KEYS[field]
    found = []
    for line in structured.splitlines():
        if not line.startswith("state."):
            continue
        path, _, value = line.partition(" = ")
        key = re.sub(r"\[\d+\]", "", path).lower()
        value = value.strip()
        if value and len(value) <= 200 and any(key == s or key.endswith("." + s.lstrip(".")) for s in suffixes):
            if field == "price" and not re.fullmatch(r"[0-9][0-9,]*(\.[0-9]+)?", value):
                continue
            found.append((path.rsplit(".", 1)[0], value, line))
    return found


def state_value(structured: str, field: str, signals: list[str] | None = None, item: str | None = None) -> FieldValue | None:
    """A value from embedded state (`state.… = value` lines), by well-known key names.

    With `signals` (the page's own titles), the candidate most like them wins; with `item`, values of that item
    (same path) come first. Otherwise the first in document order.
    """
    candidates = _state_candidates(structured, field)
    if not candidates:
        return None
    if item is not None:
        candidates = sorted(candidates, key=lambda c: not (c[0] == item or c[0].startswith(item + ".")))
    elif signals and len({value for _, value, _ in candidates}) > 1:
        candidates = sorted(candidates, key=lambda c: -_likeness(c[1], signals))
    return FieldValue(value=candidates[0][1], quote=candidates[0][2], source="structured")


def state_item(value: FieldValue | None) -> str | None:
    """The item path of a value read from embedded state (so its siblings can be read from the same item)."""
    if value is None or not value.quote.startswith("state."):
        return None
    return value.quote.partition(" = ")[0].rsplit(".", 1)[0]


def _price_from_text(text: str) -> FieldValue | None:
    match = _PRICE_TEXT.search(normalise_same_length(text))
    if not match:
        return None
    amount = (match.group(1) or match.group(2) or match.group(3)).replace(",", "")
    return FieldValue(value=amount, quote=text[match.start():match.end()], source="text")


_TITLE_SUFFIX = re.compile(r"\s+[-|–—:]\s+[^-|–—:]{1,40}$")


def _document_title(title: str | None) -> FieldValue | None:
    """The page's <title> without a trailing ' - Shop name'."""
    if not title or not title.strip():
        return None
    value = _TITLE_SUFFIX.sub("", collapse_spaces(title)) or collapse_spaces(title)
    return FieldValue(value=value, quote=f"title = {title}", source="structured")


def _title_signals(probe: dict[str, Any]) -> list[str]:
    """What the page itself says the product is: its <h1>, og:title and <title>."""
    meta = probe.get("meta") or {}
    found = [*(probe.get("h1") or [])[:1], meta.get("og:title") or "", probe.get("title") or ""]
    return [collapse_spaces(s).lower() for s in found if s and s.strip()]


def _likeness(value: str, signals: list[str]) -> float:
    value = collapse_spaces(value).lower()
    return max((SequenceMatcher(None, value, signal).ratio() for signal in signals), default=0.0)


def _main_product(probe: dict[str, Any], signals: list[str]) -> int | None:
    """Of several microdata Products, the one whose name is most like the page's own title (None: one or none)."""
    names: dict[int, str] = {}
    for name, value, *scope in probe.get("microdata") or []:
        if scope and scope[0] >= 0 and name.lower() == "product.name":
            names.setdefault(scope[0], value)
    if len(names) < 2:
        return None
    return max(names, key=lambda index: (_likeness(names[index], signals), -index))


def _amount(raw: str | None) -> str | None:
    """'1,290.00' -> '1290.00'; None unless it is a number."""
    value = (raw or "").replace(",", "").strip()
    return value if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", value) else None


def _micro_quote(probe: dict[str, Any], value: str) -> str:
    """The structured-data line a microdata value came from (as flatten_structured writes it)."""
    name = next((n for n, v, *_ in probe.get("microdata") or [] if v == value), None)
    return f"itemprop[{name}] = {value}" if name else value


def seller_box_name(probe: dict[str, Any]) -> FieldValue | None:
    """The first real line (not a one-letter avatar) of an element marked as the seller's box."""
    for hint in probe.get("seller_hints") or []:
        first = next((collapse_spaces(line) for line in hint.splitlines() if len(collapse_spaces(line)) >= 2), "")
        if first:
            return FieldValue(value=first, quote=first, source="text")
    return None


def _seller_hint_text(probe: dict[str, Any]) -> str:
    return " ".join(probe.get("seller_hints") or [])


def _is_site_name(h1: str, document_title: str, seller_hint: str = "") -> bool:
    """An <h1> that is the shop's or site's name (it is the suffix of <title>, or the seller box), not the product."""
    name = collapse_spaces(h1).lower()
    if not name:
        return True
    suffix = _TITLE_SUFFIX.search(collapse_spaces(document_title))
    if suffix and name in suffix.group(0).lower():
        return True
    return bool(seller_hint) and name in collapse_spaces(seller_hint).lower() and len(name) < 40


ABROAD = re.compile(
    r"ส่งจากต่างประเทศ|สินค้าจากต่างประเทศ|สินค้านำเข้าจากต่างประเทศ|ส่งตรงจาก(?:จีน|ต่างประเทศ|ฮ่องกง|เกาหลี|ญี่ปุ่น)|ส่งจาก\s*(?:จีน|ประเทศจีน|ฮ่องกง|ไต้หวัน)"
    r"|ships?\s+from\s*:?\s*(?:overseas|abroad|mainland china|china|hong kong)|overseas\s+(?:seller|shipping)|cross[- ]border",
    re.IGNORECASE,
)
_SELLER_ID = ("รหัสร้าน", "shop id", "seller id", "ไอดีร้าน")
_SELLER_LOCATION = ("ที่ตั้งร้าน", "ส่งจาก", "ships from", "location", "จัดส่งจาก")


def ships_from_abroad(visible_text: str) -> FieldValue | None:
    """'ส่งจากต่างประเทศ' / 'Ships from: Mainland China': the statement, quoted; absent when the page does not say."""
    match = ABROAD.search(visible_text)
    return FieldValue(value="yes", quote=match.group(0), source="text") if match else None


def removed_reason(visible_text: str, status: int | None) -> str | None:
    """Why the page is not a usable listing, or None."""
    if status is not None and status >= 400:
        return f"the server answered HTTP {status}"
    lowered = visible_text.lower()
    for marker in REMOVED_MARKERS:
        if marker in lowered:
            return f"the page says the listing is gone ('{marker}')"
    if len(collapse_spaces(visible_text)) < 20:
        return "the page has almost no visible text"
    if len(collapse_spaces(visible_text)) < 800 and any(marker in lowered for marker in LOGIN_MARKERS):
        return "the page is a login wall, not the listing"
    return None


def extract_listing(visible_text: str, structured_text: str, probe: dict[str, Any], status: int | None = None) -> ExtractedListing:
    """Extract the product facts; every value carries the exact text it came from."""
    objects = _jsonld_objects(probe.get("json_ld") or [])
    product = next((o for o in objects if "product" in _types(o)), None)
    offer: dict[str, Any] = {}
    if product is not None:
        offers = product.get("offers")
        offer = offers[0] if isinstance(offers, list) and offers else offers if isinstance(offers, dict) else {}
    rows = [list(r) for r in probe.get("rows") or []]
    meta = probe.get("meta") or {}
    h1 = (probe.get("h1") or [None])[0]
    signals = _title_signals(probe)
    main = _main_product(probe, signals)
    micro: dict[str, str] = {}
    in_product: dict[str, str] = {}  # properties inside the product's own item (its seller, not the site's publisher)
    for name, value, *scope in probe.get("microdata") or []:
        if main is not None and scope and scope[0] not in (main, -1):
            continue  # another product on the page (sponsored, related)
        micro.setdefault(name.lower(), value)
        if scope and scope[0] >= 0:
            in_product.setdefault(name.lower(), value)
        if name.lower().startswith("product."):
            micro.setdefault(name.lower().split(".", 1)[1], value)

    title = _structured(_name(product.get("name")) if product else None)
    micro_name = micro.get("product.name") or (micro.get("name") if not any(k.startswith("product.") for k in micro) else None)
    if title is None and micro_name:
        title = FieldValue(value=collapse_spaces(micro_name), quote=_micro_quote(probe, micro_name), source="structured")
    if title is None:
        title = state_value(structured_text, "title", signals=signals)
    if title is None and h1 and not _is_site_name(h1, probe.get("title") or "", seller_hint=_seller_hint_text(probe)):
        title = FieldValue(value=collapse_spaces(h1), quote=h1, source="text")
    if title is None and (probe.get("h2") or []) and h1:
        h2 = probe["h2"][0]
        title = FieldValue(value=collapse_spaces(h2), quote=h2, source="text")
    post = read_post(probe.get("title"), visible_text) if title is None else None
    if title is None and post is not None:
        title = FieldValue(value=post.title, quote=post.title_quote, source="text")
    if title is None and meta.get("og:title"):
        title = FieldValue(value=meta["og:title"], quote=f"meta[og:title] = {meta['og:title']}", source="structured")
    if title is None:
        title = _document_title(probe.get("title"))

    brand = _structured(_name(product.get("brand")) if product else None) or _row(rows, _LABELS["brand"])
    micro_brand = micro.get("product.brand") or micro.get("brand.name") or micro.get("brand")
    if brand is None and micro_brand:
        brand = FieldValue(value=collapse_spaces(micro_brand), quote=_micro_quote(probe, micro_brand), source="structured")
    if brand is None and meta.get("product:brand"):
        brand = FieldValue(value=meta["product:brand"], quote=f"meta[product:brand] = {meta['product:brand']}", source="structured")
    item = state_item(title)
    brand = brand or state_value(structured_text, "brand", item=item) or _tidied(_labelled(visible_text, _LABELS["brand"]), "brand")

    model_value = None
    if product:
        model_value = _name(product.get("model")) or _name(product.get("mpn"))
    micro_model = micro.get("product.model") or micro.get("product.mpn") or micro.get("model") or micro.get("mpn")
    if model_value is None and micro_model:
        model_value = collapse_spaces(micro_model)
    model = (_structured(model_value) or _row(rows, _LABELS["model"]) or state_value(structured_text, "model", item=item)
             or _tidied(_labelled(visible_text, _LABELS["model"]), "model"))
    if model is None and title is not None:
        stated = re.search(r"(?:รุ่น|model)[ \t:]*([A-Za-z0-9][\w\-./]{1,20})", title.value, re.IGNORECASE)
        if stated:
            model = FieldValue(value=stated.group(1), quote=stated.group(0), source=title.source) if stated.group(0) in title.quote else None

    price = None
    currency = None
    if offer.get("price") is not None:
        price = FieldValue(value=str(offer["price"]), quote=str(offer["price"]), source="structured")
        currency = offer.get("priceCurrency")
    elif meta.get("product:price:amount") or meta.get("og:price:amount"):
        key = "product:price:amount" if meta.get("product:price:amount") else "og:price:amount"
        price = FieldValue(value=meta[key].replace(",", ""), quote=f"meta[{key}] = {meta[key]}", source="structured")
        currency = meta.get("product:price:currency") or meta.get("og:price:currency")
    elif _amount(micro.get("offer.price") or micro.get("product.price")):
        amount = micro.get("offer.price") or micro.get("product.price") or ""
        price = FieldValue(value=_amount(amount), quote=_micro_quote(probe, amount), source="structured")
        currency = micro.get("offer.pricecurrency") or micro.get("pricecurrency") or "THB"
    else:
        price = state_value(structured_text, "price", item=item) or _price_from_text(visible_text)
        currency = "THB" if price else None

    seller = _structured(_name(offer.get("seller")) if offer else None) or _row(rows, _LABELS["seller"])
    micro_seller = in_product.get("offer.seller") or in_product.get("organization.name") or in_product.get("person.name")
    if seller is None and micro_seller:
        seller = FieldValue(value=collapse_spaces(micro_seller), quote=_micro_quote(probe, micro_seller), source="structured")
    seller = seller or state_value(structured_text, "seller", item=item) or seller_box_name(probe) or _labelled(visible_text, _LABELS["seller"])
    if seller is None and post is not None:  # a post's author is the one selling
        seller = FieldValue(value=post.author, quote=post.author, source="text")

    category = _structured(_name(product.get("category")) if product else None) or _row(rows, _LABELS["category"])
    if category is None:
        crumbs = [o for o in objects if "breadcrumblist" in _types(o)]
        if crumbs:
            names = [
                _name(item.get("name")) or (_name(item["item"]) if isinstance(item.get("item"), dict) else None)
                for item in crumbs[0].get("itemListElement", []) if isinstance(item, dict)
            ]
            names = [n for n in names if n]
            if names:
                category = FieldValue(value=" > ".join(names), quote=names[-1], source="structured")
    if category is None and probe.get("breadcrumb"):
        crumb = collapse_spaces(probe["breadcrumb"][0])
        category = FieldValue(value=crumb, quote=crumb, source="text")

    description = _structured(_name(product.get("description")) if product else None)
    if description is None and meta.get("description"):
        description = FieldValue(value=meta["description"], quote=f"meta[description] = {meta['description']}", source="structured")

    fields = {
        "title": title, "brand": brand, "model": model, "category": category,
        "price": price, "seller": seller, "description": description,
    }
    fields["seller_id"] = _row(rows, _SELLER_ID) or _labelled(visible_text, _SELLER_ID)
    fields["seller_location"] = _row(rows, _SELLER_LOCATION) or _labelled(visible_text, _SELLER_LOCATION)
    fields = {key: _found_in(value, visible_text, structured_text) for key, value in fields.items()}

    reason = removed_reason(visible_text, status)
    if reason is None and fields["title"] is None:
        reason = "no product title found on the page"
    return ExtractedListing(
        is_listing=reason is None,
        not_listing_reason=reason,
        currency=currency if fields["price"] else None,
        ships_from_abroad=ships_from_abroad(visible_text),
        spec_rows=[(collapse_spaces(label), collapse_spaces(value)) for label, value in rows[:60]],
        image_alts=[image["alt"] for image in probe.get("images") or [] if image.get("alt")][:30],
        tis=_tis_mentions(visible_text, structured_text),
        licences=_licence_mentions(visible_text, structured_text),
        **fields,
    )


BADGE = re.compile(r"(?:verified|certified|approved|endorsed|guaranteed)\s+by\s+(?:the\s+)?tisi|tisi[\s\-]*(?:certified|approved|verified)|"
                   r"(?:รับรอง|ผ่านการรับรอง|ผ่านการตรวจ)(?:โดย|จาก)\s*สมอ|สมอ\.?\s*รับรอง", re.IGNORECASE)


def _badge_mentions(text: str) -> list[TisMention]:
    """'Verified by TISI' style badges: a claim of the standard without a number."""
    return [TisMention(number=None, quote=m.group(0), start=m.start(), end=m.end()) for m in BADGE.finditer(text)]


def _tis_mentions(visible: str, structured: str) -> list[FoundTis]:
    """Each distinct TIS claim once, preferring the visible text as its source."""
    found: list[FoundTis] = []
    seen: set[str | None] = set()
    for source, text in (("text", visible), ("structured", structured)):
        for mention in [*find_tis_mentions(text), *_badge_mentions(text)]:
            key = mention.number.canonical if mention.number else None
            if key not in seen:
                seen.add(key)
                found.append(FoundTis(mention=mention, source=source))
    return found


def _licence_mentions(visible: str, structured: str) -> list[FoundLicence]:
    """Each distinct licence number once, preferring the visible text as its source."""
    found: list[FoundLicence] = []
    seen: set[str] = set()
    for source, text in (("text", visible), ("structured", structured)):
        for mention in find_licence_mentions(text):
            key = _licence_key(mention)
            if key not in seen:
                seen.add(key)
                found.append(FoundLicence(mention=mention, source=source))
    return found


def _licence_key(mention: LicenceMention) -> str:
    return mention.number.compact if mention.number else collapse_spaces(mention.quote)
