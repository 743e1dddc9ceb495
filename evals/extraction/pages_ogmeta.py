"""Structure `og-meta`: share-preview / app-interstitial pages whose product data is in Open Graph, product:* and
twitter:* meta tags; the body is thin (no JSON-LD, microdata or spec table). Fictional demo data."""

from __future__ import annotations

from evals.extraction.common import doc, esc, footer, img, page, related, th

S = "og-meta"
CSS = ".sheet{max-width:520px;margin:30px auto;background:#fff;border-radius:10px;padding:18px;text-align:center;border:1px solid #e5e7eb}.btn{display:inline-block;background:#ef4444;color:#fff;padding:10px 24px;border-radius:20px;margin-top:10px}"


def _meta(pairs: list[tuple[str, str]]) -> str:
    out = []
    for key, value in pairs:
        attr = "name" if key.startswith("twitter:") or key == "description" else "property"
        out.append(f'<meta {attr}="{esc(key)}" content="{esc(value)}">')
    return "\n".join(out)


@page("x-og-massager-app", S, "th", title="ปืนนวดไฟฟ้า RELAXIO 6 หัว รุ่น RX-G6", brand="RELAXIO", model="RX-G6", price=1290, seller=None, tis=[], licences=[],
      description="Share page: h1 is the marketplace name; product in og:title (with site suffix), product:brand and product:price:*; no seller shown.")
def og_massager() -> str:
    head = _meta([("og:type", "product"), ("og:site_name", "ตลาดสะดวก"), ("og:title", "ปืนนวดไฟฟ้า RELAXIO 6 หัว รุ่น RX-G6 | ตลาดสะดวก"),
                  ("og:description", "ปืนนวดไฟฟ้า 6 หัว ปรับแรง 30 ระดับ แบตอึด 6 ชม."), ("product:brand", "RELAXIO"),
                  ("product:price:amount", "1290"), ("product:price:currency", "THB"), ("product:availability", "in stock"),
                  ("product:retailer_item_id", "SKU-554120-BLK")])
    body = f"""<h1 style="background:#ef4444;color:#fff;margin:0;padding:12px 20px;font-size:22px">ตลาดสะดวก</h1>
<div class="sheet">{img("RELAXIO RX-G6", 300, 300)}
<p style="font-size:17px">ปืนนวดไฟฟ้า RELAXIO 6 หัว รุ่น RX-G6</p><p style="font-size:24px;color:#ef4444">฿1,290</p>
<a class="btn" href="#app">เปิดในแอปตลาดสะดวก</a><p style="color:#888;font-size:12px">ดาวน์โหลดแอปเพื่อดูรายละเอียดและรีวิวทั้งหมด</p></div>"""
    return doc(lang="th", title="ปืนนวดไฟฟ้า RELAXIO 6 หัว รุ่น RX-G6 | ตลาดสะดวก", body=body, head=head, css=CSS)


@page("x-og-fuel-en", S, "en", title="CAMPFYR Solid Alcohol Fuel 24 cans CF-24", brand="CAMPFYR", model="CF-24", price=259,
      seller="Party Supply BKK", tis=["950-2547"], licences=[],
      description="Legacy og:price:amount and twitter:data1 price only (no price in the body); TIS claim only in the meta description.")
def og_fuel() -> str:
    head = _meta([("og:type", "og:product"), ("og:title", "CAMPFYR Solid Alcohol Fuel 24 cans CF-24"), ("og:site_name", "PartyMart"),
                  ("description", "CAMPFYR Solid Alcohol Fuel, 24 cans (CF-24) for buffet warmers. Complies with TIS 950-2547."),
                  ("og:price:amount", "259"), ("og:price:currency", "THB"), ("product:brand", "CAMPFYR"),
                  ("twitter:card", "product"), ("twitter:label1", "Price"), ("twitter:data1", "฿259"), ("twitter:label2", "Availability"), ("twitter:data2", "In stock")])
    body = f"""<div class="sheet">{img("CAMPFYR CF-24 cans", 300, 220)}
<h2>CAMPFYR Solid Alcohol Fuel 24 cans CF-24</h2><p>Shop: Party Supply BKK</p>
<a class="btn" href="#app">View in the PartyMart app</a><p style="color:#888;font-size:12px">Prices and stock are shown in the app.</p></div>"""
    return doc(lang="en", title="CAMPFYR Solid Alcohol Fuel 24 cans CF-24 - PartyMart", body=body, head=head, css=CSS)


@page("x-og-vacuum-brandsite", S, "mixed", title="KLINNO Cordless Vacuum V8 Max (KL-V8)", brand="KLINNO", model="KL-V8", price=3990,
      seller="บริษัท คลีนโน (ประเทศไทย) จำกัด", tis=[], licences=[],
      description="Brand web shop: og:title with a ' – KLINNO Thailand' suffix, product:price:amount '3990.00'; seller named in a 'จำหน่ายโดย' line.")
def og_vacuum() -> str:
    head = _meta([("og:type", "product"), ("og:site_name", "KLINNO Thailand"), ("og:title", "KLINNO Cordless Vacuum V8 Max (KL-V8) – KLINNO Thailand"),
                  ("product:brand", "KLINNO"), ("product:price:amount", "3990.00"), ("product:price:currency", "THB"),
                  ("og:description", "เครื่องดูดฝุ่นไร้สาย แรงดูด 22000Pa แบต 45 นาที")])
    body = f"""<header style="padding:14px 24px;background:#fff;border-bottom:1px solid #eee"><b>KLINNO</b> · สินค้า · โปรโมชั่น · ศูนย์บริการ</header>
<main class="wrap"><section class="card" style="display:flex;gap:22px">{img("KLINNO KL-V8", 360, 360)}<div>
<h1>KLINNO Cordless Vacuum V8 Max (KL-V8)</h1><p style="font-size:24px">฿3,990</p><p>ผ่อน 0% 10 เดือน เดือนละ ฿399</p>
<p>จำหน่ายโดย บริษัท คลีนโน (ประเทศไทย) จำกัด</p><p>ฮอตไลน์ 02-555-0177</p></div></section>
{related([("แบตเตอรี่สำรอง KL-B8", 1290), ("หัวดูดไรฝุ่น", 590)], "อุปกรณ์เสริม")}</main>{footer("th", "KLINNO Thailand")}"""
    return doc(lang="th", title="KLINNO Cordless Vacuum V8 Max (KL-V8) – KLINNO Thailand", body=body, head=head, css=CSS)


@page("x-og-strip-related", S, "th", title="ปลั๊กไฟ TOPLUG 3 ช่อง 3 เมตร รุ่น TP-33", brand="TOPLUG", model="TP-33", price=219, seller=None,
      tis=["2432-2555"], licences=[],
      description="App-open page: product only in og/product meta (TIS in the meta description); the visible body lists other products with prices.")
def og_strip() -> str:
    head = _meta([("og:type", "product"), ("og:title", "ปลั๊กไฟ TOPLUG 3 ช่อง 3 เมตร รุ่น TP-33"), ("og:site_name", "ตลาดดี"),
                  ("description", "ปลั๊กไฟ TOPLUG 3 ช่อง 3 เมตร รุ่น TP-33 มาตรฐาน มอก. 2432-2555"), ("product:brand", "TOPLUG"),
                  ("product:price:amount", "219"), ("product:price:currency", "THB")])
    body = f"""<div class="sheet"><p>ดูสินค้านี้ในแอปตลาดดี เพื่อรับโค้ดส่วนลด ฿50</p><a class="btn" href="#app">เปิดแอป</a></div>
<main class="wrap">{related([("ปลั๊กไฟ 4 ช่อง 5 เมตร", 329), ("ปลั๊กไฟ USB 2 ช่อง", 259), ("ปลั๊กแปลง", 45), ("สายไฟต่อพ่วง 10 ม.", 390)], "สินค้าที่คุณอาจชอบ")}</main>"""
    return doc(lang="th", title="ปลั๊กไฟ TOPLUG 3 ช่อง 3 เมตร รุ่น TP-33 | ตลาดดี", body=body, head=head, css=CSS)


@page("x-og-dryer-interstitial", S, "th", title="ไดร์เป่าผม HAIRDO 1800W รุ่น HD-77", brand="HAIRDO", model="HD-77", price=450,
      seller="HAIRDO Beauty Store", tis=[], licences=[],
      description="Interstitial whose h1 is 'ดูสินค้านี้ในแอป'; product in og:title, product:*; shop name only in twitter:label2/data2.")
def og_dryer() -> str:
    head = _meta([("og:type", "product"), ("og:title", "ไดร์เป่าผม HAIRDO 1800W รุ่น HD-77"), ("og:site_name", "ช้อปปี้ดี"), ("product:brand", "HAIRDO"),
                  ("product:price:amount", "450"), ("product:price:currency", "THB"), ("twitter:card", "summary"),
                  ("twitter:label1", "ราคา"), ("twitter:data1", "฿450"), ("twitter:label2", "ร้านค้า"), ("twitter:data2", "HAIRDO Beauty Store")])
    body = f"""<div class="sheet"><h1 style="font-size:20px">ดูสินค้านี้ในแอป</h1>{img("HAIRDO HD-77", 260, 260)}
<p>สแกน QR หรือกดปุ่มด้านล่างเพื่อเปิดแอปช้อปปี้ดี</p><a class="btn" href="#app">เปิดแอป</a><p style="font-size:12px;color:#999">ผู้ใช้ใหม่รับส่วนลด ฿100</p></div>"""
    return doc(lang="th", title="ไดร์เป่าผม HAIRDO 1800W รุ่น HD-77 | ช้อปปี้ดี", body=body, head=head, css=CSS)


@page("x-og-innertube-thdigits", S, "th", title="ยางในมอเตอร์ไซค์ TUBEMAX ๒.๕๐-๑๗ รุ่น TM-250", brand="TUBEMAX", model="TM-250", price=120,
      seller="อะไหล่ยนต์ชัยภูมิ", tis=["683-2562"], licences=[],
      description="Meta tags in ASCII digits; the thin body in Thai digits (price, size, TIS); shop line 'ร้าน ...'.")
def og_innertube() -> str:
    head = _meta([("og:type", "product"), ("og:title", "ยางในมอเตอร์ไซค์ TUBEMAX 2.50-17 รุ่น TM-250"), ("product:brand", "TUBEMAX"),
                  ("product:price:amount", "120"), ("product:price:currency", "THB"), ("description", "ยางใน TUBEMAX 2.50-17 มอก. 683-2562")])
    body = f"""<main class="wrap"><section class="card" style="display:flex;gap:20px">{img("TUBEMAX TM-250", 240, 240)}<div>
<h1>ยางในมอเตอร์ไซค์ TUBEMAX {th("2.50-17")} รุ่น TM-250</h1><p style="font-size:22px">{th(120)} บาท</p>
<p>มาตรฐาน มอก. {th("683-2562")}</p><p>ร้าน อะไหล่ยนต์ชัยภูมิ · โทร {th("044-555-0102")}</p></div></section></main>"""
    return doc(lang="th", title="ยางในมอเตอร์ไซค์ TUBEMAX รุ่น TM-250", body=body, head=head, css=CSS)
