"""Turn a case spec + its product family into one neutral listing model `L` that every page structure renders."""

from __future__ import annotations

import random
from typing import Any

from . import art
from .dsl import Frag, Spec
from .families import F, Family
from .sites import SITES, ui

GENERIC_RV = {
    "th": ["ส่งไวมาก แพ็คดี ห่อบับเบิ้ลมาหนา", "ของตรงปก ใช้งานได้ปกติ", "ร้านตอบแชทไว แนะนำดีมาก", "คุ้มราคา ไว้จะกลับมาซื้ออีก",
           "กล่องบุบนิดหน่อยแต่ของข้างในไม่เป็นอะไร", "สั่งวันจันทร์ได้วันพุธ", "ซื้อเป็นของขวัญให้คุณแม่ ชอบมาก"],
    "en": ["Fast delivery and well packed", "Exactly as described", "Seller answered my questions quickly", "Good value, will buy again",
           "Box slightly dented but the item was fine", "Ordered Monday, arrived Wednesday", "Bought it as a gift, they loved it"],
}
USERS = ["p***a", "nok_2539", "k******n", "Tee.J", "m***y", "ploy_pl", "b*****t", "Arm Kanok", "j***e", "ss_97", "W. Somchai", "fah.sky"]
MONTHS_TH = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]
PROVINCES = [("เขตบางนา, กรุงเทพมหานคร", "Bang Na, Bangkok"), ("อำเภอเมือง, นนทบุรี", "Mueang, Nonthaburi"), ("อำเภอบางพลี, สมุทรปราการ", "Bang Phli, Samut Prakan"),
             ("อำเภอเมือง, เชียงใหม่", "Mueang, Chiang Mai"), ("อำเภอหาดใหญ่, สงขลา", "Hat Yai, Songkhla"), ("เขตลาดกระบัง, กรุงเทพมหานคร", "Lat Krabang, Bangkok"),
             ("อำเภอเมือง, ขอนแก่น", "Mueang, Khon Kaen")]


def rng_for(case_id: str) -> random.Random:
    return random.Random(case_id)


def date_str(r: random.Random, lang: str) -> str:
    month = r.randint(1, 10)
    day = r.randint(1, 28)
    if lang == "en":
        return f"2026-{month:02d}-{day:02d} {r.randint(8, 22):02d}:{r.randint(0, 59):02d}"
    return f"{day} {MONTHS_TH[month - 1]} 2569"


def text_lang(spec: Spec) -> str:
    return "en" if spec.lang == "en" else "th"


def default_title(spec: Spec, f: Family) -> str:
    if spec.lang == "en":
        return f"{spec.brand} {f.en[:1].upper() + f.en[1:]} {spec.model}".strip()
    if spec.lang == "mix":
        return f"{spec.brand} {spec.model} {f.en} | {f.th}".strip()
    return f"{spec.brand} {f.th} รุ่น {spec.model}".strip()


def build(spec: Spec) -> dict[str, Any]:
    """The listing model for a normal product page."""
    f = F[spec.fam]
    r = rng_for(spec.id)
    lang = text_lang(spec)
    U = ui(spec.lang)
    site = dict(SITES[spec.site])
    site_name = site["name_en"] if spec.lang == "en" else site["name"]
    title = spec.title or default_title(spec, f)
    extra_title = [fr.text for fr in spec.ev if fr.where == "title_extra"]
    if extra_title:
        title = title + " " + " ".join(extra_title)
    price = spec.price or f.price
    was = int(price * r.choice([1.25, 1.4, 1.6, 1.9])) // 10 * 10 + 9
    cat = f.cat_en if spec.lang == "en" else f.cat_th
    crumbs = [U["home"], *cat, f"{spec.brand} {spec.model}".strip() or title[:30]]
    colours = list(f.colours)
    images = []
    vname_th, vname_en, vopts = f.var
    for i, colour in enumerate(colours[:3]):
        label = vopts[i] if i < len(vopts) else ""
        alt_text = f"{spec.brand} {spec.model} {label}".strip() if spec.brand else f"{f.th if lang == 'th' else f.en} {label}".strip()
        images.append({"src": art.data_uri(f.art, colour), "alt": alt_text, "caption": ""})
    images.append({"src": art.data_uri("box", "#d7ccc8"), "alt": ("กล่องสินค้าและอุปกรณ์ในกล่อง" if lang == "th" else "Box contents"), "caption": ""})
    for fr in spec.ev:
        if fr.where in ("alt", "fig"):
            images.append({"src": art.data_uri(fr.art, "#546e7a"), "alt": fr.text if fr.where == "alt" else "",
                           "caption": fr.text if fr.where == "fig" else ""})
    # specifications
    if spec.specs_override is not None:
        specs = [list(kv) for kv in spec.specs_override]
    else:
        specs = [[U["brand"], spec.brand or "-"], [U["model"], spec.model or "-"]]
        for th_label, en_label, value in f.specs:
            specs.append([en_label if spec.lang == "en" else th_label, value])
    specs += [[fr.label, fr.text] for fr in spec.ev if fr.where == "spec"]
    loc_th, loc_en = r.choice(PROVINCES)
    specs.append([U["from"], loc_en if spec.lang == "en" else loc_th])
    cert = [[fr.label, fr.text] for fr in spec.ev if fr.where == "cert"]
    # selling points and description
    if spec.lang == "en":
        points = list(f.pts_en)
    elif spec.lang == "mix":
        points = [p for pair in zip(f.pts_th, f.pts_en) for p in pair][:4]
    else:
        points = list(f.pts_th)
    if not spec.plain_pts:
        points = []
    points += [fr.text for fr in spec.ev if fr.where == "bullet"]
    intro = (f"{spec.brand} {spec.model} — {f.en} at a fair price, ships from our warehouse in Thailand." if spec.lang == "en"
             else f"{spec.brand} {spec.model} {f.th} ราคาคุ้มค่า พร้อมส่งจากโกดังในไทย" + (" (ready to ship)" if spec.lang == "mix" else ""))
    desc: list[dict[str, Any]] = [{"text": intro.strip(), "style": "normal"}]
    for fr in spec.ev:
        if fr.where == "desc":
            desc.append({"text": fr.text, "style": "normal"})
        elif fr.where in ("hidden", "ghost"):
            desc.append({"text": fr.text, "style": fr.where})
        elif fr.where == "split":
            desc.append({"text": fr.text, "style": "normal", "label": fr.label, "pieces": list(fr.pieces)})
    cutoff = r.choice(["14:00", "15:00", "16:30"])
    desc.append({"text": (f"Orders placed before {cutoff} ship the same day (Mon-Sat)." if spec.lang == "en"
                          else f"สั่งก่อน {cutoff} น. แพ็คส่งภายในวัน (จันทร์-เสาร์) ทักแชทสอบถามได้ตลอด"), "style": "normal"})
    # reviews
    pool = (f.rv_en if lang == "en" else f.rv_th) + GENERIC_RV[lang]
    picks = r.sample(pool, k=min(len(pool), r.randint(3, 4)))
    reviews = [{"user": r.choice(USERS), "stars": r.choice([5, 5, 4, 4, 3]), "date": date_str(r, spec.lang), "variant": r.choice(vopts),
                "text": t} for t in picks]
    for fr in spec.ev:
        if fr.where == "review":
            reviews.append({"user": fr.user or r.choice(USERS), "stars": fr.stars, "date": date_str(r, spec.lang), "variant": r.choice(vopts), "text": fr.text})
    qa_items = [{"q": fr.label, "a": fr.text} for fr in spec.ev if fr.where == "qa"]
    # related items
    rel = [{"title": (t_en if lang == "en" else t_th), "price": p, "src": art.data_uri(a, r.choice(["#90a4ae", "#ffab91", "#a5d6a7", "#ce93d8"])),
            "alt": (t_en if lang == "en" else t_th)} for t_th, t_en, a, p in f.rel]
    for fr in spec.ev:
        if fr.where == "related":
            rel.insert(r.randint(0, len(rel)), {"title": fr.text, "price": fr.price, "src": art.data_uri(fr.art, "#b0bec5"), "alt": fr.text})
    # shipping, clutter and decoy numbers (phone, order number, dates)
    day = r.randint(23, 27)
    phone = f"08{r.randint(1, 9)}-555-{r.randint(1000, 9999)}"
    shipping = ([f"Delivery fee ฿0 - ฿{r.choice([29, 35, 38, 45])}", f"Ships from {loc_en}", f"Estimated arrival {day}-{day + 2} Nov",
                 f"Call or LINE {phone} (9:00-18:00)"] if spec.lang == "en" else
                [f"ค่าจัดส่ง ฿0 - ฿{r.choice([29, 35, 38, 45])}", f"ส่งจาก {loc_th}", f"ได้รับสินค้าภายใน {day}-{day + 2} พ.ย.",
                 f"สอบถามโทร {phone} หรือไลน์ (09.00-18.00 น.)"])
    shipping += [fr.text for fr in spec.ev if fr.where == "ship"]
    order_no = f"{r.choice(['TN', 'SW', 'PL', 'KD'])}2611{r.randint(100000, 999999)}"
    seller_name = spec.seller or f"{spec.brand} Official Store"
    seller = {
        "name": seller_name,
        "badge": ("Official" if spec.seller_official else r.choice(["ร้านแนะนำ", "Preferred", "", "ร้านค้าคุณภาพ"])),
        "stats": [[U["ratings"], f"{r.randint(1, 40)}.{r.randint(0, 9)}k"], [U["response"], f"{r.randint(85, 100)}%"],
                  [U["joined"], (f"{r.randint(1, 8)} years ago" if spec.lang == "en" else f"{r.randint(1, 8)} ปีที่แล้ว")],
                  [U["products"], str(r.randint(12, 900))], [U["followers"], f"{r.randint(1, 90)}.{r.randint(0, 9)}k"]],
        "location": loc_en if spec.lang == "en" else loc_th,
    }
    vouchers = (["฿20 off", "5% off, max ฿50", "Free shipping"] if spec.lang == "en" else ["ลด ฿20", "ลด 5% สูงสุด ฿50", "ส่งฟรี"])
    L = {
        "lang": spec.lang, "ui": U, "site": {**site, "display": site_name}, "crumbs": crumbs, "title": title, "brand": spec.brand, "model": spec.model,
        "price": price, "was": was, "rating": round(r.uniform(4.1, 4.9), 1), "rating_count": f"{r.randint(12, 4800):,}",
        "sold": r.randint(20, 9800), "stock": r.randint(3, 2400), "vouchers": r.sample(vouchers, k=2),
        "variants": [{"name": vname_en if spec.lang == "en" else vname_th, "options": vopts}],
        "shipping": shipping, "badges": [fr.text for fr in spec.ev if fr.where == "badge"],
        "images": images, "specs": specs, "cert": cert, "points": points, "desc": desc, "qa": qa_items,
        "reviews": reviews, "related": rel, "seller": seller, "order_no": order_no, "phone": phone,
        "jsonld_notes": [fr.text for fr in spec.ev if fr.where == "jsonld"],
        "comments": [fr.text for fr in spec.ev if fr.where == "comment"],
        "notes": [fr.text for fr in spec.ev if fr.where == "note"],
        "family": {"th": f.th, "en": f.en, "art": f.art},
        "hot": (["power bank", "fans", "helmets", "phone cases", "payday sale"] if spec.lang == "en"
                else ["พาวเวอร์แบงค์", "พัดลม", "หมวกกันน็อค", "เคสมือถือ", "โปรเงินเดือนออก"]),
    }
    return L
