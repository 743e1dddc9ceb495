"""The compulsory-standards catalogue: parsed from TISI's open-data CSV."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from pydantic import BaseModel

from tools.thai_text import normalise
from tools.tis_numbers import parse_tis_number


class Standard(BaseModel):
    """One compulsory standard, with the edition in the catalogue."""

    tis: str
    base: str
    part: str | None
    year: str | None
    name_th: str
    name_en: str
    licences_total: int | None = None
    source_url: str
    sha256: str

    @property
    def family(self) -> str:
        return f"{self.base} เล่ม {self.part}" if self.part else self.base


def parse_catalogue(raw: str, *, source_url: str, sha256: str) -> list[Standard]:
    """Rows whose type is บังคับ become Standards; the TIS number is kept as printed."""
    reader = csv.DictReader(io.StringIO(raw.lstrip("\ufeff")))
    standards: list[Standard] = []
    for row in reader:
        if row.get("ประเภทมาตรฐาน", "").strip() != "บังคับ":
            continue
        tis = normalise(row["เลขที่ มอก."])
        parsed = parse_tis_number(tis)
        if parsed is None:
            continue
        total = row.get("จำนวนใบอนุญาตทั้งหมด", "").strip()
        standards.append(
            Standard(
                tis=tis,
                base=parsed.base,
                part=parsed.part,
                year=parsed.year,
                name_th=normalise(row["ชื่อ มอก. ภาษาไทย"]),
                name_en=normalise(row["ชื่อ มอก. ภาษาอังกฤษ"]),
                licences_total=int(total) if total.isdigit() else None,
                source_url=source_url,
                sha256=sha256,
            )
        )
    return standards


class Catalogue:
    """Lookup of compulsory standards by canonical number or by family (number without year)."""

    def __init__(self, standards: list[Standard]):
        self.standards = standards
        self._by_tis = {s.tis: s for s in standards}
        self._by_family: dict[str, Standard] = {}
        for standard in standards:
            self._by_family.setdefault(standard.family, standard)

    @classmethod
    def load(cls, path: Path) -> "Catalogue":
        items = json.loads(path.read_text(encoding="utf-8"))
        return cls([Standard(**item) for item in items])

    def get(self, tis: str) -> Standard | None:
        """Find by exact edition, else by family (the edition in force is the catalogue's)."""
        key = normalise(tis)
        if key in self._by_tis:
            return self._by_tis[key]
        parsed = parse_tis_number(key)
        if parsed is None:
            return None
        return self._by_family.get(parsed.family)

    def __len__(self) -> int:
        return len(self.standards)
