"""Structure `rdfa`: schema.org in RDFa Lite (vocab/typeof/property), no JSON-LD or microdata. Fictional demo data."""

from __future__ import annotations

from evals.extraction.common import doc, esc, footer, img, market_header, page, related, reviews, th

S = "rdfa"
V = "//schema.org/"
CSS = "table.sp{border-collapse:collapse}table.sp th,table.sp td{border:1px solid #e5e7eb;padding:6px 10px;text-align:left}.side{width:240px}"


def _offer(price: int, shown: str, seller: str, seller_prefix: str) -> str:
    return (f'<div property="offers" typeof="Offer"><meta property="priceCurrency" content="THB">'
            f'<span property="price" content="{price}" style="font-size:26px;color:#c2410c">{esc(shown)}</span>'
            f'<div property="seller" typeof="Organization">{esc(seller_prefix)} <span property="name">{esc(seller)}</span></div></div>')


@page("x-rd-pot-th", S, "th", title="หม้อก๋วยเตี๋ยวสแตนเลส CHEFMAX 40 ซม. 3 ช่อง รุ่น CM-40", brand="CHEFMAX", model="CM-40", price=1590,
      seller="เชฟแม็กซ์ เครื่องครัว", tis=["2440-2552"], licences=["ท4512-1/2440"],
      description="RDFa Product with nested Brand, Offer and seller Organization, plus a th/td spec table.")
def rd_pot() -> str:
    body = f"""{market_header("ตลาดครัวไทย", "th", "#c2410c")}
<main class="wrap"><section class="card" vocab="{V}" typeof="Product" style="display:flex;gap:22px">{img("CHEFMAX CM-40")}<div style="flex:1">
<h1 property="name">หม้อก๋วยเตี๋ยวสแตนเลส CHEFMAX 40 ซม. 3 ช่อง รุ่น CM-40</h1>
<div property="brand" typeof="Brand">แบรนด์ <span property="name">CHEFMAX</span></div>
{_offer(1590, "฿1,590", "เชฟแม็กซ์ เครื่องครัว", "ขายโดย")}
<table class="sp"><tr><th>ยี่ห้อ</th><td>CHEFMAX</td></tr><tr><th>รุ่น</th><td property="model">CM-40</td></tr><tr><th>วัสดุ</th><td>สแตนเลส 304 หนา 0.8 มม.</td></tr>
<tr><th>มาตรฐาน</th><td>มอก. 2440-2552</td></tr><tr><th>ใบอนุญาต</th><td>ท 4512-1/2440</td></tr></table></div></section>
{related([("ตะกร้าลวกเส้น 6 นิ้ว", 89), ("หม้อก๋วยเตี๋ยว 34 ซม. 2 ช่อง", 1190), ("ทัพพีสแตนเลส", 59)], "สินค้าที่เกี่ยวข้อง")}
</main>{footer("th", "ตลาดครัวไทย")}"""
    return doc(lang="th", title="หม้อก๋วยเตี๋ยว CHEFMAX CM-40 | ตลาดครัวไทย", body=body, css=CSS)


@page("x-rd-tube-en-by", S, "en", title="GLOWLY LED T8 Tube 18W 120 cm", brand="GLOWLY", model="GT8-18", price=99,
      seller="LightHouse Supply", tis=["2779-2562"], licences=["น33105-9/2779"],
      description="English RDFa; brand only as 'by GLOWLY' under the title; model as 'Part number: GT8-18' (property mpn).")
def rd_tube() -> str:
    body = f"""{market_header("BrightBuy", "en", "#a16207")}
<main class="wrap"><section class="card" vocab="{V}" typeof="Product" style="display:flex;gap:22px">{img("GLOWLY GT8-18")}<div style="flex:1">
<h1 property="name">GLOWLY LED T8 Tube 18W 120 cm</h1>
<div>by <a href="#brand" property="brand" typeof="Brand"><span property="name">GLOWLY</span></a> · 4.5 ★ (203)</div>
<p>Part number: <span property="mpn">GT8-18</span></p>
{_offer(99, "฿99", "LightHouse Supply", "Sold and shipped by")}
<p>Pack of 10: ฿890 · Pack of 25: ฿2,100</p>
<p>TIS 2779-2562 · TISI licence N 33105-9/2779</p></div></section>
{reviews([("Somchai", "3 Nov 2025", "Bright and even light, replaced 12 old tubes"), ("K. Lee", "28 Oct 2025", "Ballast bypass needed, easy")], "Reviews")}
</main>{footer("en", "BrightBuy")}"""
    return doc(lang="en", title="GLOWLY LED T8 Tube 18W 120 cm - BrightBuy", body=body, css=CSS)


@page("x-rd-cement-related-first", S, "th", title="ปูนซีเมนต์ปอร์ตแลนด์ ประเภท 1 ตราเสือเหลือง 50 กก.", brand="เสือเหลือง", model=None, price=145,
      seller="วัสดุก่อสร้างศรีสมบูรณ์", tis=["15-2562"], licences=["ท1015-3/15"],
      description="A sidebar of related RDFa Products (with prices) comes before the main Product in the DOM; brand as 'ตราสินค้า'.")
def rd_cement() -> str:
    side = "".join(
        f'<div vocab="{V}" typeof="Product" class="card"><span property="name">{esc(n)}</span><div property="offers" typeof="Offer">'
        f'<span property="price" content="{p}">฿{p}</span><meta property="priceCurrency" content="THB"></div></div>'
        for n, p in [("ปูนซีเมนต์ผสม ตราช้างน้อย 50 กก.", 139), ("ปูนฉาบสำเร็จรูป 40 กก.", 119), ("ทรายหยาบ 1 คิว", 650)])
    body = f"""{market_header("วัสดุดีมาร์เก็ต", "th", "#57534e")}
<main class="wrap" style="display:flex;gap:14px"><aside class="side"><h3>สินค้าแนะนำ</h3>{side}</aside>
<section class="card" vocab="{V}" typeof="Product" style="flex:1">
<h1 property="name">ปูนซีเมนต์ปอร์ตแลนด์ ประเภท 1 ตราเสือเหลือง 50 กก.</h1>
<p property="brand" typeof="Brand">ตราสินค้า: <span property="name">เสือเหลือง</span></p>
{_offer(145, "145 บาท/ถุง", "วัสดุก่อสร้างศรีสมบูรณ์", "ผู้ขาย:")}
<p>สั่ง 100 ถุงขึ้นไป ถุงละ 138 บาท · ค่าขนส่งคิดตามระยะทาง</p>
<p>มาตรฐาน มอก. 15-2562 · ใบอนุญาต ท 1015-3/15</p></section></main>
{footer("th", "วัสดุดีมาร์เก็ต")}"""
    return doc(lang="th", title="ปูนซีเมนต์ ตราเสือเหลือง 50 กก. | วัสดุดีมาร์เก็ต", body=body, css=CSS)


@page("x-rd-gloves-thdigits", S, "th", title="ถุงมือยางตรวจโรค MEDIGLOVE ไซส์ M กล่อง ๑๐๐ ชิ้น", brand="MEDIGLOVE", model=None, price=159,
      seller="เมดิซัพพลาย", tis=["1056 เล่ม 1-2556"], licences=["น8821-3/1056"],
      description="Thai digits throughout the visible text (RDFa content attributes in ASCII); a medical-device import licence number as a decoy.")
def rd_gloves() -> str:
    body = f"""{market_header("เฮลท์ช้อป", "th", "#0891b2")}
<main class="wrap"><section class="card" vocab="{V}" typeof="Product" style="display:flex;gap:22px">{img("MEDIGLOVE กล่อง ๑๐๐ ชิ้น")}<div style="flex:1">
<h1 property="name">ถุงมือยางตรวจโรค MEDIGLOVE ไซส์ M กล่อง {th(100)} ชิ้น</h1>
<p property="brand" typeof="Brand">ยี่ห้อ <span property="name">MEDIGLOVE</span></p>
{_offer(159, th(159) + " บาท", "เมดิซัพพลาย", "ผู้ขาย")}
<p>ซื้อ {th(10)} กล่อง ราคากล่องละ {th(149)} บาท</p>
<p>ผลิตภัณฑ์ได้มาตรฐาน มอก. {th("1056 เล่ม 1-2556")} ใบอนุญาตเลขที่ น {th("8821-3/1056")}</p>
<p>ใบอนุญาตนำเข้าเครื่องมือแพทย์ เลขที่ {th("65-1-2-2-0001234")}</p></div></section>
</main>{footer("th", "เฮลท์ช้อป")}"""
    return doc(lang="th", title="ถุงมือยาง MEDIGLOVE ไซส์ M | เฮลท์ช้อป", body=body, css=CSS)


@page("x-rd-shower-shoplist", S, "th", title="ฝักบัวอาบน้ำ RAINNI 5 ระดับ รุ่น RN-5S", brand="RAINNI", model="RN-5S", price=390,
      seller="RAINNI Bathroom", tis=["2066-2552"], licences=[],
      description="A 'recommended shops' box (lines 'ร้านค้า: ...') precedes the listing; the real seller is in the RDFa Offer ('ขายโดย').")
def rd_shower() -> str:
    shops = "".join(f"<div>ร้านค้า: {esc(n)} · ★{r}</div>" for n, r in [("บ้านน้ำดี", "4.8"), ("ห้องน้ำสวย by Jib", "4.9")])
    body = f"""{market_header("HomeDee", "th", "#2563eb")}
<main class="wrap" style="display:flex;gap:14px"><aside class="side card"><h3>ร้านค้าแนะนำ</h3>{shops}</aside>
<section class="card" vocab="{V}" typeof="Product" style="flex:1">
<h1 property="name">ฝักบัวอาบน้ำ RAINNI 5 ระดับ รุ่น RN-5S</h1>
<p property="brand" typeof="Brand">แบรนด์: <span property="name">RAINNI</span></p><p>รุ่น: <span property="model">RN-5S</span></p>
{_offer(390, "฿390", "RAINNI Bathroom", "ขายโดย")}
<p>ผ่านการทดสอบตาม มอก. 2066-2552 · สายยาว 1.5 ม.</p></section></main>
{footer("th", "HomeDee")}"""
    return doc(lang="th", title="ฝักบัว RAINNI RN-5S | HomeDee", body=body, css=CSS)


@page("x-rd-pipe-en", S, "mixed", title='PIPPRO PVC Water Pipe 1/2" Class 13.5, 4 m', brand="PIPPRO", model=None, price=89,
      seller="BuildMart Online", tis=["17-2561"], licences=["ท2017-6/17"],
      description="English/Thai RDFa page with size and pressure-class numbers (1/2, 13.5) near the licence; no model.")
def rd_pipe() -> str:
    body = f"""{market_header("BuildMart Online", "en", "#15803d")}
<main class="wrap"><section class="card" vocab="{V}" typeof="Product" style="display:flex;gap:22px">{img("PIPPRO PVC pipe")}<div style="flex:1">
<h1 property="name">PIPPRO PVC Water Pipe 1/2" Class 13.5, 4 m</h1>
<p property="brand" typeof="Brand">Brand: <span property="name">PIPPRO</span></p>
{_offer(89, "฿89", "BuildMart Online", "Seller:")}
<p>Size 1/2" (18 mm) · ชั้นคุณภาพ 13.5 · ยาว 4 เมตร · ท่อสีฟ้า</p>
<p>Standard / มาตรฐาน: มอก. 17-2561 · Licence / ใบอนุญาต: ท 2017-6/17</p></div></section>
{related([('PVC elbow 1/2" (10 pcs)', 45), ('PVC pipe 3/4" 4 m', 119), ("PVC cement 100 g", 39)], "Fittings", unit="en")}
</main>{footer("en", "BuildMart Online")}"""
    return doc(lang="en", title="PIPPRO PVC Water Pipe 1/2 inch | BuildMart Online", body=body, css=CSS)
