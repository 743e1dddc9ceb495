"""Text the project wrote about statute sections, indexed with the section so everyday and English questions find it:
English glosses (knowledge/glosses/), Thai plain-language glosses (knowledge/glosses_th/) and the questions each
section answers (knowledge/section_questions/, document expansion). None of it is shown as, or cited as, the law."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib import resources

from knowledge.lawnames import law_key

GLOSS_DIRS = ("glosses", "glosses_th", "section_questions")


@lru_cache(maxsize=1)
def load_glosses() -> dict[tuple[str, str], str]:
    """(law key, section) -> gloss text (all languages joined); empty when no gloss files are shipped."""
    glosses: dict[tuple[str, str], str] = {}
    for folder in GLOSS_DIRS:
        root = resources.files("knowledge").joinpath(folder)
        if not root.is_dir():
            continue
        for entry in sorted(root.iterdir(), key=lambda e: e.name):
            if not entry.name.endswith(".json"):
                continue
            data = json.loads(entry.read_text(encoding="utf-8"))
            key = law_key(data["law"])
            entries = {**data.get("glosses", {}), **{n: " ".join(q) for n, q in data.get("questions", {}).items()}}
            for section, gloss in entries.items():
                previous = glosses.get((key, section))
                glosses[(key, section)] = f"{previous} {gloss}" if previous else gloss
    return glosses


def glosses_fingerprint() -> str:
    """sha256 of every shipped gloss and question: an index built from other glosses is out of date."""
    items = sorted((f"{law}\u241f{section}", text) for (law, section), text in load_glosses().items())
    return hashlib.sha256(json.dumps(items, ensure_ascii=False).encode("utf-8")).hexdigest()
