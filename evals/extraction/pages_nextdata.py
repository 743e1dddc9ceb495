"""Structure `next-data`: Next.js-style page, server-rendered HTML plus <script id="__NEXT_DATA__" type="application/json">.

Some pages also run the hydration line real Next.js runs (window.__NEXT_DATA__ = JSON.parse(...)); some do not
(the runtime bundle never ran). Fictional demo data.
"""

from __future__ import annotations

from typing import Any

from evals.extraction.common import doc, footer, img, market_header, page, related, reviews, script_json, th

S = "next-data"
HYDRATE = "<script>window.__NEXT_DATA__ = JSON.parse(document.getElementById('__NEXT_DATA__').textContent);</script>"


def _next(page_props: dict[str, Any], route: str, slug: str, hydrate: bool = True) -> str:
    data = {"props": {"pageProps": page_props, "__N_SSP": True}, "page": route, "query": {"slug": slug},
            "buildId": "demo-build-7f3a", "isFallback": False, "gssp": True, "scriptLoader": []}
    return f'<script id="__NEXT_DATA__" type="application/json">{script_json(data)}</script>' + (HYDRATE if hydrate else "")


@page("x-nx-powerbank-th", S, "th", title="พาวเวอร์แบงค์ VOLTIQ 20000mAh รุ่น VQ-20PD ชาร์จเร็ว 22.5W", brand="VOLTIQ", model="VQ-20PD", price=690,
      seller="VOLTIQ Official Store", tis=["2879-2560"], licences=["น30516-48/2879"],
      description="Hydrated __NEXT_DATA__ with pageProps.product (name, brand, model, price, shop.name); recommendations after it.")
def nx_powerbank() -> str:
    props = {
        "product": {"id": 771203, "name": "พาวเวอร์แบงค์ VOLTIQ 20000mAh รุ่น VQ-20PD ชาร์จเร็ว 22.5W", "brand": "VOLTIQ", "model": "VQ-20PD",
                    "price": 690, "originalPrice": 1190, "currency": "THB", "shop": {"id": 5531, "name": "VOLTIQ Official Store", "rating": 4.9},
                    "specs": [{"label": "ความจุ", "value": "20000mAh"}, {"label": "มอก.", "value": "2879-2560"}, {"label": "เลขที่ใบอนุญาต", "value": "น30516-48/2879"}]},
        "recommendations": [{"id": 771300, "name": "สายชาร์จ USB-C 1 ม.", "price": 99}, {"id": 771301, "name": "พาวเวอร์แบงค์ 10000mAh รุ่น VQ-10", "price": 459}],
    }
    body = f"""<div id="__next">{market_header("ช้อปเร็ว", "th", "#0891b2")}
<main class="wrap">
<nav class="crumb">หน้าแรก › มือถือและอุปกรณ์เสริม › พาวเวอร์แบงค์</nav>
<section class="card" style="display:flex;gap:24px"><div>{img("VOLTIQ VQ-20PD สีดำ")}</div><div style="flex:1">
 <h1>พาวเวอร์แบงค์ VOLTIQ 20000mAh รุ่น VQ-20PD ชาร์จเร็ว 22.5W</h1>
 <p>แบรนด์: VOLTIQ | รุ่น: VQ-20PD | ★4.9 (2,381) | ขายแล้ว 10k+</p>
 <p><b style="font-size:28px;color:#0891b2">฿690</b> <s>฿1,190</s> -42%</p>
 <p>โค้ดส่วนลดร้าน: ลด ฿40 เมื่อช้อปครบ ฿599</p>
 <div class="card"><b>ข้อมูลจำเพาะ</b><br>ความจุ: 20000mAh<br>มอก.: 2879-2560<br>เลขที่ใบอนุญาต: น30516-48/2879</div>
</div><aside class="card shop-box" style="width:220px"><b>VOLTIQ Official Store</b><br>ร้านค้าทางการ · ★4.9<br>สินค้า 86 รายการ</aside></section>
{related([("สายชาร์จ USB-C 1 ม.", 99), ("พาวเวอร์แบงค์ 10000mAh รุ่น VQ-10", 459), ("หัวชาร์จ 20W", 199)], "แนะนำสำหรับคุณ")}
{reviews([("อ***น", "8 พ.ย. 2568", "ชาร์จไว ตัวเครื่องมีสัญลักษณ์ มอก. ครบ"), ("B***", "3 พ.ย. 2568", "ชาร์จ iPhone ได้ 4 รอบ")], "รีวิว")}
</main>{footer("th", "ช้อปเร็ว")}</div>
{_next(props, "/product/[slug]", "voltiq-vq-20pd-771203")}"""
    return doc(lang="th", title="พาวเวอร์แบงค์ VOLTIQ 20000mAh รุ่น VQ-20PD | ช้อปเร็ว", body=body)


@page("x-nx-iron-en", S, "en", title="STEAMRO Steam Iron 2200W SR-2200 ceramic soleplate", brand="STEAMRO", model="SR-2200", price=1290,
      seller="HomeAppliance Hub", tis=["366-2547"], licences=["ท5510-3/366"],
      description="react-query dehydratedState: the recommendations query (itemName, price, brandName) precedes the item query.")
def nx_iron() -> str:
    props = {"dehydratedState": {"mutations": [], "queries": [
        {"queryKey": ["recommendations", "SR-2200"], "state": {"status": "success", "data": {"items": [
            {"itemName": "Ironing board with steam rest", "brandName": "HOMEY", "price": 590},
            {"itemName": "Garment steamer 1500W", "brandName": "FUWAFU", "price": 1490}]}}},
        {"queryKey": ["item", 88120], "state": {"status": "success", "data": {"item": {
            "title": "STEAMRO Steam Iron 2200W SR-2200 ceramic soleplate", "brandName": "STEAMRO", "modelNo": "SR-2200",
            "salePrice": 1290, "listPrice": 1690, "seller": {"sellerName": "HomeAppliance Hub", "city": "Pathum Thani"},
            "certifications": ["TIS 366-2547", "Licence T 5510-3/366"]}}}}]}}
    body = f"""<div id="__next">{market_header("ThaiMart", "en", "#9333ea")}
<main class="wrap">
<section class="card" style="display:flex;gap:24px"><div>{img("STEAMRO SR-2200 blue")}</div><div style="flex:1">
 <h1>STEAMRO Steam Iron 2200W SR-2200 ceramic soleplate</h1>
 <p>Brand: STEAMRO · Model: SR-2200 · 4.6 (412 reviews)</p>
 <p><b style="font-size:28px;color:#9333ea">฿1,290</b> <s>฿1,690</s></p>
 <p>Sold by <a href="#s">HomeAppliance Hub</a> (Pathum Thani) · Free delivery over ฿500</p>
 <ul><li>2200W, vertical steam</li><li>Self-clean, anti-drip</li><li>TIS 366-2547 · Licence T 5510-3/366</li></ul>
</div></section>
{related([("Ironing board with steam rest", 590), ("Garment steamer 1500W", 1490), ("Descaler 250 ml", 129)], "You may also like", unit="en")}
</main>{footer("en", "ThaiMart")}</div>
{_next(props, "/i/[id]", "88120")}"""
    return doc(lang="en", title="STEAMRO Steam Iron 2200W SR-2200 | ThaiMart", body=body)


@page("x-nx-cord-noassign", S, "th", title="ปลั๊กพ่วง PLUGMATE 4 ช่อง 1 USB สาย 5 เมตร รุ่น PM-415", brand="PLUGMATE", model="PM-415", price=399,
      seller="ช่างไฟดอทคอม", tis=["2432-2555"], licences=["ท2290-15/2432"],
      description="__NEXT_DATA__ script only (no hydration, so window.__NEXT_DATA__ is the <script> element); facts in SSR spec lines.")
def nx_cord() -> str:
    props = {"item": {"itemName": "ปลั๊กพ่วง PLUGMATE 4 ช่อง 1 USB สาย 5 เมตร รุ่น PM-415", "brandName": "PLUGMATE", "modelNo": "PM-415",
                      "price": 399, "shopName": "ช่างไฟดอทคอม", "tis": "2432-2555", "licence": "ท 2290-15/2432"}}
    body = f"""<div id="__next">{market_header("บ้านช่างมาร์เก็ต", "th", "#ca8a04")}
<main class="wrap">
<section class="card"><h1>ปลั๊กพ่วง PLUGMATE 4 ช่อง 1 USB สาย 5 เมตร รุ่น PM-415</h1>
<div style="display:flex;gap:24px"><div>{img("PLUGMATE PM-415")}</div><div>
<p style="font-size:26px;color:#ca8a04">฿399</p>
<div>ยี่ห้อ PLUGMATE</div><div>รุ่น PM-415</div><div>สายไฟ VCT 3x0.75 ตร.มม. ยาว 5 เมตร</div>
<div>มาตรฐาน มอก. 2432-2555</div><div>ใบอนุญาต ท 2290-15/2432</div>
<div class="card">ร้านค้า ช่างไฟดอทคอม · ตอบแชทภายใน 5 นาที</div>
</div></div></section>
{related([("ปลั๊กพ่วง 3 ช่อง 3 เมตร รุ่น PM-33", 259), ("ปลั๊กแปลง 3 ขา", 39), ("ล้อเก็บสายไฟ 20 ม.", 690)], "สินค้าในร้านเดียวกัน")}
</main>{footer("th", "บ้านช่างมาร์เก็ต")}</div>
{_next(props, "/p/[slug]", "plugmate-pm-415", hydrate=False)}"""
    return doc(lang="th", title="ปลั๊กพ่วง PLUGMATE รุ่น PM-415 | บ้านช่างมาร์เก็ต", body=body)


@page("x-nx-heater-scaled", S, "mixed", title="เครื่องทำน้ำอุ่น AQUAHEAT 4500W รุ่น AH-45E ระบบตัดไฟ ELCB", brand="AQUAHEAT", model="AH-45E", price=2290,
      seller="Aqua Home Official", tis=["1693-2547"], licences=["น8842-2/1693"],
      description="Hydrated __NEXT_DATA__ whose item.price is an API integer in 1/100000 baht (229000000); the page shows ฿2,290.")
def nx_heater() -> str:
    props = {"initialData": {"item": {"itemid": 2290451, "name": "เครื่องทำน้ำอุ่น AQUAHEAT 4500W รุ่น AH-45E ระบบตัดไฟ ELCB", "brand": "AQUAHEAT",
                                      "price": 229000000, "price_before_discount": 299000000, "currency": "THB",
                                      "attributes": [{"name": "รุ่น", "value": "AH-45E"}, {"name": "มอก.", "value": "1693-2547"}]},
                             "shop": {"shopid": 88012, "name": "Aqua Home Official", "location": "นนทบุรี"}}}
    body = f"""<div id="__next">{market_header("Shopsabuy ช้อปสบาย", "th", "#ef4444")}
<main class="wrap">
<section class="card" style="display:flex;gap:24px"><div>{img("AQUAHEAT AH-45E white")}</div><div style="flex:1">
 <h1>เครื่องทำน้ำอุ่น AQUAHEAT 4500W รุ่น AH-45E ระบบตัดไฟ ELCB</h1>
 <p><s>฿2,990</s> <b style="font-size:28px;color:#ef4444">฿2,290</b> ลด 23%</p>
 <table><tr><th>Brand</th><td>AQUAHEAT</td></tr><tr><th>Model</th><td>AH-45E</td></tr><tr><th>Power</th><td>4500W 220V</td></tr>
 <tr><th>มอก.</th><td>1693-2547</td></tr><tr><th>ใบอนุญาต</th><td>น 8842-2/1693</td></tr></table>
</div></section>
<section class="card seller-card"><b>Aqua Home Official</b> · นนทบุรี · ตอบกลับ 95%</section>
{related([("ฝักบัวสแตนเลส 5 ระดับ", 390), ("เครื่องทำน้ำอุ่น 3500W รุ่น AH-35", 1890), ("เบรกเกอร์กันดูด 32A", 450)], "สินค้าที่คล้ายกัน")}
</main>{footer("th", "Shopsabuy ช้อปสบาย")}</div>
{_next(props, "/product/[shopid]/[itemid]", "88012-2290451")}"""
    return doc(lang="th", title="เครื่องทำน้ำอุ่น AQUAHEAT 4500W รุ่น AH-45E | Shopsabuy", body=body)


@page("x-nx-ricecooker-thdigits", S, "th", title="หม้อหุงข้าวไฟฟ้า KHAOSUAY ๑.๘ ลิตร รุ่น KS-18 เคลือบเทฟล่อน", brand="KHAOSUAY", model="KS-18", price=890,
      seller="ครัวสวยช้อป", tis=["1039-2547"], licences=["ท4401-2/1039"],
      description="Thai digits in the SSR text; hydrated __NEXT_DATA__ lists originalPrice before price and per-variant prices.")
def nx_ricecooker() -> str:
    props = {"product": {"title": "หม้อหุงข้าวไฟฟ้า KHAOSUAY ๑.๘ ลิตร รุ่น KS-18 เคลือบเทฟล่อน", "brand": {"name": "KHAOSUAY"},
                         "originalPrice": 1290, "price": 890,
                         "variants": [{"label": "สีครีม", "price": 890}, {"label": "สีเขียวมินต์", "price": 920}],
                         "shop": {"name": "ครัวสวยช้อป"}}}
    body = f"""<div id="__next">{market_header("ตลาดไทยออนไลน์", "th", "#16a34a")}
<main class="wrap">
<section class="card" style="display:flex;gap:24px"><div>{img("KHAOSUAY KS-18 สีครีม")}</div><div style="flex:1">
 <h1>หม้อหุงข้าวไฟฟ้า KHAOSUAY {th("1.8")} ลิตร รุ่น KS-18 เคลือบเทฟล่อน</h1>
 <p>ราคาปกติ <s>{th("1,290")} บาท</s> ราคาพิเศษ <b style="font-size:26px;color:#16a34a">{th(890)} บาท</b></p>
 <p>ตัวเลือก: สีครีม ({th(890)} บาท) · สีเขียวมินต์ ({th(920)} บาท)</p>
 <p>ยี่ห้อ: KHAOSUAY<br>รุ่น: KS-18<br>กำลังไฟ: {th(700)} วัตต์</p>
 <p>มาตรฐาน มอก. {th("1039-2547")} · ใบอนุญาตเลขที่ ท {th("4401-2/1039")}</p>
 <p class="shop-name">ครัวสวยช้อป</p>
</div></section>
{reviews([("แม่บ้าน***", th("20 ต.ค. 2568"), "หุงข้าวอร่อย ขนาดพอดีครอบครัว 4 คน"), ("n***k", th("15 ต.ค. 2568"), "ส่งเร็ว เลขพัสดุ TH" + th("0412345678"))], "รีวิวจากผู้ซื้อ")}
</main>{footer("th", "ตลาดไทยออนไลน์")}</div>
{_next(props, "/product/[slug]", "khaosuay-ks-18")}"""
    return doc(lang="th", title="หม้อหุงข้าวไฟฟ้า KHAOSUAY รุ่น KS-18 - ตลาดไทยออนไลน์", body=body)


@page("x-nx-microwave-attrs", S, "en", title="MAIKRO Microwave Oven 20L MK-20S with grill", brand="MAIKRO", model="MK-20S", price=2590,
      seller="Gadget Kitchen BKK", tis=["1773-2548"], licences=["น61002-9/1773"],
      description="Hydrated __NEXT_DATA__ with brand/model in an attributes key-value list and the shop under store.storeName.")
def nx_microwave() -> str:
    props = {"pdp": {"displayName": "MAIKRO Microwave Oven 20L MK-20S with grill", "pricing": {"current": 2590, "was": 3290, "currency": "THB"},
                     "attributes": [{"key": "brand", "label": "Brand", "value": "MAIKRO"}, {"key": "model", "label": "Model", "value": "MK-20S"},
                                    {"key": "capacity", "label": "Capacity", "value": "20 L"}],
                     "store": {"storeId": "gk-bkk", "storeName": "Gadget Kitchen BKK"},
                     "compliance": {"tis": "1773-2548", "licenceNo": "N 61002-9/1773"}}}
    body = f"""<div id="__next">{market_header("Lazzi Mall", "en", "#1e3a8a")}
<main class="wrap">
<section class="card" style="display:flex;gap:24px"><div>{img("MAIKRO MK-20S")}</div><div style="flex:1">
 <h1>MAIKRO Microwave Oven 20L MK-20S with grill</h1>
 <div style="font-size:26px;color:#1e3a8a">฿2,590 <s style="font-size:14px;color:#888">฿3,290</s></div>
 <dl><dt>Brand</dt><dd>MAIKRO</dd><dt>Model</dt><dd>MK-20S</dd><dt>Capacity</dt><dd>20 L</dd><dt>Standard</dt><dd>TIS 1773-2548</dd><dt>Licence No.</dt><dd>N 61002-9/1773</dd></dl>
 <p>Store: Gadget Kitchen BKK · Joined 2021 · 96% positive</p>
</div></section>
{related([("Microwave-safe bowl set", 259), ("MAIKRO 25L inverter MK-25i", 3990), ("Oven mitts", 149)], "Customers also viewed", unit="en")}
</main>{footer("en", "Lazzi Mall")}</div>
{_next(props, "/pdp/[sku]", "mk-20s")}"""
    return doc(lang="en", title="MAIKRO Microwave Oven 20L MK-20S with grill | Lazzi Mall", body=body)
