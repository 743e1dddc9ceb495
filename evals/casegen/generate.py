"""Write every generated case (evals/cases/gen-*) from the specs in cases_*.py, check the labels, validate, print coverage.

    .venv/bin/python -m evals.casegen.generate            # regenerate + validate + coverage
    .venv/bin/python -m evals.casegen.generate --check    # validate + coverage only
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from datetime import date
from pathlib import Path
from typing import Any

from . import art, render
from .dsl import LAW, Spec
from .families import F, check_families
from .listing import build, rng_for
from .sites import SITES, ui

ROOT = Path(__file__).resolve().parents[1] / "cases"
PREFIX = "gen-"
CAPTURE = date(2026, 11, 21)   # "today" for the labels: the capture date of every case
DEFAULT_SITE = {"A": "somwan", "B": "ploen", "C": "khongdee", "D": "namjai", "E": "chailai", "F1": "wasadu", "F2": "taladnut", "F3": "looplook", "X": "ploen"}
EVIDENCE_WORDS = re.compile(r"มอก|สมอ|TIS|ใบอนุญาต|[Ll]icen[cs]e|เครื่องหมายมาตรฐาน")


def all_specs() -> list[Spec]:
    from . import cases_compliant, cases_inconclusive, cases_not_regulated, cases_violation
    specs = cases_violation.SPECS + cases_compliant.SPECS + cases_not_regulated.SPECS + cases_inconclusive.SPECS
    ids = [s.id for s in specs]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise SystemExit(f"duplicate case ids: {sorted(dupes)}")
    return specs


# ------------------------------------------------------------------------------------------------ label checks
def base(tis: str) -> str:
    return re.split(r"[ -]", tis.strip())[0]


def family_of(tis: str) -> str:
    """'685 เล่ม 1-2562' -> '685 เล่ม 1'; '2879-2560' -> '2879' (the standard without its edition year)."""
    return tis.rsplit("-", 1)[0].strip()


def _norm(s: str) -> str:
    s = re.sub(r"บริษัท|จำกัด|\(มหาชน\)|\(ประเทศไทย\)|co\.?,? ?ltd\.?|official|store|shop|thailand|ร้าน", "", s.lower())
    return re.sub(r"[\s.\-_()]", "", s)


def holder_matches(record: dict, brand: str, seller: str) -> bool:
    names = [_norm(record["holder"])] + [_norm(m) for m in record.get("trademarks", [])]
    for value in (brand, seller):
        v = _norm(value or "")
        if v and any(n and (n in v or v in n) for n in names):
            return True
    return False


def status_on(record: dict) -> str:
    if record["status"] == "active" and record.get("expires") and date.fromisoformat(record["expires"]) < CAPTURE:
        return "expired"
    return record["status"]


def check_labels(spec: Spec) -> None:
    """Refuse to write a case whose label does not follow from its own facts (the honesty check)."""
    def fail(msg: str) -> None:
        raise SystemExit(f"{spec.id}: label check failed: {msg}")

    f = F.get(spec.fam) if spec.fam else None
    reg = {r["licence_no"]: r for r in spec.reg}
    if len(spec.reg) > 4:
        fail("more than 4 registry records")
    for r in spec.reg:
        if r["issued"] and date.fromisoformat(r["issued"]) >= CAPTURE:
            fail(f"{r['licence_no']} issued on/after the capture date")
    if spec.s == "D":
        for fr in spec.ev:
            if fr.where not in ("alt", "fig") and EVIDENCE_WORDS.search(fr.text + fr.label):
                fail(f"structure D keeps standard/licence words in alt/figcaption only, not in {fr.where}")
    evidence_text = " ".join(fr.text + " " + fr.label for fr in spec.ev if fr.where != "comment")
    if spec.verdict in ("violation", "compliant"):
        if not f or not f.tis:
            fail("compulsory verdict for a family without a compulsory standard")
    if spec.verdict == "not_regulated" and (not f or f.tis):
        fail("not_regulated needs a family no compulsory standard covers")
    if spec.verdict == "compliant":
        if not spec.valid or spec.valid not in reg or spec.valid not in spec.shown:
            fail("compliant needs the valid licence shown and in the registry")
        r = reg[spec.valid]
        if status_on(r) != "active":
            fail("valid licence is not active on the capture date")
        if family_of(r["tis"]) != family_of(f.tis):
            fail("valid licence is for another standard")
        if not holder_matches(r, spec.brand, spec.seller):
            fail("valid licence holder/trademarks do not match brand or seller")
    for code in spec.findings:
        shown = [reg.get(n) for n in spec.shown]
        if code == "licence_not_found" and not any(n not in reg for n in spec.shown):
            fail("licence_not_found but every shown number is in the registry")
        if code == "licence_inactive" and not any(r and status_on(r) != "active" for r in shown):
            fail("licence_inactive without a shown inactive licence")
        if code == "licence_standard_mismatch" and not any(r and family_of(r["tis"]) != family_of(f.tis) for r in shown):
            fail("licence_standard_mismatch without a shown licence for another standard")
        if code == "licence_holder_mismatch" and not any(r and not holder_matches(r, spec.brand, spec.seller) for r in shown):
            fail("licence_holder_mismatch without a shown licence of another holder")
        if code == "no_tis_evidence" and (spec.shown or EVIDENCE_WORDS.search(evidence_text)):
            fail("no_tis_evidence but the case places standard/licence words on the page")
        if code == "tis_claim_without_licence" and (spec.shown or not EVIDENCE_WORDS.search(evidence_text)):
            fail("tis_claim_without_licence needs a claim and no licence number")
        if code == "licence_valid" and spec.verdict != "compliant":
            fail("licence_valid outside a compliant case")
    if spec.verdict == "violation" and any(c in spec.findings for c in ("licence_valid",)):
        fail("violation with licence_valid")


def expected(spec: Spec) -> dict[str, Any]:
    f = F.get(spec.fam) if spec.fam else None
    tis = (f.tis if f else None) if spec.tis == "family" else spec.tis
    findings = list(spec.findings)
    if spec.verdict in ("violation", "compliant") and "compulsory_product" not in findings:
        findings.insert(0, "compulsory_product")
    if spec.verdict == "compliant" and "licence_valid" not in findings:
        findings.append("licence_valid")
    if spec.verdict == "violation":
        laws = [{"law": LAW, "section": "36"}, {"law": LAW, "section": "55"}]
    elif spec.verdict == "compliant":
        kind = next(r["type"] for r in spec.reg if r["licence_no"] == spec.valid)
        laws = [{"law": LAW, "section": {"ท": "20", "น": "21"}[kind]}]
    else:
        laws = []
    return {"verdict": spec.verdict, "tis": tis, "findings": findings, "laws": laws}


# ------------------------------------------------------------------------------------------------ pages
def slug_for(spec: Spec) -> str:
    raw = f"{spec.brand}-{spec.model}" if spec.brand and re.match(r"[A-Za-z]", spec.brand) else (spec.fam or spec.id)
    return re.sub(r"[^a-z0-9]+", "-", raw.lower()).strip("-") or "item"


def target_for(spec: Spec) -> str:
    if spec.path:
        return spec.path
    r = rng_for(spec.id + "/path")
    slug = slug_for(spec)
    return {
        "A": f"/p/{slug}-i.{r.randint(10000, 99999)}.{r.randint(1000000, 9999999)}",
        "B": f"/item/{r.randint(10000000, 99999999)}",
        "C": f"/products/{slug}",
        "D": f"/mall/{slug}/{r.randint(100000, 999999)}",
        "E": f"/products/{slug}.html",
        "F1": f"/catalog/{spec.fam or 'item'}/{slug}-{r.randint(100, 999)}",
        "F2": f"/p/{slug}-{r.randint(1000, 9999)}",
        "F3": f"/posts/{r.randint(10**14, 10**15 - 1)}",
        "X": f"/item/{r.randint(10000000, 99999999)}",
    }[spec.s]


def render_listing(spec: Spec) -> str:
    L = build(spec)
    r = rng_for(spec.id + "/render")
    s = spec.s
    if s == "A":
        return render.render_A(L)
    if s == "B":
        return render.render_B(L)
    if s == "C":
        return render.render_C(L)
    if s == "D":
        return render.render_D(L, r)
    if s == "E":
        shop = spec.seller or f"ร้าน {spec.brand}"
        return render.render_E(L, shop, "@" + re.sub(r"[^a-z0-9]", "", (spec.brand or "shop").lower())[:10] + "shop")
    if s == "F1":
        return render.render_F1(L, use_dl=("dl" in spec.tags))
    if s == "F2":
        extra = {}
        for fr in spec.ev:
            if fr.where == "jsonld" and "nextdata" in spec.tags:
                extra = {"moderation": {"status": "reviewed", "note": fr.text}}
        return render.render_F2(L, slug_for(spec), extra)
    if s == "F3":
        return render.render_F3(L, r)
    raise SystemExit(f"{spec.id}: unknown structure {s}")


def minimal_L(spec: Spec) -> dict[str, Any]:
    """A listing-less model (for removed pages): site chrome, interface words, related items."""
    site = dict(SITES[spec.site])
    U = ui(spec.lang)
    return {"lang": spec.lang, "ui": U, "site": {**site, "display": site["name_en"] if spec.lang == "en" else site["name"]},
            "hot": (["power bank", "fans", "helmets"] if spec.lang == "en" else ["พาวเวอร์แบงค์", "พัดลม", "หมวกกันน็อค", "เคสมือถือ"]),
            "jsonld_notes": [fr.text for fr in spec.ev if fr.where == "jsonld"], "comments": [fr.text for fr in spec.ev if fr.where == "comment"]}


def related_for(spec: Spec, lang: str) -> list[dict[str, Any]]:
    f = F.get(spec.fam) if spec.fam else F["powerbank"]
    r = rng_for(spec.id + "/rel")
    return [{"title": (t_en if lang == "en" else t_th), "price": p, "src": art.data_uri(a, r.choice(["#90a4ae", "#ffab91", "#a5d6a7"])), "alt": (t_en if lang == "en" else t_th)}
            for t_th, t_en, a, p in f.rel]


def simple_page(spec: Spec, title: str, body_html: str) -> str:
    colour = SITES[spec.site]["colour"]
    css = ("body{font-family:Tahoma,'Sarabun',sans-serif;margin:0;background:#f5f5f5;color:#333}.top{background:var(--c);color:#fff;padding:12px 24px;font-size:20px;font-weight:700}"
           ".box{max-width:720px;margin:40px auto;background:#fff;padding:30px;border-radius:6px;text-align:center}.box h1{font-size:22px}.muted{color:#888;font-size:13px}"
           ".rel{display:flex;gap:10px;justify-content:center;margin-top:20px}.rel a{width:120px;font-size:12px}.rel img{width:120px;height:90px;object-fit:cover}")
    site = SITES[spec.site]
    name = site["name_en"] if spec.lang == "en" else site["name"]
    return (render.head(spec.lang, title, css, colour) + f'<body>\n<div class="top">{render.e(name)}</div>\n<div class="box">{body_html}'
            f'<p class="muted">{render.e(ui(spec.lang)["footer_note"])}</p></div>\n</body>\n</html>\n')


def write_case(spec: Spec) -> None:
    if not spec.site:
        spec.site = DEFAULT_SITE[spec.s]
    check_labels(spec)
    directory = ROOT / spec.id
    if directory.exists():
        shutil.rmtree(directory)
    directory.mkdir(parents=True)
    target = target_for(spec)
    pages: dict[str, str] = {}
    serve: dict[str, Any] = dict(spec.serve)
    e = render.e
    if spec.kind == "listing":
        (directory / "listing.html").write_text(render_listing(spec), encoding="utf-8")
        pages[target] = "listing.html"
    elif spec.kind == "removed":
        title, text = spec.body.split("|", 1)
        if spec.s in ("A", "F2"):
            L = minimal_L(spec)
            L["removed"] = {"title": title, "text": text, "related": related_for(spec, "en" if spec.lang == "en" else "th")}
            html = render.render_A(L) if spec.s == "A" else render.render_F2(L, "removed")
        else:
            rel = "".join(f'<a href="#r"><img src="{x["src"]}" alt="{e(x["alt"])}">{e(x["title"])}</a>' for x in related_for(spec, "en" if spec.lang == "en" else "th"))
            html = simple_page(spec, title, f'<div style="font-size:48px;color:#bbb">⚠</div><h1>{e(title)}</h1><p>{e(text)}</p><div class="rel">{rel}</div>')
        (directory / "listing.html").write_text(html, encoding="utf-8")
        pages[target] = "listing.html"
    elif spec.kind in ("error", "login"):
        title, text = spec.body.split("|", 1)
        html = simple_page(spec, title, f"<h1>{e(title)}</h1><p>{e(text)}</p>")
        (directory / "listing.html").write_text(html, encoding="utf-8")
        pages[target] = "listing.html"
    elif spec.kind == "empty":
        pages[target] = ""
    elif spec.kind == "loop":
        other = target + "-m"
        pages[target] = ""
        pages[other] = ""
        serve = {target: {"status": 302, "redirect": other}, other: {"status": 302, "redirect": target}}
    elif spec.kind == "pdf":
        pdf = ("%PDF-1.4\n% fictional demo data (Sodsong evals) - not a web page\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
               "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]>>endobj\n"
               "trailer<</Root 1 0 R>>\n%%EOF\n")
        (directory / "listing.pdf").write_text(pdf, encoding="ascii")
        pages[target] = "listing.pdf"
    elif spec.kind == "json":
        (directory / "listing.json").write_text(spec.body, encoding="utf-8")
        pages[target] = "listing.json"
    else:
        raise SystemExit(f"{spec.id}: unknown kind {spec.kind}")
    if spec.kind in ("error", "empty", "pdf", "json", "login") and spec.serve:
        serve = {target: spec.serve}
    case = {
        "id": spec.id,
        "description": "Fictional demo (generated by evals/casegen). " + spec.about,
        "kind": "listing",
        "pages": pages,
        "target": target,
        "registry": spec.reg,
        "expected": expected(spec),
    }
    if serve:
        case["serve"] = serve
    case["generator"] = {"structure": spec.s, "lang": spec.lang, "family": spec.fam, "site": spec.site, "page_kind": spec.kind, "tags": spec.tags,
                         "shown_licences": spec.shown}
    (directory / "case.json").write_text(json.dumps(case, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="only validate and print coverage")
    args = ap.parse_args(argv)
    check_families()
    specs = all_specs()
    if not args.check:
        for old in ROOT.glob(PREFIX + "*"):
            if old.is_dir():
                shutil.rmtree(old)
        for spec in specs:
            if not spec.id.startswith(PREFIX):
                raise SystemExit(f"{spec.id}: generated ids start with {PREFIX!r}")
            write_case(spec)
        print(f"wrote {len(specs)} cases under {ROOT}")
    from .check import main as check_main
    return check_main(ROOT)


if __name__ == "__main__":
    sys.exit(main())
