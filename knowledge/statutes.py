"""Split one consolidated Thai statute (krisdika.go.th plain text) into its sections."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from pydantic import BaseModel

from tools.thai_text import collapse_spaces, thai_digits_to_arabic

# Ordinal suffixes of inserted sections (Pali/Sanskrit ordinals 2..20), in order.
SECTION_SUFFIXES: tuple[str, ...] = (
    "ทวิ",
    "ตรี",
    "จัตวา",
    "เบญจ",
    "ฉ",
    "สัตต",
    "อัฏฐ",
    "นว",
    "ทศ",
    "เอกาทศ",
    "ทวาทศ",
    "เตรส",
    "จตุทศ",
    "ปัณรส",
    "โสฬส",
    "สัตตรส",
    "อัฏฐารส",
    "เอกูนวีสติ",
    "วีสติ",
)
# Spelling variants met in print (ฎ for ฏ), mapped to the canonical suffix.
_SUFFIX_VARIANTS = {"อัฎฐ": "อัฏฐ", "อัฎฐารส": "อัฏฐารส"}
_SUFFIX_RANK = {s: i + 1 for i, s in enumerate(SECTION_SUFFIXES)}  # ทวิ -> 1

_WS = r"[ \t\u00a0\u200b]"
_DIGIT = r"[0-9๐-๙]"
_SUFFIX_ALT = "|".join(
    sorted([*SECTION_SUFFIXES, *_SUFFIX_VARIANTS], key=len, reverse=True)
)
# A suffix must not run on into another Thai word ("ฉ" vs "ฉบับ").
SUFFIX_RE = rf"(?:{_SUFFIX_ALT})(?![\u0e01-\u0e4e])"
# "20", "36/1", "20 ทวิ", "20ทวิ" (Thai or Arabic digits).
NUMBER_RE = rf"{_DIGIT}+(?:{_WS}*/{_WS}*{_DIGIT}+)?(?:{_WS}*{SUFFIX_RE})?"
_FOOTNOTE = rf"\[{_DIGIT}+\]"

_NUMBER_PARTS = re.compile(
    rf"^(?P<n>\d+)(?:\s*/\s*(?P<sub>\d+))?(?:\s*(?P<sfx>{SUFFIX_RE}))?$"
)
# A header: "มาตรา" at the start of a line, the number possibly on the next line,
# then footnote markers, then whitespace or the end of the line.
_HEADER = re.compile(
    rf"^{_WS}*มาตรา{_WS}*\n?{_WS}*(?P<num>{NUMBER_RE})(?P<fn>(?:{_FOOTNOTE})*)(?={_WS}|\n|$)",
    re.M,
)
# Lines that end the statute body: countersignature, notes, footnote list, schedules.
_TERMINATOR = re.compile(
    rf"^{_WS}*(?:ผู้รับสนองพระบรมราชโองการ"
    rf"|หมายเหตุ{_WS}*(?::|$)"
    rf"|{_FOOTNOTE}{_WS}*ราชกิจจานุเบกษา"
    rf"|สารบ[าั]ญ{_WS}*$"
    rf"|อัตราค่าธรรมเนียม(?:{_FOOTNOTE})*{_WS}*$)",
    re.M,
)
# Title of an appended act ("พระราชบัญญัติ ... (ฉบับที่ ๒)"); counts only at a paragraph start.
_ACT_TITLE = re.compile(
    rf"^{_WS}*\*?(?:พระราชบัญญัติ|พระราชกำหนด|พระราชกฤษฎีกา"
    r"|ประกาศของคณะ|ประกาศคณะ|คำสั่งหัวหน้าคณะ)",
    re.M,
)
# First line of a structural heading: "หมวด ๑", "ส่วนที่ ๑/๑", a bare "หมวด" (number on
# the next line), "บทเฉพาะกาล".
_HEADING = re.compile(
    rf"^{_WS}*(?:(?:ภาค|ลักษณะ|หมวด|ส่วนที่|บรรพ)(?:{_WS}*{_DIGIT}|{_WS}*$)|บทเฉพาะกาล{_WS}*$)"
)
_BLANK = re.compile(r"^[\s\u00a0\u200b\ufeff]*$")
_FOOTNOTE_ARABIC = re.compile(r"\[\d+\]")


class Section(BaseModel):
    """One section (มาตรา) of a statute, text normalised for display and matching."""

    law: str
    section: str
    text: str
    ordinal: int
    source_url: str
    sha256: str


def normalise_section_number(raw: str) -> str:
    """'มาตรา ๒๐ ทวิ' -> '20 ทวิ', '๓๖/๑' -> '36/1', '20ทวิ' -> '20 ทวิ'."""
    text = collapse_spaces(_FOOTNOTE_ARABIC.sub("", thai_digits_to_arabic(raw)))
    text = re.sub(r"^มาตรา\s*", "", text)
    m = _NUMBER_PARTS.match(text)
    if not m or m.end() != len(text.rstrip()):
        # formats.md: other labels (schedule items, rare suffixes) are normalised only for digits, spaces and มาตรา
        if not text:
            raise ValueError(f"not a section number: {raw!r}")
        return text
    number = str(int(m["n"]))
    if m["sub"]:
        return f"{number}/{int(m['sub'])}"
    if m["sfx"]:
        return f"{number} {_SUFFIX_VARIANTS.get(m['sfx'], m['sfx'])}"
    return number


def section_sort_key(number: str) -> tuple[int, int]:
    """Order of a normalised section number: ('20' < '20 ทวิ' < '20 ตรี'), ('36' < '36/1')."""
    m = _NUMBER_PARTS.match(number)
    if not m:
        raise ValueError(f"not a normalised section number: {number!r}")
    if m["sub"]:
        return int(m["n"]), int(m["sub"])
    if m["sfx"]:
        return int(m["n"]), _SUFFIX_RANK[_SUFFIX_VARIANTS.get(m["sfx"], m["sfx"])]
    return int(m["n"]), 0


@dataclass(frozen=True)
class _Header:
    number: str
    start: int  # where "มาตรา" begins
    body: int  # where the section text after the header begins


def _starts_paragraph(raw: str, pos: int) -> bool:
    """True if the line holding pos is the first line of the text or follows a blank line."""
    line_start = raw.rfind("\n", 0, pos) + 1
    if line_start == 0:
        return True
    prev_start = raw.rfind("\n", 0, line_start - 1) + 1
    return _BLANK.match(raw[prev_start : line_start - 1]) is not None


def _candidate_headers(raw: str) -> list[_Header]:
    """Headers at the start of a paragraph, not cross-references wrapped onto a new line."""
    return [
        _Header(normalise_section_number(m["num"]), m.start(), m.end())
        for m in _HEADER.finditer(raw)
        if _starts_paragraph(raw, m.start())
    ]


def _terminators(raw: str) -> list[int]:
    """Offsets where the statute body stops: signatures, notes, footnotes, appended acts."""
    found = [m.start() for m in _TERMINATOR.finditer(raw)]
    found += [m.start() for m in _ACT_TITLE.finditer(raw) if _starts_paragraph(raw, m.start())]
    return sorted(found)


def _runs(headers: list[_Header], terminators: list[int]) -> list[list[_Header]]:
    """Split headers where numbering does not increase or the body ends in between."""
    runs: list[list[_Header]] = []
    for header in headers:
        if runs:
            last = runs[-1][-1]
            crosses_end = any(last.start < t < header.start for t in terminators)
            if not crosses_end and section_sort_key(header.number) > section_sort_key(last.number):
                runs[-1].append(header)
                continue
        runs.append([header])
    return runs


def _main_run(runs: list[list[_Header]]) -> list[_Header]:
    """The statute body: the longest run that starts at section 1 (else the longest)."""
    from_one = [r for r in runs if r[0].number == "1"]
    return max(from_one or runs, key=len)


def _drop_headings(chunk: str) -> str:
    """Cut the chunk at the first paragraph that is a หมวด/ส่วน/บทเฉพาะกาล heading."""
    lines = chunk.split("\n")
    for i in range(1, len(lines)):
        if _HEADING.match(lines[i]) and _BLANK.match(lines[i - 1]):
            return "\n".join(lines[:i])
    return chunk


def _clean(text: str) -> str:
    """Arabic digits, no footnote markers, single spaces."""
    return collapse_spaces(_FOOTNOTE_ARABIC.sub("", thai_digits_to_arabic(text)))


def parse_statute(raw: str, *, law: str, source_url: str, sha256: str) -> list[Section]:
    """Sections of the statute body, in order; amendment acts and notes are left out."""
    raw = raw.replace("\r\n", "\n").replace("\r", "\n")
    headers = _candidate_headers(raw)
    if not headers:
        return []
    terminators = _terminators(raw)
    run = _main_run(_runs(headers, terminators))
    stops = sorted([*terminators, *(h.start for h in headers), len(raw)])
    sections: list[Section] = []
    for ordinal, header in enumerate(run, start=1):
        end = stops[bisect_left(stops, header.body)]
        body = _clean(_drop_headings(raw[header.body : end]))
        text = f"มาตรา {header.number} {body}".strip()
        sections.append(
            Section(
                law=law,
                section=header.number,
                text=text,
                ordinal=ordinal,
                source_url=source_url,
                sha256=sha256,
            )
        )
    return sections
