"""Thin LangChain adapters over the typed tools: a short status line for the model, the typed result as artifact."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from langchain_core.tools import BaseTool, StructuredTool

from knowledge.citable import citable
from knowledge.library import LawLibrary
from tools.browser import BrowserSession
from tools.classify import Classifier
from tools.extraction import extract_listing
from tools.licence_numbers import MalformedLicence
from tools.registry import Registry


def make_tools(*, browser: BrowserSession, registry: Registry, library: LawLibrary, classifier: Classifier, evidence_dir: Path) -> list[BaseTool]:
    """Bind the tools to this run's clients. Nothing is created here; the caller owns every client."""

    def capture_page(url: str) -> tuple[str, Any]:
        page = browser.capture(url, evidence_dir)
        return f"captured {page.final_url} (HTTP {page.status}, {len(page.visible_text)} chars of text)", page

    def extract_product(visible_text: str, structured_text: str = "") -> tuple[str, Any]:
        found = extract_listing(visible_text, structured_text, {})
        title = found.title.value if found.title else "no title"
        return f"{title}; {len(found.tis)} TIS mention(s), {len(found.licences)} licence number(s)", found

    def classify_product(title: str, category: str = "", description: str = "") -> tuple[str, Any]:
        result = classifier.classify([("title", title, 3.0), ("category", category, 2.0), ("description", description, 1.0)])
        return (f"compulsory standard TIS {result.tis}" if result.tis else "no compulsory standard matched"), result

    def lookup_licence(number: str) -> tuple[str, Any]:
        try:
            record = registry.lookup(number)
        except MalformedLicence as exc:
            return f"malformed licence number: {exc.reason}", None
        if record is None:
            return f"licence {number} not found in the registry", None
        return f"licence {record.licence_no}: TIS {record.tis}, holder {record.holder}, status {record.status}", record

    def law_section(law: str, section: str) -> tuple[str, Any]:
        found = library.get(law, section)
        return (found.text[:500] if found else f"no section {section} in {law}"), found

    def search_law(query: str, k: int = 5) -> tuple[str, Any]:
        found = [citable(library, h.section) for h in library.search(query, k=k)]
        lines = [f"{c.law} มาตรา {c.section}" + "".join(f" (penalty: มาตรา {p.section})" for p in c.penalties) for c in found]
        return "\n".join(lines) or "no sections found", found

    specs = [
        (capture_page, "capture_page", "Open a listing URL in the real browser and store its evidence."),
        (extract_product, "extract_product", "Extract product facts, TIS numbers and licence numbers from page text."),
        (classify_product, "classify_product", "Find the compulsory TIS standard that covers a product."),
        (lookup_licence, "lookup_licence", "Look a TISI licence number up in the registry."),
        (law_section, "law_section", "Fetch the text of one statute section by law title and section number."),
        (search_law, "search_law", "Search the statutes (Thai or English query)."),
    ]
    return [StructuredTool.from_function(func=f, name=name, description=doc, response_format="content_and_artifact") for f, name, doc in specs]
