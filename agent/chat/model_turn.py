"""One chat turn with a model: it may call the chat's tools (a few steps at most); tool output reaches it as data."""

from __future__ import annotations

from typing import Any, Callable

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage, ToolMessage
from langchain_core.tools import StructuredTool

from agent.chat.actions import ChatActions
from agent.prompts import CHAT_SYSTEM

MAX_TOOL_STEPS = 4


def chat_tools(actions: ChatActions, investigated: list[str]) -> list[StructuredTool]:
    """The chat's actions as tools; each investigation's code-decided summary is also kept in `investigated`."""

    def investigate_listing(url: str, seller: bool = False) -> str:
        summary = actions.investigate(url, seller=seller)
        investigated.append(summary)
        return summary

    def explain_last_investigation() -> str:
        return actions.explain()

    def lookup_licences(numbers: list[str]) -> str:
        return actions.licences(numbers)

    def law_section(section: str, question: str = "") -> str:
        return actions.section(section, question)

    def search_law(question: str) -> str:
        return actions.search(question)

    specs: list[tuple[Callable[..., str], str]] = [
        (investigate_listing, "Investigate a listing URL (or a seller page with seller=true) in the real browser; returns the verdict, findings and laws decided by code."),
        (explain_last_investigation, "The evidence behind each finding of the last investigation, with evidence IDs."),
        (lookup_licences, "Look TISI licence numbers up in the registry: status, standard, holder, dates."),
        (law_section, "The text of one statute section by number (the Act is taken from the question; default the Industrial Product Standards Act), with its penalty section."),
        (search_law, "Search the Thai statutes for the sections that answer a question (Thai or English)."),
    ]
    return [StructuredTool.from_function(func=f, name=f.__name__, description=d) for f, d in specs]


def model_turn(model: BaseChatModel, actions: ChatActions, history: list[BaseMessage], message: str) -> tuple[str, list[str]]:
    """(the model's answer, the code-decided summaries of investigations it ran)."""
    investigated: list[str] = []
    tools = {t.name: t for t in chat_tools(actions, investigated)}
    bound = model.bind_tools(list(tools.values()))
    messages: list[BaseMessage] = [SystemMessage(CHAT_SYSTEM), *history, HumanMessage(message)]
    for _ in range(MAX_TOOL_STEPS + 1):
        reply = bound.invoke(messages)
        messages.append(reply)
        calls = getattr(reply, "tool_calls", None) or []
        if not calls:
            return _text(reply), investigated
        for call in calls:
            messages.append(ToolMessage(content=_run(tools, call), tool_call_id=call["id"]))
    return "(stopped: the model asked for more than %d tool steps)" % MAX_TOOL_STEPS, investigated


def _run(tools: dict[str, StructuredTool], call: dict[str, Any]) -> str:
    tool = tools.get(call["name"])
    if tool is None:
        return f"<tool-output>no tool named {call['name']!r}</tool-output>"
    try:
        result = tool.invoke(call.get("args") or {})
    except Exception as exc:  # noqa: BLE001 - the model hears what went wrong and can answer with it
        result = f"error: {type(exc).__name__}: {exc}"
    return f"<tool-output>\n{result}\n</tool-output>"


def _text(reply: AIMessage) -> str:
    content = reply.content
    if isinstance(content, str):
        return content.strip()
    return " ".join(part.get("text", "") for part in content if isinstance(part, dict)).strip()
