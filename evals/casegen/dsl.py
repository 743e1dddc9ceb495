"""The small vocabulary case files use: where a fact sits on the page (Frag), registry records, and the case spec."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any

LAW = "พระราชบัญญัติมาตรฐานผลิตภัณฑ์อุตสาหกรรม พ.ศ. 2511"


@dataclass
class Frag:
    """One piece of page content and where it goes.

    where: spec | cert | desc | bullet | badge | alt | fig | review | qa | related | hidden | ghost | jsonld |
           split | comment | ship | note | title_extra
    """

    where: str
    text: str = ""
    label: str = ""
    pieces: tuple[str, ...] = ()
    user: str = ""
    art: str = "label"
    price: int = 0
    stars: int = 5


def spec(label: str, value: str) -> Frag: return Frag("spec", value, label=label)
def cert(label: str, value: str) -> Frag: return Frag("cert", value, label=label)
def desc(text: str) -> Frag: return Frag("desc", text)
def bullet(text: str) -> Frag: return Frag("bullet", text)
def badge(text: str) -> Frag: return Frag("badge", text)
def alt(text: str, art: str = "label") -> Frag: return Frag("alt", text, art=art)
def fig(text: str, art: str = "label") -> Frag: return Frag("fig", text, art=art)
def review(text: str, user: str = "", stars: int = 5) -> Frag: return Frag("review", text, user=user, stars=stars)
def qa(question: str, answer: str) -> Frag: return Frag("qa", answer, label=question)
def related(title: str, price: int = 199, art: str = "box") -> Frag: return Frag("related", title, price=price, art=art)
def hidden(text: str) -> Frag: return Frag("hidden", text)
def ghost(text: str) -> Frag: return Frag("ghost", text)
def jsonld(text: str) -> Frag: return Frag("jsonld", text)
def split(label: str, *pieces: str) -> Frag: return Frag("split", "".join(pieces), label=label, pieces=tuple(pieces))
def comment(text: str) -> Frag: return Frag("comment", text)
def ship(text: str) -> Frag: return Frag("ship", text)
def note(text: str) -> Frag: return Frag("note", text)
def title_extra(text: str) -> Frag: return Frag("title_extra", text)


def tax_id(seed: str) -> str:
    """A fictional 13-digit juristic-person tax ID with the impossible registration year 99 (B.E. 2599)."""
    digits = str(int(hashlib.sha1(seed.encode()).hexdigest(), 16))[:6]
    return f"0105599{digits}"


def rec(licence_no: str, tis: str, holder: str, marks: list[str] | None = None, status: str = "active",
        issued: str | None = "2022-03-15", expires: str | None = None) -> dict[str, Any]:
    """A registry record; the type is the licence number's letter(s)."""
    kind = licence_no.split(" ")[0]
    return {"licence_no": licence_no, "type": kind, "tis": tis, "holder": holder, "holder_tax_id": tax_id(holder),
            "trademarks": marks or [], "status": status, "issued": issued, "expires": expires}


@dataclass
class Spec:
    id: str
    s: str                       # page structure: A B C D E F1 F2 F3, or X (served with a broken behaviour)
    lang: str                    # th | en | mix
    fam: str | None
    verdict: str
    findings: list[str]
    about: str                   # case.json description (what the case tests)
    brand: str = ""
    model: str = ""
    title: str = ""
    seller: str = ""
    site: str = ""
    price: int | None = None
    ev: list[Frag] = field(default_factory=list)
    reg: list[dict[str, Any]] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)   # canonical licence numbers the page shows (label checks)
    valid: str | None = None     # compliant: the canonical number of the valid licence
    tis: str | None = "family"   # expected tis; "family" = the family's standard for violation/compliant
    tags: list[str] = field(default_factory=list)
    path: str = ""
    serve: dict[str, Any] = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)   # extra raw pages {url path: (filename)} produced by kind
    kind: str = "listing"        # listing | removed | error | empty | pdf | json | loop | login | unclear
    body: str = ""               # for error/removed/login/unclear pages: the message or content hint
    plain_pts: bool = True       # include the family's selling points
    specs_override: list[tuple[str, str]] | None = None
    seller_official: bool = False


def V(**kw) -> Spec: return Spec(verdict="violation", **kw)
def OK(**kw) -> Spec: return Spec(verdict="compliant", findings=kw.pop("findings", []), **kw)
def NR(**kw) -> Spec: return Spec(verdict="not_regulated", tis=None, findings=kw.pop("findings", []), **kw)
def INC(**kw) -> Spec: return Spec(verdict="inconclusive", tis=None, findings=[], **kw)
