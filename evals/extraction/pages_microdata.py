"""Structure `microdata`: schema.org itemscope/itemprop (nested Offer, Brand, Organization), no JSON-LD. Fictional."""

from __future__ import annotations

from evals.extraction.common import doc, esc, footer, img, market_header, page, related, reviews, th

S = "microdata"
P = "//schema.org/"


def _related_md(items: list[tuple[str, str, int]], heading: str, thai: bool = False) -> str:
    """Related items each in their own Product scope (with brand and price), as many shops mark them up."""
    cells = "".join(
        f'<div class="it" itemscope itemtype="{P}Product">{img(name, 180, 110)}<span itemprop="name">{esc(name)}</span>'
        f'<div>by <span itemprop="brand">{esc(brand)}</span></div>'
        f'<div class="p" itemprop="offers" itemscope itemtype="{P}Offer"><meta itemprop="priceCurrency" content="THB">'
        f'฿<span itemprop="price" content="{price}">{th(f"{price:,}") if thai else f"{price:,}"}</span></div></div>'
        for name, brand, price in items)
    return f'<section class="card"><h3>{esc(heading)}</h3><div class="rel">{cells}</div></section>'


def _review_md(items: list[tuple[str, str, str]]) -> str:
    return "".join(
        f'<div class="rv" itemprop="review" itemscope itemtype="{P}Review"><span class="who" itemprop="author" itemscope itemtype="{P}Person">'
        f'<span itemprop="name">{esc(w)}</span></span> <span class="d">{esc(d)}</span><p itemprop="reviewBody">{esc(t)}</p></div>'
        for w, d, t in items)


@page("x-md-thermopot-th", S, "th", title="กระติกน้ำร้อนไฟฟ้า MIZUHA 2.5 ลิตร รุ่น MZ-T25 ตัดไฟอัตโนมัติ", brand="MIZUHA", model="MZ-T25",
      price=1090, seller="บ้านเครื่องครัวบางแค", tis=["2062-2558"], licences=["ท2231-7/2062"],
      description="Nested Brand/Offer/Organization scopes; related items and reviews have their own scopes.")
def md_thermopot() -> str:
    body = f"""{market_header("ตลาดสะดวก")}
<main class="wrap">
<nav class="crumb">หน้าแรก › เครื่องใช้ไฟฟ้าในครัว › กระติกน้ำร้อน</nav>
<section class="card" itemscope itemtype="{P}Product" style="display:flex;gap:24px;flex-wrap:wrap">
 <div>{img("MIZUHA MZ-T25 สีขาว")}</div>
 <div style="flex:1">
  <h1 itemprop="name">กระติกน้ำร้อนไฟฟ้า MIZUHA 2.5 ลิตร รุ่น MZ-T25 ตัดไฟอัตโนมัติ</h1>
  <div>แบรนด์: <span itemprop="brand" itemscope itemtype="{P}Brand"><span itemprop="name">MIZUHA</span></span> | รุ่น: <span itemprop="model">MZ-T25</span> | ★ 4.8 (512 รีวิว) | ขายแล้ว 1,204 ชิ้น</div>
  <div itemprop="offers" itemscope itemtype="{P}Offer" style="background:#fff7ed;padding:12px;margin:10px 0">
   <meta itemprop="priceCurrency" content="THB"><link itemprop="availability" href="#InStock">
   <span style="font-size:28px;color:#d9480f">฿<span itemprop="price" content="1090">1,090</span></span> <s>฿1,590</s> <span>-31%</span>
   <div class="seller-inline">ขายโดย <span itemprop="seller" itemscope itemtype="{P}Organization"><span itemprop="name">บ้านเครื่องครัวบางแค</span></span></div>
  </div>
  <p>ค่าจัดส่ง ฿35 · ส่งฟรีเมื่อซื้อครบ ฿499 · ส่งจาก เขตบางแค กรุงเทพฯ</p>
  <div itemprop="description"><p>กระติกน้ำร้อนไฟฟ้าความจุ 2.5 ลิตร กำลังไฟ 750W ระบบตัดไฟอัตโนมัติเมื่อน้ำแห้ง</p>
  <p>ผลิตภัณฑ์ได้มาตรฐาน มอก. 2062-2558 ใบอนุญาตเลขที่ ท 2231-7/2062</p></div>
 </div>
 <div class="card" style="width:220px"><b>บ้านเครื่องครัวบางแค</b><br>คะแนนร้าน 4.9/5<br>ตอบแชท 98%<br><a href="#shop">เข้าชมร้าน</a></div>
 <div style="flex-basis:100%"><h3>รีวิวจากผู้ซื้อ</h3>{_review_md([("ส***ดา", "3 ต.ค. 2568", "น้ำเดือดเร็ว มีสติ๊กเกอร์ มอก. ติดที่ตัวเครื่อง"), ("ป***ชัย", "28 ก.ย. 2568", "ส่งไว แพ็คดี ได้ภายใน 2 วัน")])}</div>
</section>
{_related_md([("กาต้มน้ำไฟฟ้า 1.7 ลิตร รุ่น KT-17", "HOMYO", 590), ("แก้วมัค เซรามิก 350 มล.", "CUPPA", 129), ("กระติกน้ำร้อน 3.2 ลิตร", "ATSUI", 1390)], "สินค้าที่คล้ายกัน")}
</main>
{footer("th", "ตลาดสะดวก")}"""
    return doc(lang="th", title="กระติกน้ำร้อนไฟฟ้า MIZUHA 2.5 ลิตร รุ่น MZ-T25 | ตลาดสะดวก", body=body)


@page("x-md-socket-en", S, "en", title="WELLPLUG Duplex Wall Socket 16A with Earth", brand="WELLPLUG", model="WP-216", price=89,
      seller="PowerPoint Electric Supply", tis=["166-2549"], licences=["น1188-20/166"],
      description="English; brand as a plain itemprop text, model only as 'Model WP-216' (no colon); similar items as nested isSimilarTo Product scopes.")
def md_socket() -> str:
    similar = "".join(
        f'<div class="it" itemprop="isSimilarTo" itemscope itemtype="{P}Product">{img(n, 180, 110)}<span itemprop="name">{esc(n)}</span>'
        f'<div>Model <span itemprop="model">{m}</span></div><div class="p" itemprop="offers" itemscope itemtype="{P}Offer">'
        f'<meta itemprop="priceCurrency" content="THB">฿<span itemprop="price" content="{p}">{p}</span></div></div>'
        for n, m, p in [("Single socket 16A, white", "WP-116", 59), ("Triple socket with USB-A", "WP-316U", 249), ("Weatherproof outdoor socket IP55", "WP-55X", 189)])
    body = f"""{market_header("BuyRight Thailand", "en", "#0f766e")}
<main class="wrap">
<nav class="crumb">Home / Electrical / Sockets &amp; switches</nav>
<section class="card" itemscope itemtype="{P}Product">
 <div style="display:flex;gap:24px"><div>{img("WELLPLUG WP-216 front view", 360, 360)}</div>
 <div style="flex:1">
  <h1 itemprop="name">WELLPLUG Duplex Wall Socket 16A with Earth</h1>
  <p>Brand <span itemprop="brand">WELLPLUG</span> · Model <span itemprop="model">WP-216</span> · 4.7 ★ (88 ratings)</p>
  <div itemprop="offers" itemscope itemtype="{P}Offer" style="font-size:26px;color:#b91c1c">
   <meta itemprop="priceCurrency" content="THB">฿<span itemprop="price" content="89.00">89</span>
   <small style="font-size:13px;color:#444;display:block">Sold by <span itemprop="seller" itemscope itemtype="{P}Organization"><span itemprop="name">PowerPoint Electric Supply</span></span> · Ships from Nonthaburi</small>
  </div>
  <ul><li>2 outlets, 16A 250V~, with earth pin</li><li>Flame-retardant PC housing</li><li>Fits standard 2x4 flush box (sold separately, ฿19)</li></ul>
  <p>Certified to TIS 166-2549. Import licence no. N 1188-20/166.</p>
 </div></div>
 <h3>Compare similar items</h3><div class="rel">{similar}</div>
</section>
{reviews([("Tanawat K.", "2 Nov 2025", "Solid click, fits my old box. Order #TH25110233"), ("Mali P.", "19 Oct 2025", "Bought 6, all fine. Delivery 2 days.")], "Customer reviews")}
</main>
{footer("en", "BuyRight Thailand")}"""
    return doc(lang="en", title="WELLPLUG Duplex Wall Socket 16A with Earth - BuyRight Thailand", body=body)


@page("x-md-blocks-crumbs", S, "mixed", title="ตัวต่อเสริมพัฒนาการ BRIKKO City Fire Station 420 ชิ้น (BK-420F)", brand="BRIKKO", model="BK-420F",
      price=649, seller="ToyTown Official ของเล่นทาวน์", tis=["685 เล่ม 1-2562"], licences=["น27711-2/685"],
      description="A BreadcrumbList microdata scope (ListItem names) comes before the Product scope; related toys carry their own TIS numbers.")
def md_blocks() -> str:
    crumbs = "".join(
        f'<span itemprop="itemListElement" itemscope itemtype="{P}ListItem"><a itemprop="item" href="#b{i}"><span itemprop="name">{esc(n)}</span></a>'
        f'<meta itemprop="position" content="{i + 1}"></span> › '
        for i, n in enumerate(["หน้าแรก", "แม่และเด็ก", "ของเล่น", "ตัวต่อ"]))
    body = f"""{market_header("KidMall คิดมอลล์", "th", "#7c3aed")}
<main class="wrap">
<nav class="crumb" itemscope itemtype="{P}BreadcrumbList">{crumbs}</nav>
<section class="card" itemscope itemtype="{P}Product" style="display:flex;gap:22px">
 <div>{img("BRIKKO BK-420F box art", 380, 380)}</div>
 <div style="flex:1">
  <h1 itemprop="name">ตัวต่อเสริมพัฒนาการ BRIKKO City Fire Station 420 ชิ้น (BK-420F)</h1>
  <table>
   <tr><td>Brand / แบรนด์</td><td itemprop="brand" itemscope itemtype="{P}Brand"><span itemprop="name">BRIKKO</span></td></tr>
   <tr><td>Model / รุ่น</td><td itemprop="sku">BK-420F</td></tr>
   <tr><td>อายุที่เหมาะสม</td><td>6 ปีขึ้นไป</td></tr>
   <tr><td>มาตรฐาน</td><td>มอก. 685 เล่ม 1-2562 (ความปลอดภัยของเล่น)</td></tr>
   <tr><td>ใบอนุญาตนำเข้า</td><td>น 27711-2/685</td></tr>
  </table>
  <div itemprop="offers" itemscope itemtype="{P}Offer"><meta itemprop="priceCurrency" content="THB">
   <s>฿990</s> <b style="font-size:26px;color:#7c3aed">฿<span itemprop="price" content="649">649</span></b>
   <p>ร้านค้า: <span itemprop="seller" itemscope itemtype="{P}Organization"><span itemprop="name">ToyTown Official ของเล่นทาวน์</span></span></p>
  </div>
  <p>🎁 ซื้อคู่กับ ฟิกเกอร์นักดับเพลิง 6 ตัว เพิ่มเพียง ฿99</p>
 </div>
</section>
{_related_md([("ตัวต่อ Police HQ 380 ชิ้น มอก. 685 เล่ม 1-2562", "BRIKKO", 590), ("รถบังคับวิทยุ มอก. 685-2540", "ZOOMZ", 790), ("ดินน้ำมัน 12 สี มอก. 1149-2548", "PLAYDOE", 79)], "ของเล่นที่คุณอาจชอบ")}
{reviews([("Nan", "5 พ.ย. 2568", "ลูกชอบมาก ชิ้นส่วนครบ 420 ชิ้นตามกล่อง"), ("คุณแม่น้องภู", "1 พ.ย. 2568", "กล่องมีเครื่องหมาย มอก. ชัดเจน")], "รีวิว")}
</main>
{footer("th", "KidMall คิดมอลล์")}"""
    return doc(lang="th", title="BRIKKO BK-420F City Fire Station | KidMall", body=body)


@page("x-md-fan-thdigits", S, "th", title="พัดลมติดผนัง KAZEMO ๑๘ นิ้ว รุ่น KW-1801 ปรับแรงลม ๓ ระดับ", brand="KAZEMO", model="KW-1801",
      price=1590, seller="ลมเย็นอิเล็กทริก", tis=["934-2558"], licences=["ท7315-6/934"],
      description="Thai digits in the visible text; itemprop price has no content attribute; the shop is a separate Organization scope at the top of the page.")
def md_fan() -> str:
    body = f"""<div itemscope itemtype="{P}Organization" class="card" style="margin:0;border-radius:0;display:flex;gap:16px;align-items:center">
 {img("โลโก้ร้าน", 56, 56)}<div><b itemprop="name" style="font-size:18px">ลมเย็นอิเล็กทริก</b><br>ผู้ติดตาม {th("12,408")} · ตอบกลับภายใน {th(1)} ชม. · โทร <span itemprop="telephone">{th("081-555-0716")}</span></div>
</div>
{market_header("ช้อปดี", "th", "#ea580c")}
<main class="wrap">
<section class="card" itemscope itemtype="{P}Product">
 <h1 itemprop="name">พัดลมติดผนัง KAZEMO {th(18)} นิ้ว รุ่น KW-1801 ปรับแรงลม {th(3)} ระดับ</h1>
 <div style="display:flex;gap:24px"><div>{img("พัดลม KAZEMO KW-1801")}</div><div>
 <p>ยี่ห้อ <span itemprop="brand" itemscope itemtype="{P}Brand"><span itemprop="name">KAZEMO</span></span></p>
 <p>รุ่น <span itemprop="model">KW-1801</span></p>
 <div itemprop="offers" itemscope itemtype="{P}Offer"><meta itemprop="priceCurrency" content="THB">
  ราคา <b style="font-size:26px;color:#ea580c"><span itemprop="price">{th("1,590")}</span> บาท</b> <s>{th("2,190")} บาท</s>
 </div>
 <p>ค่าส่ง {th(49)} บาท · จัดส่งภายใน {th(2)}-{th(4)} วัน</p>
 <p>กำลังไฟ {th(55)} วัตต์ · ใบพัด {th(5)} ใบ · ตั้งเวลาปิด {th(7.5)} ชม.</p>
 <p>ได้รับมาตรฐาน มอก. {th("934-2558")} ใบอนุญาตเลขที่ ท {th("7315-6/934")}</p>
 </div></div>
</section>
{related([("พัดลมตั้งพื้น 16 นิ้ว", 890), ("พัดลมไอเย็น 40 ลิตร", 3290), ("พัดลมกล่อง 14 นิ้ว", 690)], "สินค้าอื่นในร้าน", thai=True)}
{reviews([("ว***ร", th("14 ต.ค. 2568"), "ลมแรงดี เสียงเบา ติดตั้งง่าย"), ("ก***า", th("2 ต.ค. 2568"), f"สั่ง {th(2)} ตัว ได้ครบ")], "รีวิวสินค้า")}
</main>
{footer("th", "ช้อปดี")}"""
    return doc(lang="th", title="พัดลมติดผนัง KAZEMO รุ่น KW-1801 - ช้อปดี", body=body)


@page("x-md-sponsored-first", S, "th", title="ไดร์เป่าผม SOFUWA Ionic 2000W รุ่น SF-2000i พับได้", brand="SOFUWA", model="SF-2000i", price=790,
      seller="บิวตี้มาร์ท ออนไลน์", tis=["60335 เล่ม 2(23)-2564"], licences=["น40122-1/60335"],
      description="A sponsored product (its own Product scope with name, brand and price) sits above the listing's Product scope.")
def md_sponsored() -> str:
    body = f"""{market_header("ช้อปปิ้งทาวน์", "th", "#db2777")}
<div class="wrap"><div class="card" itemscope itemtype="{P}Product" style="display:flex;gap:12px;align-items:center;background:#fdf2f8">
 <small style="background:#db2777;color:#fff;padding:1px 6px">สปอนเซอร์</small>{img("HAIRO HR-22", 80, 80)}
 <span itemprop="name">เครื่องหนีบผม HAIRO รุ่น HR-22 ร้อนเร็ว 30 วินาที</span> · <span itemprop="brand" itemscope itemtype="{P}Brand"><span itemprop="name">HAIRO</span></span>
 <span itemprop="offers" itemscope itemtype="{P}Offer"><meta itemprop="priceCurrency" content="THB">เพียง <span itemprop="price" content="390">390</span> บาท</span>
</div></div>
<main class="wrap">
<section class="card" itemscope itemtype="{P}Product">
 <h1 itemprop="name">ไดร์เป่าผม SOFUWA Ionic 2000W รุ่น SF-2000i พับได้</h1>
 <div style="display:flex;gap:22px"><div>{img("SOFUWA SF-2000i", 360, 360)}</div><div>
 <p>แบรนด์: <a href="#b" itemprop="brand" itemscope itemtype="{P}Brand"><span itemprop="name">SOFUWA</span></a></p>
 <p>รุ่น: <span itemprop="model">SF-2000i</span></p>
 <div itemprop="offers" itemscope itemtype="{P}Offer"><meta itemprop="priceCurrency" content="THB">
  <b style="font-size:26px;color:#db2777">฿<span itemprop="price" content="790">790</span></b> <s>฿1,290</s>
  <div>ผู้ขาย: <span itemprop="seller" itemscope itemtype="{P}Organization"><span itemprop="name">บิวตี้มาร์ท ออนไลน์</span></span></div>
 </div>
 <p>ลมร้อน/เย็น 3 ระดับ · ไอออนลบลดผมชี้ฟู · หัวเป่าเสริม 2 แบบ</p>
 <p>มอก. 60335 เล่ม 2(23)-2564 · ใบอนุญาต น 40122-1/60335</p>
 </div></div>
</section>
{related([("หวีไฟฟ้าผมตรง", 459), ("ไดร์ 1200W พกพา", 290), ("สเปรย์กันความร้อน", 189), ("ที่ม้วนผมอัตโนมัติ", 890)], "ลูกค้าที่ดูสินค้านี้ยังดู")}
</main>
{footer("th", "ช้อปปิ้งทาวน์")}"""
    return doc(lang="th", title="ไดร์เป่าผม SOFUWA Ionic 2000W รุ่น SF-2000i | ช้อปปิ้งทาวน์", body=body)


@page("x-md-meta-name-en", S, "en", title="FLAMMO Refillable Gas Lighter, pack of 5", brand="FLAMMO", model="FL-50", price=120,
      seller="Siam Home Supply", tis=["879-2553"], licences=[],
      description="Name, brand and mpn given as <meta itemprop> content; the visible h1 matches; a related item names another standard.")
def md_lighter() -> str:
    body = f"""{market_header("DailyCart", "en", "#334155")}
<main class="wrap">
<nav class="crumb">Home › Kitchen › Lighters</nav>
<section class="card" itemscope itemtype="{P}Product">
 <meta itemprop="name" content="FLAMMO Refillable Gas Lighter, pack of 5">
 <meta itemprop="mpn" content="FL-50">
 <span itemprop="brand" itemscope itemtype="{P}Brand"><meta itemprop="name" content="FLAMMO"></span>
 <div style="display:flex;gap:22px"><div>{img("FLAMMO lighters, 5 colours", 340, 340)}</div><div>
 <h1>FLAMMO Refillable Gas Lighter, pack of 5</h1>
 <p style="color:#555">Brand: FLAMMO &nbsp;|&nbsp; Item FL-50 &nbsp;|&nbsp; 2,031 sold</p>
 <p itemprop="offers" itemscope itemtype="{P}Offer"><meta itemprop="priceCurrency" content="THB"><meta itemprop="price" content="120">
  <span style="font-size:26px">THB 120</span> <small>(฿24 / piece)</small></p>
 <p>Sold by: Siam Home Supply · 98% positive</p>
 <p>Child-resistant wheel. Meets TIS 879-2553.</p>
 </div></div>
</section>
{related([("Safety matches, 10 boxes (TIS 53-2548)", 35), ("Butane refill can 375 ml", 65), ("Long BBQ lighter", 89)], "Frequently bought together")}
{reviews([("Pim", "11 Nov 2025", "Good value, 5 colours as pictured"), ("Ken", "30 Oct 2025", "Arrived in 3 days, order 88120034")], "Reviews")}
</main>
{footer("en", "DailyCart")}"""
    return doc(lang="en", title="FLAMMO Refillable Gas Lighter, pack of 5 | DailyCart", body=body)
