"""A section as an investigator cites it: text and provenance, the sections it names, and what punishes its breach."""

from __future__ import annotations

from pydantic import BaseModel

from knowledge.library import LawLibrary
from knowledge.penalties import cross_references, penalty_text
from knowledge.statutes import Section


class SectionRef(BaseModel):
    law: str
    section: str
    text: str


class PenaltyRef(SectionRef):
    penalty: str  # the clause from "ต้องระวางโทษ" to the end of its sentence


class CitableSection(BaseModel):
    law: str
    section: str
    text: str
    source_url: str
    sha256: str  # of the source file the section was parsed from
    references: list[SectionRef]  # sections of the same statute this one names, resolved to their text
    unresolved_references: list[str]  # named sections not found in the corpus (repealed, or parsed out)
    penalties: list[PenaltyRef]  # for an offence section: the penalty sections that punish its breach (parsed)


def citable(library: LawLibrary, section: Section) -> CitableSection:
    references: list[SectionRef] = []
    unresolved: list[str] = []
    for number in cross_references(section):
        found = library.get(section.law, number)
        if found is None:
            unresolved.append(number)
        else:
            references.append(SectionRef(law=found.law, section=found.section, text=found.text))
    penalties = [PenaltyRef(law=p.law, section=p.section, text=p.text, penalty=penalty_text(p))
                 for p in library.penalties_for(section.law, section.section)]
    return CitableSection(law=section.law, section=section.section, text=section.text, source_url=section.source_url,
                          sha256=section.sha256, references=references, unresolved_references=unresolved, penalties=penalties)
