"""Query clean-up before matching: common misspellings, and the title of an Act the question names.

A named Act is a filter (the law prior), not content: left in the query, its title words match the Act's
short-title section and every section that repeats them, ahead of the section the question is about.
"""

from __future__ import annotations

import re

# frequent misspellings and variant spellings in questions -> the spelling the statutes (and our tables) use
SPELLING = (
    (r"อนุญาติ", "อนุญาต"),
    (r"กฏ", "กฎ"),
    (r"โฆษนา|โฆษณ์", "โฆษณา"),
    (r"เครื่องสำอางค์", "เครื่องสำอาง"),
    (r"ลิขสิทธ์(?!ิ)", "ลิขสิทธิ์"),
    (r"น[๊็]?อ[คก]", "น็อค"),
    (r"พาวเวอร์แบงก์", "พาวเวอร์แบงค์"),
    (r"อิเล็คทรอนิค(?:ส์)?|อิเลคทรอนิก(?:ส์)?|อิเล็กทรอนิค(?:ส์)?", "อิเล็กทรอนิกส์"),
    (r"ผลิตภัณท์|ผลิตพันธ์|ผลิตภัณฑ(?!์)", "ผลิตภัณฑ์"),
    (r"licen[cs]e", "licence"),
)
_SPELLING = [(re.compile(pattern, re.IGNORECASE), replacement) for pattern, replacement in SPELLING]

_PREFIX = r"(?:ตาม\s*)?(?:พ\.?\s*ร\.?\s*บ\.?|พระราชบัญญัติ|กฎหมาย|ประมวลกฎหมาย)?\s*"
_SUFFIX = r"(?:\s*(?:พ\.?\s*ศ\.?|b\.?\s*e\.?)?\s*\d{4})?(?:\s+act\b)?"
# the titles of the Acts in the corpus, as people write them
TITLES = (
    r"มาตรฐานผลิตภัณฑ์อุตสาหกรรม|industrial products? standards?(?: act)?",
    r"คุ้มครองผู้บริโภค|consumer protection(?: act)?",
    r"เครื่องสำอาง(?=\s*(?:พ\.?\s*ศ|\d|$|\s+(?:มาตรา|ว่า|มี|กำหนด)))|cosmetics? act",
    r"อาหาร(?=\s*(?:พ\.?\s*ศ|\d|$|\s+(?:มาตรา|ว่า|มี|กำหนด)))|food act",
    r"ยา(?=\s*(?:พ\.?\s*ศ|\d))|drugs? act",
    r"อาญา|criminal code|penal code",
    r"(?:ว่าด้วย)?ธุรกรรมทางอิเล็กทรอนิกส์|electronic transactions? act",
    r"เครื่องมือแพทย์(?=\s*(?:พ\.?\s*ศ|\d))|medical devices? act",
    r"วัตถุอันตราย(?=\s*(?:พ\.?\s*ศ|\d))|hazardous substances? act",
    r"การมาตรฐานแห่งชาติ|national standardi[sz]ation(?: act)?",
    r"(?:ว่าด้วย)?การกระทำความผิดเกี่ยวกับคอมพิวเตอร์|computer crimes?(?: act)?",
)
_NAMED = re.compile(r"(?<![a-z])(?:the\s+)?(?:" + "|".join(f"{_PREFIX}(?:{t}){_SUFFIX}" for t in TITLES) + ")", re.IGNORECASE)
_NEEDS_PREFIX = re.compile(r"^(?:ตาม\s*)?(?:พ\.?\s*ร\.?\s*บ|พระราชบัญญัติ|กฎหมาย|ประมวลกฎหมาย)", re.IGNORECASE)
_TITLE_MARK = re.compile(r"\bact$|\bcode$|\d{4}$", re.IGNORECASE)


def normalise_spelling(query: str) -> str:
    for pattern, replacement in _SPELLING:
        query = pattern.sub(replacement, query)
    return query


def strip_act_titles(query: str) -> str:
    """The query without the titles of Acts it names ("ตาม พ.ร.บ.คุ้มครองผู้บริโภค", "the Food Act").

    Only a title written as a title goes (after พ.ร.บ./พระราชบัญญัติ/กฎหมาย, or ending in Act, Code or a year):
    "คณะกรรมการคุ้มครองผู้บริโภค" and a bare "อาหาร" are content and stay. The result is never empty.
    """

    def replace(match: re.Match[str]) -> str:
        text = match.group(0).strip()
        if _NEEDS_PREFIX.match(text) or _TITLE_MARK.search(text):
            return " "
        return match.group(0)

    stripped = re.sub(r"\s+", " ", _NAMED.sub(replace, query)).strip()
    return stripped if len(stripped) >= 4 else query
