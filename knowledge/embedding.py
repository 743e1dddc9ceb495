"""An offline embedding that reads Thai: hashed character n-grams and word tokens, L2-normalised."""

from __future__ import annotations

import hashlib
import math

import numpy as np

from tools.thai_text import normalise


class HashingEmbedder:
    """Deterministic, model-free: works with no download and no network."""

    name = "hashing-char-ngram-v1"

    def __init__(self, dim: int = 1024, ngram: tuple[int, ...] = (2, 3, 4)):
        self.dim = dim
        self.ngram = ngram

    def _bucket(self, feature: str) -> tuple[int, float]:
        digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
        value = int.from_bytes(digest, "little")
        return value % self.dim, (1.0 if (value >> 63) & 1 else -1.0)

    def embed_one(self, text: str, word_tokens: list[str] | None = None) -> list[float]:
        vector = np.zeros(self.dim, dtype=np.float32)
        compact = normalise(text).lower().replace(" ", "")
        counts: dict[str, int] = {}
        for n in self.ngram:
            for i in range(max(0, len(compact) - n + 1)):
                gram = compact[i : i + n]
                counts[gram] = counts.get(gram, 0) + 1
        for token in word_tokens or []:
            key = "w:" + token
            counts[key] = counts.get(key, 0) + 2
        for feature, count in counts.items():
            index, sign = self._bucket(feature)
            vector[index] += sign * (1.0 + math.log(count))
        norm = float(np.linalg.norm(vector))
        if norm:
            vector /= norm
        return vector.tolist()

    def embed(self, texts: list[str], word_tokens: list[list[str]] | None = None) -> list[list[float]]:
        return [self.embed_one(text, word_tokens[i] if word_tokens else None) for i, text in enumerate(texts)]
