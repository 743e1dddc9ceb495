"""Law titles compared as formats.md says: Thai digits, whitespace and พ.ศ. spacing normalised, nothing else."""

from __future__ import annotations

from tools.thai_text import normalise


def law_key(law: str) -> str:
    text = normalise(law).replace("พ.ศ.", "พ.ศ. ").replace("พศ", "พ.ศ. ")
    return " ".join(text.split())
