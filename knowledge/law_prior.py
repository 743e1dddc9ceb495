"""Which Act a question is about, from the words it uses: a prior that re-weights retrieval scores."""

from __future__ import annotations

import re
from functools import lru_cache

IPSA = "พระราชบัญญัติมาตรฐานผลิตภัณฑ์อุตสาหกรรม พ.ศ. 2511"
CPA = "พระราชบัญญัติคุ้มครองผู้บริโภค พ.ศ. 2522"
COSMETICS = "พระราชบัญญัติเครื่องสำอาง พ.ศ. 2558"
FOOD = "พระราชบัญญัติอาหาร พ.ศ. 2522"
DRUG = "พระราชบัญญัติยา พ.ศ. 2510"
CRIMINAL = "ประมวลกฎหมายอาญา"
ETA = "พระราชบัญญัติว่าด้วยธุรกรรมทางอิเล็กทรอนิกส์ พ.ศ. 2544"
MEDICAL_DEVICE = "พระราชบัญญัติเครื่องมือแพทย์ พ.ศ. 2551"
HAZARDOUS = "พระราชบัญญัติวัตถุอันตราย พ.ศ. 2535"
NATIONAL_STANDARD = "พระราชบัญญัติการมาตรฐานแห่งชาติ พ.ศ. 2551"
COMPUTER_CRIME = "พระราชบัญญัติว่าด้วยการกระทำความผิดเกี่ยวกับคอมพิวเตอร์ พ.ศ. 2550"
HOME_LAW = IPSA  # Sodsong works for TISI: the Act a question about "the law" most likely means

# (pattern, law, strength): strength 2 = the Act is named; 1 = its subject matter
SIGNALS: list[tuple[str, str, int]] = [
    (r"มาตรฐานผลิตภัณฑ์อุตสาหกรรม|industrial product standards?|\bipsa\b", IPSA, 2),
    (r"มอก|สมอ|\btisi?\b|เครื่องหมายมาตรฐาน|standard mark|tis mark|มาตรฐานบังคับ|compulsory standard|ผลิตภัณฑ์อุตสาหกรรม|industrial product", IPSA, 1),
    (r"คุ้มครองผู้บริโภค|consumer protection", CPA, 2),
    (r"ผู้บริโภค|ฉลาก|\bconsumer|\blabel", CPA, 1),
    (r"พ\.?ร\.?บ\.?\s*เครื่องสำอาง|cosmetics act", COSMETICS, 2),
    (r"เครื่องสำอาง|ครีม|สกินแคร์|เซรั่ม|ลิปสติก|จดแจ้ง|cosmetic|skin ?care|\bcream", COSMETICS, 1),
    (r"พ\.?ร\.?บ\.?\s*อาหาร|food act", FOOD, 2),
    (r"อาหาร(?!และยา)|อาหารเสริม|ขนม|เครื่องดื่ม|\bfoods?\b|supplement|snacks?|beverages?", FOOD, 1),
    (r"พ\.?ร\.?บ\.?\s*ยา|drug act", DRUG, 2),
    (r"(?:^|[\s,])ยา(?:แผน|แก้|ปลอม|อันตราย|ควบคุม|สามัญ|ชุด)?(?:[\s,]|$)|ขายยา|ร้านยา|เภสัช|\bdrugs?\b|medicine|pharmac", DRUG, 1),
    (r"ประมวลกฎหมายอาญา|กฎหมายอาญา|(?:ผิด|คดี|ทาง|ความผิด)อาญา|criminal code|penal code", CRIMINAL, 2),
    (r"criminal offen[cs]es?|criminal liability", CRIMINAL, 1),
    (r"หลอกลวง|ฉ้อโกง|หลอกขาย|ไม่ตรงปก|ของปลอม(?!.*มอก)|deceiv|fraud|cheat", CRIMINAL, 1),
    (r"เครื่องหมายการค้า|แบรนด์ปลอม|ของก๊อป|trade ?marks?|brand name", CRIMINAL, 1),  # trademark offences: Criminal Code 272-275
    (r"ยาฆ่าแมลง|ยากำจัดศัตรูพืช|สารกำจัด|สารเคมี|pesticide|insecticide|herbicide|chemicals?", HAZARDOUS, 1),
    (r"ธุรกรรมทางอิเล็กทรอนิกส์|electronic transactions? act", ETA, 2),
    (r"อิเล็กทรอนิกส์|ลายมือชื่อ|ลายเซ็น|electronic|e-signature|digital signature|data message", ETA, 1),
    (r"เครื่องมือแพทย์|medical device", MEDICAL_DEVICE, 2),
    (r"หน้ากากอนามัย|เครื่องวัดความดัน|ปรอทวัดไข้|เทอร์โมมิเตอร์|คอนแทคเลนส์|ถุงยางอนามัย|thermometer|contact lens|"
     r"blood.pressure monitor|surgical mask|condom", MEDICAL_DEVICE, 1),
    (r"วัตถุอันตราย|hazardous substance", HAZARDOUS, 2),
    (r"การมาตรฐานแห่งชาติ|national standardi[sz]ation", NATIONAL_STANDARD, 2),
    (r"คอมพิวเตอร์|computer crime", COMPUTER_CRIME, 2),
    (r"ข้อมูลเท็จ|ข่าวปลอม|แฮ[กค]|fake news|false (?:information|data)|hack", COMPUTER_CRIME, 1),
]
_COMPILED = [(re.compile(p, re.IGNORECASE), law, strength) for p, law, strength in SIGNALS]


_COMPACT = re.compile(r"[\s\-]+")


@lru_cache(maxsize=1)
def _product_names() -> tuple[str, ...]:
    """Everyday names of compulsory-standard products (our alias table), without spaces or hyphens."""
    from tools.classify import load_alias_table

    names = {_COMPACT.sub("", a.lower()) for entry in load_alias_table().standards for a in entry.aliases}
    return tuple(sorted(n for n in names if len(n) >= 4))


def mentions_compulsory_product(question: str) -> bool:
    """A question about a compulsory-standard product is a question about the IPSA."""
    compact = _COMPACT.sub("", question.lower())
    return any(name in compact for name in _product_names())


def detect_laws(question: str) -> dict[str, int]:
    """law title -> strength (2 named, 1 subject) for the Acts a question points at."""
    found: dict[str, int] = {}
    for pattern, law, strength in _COMPILED:
        if pattern.search(question):
            found[law] = max(found.get(law, 0), strength)
    if mentions_compulsory_product(question):
        found[IPSA] = max(found.get(IPSA, 0), 2)
    return found
