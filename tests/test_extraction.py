"""Product facts from hand-built page probes: structured data first, labelled text next, nothing guessed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tools.browser import flatten_structured
from tools.extraction import ExtractedListing, extract_listing, removed_reason
from tools.thai_text import collapse_spaces

FIELDS = ("title", "brand", "model", "category", "price", "seller", "description")


def probe(**parts) -> dict:
    """A page probe as page_probe.js returns it; json_ld given as Python objects is serialised."""
    base = {"json_ld": [], "meta": {}, "h1": [], "rows": [], "microdata": [], "images": [], "breadcrumb": [], "seller_hints": []}
    if "json_ld" in parts:
        parts["json_ld"] = [p if isinstance(p, str) else json.dumps(p, ensure_ascii=False) for p in parts["json_ld"]]
    return {**base, **parts}


def extract(visible: str, page: dict, status: int | None = 200) -> tuple[ExtractedListing, str]:
    structured = flatten_structured(page)
    return extract_listing(visible, structured, page, status), structured


def assert_quotes_are_evidence(result: ExtractedListing, visible: str, structured: str) -> None:
    """Every value's quote is in the text it says it came from (whitespace folded, as the checker does)."""
    for name in FIELDS:
        value = getattr(result, name)
        if value is not None:
            haystack = visible if value.source == "text" else structured
            assert collapse_spaces(value.quote) in collapse_spaces(haystack), (name, value)
    for found in result.tis:
        haystack = visible if found.source == "text" else structured
        assert haystack[found.mention.start : found.mention.end] == found.mention.quote
    for found in result.licences:
        haystack = visible if found.source == "text" else structured
        assert haystack[found.mention.start : found.mention.end] == found.mention.quote


def values(result: ExtractedListing) -> dict[str, str | None]:
    return {name: (getattr(result, name).value if getattr(result, name) else None) for name in FIELDS}


# --- flatten_structured ------------------------------------------------------------------------


def test_flatten_structured_lines():
    page = probe(
        json_ld=[{"@type": "Product", "name": "พัดลม", "offers": [{"price": 590}], "empty": "  ", "none": None}, "{broken"],
        meta={"og:title": "พัดลม 16 นิ้ว"},
        microdata=[["brand", "ACME"]],
        rows=[["ยี่ห้อ", "ACME"]],
        images=[{"src": "a.jpg", "alt": "มอก. 934-2558"}, {"src": "b.jpg", "alt": ""}],
    )
    page["embedded_state"] = json.dumps({"item": {"sku": "X1"}})
    assert flatten_structured(page).splitlines() == [
        "jsonld[0].@type = Product",
        "jsonld[0].name = พัดลม",
        "jsonld[0].offers[0].price = 590",
        "jsonld[1] (unparsed) = {broken",
        "state.item.sku = X1",
        "meta[og:title] = พัดลม 16 นิ้ว",
        "itemprop[brand] = ACME",
        "row[ยี่ห้อ] = ACME",
        "img.alt = มอก. 934-2558",
    ]


def test_flatten_structured_empty_probe():
    assert flatten_structured({}) == ""


# --- JSON-LD -----------------------------------------------------------------------------------

VISIBLE_FAN = "พัดลมตั้งพื้น 16 นิ้ว ACME รุ่น F-16\nราคา ฿1,290\nจัดส่งฟรีทั่วประเทศ"


def test_jsonld_product_with_brand_object_and_offer_list():
    page = probe(json_ld=[{
        "@context": "https://schema.org", "@type": "Product", "name": "พัดลมตั้งพื้น  16 นิ้ว ACME",
        "brand": {"@type": "Brand", "name": "ACME"}, "model": "F-16", "category": "เครื่องใช้ไฟฟ้า > พัดลม",
        "description": "พัดลมตั้งพื้นใบพัด 16 นิ้ว",
        "offers": [{"@type": "Offer", "price": "1290.00", "priceCurrency": "THB",
                    "seller": {"@type": "Organization", "name": "แอคมี ออฟฟิเชียล"}}],
    }])
    result, structured = extract(VISIBLE_FAN, page)
    assert result.is_listing is True and result.not_listing_reason is None
    assert values(result) == {
        "title": "พัดลมตั้งพื้น 16 นิ้ว ACME", "brand": "ACME", "model": "F-16", "category": "เครื่องใช้ไฟฟ้า > พัดลม",
        "price": "1290.00", "seller": "แอคมี ออฟฟิเชียล", "description": "พัดลมตั้งพื้นใบพัด 16 นิ้ว",
    }
    assert result.currency == "THB"
    assert all(getattr(result, name).source == "structured" for name in FIELDS)
    assert_quotes_are_evidence(result, VISIBLE_FAN, structured)


def test_jsonld_brand_string_mpn_and_offer_dict():
    page = probe(json_ld=[{
        "@type": "Product", "name": "Fan", "brand": "ACME", "mpn": "F16-X",
        "offers": {"@type": "Offer", "price": 590, "priceCurrency": "THB", "seller": "Shop A"},
    }])
    visible = "Fan for the living room, quiet and strong"
    result, structured = extract(visible, page)
    assert (result.brand.value, result.model.value, result.price.value, result.seller.value) == ("ACME", "F16-X", "590", "Shop A")
    assert result.currency == "THB"
    assert_quotes_are_evidence(result, visible, structured)


def test_model_preferred_over_mpn():
    page = probe(json_ld=[{"@type": "Product", "name": "Fan", "model": "F-16", "mpn": "MPN-1"}])
    result, _ = extract("Fan for the living room, quiet and strong", page)
    assert result.model.value == "F-16"


def test_product_found_inside_graph_with_type_list_and_bad_block_skipped():
    page = probe(json_ld=["{not json", {"@graph": [{"@type": "WebPage", "name": "Page"},
                                                    {"@type": ["Product", "Thing"], "name": "Iron X"}]}])
    result, _ = extract("Iron X steam iron with a ceramic plate", page)
    assert result.title.value == "Iron X"
    assert result.title.quote == "Iron X"


def test_breadcrumb_list_with_item_objects_gives_category():
    page = probe(json_ld=[{"@type": "Product", "name": "Iron X"},
                          {"@type": "BreadcrumbList", "itemListElement": [
                              {"@type": "ListItem", "position": 1, "name": "Home"},
                              {"@type": "ListItem", "position": 2, "item": {"@id": "https://shop.example/irons", "name": "เตารีด"}}]}])
    result, structured = extract("Iron X steam iron with a ceramic plate", page)
    assert (result.category.value, result.category.quote, result.category.source) == ("Home > เตารีด", "เตารีด", "structured")
    assert_quotes_are_evidence(result, "Iron X steam iron with a ceramic plate", structured)


def test_breadcrumb_list_with_url_items_uses_names():
    page = probe(json_ld=[{"@type": "Product", "name": "Iron X"},
                          {"@type": "BreadcrumbList", "itemListElement": [
                              {"@type": "ListItem", "position": 1, "name": "Home", "item": "https://shop.example/"},
                              {"@type": "ListItem", "position": 2, "name": "เตารีด", "item": "https://shop.example/irons"}]}])
    result, _ = extract("Iron X steam iron with a ceramic plate", page)
    assert result.category.value == "Home > เตารีด"


def test_jsonld_brand_as_list_of_objects():
    page = probe(json_ld=[{"@type": "Product", "name": "Fan X", "brand": [{"@type": "Brand", "name": "ACME"}]}])
    result, _ = extract("Fan X for the living room, quiet and strong", page)
    assert result.brand is not None and result.brand.value == "ACME"


# --- meta, microdata, rows ---------------------------------------------------------------------


def test_meta_and_microdata_fallbacks():
    page = probe(meta={"og:title": "Kettle K1", "product:price:amount": "899", "product:price:currency": "THB", "description": "A kettle"},
                 microdata=[["brand", "Zeta"]])
    visible = "Kettle K1 boils water fast and safely"
    result, structured = extract(visible, page)
    assert values(result) == {"title": "Kettle K1", "brand": "Zeta", "model": None, "category": None,
                              "price": "899", "seller": None, "description": "A kettle"}
    assert result.title.quote == "meta[og:title] = Kettle K1"
    assert result.price.quote == "meta[product:price:amount] = 899"
    assert result.brand.quote == "itemprop[brand] = Zeta"
    assert result.currency == "THB"
    assert_quotes_are_evidence(result, visible, structured)


def test_microdata_name_beats_h1_and_h1_beats_og_title():
    both = probe(microdata=[["name", "Kettle K2"]], h1=["Kettle K2 (h1)"], meta={"og:title": "OG"})
    result, _ = extract("Kettle K2 (h1)\nboils water fast", both)
    assert (result.title.value, result.title.quote, result.title.source) == ("Kettle K2", "itemprop[name] = Kettle K2", "structured")
    h1_only = probe(h1=["  Kettle   K3 "], meta={"og:title": "OG"})
    result, _ = extract("Kettle K3\nboils water fast", h1_only)
    assert (result.title.value, result.title.source) == ("Kettle K3", "text")


def test_spec_table_rows():
    page = probe(h1=["เตารีดไอน้ำ"], rows=[["ยี่ห้อ", "Zeta"], ["รุ่น:", "ST-100"], ["ผู้ขาย", "ร้านเซต้า"],
                                          ["หมวดหมู่", "เครื่องใช้ไฟฟ้า"], ["น้ำหนัก", "1.2 kg"]])
    visible = "เตารีดไอน้ำ\nยี่ห้อ\tZeta\nรุ่น:\tST-100"
    result, structured = extract(visible, page)
    assert values(result) == {"title": "เตารีดไอน้ำ", "brand": "Zeta", "model": "ST-100", "category": "เครื่องใช้ไฟฟ้า",
                              "price": None, "seller": "ร้านเซต้า", "description": None}
    assert result.brand.quote == "row[ยี่ห้อ] = Zeta"
    assert result.model.quote == "row[รุ่น:] = ST-100"
    assert_quotes_are_evidence(result, visible, structured)


# --- labelled visible text ---------------------------------------------------------------------


def test_labelled_thai_text():
    visible = "กาต้มน้ำไฟฟ้า 1.8 ลิตร\nยี่ห้อ: Zeta\nรุ่น: KT-18\nร้านค้า: ร้านเซต้า โฮม\nราคา 450 บาท"
    result, structured = extract(visible, probe(h1=["กาต้มน้ำไฟฟ้า 1.8 ลิตร"]))
    assert values(result) == {"title": "กาต้มน้ำไฟฟ้า 1.8 ลิตร", "brand": "Zeta", "model": "KT-18", "category": None,
                              "price": "450", "seller": "ร้านเซต้า โฮม", "description": None}
    assert (result.brand.quote, result.model.quote, result.seller.quote, result.price.quote) == (
        "ยี่ห้อ: Zeta", "รุ่น: KT-18", "ร้านค้า: ร้านเซต้า โฮม", "450 บาท")
    assert all(getattr(result, n).source == "text" for n in ("brand", "model", "seller", "price"))
    assert result.currency == "THB"
    assert_quotes_are_evidence(result, visible, structured)


def test_labelled_inline_text_and_baht_sign():
    visible = "Hair dryer HD-2 | Brand: Zeta, Model: HD-2 | ฿1,290.50"
    result, _ = extract(visible, probe(h1=["Hair dryer HD-2"]))
    assert (result.brand.value, result.brand.quote) == ("Zeta", "Brand: Zeta")
    assert result.model.value == "HD-2"
    assert (result.price.value, result.price.quote) == ("1290.50", "฿1,290.50")


def test_seller_hint_used_only_when_on_the_page():
    hints = ["\n", "ร้านเซต้า โฮม\nคะแนน 4.9"]
    on_page, _ = extract("กาต้มน้ำไฟฟ้า\nร้านเซต้า โฮม\nคะแนน 4.9", probe(h1=["กาต้มน้ำไฟฟ้า"], seller_hints=hints))
    assert (on_page.seller.value, on_page.seller.source) == ("ร้านเซต้า โฮม", "text")
    off_page, _ = extract("กาต้มน้ำไฟฟ้า ต้มน้ำเร็วทันใจ", probe(h1=["กาต้มน้ำไฟฟ้า"], seller_hints=hints))
    assert off_page.seller is None


def test_structured_value_not_in_structured_text_falls_back_to_visible_text_or_is_dropped():
    # The structured text is the evidence a structured quote must be found in; here it is empty.
    page = probe(json_ld=[{"@type": "Product", "name": "Fan", "brand": "ACME"}])
    shown = extract_listing("Fan for the living room, quiet and strong", "", page, 200)
    assert (shown.title.value, shown.title.quote, shown.title.source) == ("Fan", "Fan", "text")
    assert shown.brand is None  # "ACME" is in neither text
    hidden = extract_listing("A quiet and strong appliance for the living room", "", page, 200)
    assert hidden.title is None and hidden.brand is None
    assert (hidden.is_listing, hidden.not_listing_reason) == (False, "no product title found on the page")


@pytest.mark.parametrize(
    ("line", "field"),
    [("แบรนด์แท้ 100%", "brand"), ("Shopping cart", "seller"), ("Models available: 3", "model"), ("รุ่นใหม่ล่าสุด", "model")],
)
def test_label_words_inside_longer_words_are_not_labels(line, field):
    visible = f"พัดลมตั้งพื้น 16 นิ้ว\n{line}\nส่งฟรีทั่วประเทศ"
    result, _ = extract(visible, probe(h1=["พัดลมตั้งพื้น 16 นิ้ว"]))
    assert getattr(result, field) is None


# --- absent fields -----------------------------------------------------------------------------


def test_fields_absent_when_not_on_the_page():
    visible = "พัดลมตั้งพื้น 16 นิ้ว ลมแรง เสียงเงียบ ประหยัดไฟ"
    result, _ = extract(visible, probe(h1=["พัดลมตั้งพื้น 16 นิ้ว"]))
    assert values(result) == {"title": "พัดลมตั้งพื้น 16 นิ้ว", "brand": None, "model": None, "category": None,
                              "price": None, "seller": None, "description": None}
    assert result.currency is None
    assert result.tis == [] and result.licences == []
    assert result.is_listing is True


def test_no_title_anywhere_is_not_a_listing():
    result, _ = extract("ยินดีต้อนรับสู่ร้านค้าออนไลน์ของเรา สินค้าคุณภาพดี", probe())
    assert result.is_listing is False
    assert result.not_listing_reason == "no product title found on the page"


# --- removed pages, errors, empty pages --------------------------------------------------------


@pytest.mark.parametrize(
    ("visible", "marker"),
    [
        ("ขออภัย สินค้านี้ถูกลบแล้ว กรุณาเลือกสินค้าอื่น", "สินค้านี้ถูกลบ"),
        ("ไม่พบสินค้า ที่คุณกำลังค้นหา ลองค้นหาใหม่อีกครั้ง", "ไม่พบสินค้า"),
        ("Sorry, this Listing Has Been Removed by the seller.", "listing has been removed"),
        ("This product is no longer available. See similar items.", "no longer available"),
    ],
)
def test_removed_page_markers(visible, marker):
    page = probe(h1=["พัดลม"], json_ld=[{"@type": "Product", "name": "พัดลม"}])
    result, _ = extract(visible, page)
    assert result.is_listing is False
    assert result.not_listing_reason == f"the page says the listing is gone ('{marker}')"


@pytest.mark.parametrize("status", [404, 410, 500])
def test_http_error_status_is_not_a_listing(status):
    visible = "พัดลมตั้งพื้น 16 นิ้ว ลมแรง เสียงเงียบ ประหยัดไฟ"
    result, _ = extract(visible, probe(h1=["พัดลมตั้งพื้น 16 นิ้ว"]), status=status)
    assert result.is_listing is False
    assert result.not_listing_reason == f"the server answered HTTP {status}"
    assert result.title is not None  # facts still read, but the page is not usable


def test_empty_page():
    result, _ = extract("", probe(), status=200)
    assert result.is_listing is False
    assert result.not_listing_reason == "the page has almost no visible text"
    assert values(result) == {name: None for name in FIELDS}
    assert result.tis == [] and result.licences == []


def test_removed_reason_order_and_thresholds():
    assert removed_reason("x" * 19, None) == "the page has almost no visible text"
    assert removed_reason("x" * 20, None) is None
    assert removed_reason("x" * 30, 399) is None
    assert removed_reason("page not found", 404) == "the server answered HTTP 404"


# --- TIS and licence numbers -------------------------------------------------------------------


def test_thai_digit_tis_and_licence_with_exact_quotes():
    visible = "พาวเวอร์แบงก์ 10000mAh\nได้มาตรฐาน มอก. ๒๘๗๙-๒๕๖๐\nใบอนุญาตเลขที่ น ๓๐๕๑๖-๔๘/๒๘๗๙\nราคา ๕๙๐ บาท"
    result, structured = extract(visible, probe(h1=["พาวเวอร์แบงก์ 10000mAh"]))
    assert [(t.mention.number.canonical, t.mention.quote, t.source) for t in result.tis] == [
        ("2879-2560", "มอก. ๒๘๗๙-๒๕๖๐", "text")]
    assert [(l.mention.number.compact, l.mention.quote, l.source) for l in result.licences] == [
        ("น30516-48/2879", "น ๓๐๕๑๖-๔๘/๒๘๗๙", "text")]
    assert_quotes_are_evidence(result, visible, structured)


def test_tis_and_licence_in_structured_data_only():
    page = probe(h1=["พาวเวอร์แบงก์"], images=[{"src": "mark.png", "alt": "เครื่องหมาย มอก. 2879-2560"}],
                 rows=[["เลขที่ใบอนุญาต", "ท 5137-2/2879"]])
    visible = "พาวเวอร์แบงก์\nชาร์จเร็ว 20W พกพาสะดวก"
    result, structured = extract(visible, page)
    assert [(t.mention.number.canonical, t.mention.quote, t.source) for t in result.tis] == [
        ("2879-2560", "มอก. 2879-2560", "structured")]
    assert [(l.mention.number.compact, l.source) for l in result.licences] == [("ท5137-2/2879", "structured")]
    assert_quotes_are_evidence(result, visible, structured)


def test_same_numbers_in_text_and_structured_are_reported_once_from_text():
    page = probe(h1=["พาวเวอร์แบงก์"], images=[{"src": "m.png", "alt": "มอก. 2879-2560 ใบอนุญาต น 30516-48/2879"}])
    visible = "พาวเวอร์แบงก์\nมอก. ๒๘๗๙-๒๕๖๐ ใบอนุญาต น๓๐๕๑๖-๔๘/๒๘๗๙"
    result, structured = extract(visible, page)
    assert [t.source for t in result.tis] == ["text"]
    assert [l.source for l in result.licences] == ["text"]
    assert_quotes_are_evidence(result, visible, structured)


def test_malformed_licence_is_kept_with_reason():
    visible = "พาวเวอร์แบงก์ 10000mAh\nใบอนุญาตเลขที่ 30516-48/2879\nส่งฟรี"
    result, structured = extract(visible, probe(h1=["พาวเวอร์แบงก์ 10000mAh"]))
    assert len(result.licences) == 1
    mention = result.licences[0].mention
    assert mention.number is None
    assert mention.malformed_reason == "missing licence type letter (ท/น/ส/นค)"
    assert mention.quote == "ใบอนุญาตเลขที่ 30516-48/2879"
    assert_quotes_are_evidence(result, visible, structured)


def test_tis_claim_without_number():
    visible = "ปลั๊กพ่วง 4 ช่อง\nได้มาตรฐาน มอก. ปลอดภัย"
    result, _ = extract(visible, probe(h1=["ปลั๊กพ่วง 4 ช่อง"]))
    assert [(t.mention.number, t.mention.quote) for t in result.tis] == [(None, "มอก.")]


# --- the document <title> fallback, Thai-digit prices, duplicates ------------------------------


def test_flatten_structured_includes_the_document_title():
    assert flatten_structured({"title": "พัดลม - ร้านเซต้า", "meta": {"og:type": "product"}}).splitlines() == [
        "title = พัดลม - ร้านเซต้า", "meta[og:type] = product"]


def test_document_title_is_the_last_resort_without_its_shop_suffix():
    page = probe(title="พัดลมตั้งพื้น 16 นิ้ว - ร้านเซต้า")
    visible = "ยินดีต้อนรับ ลมแรง เสียงเงียบ ประหยัดไฟ"
    result, structured = extract(visible, page)
    assert (result.title.value, result.title.quote, result.title.source) == (
        "พัดลมตั้งพื้น 16 นิ้ว", "title = พัดลมตั้งพื้น 16 นิ้ว - ร้านเซต้า", "structured")
    assert result.is_listing is True
    assert_quotes_are_evidence(result, visible, structured)
    # h1 wins over the document title
    with_h1, _ = extract("พัดลม F-16\nลมแรง เสียงเงียบ", probe(title="Other - Shop", h1=["พัดลม F-16"]))
    assert with_h1.title.value == "พัดลม F-16"


def test_blank_document_title_is_not_a_title():
    result, _ = extract("ยินดีต้อนรับ ลมแรง เสียงเงียบ ประหยัดไฟ", probe(title="   "))
    assert result.title is None
    assert result.not_listing_reason == "no product title found on the page"


def test_thai_digit_price_keeps_the_original_quote():
    visible = "พัดลมตั้งพื้น\nราคา ๑,๒๙๐ บาท ส่งฟรี"
    result, structured = extract(visible, probe(h1=["พัดลมตั้งพื้น"]))
    assert (result.price.value, result.price.quote, result.currency) == ("1290", "๑,๒๙๐ บาท", "THB")
    assert_quotes_are_evidence(result, visible, structured)


def test_repeated_numbers_in_visible_text_are_reported_once():
    visible = "พาวเวอร์แบงก์\nมอก. 2879-2560 ได้มาตรฐาน มอก. ๒๘๗๙-๒๕๖๐\nใบอนุญาต น 30516-48/2879 (N30516-48/2879)"
    result, _ = extract(visible, probe(h1=["พาวเวอร์แบงก์"]))
    assert [t.mention.quote for t in result.tis] == ["มอก. 2879-2560"]
    assert [l.mention.quote for l in result.licences] == ["น 30516-48/2879"]


def test_ships_from_abroad_seller_id_location_spec_rows_and_alts_are_read_not_guessed():
    from tools.extraction import extract_listing

    probe = {"h1": ["พาวเวอร์แบงค์ 10000mAh"], "rows": [["รหัสร้าน", "SH-778"], ["ความจุ", "10000mAh"]],
             "images": [{"src": "a.png", "alt": "ด้านหลังกล่อง มอก. 2879-2560"}, {"src": "b.png", "alt": ""}]}
    visible = "พาวเวอร์แบงค์ 10000mAh\nราคา ฿390\nที่ตั้งร้าน: กรุงเทพมหานคร\nสินค้าพร้อมส่ง ส่งจากต่างประเทศ 7-14 วัน\n"
    from tools.browser import flatten_structured

    found = extract_listing(visible, flatten_structured(probe), probe)
    assert found.ships_from_abroad.quote == "ส่งจากต่างประเทศ"
    assert found.seller_id.value == "SH-778"
    assert found.seller_location.value == "กรุงเทพมหานคร"
    assert ("ความจุ", "10000mAh") in found.spec_rows
    assert found.image_alts == ["ด้านหลังกล่อง มอก. 2879-2560"]
    plain = extract_listing("พาวเวอร์แบงค์ 10000mAh\nราคา ฿390\nส่งจากกรุงเทพ\n", "", {"h1": ["พาวเวอร์แบงค์ 10000mAh"]})
    assert plain.ships_from_abroad is None and plain.seller_id is None and plain.image_alts == []


def test_of_several_microdata_products_the_one_the_page_is_about_is_read():
    probe = {
        "title": "ไดร์เป่าผม SOFUWA Ionic 2000W - ร้านสวยดี",
        "h1": ["ไดร์เป่าผม SOFUWA Ionic 2000W รุ่น SF-2000i"],
        "microdata": [
            ["Product.name", "เครื่องหนีบผม HAIRO รุ่น HR-22", 0], ["Product.brand", "HAIRO", 0], ["Offer.price", "390", 0],
            ["Product.name", "ไดร์เป่าผม SOFUWA Ionic 2000W รุ่น SF-2000i", 1], ["Product.brand", "SOFUWA", 1],
            ["Offer.price", "790", 1], ["BreadcrumbList.name", "เครื่องใช้ไฟฟ้า", -1],
        ],
    }
    structured = "\n".join(f"itemprop[{n}] = {v}" for n, v, _ in probe["microdata"])
    listing = extract_listing("ไดร์เป่าผม SOFUWA Ionic 2000W รุ่น SF-2000i", structured, probe)
    assert listing.title.value == "ไดร์เป่าผม SOFUWA Ionic 2000W รุ่น SF-2000i" and listing.brand.value == "SOFUWA"


def test_of_several_embedded_state_items_the_one_the_page_is_about_is_read_with_its_own_fields():
    structured = "\n".join([
        "state.page.items[0].itemName = Ironing board with steam rest", "state.page.items[0].brandName = HOMEY",
        "state.page.items[0].price = 590",
        "state.page.items[1].itemName = STEAMRO Steam Iron 2200W SR-2200", "state.page.items[1].brandName = STEAMRO",
        "state.page.items[1].price = 1290", "title = STEAMRO Steam Iron 2200W SR-2200 | MegaMall",
    ])
    listing = extract_listing("STEAMRO Steam Iron", structured, {"title": "STEAMRO Steam Iron 2200W SR-2200 | MegaMall"})
    assert (listing.title.value, listing.brand.value, listing.price.value) == ("STEAMRO Steam Iron 2200W SR-2200", "STEAMRO", "1290")


EXTRACTION_PAGES = Path(__file__).resolve().parent.parent / "evals" / "extraction" / "pages"


@pytest.mark.browser
@pytest.mark.parametrize("page_id, expected", [
    ("x-rd-tube-en-by", {"brand": "GLOWLY", "model": "GT8-18"}),  # RDFa, brand as a nested Brand item
    ("x-md-sponsored-first", {"brand": "SOFUWA", "price": "790"}),  # microdata, a sponsored product first on the page
    ("x-so-fan-thdigits", {"seller": "แอนนี่ ของใช้ไอที", "brand": "PUYPUY"}),  # a social post
])
def test_structured_pages_in_the_real_browser(page_id, expected, browser, tmp_path):
    from evals.marketplace import Marketplace

    case = json.loads((EXTRACTION_PAGES / page_id / "case.json").read_text(encoding="utf-8"))
    with Marketplace(EXTRACTION_PAGES, only=page_id) as market:
        page = browser.capture(market.url_for(page_id, case["target"]), tmp_path, ["*.localhost"])
    listing = extract_listing(page.visible_text, page.structured_text, page.probe, page.status)
    for field, value in expected.items():
        assert getattr(listing, field).value == value, field
