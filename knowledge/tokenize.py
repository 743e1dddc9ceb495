"""Thai-aware tokenisation: pythainlp newmm with legal and product words added; English words stemmed (Snowball)."""

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

TOKENIZER_NAME = "pythainlp-newmm+custom-words+snowball-en-v2"  # recorded in the index; a different one needs a rebuild
_KEEP = re.compile(r"[\w\u0E00-\u0E7F\.]+")
_LATIN_WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=1)
def _trie():
    from pythainlp.corpus import thai_words
    from pythainlp.util import Trie

    return Trie(set(thai_words()) | set(CUSTOM_WORDS))


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """Snowball English stem of one lower-case word."""
    return _stemmer().stemWord(word)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens (Thai by newmm, Latin by spaces and hyphens, English stemmed), punctuation dropped."""
    from pythainlp.tokenize import word_tokenize

    text = normalise(text).lower()
    out: list[str] = []
    for token in word_tokenize(text, engine="newmm", custom_dict=_trie(), keep_whitespace=False):
        token = token.strip()
        if not token or token == ".":
            continue
        if _KEEP.fullmatch(token):
            out.append(stem(token) if _LATIN_WORD.fullmatch(token) else token)
        elif "-" in token:  # "fake-tis-mark" -> fake, tis, mark
            out.extend(stem(part) if _LATIN_WORD.fullmatch(part) else part for part in token.split("-") if _KEEP.fullmatch(part))
    return out
