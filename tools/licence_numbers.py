"""TISI licence numbers (ท/น/ส/นค ...-.../std): parse one, or find every licence number a text gives."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from tools.thai_text import normalise, normalise_same_length
from tools.tis_numbers import TisNumber, parse_tis_number

LicenceType = Literal["ท", "น", "ส", "นค"]

# Latin spellings sellers use for the Thai type letters (T = ทำ, N = นำเข้า, S = แสดง, NK = นำเข้าเฉพาะครั้ง).
_TYPE_ALIASES: dict[str, LicenceType] = {
    "ท": "ท", "น": "น", "ส": "ส", "นค": "นค", "T": "ท", "N": "น", "S": "ส", "NK": "นค",
}

EMPTY = "empty licence number"
MISSING_TYPE = "missing licence type letter (ท/น/ส/นค)"
UNKNOWN_TYPE = "unknown licence type letter"
MISSING_NUMBER = "missing licensee number"
MISSING_STANDARD = "missing '/standard' part"
EXTRA_AFTER_STANDARD = "unexpected text after the '/standard' part"
NON_DIGIT = "non-digit characters in number"
BAD_SHAPE = "licensee number should be digits with at most one '-sequence'"
BAD_LENGTH = "implausible digit count in licence number"
UNRECOGNISED = "not shaped like a licence number"

_MAX_LICENSEE, _MAX_SEQUENCE, _MAX_BASE = 6, 4, 5

_ACTS = r"(?:ให้)?(?:ทำ|นำเข้า(?:เฉพาะครั้ง)?|แสดง(?:เครื่องหมาย(?:มาตรฐาน)?)?)?"
_TIS_WORD = r"(?:(?:มอก|สมอ)\.?|TISI)"
_NUMBER_WORD = r"(?:เลขที่|หมายเลข|เลข)"
# "strong" keywords announce a number ("ใบอนุญาตเลขที่", "License No."); "weak" ones only say "licence".
_KEYWORD = (
    r"(?:(?P<strong>"
    rf"{_NUMBER_WORD}[ ]?ใบอนุญาต{_ACTS}(?:[ ]?{_TIS_WORD})?"
    rf"|ใบอนุญาต{_ACTS}[ ]*(?:{_TIS_WORD}[ ]*)?{_NUMBER_WORD}"
    r"|(?i:(?:TISI[ ]+)?licen[cs]e[ ]*(?:no\.?|number|#)|permit[ ]*(?:no\.?|number))"
    r")|(?P<weak>"
    rf"ใบอนุญาต{_ACTS}(?:[ ]?{_TIS_WORD})?"
    r"|(?i:(?:TISI[ ]+)?licen[cs]e)(?![A-Za-z])"
    r"))"
)
_KEYWORD_RE = re.compile(_KEYWORD)
_SEP = r"[\s:：#.(\[|=]{0,8}"
# What follows a keyword: a licence-number-ish token, or a placeholder meaning "none".
_AFTER_KEYWORD_RE = re.compile(
    _SEP
    + r"(?:(?P<empty>-{1,3}|(?i:n/?a|none)|ไม่มี)(?=[\s|)\],.;]|$)"
    r"|(?P<cand>(?P<prefix>[ก-ฮ]{1,2}|[A-Za-z]{1,2})?\.?[ ]?(?:-[ ]?)?"
    r"[0-9A-Za-z]*(?:[ ]?[-/]{1,2}[ ]?[0-9A-Za-z]+)*(?:[ ]?[-/])?))"
)
# A well-formed number anywhere. Strict, so prices, phones, dates, sizes ("S 36/38") and times
# ("18.00 น. 12/12") are not licences: not glued to a word, and either a "-sequence" is present or
# the Thai type letter is followed straight by a licensee number of 3+ digits.
_STRICT_RE = re.compile(
    r"(?<![\u0E00-\u0E7FA-Za-z0-9])"
    r"(?:(?:นค|ท|น|ส|NK|N|T|S)\.?[ ]?(?:-[ ]?)?[0-9]{2,6}[ ]?-[ ]?[0-9]{1,4}"
    r"|(?:นค|ท|น|ส)[ ]?(?:-[ ]?)?[0-9]{3,6})"
    r"[ ]?/[ ]?[0-9]{1,5}"
    r"(?![0-9A-Za-z/]|-[0-9]|[.,][0-9])"
)
_PREFIX_RE = re.compile(r"(?P<prefix>[ก-ฮ]{1,3}|[A-Za-z]{1,3})\.?[ ]?(?:-[ ]?)?(?P<rest>.*)")


class LicenceNumber(BaseModel):
    """A TISI licence number: type letter, licensee number, optional sequence, standard base number."""

    model_config = ConfigDict(frozen=True)

    type: LicenceType
    licensee_no: str = Field(pattern=rf"^[0-9]{{1,{_MAX_LICENSEE}}}$")
    sequence: str | None = Field(default=None, pattern=rf"^[0-9]{{1,{_MAX_SEQUENCE}}}$")
    tis_base: str = Field(pattern=rf"^[0-9]{{1,{_MAX_BASE}}}$")

    @property
    def compact(self) -> str:
        """Lookup key without spaces: "น30516-48/2879"."""
        sequence = f"-{self.sequence}" if self.sequence else ""
        return f"{self.type}{self.licensee_no}{sequence}/{self.tis_base}"

    @property
    def canonical(self) -> str:
        """Display form, type letter then one space: "น 30516-48/2879"."""
        return f"{self.type} {self.compact[len(self.type):]}"

    def __str__(self) -> str:
        return self.canonical


class MalformedLicence(ValueError):
    """A licence number that cannot be read; .reason says why in a few English words."""

    def __init__(self, raw: str, reason: str) -> None:
        super().__init__(f"{reason}: {raw!r}")
        self.raw = raw
        self.reason = reason


class LicenceMention(BaseModel):
    """A licence number given in a text: parsed, or with the reason it could not be."""

    model_config = ConfigDict(frozen=True)

    quote: str
    start: int
    end: int
    number: LicenceNumber | None
    malformed_reason: str | None = None


def parse_licence_number(raw: str) -> LicenceNumber:
    """Read one licence number in any seller spelling; MalformedLicence when it cannot be read."""
    text = normalise(normalise_same_length(raw))
    keyword = _KEYWORD_RE.match(text)
    if keyword:
        text = text[keyword.end() :]
    text = text.strip(" :：#.,;()[]|=")
    if not text or re.fullmatch(r"-+|(?i:n/?a|none)|ไม่มี", text):
        raise MalformedLicence(raw, EMPTY)
    match = _PREFIX_RE.fullmatch(text)
    if match is None:
        raise MalformedLicence(raw, MISSING_TYPE if text[0].isdigit() else UNRECOGNISED)
    prefix, rest = match.group("prefix"), match.group("rest")
    licence_type = _TYPE_ALIASES.get(prefix.upper())
    if licence_type is None:
        raise MalformedLicence(raw, f"{UNKNOWN_TYPE} {prefix!r} (expected ท/น/ส/นค)")
    rest = re.sub(r" ?([-/]) ?", r"\1", rest)
    if not rest:
        raise MalformedLicence(raw, MISSING_NUMBER)
    if re.search(r"[^0-9/-]", rest):
        raise MalformedLicence(raw, NON_DIGIT)
    left, slash, base = rest.partition("/")
    if not slash or not base:
        raise MalformedLicence(raw, MISSING_STANDARD)
    if not base.isdigit():
        raise MalformedLicence(raw, EXTRA_AFTER_STANDARD)
    licensee, dash, sequence = left.partition("-")
    if not licensee:
        raise MalformedLicence(raw, MISSING_NUMBER)
    if (dash and not sequence) or "-" in sequence:
        raise MalformedLicence(raw, BAD_SHAPE)
    if len(licensee) > _MAX_LICENSEE or len(sequence) > _MAX_SEQUENCE or len(base) > _MAX_BASE:
        raise MalformedLicence(raw, BAD_LENGTH)
    return LicenceNumber(type=licence_type, licensee_no=licensee, sequence=sequence or None, tis_base=base)


def normalise_licence_number(raw: str) -> str:
    """The compact lookup key ("น30516-48/2879") for any spelling; MalformedLicence when unreadable."""
    return parse_licence_number(raw).compact


def licence_matches_tis(licence: LicenceNumber, tis: TisNumber) -> bool:
    """Is the licence (its "/NNNN" part) for this standard's base number?"""
    return licence.tis_base.lstrip("0") == tis.base.lstrip("0")


def _keyword_mentions(text: str, norm: str) -> list[LicenceMention]:
    """Whatever a licence keyword introduces: parsed numbers, and malformed ones with a reason."""
    found: list[LicenceMention] = []
    for keyword in _KEYWORD_RE.finditer(norm):
        after = _AFTER_KEYWORD_RE.match(norm, keyword.end())
        if after is None:
            continue
        strong = keyword.group("strong") is not None
        if after.group("empty") is not None:
            if strong:
                s, e = keyword.start(), after.end("empty")
                found.append(LicenceMention(quote=text[s:e], start=s, end=e, number=None, malformed_reason=EMPTY))
            continue
        candidate = after.group("cand")
        if not re.search(r"[0-9]", candidate):
            continue
        s, e = after.start("cand"), after.end("cand")
        try:
            number = parse_licence_number(candidate)
        except MalformedLicence as exc:
            prefix = after.group("prefix")
            looks_like_licence = "/" in candidate or (prefix is not None and prefix.upper() in _TYPE_ALIASES)
            # After a bare "ใบอนุญาต"/"licence", "5 ปี" or a TIS number "2879-2560" is not a licence number.
            if not strong and (not looks_like_licence or (prefix is None and parse_tis_number(candidate))):
                continue
            s = keyword.start()
            found.append(LicenceMention(quote=text[s:e], start=s, end=e, number=None, malformed_reason=exc.reason))
            continue
        found.append(LicenceMention(quote=text[s:e], start=s, end=e, number=number))
    return found


def find_licence_mentions(text: str) -> list[LicenceMention]:
    """Every licence number in the text, in order; overlapping finds are kept once, well-formed first."""
    norm = normalise_same_length(text)
    candidates = [
        LicenceMention(quote=text[m.start() : m.end()], start=m.start(), end=m.end(), number=parse_licence_number(m.group()))
        for m in _STRICT_RE.finditer(norm)
    ]
    candidates += _keyword_mentions(text, norm)
    candidates.sort(key=lambda m: (m.number is None, -(m.end - m.start), m.start))
    kept: list[LicenceMention] = []
    for mention in candidates:
        if all(mention.end <= other.start or mention.start >= other.end for other in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)
