"""Fictional marketplaces (names, colours) and the interface words a page uses in each language."""

from __future__ import annotations

SITES: dict[str, dict] = {
    "somwan": {"name": "ส้มหวาน", "name_en": "SomWan Market", "colour": "#f26b1d", "tag": "ช้อปคุ้ม ส่งไว ทั่วไทย", "tag_en": "Great deals, fast delivery"},
    "ploen": {"name": "ช้อปเพลิน", "name_en": "ShopPloen", "colour": "#1a5fd0", "tag": "เพลินทุกการช้อป", "tag_en": "Shopping made fun"},
    "taladnut": {"name": "ตลาดนัดออนไลน์", "name_en": "TaladNut Online", "colour": "#12965a", "tag": "ของถูก ของดี มีทุกวัน", "tag_en": "Bargains every day"},
    "khongdee": {"name": "บ้านของดี", "name_en": "BaanKhongDee", "colour": "#c62828", "tag": "ของดีเพื่อคนไทย", "tag_en": "Good stuff for every home"},
    "namjai": {"name": "น้ำใจมอลล์", "name_en": "NamJai Mall", "colour": "#6a1b9a", "tag": "มอลล์ของแท้ ร้านค้าทางการ", "tag_en": "Official stores, genuine goods"},
    "looplook": {"name": "ลูปลุค", "name_en": "LoopLook", "colour": "#e0245e", "tag": "โพสต์ ขาย แชร์", "tag_en": "Post, sell, share"},
    "wasadu": {"name": "วัสดุดี ซัพพลาย", "name_en": "WasaduDee Supply", "colour": "#123c69", "tag": "วัสดุก่อสร้างและอุปกรณ์ช่าง ราคาส่ง", "tag_en": "Building materials at trade prices"},
    "chailai": {"name": "ใจหลาย", "name_en": "ChaiLai", "colour": "#00838f", "tag": "ช้อปง่าย จ่ายสบาย", "tag_en": "Easy shopping, easy paying"},
}

UI: dict[str, dict[str, str]] = {
    "th": {
        "search": "ค้นหาสินค้า แบรนด์ และร้านค้า", "cart": "ตะกร้า", "login": "เข้าสู่ระบบ | สมัครสมาชิก", "home": "หน้าแรก",
        "sold": "ขายแล้ว", "ratings": "คะแนน", "reviews": "รีวิวจากผู้ซื้อ", "specs": "ข้อมูลจำเพาะสินค้า", "desc": "รายละเอียดสินค้า",
        "related": "สินค้าที่คล้ายกัน", "seller": "ร้านค้า", "chat": "แชทเลย", "visit": "ดูร้านค้า", "add": "เพิ่มไปยังรถเข็น", "buy": "ซื้อสินค้า",
        "shipping": "การจัดส่ง", "qty": "จำนวน", "qa": "ถาม-ตอบเกี่ยวกับสินค้า", "q": "ถาม", "a": "ตอบโดยร้านค้า", "stock": "มีสินค้า",
        "pieces": "ชิ้น", "vouchers": "โค้ดส่วนลดร้านค้า", "guarantee": "การรับประกัน", "cert": "การรับรองมาตรฐาน", "brand": "ยี่ห้อ", "model": "รุ่น",
        "category": "หมวดหมู่", "followers": "ผู้ติดตาม", "response": "อัตราการตอบกลับ", "joined": "เข้าร่วมเมื่อ", "products": "รายการสินค้า",
        "from": "ส่งจาก", "footer_note": "เว็บไซต์จำลองเพื่อการสาธิต ข้อมูลทั้งหมดเป็นข้อมูลสมมติ (fictional demo data)",
        "help": "ศูนย์ช่วยเหลือ", "howto": "วิธีการสั่งซื้อ", "returns": "การคืนสินค้าและคืนเงิน", "privacy": "นโยบายความเป็นส่วนตัว",
        "pay": "ช่องทางชำระเงิน", "cod": "เก็บเงินปลายทาง", "card": "บัตรเครดิต/เดบิต", "promptpay": "พร้อมเพย์", "about": "เกี่ยวกับเรา",
        "like": "ถูกใจ", "share": "แชร์", "comments": "ความคิดเห็น", "reply": "ตอบกลับ", "order_ref": "เลขที่คำสั่งซื้อตัวอย่าง",
    },
    "en": {
        "search": "Search products, brands and shops", "cart": "Cart", "login": "Log in | Sign up", "home": "Home",
        "sold": "sold", "ratings": "ratings", "reviews": "Customer reviews", "specs": "Specifications", "desc": "Product description",
        "related": "Similar items", "seller": "Seller", "chat": "Chat now", "visit": "View shop", "add": "Add to cart", "buy": "Buy now",
        "shipping": "Shipping", "qty": "Quantity", "qa": "Questions & answers", "q": "Q", "a": "Answer from seller", "stock": "in stock",
        "pieces": "pcs", "vouchers": "Shop vouchers", "guarantee": "Warranty", "cert": "Certification", "brand": "Brand", "model": "Model",
        "category": "Category", "followers": "Followers", "response": "Chat response", "joined": "Joined", "products": "Products",
        "from": "Ships from", "footer_note": "Demo website. All content is fictional demo data.",
        "help": "Help centre", "howto": "How to order", "returns": "Returns & refunds", "privacy": "Privacy policy",
        "pay": "Payment", "cod": "Cash on delivery", "card": "Credit/debit card", "promptpay": "PromptPay", "about": "About us",
        "like": "Like", "share": "Share", "comments": "Comments", "reply": "Reply", "order_ref": "Sample order no.",
    },
}


def ui(lang: str) -> dict[str, str]:
    """'mix' pages use Thai interface words (Thai marketplaces with English product text)."""
    return UI["en" if lang == "en" else "th"]
