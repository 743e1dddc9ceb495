"""English glosses of statute sections written by the project (knowledge/glosses/*.json)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from knowledge.lawnames import law_key


@lru_cache(maxsize=1)
def load_glosses() -> dict[tuple[str, str], str]:
    """(law key, section) -> English gloss; empty when no gloss files are shipped."""
    root = resources.files("knowledge").joinpath("glosses")
    glosses: dict[tuple[str, str], str] = {}
    if not root.is_dir():
        return glosses
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        key = law_key(data["law"])
        for section, gloss in data.get("glosses", {}).items():
            glosses[(key, section)] = gloss
    return glosses
