"""Which statute sections a situation engages. Decided by code; texts come from the corpus."""

from __future__ import annotations

from pydantic import BaseModel

IPSA = "พระราชบัญญัติมาตรฐานผลิตภัณฑ์อุตสาหกรรม พ.ศ. 2511"

LICENCE_BASIS = {"ท": "20", "น": "21", "นค": "21 ทวิ", "ส": "16"}


class LawNeed(BaseModel):
    law: str
    section: str
    why: str
    with_penalty: bool = False


def sections_for(verdict: str, valid_licence_types: list[str]) -> list[LawNeed]:
    """The sections an assessment must cite for this verdict and these findings."""
    needs: list[LawNeed] = []
    if verdict == "violation":
        needs.append(
            LawNeed(law=IPSA, section="36", with_penalty=True,
                    why="selling, offering or advertising a compulsory-standard product that lacks a valid licence and mark is prohibited")
        )
        needs.append(LawNeed(law=IPSA, section="20", why="a compulsory-standard product may only be made under a TISI licence"))
        needs.append(LawNeed(law=IPSA, section="21", why="a compulsory-standard product may only be imported for sale under a TISI licence"))
    elif verdict == "compliant":
        for licence_type in dict.fromkeys(valid_licence_types):
            section = LICENCE_BASIS.get(licence_type)
            if section:
                needs.append(LawNeed(law=IPSA, section=section, why=f"the licence shown (type {licence_type}) is granted under this section"))
    return needs
