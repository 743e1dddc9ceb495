"""Okapi BM25 over pre-tokenised documents."""

from __future__ import annotations

import math
from collections import Counter


class BM25:
    """Small, dependency-free BM25 (k1=1.5, b=0.75)."""

    def __init__(self, documents: list[list[str]], k1: float = 1.5, b: float = 0.75):
        self.k1, self.b = k1, b
        self.doc_tf = [Counter(doc) for doc in documents]
        self.doc_len = [len(doc) for doc in documents]
        self.avg_len = (sum(self.doc_len) / len(documents)) if documents else 0.0
        df: Counter[str] = Counter()
        for tf in self.doc_tf:
            df.update(tf.keys())
        n = len(documents)
        self.idf = {term: math.log(1 + (n - count + 0.5) / (count + 0.5)) for term, count in df.items()}
        self.postings: dict[str, list[int]] = {}
        for index, tf in enumerate(self.doc_tf):
            for term in tf:
                self.postings.setdefault(term, []).append(index)

    def scores(self, query: list[str]) -> dict[int, float]:
        """Score every document that shares a term with the query."""
        result: dict[int, float] = {}
        for term in set(query):
            idf = self.idf.get(term)
            if idf is None:
                continue
            for index in self.postings[term]:
                tf = self.doc_tf[index][term]
                norm = tf * (self.k1 + 1) / (tf + self.k1 * (1 - self.b + self.b * self.doc_len[index] / (self.avg_len or 1)))
                result[index] = result.get(index, 0.0) + idf * norm
        return result
