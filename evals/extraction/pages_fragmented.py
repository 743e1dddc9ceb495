"""Structure `fragmented`: facts split over many small elements; the TIS/licence facts only in image alt text
or a figcaption (or split across key/value boxes). No structured data. Fictional demo data."""

from __future__ import annotations

from evals.extraction.common import doc, esc, footer, img, market_header, page, related, reviews, th

S = "fragmented"
CSS = """
.kv{display:grid;grid-template-columns:repeat(3,1fr);gap:8px}.kv>div{border:1px solid #e5e7eb;border-radius:4px;padding:6px}
.kv .k{color:#6b7280;font-size:12px}.kv .v{font-weight:600}
figure{margin:0;display:inline-block;border:1px solid #e5e7eb;padding:4px}figcaption{font-size:12px;color:#555}
"""


def _kv(pairs: list[tuple[str, str]]) -> str:
    return '<div class="kv">' + "".join(f'<div><div class="k">{esc(k)}</div><div class="v">{esc(v)}</div></div>' for k, v in pairs) + "</div>"


def _split_title(words: list[str]) -> str:
    return '<h1 class="tt">' + " ".join(f"<span>{esc(w)}</span>" for w in words) + "</h1>"


@page("x-fr-cord-alt-th", S, "th", title="รางปลั๊กไฟ SAFEPLUG 5 ช่อง 5 สวิตช์ สาย 3 ม. รุ่น SP-553", brand="SAFEPLUG", model="SP-553", price=459,
      seller="ไฟฟ้าดีดี สาขาลาดพร้าว", tis=["2432-2555"], licences=["ท1877-9/2432"],
      description="Title in spans; specs as key/value boxes; TIS number and licence only in a product-label image's alt text.")
def fr_cord() -> str:
    body = f"""{market_header("ตลาดไฟฟ้า", "th", "#b45309")}
<main class="wrap"><section class="card">
{_split_title(["รางปลั๊กไฟ", "SAFEPLUG", "5 ช่อง", "5 สวิตช์", "สาย 3 ม.", "รุ่น SP-553"])}
<div style="display:flex;gap:20px"><div>{img("SAFEPLUG SP-553 ด้านหน้า", 340, 340)}
<div style="display:flex;gap:6px;margin-top:6px">{img("SAFEPLUG SP-553 ด้านข้าง", 80, 80)}{img("ฉลากสินค้า มอก. 2432-2555 ใบอนุญาตเลขที่ ท 1877-9/2432", 80, 80)}{img("กล่องบรรจุภัณฑ์", 80, 80)}</div></div>
<div style="flex:1"><div><span style="font-size:26px;color:#b45309">฿</span><span style="font-size:26px;color:#b45309">459</span></div>
{_kv([("แบรนด์", "SAFEPLUG"), ("รุ่น", "SP-553"), ("จำนวนช่อง", "5"), ("ความยาวสาย", "3 ม."), ("กำลังไฟสูงสุด", "2300W"), ("รับประกัน", "1 ปี")])}
<p><span>ร้านค้า</span> <span>ไฟฟ้าดีดี</span> <span>สาขาลาดพร้าว</span> · <span>จัดส่งจาก กรุงเทพฯ</span></p>
<p>ทักแชทสอบถาม 09:00-20:00 · Line: @faifadeedee</p></div></div></section>
{related([("ปลั๊กพ่วง 3 ช่อง", 199), ("ปลั๊กกันไฟกระชาก 6 ช่อง", 890), ("สายไฟ VCT 2x1.5 10 ม.", 450)], "สินค้าแนะนำ")}
</main>{footer("th", "ตลาดไฟฟ้า")}"""
    return doc(lang="th", title="SAFEPLUG SP-553 | ตลาดไฟฟ้า", body=body, css=CSS)


@page("x-fr-powerbank-figcaption-en", S, "en", title="ZENCELL Slim Power Bank 10000mAh ZC-10S", brand="ZENCELL", model="ZC-10S", price=549,
      seller="ZenCell Thailand", tis=["2879-2560"], licences=["น44120-7/2879"],
      description="English; the TIS and licence numbers are only in the figcaption under the rating-label photo.")
def fr_powerbank() -> str:
    body = f"""{market_header("GadgetBay", "en", "#0d9488")}
<main class="wrap"><section class="card">
{_split_title(["ZENCELL", "Slim Power Bank", "10000mAh", "ZC-10S"])}
<div style="display:flex;gap:20px"><div>{img("ZENCELL ZC-10S in hand", 360, 360)}
<figure>{img("Rating label on the back of ZC-10S", 200, 120)}<figcaption>Rating label: TIS 2879-2560 · Licence N 44120-7/2879</figcaption></figure></div>
<div style="flex:1"><div style="font-size:26px;color:#0d9488"><span>฿</span><span>549</span></div>
{_kv([("Brand", "ZENCELL"), ("Model", "ZC-10S"), ("Capacity", "10000mAh / 37Wh"), ("Output", "USB-C PD 20W"), ("Weight", "190 g"), ("Warranty", "12 months")])}
<div><span>Sold by</span> <b class="store-name">ZenCell Thailand</b></div></div></div></section>
{reviews([("J. Wong", "1 Nov 2025", "Thin and light. 4 full charges of my phone."), ("Aey", "25 Oct 2025", "Came with a 30 cm cable. Order 55-1020-88")], "Reviews (126)")}
{related([("ZENCELL 20000mAh ZC-20", 890), ("Magnetic wireless pack", 990), ("USB-C cable 2 m", 129)], "More from ZenCell", unit="en")}
</main>{footer("en", "GadgetBay")}"""
    return doc(lang="en", title="ZENCELL ZC-10S Slim Power Bank | GadgetBay", body=body, css=CSS)


@page("x-fr-bulb-kvboxes", S, "th", title="หลอดไฟ LED LUMIRA 12W E27 แสงขาว รุ่น LM-A60-12", brand="LUMIRA", model="LM-A60-12", price=79,
      seller="ลูมิร่า ไลท์ติ้ง", tis=["2780-2562"], licences=["น33410-2/2780"],
      description="TIS number and licence number each in their own key/value box (label and value in separate block elements); brand only in a box.")
def fr_bulb() -> str:
    body = f"""{market_header("ช้อปบ้าน", "th", "#a16207")}
<main class="wrap"><section class="card">
{_split_title(["หลอดไฟ LED", "LUMIRA", "12W", "E27", "แสงขาว", "รุ่น LM-A60-12"])}
<div style="display:flex;gap:20px"><div>{img("LUMIRA LM-A60-12", 300, 300)}</div>
<div style="flex:1"><div style="font-size:24px;color:#a16207">฿79 <small style="color:#888">/ หลอด</small></div>
<p>แพ็ค 10 หลอด ฿690 (เลือกในตัวเลือกสินค้า)</p>
{_kv([("ยี่ห้อ", "LUMIRA"), ("รุ่น", "LM-A60-12"), ("กำลังไฟ", "12W"), ("ขั้วหลอด", "E27"), ("มอก.", "2780-2562"), ("เลขที่ใบอนุญาต", "น 33410-2/2780"), ("อายุการใช้งาน", "15,000 ชม.")])}
<p>ร้าน <b>ลูมิร่า ไลท์ติ้ง</b> · ผู้ติดตาม 8.1 พัน</p></div></div></section>
{related([("หลอด LED 9W แพ็ค 3", 149), ("หลอด T8 18W", 99), ("โคมดาวน์ไลท์ 6 นิ้ว", 259)], "สินค้าที่เกี่ยวข้อง")}
</main>{footer("th", "ช้อปบ้าน")}"""
    return doc(lang="th", title="หลอดไฟ LED LUMIRA รุ่น LM-A60-12 - ช้อปบ้าน", body=body, css=CSS)


@page("x-fr-plush-strike-first", S, "th", title="ตุ๊กตาผ้า MOFUMOFU หมีน้อย 30 ซม. รุ่น MF-B30", brand="MOFUMOFU", model="MF-B30", price=259,
      seller="มอฟุ มอฟุ ของเล่น", tis=["685 เล่ม 1-2562"], licences=["น27105-3/685"],
      description="Struck-through old price printed before the current price; TIS only in image alt, licence only in a figcaption.")
def fr_plush() -> str:
    body = f"""{market_header("ToyLand ทอยแลนด์", "th", "#e11d48")}
<main class="wrap"><section class="card">
{_split_title(["ตุ๊กตาผ้า", "MOFUMOFU", "หมีน้อย", "30 ซม.", "รุ่น MF-B30"])}
<div style="display:flex;gap:20px"><div>{img("MOFUMOFU หมีน้อย สีน้ำตาล", 340, 340)}
<figure>{img("ป้ายผ้า มอก. 685 เล่ม 1-2562", 160, 100)}<figcaption>ป้ายเย็บติดตุ๊กตา: ใบอนุญาต น 27105-3/685</figcaption></figure></div>
<div style="flex:1"><div><s>฿459</s> <span style="font-size:26px;color:#e11d48">฿259</span> <span>-44%</span></div>
{_kv([("แบรนด์", "MOFUMOFU"), ("รุ่น", "MF-B30"), ("ขนาด", "30 ซม."), ("วัสดุ", "ผ้าขนนุ่ม ใยสังเคราะห์"), ("อายุ", "3 ปีขึ้นไป")])}
<p>ขายโดย มอฟุ มอฟุ ของเล่น</p><p>🚚 ค่าส่ง ฿30 · ซื้อ 2 ชิ้นส่งฟรี</p></div></div></section>
{reviews([("ฝ***น", "9 พ.ย. 2568", "นุ่มมาก ลูกกอดนอนทุกคืน"), ("t***a", "2 พ.ย. 2568", "ตัวใหญ่กว่าที่คิด ป้าย มอก. เย็บติดมาด้วย")], "รีวิว")}
{related([("ตุ๊กตากระต่าย 25 ซม.", 199), ("หมอนข้างหมี 90 ซม.", 390)], "สินค้าอื่นของร้าน")}
</main>{footer("th", "ToyLand ทอยแลนด์")}"""
    return doc(lang="th", title="ตุ๊กตาผ้า MOFUMOFU หมีน้อย 30 ซม. | ToyLand", body=body, css=CSS)


@page("x-fr-grill-logo", S, "mixed", title="เตาปิ้งย่างไฟฟ้า GRILLIN 1500W รุ่น GL-15 ไร้ควัน", brand="GRILLIN", model="GL-15", price=990,
      seller="Kitchen Pro TH", tis=["1641-2552"], licences=["ท2044-1/1641"],
      description="Brand shown as a logo image (alt) and in a key/value box; TIS in alt text only; licence in a figcaption; mixed Thai/English.")
def fr_grill() -> str:
    body = f"""{market_header("HomeChef Market", "en", "#7f1d1d")}
<main class="wrap"><section class="card">
<div style="display:flex;gap:8px;align-items:center">{img("GRILLIN logo", 90, 30)}<span style="color:#888">Official brand partner</span></div>
{_split_title(["เตาปิ้งย่างไฟฟ้า", "GRILLIN", "1500W", "รุ่น GL-15", "ไร้ควัน"])}
<div style="display:flex;gap:20px"><div>{img("GRILLIN GL-15 เตาปิ้งย่าง", 340, 340)}
<div style="display:flex;gap:6px">{img("สติ๊กเกอร์ มอก. 1641-2552 ใต้เครื่อง", 90, 90)}<figure>{img("ฉลากใต้เครื่อง", 90, 90)}<figcaption>License No. T 2044-1/1641</figcaption></figure></div></div>
<div style="flex:1"><div style="font-size:26px;color:#7f1d1d">฿990</div><div>or 3 x ฿330 (0%)</div>
{_kv([("Brand", "GRILLIN"), ("Model", "GL-15"), ("Power", "1500W"), ("Plate", "Non-stick 40 x 25 cm")])}
<p>Seller: <span>Kitchen Pro TH</span></p></div></div></section>
{related([("ถาดรองไขมัน GL-15", 120), ("ชุดเตาหมูกระทะ 32 ซม.", 690)], "Accessories")}
</main>{footer("en", "HomeChef Market")}"""
    return doc(lang="th", title="GRILLIN GL-15 | HomeChef Market", body=body, css=CSS)


@page("x-fr-helmet-en-thdigits", S, "mixed", title="HELMORA Full-face Helmet HM-9F", brand="HELMORA", model="HM-9F", price=1290,
      seller="Rider Gear Chiang Mai", tis=["369-2557"], licences=["น5822-4/369"],
      description="English labels with Thai-digit numbers; TIS in an image alt, licence in a figcaption, both in Thai digits; price in Thai digits.")
def fr_helmet() -> str:
    body = f"""{market_header("MotoHub", "en", "#111827")}
<main class="wrap"><section class="card">
{_split_title(["HELMORA", "Full-face Helmet", "HM-9F"])}
<div style="display:flex;gap:20px"><div>{img("HELMORA HM-9F matte black", 340, 340)}
<figure>{img("ฉลาก มอก. " + th("369-2557") + " ด้านในหมวก", 200, 120)}<figcaption>Inner label · ใบอนุญาต น {th("5822-4/369")}</figcaption></figure></div>
<div style="flex:1"><div style="font-size:26px"><span>฿</span><span>{th("1,290")}</span></div>
{_kv([("Brand", "HELMORA"), ("Model", "HM-9F"), ("Sizes", "M / L / XL"), ("Shell", "ABS"), ("Weight", th("1,450") + " g")])}
<p>Shop <b>Rider Gear Chiang Mai</b> · ships from เชียงใหม่ · call {th("053-555-0190")}</p></div></div></section>
{related([("Helmet visor smoke", 290), ("Bluetooth intercom", 1190), ("Half-face helmet", 690)], "Riders also bought", thai=True)}
</main>{footer("en", "MotoHub")}"""
    return doc(lang="en", title="HELMORA HM-9F | MotoHub", body=body, css=CSS)
