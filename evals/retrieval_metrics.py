"""`sodsong eval retrieval`: hit rate, multi-hit, recall, MRR and p50 latency over a formats.md §2 question set."""

from __future__ import annotations

import json
import statistics
import time
from pathlib import Path
from typing import Any, Callable

from pydantic import BaseModel

from agent.errors import InputError
from knowledge.lawnames import law_key
from knowledge.library import LawLibrary
from knowledge.statutes import normalise_section_number


class Question(BaseModel):
    id: str
    question: str
    relevant: list[tuple[str, str]]
    lang: str | None = None


def load_questions(path: Path) -> list[Question]:
    if not path.is_file():
        raise InputError(f"no such question file: {path}")
    questions: list[Question] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except ValueError as exc:
                raise InputError(f"{path}:{number}: not valid JSON ({exc})") from exc
            for field in ("id", "question", "relevant"):
                if field not in item:
                    raise InputError(f"{path}:{number}: missing required field '{field}'")
            relevant = []
            for index, pair in enumerate(item["relevant"]):
                if not isinstance(pair, dict) or "law" not in pair or "section" not in pair:
                    raise InputError(f"{path}:{number}: field 'relevant[{index}]' needs 'law' and 'section'")
                relevant.append((law_key(pair["law"]), normalise_section_number(str(pair["section"]))))
            questions.append(Question(id=str(item["id"]), question=item["question"], relevant=relevant, lang=item.get("lang")))
    if not questions:
        raise InputError(f"{path}: no questions")
    return questions


Searcher = Callable[[str, int], list[tuple[str, str]]]


def library_searcher(library: LawLibrary, mode: str = "hybrid") -> Searcher:
    """mode: hybrid | lexical | dense, or bm25 = plain BM25 (no expansion, law prior, stop-words or penalty links)."""
    plain = mode == "bm25"

    def search(question: str, k: int) -> list[tuple[str, str]]:
        hits = library.search(question, k=k, mode="lexical" if plain else mode, expand_query=not plain, prior=not plain,
                              link_penalties=not plain, prune_common=not plain)
        return [(law_key(h.section.law), h.section.section) for h in hits]

    return search


def evaluate(questions: list[Question], search: Searcher, k: int) -> dict[str, Any]:
    """The formats.md §2 metrics, plus per-question ranks."""
    hits = multi = 0
    recall_sum = rr_sum = 0.0
    latencies: list[float] = []
    per_question = []
    for q in questions:
        started = time.perf_counter()
        ranked = search(q.question, k)[:k]
        latencies.append((time.perf_counter() - started) * 1000)
        relevant = set(q.relevant)
        found = [pair for pair in ranked if pair in relevant]
        first = next((i for i, pair in enumerate(ranked, 1) if pair in relevant), None)
        hits += bool(found)
        multi += relevant <= set(ranked)
        recall_sum += len(set(found)) / len(relevant) if relevant else 0.0
        rr_sum += 1 / first if first else 0.0
        per_question.append({"id": q.id, "lang": q.lang, "first_rank": first, "found": len(set(found)), "relevant": len(relevant)})
    n = len(questions)
    return {
        "questions": n, "k": k,
        "hit_rate": round(hits / n, 4), "multi_hit_rate": round(multi / n, 4), "recall": round(recall_sum / n, 4),
        "mrr": round(rr_sum / n, 4), "p50_ms": round(statistics.median(latencies), 2),
        "per_question": per_question,
    }
