"""Company and brand names compared the way an investigator would: legal suffixes and spacing ignored."""

from __future__ import annotations

import re

from tools.thai_text import normalise

_LEGAL = [
    "บริษัทมหาชนจำกัด", "บริษัท", "บจก.", "บมจ.", "หจก.", "ห้างหุ้นส่วนจำกัด", "ห้างหุ้นส่วนสามัญ", "จำกัด", "(มหาชน)", "มหาชน",
    "company limited", "co., ltd.", "co.,ltd.", "co. ltd.", "co.ltd", "co., ltd", "co ltd", "ltd.", "ltd", "limited",
    "public company", "pcl.", "pcl", "inc.", "inc", "corporation", "corp.", "corp", "company", "co.",
    "(thailand)", "(ประเทศไทย)", "ประเทศไทย", "thailand", "official store", "official shop", "official", "ร้าน", "shop", "store",
]


def name_key(name: str) -> str:
    """Lower-case name without legal forms, punctuation or spaces."""
    text = normalise(name).lower()
    for word in sorted(_LEGAL, key=len, reverse=True):
        text = text.replace(word, " ")
    return re.sub(r"[\s\.\,\-\(\)\"'&/]+", "", text)


def names_match(a: str | None, b: str | None) -> tuple[bool, float]:
    """(same?, confidence) for two company/brand names."""
    if not a or not b:
        return False, 0.0
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return False, 0.0
    if ka == kb:
        return True, 1.0
    shorter, longer = sorted((ka, kb), key=len)
    if len(shorter) >= 3 and shorter in longer:
        return True, 0.8
    return False, 0.0
