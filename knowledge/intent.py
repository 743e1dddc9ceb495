"""What kind of section a question asks for, from its wording: a definition, or a penalty."""

from __future__ import annotations

import re

_DEFINITION_QUESTION = re.compile(
    r"คำว่า|หมายความว่า|หมายถึง|ความหมาย|นิยาม|\bdefin|\bmeaning\b|\bwhat (?:is|are|does)\b.*\bmeans?\b|\bmeant by\b",
    re.IGNORECASE,
)
_DEFINITION_SECTION = re.compile(r"หมายความว่า|หมายความรวมถึง")
# whole Thai words (so "ปรับ" inside "ปรับปรุง" does not count), Thai phrases, and English words
PENALTY_TOKENS = frozenset({"โทษ", "มีโทษ", "ระวางโทษ", "ต้องระวางโทษ", "รับโทษ", "ลงโทษ", "ปรับ", "ค่าปรับ", "จำคุก", "คุก",
                            "ติดคุก"})
PENALTY_PHRASES = ("โดนอะไร", "ผิดไหม", "ผิดมั้ย", "ผิดมาตรา", "โทษเท่า", "โทษหนัก", "ปรับเท่า")
_PENALTY_ENGLISH = re.compile(r"\b(?:penalt\w*|punish\w*|fine[sd]?|prison|imprison\w*|jail|sanctions?|liable)\b", re.IGNORECASE)


NARRATIVE_CHARS = 300  # a longer question tells a story first; what it asks is at its end
ASKED_CHARS = 200


def asked_part(question: str) -> str:
    """The part of a question that asks: all of a short one, the end of a long narrative (a ruling request)."""
    question = question.strip()
    return question if len(question) <= NARRATIVE_CHARS else question[-ASKED_CHARS:]


def asks_definition(question: str) -> bool:
    return bool(_DEFINITION_QUESTION.search(asked_part(question)))


def asks_penalty(question: str) -> bool:
    from knowledge.tokenize import tokens

    question = asked_part(question)
    if _PENALTY_ENGLISH.search(question) or any(phrase in question for phrase in PENALTY_PHRASES):
        return True
    return not PENALTY_TOKENS.isdisjoint(tokens(question))


def is_definition_section(text: str) -> bool:
    """A section that defines terms ("... หมายความว่า ...")."""
    return bool(_DEFINITION_SECTION.search(text))
