"""Merge knowledge/alias_src/*.json into knowledge/aliases.json and validate it.

Usage: python knowledge/alias_src/build.py [--allow-partial] [--csv PATH]

Sources: `_meta.json` (about, accessory_words) plus every other `*.json` here,
each `{"standards": [...]}`. The TISI catalogue CSV is read only to check that
every `tis` string exists and that every compulsory row is covered; nothing from
it is copied into the output.

Checks (any failure exits non-zero and leaves aliases.json untouched):
  * every `tis` exists verbatim in the catalogue; no standard defined twice;
  * every standard has product_th, product_en and >= 2 aliases;
  * aliases / exclude phrases are >= 3 characters, no duplicates in a standard;
  * an alias shared by two standards (after lower-casing and dropping spaces and
    hyphens) needs a `note` on one of them that mentions it;
  * no exclude phrase swallows an alias of its own standard outright;
  * all catalogue rows covered (unless --allow-partial);
  * a few smoke-test listings classify as expected (tools/classify.py);
  * output is valid UTF-8 JSON with 2-space indent that round-trips.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "aliases.json"
REPO = HERE.parent.parent
DEFAULT_CSV = Path("/work/shared/data/upstream/tisi-open-data/tis_2025_11_mandatory_rows_verbatim.csv")
TIS_COLUMN = "เลขที่ มอก."

# (title, category, expected tis) — checked only when the expected standard is present.
# None = no standard at all; "!X" = anything but X.
SMOKE = [
    ("พาวเวอร์แบงค์ 20000mAh ชาร์จเร็ว", "", "2879-2560"),
    ("เคสพาวเวอร์แบงค์ ซิลิโคน", "", None),
    ("ปลั๊กพ่วง 4 ช่อง 3 เมตร มอก.", "", "2432-2555"),
    ("รางปลั๊กไฟ 5 ช่อง USB", "", "2432-2555"),
    ("เต้ารับคู่ มีกราวด์ ปลั๊กติดผนัง", "", "166-2549"),
    ("หมวกกันน็อค เต็มใบ", "", "369-2557"),
    ("ของเล่นหมวกกันน็อค สำหรับเด็ก", "", "685 เล่ม 1-2562"),
    ("ตัวต่อ บล็อกตัวต่อ 500 ชิ้น", "", "685 เล่ม 1-2562"),
    ("หลอดไฟ LED 9W E27", "", "2780-2562"),
    ("หลอดไฟ LED T8 18W", "", "2779-2562"),
    ("พัดลมตั้งพื้น 16 นิ้ว", "", "934-2558"),
    ("พัดลมพกพา USB ชาร์จได้", "", None),
    ("เตารีดไอน้ำ 2200W", "", "366-2547"),
    ("หม้อหุงข้าวไฟฟ้า 1.8 ลิตร", "", "1039-2547"),
    ("ไดร์เป่าผม 2000W", "", "60335 เล่ม 2(23)-2564"),
    ("เตารีดผม หนีบผมตรง", "", "60335 เล่ม 2(23)-2564"),
    ("หม้อทอดไร้น้ำมัน 5 ลิตร", "", "1641-2552"),
    ("กล่องข้าว 2 ช่อง เข้าไมโครเวฟได้", "", "!1773-2548"),
    ("แอร์ติดผนัง 12000 BTU inverter", "", "1529-2561"),
    ("แอร์ประหยัดไฟเบอร์ 5", "", "2134-2553"),
    ("กาต้มน้ำไฟฟ้า 1.8 ลิตร", "", None),
    ("ตู้เย็น 2 ประตู", "", "2214-2561"),
    ("เครื่องซักผ้าฝาหน้า 9 กก.", "", "1463-2556"),
    ("เบรกเกอร์กันดูด RCBO 32A", "", "909-2548"),
    ("ยางรถยนต์ 195/65R15", "", "2718-2560"),
    ("ยางนอกมอเตอร์ไซค์ 70/90-17", "", "2720-2560"),
    ("ยางในมอเตอร์ไซค์ 2.50-17", "", "683-2562"),
    ("ถังแก๊สหุงต้ม 15 กก.", "", "27-2543"),
    ("เหล็กข้ออ้อย DB12", "", "24-2559"),
    ("ปูนซีเมนต์ปอร์ตแลนด์ 50 กก.", "", "15-2562"),
    ("จุกนมหลอก ซิลิโคน", "", "1025-2562"),
    ("จุกนม ขวดนม คอกว้าง", "", "969-2562"),
    ("สีเทียน 12 สี", "", "1149-2548"),
    ("ไฟแช็ก แก๊ส", "", "879-2553"),
    ("ผงซักฟอก 3 กก.", "", "78-2549"),
    ("ถังดับเพลิง ผงเคมีแห้ง 15 ปอนด์", "", "332-2537"),
    ("ท่อไอเสีย wave 110i", "", "341-2543"),
    ("ฟิล์มยืดห่ออาหาร 30 ซม.", "", "1136-2559"),
]


def norm(text: str) -> str:
    return re.sub(r"[\s\-]+", "", text.lower())


def pattern(phrase: str) -> re.Pattern[str]:
    """Same construction as tools/classify.py::_pattern."""
    words = phrase.lower().split()
    body = r"[\s\-]*".join(re.escape(word) for word in words)
    if re.match(r"[a-z0-9]", words[0]):
        body = r"(?<![a-z0-9])" + body
    if re.search(r"[a-z0-9]$", words[-1]):
        body = body + r"(?![a-z0-9])"
    return re.compile(body, re.IGNORECASE)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--allow-partial", action="store_true", help="write even if some catalogue rows are not covered yet")
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    args = parser.parse_args()

    with args.csv.open(encoding="utf-8-sig", newline="") as handle:
        catalogue = [row[TIS_COLUMN].strip() for row in csv.DictReader(handle)]
    order = {tis: i for i, tis in enumerate(catalogue)}

    errors: list[str] = []
    warnings: list[str] = []
    meta = json.loads((HERE / "_meta.json").read_text(encoding="utf-8"))
    standards: dict[str, dict] = {}
    origin: dict[str, str] = {}
    for path in sorted(HERE.glob("*.json")):
        if path.name == "_meta.json":
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            errors.append(f"{path.name}: unreadable JSON: {exc}")
            continue
        for entry in data.get("standards", []):
            tis = entry.get("tis", "")
            where = f"{path.name}:{tis}"
            if tis not in order:
                errors.append(f"{where}: tis not in catalogue")
            if tis in standards:
                errors.append(f"{where}: already defined in {origin[tis]}")
                continue
            for key in ("product_th", "product_en"):
                if not str(entry.get(key, "")).strip():
                    errors.append(f"{where}: missing {key}")
            aliases = entry.get("aliases", [])
            excludes = entry.get("exclude", [])
            if len(aliases) < 2:
                errors.append(f"{where}: fewer than 2 aliases")
            seen: dict[str, str] = {}
            for phrase in aliases + excludes:
                if not isinstance(phrase, str) or phrase != phrase.strip() or len(phrase) < 3:
                    errors.append(f"{where}: bad phrase {phrase!r} (must be a trimmed string of >= 3 chars)")
            for alias in aliases:
                key = norm(alias)
                if key in seen:
                    errors.append(f"{where}: alias {alias!r} duplicates {seen[key]!r}")
                seen[key] = alias
            for phrase in excludes:
                compiled = pattern(phrase)
                for alias in aliases:
                    if compiled.fullmatch(alias.lower()):
                        errors.append(f"{where}: exclude {phrase!r} removes alias {alias!r} entirely")
                if not any(pattern(alias).search(phrase.lower()) for alias in aliases):
                    warnings.append(f"{where}: exclude {phrase!r} contains no alias of this standard (no effect)")
            standards[tis] = entry
            origin[tis] = path.name

    # Cross-standard duplicates need a note that names the alias.
    owners: dict[str, list[tuple[str, str]]] = {}
    for tis, entry in standards.items():
        for alias in entry["aliases"]:
            owners.setdefault(norm(alias), []).append((tis, alias))
    collisions = []
    for key, holders in owners.items():
        if len({tis for tis, _ in holders}) < 2:
            continue
        explained = any(
            any(norm(alias) in norm(standards[tis].get("note", "")) for _, alias in holders) for tis, _ in holders
        )
        line = f"alias {holders[0][1]!r} shared by " + ", ".join(tis for tis, _ in holders)
        (collisions if explained else errors).append(line if explained else line + " without an explaining note")

    missing = [tis for tis in catalogue if tis not in standards]
    if missing and not args.allow_partial:
        errors.append(f"{len(missing)} catalogue rows not covered: {missing}")

    ordered = sorted(standards.values(), key=lambda e: order.get(e["tis"], 10**6))
    table = {
        "about": meta["about"],
        "accessory_words": meta["accessory_words"],
        "standards": [
            {k: e[k] for k in ("tis", "product_th", "product_en", "aliases", "exclude", "note") if k in e}
            for e in ordered
        ],
    }
    for e in table["standards"]:
        e.setdefault("exclude", [])

    # Smoke tests through the real classifier.
    sys.path.insert(0, str(REPO))
    try:
        from tools.classify import AliasTable, Classifier

        classifier = Classifier(AliasTable(**table))
        for title, category, expected in SMOKE:
            if expected is not None and expected.lstrip("!") not in standards:
                continue
            got = classifier.classify([("title", title, 3.0), ("category", category, 2.0)]).tis
            if (got == expected[1:]) if (expected or "").startswith("!") else (got != expected):
                errors.append(f"smoke: {title!r} -> {got!r}, expected {expected!r}")
    except ImportError as exc:  # pragma: no cover - environment without project deps
        warnings.append(f"smoke tests skipped: {exc}")

    for line in warnings:
        print("warning:", line)
    for line in collisions:
        print("shared (noted):", line)
    if errors:
        for line in errors:
            print("ERROR:", line)
        return 1

    text = json.dumps(table, ensure_ascii=False, indent=2) + "\n"
    assert json.loads(text) == table
    OUT.write_text(text, encoding="utf-8")
    check = OUT.read_bytes().decode("utf-8")
    assert check == json.dumps(json.loads(check), ensure_ascii=False, indent=2) + "\n"
    total = sum(len(e["aliases"]) for e in table["standards"])
    print(f"wrote {OUT.relative_to(REPO)}: {len(table['standards'])}/{len(catalogue)} standards, {total} aliases, "
          f"{sum(len(e['exclude']) for e in table['standards'])} exclude phrases")
    if missing:
        print(f"not yet covered ({len(missing)}): {', '.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
