"""Thai Industrial Standard (มอก./TIS) numbers: parse one number, or find every TIS claim in listing text."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field

from tools.thai_text import normalise, normalise_same_length

# Pieces of a standard number. Matching runs on normalise_same_length() text, so digits are ASCII.
_BASE = r"[1-9][0-9]{0,4}"
_PART_VALUE = r"[0-9]{1,3}(?:[ ]?\([ ]?[0-9]{1,3}[ ]?\))?"
_PART_WORD = r"(?:เล่ม(?:ที่)?|ส่วน(?:ที่)?|(?i:part|pt\.?))"
_YEAR = r"2[4-6][0-9]{2}"  # Buddhist era, B.E. 2400-2699
_YEAR_SEP = r"(?:[ \t]?[-/][ \t]?|[ \t]*(?:พ\.[ ]?ศ\.|B\.[ ]?E\.)[ \t]*)"

_NUMBER = (
    rf"(?P<base>{_BASE})"
    r"(?:"
    rf"[ \t]*{_PART_WORD}[ \t]*(?P<part>{_PART_VALUE})"  # 685 เล่ม 1
    rf"|-(?P<dash_part>{_PART_VALUE})(?={_YEAR_SEP}{_YEAR}(?![0-9]))"  # 685-1-2562
    rf"|-(?P<short_part>[0-9](?:\([0-9]{{1,3}}\))?)(?![0-9])"  # 62368-1 (one digit: not a 2-digit year)
    r")?"
    rf"(?:{_YEAR_SEP}(?P<year>{_YEAR}))?"
    # Not a TIS number when it runs on into more digits, a licence "/std" or a price "2,879".
    r"(?![0-9/]|-[0-9]+/|[,.][0-9])"
)

# Words that claim a Thai Industrial Standard. "หมอก" (fog) contains มอก, hence the look-behind.
_KEYWORD = (
    r"(?:มาตรฐาน(?:ผลิตภัณฑ์)?อุตสาหกรรม"
    r"|(?<!ห)มอก(?![\u0E30-\u0E3A\u0E47-\u0E4E])\.?"
    r"|ม\.[ ]?อ\.[ ]?ก\.?"
    r"|(?<![A-Za-z])TIS(?![A-Za-z])\.?)"
)
_LINK = r"[ \t:：#()\[\]]{0,6}(?:(?:เลขที่|หมายเลข|เลข|(?i:no\.?|number))[ \t:：#.]{0,4})?"
_KEYWORDS = rf"{_KEYWORD}(?:{_LINK}{_KEYWORD})*"

_MENTION_RE = re.compile(rf"{_KEYWORDS}(?:{_LINK}(?P<num>{_NUMBER}))?")
_CONTINUATION_RE = re.compile(rf"[ \t]*(?:,|;|&|และ|หรือ)[ \t]*(?P<num>{_NUMBER})")
_BARE_RE = re.compile(rf"(?:{_KEYWORDS}{_LINK})?{_NUMBER}")


class TisNumber(BaseModel):
    """One standard number: base, optional part (เล่ม) and optional Buddhist-era year."""

    model_config = ConfigDict(frozen=True)

    base: str = Field(pattern=r"^[0-9]{1,5}$")
    part: str | None = Field(default=None, pattern=r"^[0-9]{1,3}(\([0-9]{1,3}\))?$")
    year: str | None = Field(default=None, pattern=r"^[0-9]{4}$")

    @property
    def family(self) -> str:
        """The standard without its edition year: "2879", "685 เล่ม 1"."""
        return f"{self.base} เล่ม {self.part}" if self.part else self.base

    @property
    def canonical(self) -> str:
        """TISI spelling: "2879-2560", "685 เล่ม 1-2562", or the family when no year is known."""
        return f"{self.family}-{self.year}" if self.year else self.family

    def __str__(self) -> str:
        return self.canonical


class TisMention(BaseModel):
    """A TIS claim in a text; number is None when the text claims TIS without giving a number."""

    model_config = ConfigDict(frozen=True)

    number: TisNumber | None
    quote: str
    start: int
    end: int


def _number_from(match: re.Match[str]) -> TisNumber:
    part = match.group("part") or match.group("dash_part") or match.group("short_part")
    return TisNumber(
        base=match.group("base"),
        part=part.replace(" ", "") if part else None,
        year=match.group("year"),
    )


def parse_tis_number(raw: str) -> TisNumber | None:
    """Parse one standard number ("2879-2560", "๖๘๕ เล่ม ๑-๒๕๖๒", "มอก. 2879"); None if it is not one."""
    text = normalise(normalise_same_length(raw)).strip(" .,;()[]")
    match = _BARE_RE.fullmatch(text)
    return _number_from(match) if match else None


def normalise_tis(raw: str) -> str:
    """The canonical spelling of a standard number; ValueError when it is not one."""
    number = parse_tis_number(raw)
    if number is None:
        raise ValueError(f"not a TIS standard number: {raw!r}")
    return number.canonical


def _close_bracket(norm: str, start: int, end: int) -> int:
    """Take in a ")" that closes a "(" opened inside the quote, so quotes stay balanced."""
    if norm.count("(", start, end) > norm.count(")", start, end) and norm[end : end + 1] == ")":
        return end + 1
    return end


def find_tis_mentions(text: str) -> list[TisMention]:
    """Every TIS claim in the text, in order; quotes are exact substrings of the input."""
    norm = normalise_same_length(text)
    mentions: list[TisMention] = []
    pos = 0
    while (match := _MENTION_RE.search(norm, pos)) is not None:
        start = match.start()
        end = _close_bracket(norm, start, match.end())
        if match.group("num") is None:
            mentions.append(TisMention(number=None, quote=text[start:end], start=start, end=end))
            pos = end
            continue
        mentions.append(TisMention(number=_number_from(match), quote=text[start:end], start=start, end=end))
        pos = end
        # "มอก. 2879-2560, 62368 เล่ม 1-2563": later numbers of a list need a year or part to count.
        while (more := _CONTINUATION_RE.match(norm, pos)) is not None:
            number = _number_from(more)
            if number.year is None and number.part is None:
                break
            s, e = more.start("num"), more.end("num")
            mentions.append(TisMention(number=number, quote=text[s:e], start=s, end=e))
            pos = e
    return mentions
