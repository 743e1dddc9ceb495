"""Structure `social-post`: a social-commerce post (poster, caption, photos, comments and shop replies). Fictional.

The seller is the account that posted; the title is the caption's headline line.
"""

from __future__ import annotations

from evals.extraction.common import doc, esc, img, page, th

S = "social-post"
CSS = """
.feed{max-width:640px;margin:16px auto}.post{background:#fff;border-radius:8px;border:1px solid #e5e7eb;padding:14px}
.who{display:flex;gap:10px;align-items:center}.av{width:42px;height:42px;border-radius:50%;background:#cbd5e1}.nm{font-weight:700}.tm{color:#6b7280;font-size:12px}
.cap{white-space:pre-line;line-height:1.6;margin:10px 0}.grid{display:grid;grid-template-columns:1fr 1fr;gap:4px}.grid img{width:100%;height:220px}
.react{color:#6b7280;font-size:13px;border-top:1px solid #eee;border-bottom:1px solid #eee;padding:6px 0;margin:8px 0}
.cm{display:flex;gap:8px;margin:8px 0}.cm .b{background:#f1f5f9;border-radius:12px;padding:6px 10px}.cm .b b{display:block;font-size:13px}.cm.reply{margin-left:40px}
.topbar{background:#fff;border-bottom:1px solid #e5e7eb;padding:10px 20px;font-weight:700;color:#1d4ed8}
"""


def _post(site: str, poster: str, when: str, caption: str, photos: list[str], reactions: str,
          comments: list[tuple[str, str, bool]]) -> str:
    grid = "".join(img(alt, 300, 220) for alt in photos)
    cms = "".join(f'<div class="cm{" reply" if reply else ""}"><div class="av" style="width:30px;height:30px"></div><div class="b"><b>{esc(n)}</b>{esc(t)}</div></div>'
                  for n, t, reply in comments)
    return f"""<div class="topbar">{esc(site)}</div>
<div class="feed"><article class="post">
<div class="who"><div class="av"></div><div><div class="nm">{esc(poster)}</div><div class="tm">{esc(when)}</div></div></div>
<div class="cap">{esc(caption)}</div>
<div class="grid">{grid}</div>
<div class="react">{esc(reactions)}</div>
{cms}
</article></div>"""




@page("x-so-fan-thdigits", S, "th", title="พัดลมพกพา PUYPUY K3 ชาร์จ USB ลมแรง ๓ ระดับ", brand="PUYPUY", model="K3", price=299,
      seller="แอนนี่ ของใช้ไอที", tis=[], licences=[],
      description="Caption with 'ยี่ห้อ PUYPUY รุ่น K3' on one line and 'ราคา ๒๙๙.-' (Thai digits, no currency word); a buyer asks about มอก. (a question, not a claim).")
def so_fan() -> str:
    caption = (f"🔥 พัดลมพกพา PUYPUY K3 ชาร์จ USB ลมแรง {th(3)} ระดับ 🔥\nยี่ห้อ PUYPUY รุ่น K3\nแบตเตอรี่ {th(2000)} mAh ใช้งานได้ {th('6-8')} ชม.\n"
               f"ราคา {th(299)}.-\nสนใจทักแชทหรือคอมเมนต์ CF ได้เลยค่ะ 💕\n#พัดลมพกพา #ของใช้ไอที")
    body = _post("FaceBuk Marketplace", "แอนนี่ ของใช้ไอที", "3 ชม. · 🌏", caption, ["พัดลมพกพา สีชมพู", "พัดลมพกพา สีฟ้า"], "👍❤️ 1.2K · ความคิดเห็น 86 รายการ · แชร์ 41 ครั้ง", [
        ("Somsri Jaidee", "ราคา 350 ใช่มั้ยคะ", False), ("แอนนี่ ของใช้ไอที", f"{th(299)} บาทค่ะ คุณลูกค้า 🙏", True),
        ("Ton Tawee", f"CF {th(2)} ตัวครับ", False), ("Nok Noi", "อันนี้มี มอก. ไหมคะ", False), ("แอนนี่ ของใช้ไอที", "ทักแชทมาได้เลยค่ะ ส่งรูปกล่องให้ดูค่ะ", True)])
    return doc(lang="th", title="แอนนี่ ของใช้ไอที | FaceBuk", body=body, css=CSS)


@page("x-so-cord-reply", S, "th", title="ปลั๊กพ่วง POWERDEE 4 ช่อง สาย 5 เมตร", brand="POWERDEE", model="PD-45", price=259,
      seller="ช่างแอ๊ดไฟฟ้า", tis=["2432-2555"], licences=["ท2290-16/2432"],
      description="TIS and licence given by the shop in a comment reply; a buyer's comment names a power bank standard bought earlier (decoy).")
def so_cord() -> str:
    caption = "ปลั๊กพ่วง POWERDEE 4 ช่อง สาย 5 เมตร\nรุ่น PD-45 สายทองแดงแท้ มีเบรกเกอร์ตัดไฟ\nราคา 259 บาท ส่งฟรีเมื่อซื้อ 2 ชิ้น\nโทรสั่ง 089-555-0123"
    body = _post("FaceBuk Marketplace", "ช่างแอ๊ดไฟฟ้า", "เมื่อวานนี้ เวลา 18:42 น.", caption, ["ปลั๊กพ่วง POWERDEE", "กล่องสินค้า"], "👍 312 · ความคิดเห็น 24 รายการ", [
        ("Jeab Sirin", "มี มอก. ไหมคะ", False), ("ช่างแอ๊ดไฟฟ้า", "มีครับ มอก. 2432-2555 ใบอนุญาต ท 2290-16/2432 ครับ", True),
        ("Beer Chai", "เคยซื้อพาวเวอร์แบงค์ร้านนี้ มอก. 2879-2560 ใช้ดีครับ", False), ("ช่างแอ๊ดไฟฟ้า", "ขอบคุณครับ 🙏", True),
        ("Mai M.", "ส่งต่างจังหวัดกี่วันคะ", False), ("ช่างแอ๊ดไฟฟ้า", "2-3 วันครับ", True)])
    return doc(lang="th", title="ช่างแอ๊ดไฟฟ้า | FaceBuk", body=body, css=CSS)


@page("x-so-rc-en-dm", S, "en", title="ZOOMA Stunt RC Car ZM-360", brand="ZOOMA", model="ZM-360", price=None,
      seller="ToyDrop BKK", tis=[None], licences=[],
      description="English post; 'DM for price' (no price); numberless 'TIS certified' claim; a buyer quotes the price of another car.")
def so_rc() -> str:
    caption = "NEW IN 🚗💨 ZOOMA Stunt RC Car ZM-360\nBrand: ZOOMA · Model: ZM-360\n360° flips, rechargeable, ages 8+\nTIS certified ✅\nDM for price 📩"
    body = _post("InstaShop", "ToyDrop BKK", "2 d", caption, ["ZOOMA ZM-360 red", "ZOOMA ZM-360 flipping"], "♥ 2,304 likes", [
        ("ploy.pl", "How much?", False), ("ToyDrop BKK", "Sent you a DM! 😊", True),
        ("arm_k", "I bought the police car from you last month for ฿450, still works great", False),
        ("fern", "Do you ship to Phuket?", False), ("ToyDrop BKK", "Yes, 2-3 days ☺", True)])
    return doc(lang="en", title="ToyDrop BKK on InstaShop", body=body, css=CSS)


@page("x-so-straightener-sale", S, "mixed", title="เครื่องหนีบผม SUNNO Pro Ceramic รุ่น SN-230", brand="SUNNO", model="SN-230", price=1290,
      seller="SUNNO Beauty Thailand", tis=["60335 เล่ม 2(23)-2564"], licences=["น40517-2/60335"],
      description="Sale caption '1,290 บาท (จากปกติ 1,990 บาท)'; 'แบรนด์ SUNNO ของแท้ ...' line; a commenter asks about another model's price.")
def so_straightener() -> str:
    caption = ("✨ เครื่องหนีบผม SUNNO Pro Ceramic รุ่น SN-230 ✨\nแบรนด์ SUNNO ของแท้ ประกันศูนย์ 1 ปี\nร้อนเร็ว 30 วิ ปรับอุณหภูมิ 5 ระดับ (160-230°C)\n"
               "ราคาเพียง 1,290 บาท (จากปกติ 1,990 บาท)\nมอก. 60335 เล่ม 2(23)-2564 | ใบอนุญาต น 40517-2/60335\n#SUNNO #เครื่องหนีบผม #ของแท้")
    body = _post("FaceBuk", "SUNNO Beauty Thailand", "14 พ.ย. เวลา 10:05 น.", caption, ["SUNNO SN-230 สีดำ", "SUNNO SN-230 สีชมพู"], "👍❤️😮 845 · ความคิดเห็น 57", [
        ("Kwan", "มีสีชมพูไหมคะ", False), ("SUNNO Beauty Thailand", "มีค่ะ ราคาเดียวกันค่ะ", True),
        ("Aom", "รุ่น SN-180 ยังมีขายไหมคะ 890 บาทใช่มั้ย", False), ("SUNNO Beauty Thailand", "SN-180 หมดแล้วค่ะ 🙏", True)])
    return doc(lang="th", title="SUNNO Beauty Thailand | FaceBuk", body=body, css=CSS)


@page("x-so-pan-live-thdigits", S, "th", title="กระทะเทฟล่อน KUKKI ๒๘ ซม. รุ่น KK-28", brand="KUKKI", model="KK-28", price=390,
      seller="แม่ค้าน้ำหวาน ขายของในบ้าน", tis=["2622-2556"], licences=[],
      description="Live-sale post whose first caption line is an announcement, not the product; Thai digits; shipping fee and another item's price in comments.")
def so_pan() -> str:
    caption = (f"ไลฟ์สดวันนี้ {th(2)} ทุ่ม! 📣\nกระทะเทฟล่อน KUKKI {th(28)} ซม. รุ่น KK-28\nไม่ติดกระทะ ใช้กับเตาแม่เหล็กไฟฟ้าได้\n"
               f"ราคา {th(390)} บาท ค่าส่ง {th(50)} บาท\nได้มาตรฐาน มอก.{th('2622-2556')}")
    body = _post("FaceBuk Live", "แม่ค้าน้ำหวาน ขายของในบ้าน", "🔴 LIVE · ผู้ชม 214 คน", caption, ["กระทะ KUKKI 28 ซม."], "👍 96 · ความคิดเห็น 133", [
        ("เจ๊หมวย", f"F {th(1)} ใบค่ะ", False), ("แม่ค้าน้ำหวาน ขายของในบ้าน", f"รับทราบค่ะ รวมส่ง {th(440)} บาทนะคะ", True),
        ("พี่ต้อย", f"หม้อหุงข้าวที่ไลฟ์เมื่อวาน {th(590)} ยังมีไหม", False)])
    return doc(lang="th", title="แม่ค้าน้ำหวาน ขายของในบ้าน - LIVE", body=body, css=CSS)


@page("x-so-lamp-ig-en", S, "en", title="MUNLAIT LED Desk Lamp with clamp, ML-D2", brand="MUNLAIT", model="ML-D2", price=890,
      seller="Munlait Home", tis=[], licences=[],
      description="Image-feed post: 'Price 890.-' (no currency word), model only in the caption headline, order numbers and a 2-piece price in comments.")
def so_lamp() -> str:
    caption = ("MUNLAIT LED Desk Lamp with clamp, ML-D2 🌙\nBrand: MUNLAIT\n3 colour temps · USB-C powered · 360° gooseneck\n"
               "Price 890.-\nFree shipping in BKK 🛵 order via DM or LINE @munlait")
    body = _post("InstaShop", "Munlait Home", "5 h", caption, ["ML-D2 on a desk", "ML-D2 clamp detail"], "♥ 918 likes", [
        ("nina.k", "got mine! order #TH2024-8891 😍", False), ("Munlait Home", "thank you Nina 💛", True),
        ("bank_p", "price for 2?", False), ("Munlait Home", "2 for 1,690.- ka", True)])
    return doc(lang="en", title="Munlait Home on InstaShop", body=body, css=CSS)
