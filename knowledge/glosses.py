"""Glosses of statute sections written by the project: English (knowledge/glosses/) and Thai plain language
(knowledge/glosses_th/). They are indexed with the section text so everyday and English questions find the section."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from knowledge.lawnames import law_key

GLOSS_DIRS = ("glosses", "glosses_th")


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
            for section, gloss in data.get("glosses", {}).items():
                previous = glosses.get((key, section))
                glosses[(key, section)] = f"{previous} {gloss}" if previous else gloss
    return glosses
