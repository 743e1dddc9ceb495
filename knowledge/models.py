"""The optional model-backed parts of retrieval, built only when an OpenAI-compatible endpoint is configured."""

from __future__ import annotations

from agent.settings import Settings
from knowledge.remote_embedding import CachedEmbeddings
from knowledge.translate import ModelQueryTranslator


def _key(settings: Settings) -> str:
    return settings.llm.api_key.get_secret_value() if settings.llm.api_key else "not-needed"


def remote_embeddings(settings: Settings) -> CachedEmbeddings | None:
    """OpenAI-compatible embeddings cached on disk, or None (the offline LSA model is used)."""
    if not (settings.llm.configured and settings.llm.embedding_model):
        return None
    from langchain_openai import OpenAIEmbeddings

    embeddings = OpenAIEmbeddings(model=settings.llm.embedding_model, base_url=settings.llm.base_url, api_key=_key(settings),
                                  check_embedding_ctx_length=False, timeout=settings.llm.timeout_s, max_retries=1)
    return CachedEmbeddings(embeddings, settings.llm.embedding_model, settings.data_dir / "embedding-cache.sqlite")


def query_translator(settings: Settings) -> ModelQueryTranslator | None:
    """The configured chat model rewriting questions into statutory Thai, or None offline."""
    if not (settings.llm.configured and settings.llm.translate_queries):
        return None
    from langchain_openai import ChatOpenAI

    model = ChatOpenAI(model=settings.llm.model, base_url=settings.llm.base_url, api_key=_key(settings), temperature=0,
                       timeout=settings.llm.timeout_s, max_retries=1)
    return ModelQueryTranslator(model, settings.llm.model, settings.data_dir / "translation-cache.sqlite")
