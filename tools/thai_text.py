"""Small text normalisers shared by every parser: Thai digits, whitespace, dashes."""

from __future__ import annotations

import re
import unicodedata

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
_DIGIT_TABLE = str.maketrans({d: str(i) for i, d in enumerate(THAI_DIGITS)})
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d"})
_SPACES = re.compile(r"[\s\u00a0\u200b\u200c\u200d\ufeff]+")


def thai_digits_to_arabic(text: str) -> str:
    """Replace Thai digits (๐-๙) with Arabic digits."""
    return text.translate(_DIGIT_TABLE)


def collapse_spaces(text: str) -> str:
    """Collapse every run of whitespace (including NBSP and zero-width) to one space."""
    return _SPACES.sub(" ", text).strip()


def normalise(text: str) -> str:
    """NFC, Arabic digits, ASCII dashes and single spaces: the form every matcher compares."""
    text = unicodedata.normalize("NFC", text)
    return collapse_spaces(thai_digits_to_arabic(text).translate(_DASHES))


_SAME_LENGTH = str.maketrans(
    {
        **{d: str(i) for i, d in enumerate(THAI_DIGITS)},
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        **{c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d"},
        **{c: " " for c in "\u00a0\u2007\u202f\u200b\u200c\u200d\ufeff\u3000"},
        "\uff0f": "/",
    }
)


def normalise_same_length(text: str) -> str:
    """Arabic digits, ASCII dashes and plain spaces, one character for one, so offsets still index the input."""
    return text.translate(_SAME_LENGTH)
