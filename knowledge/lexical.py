"""Okapi BM25 over pre-tokenised documents, scored with numpy over posting arrays."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np


class BM25:
    """BM25 (k1=1.5, b=0.75). Terms found in more than `max_df_ratio` of the documents are skipped at query time:
    their weight is near zero and their posting lists are the longest."""

    def __init__(self, documents: list[list[str]], k1: float = 1.5, b: float = 0.75, max_df_ratio: float = 0.5):
        self.k1, self.b, self.max_df_ratio = k1, b, max_df_ratio
        self.n = len(documents)
        lengths = np.array([len(doc) for doc in documents], dtype=np.float32)
        average = float(lengths.mean()) if self.n else 0.0
        self._norm = (k1 * (1 - b + b * lengths / (average or 1.0))).astype(np.float32)
        postings: dict[str, tuple[list[int], list[int]]] = {}
        for index, doc in enumerate(documents):
            for term, tf in Counter(doc).items():
                docs, tfs = postings.setdefault(term, ([], []))
                docs.append(index)
                tfs.append(tf)
        self.idf: dict[str, float] = {}
        self._postings: dict[str, tuple[np.ndarray, np.ndarray]] = {}
        for term, (docs, tfs) in postings.items():
            self.idf[term] = math.log(1 + (self.n - len(docs) + 0.5) / (len(docs) + 0.5))
            self._postings[term] = (np.array(docs, dtype=np.int32), np.array(tfs, dtype=np.float32))

    def scores(self, query: list[str], prune_common: bool = True) -> dict[int, float]:
        """Score every document that shares a (not too common, unless prune_common is off) term with the query."""
        total = np.zeros(self.n, dtype=np.float32)
        touched = np.zeros(self.n, dtype=bool)
        common = self.max_df_ratio * self.n if prune_common else float("inf")
        for term in set(query):
            posting = self._postings.get(term)
            if posting is None or len(posting[0]) > common:
                continue
            docs, tfs = posting
            total[docs] += self.idf[term] * tfs * (self.k1 + 1) / (tfs + self._norm[docs])
            touched[docs] = True
        return {int(i): float(total[i]) for i in np.flatnonzero(touched)}
