"""A scripted fake chat model for tests: replies come from a function of the prompt; every prompt is recorded."""

from __future__ import annotations

from typing import Any, Callable

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult


class ScriptedChatModel(BaseChatModel):
    script: Callable[[list[BaseMessage]], str]
    prompts: list[list[BaseMessage]] = []

    @property
    def _llm_type(self) -> str:
        return "scripted-fake"

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any) -> ChatResult:
        self.prompts.append(messages)
        return ChatResult(generations=[ChatGeneration(message=AIMessage(content=self.script(messages)))])


class ToolCallingFake(BaseChatModel):
    """Replies (AIMessages, possibly with tool calls) in order; bind_tools is accepted and ignored."""

    replies: list[AIMessage]
    prompts: list[list[BaseMessage]] = []

    @property
    def _llm_type(self) -> str:
        return "tool-calling-fake"

    def bind_tools(self, tools: Any, **kwargs: Any) -> "ToolCallingFake":
        return self

    def _generate(self, messages: list[BaseMessage], stop: Any = None, run_manager: Any = None, **kwargs: Any) -> ChatResult:
        self.prompts.append(list(messages))
        if not self.replies:
            raise RuntimeError("the fake model has no more replies")
        return ChatResult(generations=[ChatGeneration(message=self.replies.pop(0))])
