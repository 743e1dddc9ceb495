"""A dense embedding learned from the corpus itself: TF-IDF over Thai-aware tokens, reduced by SVD (LSA).

Offline, deterministic and Thai-capable; fitted at index time and saved beside the index.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from pathlib import Path

import numpy as np


class LsaEmbedder:
    name = "lsa-tfidf-svd-v1"

    def __init__(self, vocabulary: dict[str, int], idf: np.ndarray, projection: np.ndarray):
        self.vocabulary = vocabulary
        self.idf = idf
        self.projection = projection  # (vocab, dim)

    @classmethod
    def fit(cls, token_lists: list[list[str]], dim: int = 256, min_df: int = 1) -> "LsaEmbedder":
        df: Counter[str] = Counter()
        for tokens in token_lists:
            df.update(set(tokens))
        terms = sorted(t for t, c in df.items() if c >= min_df)
        vocabulary = {t: i for i, t in enumerate(terms)}
        n = len(token_lists)
        idf = np.array([math.log((1 + n) / (1 + df[t])) + 1.0 for t in terms], dtype=np.float32)
        matrix = np.zeros((n, len(terms)), dtype=np.float32)
        for row, tokens in enumerate(token_lists):
            for term, count in Counter(tokens).items():
                col = vocabulary.get(term)
                if col is not None:
                    matrix[row, col] = (1.0 + math.log(count)) * idf[col]
        norms = np.linalg.norm(matrix, axis=1, keepdims=True)
        matrix /= np.maximum(norms, 1e-9)
        # SVD through the smaller Gram matrix: X = U S Vt, projection = V[:, :dim] / S
        gram = matrix @ matrix.T
        values, vectors = np.linalg.eigh(gram)
        order = np.argsort(values)[::-1][: min(dim, n)]
        values, vectors = np.maximum(values[order], 1e-9), vectors[:, order]
        singular = np.sqrt(values)
        projection = (matrix.T @ vectors) / singular  # (vocab, dim) = V
        return cls(vocabulary, idf, projection.astype(np.float32))

    def embed_tokens(self, tokens: list[str]) -> list[float]:
        vector = np.zeros(self.projection.shape[1], dtype=np.float32)
        for term, count in Counter(tokens).items():
            col = self.vocabulary.get(term)
            if col is not None:
                vector += (1.0 + math.log(count)) * self.idf[col] * self.projection[col]
        norm = float(np.linalg.norm(vector))
        return (vector / norm).tolist() if norm else vector.tolist()

    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        np.save(directory / "lsa_projection.npy", self.projection)
        np.save(directory / "lsa_idf.npy", self.idf)
        (directory / "lsa_vocabulary.json").write_text(json.dumps(self.vocabulary, ensure_ascii=False), encoding="utf-8")

    @classmethod
    def load(cls, directory: Path) -> "LsaEmbedder":
        vocabulary = json.loads((directory / "lsa_vocabulary.json").read_text(encoding="utf-8"))
        return cls(vocabulary, np.load(directory / "lsa_idf.npy"), np.load(directory / "lsa_projection.npy"))
