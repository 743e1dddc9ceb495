"""The statute library: sections by (law, section), penalty links and hybrid search."""

from __future__ import annotations

import hashlib
import json
import re
import time
from typing import TYPE_CHECKING
from pathlib import Path

from pydantic import BaseModel

from agent.errors import KnowledgeNotReady
from knowledge.expansion import expand
from knowledge.glosses import glosses_fingerprint, load_glosses
from knowledge.intent import asks_definition, asks_penalty, is_definition_section
from knowledge.lawnames import law_key
from knowledge.law_prior import HOME_LAW, detect_laws
from knowledge.lexical import BM25
from knowledge.lsa import LsaEmbedder

if TYPE_CHECKING:
    from knowledge.remote_embedding import CachedEmbeddings
from knowledge.penalties import penalty_links
from knowledge.query_text import normalise_spelling, strip_act_titles
from knowledge.statutes import Section, normalise_section_number
from knowledge.tokenize import TOKENIZER_NAME, tokens

RRF_K = 60
DENSE_WEIGHT = 0.3  # dense ranking weight in reciprocal-rank fusion (lexical = 1.0); chosen on both question sets, docs/BENCHMARKS.md
PRIOR_WEIGHT = {1: 1.6, 2: 3.0}
INDEX_META = "index.json"  # the tokenizer and glosses fingerprint an index was built with
HOME_LAW_WEIGHT = 1.2  # a question that points at no Act leans mildly to the Act this tool enforces
DEFINITION_WEIGHT = 2.0  # a question about what a word means prefers the sections that define words


class Hit(BaseModel):
    section: Section
    score: float
    lexical_rank: int | None = None
    dense_rank: int | None = None


def chroma_id(law: str, section: str) -> str:
    return hashlib.sha1(f"{law_key(law)}§{section}".encode("utf-8")).hexdigest()


def save_sections(sections: list[Section], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for section in sections:
            out.write(section.model_dump_json() + "\n")


def load_sections(path: Path) -> list[Section]:
    if not path.is_file():
        raise KnowledgeNotReady(f"no statute corpus at {path}; run `sodsong knowledge sync` first")
    with path.open(encoding="utf-8") as handle:
        return [Section.model_validate_json(line) for line in handle if line.strip()]


def _chroma_client(index_dir: Path):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.PersistentClient(path=str(index_dir / "chroma"), settings=ChromaSettings(anonymized_telemetry=False))


def chroma_name(collection: str) -> str:
    """A Chroma-safe collection name for a Sodsong collection name."""
    safe = re.sub(r"[^a-zA-Z0-9._-]", "-", collection).strip("-._") or "x"
    return f"sections-{safe}"[:200]


def build_index(sections: list[Section], index_dir: Path, collection: str = "builtin",
                remote: "CachedEmbeddings | None" = None) -> dict:
    """Lexical tokens plus a dense collection: the corpus-learned LSA model, or remote embeddings when configured."""
    """Write the lexical tokens and the Chroma collection for these sections."""
    started = time.monotonic()
    index_dir.mkdir(parents=True, exist_ok=True)
    glosses = load_glosses()
    documents = [s.text + (" " + glosses[(law_key(s.law), s.section)] if (law_key(s.law), s.section) in glosses else "") for s in sections]
    token_lists = [tokens(d) for d in documents]
    (index_dir / "lexical.json").write_text(json.dumps({"tokens": token_lists}, ensure_ascii=False), encoding="utf-8")
    (index_dir / INDEX_META).write_text(json.dumps({"tokenizer": TOKENIZER_NAME, "glosses": glosses_fingerprint()}), encoding="utf-8")
    client = _chroma_client(index_dir)
    name = chroma_name(collection)
    try:
        client.delete_collection(name)
    except Exception:  # noqa: BLE001 - absent collection
        pass
    lsa = LsaEmbedder.fit(token_lists)
    lsa.save(index_dir)
    vectors = remote.embed(documents) if remote is not None else [lsa.embed_tokens(t) for t in token_lists]
    dense_name = remote.name if remote is not None else LsaEmbedder.name
    store = client.create_collection(name, embedding_function=None, metadata={"hnsw:space": "cosine", "embedder": dense_name})
    (index_dir / "dense.json").write_text(json.dumps({"embedder": dense_name}), encoding="utf-8")
    batch = 500
    for start in range(0, len(sections), batch):
        chunk = sections[start : start + batch]
        store.upsert(
            ids=[chroma_id(s.law, s.section) for s in chunk],
            embeddings=vectors[start : start + batch],
            documents=[s.text for s in chunk],
            metadatas=[{"law": s.law, "section": s.section, "ordinal": s.ordinal} for s in chunk],
        )
    return {"sections": len(sections), "seconds": round(time.monotonic() - started, 2), "embedder": dense_name,
            "glossed": sum(1 for s in sections if (law_key(s.law), s.section) in glosses)}


def index_meta(index_dir: Path) -> dict[str, str]:
    """What an index was built with ({} when there is no index, or it predates the record)."""
    path = index_dir / INDEX_META
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() and (index_dir / "lexical.json").is_file() else {}


def index_is_current(index_dir: Path) -> bool:
    """An index exists and was built with this tokenizer and these glosses."""
    return index_meta(index_dir) == {"tokenizer": TOKENIZER_NAME, "glosses": glosses_fingerprint()}


class LawLibrary:
    """Read side: lookups are exact; search fuses BM25 and dense ranks (reciprocal rank fusion)."""

    def __init__(self, sections: list[Section], index_dir: Path | None = None, collection: str = "builtin",
                 remote: "CachedEmbeddings | None" = None, translator=None):
        self.sections = sections
        self._by_key = {(law_key(s.law), s.section): s for s in sections}
        self._index_dir = index_dir
        self._collection_name = collection
        self._remote = remote
        self._dense_name: str | None = None
        self.translator = translator
        self._bm25: BM25 | None = None
        self._collection = None
        self._embedder: LsaEmbedder | None = None
        self._penalties: dict[str, dict[str, list[str]]] = {}
        self._positions = {(law_key(s.law), s.section): i for i, s in enumerate(sections)}
        self._law_keys = [law_key(s.law) for s in sections]
        self._definitions: frozenset[int] | None = None

    @classmethod
    def open(cls, corpus_dir: Path, index_dir: Path) -> "LawLibrary":
        return cls(load_sections(corpus_dir / "sections.jsonl"), index_dir)

    def get(self, law: str, section: str) -> Section | None:
        return self._by_key.get((law_key(law), normalise_section_number(section)))

    def penalties_for(self, law: str, section: str) -> list[Section]:
        """Penalty sections that punish a breach of this section (parsed from the statute)."""
        key = law_key(law)
        return [p for number in self._links(key).get(normalise_section_number(section), []) if (p := self.get(law, number))]

    def _links(self, key: str) -> dict[str, list[str]]:
        if key not in self._penalties:
            self._penalties[key] = penalty_links([s for s in self.sections if law_key(s.law) == key])
        return self._penalties[key]

    def _lexical(self) -> BM25:
        if self._bm25 is None:
            path = self._index_dir / "lexical.json" if self._index_dir else None
            if path and path.is_file():
                built_with = index_meta(self._index_dir).get("tokenizer")
                if built_with != TOKENIZER_NAME:
                    rebuild = ("`sodsong knowledge index`" if self._collection_name == "builtin"
                               else f"`sodsong knowledge add FILE --collection {self._collection_name}`")
                    raise KnowledgeNotReady(f"the index was built with tokenizer {built_with!r}, this version uses "
                                            f"{TOKENIZER_NAME!r}; run {rebuild} again")
                token_lists = json.loads(path.read_text(encoding="utf-8"))["tokens"]
            else:
                token_lists = [tokens(s.text) for s in self.sections]
            self._bm25 = BM25(token_lists)
        return self._bm25

    def _query_vector(self, question: str, query_tokens: list[str]) -> list[float]:
        """The query in the same space the collection was built in (remote embeddings need the remote model)."""
        if self._dense_name is None:
            marker = self._index_dir / "dense.json" if self._index_dir else None
            self._dense_name = json.loads(marker.read_text(encoding="utf-8"))["embedder"] if marker and marker.is_file() else LsaEmbedder.name
        built = self._dense_name
        if built != LsaEmbedder.name:
            if self._remote is None or self._remote.name != built:
                raise KnowledgeNotReady(f"the index was built with {built}; configure that embedding model or rebuild the index")
            return self._remote.embed_query(question)
        return self._lsa().embed_tokens(query_tokens)

    def _lsa(self) -> LsaEmbedder:
        if self._embedder is None:
            if self._index_dir is None or not (self._index_dir / "lsa_projection.npy").is_file():
                raise KnowledgeNotReady("no dense model in the index; run `sodsong knowledge index` again")
            self._embedder = LsaEmbedder.load(self._index_dir)
        return self._embedder

    def _dense(self):
        if self._collection is None:
            if self._index_dir is None or not (self._index_dir / "chroma").exists():
                raise KnowledgeNotReady("no law index; run `sodsong knowledge index` first")
            self._collection = _chroma_client(self._index_dir).get_collection(chroma_name(self._collection_name))
        return self._collection

    def search(self, query: str, k: int = 5, law: str | None = None, depth: int = 50, mode: str = "hybrid",
               expand_query: bool = True, prior: bool = True, link_penalties: bool = True,
               prune_common: bool = True) -> list[Hit]:
        """Top-k sections for a query, optionally within one law. mode: hybrid | lexical | dense.

        The query is cleaned (spelling, a named Act's title) and expanded; scores are re-weighted by the Act the
        question points at (law prior) and, for a definition question, towards defining sections; a penalty question
        gets the penalty section of each offence section ranked right after it (links parsed from the statutes).
        """
        original = normalise_spelling(query) if expand_query else query
        query = strip_act_titles(original) if expand_query else original
        if self.translator is not None:
            query = f"{query} {self.translator(original)}"
        if expand_query:
            query = expand(query)
        query_tokens = tokens(query)
        wanted = law_key(law) if law else None
        weights: dict[str, float] = {}
        if prior and not wanted:
            detected = detect_laws(original)
            weights = ({law_key(name): PRIOR_WEIGHT[strength] for name, strength in detected.items()} if detected
                       else {law_key(HOME_LAW): HOME_LAW_WEIGHT})
        definitions = self._definition_sections() if prior and asks_definition(original) else frozenset()

        def weight(index: int) -> float:
            return weights.get(self._law_keys[index], 1.0) * (DEFINITION_WEIGHT if index in definitions else 1.0)
        lexical_ranked: list[int] = []
        dense_ranked: list[int] = []
        if mode in ("hybrid", "lexical"):
            scores = self._lexical().scores(query_tokens, prune_common=prune_common)
            lexical = sorted(scores.items(), key=lambda item: -item[1] * weight(item[0]))
            lexical_ranked = [i for i, _ in lexical if wanted is None or self._law_keys[i] == wanted][:depth]
        if mode in ("hybrid", "dense"):
            where = {"law": self.sections_law_title(wanted)} if wanted else None
            result = self._dense().query(
                query_embeddings=[self._query_vector(original, query_tokens)], n_results=min(depth, len(self.sections)), where=where,
                include=["metadatas", "distances"],
            )
            candidates = []
            for meta, distance in zip(result["metadatas"][0], result["distances"][0]):
                section = self.get(meta["law"], meta["section"])
                if section is not None:
                    index = self._positions[(law_key(section.law), section.section)]
                    candidates.append((index, (1.0 - distance) * weight(index)))
            dense_ranked = [i for i, _ in sorted(candidates, key=lambda item: -item[1])]
        fused: dict[int, Hit] = {}
        for rank, index in enumerate(lexical_ranked, 1):
            fused[index] = Hit(section=self.sections[index], score=1 / (RRF_K + rank), lexical_rank=rank)
        for rank, index in enumerate(dense_ranked, 1):
            hit = fused.setdefault(index, Hit(section=self.sections[index], score=0.0))
            hit.score += DENSE_WEIGHT / (RRF_K + rank)
            hit.dense_rank = rank
        ranked = sorted(fused.values(), key=lambda h: -h.score)
        if link_penalties and asks_penalty(original):
            ranked = self._with_penalties(ranked, k)
        return ranked[:k]

    def _definition_sections(self) -> frozenset[int]:
        if self._definitions is None:
            self._definitions = frozenset(i for i, s in enumerate(self.sections) if is_definition_section(s.text))
        return self._definitions

    def _with_penalties(self, ranked: list[Hit], k: int) -> list[Hit]:
        """Insert each top offence section's penalty section right after it (if not already above)."""
        out: list[Hit] = []
        seen: set[tuple[str, str]] = set()
        for hit in ranked:
            if len(out) >= k:
                break
            key = (law_key(hit.section.law), hit.section.section)
            if key in seen:
                continue
            out.append(hit)
            seen.add(key)
            for penalty in self.penalties_for(hit.section.law, hit.section.section)[:1]:
                pkey = (law_key(penalty.law), penalty.section)
                if pkey not in seen:
                    out.append(Hit(section=penalty, score=hit.score))
                    seen.add(pkey)
        return out + [h for h in ranked if (law_key(h.section.law), h.section.section) not in seen]

    def sections_law_title(self, key: str) -> str:
        for section in self.sections:
            if law_key(section.law) == key:
                return section.law
        return key
