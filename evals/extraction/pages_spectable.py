"""Structure `spec-table`: spec-heavy trade pages (th/td tables, dl/dt/dd, 'key : value' lists), no structured data. Fictional."""

from __future__ import annotations

from evals.extraction.common import doc, esc, footer, img, market_header, page, related, reviews

S = "spec-table"
CSS = "table.sp{border-collapse:collapse;width:100%}table.sp th,table.sp td{border:1px solid #e5e7eb;padding:6px 10px;text-align:left;vertical-align:top}table.sp th{background:#f9fafb;width:230px;font-weight:500}"


def _table(rows: list[tuple[str, str]], header: tuple[str, str] | None = None, th_cells: bool = True) -> str:
    head = f"<tr><th>{esc(header[0])}</th><th>{esc(header[1])}</th></tr>" if header else ""
    cell = "th" if th_cells else "td"
    return '<table class="sp">' + head + "".join(f"<tr><{cell}>{esc(k)}</{cell}><td>{esc(v)}</td></tr>" for k, v in rows) + "</table>"


@page("x-tb-aircon-compare", S, "th", title="แอร์ติดผนัง COOLNA Inverter 12000 BTU รุ่น CN-12IV", brand="COOLNA", model="CN-12IV", price=12900,
      seller="แอร์ดีเซอร์วิส", tis=["1529-2561", "2134-2553"], licences=["ท7720-1/1529", "ท7720-2/2134"],
      description="Spec table, then a model-comparison table listing sibling models and prices; two standards and two licences.")
def tb_aircon() -> str:
    compare = ('<table class="sp"><tr><th>รุ่น</th><td>CN-09IV</td><td>CN-12IV</td><td>CN-18IV</td></tr>'
               '<tr><th>ขนาด</th><td>9000 BTU</td><td>12000 BTU</td><td>18000 BTU</td></tr>'
               '<tr><th>ราคา</th><td>฿10,900</td><td>฿12,900</td><td>฿16,900</td></tr></table>')
    body = f"""{market_header("แอร์มาร์ท", "th", "#0369a1")}
<main class="wrap"><section class="card" style="display:flex;gap:22px"><div>{img("COOLNA CN-12IV")}</div><div style="flex:1">
<h1>แอร์ติดผนัง COOLNA Inverter 12000 BTU รุ่น CN-12IV</h1>
<p><b style="font-size:28px;color:#0369a1">฿12,900</b> <s>฿15,500</s> · ค่าติดตั้งมาตรฐาน ฿2,500 (ไม่รวมในราคา)</p>
<p>ร้านค้า: แอร์ดีเซอร์วิส · ตัวแทนจำหน่าย COOLNA ภาคตะวันออก</p></div></section>
<section class="card"><h2>ข้อมูลจำเพาะ</h2>{_table([("ยี่ห้อ", "COOLNA"), ("รุ่น", "CN-12IV"), ("ขนาดทำความเย็น", "12000 BTU/ชม."), ("ค่า SEER", "20.5"), ("น้ำยา", "R32"),
    ("มาตรฐานความปลอดภัย", "มอก. 1529-2561"), ("มาตรฐานประสิทธิภาพพลังงาน", "มอก. 2134-2553"), ("ใบอนุญาต (ความปลอดภัย)", "ท 7720-1/1529"), ("ใบอนุญาต (พลังงาน)", "ท 7720-2/2134")])}</section>
<section class="card"><h2>เปรียบเทียบรุ่นในซีรีส์เดียวกัน</h2>{compare}</section>
{reviews([("ช***ย", "1 พ.ย. 2568", "ช่างมาติดตั้งตรงเวลา เย็นเร็ว"), ("ม***ณ", "22 ต.ค. 2568", "ค่าไฟลดลงเดือนละ 300 บาท")], "รีวิว")}
</main>{footer("th", "แอร์มาร์ท")}"""
    return doc(lang="th", title="แอร์ COOLNA รุ่น CN-12IV | แอร์มาร์ท", body=body, css=CSS)


@page("x-tb-washer-dl-en", S, "en", title="AQUABLAZ High Pressure Washer 1800W AB-18", brand="AQUABLAZ", model="AB-18", price=1890,
      seller="ToolMart Thailand", tis=["60335 เล่ม 2(79)-2563"], licences=["น51234-1/60335"],
      description="dl/dt/dd spec list with 'Brand Name' / 'Model Number' labels; standard written 'TIS 60335 Part 2(79)-2563'.")
def tb_pressure() -> str:
    dl = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in [
        ("Brand Name", "AQUABLAZ"), ("Model Number", "AB-18"), ("Power", "1800W"), ("Max pressure", "140 bar"), ("Flow", "6.5 L/min"),
        ("Hose", "8 m"), ("Standard", "TIS 60335 Part 2(79)-2563"), ("License No.", "N 51234-1/60335"), ("Warranty", "1 year")])
    body = f"""{market_header("ToolPlace", "en", "#65a30d")}
<main class="wrap"><section class="card" style="display:flex;gap:22px"><div>{img("AQUABLAZ AB-18")}</div><div style="flex:1">
<h1>AQUABLAZ High Pressure Washer 1800W AB-18</h1>
<div style="font-size:26px;color:#65a30d">฿1,890</div><p>Free 5 m extension hose (worth ฿350) with every order this week</p>
<p>Store: ToolMart Thailand · 4.8 ★ · 12,400 followers</p></div></section>
<section class="card"><h2>Specifications</h2><dl style="display:grid;grid-template-columns:200px 1fr">{dl}</dl></section>
{related([("Patio cleaner attachment", 490), ("Foam lance 1 L", 390), ("AQUABLAZ AB-22 2200W", 2690)], "Accessories & upgrades", unit="en")}
</main>{footer("en", "ToolPlace")}"""
    return doc(lang="en", title="AQUABLAZ AB-18 High Pressure Washer | ToolPlace", body=body, css=CSS)


@page("x-tb-detergent-kvlist", S, "th", title="ผงซักฟอก SAKSAI สูตรมาตรฐาน ขนาด 2,700 กรัม", brand="SAKSAI", model=None, price=189,
      seller="ร้านสะอาดดี", tis=["78-2549"], licences=["ท3012-4/78"],
      description="'key : value' list items; no model; a hazardous-substance registration number (วอส.) as a decoy next to the TIS licence.")
def tb_detergent() -> str:
    items = "".join(f"<li><b>{esc(k)}</b> : {esc(v)}</li>" for k, v in [
        ("ยี่ห้อ", "SAKSAI"), ("ประเภท", "ผงซักฟอกสูตรมาตรฐาน"), ("ขนาด", "2,700 กรัม"), ("กลิ่น", "ซากุระ"),
        ("มาตรฐาน", "มอก. 78-2549"), ("ใบอนุญาตเลขที่", "ท 3012-4/78"), ("ทะเบียนวัตถุอันตราย", "วอส. 1234/2560"), ("ผลิตโดย", "บริษัท สะอาดใส อุตสาหกรรม จำกัด")])
    body = f"""{market_header("ตลาดของใช้", "th", "#2563eb")}
<main class="wrap"><section class="card" style="display:flex;gap:22px"><div>{img("SAKSAI 2700g")}</div><div style="flex:1">
<h1>ผงซักฟอก SAKSAI สูตรมาตรฐาน ขนาด 2,700 กรัม</h1>
<p><b style="font-size:26px;color:#2563eb">189 บาท</b> (70 บาท/กก.) · ซื้อ 3 ถุง 540 บาท</p>
<ul>{items}</ul>
<p>ร้านค้า : ร้านสะอาดดี (ขายส่ง-ปลีก)</p></div></section>
{related([("น้ำยาปรับผ้านุ่ม 1,800 มล.", 99), ("ผงซักฟอก SAKSAI 900 กรัม", 69), ("น้ำยาซักผ้าสูตรเข้มข้น", 159)], "สินค้าขายดี")}
</main>{footer("th", "ตลาดของใช้")}"""
    return doc(lang="th", title="ผงซักฟอก SAKSAI 2,700 กรัม | ตลาดของใช้", body=body, css=CSS)


@page("x-tb-fridge-banner", S, "th", title="ตู้เย็น 2 ประตู FROSTIQ 7.4 คิว รุ่น FR-74T", brand="FROSTIQ", model="FR-74T", price=7990,
      seller="ศูนย์เครื่องใช้ไฟฟ้าโคราช", tis=["2214-2561"], licences=["ท6620-3/2214"],
      description="Promo banner with baht amounts above the price; table with a header row; seller table and shipping-rate table.")
def tb_fridge() -> str:
    body = f"""<div style="background:#fde047;padding:8px;text-align:center">🔥 ช้อปครบ ฿500 ส่งฟรี · ผ่อน 0% 10 เดือน · รับเงินคืน ฿300 🔥</div>
{market_header("โคราชอิเล็กทรอนิกส์", "th", "#4338ca")}
<main class="wrap"><section class="card" style="display:flex;gap:22px"><div>{img("FROSTIQ FR-74T สีเงิน")}</div><div style="flex:1">
<h1>ตู้เย็น 2 ประตู FROSTIQ 7.4 คิว รุ่น FR-74T</h1>
<p><b style="font-size:28px;color:#4338ca">฿7,990</b> <s>฿9,490</s> · ฉลากประหยัดไฟเบอร์ 5 (1 ดาว)</p>
{_table([("ชื่อร้าน", "ศูนย์เครื่องใช้ไฟฟ้าโคราช"), ("คะแนน", "4.8 / 5"), ("ที่ตั้ง", "อ.เมือง จ.นครราชสีมา")], th_cells=False)}
</div></section>
<section class="card"><h2>รายละเอียดสินค้า</h2>{_table([("ยี่ห้อ", "FROSTIQ"), ("รุ่น", "FR-74T"), ("ความจุ", "7.4 คิว (210 ลิตร)"), ("ระบบ", "No Frost"),
    ("มาตรฐาน", "มอก. 2214-2561"), ("เลขที่ใบอนุญาต", "ท 6620-3/2214")], header=("คุณสมบัติ", "รายละเอียด"))}</section>
<section class="card"><h2>ค่าจัดส่ง</h2>{_table([("นครราชสีมา", "฿0"), ("ภาคอีสาน", "฿390"), ("กรุงเทพฯ และปริมณฑล", "฿590")], header=("พื้นที่", "ค่าส่ง"), th_cells=False)}</section>
</main>{footer("th", "โคราชอิเล็กทรอนิกส์")}"""
    return doc(lang="th", title="ตู้เย็น FROSTIQ รุ่น FR-74T | โคราชอิเล็กทรอนิกส์", body=body, css=CSS)


@page("x-tb-washing-combined", S, "mixed", title="เครื่องซักผ้าฝาบน WASHU 10 กก. รุ่น WU-10TL", brand="WASHU", model="WU-10TL", price=6490,
      seller="WASHU Official Store", tis=["1463-2556"], licences=["ท5801-1/1463"],
      description="Bilingual combined row labels ('ยี่ห้อ/แบรนด์', 'รุ่น/Model'); a compatible-stand row names another model.")
def tb_washing() -> str:
    body = f"""{market_header("ThaiHome Mall", "th", "#0e7490")}
<main class="wrap"><section class="card" style="display:flex;gap:22px"><div>{img("WASHU WU-10TL")}</div><div style="flex:1">
<h1>เครื่องซักผ้าฝาบน WASHU 10 กก. รุ่น WU-10TL</h1>
<p><b style="font-size:28px;color:#0e7490">฿6,490</b> · รับประกันมอเตอร์ 10 ปี</p>
<p class="seller">WASHU Official Store <small>ร้านค้าทางการ</small></p></div></section>
<section class="card"><h2>Specifications / ข้อมูลจำเพาะ</h2>{_table([("ยี่ห้อ/แบรนด์", "WASHU"), ("รุ่น/Model", "WU-10TL"), ("ความจุ/Capacity", "10 kg"),
    ("ขาตั้งที่ใช้ร่วมกันได้ / Compatible stand", "WS-200 (แยกจำหน่าย ฿590)"), ("มาตรฐาน/Standard", "มอก. 1463-2556"), ("ใบอนุญาต/Licence", "ท 5801-1/1463")])}</section>
{related([("ขาตั้งเครื่องซักผ้า WS-200", 590), ("ผ้าคลุมเครื่องซักผ้า", 159)], "ซื้อคู่กัน")}
</main>{footer("th", "ThaiHome Mall")}"""
    return doc(lang="th", title="WASHU WU-10TL | ThaiHome Mall", body=body, css=CSS)


@page("x-tb-switch-en", S, "en", title="LUMO Light Switch 1-way 16AX LS-1W (pack of 10)", brand="LUMO", model="LS-1W", price=450,
      seller="Electric World Co.", tis=["824-2551"], licences=["ท4410-2/824"],
      description="English spec table including a 'Seller' row; licence with Latin type letter 'T'; bulk-pricing table after the price.")
def tb_switch() -> str:
    bulk = _table([("10 packs", "THB 4,200"), ("50 packs", "THB 19,500")], header=("Quantity", "Price"), th_cells=False)
    body = f"""{market_header("B2B Electric", "en", "#475569")}
<main class="wrap"><section class="card" style="display:flex;gap:22px"><div>{img("LUMO LS-1W")}</div><div style="flex:1">
<h1>LUMO Light Switch 1-way 16AX LS-1W (pack of 10)</h1>
<p style="font-size:24px">THB 450 <small>/ pack of 10</small></p>
<h3>Bulk pricing</h3>{bulk}</div></section>
<section class="card"><h2>Product details</h2>{_table([("Brand", "LUMO"), ("Model", "LS-1W"), ("Rating", "16AX 250V~"), ("Colour", "White"),
    ("TIS standard", "TIS 824-2551"), ("TISI licence no.", "T 4410-2/824"), ("Seller", "Electric World Co."), ("Ships from", "Samut Prakan")])}</section>
{related([("LUMO 2-way switch LS-2W", 520), ("Blank plate 3-gang", 35)], "Related products", unit="en")}
</main>{footer("en", "B2B Electric")}"""
    return doc(lang="en", title="LUMO LS-1W switch, pack of 10 | B2B Electric", body=body, css=CSS)
