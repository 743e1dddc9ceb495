"""Spelling helpers: Thai digits, licence-number and TIS-number spellings sellers use."""

from __future__ import annotations

import re

THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
LATIN_TYPE = {"ท": "T", "น": "N", "ส": "S", "นค": "NK"}


def thai_digits(text: str) -> str:
    return text.translate(THAI_DIGITS)


def split_licence(canonical: str) -> tuple[str, str, str, str]:
    """'น 30516-48/2879' -> ('น', '30516', '48', '2879')."""
    m = re.fullmatch(r"(นค|ท|น|ส) (\d+)-(\d+)/(\d+)", canonical)
    if not m:
        raise ValueError(f"not a canonical licence number: {canonical!r}")
    return m.group(1), m.group(2), m.group(3), m.group(4)


def lic(canonical: str, style: str = "canon") -> str:
    """A licence number as a seller might type it.

    canon 'น 30516-48/2879' | nospace 'น30516-48/2879' | thai 'น ๓๐๕๑๖-๔๘/๒๘๗๙' | thai_nospace
    latin 'N 30516-48/2879' | latin_nospace 'N30516-48/2879' | dot 'น.30516-48/2879'
    spaced 'น 30516 - 48 / 2879' | dot_space 'น. 30516-48/2879'
    """
    t, a, b, c = split_licence(canonical)
    forms = {
        "canon": f"{t} {a}-{b}/{c}",
        "nospace": f"{t}{a}-{b}/{c}",
        "thai": thai_digits(f"{t} {a}-{b}/{c}"),
        "thai_nospace": thai_digits(f"{t}{a}-{b}/{c}"),
        "latin": f"{LATIN_TYPE[t]} {a}-{b}/{c}",
        "latin_nospace": f"{LATIN_TYPE[t]}{a}-{b}/{c}",
        "dot": f"{t}.{a}-{b}/{c}",
        "dot_space": f"{t}. {a}-{b}/{c}",
        "spaced": f"{t} {a} - {b} / {c}",
    }
    return forms[style]


def tis(number: str, style: str = "canon") -> str:
    """A TIS number with its prefix: canon 'มอก. 2879-2560' | nodot 'มอก 2879-2560' | tight 'มอก.2879-2560'
    | thai 'มอก. ๒๘๗๙-๒๕๖๐' | en 'TIS 2879-2560' | en_spaced 'TIS 2879 - 2560' | bare '2879-2560'."""
    forms = {
        "canon": f"มอก. {number}",
        "nodot": f"มอก {number}",
        "tight": f"มอก.{number}",
        "thai": "มอก. " + thai_digits(number),
        "en": f"TIS {number}",
        "en_spaced": "TIS " + number.replace("-", " - "),
        "bare": number,
    }
    return forms[style]
