"""OpenAI-compatible embeddings (langchain-openai) behind a SQLite cache on disk, as an alternative dense model."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from pathlib import Path

from langchain_core.embeddings import Embeddings


class CachedEmbeddings:
    """Embeds texts once per (model, text); later builds and queries read the cache."""

    def __init__(self, embeddings: Embeddings, model_name: str, cache_path: Path):
        self.embeddings = embeddings
        self.name = f"remote:{model_name}"
        cache_path.parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(cache_path), check_same_thread=False)
        self._conn.execute("CREATE TABLE IF NOT EXISTS vectors (key TEXT PRIMARY KEY, vector TEXT NOT NULL)")
        self.misses = 0

    def _key(self, text: str) -> str:
        return hashlib.sha256(f"{self.name}\0{text}".encode("utf-8")).hexdigest()

    def embed(self, texts: list[str]) -> list[list[float]]:
        keys = [self._key(t) for t in texts]
        found = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(dict(self._conn.execute(f"SELECT key, vector FROM vectors WHERE key IN ({marks})", chunk).fetchall()))
        missing = [i for i, k in enumerate(keys) if k not in found]
        if missing:
            self.misses += len(missing)
            vectors = self.embeddings.embed_documents([texts[i] for i in missing])
            with self._conn:
                self._conn.executemany("INSERT OR REPLACE INTO vectors VALUES (?, ?)",
                                       [(keys[i], json.dumps(v)) for i, v in zip(missing, vectors)])
            for i, vector in zip(missing, vectors):
                found[keys[i]] = json.dumps(vector)
        return [json.loads(found[k]) for k in keys]

    def embed_query(self, text: str) -> list[float]:
        return self.embed([text])[0]
