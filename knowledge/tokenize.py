"""Thai-aware tokenisation: pythainlp newmm with legal and product words added."""

from __future__ import annotations

import re
from functools import lru_cache

from tools.thai_text import normalise

CUSTOM_WORDS = (
    "มาตรฐานผลิตภัณฑ์อุตสาหกรรม", "ผลิตภัณฑ์อุตสาหกรรม", "เครื่องหมายมาตรฐาน", "มอก.", "สมอ.", "ใบอนุญาต",
    "ต้องระวางโทษ", "ระวางโทษ", "จำคุก", "ปรับ", "จำหน่าย", "มีไว้เพื่อจำหน่าย", "โฆษณา", "นำเข้า", "ผู้รับใบอนุญาต",
    "เลขาธิการ", "พนักงานเจ้าหน้าที่", "คณะกรรมการ", "กฎกระทรวง", "ราชกิจจานุเบกษา", "ผู้บริโภค", "ฉลาก",
    "เครื่องสำอาง", "วัตถุอันตราย", "เครื่องมือแพทย์", "ธุรกรรมทางอิเล็กทรอนิกส์", "พาวเวอร์แบงค์", "พาวเวอร์แบงก์",
    "แบตสำรอง", "ปลั๊กพ่วง", "หมวกกันน็อค", "ของเล่น", "ทวิ", "ตรี", "จัตวา",
)

_KEEP = re.compile(r"[\w\u0E00-\u0E7F\.]+")


@lru_cache(maxsize=1)
def _trie():
    from pythainlp.corpus import thai_words
    from pythainlp.util import Trie

    return Trie(set(thai_words()) | set(CUSTOM_WORDS))


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (Thai by newmm, Latin by spaces), punctuation dropped."""
    from pythainlp.tokenize import word_tokenize

    text = normalise(text).lower()
    out: list[str] = []
    for token in word_tokenize(text, engine="newmm", custom_dict=_trie(), keep_whitespace=False):
        token = token.strip()
        if token and _KEEP.fullmatch(token) and token != ".":
            out.append(token)
    return out
