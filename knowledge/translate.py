"""Query translation by a configured model: everyday or English questions rewritten into statutory Thai, cached."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from agent.prompts import TRANSLATE_SYSTEM


class ModelQueryTranslator:
    """Adds the model's statutory-Thai rewrite to a query; a failing model adds nothing (retrieval stays offline)."""

    def __init__(self, model: BaseChatModel, name: str, cache_path: Path | None = None):
        self.model = model
        self.name = name
        self._conn = None
        if cache_path is not None:
            cache_path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(str(cache_path), check_same_thread=False)
            self._conn.execute("CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, text TEXT NOT NULL)")
        self.calls = 0

    def __call__(self, question: str) -> str:
        key = hashlib.sha256(f"{self.name}\0{question}".encode("utf-8")).hexdigest()
        if self._conn is not None:
            row = self._conn.execute("SELECT text FROM translations WHERE key = ?", (key,)).fetchone()
            if row:
                return row[0]
        try:
            self.calls += 1
            reply = self.model.invoke([SystemMessage(TRANSLATE_SYSTEM), HumanMessage(question)])
        except Exception:  # noqa: BLE001 - an unavailable model leaves the offline query as it is
            return ""
        text = " ".join(str(reply.content).split())[:500]
        if self._conn is not None and text:
            with self._conn:
                self._conn.execute("INSERT OR REPLACE INTO translations VALUES (?, ?)", (key, text))
        return text
