"""Query expansion: everyday Thai and English words to the words the statutes use. Our own table."""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.tokenize import stem, tokens

# everyday or colloquial Thai -> statutory Thai
THAI = {
    "ขาย": ["จำหน่าย", "มีไว้เพื่อจำหน่าย"],
    "วางขาย": ["จำหน่าย", "มีไว้เพื่อจำหน่าย"],
    "ขายออนไลน์": ["จำหน่าย", "โฆษณา"],
    "มอก": ["มาตรฐานผลิตภัณฑ์อุตสาหกรรม", "เครื่องหมายมาตรฐาน"],
    "มอก.": ["มาตรฐานผลิตภัณฑ์อุตสาหกรรม", "เครื่องหมายมาตรฐาน"],
    "สมอ": ["สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม"],
    "สมอ.": ["สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม"],
    "โดนอะไร": ["ระวางโทษ"],
    "มีโทษ": ["ระวางโทษ"],
    "โทษ": ["ระวางโทษ", "จำคุก", "ปรับ"],
    "ติดคุก": ["จำคุก"],
    "คุก": ["จำคุก"],
    "ค่าปรับ": ["ปรับ"],
    "ปรับเท่าไหร่": ["ปรับ", "ระวางโทษ"],
    "ผิดกฎหมาย": ["ฝ่าฝืน", "ความผิด"],
    "ผิดไหม": ["ฝ่าฝืน", "ความผิด"],
    "ผิด": ["ฝ่าฝืน", "ความผิด"],
    "ขออนุญาต": ["ใบอนุญาต", "ได้รับอนุญาต"],
    "ไลเซนส์": ["ใบอนุญาต"],
    "ผลิต": ["ทำ", "ผลิต"],
    "โรงงาน": ["ทำ", "ผลิต"],
    "สั่งเข้า": ["นำเข้า", "ราชอาณาจักร"],
    "นำเข้า": ["นำเข้า", "ราชอาณาจักร"],
    "เครื่องหมาย": ["เครื่องหมายมาตรฐาน"],
    "โลโก้": ["เครื่องหมาย"],
    "ปลอม": ["ปลอม", "เลียน"],
    "สวม": ["เลียน", "ปลอม"],
    "ของปลอม": ["ปลอม", "เลียน"],
    "ยึด": ["ยึด", "อายัด"],
    "ริบ": ["ริบ", "ยึด"],
    "พักใช้": ["พักใช้ใบอนุญาต"],
    "เพิกถอน": ["เพิกถอนใบอนุญาต"],
    "หมดอายุ": ["สิ้นอายุ"],
    "บังคับ": ["กฎกระทรวง", "ต้องเป็นไปตามมาตรฐาน"],
    "โฆษณาเกินจริง": ["โฆษณา", "ข้อความที่เป็นเท็จ", "เกินความจริง"],
    "ไม่ตรงปก": ["หลอกลวง", "แหล่งกำเนิด", "สภาพ", "คุณภาพ", "ปริมาณ"],
    "หลอกขาย": ["หลอกลวง", "ฉ้อโกง"],
    "โกง": ["ฉ้อโกง", "หลอกลวง"],
    "ฉลาก": ["ฉลาก"],
    "อย": ["อาหารและยา", "ทะเบียน"],
    "อย.": ["อาหารและยา", "ทะเบียน"],
    "จดแจ้ง": ["จดแจ้ง", "ใบรับจดแจ้ง"],
    "ครีม": ["เครื่องสำอาง"],
    "สกินแคร์": ["เครื่องสำอาง"],
    "เครื่องสำอาง": ["เครื่องสำอาง"],
    "อาหารเสริม": ["อาหาร"],
    "ผู้จัดการ": ["กรรมการ", "ผู้จัดการ", "นิติบุคคล"],
    "กรรมการบริษัท": ["กรรมการ", "นิติบุคคล"],
    "เปรียบเทียบปรับ": ["เปรียบเทียบ"],
    "ยอมความ": ["เปรียบเทียบ"],
    "เจ้าหน้าที่": ["พนักงานเจ้าหน้าที่"],
    "ตรวจค้น": ["เข้าไปในสถานที่", "ตรวจสอบ"],
    "ส่งออก": ["ส่งออก", "นอกราชอาณาจักร"],
    "แพลตฟอร์ม": ["ธุรกรรมทางอิเล็กทรอนิกส์", "บริการ"],
    "ออนไลน์": ["อิเล็กทรอนิกส์"],
    "สัญญาออนไลน์": ["ธุรกรรมทางอิเล็กทรอนิกส์", "สัญญา"],
    "ลายเซ็นอิเล็กทรอนิกส์": ["ลายมือชื่ออิเล็กทรอนิกส์"],
}

# English words and phrases -> statutory Thai (offline cross-language retrieval)
ENGLISH = {
    "sell": ["จำหน่าย", "ขาย"], "sells": ["จำหน่าย", "ขาย"], "selling": ["จำหน่าย", "ขาย"], "sale": ["จำหน่าย", "ขาย"],
    "sold": ["จำหน่าย", "ขาย"], "seller": ["ผู้ขาย", "จำหน่าย"], "for sale": ["มีไว้เพื่อจำหน่าย"],
    "offer": ["เสนอขาย", "จำหน่าย"], "advertise": ["โฆษณา"], "advertising": ["โฆษณา"], "advertisement": ["โฆษณา"], "ad": ["โฆษณา"],
    "import": ["นำเข้า", "ราชอาณาจักร"], "imports": ["นำเข้า"], "importing": ["นำเข้า"], "importer": ["ผู้นำเข้า", "นำเข้า"],
    "export": ["ส่งออก"], "manufacture": ["ทำ", "ผลิต"], "manufacturing": ["ทำ", "ผลิต"], "manufacturer": ["ผู้ผลิต", "ทำ"],
    "make": ["ทำ"], "produce": ["ผลิต"], "factory": ["โรงงาน", "สถานที่ทำ"],
    "licence": ["ใบอนุญาต"], "license": ["ใบอนุญาต"], "licensed": ["ใบอนุญาต"], "licensee": ["ผู้รับใบอนุญาต"], "permit": ["ใบอนุญาต", "อนุญาต"],
    "standard": ["มาตรฐาน"], "standards": ["มาตรฐาน"], "tis": ["มาตรฐานผลิตภัณฑ์อุตสาหกรรม"], "tisi": ["สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม"],
    "industrial": ["อุตสาหกรรม"], "product": ["ผลิตภัณฑ์"], "products": ["ผลิตภัณฑ์"], "goods": ["สินค้า"],
    "mark": ["เครื่องหมาย", "เครื่องหมายมาตรฐาน"], "logo": ["เครื่องหมาย"], "compulsory": ["กฎกระทรวง", "ต้องเป็นไปตามมาตรฐาน"],
    "mandatory": ["กฎกระทรวง", "ต้องเป็นไปตามมาตรฐาน"], "ministerial": ["กฎกระทรวง"], "regulation": ["กฎกระทรวง"],
    "penalty": ["ระวางโทษ"], "penalties": ["ระวางโทษ"], "punish": ["ระวางโทษ"], "punished": ["ระวางโทษ"], "punishment": ["ระวางโทษ"],
    "fine": ["ปรับ"], "fined": ["ปรับ"], "imprisonment": ["จำคุก"], "prison": ["จำคุก"], "jail": ["จำคุก"],
    "offence": ["ความผิด"], "offense": ["ความผิด"], "violate": ["ฝ่าฝืน"], "violates": ["ฝ่าฝืน"], "violation": ["ฝ่าฝืน"], "breach": ["ฝ่าฝืน"],
    "fake": ["ปลอม", "เลียน"], "counterfeit": ["ปลอม", "เลียน"], "imitate": ["เลียน"], "imitation": ["เลียน"], "forged": ["ปลอม"],
    "seize": ["ยึด", "อายัด"], "seizure": ["ยึด", "อายัด"], "confiscate": ["ริบ"], "destroy": ["ทำลาย"],
    "suspend": ["พักใช้"], "suspension": ["พักใช้"], "revoke": ["เพิกถอน"], "revocation": ["เพิกถอน"], "expire": ["สิ้นอายุ"], "expires": ["สิ้นอายุ"],
    "transfer": ["โอน"], "official": ["พนักงานเจ้าหน้าที่"], "officials": ["พนักงานเจ้าหน้าที่"], "inspect": ["ตรวจ"], "inspection": ["ตรวจ"],
    "search": ["ตรวจค้น"], "enter": ["เข้าไป"], "premises": ["สถานที่"], "sample": ["ตัวอย่าง"], "samples": ["ตัวอย่าง"],
    "director": ["กรรมการ"], "directors": ["กรรมการ"], "manager": ["ผู้จัดการ"], "company": ["นิติบุคคล"], "juristic": ["นิติบุคคล"],
    "settlement": ["เปรียบเทียบ"], "settle": ["เปรียบเทียบ"], "committee": ["คณะกรรมการ"], "board": ["คณะกรรมการ"],
    "consumer": ["ผู้บริโภค"], "consumers": ["ผู้บริโภค"], "label": ["ฉลาก"], "labels": ["ฉลาก"], "labelling": ["ฉลาก"], "labeling": ["ฉลาก"],
    "false": ["เท็จ"], "misleading": ["เกินความจริง", "ก่อให้เกิดความเข้าใจผิด"], "exaggerated": ["เกินความจริง"], "unfair": ["ไม่เป็นธรรม"],
    "deceive": ["หลอกลวง"], "deceiving": ["หลอกลวง"], "deceptive": ["หลอกลวง"], "cheat": ["ฉ้อโกง"], "fraud": ["ฉ้อโกง"],
    "origin": ["แหล่งกำเนิด"], "quality": ["คุณภาพ"], "quantity": ["ปริมาณ"], "nature": ["สภาพ"], "buyer": ["ผู้ซื้อ"], "buyers": ["ผู้ซื้อ"],
    "cosmetic": ["เครื่องสำอาง"], "cosmetics": ["เครื่องสำอาง"], "notify": ["จดแจ้ง"], "notification": ["จดแจ้ง"],
    "food": ["อาหาร"], "foods": ["อาหาร"], "drug": ["ยา"], "drugs": ["ยา"], "medicine": ["ยา"], "medicines": ["ยา"], "pharmacy": ["ขายยา"],
    "register": ["ขึ้นทะเบียน", "ทะเบียน"], "registration": ["ทะเบียน"], "registered": ["ทะเบียน"],
    "electronic": ["อิเล็กทรอนิกส์"], "online": ["อิเล็กทรอนิกส์"], "transaction": ["ธุรกรรม"], "transactions": ["ธุรกรรม"],
    "signature": ["ลายมือชื่อ"], "data": ["ข้อมูล"], "message": ["ข้อความ"], "contract": ["สัญญา"], "platform": ["บริการ", "ธุรกิจบริการ"],
    "definition": ["หมายความว่า"], "defined": ["หมายความว่า"], "means": ["หมายความว่า"], "minister": ["รัฐมนตรี"],
    "secretary-general": ["เลขาธิการ"], "secretary": ["เลขาธิการ"], "fee": ["ค่าธรรมเนียม"], "fees": ["ค่าธรรมเนียม"],
    "display": ["แสดง"], "show": ["แสดง"], "voluntary": ["แสดงเครื่องหมาย", "มาตรฐาน"], "conform": ["เป็นไปตามมาตรฐาน"], "comply": ["เป็นไปตามมาตรฐาน"],
    "customs": ["ศุลกากร"], "hearing": ["รับฟังความคิดเห็น"], "urgent": ["เร่งด่วน"], "appeal": ["อุทธรณ์"], "damages": ["ค่าเสียหาย"],
}

# colloquial or statutory Thai -> English words used in our glosses (Thai questions meet English glosses)
THAI_TO_ENGLISH = {
    "ขาย": ["sell", "sale"], "จำหน่าย": ["sell", "sale"], "โฆษณา": ["advertise", "advertisement"], "นำเข้า": ["import"],
    "สั่งเข้า": ["import"], "ส่งออก": ["export"], "ผลิต": ["manufacture", "make"], "ทำ": ["make"], "โรงงาน": ["factory", "manufacture"],
    "ใบอนุญาต": ["licence"], "อนุญาต": ["licence", "permission"], "ขออนุญาต": ["licence", "apply"], "ไลเซนส์": ["licence"],
    "มาตรฐาน": ["standard"], "มอก": ["standard", "tis"], "เครื่องหมาย": ["mark"], "โลโก้": ["mark"],
    "โทษ": ["penalty", "punished"], "ปรับ": ["fine"], "จำคุก": ["imprisonment"], "คุก": ["imprisonment"], "โดนอะไร": ["penalty"],
    "ผิด": ["offence", "violate"], "ฝ่าฝืน": ["breach", "violate"], "ปลอม": ["fake", "counterfeit", "forged"], "เลียน": ["imitate"],
    "สวม": ["imitate", "fake"], "ยึด": ["seize", "seizure"], "อายัด": ["seize", "attach"], "ทำลาย": ["destroy"], "ส่งกลับ": ["return", "send back"],
    "ขัดขวาง": ["obstruct"], "เจ้าหน้าที่": ["official", "officials"], "ตรวจ": ["inspect", "inspection"], "ตัวอย่าง": ["sample"],
    "เข้าไป": ["enter"], "โกดัง": ["premises", "warehouse"], "ร้าน": ["shop", "premises"], "ถ้อยคำ": ["statement", "summon"],
    "เอกสาร": ["documents"], "หนังสือเรียก": ["summon"], "รายงาน": ["report"], "ทดสอบ": ["test", "testing"], "ผลทดสอบ": ["test report"],
    "พักใช้": ["suspend", "suspension"], "เพิกถอน": ["revoke", "revocation"], "หมดอายุ": ["expire"], "สิ้นอายุ": ["expire"],
    "โอน": ["transfer"], "กรรมการ": ["director", "board"], "ผู้จัดการ": ["manager"], "บริษัท": ["company", "juristic"],
    "เปรียบเทียบ": ["settlement", "settle"], "ยอมความ": ["settlement"], "คณะกรรมการ": ["board", "committee"],
    "รัฐมนตรี": ["minister"], "กฎกระทรวง": ["ministerial regulation"], "บังคับ": ["compulsory", "mandatory"],
    "ผู้บริโภค": ["consumer"], "ฉลาก": ["label"], "เกินจริง": ["misleading", "exaggerated"], "เท็จ": ["false"],
    "หลอก": ["deceive"], "หลอกลวง": ["deceive"], "ฉ้อโกง": ["fraud", "cheat"], "ไม่ตรงปก": ["deceive", "quality"],
    "แหล่งผลิต": ["origin"], "แหล่งกำเนิด": ["origin"], "คุณภาพ": ["quality"], "ปริมาณ": ["quantity"],
    "เครื่องสำอาง": ["cosmetics"], "ครีม": ["cosmetics"], "เซรั่ม": ["cosmetics"], "จดแจ้ง": ["notification", "notify"],
    "อาหาร": ["food"], "อาหารเสริม": ["food", "supplement"], "ยา": ["drug"], "ขายยา": ["sell drugs", "pharmacy"],
    "สารห้ามใช้": ["prohibited substance"], "อันตราย": ["dangerous", "unsafe"], "ทะเบียน": ["registration", "register"],
    "อิเล็กทรอนิกส์": ["electronic"], "ออนไลน์": ["online", "electronic"], "ลายมือชื่อ": ["signature"], "ลายเซ็น": ["signature"],
    "เซ็น": ["signature", "sign"], "สัญญา": ["contract"], "เก็บ": ["retain", "keep"], "ข้อมูล": ["data", "information"],
    "ไม่ตรงตามมาตรฐาน": ["not conform", "non-conforming"], "ไม่ได้มาตรฐาน": ["not conform", "non-conforming"],
    "รับฟังความคิดเห็น": ["hearing"], "ค่าธรรมเนียม": ["fee"], "แสดง": ["display", "show"], "ผู้รับใบอนุญาต": ["licensee"],
    "เพื่อส่งออก": ["export"], "ต่างประเทศ": ["foreign"], "ทดลอง": ["trial"], "วิจัย": ["research"], "ชั่วคราว": ["temporary"],
    "ความเสียหาย": ["damage"], "คืนเงิน": ["refund"], "ร้องเรียน": ["complaint"], "นิยาม": ["definition", "means"],
}

_WORD = re.compile(r"[a-z][a-z\-]*")


@lru_cache(maxsize=None)
def _single_word(key: str) -> bool:
    return len(tokens(key)) <= 1


@lru_cache(maxsize=1)
def _english_by_stem() -> dict[str, list[str]]:
    """The English table keyed by stemmed words, inflections of one word merged."""
    table: dict[str, list[str]] = {}
    for key, terms in ENGLISH.items():
        merged = table.setdefault(" ".join(stem(w) for w in key.split()), [])
        merged.extend(t for t in terms if t not in merged)
    return table


def expand(query: str) -> str:
    """The query plus statutory words for the everyday or English words it contains."""
    extra: list[str] = []
    lowered = query.lower()
    words_in_query = set(tokens(query))
    for table in (THAI, THAI_TO_ENGLISH):
        for word, terms in table.items():
            # one-word keys only as whole words ("อย" must not fire inside "อย่างไร", nor "ผลิต" inside "ผลิตภัณฑ์")
            if (word in words_in_query) if _single_word(word) else (word in query):
                extra.extend(terms)
    words = [stem(w) for w in _WORD.findall(lowered)]  # "seized" meets the key "seize"
    phrases = set(words) | {" ".join(pair) for pair in zip(words, words[1:])}
    table = _english_by_stem()
    for phrase in sorted(phrases):
        extra.extend(table.get(phrase, []))
    seen = set()
    unique = [t for t in extra if not (t in seen or seen.add(t))]
    return query + (" " + " ".join(unique) if unique else "")
