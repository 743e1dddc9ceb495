"""Social-commerce posts: the poster is the seller, the caption line that names a product is the title; label values tidied."""

from __future__ import annotations

from tools.social_post import cut_at_labels, read_post, tidy_brand, tidy_model

POST = """FaceBuk Live
แม่ค้าน้ำหวาน ขายของในบ้าน
🔴 LIVE · ผู้ชม 214 คน
ไลฟ์สดวันนี้ ๒ ทุ่ม! 📣
กระทะเทฟล่อน KUKKI ๒๘ ซม. รุ่น KK-28
ราคา ๓๙๐ บาท"""


def test_a_post_reads_its_author_and_the_caption_line_that_names_the_product():
    post = read_post("แม่ค้าน้ำหวาน ขายของในบ้าน - LIVE", POST)
    assert post.author == "แม่ค้าน้ำหวาน ขายของในบ้าน"
    assert post.title == "กระทะเทฟล่อน KUKKI ๒๘ ซม. รุ่น KK-28"  # the promo line names no brand or model
    english = read_post("ToyDrop BKK on InstaShop", "InstaShop\nToyDrop BKK\n2 d\nNEW IN 🚗💨 ZOOMA Stunt RC Car ZM-360 #toys")
    assert (english.author, english.title) == ("ToyDrop BKK", "NEW IN ZOOMA Stunt RC Car ZM-360")
    dated = read_post("ร้านป้าแดง | FaceBuk", "ร้านป้าแดง\n21 มิ.ย. 2569 · 🌏 · ขอนแก่น\nพัดลมตั้งพื้น KAZE 16 นิ้ว")
    assert dated.title == "พัดลมตั้งพื้น KAZE 16 นิ้ว"  # a Thai date line is not the caption


def test_a_shop_page_title_is_not_a_post():
    assert read_post("ปลั๊กพ่วงปกป้อง — POKPONG ปลั๊กพ่วง รุ่น PP-3M", "ปลั๊กพ่วงปกป้อง\nรายละเอียดสินค้าอยู่ด้านล่าง") is None
    assert read_post("Steam Iron SR-2200 | MegaMall", "MegaMall\nSteam Iron SR-2200\nรายละเอียด") is None  # not the author line
    assert read_post(None, POST) is None


def test_label_values_lose_the_next_label_and_sales_talk():
    assert cut_at_labels("PUYPUY รุ่น K3", ("รุ่น", "model")) == "PUYPUY"
    assert cut_at_labels("ZOOMA Model: ZM-360", ("รุ่น", "model")) == "ZOOMA"
    assert tidy_brand("SUNNO ของแท้ ประกันศูนย์ 1 ปี") == "SUNNO" and tidy_brand("ฮาตาริ") == "ฮาตาริ"
    assert tidy_brand("Sharp Electric") == "Sharp Electric"  # no Thai after it: left as it is
    assert tidy_model("PD-45 สายทองแดงแท้ มีเบรกเกอร์ตัดไฟ") == "PD-45" and tidy_model("KZ-1605R") == "KZ-1605R"
    assert tidy_model("ใหญ่ พิเศษ") == "ใหญ่ พิเศษ"  # not a code: left as it is
