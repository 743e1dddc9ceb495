"""Company and brand names compared the way an investigator would: legal forms, spacing, case and script ignored."""

from __future__ import annotations

import re
import unicodedata
from difflib import SequenceMatcher
from functools import lru_cache

from tools.thai_text import normalise

_THAI_LEGAL = [
    "บริษัทมหาชนจำกัด", "ห้างหุ้นส่วนจำกัด", "ห้างหุ้นส่วนสามัญ", "บริษัท", "บจก.", "บมจ.", "หจก.", "จำกัด", "(มหาชน)", "มหาชน",
    "(ประเทศไทย)", "ประเทศไทย", "ร้าน",
]
_LATIN_LEGAL = [
    "public company limited", "company limited", "co., ltd.", "co.,ltd.", "co. ltd.", "co.ltd.", "co.ltd", "co., ltd", "co ltd",
    "ltd.", "ltd", "limited", "public company", "pcl.", "pcl", "inc.", "inc", "corporation", "corp.", "corp", "company", "co.",
    "(thailand)", "thailand", "official store", "official shop", "official", "shop", "store", "mall",
]
_LATIN_PATTERNS = [re.compile(rf"(?<![a-z0-9]){re.escape(w)}(?![a-z0-9])") for w in sorted(_LATIN_LEGAL, key=len, reverse=True)]
_SPLIT = re.compile(r"[\s\.\,\-\(\)\"'&/·|]+")
_THAI = re.compile(r"[\u0E00-\u0E7F]")


_FULL_WIDTH = re.compile(r"[\uff01-\uff5e]")


def _fold_full_width(text: str) -> str:
    """Full-width Latin letters and digits to ASCII; Thai is left alone (NFKC would split สระอำ)."""
    return _FULL_WIDTH.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def name_tokens(name: str) -> list[str]:
    """Tokens of a name without legal forms or shop words, lower-cased, full-width folded."""
    text = normalise(_fold_full_width(name)).lower()
    for word in sorted(_THAI_LEGAL, key=len, reverse=True):
        text = text.replace(word, " ")
    for pattern in _LATIN_PATTERNS:
        text = pattern.sub(" ", text)
    return [t for t in _SPLIT.split(text) if t]


def name_key(name: str) -> str:
    """Lower-case name without legal forms, punctuation or spaces."""
    return "".join(name_tokens(name))


@lru_cache(maxsize=4096)
def _romanised(token: str) -> str:
    if not _THAI.search(token):
        return token
    from pythainlp.transliterate import romanize

    return romanize(token, engine="royin").replace(" ", "").lower()


def names_match(a: str | None, b: str | None) -> tuple[bool, float]:
    """(same?, confidence): 1.0 equal; 0.8 one name is the other's leading words; 0.6 same once Thai is romanised."""
    if not a or not b:
        return False, 0.0
    ta, tb = name_tokens(a), name_tokens(b)
    ka, kb = "".join(ta), "".join(tb)
    if not ka or not kb:
        return False, 0.0
    if ka == kb:
        return True, 1.0
    shorter, longer = sorted((ta, tb), key=len)
    if len(shorter) < len(longer) and longer[: len(shorter)] == shorter:
        return True, 0.8
    ra, rb = "".join(_romanised(t) for t in ta), "".join(_romanised(t) for t in tb)
    if (ra != ka or rb != kb) and min(len(ra), len(rb)) >= 4 and SequenceMatcher(None, ra, rb).ratio() >= 0.85:
        return True, 0.6
    return False, 0.0
