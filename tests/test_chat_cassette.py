"""The chat through langchain-openai with tool calling, replayed from a cassette.

The cassette in tests/cassettes/test_chat_cassette/ was recorded against the local stand-in (tests/standin_openai.py)
on 127.0.0.1:18766, not a real model: it calls `law_section` once, then answers. Replay only in normal runs (record
mode "none"); method, URI and body must match. To record again:
    .venv/bin/python -m tests.standin_openai &  &&  .venv/bin/pytest tests/test_chat_cassette.py --record-mode=once
"""

from __future__ import annotations

from pathlib import Path

import pytest

from agent.chat.actions import ChatActions
from agent.chat.session import ChatSession
from agent.checkpoints import memory_checkpointer
from agent.runner import make_chat_model, open_backend
from agent.settings import LLMSettings
from tests.standin_openai import FIXED_PORT
from tools.registry import Registry


pytestmark = pytest.mark.usefixtures("every_interaction_played")


@pytest.mark.vcr
def test_the_configured_model_calls_a_tool_and_hears_its_output_as_data(knowledge_settings, resources):
    settings = knowledge_settings.model_copy(update={"llm": LLMSettings(base_url=f"http://127.0.0.1:{FIXED_PORT}/v1",
                                                                         api_key="sk-test-not-a-key", model="standin-1")})
    registry = Registry(":memory:")
    backend = open_backend(settings, registry, "local")
    try:
        session = ChatSession(ChatActions(settings, resources, None, registry, backend, memory_checkpointer()),
                              make_chat_model(settings))
        reply = session.reply("ขายของไม่มี มอก. โดนโทษอะไร").text
    finally:
        backend.close()
        registry.close()
    assert reply.startswith("มาตรา 55:") and "ห้าแสนบาท" in reply
    assert len(session.history) == 2  # the turn is remembered for follow-up questions
    cassette = next((Path(__file__).parent / "cassettes" / "test_chat_cassette").glob("*.yaml")).read_text(encoding="utf-8")
    assert "<tool-output>" in cassette and "sk-test" not in cassette  # the tool's text went back to the model as data
