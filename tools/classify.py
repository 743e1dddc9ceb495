"""Classify a product against the compulsory catalogue using everyday names (aliases)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterable

from pydantic import BaseModel, Field


class AliasEntry(BaseModel):
    tis: str
    product_th: str = ""
    product_en: str = ""
    aliases: list[str]
    exclude: list[str] = Field(default_factory=list)


class AliasTable(BaseModel):
    accessory_words: list[str] = Field(default_factory=list)
    standards: list[AliasEntry]


def load_alias_table() -> AliasTable:
    """The project's alias table shipped in knowledge/aliases.json."""
    text = resources.files("knowledge").joinpath("aliases.json").read_text(encoding="utf-8")
    return AliasTable(**json.loads(text))


def alias_pattern(phrase: str) -> re.Pattern[str]:
    """Case-insensitive, flexible whitespace/hyphen, word boundaries only around Latin letters."""
    words = phrase.lower().split()
    body = r"[\s\-]*".join(re.escape(word) for word in words)
    if re.match(r"[a-z0-9]", words[0]):
        body = r"(?<![a-z0-9])" + body
    if re.search(r"[a-z0-9]$", words[-1]):
        body = body + r"(?![a-z0-9])"
    return re.compile(body, re.IGNORECASE)


# Head nouns that make a title an accessory or part *for* a product, not the product itself (investigator's rule)
ACCESSORY_HEADS = (
    "ถุงผ้า", "ถุงใส่", "ซอง", "กระเป๋า", "เคส", "ฝาครอบ", "ผ้าคลุม", "ฟิล์มกัน", "ฟิล์มติด", "สติกเกอร์", "สติ๊กเกอร์", "ชิลด์", "ชิวหน้า",
    "ฟองน้ำ", "นวม", "ไส้กรอง", "แผ่นกรอง", "หัวฉีด", "ที่วาง", "ขาตั้ง", "ที่แขวน", "อะไหล่", "ใบพัด", "สายรัด", "รีโมท", "ตะแกรง",
    "case", "cover", "pouch", "bag", "sticker", "decal", "visor", "filter", "replacement", "spare", "holder", "mount", "stand for",
)
NOT_THE_PRODUCT = re.compile(r"not a toy|ไม่ใช่ของเล่น|เฉพาะเคส|ไม่รวมเครื่อง|ไม่รวมแบต|ไม่รวมตัวเครื่อง|(?:^|\s)(?:for|สำหรับ)\s*(?:รุ่น|model)", re.IGNORECASE)


def _head_start(title: str) -> int:
    """Offset where the title's head noun starts (after promo brackets and emoji)."""
    lowered = title.lower()
    match = re.match(r"^(?:[\s\[\](){}【】🔥✅⚡️*\-!]+|\[[^\]]*\]|\([^)]*\)|【[^】]*】)*", lowered)
    return match.end() if match else 0


def accessory_title(title: str, product_starts: list[int] | None = None) -> bool:
    """True when the head noun is an accessory/part word (and no product name starts there), or the title says
    it is not the product itself ('not a toy', 'เฉพาะเคส')."""
    start = _head_start(title)
    head = title[start:].lower()
    if head.startswith(ACCESSORY_HEADS) and not any(abs(p - start) <= 1 for p in product_starts or []):
        return True
    return bool(NOT_THE_PRODUCT.search(title))


UNIDENTIFIABLE = re.compile(
    r"กล่องสุ่ม|mystery\s*box|blind\s*box|ตามไลฟ์|ในไลฟ์|live\s*code|สินค้าตามรหัส|^\W*(?:รหัส|code)\s*[a-z]{0,3}\s*\d{1,4}\W*$"
    r"|(?=.*(?:ไลฟ์|\blive\b))(?=.*(?:รหัส|\bcode)\s*[a-z]{0,3}\s*\d{1,4}\b)",
    re.IGNORECASE,
)


def unidentifiable_title(title: str) -> bool:
    """Listings that do not say what the product is (mystery boxes, live-sale codes): the product is unclear."""
    return bool(UNIDENTIFIABLE.search(title.strip()))


class Match(BaseModel):
    tis: str
    alias: str
    field: str
    quote: str
    start: int
    end: int
    weight: float


class ClassifyResult(BaseModel):
    tis: str | None
    accessory: bool = False
    best: Match | None = None
    candidates: list[tuple[str, float]] = Field(default_factory=list)


@dataclass
class Classifier:
    """Compiled alias patterns; longest match wins where standards overlap."""

    table: AliasTable
    _aliases: list[tuple[str, str, re.Pattern[str]]] = field(default_factory=list)
    _excludes: dict[str, list[re.Pattern[str]]] = field(default_factory=dict)
    _accessory: re.Pattern[str] | None = None

    def __post_init__(self) -> None:
        for entry in self.table.standards:
            for alias in entry.aliases:
                if alias.strip():
                    self._aliases.append((entry.tis, alias, alias_pattern(alias)))
            self._excludes[entry.tis] = [alias_pattern(p) for p in entry.exclude if p.strip()]
        words = [w for w in self.table.accessory_words if w.strip()]
        if words:
            self._accessory = re.compile(
                "(?:" + "|".join(alias_pattern(w).pattern for w in sorted(words, key=len, reverse=True)) + r")[\s\-]*(?:สำหรับ|for|ใส่|ของ|ติด|รอง|กัน|คลุม|แต่ง|เปลี่ยน)?[\s\-]*$",
                re.IGNORECASE,
            )

    def _matches(self, field_name: str, text: str, weight: float, excluded: set[str] | None = None) -> list[Match]:
        found: list[Match] = []
        for tis, alias, pattern in self._aliases:
            for hit in pattern.finditer(text):
                if self._excluded(tis, text, hit.start(), hit.end()):
                    if excluded is not None:
                        excluded.add(tis)
                    continue
                found.append(Match(tis=tis, alias=alias, field=field_name, quote=hit.group(0), start=hit.start(), end=hit.end(), weight=weight))
        # a match inside a longer match of another standard is not evidence for it
        kept = []
        for match in found:
            if not any(
                other.tis != match.tis and other.start <= match.start and match.end <= other.end and (other.end - other.start) > (match.end - match.start)
                for other in found
            ):
                kept.append(match)
        return kept

    def _excluded(self, tis: str, text: str, start: int, end: int) -> bool:
        for pattern in self._excludes.get(tis, []):
            for hit in pattern.finditer(text):
                if hit.start() <= start and end <= hit.end():
                    return True
        if self._accessory is not None and self._accessory.search(text[max(0, start - 30):start]):
            return True
        return False

    def classify(self, fields: Iterable[tuple[str, str | None, float]]) -> ClassifyResult:
        """fields: (name, text, weight). Score = sum of weight x alias length over fields."""
        scores: dict[str, float] = {}
        best: dict[str, Match] = {}
        fields = list(fields)
        title = next((text for name, text, _ in fields if name == "title" and text), None)
        if title is not None and accessory_title(title, [m.start for m in self._matches("title", title, 1.0)]):
            return ClassifyResult(tis=None, accessory=True)
        vetoed: set[str] = set()
        if title is not None:
            self._matches("title", title, 1.0, excluded=vetoed)
        for field_name, text, weight in fields:
            if not text:
                continue
            for match in self._matches(field_name, text, weight):
                if match.tis in vetoed and field_name != "title":
                    continue  # the title said what this is not (e.g. a bicycle helmet); other text cannot bring it back
                score = weight * len(match.alias)
                scores[match.tis] = scores.get(match.tis, 0.0) + score
                current = best.get(match.tis)
                if current is None or score > current.weight * len(current.alias):
                    best[match.tis] = match
        ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
        if not ranked:
            return ClassifyResult(tis=None)
        top = ranked[0][0]
        return ClassifyResult(tis=top, best=best[top], candidates=[(tis, round(score, 2)) for tis, score in ranked[:5]])
