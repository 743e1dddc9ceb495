"""Validate every case under evals/cases (schema, ids, page files, no network URLs, demo markers) and print the
coverage of the generated set (gen-*)."""

from __future__ import annotations

import collections
import csv
import json
import re
import sys
from pathlib import Path

SCHEMA = Path("/work/shared/specs/case.schema.json")
CATALOGUE = Path("/work/shared/data/upstream/tisi-open-data/tis_2025_11_mandatory_rows_verbatim.csv")
DNS = re.compile(r"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$")
URL = re.compile(r"https?://", re.I)
FINDINGS = ["compulsory_product", "no_tis_evidence", "tis_claim_without_licence", "licence_malformed", "licence_not_found",
            "licence_inactive", "licence_standard_mismatch", "licence_holder_mismatch", "licence_valid"]


def main(root: Path) -> int:
    errors: list[str] = []
    validator = None
    try:
        import jsonschema
        if SCHEMA.exists():
            schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
            validator = jsonschema.Draft202012Validator(schema)
    except ImportError:
        print("warning: jsonschema not installed; schema check skipped")
    catalogue = set()
    if CATALOGUE.exists():
        with CATALOGUE.open(encoding="utf-8") as fh:
            catalogue = {row["เลขที่ มอก."] for row in csv.DictReader(fh) if row.get("ประเภทมาตรฐาน") == "บังคับ"}
    cases = []
    for d in sorted(p for p in root.iterdir() if p.is_dir()):
        path = d / "case.json"
        if not path.exists():
            errors.append(f"{d.name}: no case.json")
            continue
        case = json.loads(path.read_text(encoding="utf-8"))
        cases.append(case)
        if validator:
            for err in validator.iter_errors(case):
                errors.append(f"{d.name}: schema: {'/'.join(map(str, err.path))}: {err.message}")
        if not DNS.match(case.get("id", "")) or case.get("id") != d.name:
            errors.append(f"{d.name}: id {case.get('id')!r} is not a DNS label equal to the directory name")
        if case.get("target") not in case.get("pages", {}):
            errors.append(f"{d.name}: target {case.get('target')} is not in pages")
        for url_path, name in case.get("pages", {}).items():
            if not name:
                if url_path not in case.get("serve", {}):
                    errors.append(f"{d.name}: empty page file for {url_path} without a serve behaviour")
                continue
            f = d / name
            if not f.is_file():
                errors.append(f"{d.name}: page file {name} missing")
                continue
            data = f.read_bytes()
            if URL.search(data.decode("utf-8", "replace")):
                errors.append(f"{d.name}: {name} contains an http(s):// URL")
            if name.endswith(".html") and data:
                text = data.decode("utf-8")
                for needle in ('<meta charset="utf-8">', '<meta name="sodsong-demo" content="fictional demo data">'):
                    if needle not in text:
                        errors.append(f"{d.name}: {name} lacks {needle}")
                if not re.search(r"<!--[^>]*(fictional|FICTIONAL)", text):
                    errors.append(f"{d.name}: {name} lacks the fictional-data comment")
        for b in case.get("serve", {}).values():
            if b.get("delay_s", 0) > 2:
                errors.append(f"{d.name}: delay over 2 s")
        tis = case["expected"]["tis"]
        if tis and catalogue and tis not in catalogue:
            errors.append(f"{d.name}: expected tis {tis!r} is not a compulsory catalogue number")
        for r in case.get("registry", []):
            if catalogue and r["tis"] not in catalogue:
                errors.append(f"{d.name}: registry tis {r['tis']!r} is not a catalogue number")
    gen = [c for c in cases if c["id"].startswith("gen-")]
    print(f"validated {len(cases)} cases ({len(gen)} generated): {'OK' if not errors else str(len(errors)) + ' problems'}")
    for err in errors:
        print("  -", err)
    coverage(gen)
    return 1 if errors else 0


def coverage(gen: list[dict]) -> None:
    C = collections.Counter
    verdicts = C(c["expected"]["verdict"] for c in gen)
    findings = C(code for c in gen for code in c["expected"]["findings"])
    structures = C(c["generator"]["structure"] for c in gen)
    langs = C(c["generator"]["lang"] for c in gen)
    tags = C(t for c in gen for t in c["generator"]["tags"])
    standards = C(c["expected"]["tis"] for c in gen if c["expected"]["tis"])
    notreg = sorted({c["generator"]["family"] for c in gen if c["expected"]["verdict"] == "not_regulated"})
    broken = [c["id"] for c in gen if c["generator"]["page_kind"] in ("error", "empty", "loop", "pdf", "json", "removed", "login")]
    rows = [
        ("generated cases", len(gen), ">=100"),
        ("distinct compulsory standards (expected.tis)", len(standards), ">=30"),
        ("non-regulated products (distinct)", len(notreg), ">=12"),
        *[(f"verdict {v}", verdicts.get(v, 0), ">=8" if v != "violation" else "") for v in ("violation", "compliant", "not_regulated", "inconclusive")],
        *[(f"finding {f}", findings.get(f, 0), ">=4") for f in FINDINGS],
        *[(f"structure {s}", structures.get(s, 0), ">=8" if s in "ABCDE" or s == "F" else "") for s in ("A", "B", "C", "D", "E", "F1", "F2", "F3", "X")],
        ("structure F (F1+F2+F3)", structures.get("F1", 0) + structures.get("F2", 0) + structures.get("F3", 0), ">=8"),
        *[(f"language {l}", langs.get(l, 0), "") for l in ("th", "en", "mix")],
        ("prompt-injection cases", tags.get("injection", 0), ">=10"),
        ("broken or removed pages", len(broken), ">=6"),
    ]
    print("\n| coverage item | count | required |\n|---|---:|---|")
    for name, n, need in rows:
        ok = ""
        if need.startswith(">="):
            ok = " ✓" if n >= int(need[2:]) else " ✗"
        print(f"| {name} | {n} | {need}{ok} |")
    print("\nstandards:", ", ".join(f"{k} ({v})" for k, v in sorted(standards.items(), key=lambda kv: (-kv[1], kv[0]))))
    print("not regulated:", ", ".join(notreg))
    print("tags:", ", ".join(f"{k} {v}" for k, v in sorted(tags.items())))


if __name__ == "__main__":
    sys.exit(main(Path(__file__).resolve().parents[1] / "cases"))
