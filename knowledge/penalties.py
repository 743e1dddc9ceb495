"""Cross-references and offence -> penalty links, read from the statute text itself."""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.statutes import SUFFIX_RE, Section, normalise_section_number, section_sort_key

PENALTY_MARKER = "ต้องระวางโทษ"
# "เป็นกรณีต้องระวางโทษตามมาตรา 238" qualifies a case; it is not a penalty clause.
_PENALTY = re.compile(rf"(?<!กรณี){PENALTY_MARKER}")

_PARAGRAPH = r"วรรค(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ(?:เอ็ด|สอง)?|ท้าย)"
# What may follow a section number without changing which section is meant.
_QUALIFIER = rf"(?:\s*(?:{_PARAGRAPH}|\(\d+\)|\([ก-ฮ]\)))*"
_REFERENCE = re.compile(
    rf"มาตรา\s*(?P<num>\d+(?:\s*/\s*\d+)?(?:\s*{SUFFIX_RE})?)(?![\d/]){_QUALIFIER}"
)
# Text allowed between two references of one list ("มาตรา 16 มาตรา 20 หรือมาตรา 21").
_LIST_GLUE = re.compile(rf"(?:\s|,|หรือ|และ|ถึง|แล้วแต่กรณี|{_PARAGRAPH}|\(\d+\))*")
# "... แห่งพระราชบัญญัติ X" names another law; "แห่งพระราชบัญญัตินี้" is this one.
_OTHER_LAW = re.compile(
    r"\s*(?:แห่ง|ของ)\s*(?!(?:พระราชบัญญัติ|ประมวลกฎหมาย|พระราชกำหนด|กฎหมาย)นี้)"
    r"(?:พระราชบัญญัติ|ประมวลกฎหมาย|พระราชกำหนด|กฎหมาย|รัฐธรรมนูญ|ประกาศ)"
)
# Editorial notes of the consolidator: "[อัตราโทษ แก้ไขเพิ่มเติมโดยมาตรา 8 แห่ง...]".
_EDITORIAL = re.compile(r"\[[^\]]*\]")
# Where a penalty clause stops: the next sentence, list item or editorial note.
_CLAUSE_END = re.compile(
    r"\s(?=ผู้|\S*ผู้ใด|ถ้า|แต่ถ้า|ในกรณี|หาก|ทั้งนี้|ให้|บรรดา|ความผิด|การ|\(\d+\)|\[)"
)
_LIST_ITEM = re.compile(r"^\s*\(\d+\)")


@dataclass(frozen=True)
class _Reference:
    number: str
    start: int
    end: int


def _blank_editorial(text: str) -> str:
    """Replace editorial notes by spaces, keeping offsets."""
    return _EDITORIAL.sub(lambda m: " " * len(m.group()), text)


def _header_end(section: Section) -> int:
    """Offset just past the leading 'มาตรา N' of the section text."""
    m = _REFERENCE.match(section.text)
    return m.end("num") if m else 0


def _references(section: Section) -> list[_Reference]:
    """References to sections of the same statute, in order, with offsets."""
    text = _blank_editorial(section.text)
    found = [
        _Reference(normalise_section_number(m["num"]), m.start(), m.end())
        for m in _REFERENCE.finditer(text, _header_end(section))
    ]
    # Group list members, then drop groups that end by naming another law.
    groups: list[list[_Reference]] = []
    for ref in found:
        if groups and _LIST_GLUE.fullmatch(text, groups[-1][-1].end, ref.start):
            groups[-1].append(ref)
        else:
            groups.append([ref])
    kept = [
        ref
        for group in groups
        if not _OTHER_LAW.match(text, group[-1].end)
        for ref in group
    ]
    return [ref for ref in kept if ref.number != section.section]


def cross_references(section: Section) -> list[str]:
    """Sections of the same statute named in the text, in order, without repeats."""
    return list(dict.fromkeys(ref.number for ref in _references(section)))


def _clause_spans(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) of every penalty clause: from the marker to the end of its sentence."""
    starts = [m.start() for m in _PENALTY.finditer(text, start)]
    spans: list[tuple[int, int]] = []
    for i, begin in enumerate(starts):
        limit = starts[i + 1] if i + 1 < len(starts) else len(text)
        stop = _CLAUSE_END.search(text, begin + len(PENALTY_MARKER), limit)
        spans.append((begin, stop.start() if stop else limit))
    return spans


def penalty_clauses(section: Section) -> list[str]:
    """Every penalty clause of the section, for display."""
    return [section.text[a:b].strip() for a, b in _clause_spans(section.text)]


def penalty_text(section: Section) -> str:
    """The first clause from 'ต้องระวางโทษ' to the end of its sentence ('' if none)."""
    clauses = penalty_clauses(section)
    return clauses[0] if clauses else ""


def offences(section: Section) -> list[str]:
    """Sections this penalty provision punishes breaches of (named before 'ต้องระวางโทษ')."""
    text = _blank_editorial(section.text)
    refs = _references(section)
    found: list[str] = []
    previous_end = _header_end(section)
    in_list = False
    for begin, end in _clause_spans(text, previous_end):
        segment = text[previous_end:begin]
        # Items "(1) ในกรณีที่เป็นผู้รับใบอนุญาตตามมาตรา 16 ต้องระวางโทษ..." under
        # "ต้องระวางโทษดังต่อไปนี้" grade the penalty; they name no new offence.
        if not (in_list and _LIST_ITEM.match(segment)):
            found += [r.number for r in refs if previous_end <= r.start < begin]
        in_list = text[begin:end].rstrip().endswith("ดังต่อไปนี้") or (
            in_list and bool(_LIST_ITEM.match(segment))
        )
        # References inside the clause ("ต้องระวางโทษตามมาตรา 48") name penalties: skipped.
        previous_end = end
    return list(dict.fromkeys(found))


def penalty_links(sections: list[Section]) -> dict[str, list[str]]:
    """Offence section -> the penalty sections that punish it, in statute order."""
    links: dict[str, list[str]] = {}
    for section in sections:
        for offence in offences(section):
            penalties = links.setdefault(offence, [])
            if section.section not in penalties:
                penalties.append(section.section)
    return {k: links[k] for k in sorted(links, key=section_sort_key)}
