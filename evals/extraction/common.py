"""Shared HTML pieces for the fictional extraction test set (evals/extraction).

Everything these helpers write is FICTIONAL DEMO DATA: shops, brands, people, phone numbers and
licence numbers were made up for testing; any resemblance to a real one is accidental.
"""

from __future__ import annotations

import html
import json
from typing import Any, Callable

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
# A 1x1 GIF: pictures are grey boxes sized by CSS, so no page fetches anything or names a URL.
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw=="

FICTION_COMMENT = (
    "<!-- FICTIONAL DEMO DATA written by the Sodsong project for the extraction test set (evals/extraction). "
    "Not a real listing: no real seller, brand, company, person or licence is shown; any resemblance is accidental. "
    "ข้อมูลสมมติเพื่อการทดสอบเท่านั้น -->"
)

BASE_CSS = """
*{box-sizing:border-box}body{margin:0;font-family:"Sarabun","Noto Sans Thai","Leelawadee UI",Tahoma,sans-serif;background:#f4f5f7;color:#222;font-size:14px}
a{color:#0a58ca;text-decoration:none}img{display:block;background:#d9dde3;object-fit:cover}
.wrap{max-width:1180px;margin:0 auto;padding:0 14px}.card{background:#fff;border-radius:6px;padding:16px;margin:12px 0;border:1px solid #e5e7eb}
.mk-head{background:#1d4ed8;color:#fff;display:flex;gap:18px;align-items:center;padding:12px 24px}.mk-logo{font-size:22px;font-weight:700}
.mk-head input{flex:1;padding:8px;border:0;border-radius:4px}.mk-nav{background:#fff;padding:6px 24px;font-size:13px;border-bottom:1px solid #e5e7eb}.mk-nav a{margin-right:14px;color:#333}
.crumb{font-size:13px;color:#666;padding:10px 0}.rel{display:grid;grid-template-columns:repeat(5,1fr);gap:10px}.rel .it{border:1px solid #eee;border-radius:4px;padding:6px;font-size:12px}
.rel .it img{width:100%;height:110px}.rel .p{color:#d9480f;font-weight:600}.rv{border-top:1px solid #eee;padding:10px 0}.rv .who{font-weight:600}.rv .d{color:#888;font-size:12px}
footer{background:#111827;color:#9ca3af;padding:20px 24px;margin-top:20px;font-size:12px;display:grid;grid-template-columns:repeat(3,1fr);gap:12px}footer b{color:#fff;display:block}
"""


def esc(text: Any) -> str:
    return html.escape(str(text), quote=True)


def th(text: Any) -> str:
    """Arabic digits to Thai digits (for pages written with ๐-๙)."""
    return "".join(THAI_DIGITS[int(c)] if c.isdigit() and c.isascii() else c for c in str(text))


def baht(amount: int, thai: bool = False) -> str:
    text = f"฿{amount:,}"
    return th(text) if thai else text


def img(alt: str = "", w: int = 400, h: int = 400, extra: str = "") -> str:
    return f'<img src="{GIF}" alt="{esc(alt)}" width="{w}" height="{h}" style="width:{w}px;height:{h}px"{extra}>'


def attr_json(value: Any) -> str:
    """JSON for an HTML attribute value (double-quoted, escaped)."""
    return esc(json.dumps(value, ensure_ascii=False))


def script_json(value: Any) -> str:
    """JSON for an inline <script type=application/json> (no '</' inside)."""
    return json.dumps(value, ensure_ascii=False, indent=1).replace("</", "<\\/")


def doc(*, lang: str, title: str, body: str, head: str = "", css: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="sodsong-demo" content="fictional demo data">
{FICTION_COMMENT}
<title>{esc(title)}</title>
{head}
<style>{BASE_CSS}{css}</style>
</head>
<body>
{body}
</body>
</html>
"""


def market_header(name: str, lang: str = "th", colour: str = "#1d4ed8", cart: int = 2) -> str:
    if lang == "en":
        nav = ["All categories", "Flash sale", "Home appliances", "Mobile & gadgets", "Mother & baby", "Coupons"]
        search, cart_label, help_ = "Search products and shops", f"Cart ({cart})", "Help centre · Call 02-555-0142"
    else:
        nav = ["หมวดหมู่ทั้งหมด", "แฟลชเซล", "เครื่องใช้ไฟฟ้า", "มือถือและแกดเจ็ต", "แม่และเด็ก", "คูปองส่วนลด"]
        search, cart_label, help_ = "ค้นหาสินค้าและร้านค้า", f"ตะกร้า ({cart})", "ศูนย์ช่วยเหลือ · โทร 02-555-0142"
    links = " ".join(f'<a href="#c{i}">{esc(n)}</a>' for i, n in enumerate(nav))
    return (f'<header class="mk-head" style="background:{colour}"><span class="mk-logo">{esc(name)}</span>'
            f'<input placeholder="{esc(search)}"><span>{esc(cart_label)}</span><span style="font-size:12px">{esc(help_)}</span></header>'
            f'<nav class="mk-nav">{links}</nav>')


def related(items: list[tuple[str, int]], heading: str, thai: bool = False, unit: str = "sold") -> str:
    cells = []
    for index, (name, price) in enumerate(items):
        sold = f"ขายแล้ว {th(120 + 37 * index) if thai else 120 + 37 * index} ชิ้น" if unit == "sold" else f"{120 + 37 * index} sold"
        cells.append(f'<a class="it" href="#r{index}">{img(name, 180, 110)}<div>{esc(name)}</div><div class="p">{baht(price, thai)}</div><small>{sold}</small></a>')
    return f'<section class="card"><h3>{esc(heading)}</h3><div class="rel">{"".join(cells)}</div></section>'


def reviews(items: list[tuple[str, str, str]], heading: str) -> str:
    rows = "".join(f'<div class="rv"><span class="who">{esc(w)}</span> <span style="color:#f59e0b">★★★★★</span> <span class="d">{esc(d)}</span><p>{esc(t)}</p></div>'
                   for w, d, t in items)
    return f'<section class="card"><h3>{esc(heading)}</h3>{rows}</section>'


def footer(lang: str = "th", site: str = "") -> str:
    if lang == "en":
        return (f'<footer><div><b>{esc(site)}</b>Demo website. All content is fictional demo data.</div>'
                '<div><b>Customer care</b>Call 02-555-0142 (9:00-18:00)<br>Returns within 15 days</div>'
                '<div><b>Payment</b>Cash on delivery · PromptPay · Card</div></footer>')
    return (f'<footer><div><b>{esc(site)}</b>เว็บไซต์สาธิต ข้อมูลทั้งหมดเป็นข้อมูลสมมติ</div>'
            '<div><b>บริการลูกค้า</b>โทร 02-555-0142 (9:00-18:00 น.)<br>คืนสินค้าได้ภายใน 15 วัน</div>'
            '<div><b>ช่องทางชำระเงิน</b>เก็บเงินปลายทาง · พร้อมเพย์ · บัตรเครดิต</div></footer>')


PageFn = Callable[[], str]


REGISTRY: list[dict[str, Any]] = []


def page(id: str, structure: str, lang: str, *, title: str | None, brand: str | None, model: str | None, price: int | None,
         seller: str | None, tis: list[str | None], licences: list[str], description: str, currency: str | None = "THB",
         path: str = "/p") -> Callable[[PageFn], PageFn]:
    """Register a page function with the truth a careful reader takes from the page for the product itself."""

    def register(fn: PageFn) -> PageFn:
        REGISTRY.append({
            "id": id, "structure": structure, "lang": lang, "path": path, "description": description, "render": fn,
            "fields": {"title": title, "brand": brand, "model": model, "price": None if price is None else str(price),
                       "currency": currency if price is not None else None, "seller": seller},
            "tis": tis, "licences": licences,
        })
        return fn

    return register
