"""What an investigator's chat message asks for, read by code (the offline path, and the model's fallback)."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel

from tools.licence_numbers import find_licence_mentions

Kind = Literal["quit", "help", "investigate", "investigate_seller", "explain", "report", "licence", "section", "search"]

_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s<>\"']+", re.IGNORECASE)  # any scheme: investigate refuses non-http(s)
_QUIT = re.compile(r"^\s*(?:quit|exit|bye|q|ออก|เลิก|จบ)\s*[.!]?\s*$", re.IGNORECASE)
_HELP = re.compile(r"^\s*(?:help|\?|ช่วยด้วย|วิธีใช้|ใช้ยังไง)\s*$", re.IGNORECASE)
_SELLER = re.compile(r"\b(?:seller|shop|store)\b|ร้านค้า|ร้าน|ผู้ขาย", re.IGNORECASE)
_EXPLAIN = re.compile(r"\b(?:why|explain|evidence|how do you know)\b|ทำไม|อธิบาย|เหตุผล|หลักฐาน|เพราะอะไร", re.IGNORECASE)
_REPORT = re.compile(r"\breport\b|รายงาน", re.IGNORECASE)
_SECTION = re.compile(r"(?:มาตรา|\bsection|\bs\.)\s*([0-9๐-๙]+(?:/[0-9๐-๙]+)?(?:\s*(?:ทวิ|ตรี|จัตวา|เบญจ|ฉ|สัตต|อัฏฐ|นว|ทศ|bis|ter))?)",
                      re.IGNORECASE)


class Intent(BaseModel):
    kind: Kind
    text: str
    url: str | None = None
    licences: list[str] = []
    section: str | None = None


def read_intent(message: str) -> Intent:
    """The first rule that fits: quit, help, a URL, a licence number, a section number, why/report, else a law search."""
    text = message.strip()
    if _QUIT.match(text):
        return Intent(kind="quit", text=text)
    if not text or _HELP.match(text):
        return Intent(kind="help", text=text)
    url = _URL.search(text)
    if url:
        rest = text[: url.start()] + text[url.end():]
        kind = "investigate_seller" if _SELLER.search(rest) else "investigate"
        return Intent(kind=kind, text=text, url=url.group(0).rstrip(".,)"))
    mentions = [m.quote for m in find_licence_mentions(text)]
    if mentions:
        return Intent(kind="licence", text=text, licences=mentions)
    section = _SECTION.search(text)
    if section:
        number = section.group(1).replace("bis", "ทวิ").replace("ter", "ตรี")
        return Intent(kind="section", text=text, section=number)
    if _EXPLAIN.search(text):
        return Intent(kind="explain", text=text)
    if _REPORT.search(text):
        return Intent(kind="report", text=text)
    return Intent(kind="search", text=text)
